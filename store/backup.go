package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/ibid-project/ibid/bib"
)

// BackupVersion is the version of the backup format Dump writes.
const BackupVersion = 1

// Backup is the whole library as data: every work (as CSL-JSON, keyed by
// its citation key), every source with its entries verbatim, their pages,
// Ibid. links, warnings and repairs, and the collections. Restore puts it
// back into a library; internal ids are not part of it.
type Backup struct {
	Version     int                 `json:"ibid-backup"`
	Items       []bib.Item          `json:"items"`
	Collections map[string][]string `json:"collections"`
	Sources     []BackupSource      `json:"sources"`
}

// BackupSource is an imported file and its entries.
type BackupSource struct {
	Path       string        `json:"path"`
	SHA256     string        `json:"sha256"`
	Format     string        `json:"format"`
	ImportedAt string        `json:"imported_at"`
	Article    *bib.Item     `json:"article,omitempty"`
	Entries    []BackupEntry `json:"entries"`
}

// BackupEntry is one printed entry: Item is what the entry itself said,
// Work the key of the work it cites.
type BackupEntry struct {
	List      int          `json:"list"`
	N         int          `json:"n"`
	Label     string       `json:"label,omitempty"`
	Line      int          `json:"line,omitempty"`
	Raw       string       `json:"raw"`
	Item      bib.Item     `json:"item"`
	Work      string       `json:"work"`
	Locator   string       `json:"locator,omitempty"`
	IbidOf    int          `json:"ibid_of,omitempty"`
	AsCitedIn bool         `json:"as_cited_in,omitempty"`
	Warnings  []string     `json:"warnings,omitempty"`
	Repairs   []bib.Repair `json:"repairs,omitempty"`
}

