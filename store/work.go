package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// txw runs the statements of one transaction, preparing each query once:
// an import runs a handful of queries many thousand times.
type txw struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// cache, when set, holds statements prepared for the library's
	// connection, which the transaction uses instead of preparing its own.
	cache *stmtCache
	// With batch set, rows are gathered and written many rows to a
	// statement (flushRows); the transaction's owner flushes before it
	// commits. Rows are written in the order of the fields, parents
	// before the rows that cite them, so foreign keys hold at each insert.
	batch                             bool
	works, keys, entries, repairs, cw rowBatch
	// index gathers, with batch set, full-text rows (id, title, authors,
	// container) until flushIndex.
	index [][4]any
	// beforeFlush, when set, gathers rows kept back until they must be
	// written: the works an import adds, written once with all their fields.
	beforeFlush func() error
	nextEntry   int64 // the id the next entry gets; 0 until read
}

// rowBatch gathers the rows of one multi-row INSERT.
type rowBatch struct {
	head string // "INSERT INTO t(a, b) VALUES "
	cols int
	args []any
}

// batchRows is how many rows one INSERT writes at most; flushAt is how
// many rows of one table are gathered before every gathered row is
// written. Each statement copies the pages it changes to the statement
// journal first: fewer, larger statements copy fewer pages (200 rows a
// statement copied about twice as many). Fewer rows than batchRows are
// written a power of two at a time, so that an import prepares a dozen
// statements a table, not one for each count of rows left over.
const (
	batchRows = 1000
	flushAt   = 2000
)

func newTxw(ctx context.Context, tx *sql.Tx) *txw {
	return &txw{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{},
		works:   rowBatch{head: `INSERT INTO works(id, key, item, type, year) VALUES `, cols: 5},
		keys:    rowBatch{head: `INSERT OR IGNORE INTO work_hashes(hash, work_id) VALUES `, cols: 2},
		entries: rowBatch{head: `INSERT INTO entries(id, source_id, list, n, label, line, raw, item, work_id, locator, ibid_of, as_cited_in, warnings) VALUES `, cols: 13},
		repairs: rowBatch{head: `INSERT INTO repairs(entry_id, field, before, after, rule) VALUES `, cols: 5},
		cw:      rowBatch{head: `INSERT OR IGNORE INTO collection_works(collection_id, work_id) VALUES `, cols: 2}}
}

// addRow writes a row, or with batch set gathers it; when one table has
// flushAt rows gathered, every gathered row is written.
func (t *txw) addRow(b *rowBatch, vals ...any) error {
	if !t.batch {
		_, err := t.exec(b.head+rowPlaceholders(b.cols, 1), vals...)
		return err
	}
	b.args = append(b.args, vals...)
	if len(b.args) >= flushAt*b.cols {
		return t.flushRows()
	}
	return nil
}

// flushRows writes every gathered row, parents first.
func (t *txw) flushRows() error {
	if t.beforeFlush != nil {
		if err := t.beforeFlush(); err != nil {
			return err
		}
	}
	for _, b := range []*rowBatch{&t.works, &t.keys, &t.entries, &t.repairs, &t.cw} {
		for rows := b.args; len(rows) > 0; {
			n := min(len(rows)/b.cols, batchRows)
			if n < batchRows {
				n = 1 << (bits.Len(uint(n)) - 1)
			}
			if _, err := t.exec(b.head+rowPlaceholders(b.cols, n), rows[:n*b.cols]...); err != nil {
				return err
			}
			rows = rows[n*b.cols:]
		}
		// The written rows' values are garbage now; the room they took is
		// kept for the next rows, not grown again from nothing.
		clear(b.args)
		b.args = b.args[:0]
	}
	return nil
}

// addIndexRow writes a work's full-text row, or with batch set gathers it
// until flushIndex. Each statement that writes to the full-text index
// after another makes a segment of the index that must later be merged
// with the others: an import writes the rows of a transaction with one
// statement.
func (t *txw) addIndexRow(id int64, cols [3]string) error {
	if t.batch {
		t.index = append(t.index, [4]any{id, cols[0], cols[1], cols[2]})
		return nil
	}
	if _, err := t.exec(`INSERT INTO works_fts(rowid, title, authors, container) VALUES (?, ?, ?, ?)`, id, cols[0], cols[1], cols[2]); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return nil
}

