package export

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

// format is a writer and the reader that reads its output back.
type format struct {
	name  string
	opts  Options
	write func(io.Writer, []bib.Item, Options) error
	read  func(string) ([]bib.Item, error)
	// carried is what of an item the format can carry: the item as it
	// must come back.
	carried func(bib.Item) bib.Item
}

func readOK(read func(string) ([]bib.Item, []bib.ReadError)) func(string) ([]bib.Item, error) {
	return func(s string) ([]bib.Item, error) {
		items, errs := read(s)
		if len(errs) > 0 {
			return items, errs[0]
		}
		return items, nil
	}
}

var formats = []format{
	{"csl-json", Options{}, CSLJSON, bib.ReadCSLJSON, carriedCSLJSON},
	{"bibtex", Options{}, BibTeX, readOK(bib.ReadBibTeX), carriedBibTeX},
	{"bibtex-ascii", Options{ASCII: true}, BibTeX, readOK(bib.ReadBibTeX), carriedBibTeX},
	{"biblatex", Options{}, BibLaTeX, readOK(bib.ReadBibTeX), carriedBibTeX},
	{"biblatex-ascii", Options{ASCII: true}, BibLaTeX, readOK(bib.ReadBibTeX), carriedBibTeX},
	{"ris", Options{}, RIS, readOK(bib.ReadRIS), carriedRIS},
}

// TestRoundTrip writes every work of the gold library and of the export
// corpus in each format and reads it back: the record must come back
// whole, but for what the format cannot carry (the carried functions).
func TestRoundTrip(t *testing.T) {
	items := append(goldWorks(t), corpus(t)...)
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b, items, f.opts); err != nil {
				t.Fatal(err)
			}
			got, err := f.read(b.String())
			if err != nil {
				t.Fatalf("read back: %v", err)
			}
			if len(got) != len(items) {
				t.Fatalf("read back %d items, wrote %d", len(got), len(items))
			}
			for i, it := range items {
				want := f.carried(it)
				if want.CitationKey == "" {
					want.CitationKey = want.ID
				}
				if got[i].CitationKey == "" {
					got[i].CitationKey = got[i].ID
				}
				w, _ := json.Marshal(want)
				g, _ := json.Marshal(got[i])
				if !bytes.Equal(w, g) {
					t.Errorf("%s:\nwant %s\ngot  %s", it.ID, w, g)
				}
			}
		})
	}
}

// TestKazakhLettersSurvive: every Kazakh and Russian letter written in
// each format is read back unchanged, in names, titles and places.
func TestKazakhLettersSurvive(t *testing.T) {
	const letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі ЁёЙйЪъЬьЭэЮюЯя"
	it := bib.Item{ID: "k", Type: "book", Title: letters, PublisherPlace: letters,
		Author: []bib.Name{{Family: "Құрманғазы" + letters[:8], Given: "Ә. Ү."}}}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b, []bib.Item{it}, f.opts); err != nil {
				t.Fatal(err)
			}
			got, err := f.read(b.String())
			if err != nil || len(got) != 1 {
				t.Fatalf("read back %v, %v", got, err)
			}
			if got[0].Title != letters || got[0].PublisherPlace != letters || got[0].Author[0] != it.Author[0] {
				t.Errorf("got %+v", got[0])
			}
		})
	}
}
