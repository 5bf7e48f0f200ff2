package bib_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/export"
)

// stable checks that what a reader made of any input is a fixed point of
// writing and reading back: read(write(items)) writes the same text as
// items, with no errors.
func stable(t *testing.T, items []bib.Item, write func(io.Writer, []bib.Item, export.Options) error, read func(string) ([]bib.Item, error)) {
	t.Helper()
	var once, twice bytes.Buffer
	if err := write(&once, items, export.Options{}); err != nil {
		t.Fatal(err)
	}
	back, err := read(once.String())
	if err != nil {
		t.Fatalf("reading back %q: %v", once.String(), err)
	}
	if err := write(&twice, back, export.Options{}); err != nil {
		t.Fatal(err)
	}
	if once.String() != twice.String() {
		t.Fatalf("not stable:\n%s\n---\n%s", once.String(), twice.String())
	}
}

func noErrors(read func(string) ([]bib.Item, []bib.ReadError)) func(string) ([]bib.Item, error) {
	return func(s string) ([]bib.Item, error) {
		items, errs := read(s)
		if len(errs) > 0 {
			return nil, errs[0]
		}
		return items, nil
	}
}

func FuzzReadBibTeX(f *testing.F) {
	for _, s := range []string{
		`@string{J = "Вестник"} @article{k, journal = j # { МГУ}, title = {Erd{\H o}s {NATO}}, year = 2005, month = sep}`,
		`@book(k, author = {Qin Lijie and {Center for Arts and Culture}}, title = "A" # {B})`,
		"@comment{x} @preamble{\"p\"} @misc{a, number = 3a}\n@misc{b}",
		`@online{Иванов2010, url = {http://x.org/a_b%20c}, urldate = {2025-04-23}, date = {1993/1994}}`,
		"@book{a, title = {{{{x}}}}}\n@book{b, title = {",
		`@article{a, author = {von Neumann, Jr, John and de la Vallée Poussin, Ch.}, pages = {1--7}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		items, _ := bib.ReadBibTeX(src)
		stable(t, items, export.BibLaTeX, noErrors(bib.ReadBibTeX))
	})
}

func FuzzReadRIS(f *testing.F) {
	for _, s := range []string{
		"TY  - JOUR\r\nAU  - Иванов, И. И.\r\nTI  - T\r\nSP  - 1\r\nEP  - 7\r\nDA  - 1993-1994\r\nER  - \r\n",
		"TY  - BOOK\nAU  - Org\nSP  - 250\nY2  - 23.04.2025\nER  -\nTY  - ELEC\nUR  - http://x\n  y\n",
		"AU  - stray\nTY  - XYZ\nER  - \n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		items, _ := bib.ReadRIS(src)
		stable(t, items, export.RIS, noErrors(bib.ReadRIS))
	})
}

func FuzzReadCSLJSON(f *testing.F) {
	for _, s := range []string{
		`[{"id":"k","type":"webpage","editor":[{"family":"Kerr","given":"D."}],"volume":6,"issued":{"date-parts":[["2018"]]}}]`,
		`{"id":"p","type":"software","number-of-pages":"5","note":"page: 1\nx"}`,
		`[{"id":"a"}]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		items, err := bib.ReadCSLJSON(src)
		if err != nil {
			return
		}
		stable(t, items, export.CSLJSON, bib.ReadCSLJSON)
	})
}
