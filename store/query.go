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

// Work is a work of the library with every entry citing it.
type Work struct {
	ID        int64
	Key       string
	Item      bib.Item
	Citations []Citation
}

// Citation is one entry citing a work: where it was printed, its raw text
// and the page it cites.
type Citation struct {
	SourceID   int64
	SourcePath string
	List       int
	N          int
	Label      string
	Line       int
	Raw        string
	Locator    string
	IbidOf     int
	AsCitedIn  bool
	Repairs    []bib.Repair
	Warnings   []string
	// Item is what this entry alone said of the work, before it was merged
	// with other entries; Work fills it, Works does not.
	Item *bib.Item
}

// Filter narrows Works: to one collection, or to the works one source cites.
type Filter struct {
	Collection string
	SourceID   int64
}

// Works returns the works of the library in order of first citation
// (works no entry cites come last), each with its citations.
func (s *Store) Works(ctx context.Context, f Filter) ([]Work, error) {
	where, args := "", []any{}
	switch {
	case f.Collection != "":
		var id int64
		err := s.db.QueryRowContext(ctx, `SELECT id FROM collections WHERE name = ?`, f.Collection).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("no collection named %q", f.Collection)
		}
		if err != nil {
			return nil, err
		}
		where, args = `WHERE w.id IN (SELECT work_id FROM collection_works WHERE collection_id = ?)`, append(args, id)
	case f.SourceID != 0:
		where, args = `WHERE w.id IN (SELECT work_id FROM entries WHERE source_id = ?)`, append(args, f.SourceID)
	}
	return s.queryWorks(ctx, `SELECT w.id, w.key, w.item FROM works w
		LEFT JOIN (SELECT work_id, min(id) AS first FROM entries GROUP BY work_id) e ON e.work_id = w.id `+where+`
		ORDER BY e.first IS NULL, e.first, w.id`, args...)
}

// Work returns the work with a citation key.
func (s *Store) Work(ctx context.Context, key string) (Work, error) {
	ws, err := s.queryWorks(ctx, `SELECT id, key, item FROM works WHERE key = ?`, key)
	if err != nil {
		return Work{}, err
	}
	if len(ws) == 0 {
		return Work{}, fmt.Errorf("%w with key %q", ErrNotFound, key)
	}
	w := ws[0]
	rows, err := s.db.QueryContext(ctx, `SELECT item FROM entries WHERE work_id = ? ORDER BY source_id, list, n`, w.ID)
	if err != nil {
		return Work{}, err
	}
	defer rows.Close()
	for i := 0; rows.Next() && i < len(w.Citations); i++ {
		var j string
		if err := rows.Scan(&j); err != nil {
			return Work{}, err
		}
		w.Citations[i].Item = &bib.Item{}
		if err := json.Unmarshal([]byte(j), w.Citations[i].Item); err != nil {
			return Work{}, fmt.Errorf("work %s: entry %d: %w", key, w.Citations[i].N, err)
		}
	}
	return w, rows.Err()
}

