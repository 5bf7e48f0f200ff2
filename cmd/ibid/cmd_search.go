package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

type searchOptions struct {
	JSON  bool
	Limit int
}

func searchCommand(e *env) *cli.Command {
	var o searchOptions
	return &cli.Command{
		Name:      "search",
		Usage:     "full-text search over titles, authors and containers",
		ArgsUsage: "QUERY...",
		Description: `Words match in any case and either script: "syroezhkin" finds Сыроежкин.
Field filters: author:NAME, year:2010, type:book.

Examples:
   ibid search soft power
   ibid search author:nye year:2004
   ibid search сыроежкин --json`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the works as JSON", Destination: &o.JSON},
			&cli.IntFlag{Name: "limit", Value: 50, Usage: "at most `N` works", Destination: &o.Limit},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError("search needs a query")
			}
			return runSearch(c.Context, e, o, strings.Join(c.Args().Slice(), " "))
		},
	}
}

func runSearch(ctx context.Context, e *env, o searchOptions, q string) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	works, err := s.Search(ctx, q, o.Limit)
	if err != nil {
		return fmt.Errorf("search %q: %w", q, err)
	}
	return writeWorks(e, works, o.JSON)
}
