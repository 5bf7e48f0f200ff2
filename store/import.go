package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
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
	// Records says that Refs are the records of a bibliography (BibTeX,
	// CSL-JSON, RIS), which has no printed text: each entry's raw text is
	// its record as ibid read it, in CSL-JSON, and Raw is left empty. The
	// record is encoded once, for the raw text and the entry's item both.
	Records bool
	// prepared is what Prepare worked out for each of Refs; nil until then.
	prepared []prepared
}

// Prepare works out on the caller's goroutine what storing the batch
// needs and no library holds: each entry's keys, JSON and full-text
// columns. ImportAll prepares the batches that were not, on every core;
// a caller that parses on several goroutines prepares there instead, so
// that the one writing spends its time on writing. Refs must not change
// after.
//
// A large batch (a bibliography of thousands of records) is left as it
// is: ImportAll prepares it a window at a time, on the other cores, while
// it writes the windows before, instead of making the writing wait for
// all of it.
func (b *Batch) Prepare() error {
	if streamed(*b) {
		return nil
	}
	pg := prepareAll([]Batch{*b})
	if pg.err != nil {
		return pg.err
	}
	b.prepared = pg.entries[0]
	return nil
}

// streamed reports a batch that ImportAll prepares a window at a time
// while it writes: a large one not prepared yet.
func streamed(b Batch) bool {
	return len(b.Refs) > 2*placeWindow && len(b.prepared) != len(b.Refs)
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
// What needs no library (keys, JSON, full-text columns) is worked out on
// every core for the next transaction while one is written.
func (s *Store) ImportAll(ctx context.Context, bs []Batch, now time.Time) ([]Result, error) {
	groups := txGroups(bs)
	preps := make(chan preparedGroup, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(preps)
		for _, g := range groups {
			select {
			case preps <- prepareAll(bs[g[0]:g[1]]):
			case <-stop:
				return
			}
		}
	}()
	out := make([]Result, 0, len(bs))
	for _, g := range groups {
		pg := <-preps
		if pg.err != nil {
			return out, pg.err
		}
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			w := newWorkWriter(ctx, tx, s.stmts)
			defer w.close()
			if g[1]-g[0] > 1 {
				// Small batches sharing a transaction: their keys are
				// looked up together, with a few statements instead of
				// a few for each batch.
				var all []prepared
				for _, ps := range pg.entries {
					all = append(all, ps...)
				}
				if err := w.lookup(all); err != nil {
					return err
				}
			}
			for i, b := range bs[g[0]:g[1]] {
				var src windowSource = sliceSource(pg.entries[i])
				if streamed(b) {
					ws := streamWindows(b)
					defer ws.stop()
					src = ws
				}
				r, err := importTx(w, b, src, now)
				if err != nil {
					return fmt.Errorf("import %s: %w", b.Path, err)
				}
				out = append(out, r)
			}
			return w.flush()
		})
		if err != nil {
			return out[:g[0]], err
		}
		if err := s.stmts.prepare(ctx, s.db); err != nil {
			return out, err
		}
	}
	return out, nil
}

// windowSource gives the prepared entries [start, end) of a batch, asked
// for in order.
type windowSource interface {
	window(start, end int) ([]prepared, error)
}

// sliceSource is a batch prepared whole.
type sliceSource []prepared

func (p sliceSource) window(start, end int) ([]prepared, error) { return p[start:end], nil }

// windowStream prepares a large batch a window at a time, on every core,
// a window or two ahead of the transaction that writes them: the writing
// starts once the first window is ready, and memory holds a few windows
// of prepared entries however long the batch.
type windowStream struct {
	c    chan preparedGroup
	done chan struct{}
	next int
}

func streamWindows(b Batch) *windowStream {
	ws := &windowStream{c: make(chan preparedGroup, 1), done: make(chan struct{})}
	go func() {
		defer close(ws.c)
		for start := 0; start < len(b.Refs); start += placeWindow {
			part := b
			part.Refs = b.Refs[start:min(start+placeWindow, len(b.Refs))]
			part.prepared = nil
			part.Lists = nil
			pg := prepareAll([]Batch{part})
			if pg.err != nil {
				// ImportAll names the file.
				pg.err = errors.Unwrap(pg.err)
			}
			select {
			case ws.c <- pg:
			case <-ws.done:
				return
			}
			if pg.err != nil {
				return
			}
		}
	}()
	return ws
}

func (ws *windowStream) window(start, end int) ([]prepared, error) {
	if start != ws.next {
		return nil, fmt.Errorf("window %d asked for out of order (want %d)", start, ws.next)
	}
	pg, ok := <-ws.c
	switch {
	case !ok:
		return nil, errors.New("prepared windows ended early")
	case pg.err != nil:
		return nil, pg.err
	case len(pg.entries[0]) != end-start:
		return nil, fmt.Errorf("window %d: %d entries prepared, want %d", start, len(pg.entries[0]), end-start)
	}
	ws.next = end
	return pg.entries[0], nil
}

// stop ends the preparing: the transaction is done with the batch,
// whether it wrote every window or ended early.
func (ws *windowStream) stop() {
	close(ws.done)
	for range ws.c {
	}
}

// txGroups splits batches into the runs [start, end) that share a
// transaction: about txRefs references, a larger batch alone.
func txGroups(bs []Batch) [][2]int {
	var groups [][2]int
	for start := 0; start < len(bs); {
		end, refs := start, 0
		for end < len(bs) && (end == start || refs+len(bs[end].Refs) <= txRefs) {
			refs += len(bs[end].Refs)
			end++
		}
		groups = append(groups, [2]int{start, end})
		start = end
	}
	return groups
}

