package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ibid-project/ibid/bib"
)

var now = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "folder", "library.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// batch parses a reference list given one entry a line.
func batch(name string, lines ...string) Batch {
	refs := bib.ParseLines(lines)
	return Batch{Path: name, SHA256: "sha-" + name, Format: "text", Refs: refs, Lists: make([]int, len(refs))}
}

func TestOpenCreatesFolderAndRecordsMigrations(t *testing.T) {
	s, path := openTemp(t)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("library not created: %v", err)
	}
	var v int
	if err := s.db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil || v < 1 {
		t.Fatalf("schema version %d, %v", v, err)
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q, want wal (%v)", mode, err)
	}
	var fk int
	if err := s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign keys %d, want 1 (%v)", fk, err)
	}
	s.Close()
	// Opening again applies nothing twice.
	s2, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var n int
	if err := s2.db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != v {
		t.Errorf("%d migrations recorded after reopening, want %d", n, v)
	}
}

func TestOpenRefusesWhatIsNotAnIbidLibrary(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("my thesis notes\n"), 0o644)

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE contacts(name TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	newer := filepath.Join(dir, "newer.db")
	s, err := Open(context.Background(), newer)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec(`INSERT INTO schema_migrations(version) VALUES (9999)`)
	s.Close()

	for _, c := range []struct{ name, path, want string }{
		{"text_file", text, "not an ibid library"},
		{"other_programs_database", other, "not an ibid library"},
		{"newer_ibid", newer, "newer ibid"},
		{"folder", dir, "is a folder"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadFile(c.path)
			_, err := Open(context.Background(), c.path)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
			if after, _ := os.ReadFile(c.path); string(after) != string(before) {
				t.Error("the file was changed")
			}
		})
	}
}

