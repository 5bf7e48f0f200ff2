package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

func TestDumpRestoreRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a := batch("a.txt",
		"Wang Y. Public Diplomacy and the Rise of Chinese Soft Power // The Annals of the American Academy of Political and Social Science. – 2008. – Vol. 616. – P. 259.",
		"Ibid. – P. 264–265.",
		"Nye J. S. Soft Power. – New York : PublicAffairs, 2004. – 191 p.")
	a.Collection = "thesis"
	a.Article = &bib.Item{Type: "article-journal", Title: "An article"}
	a.Refs[2].Repairs = []bib.Repair{{Field: "title", Before: "So- ft", After: "Soft", Rule: "word-wrap-hyphen"}}
	a.Refs[2].Warnings = []string{"a warning kept"}
	if _, err := s.Import(ctx, a, now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, batch("b.txt", "Nye J. S. Soft Power. – New York : PublicAffairs, 2004. – P. 15."), now); err != nil {
		t.Fatal(err)
	}
	want, err := s.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Items) != 2 || len(want.Sources) != 2 || len(want.Collections["thesis"]) != 2 {
		t.Fatalf("dump: %d items, %d sources, collections %v", len(want.Items), len(want.Sources), want.Collections)
	}
	// Through JSON, as ibid export --all writes it.
	j, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var back Backup
	if err := json.Unmarshal(j, &back); err != nil {
		t.Fatal(err)
	}
	fresh, err := Open(ctx, filepath.Join(t.TempDir(), "restored.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	r, err := fresh.Restore(ctx, back)
	if err != nil {
		t.Fatal(err)
	}
	if r.Entries != 4 || r.WorksAdded != 2 || r.Repairs != 1 || r.Ibid != 1 {
		t.Errorf("restore result %+v", r)
	}
	got, err := fresh.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gj, _ := json.Marshal(got)
	if string(gj) != string(j) {
		t.Errorf("restored library differs:\n got %s\nwant %s", gj, j)
	}
	if ws, _ := fresh.Search(ctx, "nye", 10); len(ws) != 1 {
		t.Errorf("the restored library's index finds %d works for nye, want 1", len(ws))
	}
	// Restoring again changes nothing.
	if _, err := fresh.Restore(ctx, back); err != nil {
		t.Fatal(err)
	}
	again, _ := fresh.Dump(ctx)
	if aj, _ := json.Marshal(again); string(aj) != string(j) {
		t.Error("a second restore changed the library")
	}
}

func TestRestoreRefusesAKeyTakenByAnotherWork(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("a.txt", "Nye J. S. Soft Power. – New York : PublicAffairs, 2004. – 191 p."), now); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Dump(ctx)
	b := Backup{Version: 1, Items: []bib.Item{{ID: "nye2004soft", Type: "book", Title: "Something else"}}}
	if _, err := s.Restore(ctx, b); err == nil || !strings.Contains(err.Error(), "taken") {
		t.Fatalf("restore: %v, want a taken key", err)
	}
	after, _ := s.Dump(ctx)
	bj, _ := json.Marshal(before)
	if aj, _ := json.Marshal(after); string(aj) != string(bj) {
		t.Error("a failed restore changed the library")
	}
	if _, err := s.Restore(ctx, Backup{Version: 99}); err == nil {
		t.Error("a backup from a newer ibid was read")
	}
}
