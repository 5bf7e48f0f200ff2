package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
)

// keyRe is what a citation key may be: ASCII letters, digits and the
// punctuation BibTeX and Better BibTeX allow in keys.
var keyRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_:.+/-]*$`)

// RenameKey gives a work a new citation key.
func (s *Store) RenameKey(ctx context.Context, old, new string) error {
	if !keyRe.MatchString(new) {
		return fmt.Errorf("%q is not a citation key: use ASCII letters, digits and _:.+/- starting with a letter", new)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, _, err := workByKey(ctx, tx, old); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM works WHERE key = ?`, new).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("key %q is taken", new)
		}
		_, err := tx.ExecContext(ctx, `UPDATE works SET key = ? WHERE key = ?`, new, old)
		return err
	})
}

// Collection is a named set of works.
type Collection struct {
	Name  string
	Works int
}

// Collections lists the collections by name.
func (s *Store) Collections(ctx context.Context) ([]Collection, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.name, (SELECT count(*) FROM collection_works cw WHERE cw.collection_id = c.id)
		FROM collections c ORDER BY c.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Collection
	for rows.Next() {
		var c Collection
		if err := rows.Scan(&c.Name, &c.Works); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AddToCollection adds works to a collection, creating it if need be.
func (s *Store) AddToCollection(ctx context.Context, name string, keys []string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		t := newTxw(ctx, tx)
		defer t.close()
		coll, err := ensureCollection(t, name)
		if err != nil {
			return err
		}
		for _, k := range keys {
			id, _, err := workByKey(ctx, tx, k)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO collection_works(collection_id, work_id) VALUES (?, ?)`, coll, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// RemoveFromCollection takes works out of a collection; with no keys it
// deletes the collection (the works stay in the library).
func (s *Store) RemoveFromCollection(ctx context.Context, name string, keys []string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var coll int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM collections WHERE name = ?`, name).Scan(&coll)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("no collection named %q", name)
		}
		if err != nil {
			return err
		}
		if len(keys) == 0 {
			_, err := tx.ExecContext(ctx, `DELETE FROM collections WHERE id = ?`, coll)
			return err
		}
		for _, k := range keys {
			id, _, err := workByKey(ctx, tx, k)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM collection_works WHERE collection_id = ? AND work_id = ?`, coll, id); err != nil {
				return err
			}
		}
		return nil
	})
}
