package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ibid-project/ibid/bib"
)

// Batch is one source to import: a file read and parsed by the caller.
type Batch struct {
	Path    string
	SHA256  string // of the decoded text: the same file imported twice is found by it
	Format  string // "text", "markdown", …
	Article *bib.Item
	Refs    []bib.Ref
	// Lists gives, for each Ref, the index of the reference list it was
	// printed in (an article may hold a list and a transliterated copy).
	Lists      []int
	Collection string // add every work the source cites to this collection
}

// Result is what one import did.
type Result struct {
	SourceID      int64
	Existing      bool // the source was imported before; nothing changed
	Entries       int
	WorksAdded    int
	WorksMerged   int // entries that found their work already in the library
	Ibid          int // Ibid. and op. cit. entries resolved to an earlier entry
	Repairs       int
	RepairsByRule map[string]int
	Warnings      int
}

// Import stores a batch in one transaction: the source, its entries
// verbatim, the works they cite (an entry whose work is already in the
// library cites that work, which gains the fields it lacked), the repairs
// and the full-text rows. A source already imported (same SHA-256) changes
// nothing. On error nothing is written.
func (s *Store) Import(ctx context.Context, b Batch, now time.Time) (Result, error) {
	rs, err := s.ImportAll(ctx, []Batch{b}, now)
	if err != nil {
		return Result{}, err
	}
	return rs[0], nil
}

// txRefs is about how many references one transaction of ImportAll holds:
// enough to make commits cheap, few enough that another process waiting
// to write is not kept waiting long.
const txRefs = 5000

// ImportAll imports batches in order. Each batch is wholly in or wholly
// out: small batches share a transaction, a large one has its own. On
// error the transaction that failed is rolled back, those before it stay.
func (s *Store) ImportAll(ctx context.Context, bs []Batch, now time.Time) ([]Result, error) {
	out := make([]Result, 0, len(bs))
	for start := 0; start < len(bs); {
		end, refs := start, 0
		for end < len(bs) && (end == start || refs+len(bs[end].Refs) <= txRefs) {
			refs += len(bs[end].Refs)
			end++
		}
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			w := newWorkWriter(ctx, tx)
			defer w.close()
			for _, b := range bs[start:end] {
				r, err := importTx(w, b, now)
				if err != nil {
					return fmt.Errorf("import %s: %w", b.Path, err)
				}
				out = append(out, r)
			}
			return w.flush()
		})
		if err != nil {
			return out[:start], err
		}
		start = end
	}
	return out, nil
}

func importTx(w *workWriter, b Batch, now time.Time) (Result, error) {
	r := Result{RepairsByRule: map[string]int{}}
	if len(b.Lists) != 0 && len(b.Lists) != len(b.Refs) {
		return r, fmt.Errorf("%d list indexes for %d entries", len(b.Lists), len(b.Refs))
	}
	var coll int64
	if b.Collection != "" {
		id, err := ensureCollection(w.txw, b.Collection)
		if err != nil {
			return r, err
		}
		coll = id
	}
	err := w.queryRow(`SELECT id FROM sources WHERE sha256 = ?`, b.SHA256).Scan(&r.SourceID)
	switch {
	case err == nil:
		r.Existing = true
		if coll != 0 {
			_, err := w.exec(`INSERT OR IGNORE INTO collection_works(collection_id, work_id)
				SELECT ?, work_id FROM entries WHERE source_id = ? AND work_id IS NOT NULL`, coll, r.SourceID)
			return r, err
		}
		return r, nil
	case !errors.Is(err, sql.ErrNoRows):
		return r, fmt.Errorf("find source: %w", err)
	}
	var article any
	if b.Article != nil {
		j, err := json.Marshal(b.Article)
		if err != nil {
			return r, err
		}
		article = string(j)
	}
	res, err := w.exec(`INSERT INTO sources(path, sha256, format, imported_at, article) VALUES (?, ?, ?, ?, ?)`,
		b.Path, b.SHA256, b.Format, now.UTC().Format(time.RFC3339), article)
	if err != nil {
		return r, fmt.Errorf("add source: %w", err)
	}
	if r.SourceID, err = res.LastInsertId(); err != nil {
		return r, err
	}
	// workOf maps (list, n) to the work an entry cites, for Ibid. entries.
	workOf := map[[2]int]int64{}
	for start := 0; start < len(b.Refs); start += placeWindow {
		if start > 0 {
			if err := w.forget(); err != nil {
				return r, err
			}
		}
		ps := make([]placing, min(placeWindow, len(b.Refs)-start))
		for i := range ps {
			ps[i] = newPlacing(b.Refs[start+i].Item)
		}
		if err := w.lookup(ps); err != nil {
			return r, err
		}
		for i, p := range ps {
			if err := importEntry(w, b, start+i, p, coll, workOf, &r); err != nil {
				return r, err
			}
		}
	}
	return r, nil
}

