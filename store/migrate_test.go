package store

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

// oldLibrary makes a library of schema version v, as the ibid of that
// version left it, holding works written as that ibid wrote them.
func oldLibrary(t *testing.T, v int, items ...bib.Item) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`PRAGMA journal_mode = wal; CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))`); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		mv, err := migrationVersion(n)
		if err != nil || mv > v {
			continue
		}
		body, _ := migrations.ReadFile(n)
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations(version) VALUES (?)`, mv); err != nil {
			t.Fatal(err)
		}
	}
	for i, it := range items {
		id := i + 1
		row, err := workRowOf(it)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO works(id, key, item, type, title_fold, author_fold, year, doi, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, bib.CiteKey(it), row.item, it.Type, bib.FoldKey(it.Title), bib.FoldKey(it.Author[0].Family), it.Issued.Year(), it.DOI, it.URL); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO works_fts(rowid, title, authors, container) VALUES (?, ?, ?, ?)`, id, row.fts[0], row.fts[1], row.fts[2]); err != nil {
			t.Fatal(err)
		}
		for _, k := range bib.WorkKeys(it) {
			if _, err := db.Exec(`INSERT INTO work_keys(key, work_id) VALUES (?, ?)`, k, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	return path
}

// A library of the schema before the lean full-text index opens, is
// migrated, and finds, merges into and reindexes the works it held.
func TestOpenMigratesALibraryOfSchema2(t *testing.T) {
	ctx := context.Background()
	nye := bib.Item{Type: "book", Author: []bib.Name{{Family: "Nye", Given: "J. S."}}, Title: "Soft Power", Issued: bib.NewDate(2004)}
	syr := bib.Item{Type: "book", Author: []bib.Name{{Family: "Сыроежкин", Given: "К. Л."}}, Title: "Казахстан и Китай", Issued: bib.NewDate(2010), DOI: "10.1000/kz"}
	path := oldLibrary(t, 2, nye, syr)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil || v != 4 {
		t.Fatalf("schema version %d after migrating, want 4 (%v)", v, err)
	}
	for q, want := range map[string]string{"syroyezhkin": "syroezhkin2010kazakhstan", "китай": "syroezhkin2010kazakhstan", "title:soft": "nye2004soft"} {
		if ws, err := s.Search(ctx, q, 10); err != nil || len(ws) != 1 || ws[0].Key != want {
			t.Errorf("Search(%q) = %v, %v; want %s", q, ws, err, want)
		}
	}
	// An entry of the same book naming its editor: the work gains him and
	// is found by his name, once.
	edited := nye
	edited.Editor = []bib.Name{{Family: "Keohane", Given: "R."}}
	b := Batch{Path: "b.txt", SHA256: "sha-b", Format: "text", Refs: []bib.Ref{{N: 1, Raw: "Nye J. S. Soft Power / ed. R. Keohane", Item: edited}}, Lists: []int{0}}
	if r, err := s.Import(ctx, b, now); err != nil || r.WorksMerged != 1 {
		t.Fatalf("import into the migrated library: %+v, %v", r, err)
	}
	for _, q := range []string{"keohane", "nye"} {
		if ws, err := s.Search(ctx, q, 10); err != nil || len(ws) != 1 || ws[0].Key != "nye2004soft" {
			t.Errorf("Search(%q) = %v, %v; want nye2004soft once", q, ws, err)
		}
	}
	if r, err := s.IntegrityCheck(ctx); err != nil || r != "ok" {
		t.Errorf("integrity check: %q, %v", r, err)
	}
}
