package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is an open library.
type Store struct {
	db    *sql.DB
	path  string
	stmts *stmtCache
}

// DefaultPath is the library used when --db is not given: $IBID_DB, else
// $XDG_DATA_HOME/ibid/library.db, else ~/.local/share/ibid/library.db.
func DefaultPath(getenv func(string) string) (string, error) {
	if p := getenv("IBID_DB"); p != "" {
		return p, nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "ibid", "library.db"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home folder: set IBID_DB or use --db: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "ibid", "library.db"), nil
}

// Open opens the library at path, creating it and its folder on first use,
// and brings its schema up to date. A file that is not an ibid library, or
// one written by a newer ibid, is refused and left untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkFile(path); err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	// WAL lets readers work beside one writer; immediate transactions take
	// the write lock at BEGIN, so two importers queue on busy_timeout
	// instead of failing with "database is locked" at their first write.
	// An import inserts into indexes at random places (the keys of works):
	// a page cache of 16 MiB (the default is 2 MiB; a page takes twice its
	// size in memory, and 64 MiB doubled the peak memory of a large import)
	// keeps more of them in memory instead of reading and spilling them,
	// and a WAL of up to 10,000 pages (40 MiB) is copied into the library
	// once for several transactions, not at every commit.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=busy_timeout(30000)" +
		"&_pragma=synchronous(normal)&_pragma=temp_store(memory)" +
		"&_pragma=cache_size(-16384)&_pragma=wal_autocheckpoint(10000)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path, stmts: &stmtCache{}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		if strings.Contains(err.Error(), "readonly database") || strings.Contains(err.Error(), "unable to open database") {
			return nil, fmt.Errorf("open library %s: the file or its folder cannot be written (read-only?): %w", path, err)
		}
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	return s, nil
}

// checkFile refuses, before SQLite touches it, a file that exists and is
// not an SQLite database.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return errors.New("is a folder")
	}
	if st.Size() == 0 {
		return nil
	}
	head := make([]byte, 16)
	if _, err := f.Read(head); err != nil || string(head) != "SQLite format 3\x00" {
		return errors.New("not an ibid library (not an SQLite database)")
	}
	return nil
}

// Close closes the library.
func (s *Store) Close() error {
	s.stmts.close()
	return s.db.Close()
}

// stmtCache holds the statements imports run in every transaction,
// prepared on the library's one connection: a transaction uses them
// without parsing them again (a 1,000-row INSERT takes about a
// millisecond to prepare). A statement is prepared for the cache once a
// transaction has used it: the connection is the transaction's until then.
type stmtCache struct {
	mu     sync.Mutex
	stmts  map[string]*sql.Stmt
	wanted []string // used by a transaction and not yet prepared
}

// get returns the statement of q, or nil when it is not prepared yet (it
// is then prepared at the next call of prepare). A nil cache holds
// nothing.
func (c *stmtCache) get(q string) *sql.Stmt {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.stmts[q]
	if !ok {
		if c.stmts == nil {
			c.stmts = map[string]*sql.Stmt{}
		}
		c.stmts[q] = nil
		c.wanted = append(c.wanted, q)
	}
	return st
}

// prepare prepares the statements transactions wanted; no transaction
// may be open.
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, q := range c.wanted {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare statement: %w", err)
		}
		c.stmts[q] = st
	}
	c.wanted = nil
	return nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		if st != nil {
			st.Close()
		}
	}
	clear(c.stmts)
}

// Path is the library file.
func (s *Store) Path() string { return s.path }

// migrate applies the embedded migrations the library lacks, each in its
// own transaction, recording each in schema_migrations.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	known := 0
	for _, n := range names {
		v, err := migrationVersion(n)
		if err != nil {
			return err
		}
		known = max(known, v)
	}
	var tables int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table'`).Scan(&tables); err != nil {
		return fmt.Errorf("read schema: %w", err)
	}
	var hasLog int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&hasLog); err != nil {
		return fmt.Errorf("read schema: %w", err)
	}
	if tables > 0 && hasLog == 0 {
		return errors.New("not an ibid library (an SQLite database of another program)")
	}
	// WAL is set only once the file is known to be ibid's: it rewrites the
	// database header.
	if err := s.setWAL(ctx); err != nil {
		return fmt.Errorf("set WAL mode: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > known {
		return fmt.Errorf("the library is from a newer ibid (schema %d; this ibid knows %d): upgrade ibid", have, known)
	}
	for _, n := range names {
		v, _ := migrationVersion(n)
		if v <= have {
			continue
		}
		body, err := migrations.ReadFile(n)
		if err != nil {
			return err
		}
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			// Another process opening the same new library may have applied
			// it while this one waited for the write lock: look again inside
			// the transaction, which holds the lock.
			var done int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&done); err != nil || done > 0 {
				return err
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			if step := migrateGo(v); step != nil {
				if err := step(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version) VALUES (?)`, v)
			return err
		}); err != nil {
			return fmt.Errorf("migrate %s: %w", n, err)
		}
	}
	return nil
}

// setWAL switches the library to write-ahead logging. The switch needs the
// file to itself and, unlike other statements, does not wait on the busy
// timeout: when several processes open a new library at once, it is tried
// again for a few seconds.
func (s *Store) setWAL(ctx context.Context) error {
	deadline := time.Now().Add(10 * time.Second)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		_, err := s.db.ExecContext(ctx, `PRAGMA journal_mode = wal`)
		busy := err != nil && (strings.Contains(err.Error(), "locked") || strings.Contains(err.Error(), "SQLITE_BUSY"))
		if !busy || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// migrateGo is the part of migration v that SQL cannot do, run after its
// SQL in its transaction; nil for most.
func migrateGo(v int) func(context.Context, *sql.Tx) error {
	if v == 4 {
		return hashWorkKeys
	}
	return nil
}

// hashWorkKeys files every work under the hashes of the keys work_keys
// holds as text, and drops work_keys (migration 4).
func hashWorkKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT key, work_id FROM work_keys`)
	if err != nil {
		return fmt.Errorf("read work keys: %w", err)
	}
	type filed struct{ hash, work int64 }
	var all []filed
	for rows.Next() {
		var k string
		var id int64
		if err := rows.Scan(&k, &id); err != nil {
			rows.Close()
			return fmt.Errorf("read work keys: %w", err)
		}
		all = append(all, filed{keyHash(k), id})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read work keys: %w", err)
	}
	t := newTxw(ctx, tx)
	defer t.close()
	t.batch = true
	for _, f := range all {
		if err := t.addKeys(f.work, []int64{f.hash}); err != nil {
			return err
		}
	}
	if err := t.flushRows(); err != nil {
		return fmt.Errorf("hash work keys: %w", err)
	}
	_, err = tx.ExecContext(ctx, `DROP TABLE work_keys`)
	return err
}

func migrationVersion(name string) (int, error) {
	base := filepath.Base(name)
	i := strings.IndexByte(base, '_')
	if i < 0 {
		return 0, fmt.Errorf("migration %s: no number", name)
	}
	return strconv.Atoi(base[:i])
}

// inTx runs f in one immediate transaction, committed if f returns nil.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// IntegrityCheck runs SQLite's integrity check and returns its verdict
// ("ok" for a sound library).
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	var r string
	err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&r)
	return r, err
}
