package bib

import (
	"strings"
	"testing"
)

// hostileUnits are the pieces of hostile entries: each repeated to a long
// entry once made the parser do work for every repeat over the whole entry.
var hostileUnits = []string{
	"z", "Ab. ", "А. ", "Иванов И. И., ", "1-", "http://a.b/ ", "– ", "«a» ", "// ", "(1) ", "сло- во ",
	". ", ", ", "Т. 1, ", "№ ", "С. ", "[1] ", "Там же. ", "М.: Наука, 2010. ", "а. с. ", "Web. 1 May 2001. ",
	"Вып. 1. ", ".Т.1", "Zh.T, ", "<http://x.org> ", "Библиогр.: с. 1. – ",
}

// TestHostileEntries parses a long entry of each hostile kind: nothing
// panics and the raw text is kept as given. (Their speed is measured by
// BenchmarkHostileEntries.)
func TestHostileEntries(t *testing.T) {
	for _, u := range hostileUnits {
		s := strings.Repeat(u, 20000/len(u))
		if r := Parse(s); r.Raw != s {
			t.Errorf("%q: the raw text was altered", u)
		}
	}
}

// BenchmarkHostileEntries parses a 100 KB entry of each hostile kind; a
// step that is quadratic in the entry's length shows as a collapse of the
// rate (each took from 0.3 to 2 s at 80 KB before it was made linear).
func BenchmarkHostileEntries(b *testing.B) {
	entries := make([]string, len(hostileUnits))
	for i, u := range hostileUnits {
		entries[i] = strings.Repeat(u, 100000/len(u))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range entries {
			Parse(s)
		}
	}
	b.ReportMetric(float64(len(entries)*b.N*100)/1024/b.Elapsed().Seconds(), "MB/s")
}
