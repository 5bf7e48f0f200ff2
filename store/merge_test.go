package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

// dump is the whole library as JSON: works with keys, items and citations,
// and collections.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	ws, err := s.Works(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.Collections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.MarshalIndent(struct {
		Works       []Work
		Collections []Collection
	}{ws, cs}, "", " ")
	return string(b)
}

func TestMergeThenUnmergeRestoresTheLibrary(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	b := batch("a.txt",
		"Сыроежкин К. Л. Казахстан и Китай: от приграничной торговли к стратегическому партнерству. – Алматы : КИСИ, 2010. – 262 с.",
		"Там же. – С. 40.",
		"Syroezhkin K. Kazakhstan and China: from border trade to strategic partnership. Almaty, KISI, 2010. 262 p.",
		"Nye J. S. Soft Power. – New York : PublicAffairs, 2004. – 191 p.")
	b.Collection = "thesis"
	if _, err := s.Import(ctx, b, now); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)
	ws, _ := s.Works(ctx, Filter{})
	if len(ws) != 3 {
		t.Fatalf("%d works before merging, want 3", len(ws))
	}
	w, err := s.Merge(ctx, []string{ws[0].Key, ws[1].Key}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Citations) != 3 {
		t.Errorf("merged work cited by %d entries, want 3", len(w.Citations))
	}
	after, _ := s.Works(ctx, Filter{})
	if len(after) != 2 {
		t.Errorf("%d works after merging, want 2", len(after))
	}
	if ws, _ := s.Search(ctx, "kazakhstan", 10); len(ws) != 1 {
		t.Errorf("search finds %d works after merging, want 1", len(ws))
	}
	restored, err := s.Unmerge(ctx, ws[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(restored) != 1 || restored[0] != ws[1].Key {
		t.Errorf("restored %v, want [%s]", restored, ws[1].Key)
	}
	if got := dump(t, s); got != before {
		t.Errorf("unmerge did not restore the library:\nbefore %s\nafter %s", before, got)
	}
	if _, err := s.Unmerge(ctx, ws[0].Key); err == nil || !strings.Contains(err.Error(), "no merge") {
		t.Errorf("a second unmerge: %v, want no merge to undo", err)
	}
}

func TestMergeRefusesBadKeys(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("a.txt", "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с."), now); err != nil {
		t.Fatal(err)
	}
	ws, _ := s.Works(ctx, Filter{})
	for name, keys := range map[string][]string{
		"one_key":     {ws[0].Key},
		"unknown_key": {ws[0].Key, "nosuch2000"},
		"same_twice":  {ws[0].Key, ws[0].Key},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := s.Merge(ctx, keys, now); err == nil {
				t.Error("merge succeeded")
			}
		})
	}
}

func TestRenameKey(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("a.txt", "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.", "Петров П. П. Другая книга. – М. : Наука, 2011. – 100 с."), now); err != nil {
		t.Fatal(err)
	}
	ws, _ := s.Works(ctx, Filter{})
	if err := s.RenameKey(ctx, ws[0].Key, "ivanov-book"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Work(ctx, "ivanov-book"); err != nil {
		t.Error(err)
	}
	for name, c := range map[string][2]string{
		"taken":     {"ivanov-book", ws[1].Key},
		"not_ascii": {"ivanov-book", "иванов"},
		"unknown":   {"nosuch", "fresh"},
	} {
		t.Run(name, func(t *testing.T) {
			if err := s.RenameKey(ctx, c[0], c[1]); err == nil {
				t.Error("rename succeeded")
			}
		})
	}
}

// A merge recorded by an ibid before the keys were hashed (migration 4)
// lists the keys' text: unmerging it files the works under their keys
// again, so that each is found by a later import of the same work.
func TestUnmergeOfAMergeRecordedWithKeyTexts(t *testing.T) {
	s, lines, ws := mergedPair(t)
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, `UPDATE merges SET into_keys = ?, from_keys = ?`,
		jsonText(bib.WorkKeys(ws[0].Item)), jsonText(bib.WorkKeys(ws[1].Item))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Unmerge(ctx, ws[0].Key); err != nil {
		t.Fatal(err)
	}
	for i, line := range lines {
		r, err := s.Import(ctx, batch(fmt.Sprintf("again%d.txt", i), line), now)
		if err != nil || r.WorksMerged != 1 {
			t.Fatalf("import of %q again: %+v, %v; want it found in the library", line, r, err)
		}
		w, err := s.Work(ctx, ws[i].Key)
		if err != nil || len(w.Citations) != 2 {
			t.Errorf("%s: %d citations after importing it again, want 2 (%v)", ws[i].Key, len(w.Citations), err)
		}
	}
}

// After a merge the absorbed work is gone with the keys it was filed
// under: an entry of it imported again cites a work of the library.
func TestImportAfterMergeCitesAWorkOfTheLibrary(t *testing.T) {
	s, lines, _ := mergedPair(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("again.txt", lines[1]), now); err != nil {
		t.Fatalf("import of the absorbed work again: %v", err)
	}
	after, err := s.Works(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	cited := 0
	for _, w := range after {
		cited += len(w.Citations)
	}
	if cited != 3 {
		t.Errorf("the works of the library have %d citations, want 3", cited)
	}
	if r, err := s.IntegrityCheck(ctx); err != nil || r != "ok" {
		t.Errorf("integrity check: %q, %v", r, err)
	}
}

// mergedPair opens a library of two works, one entry each, and merges the
// second into the first; it returns the library, the entries and the works
// as they were before the merge.
func mergedPair(t *testing.T) (*Store, []string, []Work) {
	t.Helper()
	s, _ := openTemp(t)
	ctx := context.Background()
	lines := []string{"Иванов И. И. Книга о степи. – М. : Наука, 2010. – 250 с.", "Петров П. П. Другая книга. – М. : Наука, 2011. – 100 с."}
	if _, err := s.Import(ctx, batch("a.txt", lines...), now); err != nil {
		t.Fatal(err)
	}
	ws, err := s.Works(ctx, Filter{})
	if err != nil || len(ws) != 2 {
		t.Fatalf("works %d, %v; want 2", len(ws), err)
	}
	if _, err := s.Merge(ctx, []string{ws[0].Key, ws[1].Key}, now); err != nil {
		t.Fatal(err)
	}
	return s, lines, ws
}
