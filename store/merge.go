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

// Merge folds works into the first one: their entries and collections move
// to it and it gains the fields it lacked. Everything unmerge needs to put
// them back is recorded.
func (s *Store) Merge(ctx context.Context, keys []string, now time.Time) (Work, error) {
	if len(keys) < 2 {
		return Work{}, errors.New("merge needs two works or more")
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		ids := make([]int64, len(keys))
		items := make([]bib.Item, len(keys))
		seen := map[int64]bool{}
		for i, k := range keys {
			id, it, err := workByKey(ctx, tx, k)
			if err != nil {
				return err
			}
			if seen[id] {
				return fmt.Errorf("%s is named twice", k)
			}
			seen[id] = true
			ids[i], items[i] = id, it
		}
		into, intoItem := ids[0], items[0]
		intoBefore, err := json.Marshal(intoItem)
		if err != nil {
			return err
		}
		intoKeys, err := column[int64](ctx, tx, `SELECT hash FROM work_hashes WHERE work_id = ?`, into)
		if err != nil {
			return err
		}
		var op int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(op), 0) + 1 FROM merges`).Scan(&op); err != nil {
			return err
		}
		merged := intoItem
		for i := 1; i < len(ids); i++ {
			if err := absorb(ctx, tx, op, into, string(intoBefore), intoKeys, ids[i], keys[i], items[i], now); err != nil {
				return fmt.Errorf("merge %s into %s: %w", keys[i], keys[0], err)
			}
			merged = bib.MergeItems(merged, items[i])
		}
		t := newTxw(ctx, tx)
		defer t.close()
		if err := writeWork(t, into, merged); err != nil {
			return err
		}
		return t.addKeys(into, keyHashes(bib.WorkKeys(merged)))
	})
	if err != nil {
		return Work{}, err
	}
	return s.Work(ctx, keys[0])
}

// absorb records one absorbed work and moves its entries and collections
// to the target, then deletes it.
func absorb(ctx context.Context, tx *sql.Tx, op, into int64, intoItem string, intoKeys []int64, from int64, fromKey string, fromItem bib.Item, now time.Time) error {
	fromKeys, err := column[int64](ctx, tx, `SELECT hash FROM work_hashes WHERE work_id = ?`, from)
	if err != nil {
		return err
	}
	entries, err := column[int64](ctx, tx, `SELECT id FROM entries WHERE work_id = ?`, from)
	if err != nil {
		return err
	}
	colls, err := column[int64](ctx, tx, `SELECT collection_id FROM collection_works WHERE work_id = ?`, from)
	if err != nil {
		return err
	}
	item, _ := json.Marshal(fromItem)
	if _, err := tx.ExecContext(ctx, `INSERT INTO merges(op, into_id, into_item, into_keys, from_id, from_key, from_item, from_keys, entries, collections, merged_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, op, into, intoItem, jsonText(intoKeys), from, fromKey, string(item),
		jsonText(fromKeys), jsonText(entries), jsonText(colls), now.UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	for _, q := range []string{
		`UPDATE entries SET work_id = ? WHERE work_id = ?`,
		`INSERT OR IGNORE INTO collection_works(collection_id, work_id) SELECT collection_id, ? FROM collection_works WHERE work_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, into, from); err != nil {
			return err
		}
	}
	return deleteWork(ctx, tx, from)
}

// Unmerge undoes the last merge into the work with this key: the absorbed
// works come back with their keys, fields, entries and collections, and the
// work is as it was before. It returns the keys restored.
func (s *Store) Unmerge(ctx context.Context, key string) ([]string, error) {
	var restored []string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		into, _, err := workByKey(ctx, tx, key)
		if err != nil {
			return err
		}
		var op int64
		err = tx.QueryRowContext(ctx, `SELECT max(op) FROM merges WHERE into_id = ?`, into).Scan(&op)
		if err != nil || op == 0 {
			return fmt.Errorf("%s: no merge to undo", key)
		}
		rows, err := tx.QueryContext(ctx, `SELECT into_item, into_keys, from_id, from_key, from_item, from_keys, entries, collections
			FROM merges WHERE op = ? ORDER BY id`, op)
		if err != nil {
			return err
		}
		type back struct{ intoItem, intoKeys, fromKey, fromItem, fromKeys, entries, colls string }
		var backs []back
		var fromIDs []int64
		for rows.Next() {
			var b back
			var id int64
			if err := rows.Scan(&b.intoItem, &b.intoKeys, &id, &b.fromKey, &b.fromItem, &b.fromKeys, &b.entries, &b.colls); err != nil {
				rows.Close()
				return err
			}
			backs, fromIDs = append(backs, b), append(fromIDs, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i, b := range backs {
			if err := restoreWork(ctx, tx, fromIDs[i], b.fromKey, b.fromItem, b.fromKeys, b.entries, b.colls); err != nil {
				return fmt.Errorf("restore %s: %w", b.fromKey, err)
			}
			restored = append(restored, b.fromKey)
		}
		var item bib.Item
		if err := json.Unmarshal([]byte(backs[0].intoItem), &item); err != nil {
			return err
		}
		t := newTxw(ctx, tx)
		defer t.close()
		if err := writeWork(t, into, item); err != nil {
			return err
		}
		keys, err := keyHashesOf(backs[0].intoKeys)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM work_hashes WHERE work_id = ?`, into); err != nil {
			return err
		}
		if err := t.addKeys(into, keys); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM merges WHERE op = ?`, op)
		return err
	})
	return restored, err
}

// restoreWork puts an absorbed work back under its old id and key.
func restoreWork(ctx context.Context, tx *sql.Tx, id int64, key, itemJSON, keysJSON, entriesJSON, collsJSON string) error {
	var item bib.Item
	var entries, colls []int64
	for _, p := range []struct {
		src string
		dst any
	}{{itemJSON, &item}, {entriesJSON, &entries}, {collsJSON, &colls}} {
		if err := json.Unmarshal([]byte(p.src), p.dst); err != nil {
			return err
		}
	}
	keys, err := keyHashesOf(keysJSON)
	if err != nil {
		return err
	}
	t := newTxw(ctx, tx)
	defer t.close()
	if _, err := insertWork(t, id, key, item); err != nil {
		return err
	}
	if err := t.addKeys(id, keys); err != nil {
		return err
	}
	for _, e := range entries {
		if _, err := tx.ExecContext(ctx, `UPDATE entries SET work_id = ? WHERE id = ?`, id, e); err != nil {
			return err
		}
	}
	for _, c := range colls {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO collection_works(collection_id, work_id) VALUES (?, ?)`, c, id); err != nil {
			return err
		}
	}
	return nil
}

