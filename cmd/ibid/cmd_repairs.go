package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

type repairsOptions struct {
	JSON   bool
	Source int64
}

func repairsCommand(e *env) *cli.Command {
	var o repairsOptions
	return &cli.Command{
		Name:  "repairs",
		Usage: "list every repair ibid made: entry, field, before, after, rule",
		Description: `What was printed, what ibid changed it to, and by which rule — for the
whole library or one source. The raw text of an entry is never changed;
repairs apply to the parsed fields.

Examples:
   ibid repairs
   ibid repairs --source 2 --json`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print as JSON", Destination: &o.JSON},
			&cli.Int64Flag{Name: "source", Usage: "only the repairs of source `ID`", Destination: &o.Source},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("repairs takes no arguments (use --source ID)")
			}
			return runRepairs(c.Context, e, o)
		},
	}
}

func runRepairs(ctx context.Context, e *env, o repairsOptions) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	rows, err := s.Repairs(ctx, o.Source)
	if err != nil {
		return fmt.Errorf("list repairs: %w", err)
	}
	if o.JSON {
		type row struct {
			Source string `json:"source"`
			N      int    `json:"n"`
			Field  string `json:"field"`
			Before string `json:"before"`
			After  string `json:"after"`
			Rule   string `json:"rule"`
		}
		out := make([]row, 0, len(rows))
		for _, r := range rows {
			out = append(out, row{r.SourcePath, r.N, r.Field, r.Before, r.After, r.Rule})
		}
		return writeJSON(e, out)
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "%s:%d: [%s] %s: %q → %q\n", r.SourcePath, r.N, r.Rule, r.Field, r.Before, r.After)
	}
	return nil
}
