package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// txw runs the statements of one transaction, preparing each query once:
// an import runs a handful of queries many thousand times.
type txw struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// With batch set, entries, repairs and full-text rows are gathered and
	// written many rows to a statement (flushRows); the transaction's owner
	// flushes before it commits.
	batch                 bool
	entries, repairs, fts rowBatch
	nextEntry             int64 // the id the next entry gets; 0 until read
}

// rowBatch gathers the rows of one multi-row INSERT.
type rowBatch struct {
	head string // "INSERT INTO t(a, b) VALUES "
	cols int
	args []any
}

// batchRows is how many rows one INSERT writes at most.
const batchRows = 100

func newTxw(ctx context.Context, tx *sql.Tx) *txw {
	return &txw{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{},
		entries: rowBatch{head: `INSERT INTO entries(id, source_id, list, n, label, line, raw, item, work_id, locator, ibid_of, as_cited_in, warnings) VALUES `, cols: 13},
		repairs: rowBatch{head: `INSERT INTO repairs(entry_id, field, before, after, rule) VALUES `, cols: 5},
		fts:     rowBatch{head: `INSERT INTO works_fts(rowid, title, authors, container) VALUES `, cols: 4}}
}

// addRow writes a row, or with batch set gathers it; a full batch writes
// every batch, in the order foreign keys need (entries before repairs).
func (t *txw) addRow(b *rowBatch, vals ...any) error {
	if !t.batch {
		_, err := t.exec(b.head+rowPlaceholders(b.cols, 1), vals...)
		return err
	}
	b.args = append(b.args, vals...)
	if len(b.args) >= batchRows*b.cols {
		return t.flushRows()
	}
	return nil
}

// flushRows writes every gathered row.
func (t *txw) flushRows() error {
	for _, b := range []*rowBatch{&t.fts, &t.entries, &t.repairs} {
		for len(b.args) > 0 {
			n := min(len(b.args)/b.cols, batchRows)
			if _, err := t.exec(b.head+rowPlaceholders(b.cols, n), b.args[:n*b.cols]...); err != nil {
				return err
			}
			b.args = b.args[n*b.cols:]
		}
	}
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
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
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
// transaction. A new work is written whole when added; a work that gains
// fields from a later entry is written back once, at flush.
type workWriter struct {
	*txw
	items map[int64]bib.Item // every work read or written in this transaction
	dirty map[int64]bool     // works changed since they were written
}

func newWorkWriter(ctx context.Context, tx *sql.Tx) *workWriter {
	t := newTxw(ctx, tx)
	t.batch = true
	return &workWriter{txw: t, items: map[int64]bib.Item{}, dirty: map[int64]bool{}}
}

// place returns the work an item cites: an existing work sharing one of
// its bib.WorkKeys with no bib.Conflict (merged reports that), else a new
// work.
func (w *workWriter) place(it bib.Item) (id int64, merged bool, err error) {
	// A record read from a bibliography brings its own key: a new work keeps
	// it, and neither the key nor the record's id is part of the work.
	base := bib.CiteKey(it)
	if keyRe.MatchString(it.CitationKey) {
		base = it.CitationKey
	} else if keyRe.MatchString(it.ID) && it.ID != "" {
		base = it.ID
	}
	it.ID, it.CitationKey = "", ""
	keys := bib.WorkKeys(it)
	ids, err := w.workIDs(bib.MatchKeys(keys))
	if err != nil {
		return 0, false, err
	}
	for _, cand := range ids {
		old, err := w.item(cand)
		if err != nil {
			return 0, false, err
		}
		if bib.Conflict(old, it) {
			continue
		}
		merged := bib.MergeItems(old, it)
		w.items[cand], w.dirty[cand] = merged, true
		if err := w.addKeys(cand, bib.WorkKeys(merged)); err != nil {
			return 0, false, err
		}
		return cand, true, nil
	}
	key, err := w.uniqueKey(base)
	if err != nil {
		return 0, false, err
	}
	if id, err = insertWork(w.txw, 0, key, it); err != nil {
		return 0, false, err
	}
	w.items[id] = it
	return id, false, w.addKeys(id, keys)
}

// workIDs are the works filed under any of keys, oldest first.
func (w *workWriter) workIDs(keys []string) ([]int64, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := w.query(`SELECT DISTINCT work_id FROM work_keys WHERE key IN (?`+strings.Repeat(", ?", len(keys)-1)+`) ORDER BY work_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("find work: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
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
	w.items[id] = it
	return it, nil
}

func (t *txw) addKeys(id int64, keys []string) error {
	for _, k := range keys {
		if _, err := t.exec(`INSERT OR IGNORE INTO work_keys(key, work_id) VALUES (?, ?)`, k, id); err != nil {
			return fmt.Errorf("add work key: %w", err)
		}
	}
	return nil
}

// uniqueKey returns base, or base with a, b, … appended, whichever no work
// has yet. Keys once given are never changed by an import.
func (w *workWriter) uniqueKey(base string) (string, error) {
	for i := 0; ; i++ {
		k := base
		if i > 0 {
			k = base + suffix(i)
		}
		var n int
		if err := w.queryRow(`SELECT count(*) FROM works WHERE key = ?`, k).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
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

// flush writes back every work changed since it was written, and every
// gathered row.
func (w *workWriter) flush() error {
	for id := range w.dirty {
		if err := writeWork(w.txw, id, w.items[id]); err != nil {
			return err
		}
	}
	clear(w.dirty)
	return w.flushRows()
}

// workColumns are the stored item and the columns lookups use.
func workColumns(it bib.Item) ([]any, error) {
	j, err := json.Marshal(it)
	if err != nil {
		return nil, err
	}
	author := ""
	if len(it.Author) > 0 {
		author = bib.FoldKey(it.Author[0].Family + it.Author[0].Literal)
	}
	return []any{string(j), it.Type, bib.FoldKey(it.Title), author, it.Issued.Year(), strings.ToLower(it.DOI), bib.NormalizeURL(it.URL)}, nil
}

// insertWork adds a work under a citation key, with its full-text row; id
// 0 lets SQLite choose the id (unmerge gives back the old one).
func insertWork(t *txw, id int64, key string, it bib.Item) (int64, error) {
	cols, err := workColumns(it)
	if err != nil {
		return 0, err
	}
	var rowid any
	if id != 0 {
		rowid = id
	}
	res, err := t.exec(`INSERT INTO works(id, key, item, type, title_fold, author_fold, year, doi, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append([]any{rowid, key}, cols...)...)
	if err != nil {
		return 0, fmt.Errorf("add work %s: %w", key, err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	return id, indexWork(t, id, it)
}

// writeWork stores a changed item as work id, with its columns and its
// full-text row.
func writeWork(t *txw, id int64, it bib.Item) error {
	cols, err := workColumns(it)
	if err != nil {
		return err
	}
	if err := t.flushRows(); err != nil { // the full-text row to replace may be gathered still
		return err
	}
	if _, err := t.exec(`UPDATE works SET item = ?, type = ?, title_fold = ?, author_fold = ?, year = ?, doi = ?, url = ? WHERE id = ?`,
		append(cols, id)...); err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	if _, err := t.exec(`DELETE FROM works_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return indexWork(t, id, it)
}

func indexWork(t *txw, id int64, it bib.Item) error {
	title, authors, container := ftsColumns(it)
	if err := t.addRow(&t.fts, id, title, authors, container); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return nil
}

// ErrNotFound is returned for a key no work has.
var ErrNotFound = errors.New("no such work")
