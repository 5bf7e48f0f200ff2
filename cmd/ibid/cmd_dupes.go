package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/store"
	"github.com/urfave/cli/v2"
)

type dupesOptions struct{ JSON bool }

func dupesCommand(e *env) *cli.Command {
	var o dupesOptions
	return &cli.Command{
		Name:  "dupes",
		Usage: "list works that may be one work, with a score and the reasons",
		Description: `Certain duplicates (same DOI, ISBN, or title, author and year) are merged
on import. This lists the likely ones left: the same title across scripts
(Сыроежкин ~ Syroezhkin), with or without a subtitle, with the reasons.

Examples:
   ibid dupes
   ibid dupes --json`,
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print as JSON", Destination: &o.JSON}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("dupes takes no arguments")
			}
			return runDupes(c.Context, e, o)
		},
	}
}

type dupeJSON struct {
	Keys    []string `json:"keys"`
	Score   float64  `json:"score"`
	Reasons []string `json:"reasons"`
}

func runDupes(ctx context.Context, e *env, o dupesOptions) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	works, err := s.Works(ctx, store.Filter{})
	if err != nil {
		return fmt.Errorf("dupes: %w", err)
	}
	items := make([]bib.Item, len(works))
	for i, w := range works {
		items[i] = w.Item
	}
	out := []dupeJSON{}
	for _, c := range bib.Candidates(items) {
		d := dupeJSON{Score: c.Score, Reasons: c.Reasons}
		for _, m := range c.Members {
			d.Keys = append(d.Keys, works[m].Key)
		}
		out = append(out, d)
	}
	if o.JSON {
		return writeJSON(e, out)
	}
	for _, d := range out {
		fmt.Fprintf(e.stdout, "%.2f  %s  (%s)\n", d.Score, strings.Join(d.Keys, " "), strings.Join(d.Reasons, ", "))
	}
	return nil
}
