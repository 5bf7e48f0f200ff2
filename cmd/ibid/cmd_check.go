package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/ibid-project/ibid/bib"
	"github.com/urfave/cli/v2"
)

// checkOptions are the flags of ibid check.
type checkOptions struct {
	Format  string
	Ignore  []string
	FixList bool
	Output  string
}

// checkCommand is "ibid check": in-text citations against the article's own list.
func checkCommand(e *env) *cli.Command {
	var o checkOptions
	var ignore cli.StringSlice
	return &cli.Command{
		Name:      "check",
		Usage:     "check an article's in-text citations against its own reference list",
		ArgsUsage: "FILE",
		Description: `Finds the in-text citations of an article ([1, с. 5], [3–7], (Nye, 2004),
[Иванов, 2010, с. 5], footnote signs) and its reference list, and reports
numbers with no entry, entries never cited, ranges past the end, pages
outside an entry's pages, a numbered list not in order of first citation,
reused or backward note numbers, the same work listed twice, Ibid. with
nothing before it, author-date citations with no matching entry or year,
and entries missing what GOST requires or carrying repairs.

Each finding is printed as "file:line:col: severity: message [rule]", then a
summary. Exit status: 0 with no errors, 1 with errors, 2 for usage and
input errors. --ignore RULE silences a rule (repeatable).

--fix-list prints the list renumbered in order of first citation and the
markers that change; with -o FILE the whole article, renumbered, is
written to FILE. The input file is never changed unless it is named by -o.

Examples:
   ibid check article.md
   ibid check --ignore uncited-entry --ignore missing-access-date article.md
   ibid check --format json article.md
   ibid check --fix-list -o renumbered.md article.md`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json", Destination: &o.Format},
			&cli.StringSliceFlag{Name: "ignore", Usage: "do not report `RULE` (repeatable)", Destination: &ignore},
			&cli.BoolFlag{Name: "fix-list", Usage: "propose the list renumbered in order of first citation", Destination: &o.FixList},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "with --fix-list, write the renumbered article to `FILE`", Destination: &o.Output},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("check takes one file")
			}
			o.Ignore = ignore.Value()
			return runCheck(e, o, c.Args().First())
		},
	}
}

// runCheck checks one article (a file, or standard input for "-") and
// prints its findings; it returns errFindings when any is an error.
func runCheck(e *env, o checkOptions, path string) error {
	if o.Format != "text" && o.Format != "json" {
		return usageError("unknown --format %q: use text or json", o.Format)
	}
	if o.Output != "" && !o.FixList {
		return usageError("-o is for --fix-list")
	}
	rules := bib.CheckRules()
	ignored := map[string]bool{}
	for _, r := range o.Ignore {
		for _, r := range strings.Split(r, ",") {
			r = strings.TrimSpace(r)
			if !slices.Contains(rules, r) {
				return usageError("unknown rule %q for --ignore: rules are %s", r, strings.Join(rules, ", "))
			}
			ignored[r] = true
		}
	}
	name, text, err := readInput(e, path)
	if err != nil {
		return err
	}
	doc := bib.ReadDocument(text)
	if o.FixList {
		return fixList(e, o, name, doc)
	}
	refs := make([][]bib.Ref, len(doc.Lists))
	for i, l := range doc.Lists {
		refs[i] = bib.ParseEntries(l.Entries)
	}
	var findings []bib.Finding
	for _, f := range bib.Check(doc, refs) {
		if !ignored[f.Rule] {
			findings = append(findings, f)
		}
	}
	if o.Format == "json" {
		err = writeCheckJSON(e.stdout, name, findings)
	} else {
		err = writeCheckText(e.stdout, name, findings)
	}
	if err != nil {
		return err
	}
	for _, f := range findings {
		if f.Severity == bib.SeverityError {
			return errFindings
		}
	}
	return nil
}

// checkCount is how many findings a rule gave, for the summary.
type checkCount struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Count    int    `json:"count"`
}

