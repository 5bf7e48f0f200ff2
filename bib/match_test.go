package bib

import (
	"slices"
	"testing"
)

// shareKey reports whether looking up b's MatchKeys finds a's WorkKeys.
func shareKey(a, b Item) bool {
	for _, k := range MatchKeys(WorkKeys(b)) {
		if slices.Contains(WorkKeys(a), k) {
			return true
		}
	}
	return false
}

func TestMatchKeys(t *testing.T) {
	nye := func(title, given string) Item {
		return Item{Type: "book", Title: title, Author: []Name{{Family: "Nye", Given: given}}, Issued: NewDate(2004)}
	}
	full := nye("Soft Power: The Means to Success in World Politics", "J. S.")
	for _, c := range []struct {
		name string
		a, b Item
		want bool
	}{
		{"same_title_other_initials", full, nye("SOFT POWER: the means to success in world politics", "Joseph"), true},
		{"subtitle_dropped", full, nye("Soft power", "J."), true},
		{"subtitle_added", nye("Soft power", "J."), full, true},
		{"other_subtitle", full, nye("Soft Power: Another Look", "J. S."), false},
		{"other_year", full, Item{Type: "book", Title: "Soft Power", Author: []Name{{Family: "Nye"}}, Issued: NewDate(2017)}, false},
		{"other_author", full, Item{Type: "book", Title: "Soft Power", Author: []Name{{Family: "Wang"}}, Issued: NewDate(2004)}, false},
		{"other_volume", Item{Title: "История Казахстана", Volume: "1", Issued: NewDate(2010)}, Item{Title: "История Казахстана", Volume: "2", Issued: NewDate(2010)}, false},
		{"same_doi", Item{DOI: "10.1/abc", Title: "A"}, Item{DOI: "10.1/ABC", Title: "B"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := shareKey(c.a, c.b); got != c.want {
				t.Errorf("match = %v, want %v\n a %v\n b %v", got, c.want, WorkKeys(c.a), MatchKeys(WorkKeys(c.b)))
			}
		})
	}
}

func TestMergeItemsKeepsTheRicherValues(t *testing.T) {
	a := Item{Type: "book", Title: "Soft power", Author: []Name{{Family: "Nye", Given: "J."}}, Issued: NewDate(2004)}
	b := Item{Type: "book", Title: "Soft Power: The Means to Success in World Politics", Publisher: "PublicAffairs",
		Author: []Name{{Family: "Nye", Given: "J. S."}, {Family: "Other"}}, Issued: NewDate(2005)}
	m := MergeItems(a, b)
	if m.Title != b.Title {
		t.Errorf("title %q: the title with its subtitle is richer", m.Title)
	}
	if m.Publisher != "PublicAffairs" || len(m.Author) != 2 {
		t.Errorf("merged %+v: want the publisher and both authors", m)
	}
	if m.Issued.Year() != 2004 {
		t.Errorf("year %d: a field both give keeps the first value", m.Issued.Year())
	}
	if a.Publisher != "" || len(a.Author) != 1 {
		t.Error("MergeItems changed its argument")
	}
}