// Dump reads the whole library into a Backup.
func (s *Store) Dump(ctx context.Context) (Backup, error) {
	b := Backup{Version: BackupVersion, Items: []bib.Item{}, Collections: map[string][]string{}, Sources: []BackupSource{}}
	works, err := s.Works(ctx, Filter{})
	if err != nil {
		return b, err
	}
	for _, w := range works {
		it := w.Item
		it.ID, it.CitationKey = w.Key, w.Key
		b.Items = append(b.Items, it)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.name, w.key FROM collection_works cw JOIN collections c ON c.id = cw.collection_id
		JOIN works w ON w.id = cw.work_id ORDER BY c.name, w.key`)
	if err != nil {
		return b, err
	}
	for rows.Next() {
		var name, key string
		if err := rows.Scan(&name, &key); err != nil {
			rows.Close()
			return b, err
		}
		b.Collections[name] = append(b.Collections[name], key)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return b, err
	}
	srcs, err := s.Sources(ctx)
	if err != nil {
		return b, err
	}
	bySource := map[int64]int{}
	for _, src := range srcs {
		bySource[src.ID] = len(b.Sources)
		b.Sources = append(b.Sources, BackupSource{Path: src.Path, SHA256: src.SHA256, Format: src.Format,
			ImportedAt: src.ImportedAt, Article: src.Article, Entries: []BackupEntry{}})
	}
	erows, err := s.db.QueryContext(ctx, `SELECT e.id, e.source_id, e.list, e.n, e.label, e.line, e.raw, e.item, coalesce(w.key, ''),
		e.locator, e.ibid_of, e.as_cited_in, e.warnings FROM entries e LEFT JOIN works w ON w.id = e.work_id
		ORDER BY e.source_id, e.list, e.n`)
	if err != nil {
		return b, err
	}
	type at struct{ src, entry int }
	byEntry := map[int64]at{}
	for erows.Next() {
		var e BackupEntry
		var id, src int64
		var item, warnings string
		if err := erows.Scan(&id, &src, &e.List, &e.N, &e.Label, &e.Line, &e.Raw, &item, &e.Work, &e.Locator, &e.IbidOf, &e.AsCitedIn, &warnings); err != nil {
			erows.Close()
			return b, err
		}
		if err := json.Unmarshal([]byte(item), &e.Item); err != nil {
			erows.Close()
			return b, fmt.Errorf("entry %d: %w", id, err)
		}
		if err := json.Unmarshal([]byte(warnings), &e.Warnings); err != nil {
			erows.Close()
			return b, fmt.Errorf("entry %d: %w", id, err)
		}
		i := bySource[src]
		byEntry[id] = at{i, len(b.Sources[i].Entries)}
		b.Sources[i].Entries = append(b.Sources[i].Entries, e)
	}
	erows.Close()
	if err := erows.Err(); err != nil {
		return b, err
	}
	rrows, err := s.db.QueryContext(ctx, `SELECT entry_id, field, before, after, rule FROM repairs ORDER BY id`)
	if err != nil {
		return b, err
	}
	defer rrows.Close()
	for rrows.Next() {
		var id int64
		var r bib.Repair
		if err := rrows.Scan(&id, &r.Field, &r.Before, &r.After, &r.Rule); err != nil {
			return b, err
		}
		a := byEntry[id]
		e := &b.Sources[a.src].Entries[a.entry]
		e.Repairs = append(e.Repairs, r)
	}
	return b, rrows.Err()
}

// Restore loads a Backup into the library in one transaction. Works keep
// their keys; a source already in the library (same SHA-256) is left as it
// is, and a work whose key is taken by an equal work is shared. A key
// taken by a different work is an error, and nothing is written.
func (s *Store) Restore(ctx context.Context, b Backup) (Result, error) {
	if b.Version < 1 || b.Version > BackupVersion {
		return Result{}, fmt.Errorf("backup format %d: this ibid reads 1 to %d", b.Version, BackupVersion)
	}
	r := Result{RepairsByRule: map[string]int{}}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		w := newWorkWriter(ctx, tx, nil)
		defer w.close()
		ids := map[string]int64{}
		for _, it := range b.Items {
			key := it.CitationKey
			if key == "" {
				key = it.ID
			}
			if key == "" {
				return fmt.Errorf("a work with no key: %q", it.Title)
			}
			it.ID, it.CitationKey = "", ""
			var id int64
			var old string
			err := w.queryRow(`SELECT id, item FROM works WHERE key = ?`, key).Scan(&id, &old)
			switch {
			case err == nil:
				j, _ := json.Marshal(it)
				if string(j) != old {
					return fmt.Errorf("key %s is taken by another work in this library", key)
				}
			case err == sql.ErrNoRows:
				if id, err = insertWork(w.txw, 0, key, it); err != nil {
					return err
				}
				if err := w.addKeys(id, keyHashes(bib.WorkKeys(it))); err != nil {
					return err
				}
				r.WorksAdded++
			default:
				return err
			}
			ids[key] = id
		}
		for _, src := range b.Sources {
			var n int
			if err := w.queryRow(`SELECT count(*) FROM sources WHERE sha256 = ?`, src.SHA256).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				continue
			}
			if err := restoreSource(w.txw, src, ids, &r); err != nil {
				return fmt.Errorf("source %s: %w", src.Path, err)
			}
		}
		for name, keys := range b.Collections {
			coll, err := ensureCollection(w.txw, name)
			if err != nil {
				return err
			}
			for _, k := range keys {
				id, ok := ids[k]
				if !ok {
					return fmt.Errorf("collection %s names %s, which the backup lacks", name, k)
				}
				if _, err := w.exec(`INSERT OR IGNORE INTO collection_works(collection_id, work_id) VALUES (?, ?)`, coll, id); err != nil {
					return err
				}
			}
		}
		return w.flush()
	})
	return r, err
}

func restoreSource(t *txw, src BackupSource, ids map[string]int64, r *Result) error {
	var article any
	if src.Article != nil {
		j, err := json.Marshal(src.Article)
		if err != nil {
			return err
		}
		article = string(j)
	}
	res, err := t.exec(`INSERT INTO sources(path, sha256, format, imported_at, article) VALUES (?, ?, ?, ?, ?)`,
		src.Path, src.SHA256, src.Format, src.ImportedAt, article)
	if err != nil {
		return err
	}
	sid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, e := range src.Entries {
		work, ok := ids[e.Work]
		if !ok {
			return fmt.Errorf("entry %d cites %s, which the backup lacks", e.N, e.Work)
		}
		ref := bib.Ref{N: e.N, Label: e.Label, Line: e.Line, Raw: e.Raw, Item: e.Item, Locator: e.Locator,
			IbidOf: e.IbidOf, AsCitedIn: e.AsCitedIn, Repairs: e.Repairs, Warnings: e.Warnings}
		j, err := entryJSONOf(ref, false)
		if err != nil {
			return err
		}
		if err := insertEntry(t, sid, e.List, ref, work, j); err != nil {
			return err
		}
		r.Entries++
		r.Repairs += len(e.Repairs)
		if e.IbidOf > 0 {
			r.Ibid++
		}
	}
	return nil
}
