package bib

import "testing"

// TestTransliteratedGOST reads descriptions transliterated letter for
// letter from Russian, as Russian journals' References and transliterated
// notes print them: "M., 2004" is Moscow, "T. II" the volume, "S. 112" the
// page cited; and a roman volume number ends its area in Cyrillic too.
func TestTransliteratedGOST(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P.N. Istoriya russkogo yazyka. T. II. M.; L., 1958. S. 112.",
			want{typ: "book", author: "Orlov", title: "Istoriya russkogo yazyka", volume: "II", place: "M.; L.", issued: "1958", locator: "112"}},
		{"Belova N.V. Gorodskie remesla. M., 1999. S. 40-42.",
			want{typ: "book", author: "Belova", title: "Gorodskie remesla", place: "M.", issued: "1999", locator: "40-42"}},
		{"Semenov A.A. Vvedenie v dialektologiyu. - L., 1975.",
			want{typ: "book", author: "Semenov", title: "Vvedenie v dialektologiyu", place: "L.", issued: "1975"}},
		{"Zorin K.P. Torgovye puti // Voprosy istorii. 1981. № 4. S. 17-29.",
			want{typ: "article-journal", author: "Zorin", container: "Voprosy istorii", issue: "4", page: "17-29", issued: "1981"}},
		{"Орлов П. Н. История русского языка. Т. II. М., 1958. С. 112.",
			want{typ: "book", author: "Орлов", title: "История русского языка", volume: "II", place: "М.", issued: "1958", locator: "112"}},
	})
	// English styles keep "M." an initial.
	checkParses(t, []parseCase{
		{"Brown, A. M., 2004. Reading lists in practice. London: Sage.",
			want{author: "Brown", title: "Reading lists in practice", place: "London", publisher: "Sage", issued: "2004"}},
	})
}

// TestTransliteratedOpCit resolves "Ukaz. soch." and "Tam zhe", the
// transliterated "Указ. соч." and "Там же", to the work cited before, each
// note keeping its page.
func TestTransliteratedOpCit(t *testing.T) {
	refs := ParseLines([]string{
		"Orlov P.N. Istoriya russkogo yazyka. M., 1958. S. 12.",
		"Zorin K.P. Torgovye puti // Voprosy istorii. 1981. № 4. S. 20.",
		"Orlov P.N. Ukaz. soch. S. 31.",
		"Tam zhe. S. 33.",
	})
	if r := refs[1]; r.Locator != "20" || r.Item.Page != "" {
		t.Errorf("note 2: locator %q, page %q; want the page cited, 20, as locator", r.Locator, r.Item.Page)
	}
	if r := refs[2]; r.IbidOf != 1 || r.Locator != "31" || r.Item.Title != "Istoriya russkogo yazyka" {
		t.Errorf("note 3: resolves to %d, locator %q, title %q; want 1, 31, Istoriya russkogo yazyka", r.IbidOf, r.Locator, r.Item.Title)
	}
	if r := refs[3]; r.IbidOf != 1 || r.Locator != "33" {
		t.Errorf("note 4: resolves to %d, locator %q; want 1, 33", r.IbidOf, r.Locator)
	}
}
