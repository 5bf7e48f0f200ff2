package bib

import (
	"fmt"
	"strings"
	"testing"
)

func TestCandidates(t *testing.T) {
	items := []Item{
		{Title: "Казахстан – Китай: от приграничной торговли к стратегическому партнерству", Author: []Name{{Family: "Сыроежкин", Given: "К. Л."}}, Issued: NewDate(2010)},
		{Title: "Kazakhstan – Kitai: ot prigranichnoi torgovli k strategicheskomu partnerstvu", Author: []Name{{Family: "Syroyezhkin", Given: "K."}}, Issued: NewDate(2010)},
		{Title: "Soft Power: The Means to Success in World Politics", Author: []Name{{Family: "Nye", Given: "J."}}, Issued: NewDate(2004)},
		{Title: "Soft Power", Author: []Name{{Family: "Nye", Given: "Joseph S."}}, Issued: NewDate(2004)},
		{Title: "Soft power: the origins and political progress of a concept", Author: []Name{{Family: "Nye", Given: "J."}}, Issued: NewDate(2017)},
		{Title: "Public Diplomacy", Author: []Name{{Family: "Cull"}}, DOI: "10.1/a"},
		{Title: "Public Diplomacy", Author: []Name{{Family: "Cull"}}, DOI: "10.1/b"},
	}
	got := map[string]bool{}
	for _, c := range Candidates(items) {
		got[fmt.Sprint(c.Members)] = true
	}
	for _, tc := range []struct {
		name string
		pair string
		want bool
	}{
		{"cyrillic_and_latin_script", "[0 1]", true},
		{"subtitle_dropped", "[2 3]", true},
		{"different_works_same_author", "[2 4]", false},
		{"different_dois_never", "[5 6]", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got[tc.pair] != tc.want {
				t.Errorf("pair %s candidate = %v, want %v (all: %v)", tc.pair, got[tc.pair], tc.want, got)
			}
		})
	}
}

func TestNameKeyAcrossSchemes(t *testing.T) {
	for _, n := range []string{"Сыроежкин", "Syroezhkin", "Syroyezhkin", "SYROEZHKIN"} {
		if NameKey(n) != NameKey("Сыроежкин") {
			t.Errorf("NameKey(%q) = %q, want %q", n, NameKey(n), NameKey("Сыроежкин"))
		}
	}
	if NameKey("Иванов") == NameKey("Петров") {
		t.Error("different names share a key")
	}
}

func BenchmarkDedupe(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		items := syntheticLibrary(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Candidates(items)
			}
		})
	}
}

// syntheticLibrary makes n works with titles of pseudo-random words, a
// realistic spread of authors, and 5% duplicates (one in twenty repeats
// the work before it with its subtitle dropped).
func syntheticLibrary(n int) []Item {
	words := []string{"soft", "power", "china", "diplomacy", "culture", "policy", "asia", "central", "history", "economy",
		"регион", "политика", "история", "экономика", "казахстан", "развитие", "право", "общество", "культура", "наука"}
	items := make([]Item, n)
	seed := uint32(1)
	next := func() int { seed = seed*1664525 + 1013904223; return int(seed >> 8) }
	for i := range items {
		var t []string
		for w := 0; w < 4+next()%5; w++ {
			t = append(t, words[next()%len(words)])
		}
		items[i] = Item{Title: strings.Join(t, " ") + ": " + words[next()%len(words)], Author: []Name{{Family: fmt.Sprintf("Author%d", next()%(n/3+1))}}, Issued: NewDate(1950 + next()%70)}
		if i%20 == 19 {
			items[i] = items[i-1]
			items[i].Title = mainTitle(items[i].Title)
		}
	}
	return items
}
