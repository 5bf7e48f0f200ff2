package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

func keyCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "key",
		Usage:     "give a work a new citation key",
		ArgsUsage: "KEY NEWKEY",
		Description: `Citation keys are made once, on import (family name, year, first title
word, transliterated: syroezhkin2010kazakhstan), and never change unless
renamed here. A new key is ASCII, starts with a letter and is not taken.

Examples:
   ibid key wang2008public wang2008soft`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageError("key takes a citation key and the new key")
			}
			return runKey(c.Context, e, c.Args().Get(0), c.Args().Get(1))
		},
	}
}

func runKey(ctx context.Context, e *env, old, new string) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.RenameKey(ctx, old, new); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("key %s: %w", old, err)}
	}
	fmt.Fprintf(e.stdout, "%s is now %s\n", old, new)
	return nil
}
