package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/export"
	"github.com/urfave/cli/v2"
)

type parseOptions struct {
	Document bool
	Format   string
}

func parseCommand(e *env) *cli.Command {
	var o parseOptions
	return &cli.Command{
		Name:      "parse",
		Usage:     "parse a reference list without a library",
		ArgsUsage: "[FILE|-]",
		Description: `The input is one ordered reference list, one entry per line (list labels
such as "1." or "[1]" are allowed), or with --document a whole article whose
list is found first. Prints one JSON object per entry:
{"n", "text", "item" (CSL-JSON), "locator", "ibid_of", "as_cited_in", "repairs"}.

Examples:
   ibid parse refs.txt
   ibid parse --document article.md
   ibid parse --format csl-json refs.txt > refs.json
   echo "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с." | ibid parse -`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "document", Usage: "the input is a whole article: find its reference list first", Destination: &o.Document},
			&cli.StringFlag{Name: "format", Value: "jsonl", Usage: "jsonl or csl-json", Destination: &o.Format},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usageError("parse takes one file")
			}
			return runParse(e, o, c.Args().First())
		},
	}
}

// parseLine is the stable output of ibid parse: how parsing is measured.
type parseLine struct {
	N         int          `json:"n"`
	Text      string       `json:"text"`
	Item      bib.Item     `json:"item"`
	Locator   string       `json:"locator,omitempty"`
	IbidOf    int          `json:"ibid_of,omitempty"`
	AsCitedIn bool         `json:"as_cited_in"`
	Repairs   []bib.Repair `json:"repairs"`
	Warnings  []string     `json:"warnings,omitempty"`
}

func runParse(e *env, o parseOptions, path string) error {
	if o.Format != "jsonl" && o.Format != "csl-json" {
		return usageError("unknown --format %q: use jsonl or csl-json", o.Format)
	}
	name, text, err := readInput(e, path)
	if err != nil {
		return err
	}
	var refs []bib.Ref
	if o.Document {
		doc := bib.ReadDocument(text)
		for _, l := range doc.Lists {
			refs = append(refs, bib.ParseEntries(l.Entries)...)
		}
	} else {
		refs = bib.ParseEntries(listEntries(text))
	}
	if len(refs) == 0 {
		return fmt.Errorf("%s: no references found", name)
	}
	if o.Format == "csl-json" {
		return export.CSLJSON(e.stdout, uniqueItems(refs), export.Options{})
	}
	return writeJSONL(e.stdout, refs)
}

func writeJSONL(w io.Writer, refs []bib.Ref) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range refs {
		reps := r.Repairs
		if reps == nil {
			reps = []bib.Repair{}
		}
		if err := enc.Encode(parseLine{N: r.N, Text: r.Raw, Item: r.Item, Locator: r.Locator, IbidOf: r.IbidOf, AsCitedIn: r.AsCitedIn, Repairs: reps, Warnings: r.Warnings}); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return bw.Flush()
}

// listEntries reads a list given one entry per line; a printed label
// ("1.", "[1]", "1)") is dropped, blank lines are skipped.
func listEntries(text string) []bib.Entry {
	var out []bib.Entry
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		label, raw := bib.SplitLabel(line)
		out = append(out, bib.Entry{Label: label, Line: i + 1, Lines: []int{i + 1}, Raw: raw})
	}
	return out
}

// uniqueItems keeps the first item of each work, in order.
func uniqueItems(refs []bib.Ref) []bib.Item {
	seen := map[string]bool{}
	var out []bib.Item
	for _, r := range refs {
		if r.IbidOf > 0 {
			continue
		}
		keys := bib.WorkKeys(r.Item)
		dup := false
		for _, k := range keys {
			dup = dup || seen[k]
		}
		if dup {
			continue
		}
		for _, k := range keys {
			seen[k] = true
		}
		out = append(out, r.Item)
	}
	return out
}
