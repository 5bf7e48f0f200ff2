package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

func mergeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "fold works into the first one named (undo with unmerge)",
		ArgsUsage: "KEY KEY...",
		Description: `The entries and collections of the other works move to the first, which
gains every field it lacked. Nothing is lost: "ibid unmerge KEY" puts the
works back exactly as they were.

Examples:
   ibid dupes
   ibid merge syroezhkin2010kazakhstan syroezhkin2010kazakhstana
   ibid unmerge syroezhkin2010kazakhstan`,
		Action: func(c *cli.Context) error {
			if c.NArg() < 2 {
				return usageError("merge needs two citation keys or more")
			}
			return runMerge(c.Context, e, c.Args().Slice())
		},
	}
}

func runMerge(ctx context.Context, e *env, keys []string) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	w, err := s.Merge(ctx, keys, e.now())
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("merge: %w", err)}
	}
	fmt.Fprintf(e.stdout, "merged %d works into %s, now cited by %d entries\n", len(keys)-1, w.Key, len(w.Citations))
	return nil
}