func TestDefaultPath(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		name string
		env  map[string]string
		want string
	}{
		{"ibid_db_wins", map[string]string{"IBID_DB": "/x/lib.db", "XDG_DATA_HOME": "/d", "HOME": "/h"}, "/x/lib.db"},
		{"xdg_data_home", map[string]string{"XDG_DATA_HOME": "/d", "HOME": "/h"}, "/d/ibid/library.db"},
		{"home", map[string]string{"HOME": "/h"}, "/h/.local/share/ibid/library.db"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := DefaultPath(env(c.env))
			if err != nil || got != c.want {
				t.Errorf("DefaultPath = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}

func TestImportKeepsRawTextAndIsIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	raw := "Сыроежкин К. Л. Казахстан и Китай: от приграничной торговли к стратегическому партнерству. – Алматы : КИСИ, 2010. – 262 с."
	b := batch("a.txt", raw, "Там же. – С. 15.", "Nye J. S. Soft Power: The Means to Success in World Politics. – New York : PublicAffairs, 2004. – 191 p.")
	r, err := s.Import(ctx, b, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.Entries != 3 || r.WorksAdded != 2 || r.Ibid != 1 {
		t.Errorf("result %+v, want 3 entries, 2 works added, 1 Ibid.", r)
	}
	works, err := s.Works(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(works) != 2 {
		t.Fatalf("%d works, want 2", len(works))
	}
	first := works[0]
	if len(first.Citations) != 2 || first.Citations[0].Raw != raw {
		t.Fatalf("first work cited by %+v", first.Citations)
	}
	if c := first.Citations[1]; c.IbidOf != 1 || c.Locator != "15" {
		t.Errorf("Ibid. citation %+v: want ibid of 1 at page 15", c)
	}
	if first.Key != "syroezhkin2010kazakhstan" {
		t.Errorf("key %q, want syroezhkin2010kazakhstan", first.Key)
	}

	again, err := s.Import(ctx, b, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !again.Existing || again.Entries != 0 {
		t.Errorf("second import %+v: want existing and nothing added", again)
	}
	if n := count(t, s, "entries"); n != 3 {
		t.Errorf("%d entries after re-import, want 3", n)
	}
}

func TestImportFindsTheSameWorkAcrossSources(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("a.txt",
		"Wang Y. Public Diplomacy and the Rise of Chinese Soft Power // The Annals of the American Academy of Political and Social Science. – 2008. – Vol. 616. – P. 257–273. – DOI: 10.1177/0002716207312142"), now); err != nil {
		t.Fatal(err)
	}
	r, err := s.Import(ctx, batch("b.txt",
		"Wang, Y. (2008). Public diplomacy and the rise of Chinese soft power. The Annals of the American Academy of Political and Social Science, 616(1), 257–273. https://doi.org/10.1177/0002716207312142",
		"Wang Y. Public Diplomacy and the Rise of Chinese Soft Power // Another Journal. – 2009. – DOI: 10.1177/9999"), now)
	if err != nil {
		t.Fatal(err)
	}
	if r.WorksMerged != 1 || r.WorksAdded != 1 {
		t.Errorf("result %+v: want the first entry merged and the second (another DOI) added", r)
	}
	works, _ := s.Works(ctx, Filter{})
	if len(works) != 2 || len(works[0].Citations) != 2 {
		t.Fatalf("works %+v", works)
	}
	if works[0].Item.Issue != "1" {
		t.Errorf("merged work lacks the issue the second entry gave: %+v", works[0].Item)
	}
}

func TestFailedImportWritesNothing(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	b := batch("bad.txt", "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.", "Петров П. П. Другая книга. – М. : Наука, 2011. – 100 с.")
	b.Refs[1].N = 1 // two entries at one position: the second insert fails
	if _, err := s.Import(ctx, b, now); err == nil {
		t.Fatal("import of a batch with a repeated position succeeded")
	}
	for _, table := range []string{"sources", "entries", "works", "work_hashes", "repairs", "works_fts"} {
		if n := count(t, s, table); n != 0 {
			t.Errorf("%s has %d rows after a failed import", table, n)
		}
	}
}

func TestRepairsAreStoredWithTheirEntry(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	b := batch("r.txt", "Zhang L. Culture Exchange [Electronic resource]. – URL: http://www.cultureex- press.com/news/2010.htm (accessed on: 23.04.2025).")
	b.Refs[0].Repairs = append(b.Refs[0].Repairs, bib.Repair{Field: "title", Before: "Cul- ture", After: "Culture", Rule: "word-wrap-hyphen"})
	want := len(b.Refs[0].Repairs)
	r, err := s.Import(ctx, b, now)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Repairs(ctx, r.SourceID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != want || r.Repairs != want {
		t.Fatalf("%d repairs listed, %d counted, want %d", len(rows), r.Repairs, want)
	}
	last := rows[len(rows)-1]
	if last.Rule != "word-wrap-hyphen" || last.Before != "Cul- ture" || last.N != 1 || last.SourcePath != "r.txt" {
		t.Errorf("repair row %+v", last)
	}
}

func TestSearchAcrossScriptsAndFields(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, batch("a.txt",
		"Сыроежкин К. Л. Казахстан и Китай: от приграничной торговли к стратегическому партнерству. – Алматы : КИСИ, 2010. – 262 с.",
		"Nye J. S. Soft Power: The Means to Success in World Politics. – New York : PublicAffairs, 2004. – 191 p.",
		"Nye J. S. Bound to Lead: The Changing Nature of American Power. – New York : Basic Books, 1990. – 307 p."), now); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"syroezhkin", []string{"syroezhkin2010kazakhstan"}},
		{"Syroyezhkin", []string{"syroezhkin2010kazakhstan"}},
		{"СЫРОЕЖКИН", []string{"syroezhkin2010kazakhstan"}},
		{"kazakhstan", []string{"syroezhkin2010kazakhstan"}},
		{"китай", []string{"syroezhkin2010kazakhstan"}},
		{"power", []string{"nye2004soft", "nye1990bound"}},
		{"author:nye year:1990", []string{"nye1990bound"}},
		{"title:soft", []string{"nye2004soft"}},
		{"type:book year:2010", []string{"syroezhkin2010kazakhstan"}},
		{"nosuchword", nil},
	} {
		t.Run(c.query, func(t *testing.T) {
			ws, err := s.Search(ctx, c.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range ws {
				got = append(got, w.Key)
			}
			if strings.Join(sorted(got), " ") != strings.Join(sorted(c.want), " ") {
				t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
			}
		})
	}
	if _, err := s.Search(ctx, "colour:red", 10); err == nil {
		t.Error("an unknown field was accepted")
	}
}

func TestCollections(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	b := batch("a.txt", "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.")
	b.Collection = "thesis"
	if _, err := s.Import(ctx, b, now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, batch("b.txt", "Петров П. П. Другая книга. – М. : Наука, 2011. – 100 с."), now); err != nil {
		t.Fatal(err)
	}
	ws, err := s.Works(ctx, Filter{Collection: "thesis"})
	if err != nil || len(ws) != 1 || ws[0].Item.Author[0].Family != "Иванов" {
		t.Fatalf("collection thesis: %+v, %v", ws, err)
	}
	if _, err := s.Works(ctx, Filter{Collection: "nope"}); err == nil {
		t.Error("an unknown collection gave no error")
	}
}

// Four libraries handles importing into one file at once: all succeed,
// nothing is lost.
func TestConcurrentImports(t *testing.T) {
	_, path := openTemp(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for j := range 5 {
				name := fmt.Sprintf("w%d-%d.txt", i, j)
				if _, err := s.Import(ctx, batch(name, fmt.Sprintf("Автор%d А. А. Книга номер %d. – М. : Наука, 20%02d. – 100 с.", i, j, 10+j)), now); err != nil {
					errs <- fmt.Errorf("%s: %w", name, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(t, s, "entries"); n != 20 {
		t.Errorf("%d entries, want 20", n)
	}
	if r, err := s.IntegrityCheck(ctx); err != nil || r != "ok" {
		t.Errorf("integrity check: %q, %v", r, err)
	}
}

func count(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

// TestLongListAcrossWindows imports one list longer than two placing
// windows: a work cited again in a later window is found and gains the
// fields the later entry gives, an Ibid. entry at a window's start cites
// the work of the entry above, and a different work whose citation key
// was given in an earlier window gets a key of its own.
func TestLongListAcrossWindows(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	book := func(i int) bib.Item {
		return bib.Item{Type: "book", Author: []bib.Name{{Family: fmt.Sprintf("Автор%d", i), Given: "А."}},
			Title: fmt.Sprintf("Книга номер %d", i), Issued: bib.NewDate(2000)}
	}
	n := 2*placeWindow + 10
	b := Batch{Path: "long.txt", SHA256: "sha-long", Format: "text", Lists: make([]int, n)}
	for i := range n {
		b.Refs = append(b.Refs, bib.Ref{N: i + 1, Raw: fmt.Sprint("entry ", i+1), Item: book(i)})
	}
	again := book(3)
	again.Publisher = "Наука"
	b.Refs[placeWindow+5].Item = again
	b.Refs[placeWindow].Item, b.Refs[placeWindow].IbidOf = bib.Item{}, placeWindow
	first, second := book(10), book(10)
	first.DOI, second.DOI = "10.1000/one", "10.1000/two"
	b.Refs[10].Item, b.Refs[2*placeWindow+2].Item = first, second
	r, err := s.Import(ctx, b, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.Entries != n || r.WorksMerged != 1 || r.Ibid != 1 || r.WorksAdded != n-2 {
		t.Errorf("result %+v: want %d entries, 1 merged, 1 Ibid., %d added", r, n, n-2)
	}
	works, err := s.Works(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	byN := map[int]Work{}
	for _, w := range works {
		for _, c := range w.Citations {
			byN[c.N] = w
		}
	}
	if w := byN[placeWindow+6]; w.ID != byN[4].ID || w.Item.Publisher != "Наука" {
		t.Errorf("entry %d cites %s (%+v), want the work of entry 4 with the publisher it added (%s)",
			placeWindow+6, w.Key, w.Item, byN[4].Key)
	}
	if byN[placeWindow+1].ID != byN[placeWindow].ID {
		t.Errorf("the Ibid. entry %d cites %s, not the work of the entry above (%s)", placeWindow+1, byN[placeWindow+1].Key, byN[placeWindow].Key)
	}
	if a, b := byN[11], byN[2*placeWindow+3]; a.ID == b.ID || a.Key == b.Key {
		t.Errorf("works with different DOIs: %s (id %d) and %s (id %d), want two works with two keys", a.Key, a.ID, b.Key, b.ID)
	}
}

// TestImportWritesFewIndexSegments: every statement that writes to the
// full-text index after another leaves a segment to merge later, so an
// import writes a transaction's full-text rows at once (a segment or two
// a transaction, not one every few hundred works).
func TestImportWritesFewIndexSegments(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for _, q := range []string{`INSERT INTO works_fts(works_fts, rank) VALUES ('automerge', 0)`,
		`INSERT INTO works_fts(works_fts, rank) VALUES ('crisismerge', 100000)`} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	bs := genBatches(2 * txRefs)
	if _, err := s.ImportAll(ctx, bs, now); err != nil {
		t.Fatal(err)
	}
	// A segment's pages are the rows of works_fts_data whose id holds the
	// segment id above bit 37.
	var segs int
	if err := s.db.QueryRow(`SELECT count(DISTINCT id >> 37) FROM works_fts_data WHERE id >= 1 << 37`).Scan(&segs); err != nil {
		t.Fatal(err)
	}
	if txs := len(txGroups(bs)); segs > 2*txs {
		t.Errorf("%d full-text segments for %d transactions", segs, txs)
	}
}

// Batches prepared by the caller are stored as ImportAll stores those it
// prepares itself.
func TestPreparedBatchesImportAlike(t *testing.T) {
	ctx := context.Background()
	var dumps []string
	for _, prep := range []bool{false, true} {
		s, _ := openTemp(t)
		bs := genBatches(600)
		if prep {
			for i := range bs {
				if err := bs[i].Prepare(); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := s.ImportAll(ctx, bs, now); err != nil {
			t.Fatal(err)
		}
		d, err := s.Dump(ctx)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(d)
		dumps = append(dumps, string(j))
	}
	if dumps[0] != dumps[1] {
		t.Error("prepared batches were stored otherwise than unprepared ones")
	}
}

// A large batch, prepared a window at a time while it is written, is
// stored as the same batch prepared whole.
func TestStreamedBatchImportsAlike(t *testing.T) {
	ctx := context.Background()
	one := Batch{Path: "one.txt", SHA256: "sha-one", Format: "text"}
	for a, b := range genBatches(2*placeWindow + 777) {
		one.Refs = append(one.Refs, b.Refs...)
		for range b.Refs {
			one.Lists = append(one.Lists, a)
		}
	}
	if !streamed(one) {
		t.Fatal("the batch is not streamed")
	}
	var dumps []string
	for _, whole := range []bool{false, true} {
		s, _ := openTemp(t)
		b := one
		if whole {
			b.prepared = make([]prepared, len(b.Refs))
			for i, ref := range b.Refs {
				p, err := prepare(ref, false)
				if err != nil {
					t.Fatal(err)
				}
				b.prepared[i] = p
			}
		} else if err := b.Prepare(); err != nil || b.prepared != nil {
			t.Fatalf("Prepare prepared a large batch (%v)", err)
		}
		r, err := s.Import(ctx, b, now)
		if err != nil {
			t.Fatal(err)
		}
		if r.Entries != len(one.Refs) || r.Ibid == 0 || r.WorksMerged == 0 {
			t.Errorf("result %+v for %d entries", r, len(one.Refs))
		}
		d, err := s.Dump(ctx)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(d)
		dumps = append(dumps, string(j))
	}
	if dumps[0] != dumps[1] {
		t.Error("a streamed batch was stored otherwise than one prepared whole")
	}
}

// A bibliography's record is its entry's raw text: the record as read, in
// CSL-JSON, with its own key.
func TestRecordsKeepTheirRecordAsRawText(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	it := bib.Item{ID: "nye2004", CitationKey: "nye2004", Type: "book", Title: "Soft Power",
		Author: []bib.Name{{Family: "Nye", Given: "Joseph S."}}, Issued: bib.NewDate(2004)}
	want, _ := json.Marshal(it)
	b := Batch{Path: "refs.bib", SHA256: "sha-bib", Format: "bibtex", Records: true,
		Refs: []bib.Ref{{N: 1, Item: it}}, Lists: []int{0}}
	if _, err := s.Import(ctx, b, now); err != nil {
		t.Fatal(err)
	}
	var raw, key string
	if err := s.db.QueryRow(`SELECT e.raw, w.key FROM entries e JOIN works w ON w.id = e.work_id`).Scan(&raw, &key); err != nil {
		t.Fatal(err)
	}
	if raw != string(want) || key != "nye2004" {
		t.Errorf("raw %s, key %s; want %s, nye2004", raw, key, want)
	}
}

// An Ibid. entry whose entry above is not in the batch cites a work of
// its own item, found or added as any other.
func TestIbidWithoutItsEntryIsPlaced(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	it := bib.Item{Type: "book", Title: "Книга", Author: []bib.Name{{Family: "Иванов", Given: "И."}}, Issued: bib.NewDate(2001)}
	b := Batch{Path: "x.txt", SHA256: "sha-x", Format: "text", Lists: []int{0},
		Refs: []bib.Ref{{N: 2, IbidOf: 1, Raw: "Там же. С. 5.", Item: it, Locator: "5"}}}
	r, err := s.Import(ctx, b, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.WorksAdded != 1 || r.Ibid != 0 {
		t.Errorf("result %+v: want the entry's own work added", r)
	}
}
