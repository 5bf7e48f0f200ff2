package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/store"
	"github.com/urfave/cli/v2"
)

type listOptions struct {
	JSON       bool
	Collection string
}

func listCommand(e *env) *cli.Command {
	var o listOptions
	return &cli.Command{
		Name:  "list",
		Usage: "list the works in the library",
		Description: `One line per work: citation key, year, first author, title and how many
entries cite it.

Examples:
   ibid list
   ibid list --json | jq '.[].key'
   ibid list --collection thesis`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the works as JSON", Destination: &o.JSON},
			&cli.StringFlag{Name: "collection", Usage: "only the works of collection `NAME`", Destination: &o.Collection},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("list takes no arguments")
			}
			return runList(c.Context, e, o)
		},
	}
}

// workJSON is a work as ibid list --json and ibid show --json print it.
type workJSON struct {
	Key       string         `json:"key"`
	Item      bib.Item       `json:"item"`
	Citations []citationJSON `json:"citations"`
}

type citationJSON struct {
	Source    string       `json:"source"`
	N         int          `json:"n"`
	Text      string       `json:"text"`
	Locator   string       `json:"locator,omitempty"`
	IbidOf    int          `json:"ibid_of,omitempty"`
	AsCitedIn bool         `json:"as_cited_in,omitempty"`
	Repairs   []bib.Repair `json:"repairs,omitempty"`
	Warnings  []string     `json:"warnings,omitempty"`
}

func toJSON(w store.Work) workJSON {
	out := workJSON{Key: w.Key, Item: w.Item, Citations: []citationJSON{}}
	for _, c := range w.Citations {
		out.Citations = append(out.Citations, citationJSON{Source: c.SourcePath, N: c.N, Text: c.Raw, Locator: c.Locator,
			IbidOf: c.IbidOf, AsCitedIn: c.AsCitedIn, Repairs: c.Repairs, Warnings: c.Warnings})
	}
	return out
}

func runList(ctx context.Context, e *env, o listOptions) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	works, err := s.Works(ctx, store.Filter{Collection: o.Collection})
	if err != nil {
		return fmt.Errorf("list works: %w", err)
	}
	return writeWorks(e, works, o.JSON)
}

// writeWorks prints works one a line — key, year, first author, title and
// how many entries cite it — or as JSON.
func writeWorks(e *env, works []store.Work, asJSON bool) error {
	if asJSON {
		out := make([]workJSON, 0, len(works))
		for _, w := range works {
			out = append(out, toJSON(w))
		}
		return writeJSON(e, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, w := range works {
		year := "n.d."
		if y := w.Item.Issued.Year(); y > 0 {
			year = fmt.Sprint(y)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", w.Key, year, firstAuthor(w.Item), clip(w.Item.Title, 70), len(w.Citations))
	}
	return tw.Flush()
}

func writeJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func firstAuthor(it bib.Item) string {
	switch {
	case len(it.Author) > 0:
		return it.Author[0].String()
	case len(it.Editor) > 0:
		return it.Editor[0].String() + " (ed.)"
	}
	return "-"
}

func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