// flushIndex writes the gathered full-text rows with one statement.
func (t *txw) flushIndex() error {
	if len(t.index) == 0 {
		return nil
	}
	j, err := json.Marshal(t.index)
	if err != nil {
		return fmt.Errorf("index works: %w", err)
	}
	// jsonb_each parses the rows once; each row's value is then binary
	// JSON, whose members ->> reads without parsing the row's text again
	// (json_each would give it as text, parsed once for each column).
	if _, err := t.exec(`INSERT INTO works_fts(rowid, title, authors, container)
		SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM jsonb_each(?)`, string(j)); err != nil {
		return fmt.Errorf("index works: %w", err)
	}
	t.index = nil
	return nil
}

func rowPlaceholders(cols, rows int) string {
	row := "(?" + strings.Repeat(", ?", cols-1) + ")"
	return row + strings.Repeat(", "+row, rows-1)
}

// entryID is the id the next entry gets. The transaction holds the write
// lock from its start, so no other writer takes it meanwhile.
func (t *txw) entryID() (int64, error) {
	if t.nextEntry == 0 {
		if err := t.queryRow(`SELECT coalesce(max(id), 0) + 1 FROM entries`).Scan(&t.nextEntry); err != nil {
			return 0, err
		}
	}
	t.nextEntry++
	return t.nextEntry - 1, nil
}

func (t *txw) stmt(q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if cached := t.cache.get(q); cached != nil {
		st = t.tx.StmtContext(t.ctx, cached)
	} else {
		var err error
		if st, err = t.tx.PrepareContext(t.ctx, q); err != nil {
			return nil, err
		}
	}
	t.stmts[q] = st
	return st, nil
}

