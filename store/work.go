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

// workWriter finds or adds the work an item cites inside one import
// transaction. Works touched by the import are kept in memory and written
// back once, with their keys and full-text rows, at flush.
type workWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	dirty map[int64]bib.Item
	keys  map[string]bool // citation keys taken, beyond those in the table
}

func newWorkWriter(ctx context.Context, tx *sql.Tx) *workWriter {
	return &workWriter{ctx: ctx, tx: tx, dirty: map[int64]bib.Item{}, keys: map[string]bool{}}
}

// place returns the work an item cites: an existing work sharing one of
// its bib.WorkKeys with no bib.Conflict (merged reports that), else a new
// work.
func (w *workWriter) place(it bib.Item) (id int64, merged bool, err error) {
	keys := bib.WorkKeys(it)
	for _, k := range keys {
		ids, err := w.workIDs(k)
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
			w.dirty[cand] = merged
			if err := w.addKeys(cand, bib.WorkKeys(merged)); err != nil {
				return 0, false, err
			}
			return cand, true, nil
		}
	}
	key, err := w.uniqueKey(bib.CiteKey(it))
	if err != nil {
		return 0, false, err
	}
	j, err := json.Marshal(it)
	if err != nil {
		return 0, false, err
	}
	res, err := w.tx.ExecContext(w.ctx, `INSERT INTO works(key, item) VALUES (?, ?)`, key, string(j))
	if err != nil {
		return 0, false, fmt.Errorf("add work: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	w.dirty[id] = it
	return id, false, w.addKeys(id, keys)
}

func (w *workWriter) workIDs(key string) ([]int64, error) {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT work_id FROM work_keys WHERE key = ? ORDER BY work_id`, key)
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
	if it, ok := w.dirty[id]; ok {
		return it, nil
	}
	var j string
	if err := w.tx.QueryRowContext(w.ctx, `SELECT item FROM works WHERE id = ?`, id).Scan(&j); err != nil {
		return bib.Item{}, fmt.Errorf("read work %d: %w", id, err)
	}
	var it bib.Item
	if err := json.Unmarshal([]byte(j), &it); err != nil {
		return bib.Item{}, fmt.Errorf("read work %d: %w", id, err)
	}
	return it, nil
}

func (w *workWriter) addKeys(id int64, keys []string) error {
	for _, k := range keys {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT OR IGNORE INTO work_keys(key, work_id) VALUES (?, ?)`, k, id); err != nil {
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
		if w.keys[k] {
			continue
		}
		var n int
		if err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM works WHERE key = ?`, k).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			w.keys[k] = true
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

// flush writes every touched work back with its folded columns and its
// full-text row.
func (w *workWriter) flush() error {
	for id, it := range w.dirty {
		if err := writeWork(w.ctx, w.tx, id, it); err != nil {
			return err
		}
	}
	return nil
}

// writeWork stores an item as work id, with the columns lookups use and
// its full-text row.
func writeWork(ctx context.Context, tx *sql.Tx, id int64, it bib.Item) error {
	j, err := json.Marshal(it)
	if err != nil {
		return err
	}
	author := ""
	if len(it.Author) > 0 {
		author = bib.FoldKey(it.Author[0].Family + it.Author[0].Literal)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE works SET item = ?, type = ?, title_fold = ?, author_fold = ?, year = ?, doi = ?, url = ? WHERE id = ?`,
		string(j), it.Type, bib.FoldKey(it.Title), author, it.Issued.Year(), strings.ToLower(it.DOI), bib.NormalizeURL(it.URL), id); err != nil {
		return fmt.Errorf("write work %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM works_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	title, authors, container := ftsColumns(it)
	if _, err := tx.ExecContext(ctx, `INSERT INTO works_fts(rowid, title, authors, container) VALUES (?, ?, ?, ?)`, id, title, authors, container); err != nil {
		return fmt.Errorf("index work %d: %w", id, err)
	}
	return nil
}

// ErrNotFound is returned for a key no work has.
var ErrNotFound = errors.New("no such work")
