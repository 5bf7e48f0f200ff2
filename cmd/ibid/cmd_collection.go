package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"
)

func collectionCommand(e *env) *cli.Command {
	var jsonOut bool
	return &cli.Command{
		Name:      "collection",
		Usage:     "list collections, add works to one or remove them",
		ArgsUsage: "list | add NAME KEY... | remove NAME [KEY...]",
		Description: `A collection is a named set of works, such as the sources of one thesis.
"import --collection NAME" fills one as it imports; "export --collection
NAME" writes one out. "remove NAME" with no keys deletes the collection
(its works stay in the library).

Examples:
   ibid collection list
   ibid collection add thesis nye2004soft wang2008public
   ibid collection remove thesis nye2004soft
   ibid export --collection thesis --format gost`,
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "list as JSON", Destination: &jsonOut}},
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 0 {
				return usageError("collection needs list, add or remove")
			}
			return runCollection(c.Context, e, jsonOut, args[0], args[1:])
		},
	}
}

func runCollection(ctx context.Context, e *env, jsonOut bool, verb string, args []string) error {
	switch {
	case verb == "list" && len(args) == 0:
	case verb == "add" && len(args) >= 2, verb == "remove" && len(args) >= 1:
	default:
		return usageError("usage: ibid collection list | add NAME KEY... | remove NAME [KEY...]")
	}
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	switch verb {
	case "add":
		err = s.AddToCollection(ctx, args[0], args[1:])
	case "remove":
		err = s.RemoveFromCollection(ctx, args[0], args[1:])
	default:
		cs, err := s.Collections(ctx)
		if err != nil {
			return fmt.Errorf("list collections: %w", err)
		}
		if jsonOut {
			type row struct {
				Name  string `json:"name"`
				Works int    `json:"works"`
			}
			out := []row{}
			for _, c := range cs {
				out = append(out, row{c.Name, c.Works})
			}
			return writeJSON(e, out)
		}
		for _, c := range cs {
			fmt.Fprintf(e.stdout, "%s\t%d works\n", c.Name, c.Works)
		}
		return nil
	}
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("collection %s %s: %w", verb, args[0], err)}
	}
	return nil
}
