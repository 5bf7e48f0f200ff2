package bib

import "testing"

func TestProvenance(t *testing.T) {
	a := Item{Type: "book", Title: "Soft power", Author: []Name{{Family: "Nye", Given: "J."}}, Issued: NewDate(2004)}
	b := Item{Type: "book", Title: "Soft Power: The Means to Success in World Politics", Publisher: "PublicAffairs"}
	merged := MergeItems(a, b)
	got := Provenance(merged, []Item{a, b})
	for field, want := range map[string]int{"type": 0, "author": 0, "issued": 0, "title": 1, "publisher": 1} {
		if got[field] != want {
			t.Errorf("%s from item %d, want %d (all %v)", field, got[field], want, got)
		}
	}
	merged.Volume = "2" // a value no item gave
	if got := Provenance(merged, []Item{a, b}); got["volume"] != -1 {
		t.Errorf("volume from item %d, want -1", got["volume"])
	}
}
