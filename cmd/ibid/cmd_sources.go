package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/ibid-project/ibid/bib"
	"github.com/urfave/cli/v2"
)

type sourcesOptions struct{ JSON bool }

func sourcesCommand(e *env) *cli.Command {
	var o sourcesOptions
	return &cli.Command{
		Name:  "sources",
		Usage: "list the imported files: id, entries, format, when, and the article each states",
		Description: `One line per imported file: the id that "export --source" and "repairs
--source" take, how many entries it holds, its format, when it was
imported, its path, and the title its text states for itself.

Examples:
   ibid sources
   ibid sources --json
   ibid export --source 2 --format gost`,
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print as JSON", Destination: &o.JSON}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("sources takes no arguments")
			}
			return runSources(c.Context, e, o)
		},
	}
}

// sourceJSON is a source as ibid sources --json prints it.
type sourceJSON struct {
	ID         int64     `json:"id"`
	Path       string    `json:"path"`
	Format     string    `json:"format"`
	SHA256     string    `json:"sha256"`
	ImportedAt string    `json:"imported_at"`
	Entries    int       `json:"entries"`
	Article    *bib.Item `json:"article,omitempty"`
}

func runSources(ctx context.Context, e *env, o sourcesOptions) error {
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	srcs, err := s.Sources(ctx)
	if err != nil {
		return fmt.Errorf("list sources: %w", err)
	}
	if o.JSON {
		out := make([]sourceJSON, 0, len(srcs))
		for _, src := range srcs {
			out = append(out, sourceJSON{src.ID, src.Path, src.Format, src.SHA256, src.ImportedAt, src.Entries, src.Article})
		}
		return writeJSON(e, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, src := range srcs {
		title := ""
		if src.Article != nil {
			title = clip(src.Article.Title, 60)
		}
		fmt.Fprintf(tw, "%d\t%d entries\t%s\t%s\t%s\t%s\n", src.ID, src.Entries, src.Format, src.ImportedAt, src.Path, title)
	}
	return tw.Flush()
}