// queryWorks runs a query of (id, key, item) rows and attaches citations.
func (s *Store) queryWorks(ctx context.Context, q string, args ...any) ([]Work, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var works []Work
	idx := map[int64]int{}
	for rows.Next() {
		var w Work
		var j string
		if err := rows.Scan(&w.ID, &w.Key, &j); err != nil {
			rows.Close()
			return nil, err
		}
		if err := json.Unmarshal([]byte(j), &w.Item); err != nil {
			rows.Close()
			return nil, fmt.Errorf("work %s: %w", w.Key, err)
		}
		idx[w.ID] = len(works)
		works = append(works, w)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(works) == 0 {
		return works, nil
	}
	return works, s.attachCitations(ctx, works, idx)
}

// attachCitations reads the entries (and their repairs) of the works.
func (s *Store) attachCitations(ctx context.Context, works []Work, idx map[int64]int) error {
	where, args := "", []any{}
	if len(works) < 500 {
		ph := make([]string, len(works))
		for i, w := range works {
			ph[i] = "?"
			args = append(args, w.ID)
		}
		where = `WHERE e.work_id IN (` + strings.Join(ph, ",") + `)`
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.work_id, e.source_id, s.path, e.list, e.n, e.label, e.line, e.raw,
		e.locator, e.ibid_of, e.as_cited_in, e.warnings FROM entries e JOIN sources s ON s.id = e.source_id `+where+`
		ORDER BY e.source_id, e.list, e.n`, args...)
	if err != nil {
		return err
	}
	type at struct{ work, cite int }
	byEntry := map[int64]at{}
	for rows.Next() {
		var c Citation
		var id, work int64
		var warnings string
		if err := rows.Scan(&id, &work, &c.SourceID, &c.SourcePath, &c.List, &c.N, &c.Label, &c.Line, &c.Raw,
			&c.Locator, &c.IbidOf, &c.AsCitedIn, &warnings); err != nil {
			rows.Close()
			return err
		}
		if err := json.Unmarshal([]byte(warnings), &c.Warnings); err != nil {
			rows.Close()
			return fmt.Errorf("entry %d warnings: %w", id, err)
		}
		i, ok := idx[work]
		if !ok {
			continue
		}
		byEntry[id] = at{i, len(works[i].Citations)}
		works[i].Citations = append(works[i].Citations, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rq, rargs := `SELECT entry_id, field, before, after, rule FROM repairs`, []any{}
	if len(byEntry) < 500 {
		ph := make([]string, 0, len(byEntry))
		for id := range byEntry {
			ph = append(ph, "?")
			rargs = append(rargs, id)
		}
		rq += ` WHERE entry_id IN (` + strings.Join(ph, ",") + `)`
	}
	rrows, err := s.db.QueryContext(ctx, rq+` ORDER BY id`, rargs...)
	if err != nil {
		return err
	}
	defer rrows.Close()
	for rrows.Next() {
		var id int64
		var r bib.Repair
		if err := rrows.Scan(&id, &r.Field, &r.Before, &r.After, &r.Rule); err != nil {
			return err
		}
		if a, ok := byEntry[id]; ok {
			c := &works[a.work].Citations[a.cite]
			c.Repairs = append(c.Repairs, r)
		}
	}
	return rrows.Err()
}

// Source is an imported file.
type Source struct {
	ID         int64
	Path       string
	SHA256     string
	Format     string
	ImportedAt string
	Entries    int
	Article    *bib.Item // the article as a citable work, where its text states one
}

// Sources lists the imported files in import order.
func (s *Store) Sources(ctx context.Context) ([]Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.id, s.path, s.sha256, s.format, s.imported_at, s.article,
		(SELECT count(*) FROM entries e WHERE e.source_id = s.id) FROM sources s ORDER BY s.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var src Source
		var article sql.NullString
		if err := rows.Scan(&src.ID, &src.Path, &src.SHA256, &src.Format, &src.ImportedAt, &article, &src.Entries); err != nil {
			return nil, err
		}
		if article.Valid {
			src.Article = &bib.Item{}
			if err := json.Unmarshal([]byte(article.String), src.Article); err != nil {
				return nil, fmt.Errorf("source %s: %w", src.Path, err)
			}
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

// RepairRow is one logged repair with the entry it was made on.
type RepairRow struct {
	SourceID   int64
	SourcePath string
	List       int
	N          int
	Key        string // the work the entry cites
	bib.Repair
}

// Repairs lists every repair, or those of one source, in printed order.
func (s *Store) Repairs(ctx context.Context, source int64) ([]RepairRow, error) {
	q := `SELECT s.id, s.path, e.list, e.n, coalesce(w.key, ''), r.field, r.before, r.after, r.rule
		FROM repairs r JOIN entries e ON e.id = r.entry_id JOIN sources s ON s.id = e.source_id
		LEFT JOIN works w ON w.id = e.work_id`
	var args []any
	if source != 0 {
		q += ` WHERE s.id = ?`
		args = append(args, source)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY s.id, e.list, e.n, r.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RepairRow
	for rows.Next() {
		var r RepairRow
		if err := rows.Scan(&r.SourceID, &r.SourcePath, &r.List, &r.N, &r.Key, &r.Field, &r.Before, &r.After, &r.Rule); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
