package main

import (
	"context"
	"fmt"

	"github.com/ibid-project/ibid/store"
)

// openStore opens the library named by --db, else $IBID_DB, else the
// default in the user's data folder, creating it on first use.
func openStore(ctx context.Context, e *env) (*store.Store, error) {
	path := e.db
	if path == "" {
		p, err := store.DefaultPath(e.getenv)
		if err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("find the library: %w", err)}
		}
		path = p
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return s, nil
}