// keyHashesOf reads the keys a merge recorded of a work: the hashes it
// was filed under, or the keys' text, which an ibid before migration 4
// recorded.
func keyHashesOf(j string) ([]int64, error) {
	var vals []json.RawMessage
	if err := json.Unmarshal([]byte(j), &vals); err != nil {
		return nil, err
	}
	hs := make([]int64, len(vals))
	for i, v := range vals {
		var key string
		if json.Unmarshal(v, &key) == nil {
			hs[i] = keyHash(key)
		} else if err := json.Unmarshal(v, &hs[i]); err != nil {
			return nil, fmt.Errorf("work key %s: %w", v, err)
		}
	}
	return hs, nil
}

// deleteWork removes a work no entry cites any more, with its keys,
// collection rows and full-text row.
func deleteWork(ctx context.Context, tx *sql.Tx, id int64) error {
	for _, q := range []string{`DELETE FROM works_fts WHERE rowid = ?`, `DELETE FROM work_hashes WHERE work_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM works WHERE id = ?`, id)
	return err
}

func workByKey(ctx context.Context, tx *sql.Tx, key string) (int64, bib.Item, error) {
	var id int64
	var j string
	err := tx.QueryRowContext(ctx, `SELECT id, item FROM works WHERE key = ?`, key).Scan(&id, &j)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, bib.Item{}, fmt.Errorf("%w with key %q", ErrNotFound, key)
	}
	if err != nil {
		return 0, bib.Item{}, err
	}
	var it bib.Item
	if err := json.Unmarshal([]byte(j), &it); err != nil {
		return 0, bib.Item{}, fmt.Errorf("work %s: %w", key, err)
	}
	return id, it, nil
}

// column reads a one-column query.
func column[T any](ctx context.Context, tx *sql.Tx, q string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func jsonText(v any) string {
	b, _ := json.Marshal(v) // slices of strings and numbers always marshal
	return string(b)
}