func (t *txw) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *txw) query(q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

func (t *txw) queryRow(q string, args ...any) *sql.Row {
	if st, err := t.stmt(q); err == nil {
		return st.QueryRowContext(t.ctx, args...)
	}
	return t.tx.QueryRowContext(t.ctx, q, args...) // reports the prepare error
}

func (t *txw) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// workWriter finds or adds the work an item cites inside one import
// transaction. A new work is written once, with every field later entries
// gave it, when the rows citing it are written; a work of the library that
// gains fields is written back once, at flush. The keys it looks up are
// read from the library once and kept, with those it adds, in memory.
type workWriter struct {
	*txw
	items    map[int64]bib.Item // every work read or added in this transaction
	stored   map[int64]string   // the item JSON the library holds, of those read or written
	dirty    map[int64]bool     // works of the library changed since read
	fresh    []int64            // works added and not yet written, in order
	freshKey map[int64]string   // their citation keys
	freshRow map[int64]workRow  // their rows as prepared, while no entry changed them
	nextWork int64              // the id the next new work gets; 0 until read
	// found holds, for each hash of a match key looked up, the works the
	// library filed under it; added, the works filed under a hash in this
	// transaction.
	found, added map[int64][]int64
	// taken tells, for each citation key looked up or given, whether a
	// work has it.
	taken map[string]bool
}

// newWorkWriter starts a workWriter in tx, using the statements of cache
// (nil for none).
func newWorkWriter(ctx context.Context, tx *sql.Tx, cache *stmtCache) *workWriter {
	t := newTxw(ctx, tx)
	t.batch, t.cache = true, cache
	w := &workWriter{txw: t, items: map[int64]bib.Item{}, stored: map[int64]string{}, dirty: map[int64]bool{},
		freshKey: map[int64]string{}, freshRow: map[int64]workRow{},
		found: map[int64][]int64{}, added: map[int64][]int64{}, taken: map[string]bool{}}
	t.beforeFlush = w.gatherFresh
	return w
}

// placing is an item ready to be placed: without its record's own key,
// with the citation key a new work would take, the hashes of its keys and
// match keys and the row a new work of it would have.
type placing struct {
	item  bib.Item
	base  string
	keys  []int64 // of bib.WorkKeys
	match []int64 // of bib.MatchKeys of those
	row   workRow
}

// newPlacing prepares an item, whose JSON as its entry stores it is
// entryItem. A record read from a bibliography brings its own key: a new
// work keeps it, and neither the key nor the record's id is part of the
// work.
func newPlacing(it bib.Item, entryItem string) (placing, error) {
	var base string
	switch {
	case keyRe.MatchString(it.CitationKey):
		base = it.CitationKey
	case keyRe.MatchString(it.ID):
		base = it.ID
	default:
		base = bib.CiteKey(it)
	}
	row := workRow{item: entryItem}
	if it.ID != "" || it.CitationKey != "" {
		it.ID, it.CitationKey = "", ""
		j, err := json.Marshal(it)
		if err != nil {
			return placing{}, err
		}
		row.item = string(j)
	}
	row.fts = ftsColumns(it)
	keys := bib.WorkKeys(it)
	return placing{item: it, base: base, keys: keyHashes(keys), match: keyHashes(bib.MatchKeys(keys)), row: row}, nil
}

// keyHash is what a work is filed under for a key (bib.WorkKeys): the
// first 8 bytes of the key's SHA-256. Two keys of 3,000,000 share one by
// chance with a probability of about 1 in 4,000,000.
func keyHash(key string) int64 {
	sum := sha256.Sum256([]byte(key))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}

func keyHashes(keys []string) []int64 {
	hs := make([]int64, len(keys))
	for i, k := range keys {
		hs[i] = keyHash(k)
	}
	return hs
}

// workRow is what a work's row and full-text row hold that is worked out
// from its item.
type workRow struct {
	item string // JSON
	fts  [3]string
}

// workRowOf works out an item's row.
func workRowOf(it bib.Item) (workRow, error) {
	j, err := json.Marshal(it)
	if err != nil {
		return workRow{}, err
	}
	return workRow{item: string(j), fts: ftsColumns(it)}, nil
}

// lookup reads, with a few statements, what the entries ps need from the
// library: the works filed under their match keys and whether their
// citation keys are taken.
func (w *workWriter) lookup(ps []prepared) error {
	var match []int64
	var bases []string
	for _, p := range ps {
		if !p.ready {
			continue // an Ibid. entry, placed with the entry it repeats
		}
		for _, k := range p.match {
			if _, ok := w.found[k]; !ok {
				w.found[k] = nil
				match = append(match, k)
			}
		}
		if _, ok := w.taken[p.base]; !ok {
			w.taken[p.base] = false
			bases = append(bases, p.base)
		}
	}
	// In order, the probes of a large library's indexes read each page
	// once.
	slices.Sort(match)
	slices.Sort(bases)
	err := w.eachRow(`SELECT h.hash, h.work_id FROM json_each(?) j CROSS JOIN work_hashes h ON h.hash = j.value`, len(match), match, func(rows *sql.Rows) error {
		var k int64
		var id int64
		if err := rows.Scan(&k, &id); err != nil {
			return err
		}
		w.found[k] = append(w.found[k], id)
		return nil
	})
	if err != nil {
		return fmt.Errorf("find works: %w", err)
	}
	err = w.eachRow(`SELECT w.key FROM json_each(?) j CROSS JOIN works w ON w.key = j.value`, len(bases), bases, func(rows *sql.Rows) error {
		var k string
		if err := rows.Scan(&k); err != nil {
			return err
		}
		w.taken[k] = true
		return nil
	})
	if err != nil {
		return fmt.Errorf("find citation keys: %w", err)
	}
	return nil
}

// eachRow runs query, whose one parameter is a JSON array, for vals (n
// of them, no two the same), calling f for each row. One statement takes
// them all, however many: an import looks up a few hundred keys at a
// time. Each query probes its index once for each value of the array, in
// the array's order (CROSS JOIN keeps json_each outside): "IN (SELECT
// value FROM json_each(?))" first copied the values into a temporary
// index.
func (w *workWriter) eachRow(query string, n int, vals any, f func(*sql.Rows) error) error {
	if n == 0 {
		return nil
	}
	j, err := json.Marshal(vals)
	if err != nil {
		return err
	}
	rows, err := w.query(query, string(j))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// place returns the work an item cites: an existing work sharing one of
// its match keys with no bib.Conflict (merged reports that), else a new
// work. The item's keys must have been looked up.
func (w *workWriter) place(p placing) (id int64, merged bool, err error) {
	it := p.item
	for _, cand := range w.workIDs(p.match) {
		old, err := w.item(cand)
		if err != nil {
			return 0, false, err
		}
		if bib.Conflict(old, it) {
			continue
		}
		merged := bib.MergeItems(old, it)
		w.items[cand] = merged
		delete(w.freshRow, cand)
		if _, fresh := w.freshKey[cand]; !fresh {
			w.dirty[cand] = true
		}
		if err := w.addKeys(cand, keyHashes(bib.WorkKeys(merged))); err != nil {
			return 0, false, err
		}
		return cand, true, nil
	}
	key, err := w.uniqueKey(p.base)
	if err != nil {
		return 0, false, err
	}
	if w.nextWork == 0 {
		if err := w.queryRow(`SELECT coalesce(max(id), 0) + 1 FROM works`).Scan(&w.nextWork); err != nil {
			return 0, false, err
		}
	}
	id, w.nextWork = w.nextWork, w.nextWork+1
	w.items[id], w.freshKey[id], w.freshRow[id] = it, key, p.row
	w.fresh = append(w.fresh, id)
	return id, false, w.addKeys(id, p.keys)
}

// gatherFresh gathers the rows of the works added since the last flush,
// as they are now.
func (w *workWriter) gatherFresh() error {
	fresh := w.fresh
	w.fresh = nil
	for _, id := range fresh {
		key, it := w.freshKey[id], w.items[id]
		row, ok := w.freshRow[id]
		if !ok {
			var err error
			if row, err = workRowOf(it); err != nil {
				return fmt.Errorf("add work %s: %w", key, err)
			}
		}
		delete(w.freshKey, id)
		delete(w.freshRow, id)
		w.stored[id] = row.item
		w.works.args = append(w.works.args, id, key, row.item, it.Type, it.Issued.Year())
		if err := w.addIndexRow(id, row.fts); err != nil {
			return err
		}
	}
	return nil
}

// forget writes every gathered row and drops what the library now holds
// from memory: the keys looked up or added and the works not changed
// since they were written.
func (w *workWriter) forget() error {
	if err := w.flushRows(); err != nil {
		return err
	}
	if err := w.flushIndex(); err != nil {
		return err
	}
	clear(w.found)
	clear(w.added)
	clear(w.taken)
	for id := range w.items {
		if !w.dirty[id] {
			delete(w.items, id)
			delete(w.stored, id)
		}
	}
	return nil
}

// workIDs are the works filed under any of the looked-up keys, oldest
// first.
func (w *workWriter) workIDs(keys []int64) []int64 {
	var ids []int64
	for _, k := range keys {
		ids = append(ids, w.found[k]...)
		ids = append(ids, w.added[k]...)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (w *workWriter) item(id int64) (bib.Item, error) {
	if it, ok := w.items[id]; ok {
		return it, nil
	}
	var j string
	if err := w.queryRow(`SELECT item FROM works WHERE id = ?`, id).Scan(&j); err != nil {
		return bib.Item{}, fmt.Errorf("read work %d: %w", id, err)
	}
	var it bib.Item
	if err := json.Unmarshal([]byte(j), &it); err != nil {
		return bib.Item{}, fmt.Errorf("read work %d: %w", id, err)
	}
	w.items[id], w.stored[id] = it, j
	return it, nil
}

// addKeys files work id under the hashes of keys, in the library and in
// memory.
func (w *workWriter) addKeys(id int64, keys []int64) error {
	for _, k := range keys {
		if slices.Contains(w.added[k], id) || slices.Contains(w.found[k], id) {
			continue
		}
		w.added[k] = append(w.added[k], id)
		if err := w.addRow(&w.keys, k, id); err != nil {
			return fmt.Errorf("add work key: %w", err)
		}
	}
	return nil
}

// addKeys files work id under the hashes of keys.
func (t *txw) addKeys(id int64, keys []int64) error {
	for _, k := range keys {
		if err := t.addRow(&t.keys, k, id); err != nil {
			return fmt.Errorf("add work key: %w", err)
		}
	}
	return nil
}

// uniqueKey returns base, or base with a, b, … appended, whichever no work
// has yet, and marks it taken. Keys once given are never changed by an
// import.
func (w *workWriter) uniqueKey(base string) (string, error) {
	for i := 0; ; i++ {
		k := base
		if i > 0 {
			k = base + suffix(i)
		}
		taken, ok := w.taken[k]
		if !ok {
			var n int
			if err := w.queryRow(`SELECT count(*) FROM works WHERE key = ?`, k).Scan(&n); err != nil {
				return "", err
			}
			taken = n > 0
		}
		w.taken[k] = true
		if !taken {
			return k, nil
		}
	}
}

// suffix is a, b, …, z, aa, ab, … for 1, 2, ….
func suffix(i int) string {
	var b []byte
	for ; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('a' + (i-1)%26)}, b...)
	}
	return string(b)
}

// flush writes every gathered row, then writes back the works of the
// library that entries changed and their full-text rows.
func (w *workWriter) flush() error {
	if err := w.flushRows(); err != nil {
		return err
	}
	// A changed work's full-text row may be gathered still: it is written
	// before writeBack deletes it.
	if err := w.flushIndex(); err != nil {
		return err
	}
	for _, id := range slices.Sorted(maps.Keys(w.dirty)) {
		if err := w.writeBack(id); err != nil {
			return err
		}
	}
	clear(w.dirty)
	return w.flushIndex()
}

// writeBack writes a work of the library that entries changed: nothing
// when they added no field, and its full-text row again only when its
// text changed.
func (w *workWriter) writeBack(id int64) error {
	it := w.items[id]
	row, err := workRowOf(it)
	if err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	if row.item == w.stored[id] {
		return nil
	}
	if _, err := w.exec(`UPDATE works SET item = ?, type = ?, year = ? WHERE id = ?`, row.item, it.Type, it.Issued.Year(), id); err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	var old bib.Item
	if err := json.Unmarshal([]byte(w.stored[id]), &old); err != nil {
		return fmt.Errorf("read work %d: %w", id, err)
	}
	w.stored[id] = row.item
	if ftsColumns(old) == row.fts {
		return nil
	}
	if _, err := w.exec(`DELETE FROM works_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return w.addIndexRow(id, row.fts)
}

// insertWork adds a work under a citation key, with its full-text row; id
// 0 lets SQLite choose the id (unmerge gives back the old one).
func insertWork(t *txw, id int64, key string, it bib.Item) (int64, error) {
	row, err := workRowOf(it)
	if err != nil {
		return 0, fmt.Errorf("add work %s: %w", key, err)
	}
	var rowid any
	if id != 0 {
		rowid = id
	}
	res, err := t.exec(`INSERT INTO works(id, key, item, type, year) VALUES (?, ?, ?, ?, ?)`, rowid, key, row.item, it.Type, it.Issued.Year())
	if err != nil {
		return 0, fmt.Errorf("add work %s: %w", key, err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	return id, t.addIndexRow(id, row.fts)
}

// writeWork stores a changed item as work id, with its columns and its
// full-text row.
func writeWork(t *txw, id int64, it bib.Item) error {
	row, err := workRowOf(it)
	if err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	if _, err := t.exec(`UPDATE works SET item = ?, type = ?, year = ? WHERE id = ?`, row.item, it.Type, it.Issued.Year(), id); err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	if _, err := t.exec(`DELETE FROM works_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return t.addIndexRow(id, row.fts)
}

// ErrNotFound is returned for a key no work has.
var ErrNotFound = errors.New("no such work")