// summarize counts findings by severity and by rule: errors first, then
// the rules with the most findings.
func summarize(fs []bib.Finding) (map[string]int, []checkCount) {
	bySev := map[string]int{bib.SeverityError: 0, bib.SeverityWarning: 0, bib.SeverityInfo: 0}
	idx := map[string]int{}
	var rules []checkCount
	for _, f := range fs {
		bySev[f.Severity]++
		i, ok := idx[f.Rule]
		if !ok {
			i = len(rules)
			idx[f.Rule] = i
			rules = append(rules, checkCount{Rule: f.Rule, Severity: f.Severity})
		}
		rules[i].Count++
	}
	rank := map[string]int{bib.SeverityError: 0, bib.SeverityWarning: 1, bib.SeverityInfo: 2}
	sort.SliceStable(rules, func(i, j int) bool {
		a, b := rules[i], rules[j]
		if rank[a.Severity] != rank[b.Severity] {
			return rank[a.Severity] < rank[b.Severity]
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Rule < b.Rule
	})
	return bySev, rules
}

// writeCheckText prints findings in the compilers' format, then the summary.
func writeCheckText(w io.Writer, name string, fs []bib.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range fs {
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", name, f.Line, f.Col, f.Severity, f.Message, f.Rule)
	}
	bySev, rules := summarize(fs)
	if len(fs) == 0 {
		fmt.Fprintf(bw, "%s: no problems found\n", name)
	} else {
		fmt.Fprintf(bw, "\n%s: %s, %s, %d info\n", name, plural(bySev[bib.SeverityError], "error"), plural(bySev[bib.SeverityWarning], "warning"), bySev[bib.SeverityInfo])
		for _, r := range rules {
			fmt.Fprintf(bw, "  %-8s %-22s %d\n", r.Severity, r.Rule, r.Count)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// plural writes "1 error", "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// checkJSON is the stable JSON form of ibid check's output.
type checkJSON struct {
	File     string        `json:"file"`
	Findings []findingJSON `json:"findings"`
	Summary  struct {
		Errors   int          `json:"errors"`
		Warnings int          `json:"warnings"`
		Info     int          `json:"info"`
		Rules    []checkCount `json:"rules"`
	} `json:"summary"`
}

// findingJSON is one finding in --format json.
type findingJSON struct {
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// writeCheckJSON prints the findings and the summary as one JSON object.
func writeCheckJSON(w io.Writer, name string, fs []bib.Finding) error {
	out := checkJSON{File: name, Findings: []findingJSON{}}
	for _, f := range fs {
		out.Findings = append(out.Findings, findingJSON{f.Line, f.Col, f.Severity, f.Rule, f.Message})
	}
	bySev, rules := summarize(fs)
	out.Summary.Errors, out.Summary.Warnings, out.Summary.Info = bySev[bib.SeverityError], bySev[bib.SeverityWarning], bySev[bib.SeverityInfo]
	out.Summary.Rules = rules
	if out.Summary.Rules == nil {
		out.Summary.Rules = []checkCount{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// fixList prints (or with -o writes) the list renumbered in order of first
// citation. Lists of notes are numbered by position, not renumbered.
func fixList(e *env, o checkOptions, name string, doc bib.Document) error {
	if len(doc.Lists) == 0 {
		return &exitError{code: 2, err: fmt.Errorf("%s: no reference list found", name)}
	}
	for _, en := range doc.Lists[0].Entries {
		if en.Label == "" {
			return &exitError{code: 2, err: fmt.Errorf("%s: the reference list is not numbered; --fix-list renumbers numbered lists", name)}
		}
	}
	if bib.IsNotesList(bib.ParseEntries(doc.Lists[0].Entries)) {
		return &exitError{code: 2, err: fmt.Errorf("%s: the list is a list of notes; --fix-list renumbers lists of works", name)}
	}
	var markers []bib.Marker
	for _, m := range bib.FindMarkers(doc.Lines[:doc.BodyEnd]) {
		if m.Kind == bib.MarkerNumeric {
			markers = append(markers, m)
		}
	}
	fix := bib.FixList(doc, markers)
	if o.Output != "" {
		text := strings.Join(fix.Lines, "\n")
		if err := os.WriteFile(o.Output, []byte(text), 0o644); err != nil {
			return &exitError{code: 2, err: fmt.Errorf("write %s: %w", o.Output, err)}
		}
		fmt.Fprintf(e.stderr, "ibid: wrote %s: %d markers renumbered\n", o.Output, len(fix.Changes))
		return nil
	}
	bw := bufio.NewWriter(e.stdout)
	if !fix.Changed() {
		fmt.Fprintf(bw, "%s: the list is already in order of first citation\n", name)
	} else {
		for _, l := range fix.List {
			fmt.Fprintln(bw, l)
		}
		fmt.Fprintln(bw)
		for _, c := range fix.Changes {
			fmt.Fprintf(bw, "%s:%d:%d: %s -> %s\n", name, c.Line, c.Col, c.Old, c.New)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
