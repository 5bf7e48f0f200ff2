package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/ibid-project/ibid/bib"
	"github.com/ibid-project/ibid/store"
	"github.com/urfave/cli/v2"
)

type importOptions struct {
	JSON       bool
	Quiet      bool
	Collection string
}

func importCommand(e *env) *cli.Command {
	var o importOptions
	return &cli.Command{
		Name:      "import",
		Usage:     "read reference lists from articles into the library",
		ArgsUsage: "PATH...",
		Description: `Each PATH is a file, a folder (read recursively) or "-" for standard input:
articles (.txt, .md, .markdown) or bibliographies (.bib BibTeX/BibLaTeX,
.json CSL-JSON, .ris RIS; on standard input told by their first line). For every source ibid prints the entries it found,
the works it added, the duplicates it merged, the Ibid. entries it resolved,
the repairs it made and its warnings. Importing the same file again changes
nothing. Every file is read and checked before anything is written: a file
that cannot be read leaves the library as it was.

Examples:
   ibid import testdata/articles
   ibid import --collection thesis chapter1.md chapter2.md
   ibid import article.md --json
   ibid import zotero-export.bib
   cat article.txt | ibid import -`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON", Destination: &o.JSON},
			&cli.StringFlag{Name: "collection", Usage: "add the imported works to collection `NAME`", Destination: &o.Collection},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar on a terminal", Destination: &o.Quiet},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError("import needs a file, a folder or -")
			}
			return runImport(c.Context, e, o, c.Args().Slice())
		},
	}
}

// importExt maps the extensions read when a folder is imported to their
// format: articles, and bibliographies in the formats ibid writes.
var importExt = map[string]string{".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
	".bib": "bibtex", ".bibtex": "bibtex", ".json": "csl-json", ".ris": "ris"}

// importSummary is one line of the import report (and one JSON object).
type importSummary struct {
	Source        string         `json:"source"`
	Existing      bool           `json:"already_imported"`
	Entries       int            `json:"entries"`
	WorksAdded    int            `json:"works_added"`
	WorksMerged   int            `json:"duplicates_merged"`
	Ibid          int            `json:"ibid_resolved"`
	Repairs       int            `json:"repairs"`
	RepairsByRule map[string]int `json:"repairs_by_rule,omitempty"`
	Warnings      int            `json:"warnings"`
}

func runImport(ctx context.Context, e *env, o importOptions, paths []string) error {
	files, err := expandPaths(paths)
	if err != nil {
		return err
	}
	// Every file is read and checked before anything is written: a file
	// that cannot be read stops the import with the library as it was.
	// Files are then read again, parsed and stored as a stream, so memory
	// holds a few files at a time however many there are.
	// Files are checked on every core; standard input, which cannot be
	// read twice, is read in its turn and kept.
	stdin := ""
	err = orderedMap(len(files), runtime.GOMAXPROCS(0), func(i int) (struct{}, error) {
		if files[i] == "-" {
			return struct{}{}, nil
		}
		_, _, err := readInput(e, files[i])
		return struct{}{}, err
	}, func(i int, _ struct{}) error {
		if files[i] != "-" {
			return nil
		}
		_, text, err := readInput(e, "-")
		stdin = text
		return err
	})
	if err != nil {
		return err
	}
	s, err := openStore(ctx, e)
	if err != nil {
		return err
	}
	defer s.Close()
	bar := newProgress(e, o.Quiet, "import", len(files), "files")
	defer bar.done()
	st := newStorer(ctx, s, e.now(), bar)
	go st.run()
	var chunk []parsedSource
	refs := 0
	err = orderedMap(len(files), runtime.GOMAXPROCS(0), func(i int) (parsedSource, error) {
		src, err := readSource(e, files[i], stdin)
		if err == nil && src.backup == nil {
			// What storing needs and no library holds is worked out here,
			// beside the parsing, not by the one goroutine that stores.
			err = src.batch.Prepare()
		}
		return src, err
	}, func(i int, src parsedSource) error {
		src.batch.Collection = o.Collection
		chunk = append(chunk, src)
		if refs += len(src.batch.Refs); refs < importChunk {
			return nil
		}
		refs = 0
		err := st.send(chunk)
		chunk = nil
		return err
	})
	if err == nil && len(chunk) > 0 {
		err = st.send(chunk)
	}
	if serr := st.close(); err == nil {
		err = serr
	}
	if err != nil {
		return err
	}
	sums := st.sums
	bar.done()
	if o.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sums)
	}
	for _, sm := range sums {
		if sm.Existing {
			fmt.Fprintf(e.stdout, "%s: already imported, nothing changed\n", sm.Source)
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %d entries, %d works added, %d duplicates merged, %d Ibid. resolved, %d repairs, %d warnings\n",
			sm.Source, sm.Entries, sm.WorksAdded, sm.WorksMerged, sm.Ibid, sm.Repairs, sm.Warnings)
		if len(sm.RepairsByRule) > 0 {
			var rules []string
			for r, n := range sm.RepairsByRule {
				rules = append(rules, fmt.Sprintf("%s %d", r, n))
			}
			sort.Strings(rules)
			fmt.Fprintf(e.stdout, "  repairs: %s\n", strings.Join(rules, ", "))
		}
	}
	return nil
}