// placeWindow is how many entries of one source are looked up at once. A
// longer list is taken a window at a time, and what the transaction keeps
// in memory is written and forgotten between windows: a list of 50,000
// entries takes no more memory than one of a few thousand.
const placeWindow = 2000

// importEntry stores entry i of b, citing the work p finds or adds (or,
// for an Ibid. entry, the work of the entry it repeats), and counts it in r.
func importEntry(w *workWriter, b Batch, i int, p placing, coll int64, workOf map[[2]int]int64, r *Result) error {
	ref := b.Refs[i]
	list := 0
	if len(b.Lists) > 0 {
		list = b.Lists[i]
	}
	var workID int64
	if target, ok := workOf[[2]int{list, ref.IbidOf}]; ref.IbidOf > 0 && ok {
		workID = target
		r.Ibid++
	} else {
		id, merged, err := w.place(p)
		if err != nil {
			return fmt.Errorf("entry %d: %w", ref.N, err)
		}
		workID = id
		if merged {
			r.WorksMerged++
		} else {
			r.WorksAdded++
		}
	}
	workOf[[2]int{list, ref.N}] = workID
	if err := insertEntry(w.txw, r.SourceID, list, ref, workID); err != nil {
		return fmt.Errorf("entry %d: %w", ref.N, err)
	}
	if coll != 0 {
		if err := w.addRow(&w.cw, coll, workID); err != nil {
			return err
		}
	}
	r.Entries++
	r.Repairs += len(ref.Repairs)
	for _, rp := range ref.Repairs {
		r.RepairsByRule[rp.Rule]++
	}
	r.Warnings += len(ref.Warnings)
	return nil
}

func insertEntry(t *txw, source int64, list int, ref bib.Ref, work int64) error {
	item, err := json.Marshal(ref.Item)
	if err != nil {
		return err
	}
	warnings := ref.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	wj, err := json.Marshal(warnings)
	if err != nil {
		return err
	}
	id, err := t.entryID()
	if err != nil {
		return err
	}
	if err := t.addRow(&t.entries, id, source, list, ref.N, ref.Label, ref.Line, ref.Raw, string(item), work,
		ref.Locator, ref.IbidOf, ref.AsCitedIn, string(wj)); err != nil {
		return fmt.Errorf("add entry: %w", err)
	}
	for _, rp := range ref.Repairs {
		if err := t.addRow(&t.repairs, id, rp.Field, rp.Before, rp.After, rp.Rule); err != nil {
			return fmt.Errorf("add repair: %w", err)
		}
	}
	return nil
}

func ensureCollection(t *txw, name string) (int64, error) {
	if _, err := t.exec(`INSERT OR IGNORE INTO collections(name) VALUES (?)`, name); err != nil {
		return 0, fmt.Errorf("add collection %s: %w", name, err)
	}
	var id int64
	err := t.queryRow(`SELECT id FROM collections WHERE name = ?`, name).Scan(&id)
	return id, err
}