// importTx stores batch b, whose entries prep gives prepared, in the
// transaction of w.
func importTx(w *workWriter, b Batch, prep windowSource, now time.Time) (Result, error) {
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
		ps, err := prep.window(start, min(start+placeWindow, len(b.Refs)))
		if err != nil {
			return r, err
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
func importEntry(w *workWriter, b Batch, i int, p prepared, coll int64, workOf map[[2]int]int64, r *Result) error {
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
		if !p.ready {
			// An Ibid. entry whose entry above is not in the batch: its
			// item is placed as any other.
			pl, err := newPlacing(ref.Item, p.entryJSON.item)
			if err != nil {
				return fmt.Errorf("entry %d: %w", ref.N, err)
			}
			p.placing, p.ready = pl, true
			if err := w.lookup([]prepared{p}); err != nil {
				return err
			}
		}
		id, merged, err := w.place(p.placing)
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
	if err := insertEntry(w.txw, r.SourceID, list, ref, workID, p.entryJSON); err != nil {
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

// insertEntry stores an entry citing work, with its record and warnings
// as JSON (entryJSONOf), and its repairs.
func insertEntry(t *txw, source int64, list int, ref bib.Ref, work int64, j entryJSON) error {
	id, err := t.entryID()
	if err != nil {
		return err
	}
	raw := ref.Raw
	if j.raw != "" {
		raw = j.raw
	}
	if err := t.addRow(&t.entries, id, source, list, ref.N, ref.Label, ref.Line, raw, j.item, work,
		ref.Locator, ref.IbidOf, ref.AsCitedIn, j.warnings); err != nil {
		return fmt.Errorf("add entry: %w", err)
	}
	for _, rp := range ref.Repairs {
		if err := t.addRow(&t.repairs, id, rp.Field, rp.Before, rp.After, rp.Rule); err != nil {
			return fmt.Errorf("add repair: %w", err)
		}
	}
	return nil
}

// entryJSON is an entry's record and warnings as stored, and for a
// record of a bibliography (Batch.Records) its raw text.
type entryJSON struct{ item, warnings, raw string }

func entryJSONOf(ref bib.Ref, record bool) (entryJSON, error) {
	item, err := json.Marshal(ref.Item)
	if err != nil {
		return entryJSON{}, fmt.Errorf("entry %d: %w", ref.N, err)
	}
	warnings := ref.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	wj, err := json.Marshal(warnings)
	if err != nil {
		return entryJSON{}, fmt.Errorf("entry %d: %w", ref.N, err)
	}
	j := entryJSON{item: string(item), warnings: string(wj)}
	if record {
		j.raw = j.item
	}
	return j, nil
}

// prepared is an entry ready to store: what can be worked out before its
// transaction, on any core. An Ibid. entry cites the work of the entry it
// repeats, and its placing is worked out (ready) only when that entry is
// missing.
type prepared struct {
	placing
	ready bool
	entryJSON
}

// preparedGroup is the prepared entries of a run of batches, one slice a
// batch, or the first error met.
type preparedGroup struct {
	entries [][]prepared
	err     error
}

// prepareChunk is how many entries one goroutine of prepareAll takes at a
// time.
const prepareChunk = 256

// prepareAll prepares the entries of batches on every core, but for those
// of batches already prepared and those streamed (their entries are nil).
func prepareAll(bs []Batch) preparedGroup {
	type job struct{ batch, start, end int }
	var jobs []job
	out := make([][]prepared, len(bs))
	for i, b := range bs {
		if b.prepared != nil && len(b.prepared) == len(b.Refs) {
			out[i] = b.prepared
			continue
		}
		if streamed(b) {
			continue // prepared while it is written
		}
		out[i] = make([]prepared, len(b.Refs))
		for s := 0; s < len(b.Refs); s += prepareChunk {
			jobs = append(jobs, job{i, s, min(s+prepareChunk, len(b.Refs))})
		}
	}
	errs := make([]error, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for j := int(next.Add(1) - 1); j < len(jobs); j = int(next.Add(1) - 1) {
				jb := jobs[j]
				for k := jb.start; k < jb.end && errs[j] == nil; k++ {
					out[jb.batch][k], errs[j] = prepare(bs[jb.batch].Refs[k], bs[jb.batch].Records)
					if errs[j] != nil {
						errs[j] = fmt.Errorf("import %s: %w", bs[jb.batch].Path, errs[j])
					}
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return preparedGroup{err: err}
		}
	}
	return preparedGroup{entries: out}
}

// prepare prepares one entry.
func prepare(ref bib.Ref, record bool) (prepared, error) {
	j, err := entryJSONOf(ref, record)
	if err != nil {
		return prepared{}, err
	}
	if ref.IbidOf > 0 && ref.IbidOf < ref.N {
		return prepared{entryJSON: j}, nil
	}
	p, err := newPlacing(ref.Item, j.item)
	return prepared{placing: p, ready: true, entryJSON: j}, err
}

func ensureCollection(t *txw, name string) (int64, error) {
	if _, err := t.exec(`INSERT OR IGNORE INTO collections(name) VALUES (?)`, name); err != nil {
		return 0, fmt.Errorf("add collection %s: %w", name, err)
	}
	var id int64
	err := t.queryRow(`SELECT id FROM collections WHERE name = ?`, name).Scan(&id)
	return id, err
}
