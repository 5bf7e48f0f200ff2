package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/export"
	"github.com/ibid-project/ibid/store"
	"github.com/urfave/cli/v2"
)

type exportOptions struct {
	Format     string
	Output     string
	Collection string
	Source     int64
	All        bool
	export.Options
}

// writers maps --format to its writer.
var writers = map[string]func(io.Writer, []bib.Item, export.Options) error{
	"csl-json": export.CSLJSON,
	"bibtex":   export.BibTeX,
	"biblatex": export.BibLaTeX,
	"ris":      export.RIS,
	"gost":     export.GOST,
}

func exportCommand(e *env) *cli.Command {
	var o exportOptions
	return &cli.Command{
		Name:  "export",
		Usage: "write the library as CSL-JSON, BibTeX, BibLaTeX, RIS or a GOST list",
		Description: `Writes every work of the library (or of one source or collection) to
standard output, or to a file with -o (written whole or not at all).

Examples:
   ibid export --format csl-json -o library.json
   ibid export --format bibtex --ascii > refs.bib
   ibid export --format gost --style 7.0.5-2008 --sort author
   ibid export --format ris --collection thesis -o thesis.ris
   ibid export --format csl-json --all -o backup.json   (restore: ibid import backup.json)`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "csl-json", Usage: "csl-json, bibtex, biblatex, ris or gost", Destination: &o.Format},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output", Destination: &o.Output},
			&cli.StringFlag{Name: "collection", Usage: "only the works of collection `NAME`", Destination: &o.Collection},
			&cli.Int64Flag{Name: "source", Usage: "only the works cited by source `ID`", Destination: &o.Source},
			&cli.StringFlag{Name: "style", Usage: "GOST edition: 7.0.100-2018 (default), 7.0.5-2008, 7.1-2003", Destination: &o.Style},
			&cli.StringFlag{Name: "sort", Usage: "GOST order: cited (default) or author", Destination: &o.Sort},
			&cli.StringFlag{Name: "as", Usage: "GOST markup: text (default), markdown, html", Destination: &o.As},
			&cli.BoolFlag{Name: "all", Usage: "csl-json: a full backup (works, entries, pages, repairs, collections) that ibid import restores", Destination: &o.All},
			&cli.BoolFlag{Name: "ascii", Usage: "BibTeX: LaTeX escapes instead of UTF-8", Destination: &o.ASCII},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("export takes no arguments (did you mean -o FILE?)")
			}
			return runExport(c.Context, e, o)
		},
	}
}

func runExport(ctx context.Context, e *env, o exportOptions) error {
	write, ok := writers[o.Format]
	if !ok {
		return usageError("unknown --format %q: use csl-json, bibtex, biblatex, ris or gost", o.Format)
	}
	if o.All && (o.Format != "csl-json" || o.Collection != "" || o.Source != 0) {
		return usageError("--all is a backup of the whole library: use it with --format csl-json alone")
	}
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	if o.All {
		return exportBackup(ctx, e, s, o.Output)
	}
	works, err := s.Works(ctx, store.Filter{Collection: o.Collection, SourceID: o.Source})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	items := make([]bib.Item, len(works))
	for i, w := range works {
		items[i] = w.Item
		items[i].ID, items[i].CitationKey = w.Key, w.Key
	}
	return writeOutput(e, o.Output, func(w io.Writer) error {
		if err := write(w, items, o.Options); err != nil {
			return fmt.Errorf("export %s: %w", o.Format, err)
		}
		return nil
	})
}

// exportBackup writes the whole library as an ibid backup: CSL-JSON items
// with the entries, pages, repairs and collections beside them.
func exportBackup(ctx context.Context, e *env, s *store.Store, output string) error {
	b, err := s.Dump(ctx)
	if err != nil {
		return fmt.Errorf("export --all: %w", err)
	}
	return writeOutput(e, output, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(b)
	})
}

// writeOutput writes to standard output, or whole or not at all to a file.
func writeOutput(e *env, output string, fill func(io.Writer) error) error {
	if output == "" {
		bw := bufio.NewWriter(e.stdout)
		if err := fill(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	return writeFileAtomic(output, fill)
}

// writeFileAtomic writes a file whole or not at all: a temporary file in
// the same folder, renamed over the target when complete.
func writeFileAtomic(path string, fill func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("write %s: %w", path, err)}
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := fill(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