// expandPaths turns the command's arguments into files: folders are walked
// for articles, "-" stays standard input.
func expandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("read %s: %w", p, unwrapPath(err))}
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && importExt[strings.ToLower(filepath.Ext(path))] != "" {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("read %s: %w", p, unwrapPath(err))}
		}
		if len(found) == 0 {
			return nil, &exitError{code: 2, err: fmt.Errorf("read %s: no importable files (.txt, .md, .bib, .json, .ris) in the folder", p)}
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// importChunk is how many references the import hands the store at a
// time: enough for cheap transactions, few enough to keep memory small.
const importChunk = 5000

// storer stores chunks of parsed sources on a goroutine of its own, in
// order, so that the next files are parsed while a chunk is written. One
// chunk waits at most: memory holds three chunks however many files there
// are.
type storer struct {
	ctx    context.Context
	s      *store.Store
	now    time.Time
	bar    *progress
	chunks chan []parsedSource
	done   chan struct{}
	err    error           // the first error; read once done is closed
	sums   []importSummary // read once done is closed
}

func newStorer(ctx context.Context, s *store.Store, now time.Time, bar *progress) *storer {
	return &storer{ctx: ctx, s: s, now: now, bar: bar, chunks: make(chan []parsedSource, 1), done: make(chan struct{})}
}

// run stores chunks until they end or one fails.
func (st *storer) run() {
	defer close(st.done)
	for chunk := range st.chunks {
		if st.err = st.store(chunk); st.err != nil {
			return
		}
	}
}

// send hands a chunk to the storer; it fails once storing has failed.
func (st *storer) send(chunk []parsedSource) error {
	select {
	case st.chunks <- chunk:
		return nil
	case <-st.done:
		return st.err
	}
}

// close waits for every chunk sent to be stored and reports the first
// error.
func (st *storer) close() error {
	close(st.chunks)
	<-st.done
	return st.err
}

// store writes one chunk: its articles and bibliographies with ImportAll
// (each file wholly in or out), its backups with Restore.
func (st *storer) store(chunk []parsedSource) error {
	var pending []store.Batch
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		results, err := st.s.ImportAll(st.ctx, pending, st.now)
		if err != nil {
			return err
		}
		for i, r := range results {
			st.sums = append(st.sums, importSummary{Source: pending[i].Path, Existing: r.Existing, Entries: r.Entries, WorksAdded: r.WorksAdded,
				WorksMerged: r.WorksMerged, Ibid: r.Ibid, Repairs: r.Repairs, RepairsByRule: r.RepairsByRule, Warnings: r.Warnings})
		}
		st.bar.add(len(pending))
		pending = nil
		return nil
	}
	for _, src := range chunk {
		if src.backup == nil {
			pending = append(pending, src.batch)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		r, err := st.s.Restore(st.ctx, *src.backup)
		if err != nil {
			return fmt.Errorf("restore %s: %w", src.batch.Path, err)
		}
		st.sums = append(st.sums, importSummary{Source: src.batch.Path, Entries: r.Entries, WorksAdded: r.WorksAdded, Ibid: r.Ibid, Repairs: r.Repairs})
		st.bar.add(1)
	}
	return flush()
}

// parsedSource is one file ready to store: a batch of references, or a
// backup to restore.
type parsedSource struct {
	batch  store.Batch
	backup *store.Backup
}

// readSource reads one source: an article, whose reference lists are found
// and parsed, a bibliography (BibTeX, CSL-JSON, RIS), whose records are
// taken as they are, or an ibid backup. Standard input was read before, as
// stdin.
func readSource(e *env, path, stdin string) (parsedSource, error) {
	name, text := "<stdin>", stdin
	if path != "-" {
		var err error
		if name, text, err = readInput(e, path); err != nil {
			return parsedSource{}, err
		}
	}
	sum := sha256.Sum256([]byte(text))
	format := importExt[strings.ToLower(filepath.Ext(path))]
	if format == "" || format == "text" || format == "csl-json" {
		format = sniffFormat(text, format)
	}
	b := store.Batch{Path: name, SHA256: hex.EncodeToString(sum[:]), Format: format}
	switch format {
	case "ibid-backup":
		var backup store.Backup
		if err := json.Unmarshal([]byte(text), &backup); err != nil {
			return parsedSource{}, &exitError{code: 2, err: fmt.Errorf("read %s: not a readable ibid backup: %w", name, err)}
		}
		return parsedSource{batch: b, backup: &backup}, nil
	case "bibtex", "csl-json", "ris":
		var err error
		b.Refs, err = readBibliography(e, name, format, text)
		b.Lists = make([]int, len(b.Refs))
		b.Records = true
		return parsedSource{batch: b}, err
	}
	doc := bib.ReadDocument(text)
	b.Article = bib.ArticleMeta(doc)
	for li, l := range doc.Lists {
		refs := bib.ParseEntries(l.Entries)
		b.Refs = append(b.Refs, refs...)
		for range refs {
			b.Lists = append(b.Lists, li)
		}
	}
	return parsedSource{batch: b}, nil
}

// sniffFormat tells a bibliography given on standard input or under a
// plain-text name by its first characters; anything else is an article.
func sniffFormat(text, fallback string) string {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	switch {
	case strings.HasPrefix(t, "{") && strings.Contains(t[:min(len(t), 200)], `"ibid-backup"`):
		return "ibid-backup"
	case strings.HasPrefix(t, "@"):
		return "bibtex"
	case strings.HasPrefix(t, "TY  -"):
		return "ris"
	case strings.HasPrefix(t, "[{"), strings.HasPrefix(t, "[\n"), strings.HasPrefix(t, "{\""):
		return "csl-json"
	case fallback == "":
		return "text"
	}
	return fallback
}

// readBibliography reads the records of a bibliography file. What the
// reader could not read is reported on stderr with its line (a BibTeX entry
// with an undefined macro is left out; a RIS record with no ER is kept); a
// file of which nothing can be read is an error.
func readBibliography(e *env, name, format, text string) ([]bib.Ref, error) {
	var items []bib.Item
	var errs []bib.ReadError
	switch format {
	case "bibtex":
		items, errs = bib.ReadBibTeX(text)
	case "ris":
		items, errs = bib.ReadRIS(text)
	default:
		var err error
		if items, err = bib.ReadCSLJSON(text); err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("read %s: %w", name, err)}
		}
	}
	for _, re := range errs {
		fmt.Fprintf(e.stderr, "ibid: warning: %s:%d: %s\n", name, re.Line, re.Message)
	}
	if len(items) == 0 {
		reason := "no records"
		if len(errs) > 0 {
			reason = fmt.Sprintf("no readable records (%d errors, the first at line %d: %s)", len(errs), errs[0].Line, errs[0].Message)
		}
		return nil, &exitError{code: 2, err: fmt.Errorf("read %s: %s", name, reason)}
	}
	// A bibliography record has no printed text: its raw form is the
	// record as ibid read it, in CSL-JSON, which the store writes
	// (store.Batch.Records).
	refs := make([]bib.Ref, len(items))
	for i, it := range items {
		refs[i] = bib.Ref{N: i + 1, Item: it}
	}
	return refs, nil
}
