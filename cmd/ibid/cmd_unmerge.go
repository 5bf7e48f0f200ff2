package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

func unmergeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "unmerge",
		Usage:     "undo the last merge into a work",
		ArgsUsage: "KEY",
		Description: `Puts back the works the last "ibid merge" folded into KEY, with their
keys, fields, entries and collections, and KEY as it was before.

Examples:
   ibid unmerge syroezhkin2010kazakhstan`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("unmerge takes one citation key")
			}
			return runUnmerge(c.Context, e, c.Args().First())
		},
	}
}

func runUnmerge(ctx context.Context, e *env, key string) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	keys, err := s.Unmerge(ctx, key)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("unmerge: %w", err)}
	}
	for _, k := range keys {
		fmt.Fprintf(e.stdout, "restored %s\n", k)
	}
	return nil
}
