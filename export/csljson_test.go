package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ibid-project/ibid/bib"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestCSLJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := CSLJSON(&b, corpus(t), Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "csl.json.golden", b.Bytes())
}

// cslSchema compiles testdata/schema/csl-data.json (CSL 1.0.2; no
// additional properties).
func cslSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "schema", "csl-data.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("csl-data.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("csl-data.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestCSLJSONSchema validates the export of the seed library and of the
// export corpus, and of items that break Zotero's import as they are.
func TestCSLJSONSchema(t *testing.T) {
	s := cslSchema(t)
	lib := map[string][]bib.Item{
		"seed_library":  goldWorks(t),
		"corpus":        corpus(t),
		"bad_types":     {{ID: "a"}, {ID: "b", Type: "software"}, {ID: "c", Type: "ibid"}},
		"no_or_same_id": {{Type: "book"}, {ID: "x", Type: "book"}, {ID: "x", Type: "book"}},
	}
	for name, items := range lib {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := CSLJSON(&b, items, Options{}); err != nil {
				t.Fatal(err)
			}
			var ids []struct{ ID string }
			if err := json.Unmarshal(b.Bytes(), &ids); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, x := range ids {
				if seen[x.ID] {
					t.Errorf("id %q twice", x.ID)
				}
				seen[x.ID] = true
			}
			inst, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(inst); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestZoteroCSL checks the rules of Zotero's CSL-JSON import
// (shared/clients/zotero-import-map.json) on single items.
func TestZoteroCSL(t *testing.T) {
	ed := []bib.Name{{Family: "Kerr", Given: "D."}}
	for _, c := range []struct {
		name     string
		in       bib.Item
		wantType string
		wantNote string
		check    func(bib.Item) bool
	}{
		{"software_type_rejected_by_zotero", bib.Item{Type: "software", Title: "x"}, "document", "", nil},
		{"missing_type", bib.Item{Title: "x"}, "document", "", nil},
		{"webpage_editor_not_an_author", bib.Item{Type: "webpage", Editor: ed}, "webpage", "editor: Kerr || D.",
			func(it bib.Item) bool { return it.Editor == nil }},
		{"chapter_keeps_editor", bib.Item{Type: "chapter", Editor: ed}, "chapter", "",
			func(it bib.Item) bool { return len(it.Editor) == 1 }},
		{"thesis_translator_not_an_author", bib.Item{Type: "thesis", Translator: []bib.Name{{Literal: "Бюро переводов"}}, Note: "printed note"},
			"thesis", "translator: Бюро переводов\nprinted note", func(it bib.Item) bool { return it.Translator == nil }},
		{"report_pages_count_to_note", bib.Item{Type: "report", NumberOfPages: "126"}, "report", "number-of-pages: 126",
			func(it bib.Item) bool { return it.NumberOfPages == "" }},
		{"book_keeps_pages_count_and_medium", bib.Item{Type: "book", NumberOfPages: "126", Medium: "CD"}, "book", "",
			func(it bib.Item) bool { return it.NumberOfPages == "126" && it.Medium == "CD" }},
		{"webpage_series_to_note", bib.Item{Type: "webpage", CollectionTitle: "S"}, "webpage", "collection-title: S", nil},
		{"newspaper_medium_to_note", bib.Item{Type: "article-newspaper", Medium: "Electronic resource"}, "article-newspaper", "medium: Electronic resource", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ZoteroCSL(c.in)
			if got.Type != c.wantType || got.Note != c.wantNote || (c.check != nil && !c.check(got)) {
				b, _ := json.Marshal(got)
				t.Errorf("got %s", b)
			}
			back, err := bib.ReadCSLJSON(mustJSON(t, []bib.Item{got}))
			if err != nil {
				t.Fatal(err)
			}
			if c.in.Type == c.wantType && !sameJSON(back[0], c.in) {
				t.Errorf("read back %s, want %s", mustJSON(t, back), mustJSON(t, []bib.Item{c.in}))
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestCSLJSONEncoding holds CSLJSON's own encoder to what encoding/json
// writes for the fitted items (indented, no HTML escaping), byte for byte:
// on the corpus, the seed library, generated works, and an item with every
// field set (filled by reflection, so a field added to bib.Item and not to
// the encoder fails here) to strings that need escaping.
func TestCSLJSONEncoding(t *testing.T) {
	odd := "a\"b\\c/<>&\x00\x01\b\f\n\r\t\x1f\x7f\u2028\u2029\xff\xc3 é Ж 𝄞 end"
	var full bib.Item
	v := reflect.ValueOf(&full).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Interface().(type) {
		case string:
			f.SetString(v.Type().Field(i).Name + odd)
		case []bib.Name:
			f.Set(reflect.ValueOf([]bib.Name{{Family: odd, Given: "G", DroppingParticle: "d", NonDropping: "n", Suffix: "s", Literal: "l"}, {}, {Literal: odd}}))
		case *bib.Date:
			f.Set(reflect.ValueOf(&bib.Date{Parts: [][]int{{2020, 1, -2}, {}, nil}, Literal: odd}))
		default:
			t.Fatalf("bib.Item.%s: a field of a type the test does not fill", v.Type().Field(i).Name)
		}
	}
	// The ids are read back from the output: one of invalid UTF-8 would
	// not read back as it was.
	full.ID = "full\u2028\"\n"
	g := generated(t, 3000)
	g[0].Issued = &bib.Date{}
	g[1].Issued = &bib.Date{Literal: "n.d."}
	for name, items := range map[string][]bib.Item{
		"empty":     nil,
		"corpus":    corpus(t),
		"seed":      goldWorks(t),
		"generated": g,
		"full":      {full, {}, {ID: "x"}, {ID: "x"}, {ID: "x-2"}},
	} {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			if err := CSLJSON(&got, items, Options{}); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			var fitted []bib.Item
			if err := json.Unmarshal(got.Bytes(), &fitted); err != nil {
				t.Fatal(err)
			}
			for i := range fitted {
				id := fitted[i].ID
				fitted[i] = ZoteroCSL(items[i])
				fitted[i].ID = id
			}
			if fitted == nil {
				fitted = []bib.Item{}
			}
			if err := enc.Encode(fitted); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				a, b := got.Bytes(), want.Bytes()
				i := 0
				for i < len(a) && i < len(b) && a[i] == b[i] {
					i++
				}
				t.Fatalf("differs at byte %d: got %q, want %q", i, a[max(0, i-80):min(len(a), i+80)], b[max(0, i-80):min(len(b), i+80)])
			}
		})
	}
}
