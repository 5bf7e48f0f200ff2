package bib

import (
	"path/filepath"
	"testing"
)

// benchLists returns the reference lists the parser benchmark reads: the
// two seed lists and every source of the labelled corpus, each a list in
// printed order, as ParseLines receives them.
func benchLists(tb testing.TB) [][]string {
	tb.Helper()
	var lists [][]string
	bySeed := map[string]int{}
	for _, g := range readGoldRefs(tb) {
		seed := g.ID[:3]
		i, ok := bySeed[seed]
		if !ok {
			i = len(lists)
			bySeed[seed] = i
			lists = append(lists, nil)
		}
		lists[i] = append(lists[i], g.Text)
	}
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	for _, file := range files {
		recs := readCorpus(tb, file)
		for start := 0; start < len(recs); {
			end := start + 1
			for end < len(recs) && recs[end].Source == recs[start].Source {
				end++
			}
			var list []string
			for _, r := range recs[start:end] {
				list = append(list, r.Text)
			}
			lists = append(lists, list)
			start = end
		}
	}
	return lists
}

// BenchmarkParse parses the seed lists and the labelled corpus and reports
// references per second.
func BenchmarkParse(b *testing.B) {
	lists := benchLists(b)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, l := range lists {
			n += len(ParseLines(l))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "refs/s")
}
