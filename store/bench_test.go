package store

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ibid-project/ibid/bib"
)

// genBatches makes n parsed references in articles of 50 entries: every
// tenth entry an Ibid. of the one before, every twentieth a work cited
// again from an earlier article (5% duplicates).
func genBatches(n int) []Batch {
	var out []Batch
	for a := 0; a*50 < n; a++ {
		b := Batch{Path: fmt.Sprintf("article%d.txt", a), SHA256: fmt.Sprintf("sha%d", a), Format: "text"}
		for i := 0; i < 50 && a*50+i < n; i++ {
			k := a*50 + i
			ref := bib.Ref{N: i + 1, Raw: fmt.Sprintf("Автор%d А. А. Книга %d. – М. : Наука, %d. – %d с.", k, k, 1950+k%70, 100+k%400)}
			switch {
			case i > 0 && i%10 == 0:
				ref.IbidOf, ref.Locator = i, fmt.Sprint(i)
			case k%20 == 19 && k > 100:
				k -= 100 // the same work as an entry of two articles before
			}
			ref.Item = bib.Item{Type: "book", Author: []bib.Name{{Family: fmt.Sprintf("Автор%d", k), Given: "А. А."}},
				Title: fmt.Sprintf("Книга о предмете номер %d", k), PublisherPlace: "М.", Publisher: "Наука",
				Issued: bib.NewDate(1950 + k%70), NumberOfPages: fmt.Sprint(100 + k%400)}
			if k%3 == 0 {
				ref.Repairs = []bib.Repair{{Field: "title", Before: "Кни- га", After: "Книга", Rule: "word-wrap-hyphen"}}
			}
			b.Refs = append(b.Refs, ref)
		}
		b.Lists = make([]int, len(b.Refs))
		out = append(out, b)
	}
	return out
}

// BenchmarkImport stores parsed references (parsing is measured by
// bib's BenchmarkParse): works found or added, entries, repairs, index.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			batches := genBatches(n)
			ctx := context.Background()
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := Open(ctx, filepath.Join(b.TempDir(), "lib.db"))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c := processCPU()
				if _, err := s.ImportAll(ctx, batches, now); err != nil {
					b.Fatal(err)
				}
				cpu += processCPU() - c
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "refs/s")
			// The CPU time per reference, every core's together: storing
			// is mostly one goroutine's, and this varies less with the
			// load on a shared machine than the rate does.
			if cpu > 0 {
				b.ReportMetric(cpu.Seconds()*1e6/float64(n*b.N), "cpu-µs/ref")
			}
		})
	}
}

// BenchmarkImportInto stores 10,000 references into a library that holds
// 50,000 works already: a fifth of them cite one of those works (found by
// its keys) and give it a field it lacked, a URL, and one in ten of those
// an editor too, so that the work is written back and, for an editor,
// indexed again.
func BenchmarkImportInto(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	base := filepath.Join(dir, "base.db")
	s, err := Open(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.ImportAll(ctx, genBatches(50000), now); err != nil {
		b.Fatal(err)
	}
	s.Close()
	held := genBatches(10000)
	add := genBatches(60000)[1000:]
	for a := range add {
		for i, ref := range add[a].Refs {
			if i%5 != 4 || ref.IbidOf != 0 {
				continue
			}
			it := held[a].Refs[i].Item
			it.URL = fmt.Sprintf("https://example.org/%d/%d", a, i)
			if i%50 == 49 {
				it.Editor = []bib.Name{{Family: "Редактор", Given: "Р. Р."}}
			}
			add[a].Refs[i].Item = it
		}
	}
	body, err := os.ReadFile(base)
	if err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("lib%d.db", i))
		if err := os.WriteFile(path, body, 0o644); err != nil {
			b.Fatal(err)
		}
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c := processCPU()
		rs, err := s.ImportAll(ctx, add, now)
		if err != nil {
			b.Fatal(err)
		}
		cpu += processCPU() - c
		b.StopTimer()
		s.Close()
		merged := 0
		for _, r := range rs {
			merged += r.WorksMerged
		}
		if merged < 1800 {
			b.Fatalf("%d entries found their work in the library, want about 1,800", merged)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "refs/s")
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()*1e6/float64(10000*b.N), "cpu-µs/ref")
	}
}

// searchWorks is the size of the library BenchmarkSearch builds; building
// it takes most of the run (go test ./store -bench Search -search-works 1000000).
var searchWorks = flag.Int("search-works", 100000, "works in BenchmarkSearch's library")

// BenchmarkSearch searches a library of -search-works works for an author.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "lib.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportAll(ctx, genBatches(*searchWorks), now); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ws, err := s.Search(ctx, fmt.Sprintf("avtor%d", 1000+i%(*searchWorks/20)), 20)
		if err != nil || len(ws) == 0 {
			b.Fatalf("search: %d works, %v", len(ws), err)
		}
	}
}
