package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/store"

	"github.com/urfave/cli/v2"
)

type showOptions struct{ JSON bool }

func showCommand(e *env) *cli.Command {
	var o showOptions
	return &cli.Command{
		Name:      "show",
		Usage:     "show a work, every entry that cites it and the repairs made",
		ArgsUsage: "KEY",
		Description: `Prints the work as CSL-JSON, then each entry citing it: its source, its
number in the list, its text exactly as printed, the page it cites, and
every repair made on the way (field, before, after, rule).

Examples:
   ibid show wang2008public
   ibid show wang2008public --json`,
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print as JSON", Destination: &o.JSON}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("show takes one citation key")
			}
			return runShow(c.Context, e, o, c.Args().First())
		},
	}
}

func runShow(ctx context.Context, e *env, o showOptions, key string) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	w, err := s.Work(ctx, key)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("show %s: %w", key, err)}
	}
	if o.JSON {
		return writeJSON(e, toJSON(w))
	}
	item, err := json.MarshalIndent(w.Item, "", "  ")
	if err != nil {
		return fmt.Errorf("show %s: %w", key, err)
	}
	fmt.Fprintf(e.stdout, "%s\n%s\n", w.Key, item)
	if len(w.Citations) > 1 {
		writeProvenance(e, w)
	}
	for _, c := range w.Citations {
		fmt.Fprintf(e.stdout, "\n%s, entry %d", c.SourcePath, c.N)
		if c.Locator != "" {
			fmt.Fprintf(e.stdout, ", page %s", c.Locator)
		}
		if c.IbidOf > 0 {
			fmt.Fprintf(e.stdout, " (Ibid. of entry %d)", c.IbidOf)
		}
		if c.AsCitedIn {
			fmt.Fprint(e.stdout, " (secondary citation)")
		}
		fmt.Fprintf(e.stdout, "\n  %s\n", c.Raw)
		for _, r := range c.Repairs {
			fmt.Fprintf(e.stdout, "  repair [%s] %s: %q → %q\n", r.Rule, r.Field, r.Before, r.After)
		}
		for _, w := range c.Warnings {
			fmt.Fprintf(e.stdout, "  warning: %s\n", w)
		}
	}
	return nil
}

// writeProvenance says which entry gave each field of a work merged from
// several entries.
func writeProvenance(e *env, w store.Work) {
	var from []bib.Item
	for _, c := range w.Citations {
		if c.Item == nil {
			return
		}
		from = append(from, *c.Item)
	}
	byEntry := map[int][]string{}
	for field, i := range bib.Provenance(w.Item, from) {
		byEntry[i] = append(byEntry[i], field)
	}
	fmt.Fprintln(e.stdout, "\nfields from:")
	for i := -1; i < len(from); i++ {
		fields := byEntry[i]
		if len(fields) == 0 {
			continue
		}
		sort.Strings(fields)
		where := "merged (no single entry)"
		if i >= 0 {
			where = fmt.Sprintf("%s, entry %d", w.Citations[i].SourcePath, w.Citations[i].N)
		}
		fmt.Fprintf(e.stdout, "  %s: %s\n", where, strings.Join(fields, ", "))
	}
}
