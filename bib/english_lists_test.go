package bib

import "testing"

// TestEnglishListForms checks further printed forms of the English
// styles, each on an entry written for the test: renderings by reference
// managers, lists in other languages that follow an English style.
func TestEnglishListForms(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// A doi.org link is the URL as well as the DOI, whichever reader
		// reads the entry: APA 7 with Cyrillic names and titles, GOST.
		{"apa_cyrillic_doi_link_is_url", one("Орлова Л. М., Петров А. В. (2019). Приливы и отливы: модель. *Морские науки*, 7(2), 10–20. https://doi.org/10.12345/ms-2019-2-10-20"),
			enWant{typ: "article-journal", authors: "Орлова|Петров", container: "Морские науки", volume: "7", issue: "2", url: "https://doi.org/10.12345/ms-2019-2-10-20"}},
		{"gost_doi_label_link_is_url", one("Орлова Л. М. Приливы и отливы // Морские науки. 2019. Т. 7, № 2. С. 10–20. DOI: https://doi.org/10.12345/ms-2019-2-10-20."),
			enWant{container: "Морские науки", url: "https://doi.org/10.12345/ms-2019-2-10-20"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}
