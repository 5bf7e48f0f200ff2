package export

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

// generated is n works made from the corpus and the gold library, each
// with its own id, title and year.
func generated(b testing.TB, n int) []bib.Item {
	b.Helper()
	base := append(corpus(b), goldWorks(b)...)
	items := make([]bib.Item, n)
	for i := range items {
		it := base[i%len(base)]
		it.ID = it.ID + "-" + strconv.Itoa(i)
		it.Title = it.Title + " " + strconv.Itoa(i)
		it.Issued = bib.NewDate(1900 + i%125)
		items[i] = it
	}
	return items
}

func benchWriter(b *testing.B, write func(io.Writer, []bib.Item, Options) error, o Options) {
	items := generated(b, 100000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := write(io.Discard, items, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(items)*b.N)/b.Elapsed().Seconds(), "works/s")
}

func BenchmarkGOST(b *testing.B)         { benchWriter(b, GOST, Options{}) }
func BenchmarkGOSTByAuthor(b *testing.B) { benchWriter(b, GOST, Options{Sort: "author"}) }
func BenchmarkBibTeX(b *testing.B)       { benchWriter(b, BibTeX, Options{}) }
func BenchmarkCSLJSON(b *testing.B)      { benchWriter(b, CSLJSON, Options{}) }
func BenchmarkRIS(b *testing.B)          { benchWriter(b, RIS, Options{}) }

// BenchmarkReadBibTeX reads back the BibLaTeX export of 100,000 works.
func BenchmarkReadBibTeX(b *testing.B) {
	var src bytes.Buffer
	if err := BibLaTeX(&src, generated(b, 100000), Options{}); err != nil {
		b.Fatal(err)
	}
	s := src.String()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		items, errs := bib.ReadBibTeX(s)
		if len(errs) > 0 {
			b.Fatal(errs[0])
		}
		n += len(items)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "entries/s")
}
