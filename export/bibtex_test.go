package export

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/ibid-project/ibid/bib"
	nickng "github.com/nickng/bibtex"
)

func TestBibTeXGolden(t *testing.T) {
	items := corpus(t)
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"bibtex.golden", func(b *bytes.Buffer) error { return BibTeX(b, items, Options{}) }},
		{"bibtex-ascii.golden", func(b *bytes.Buffer) error { return BibTeX(b, items, Options{ASCII: true}) }},
		{"biblatex.golden", func(b *bytes.Buffer) error { return BibLaTeX(b, items, Options{}) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := c.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, b.Bytes())
		})
	}
}

// TestBibTeXParsesWithNickng parses the output with github.com/nickng/bibtex,
// an independent parser (its flaws as a reader are why ibid has its own,
// bib.ReadBibTeX): every entry must be there with its key and title.
func TestBibTeXParsesWithNickng(t *testing.T) {
	items := append(corpus(t), goldWorks(t)...)
	for _, c := range []struct {
		name  string
		write func(io.Writer, []bib.Item, Options) error
		o     Options
	}{
		{"bibtex", BibTeX, Options{}},
		{"bibtex_ascii", BibTeX, Options{ASCII: true}},
		{"biblatex", BibLaTeX, Options{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := c.write(&b, items, c.o); err != nil {
				t.Fatal(err)
			}
			parsed, err := nickng.Parse(&b)
			if err != nil {
				t.Fatal(err)
			}
			if len(parsed.Entries) != len(items) {
				t.Fatalf("nickng/bibtex read %d entries, want %d", len(parsed.Entries), len(items))
			}
			for i, e := range parsed.Entries {
				if e.CiteName != items[i].ID {
					t.Errorf("entry %d: key %q, want %q", i, e.CiteName, items[i].ID)
				}
				if items[i].Title != "" && e.Fields["title"] == nil {
					t.Errorf("%s: no title", e.CiteName)
				}
			}
		})
	}
}

func TestBibTeXKeys(t *testing.T) {
	items := []bib.Item{
		{ID: "smith 2020, {a}"}, {CitationKey: "dup", ID: "x"}, {ID: "dup"}, {},
		{ID: "Иванов2010"},
	}
	var b bytes.Buffer
	if err := BibTeX(&b, items, Options{}); err != nil {
		t.Fatal(err)
	}
	got, errs := bib.ReadBibTeX(b.String())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var keys []string
	for _, it := range got {
		keys = append(keys, it.ID)
	}
	want := []string{"smith_2020___a_", "dup", "dup-2", "item4", "Иванов2010"}
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Errorf("keys %q, want %q", keys, want)
	}
}
