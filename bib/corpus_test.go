package bib

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusMisses names a file that TestCorpus fills with every field a
// parsed record gets wrong, one tab-separated line per field (id, field,
// expected, parsed) after the record's text: go test ./bib -run TestCorpus
// -misses /tmp/misses.txt.
var corpusMisses = flag.String("misses", "", "TestCorpus: write each record's wrong fields to this file")

// corpusRecord is one labelled reference of testdata/corpus/*.jsonl.
type corpusRecord struct {
	ID       string          `json:"id"`
	Source   string          `json:"source"`
	Style    string          `json:"style"`
	Lang     string          `json:"lang"`
	Text     string          `json:"text"`
	Expected json.RawMessage `json:"expected"`
}

// corpusFields are the fields scored, as in ../shared/tools/score.py.
var corpusFields = []string{"author1", "title", "container-title", "issued", "volume", "issue", "page",
	"publisher", "publisher-place", "URL", "DOI", "type", "authors", "number-of-pages", "accessed", "locator"}

func corpusValue(f string, it Item, locator string) string {
	switch f {
	case "author1":
		ns := it.Author
		if len(ns) == 0 {
			ns = it.Editor
		}
		if len(ns) == 0 {
			return ""
		}
		return softKey(ns[0].Family + ns[0].Literal)
	case "authors":
		var s []string
		for _, n := range it.Author {
			s = append(s, softKey(n.Family+n.Literal))
		}
		return strings.Join(s, "|")
	case "title":
		return softKey(it.Title)
	case "container-title":
		return softKey(it.ContainerTitle)
	case "issued":
		if y := it.Issued.Year(); y > 0 {
			return fmt.Sprint(y)
		}
		return ""
	case "accessed":
		return it.Accessed.String()
	case "volume":
		return softKey(it.Volume)
	case "issue":
		return softKey(it.Issue)
	case "page":
		return normDash(it.Page)
	case "number-of-pages":
		return normDash(it.NumberOfPages)
	case "locator":
		return normDash(locator)
	case "publisher":
		return softKey(it.Publisher)
	case "publisher-place":
		return softKey(it.PublisherPlace)
	case "URL":
		return strings.ToLower(strings.TrimRight(it.URL, "."))
	case "DOI":
		return strings.ToLower(strings.TrimRight(it.DOI, "."))
	case "type":
		return it.Type
	}
	return ""
}

// softKey folds case and drops punctuation, as the scorer does.
func softKey(s string) string {
	return TitleKey(s)
}

// corpusScore counts, per scored field, the fields found right (tp), found
// but wrong or extra (fp) and expected but missed or wrong (fn).
type corpusScore map[string]*struct{ tp, fp, fn int }

// newCorpusScore returns a score with every scored field at zero.
func newCorpusScore() corpusScore {
	s := corpusScore{}
	for _, f := range corpusFields {
		s[f] = &struct{ tp, fp, fn int }{}
	}
	return s
}

// add scores one parsed reference against its label and reports whether
// every scored field agrees.
func (s corpusScore) add(got Ref, want goldExpected) bool {
	ok := true
	for _, f := range corpusFields {
		g, w := corpusValue(f, got.Item, got.Locator), corpusValue(f, want.Item, want.Locator)
		sc := s[f]
		switch {
		case g != "" && g == w:
			sc.tp++
		default:
			if g != "" {
				sc.fp++
			}
			if w != "" {
				sc.fn++
			}
			if g != w {
				ok = false
			}
		}
	}
	return ok
}

// report returns the per-field precision, recall and F1 and the micro F1
// over all fields, with the share of records whose every field is right.
func (s corpusScore) report(title string, right, total int) string {
	var tp, fp, fn int
	var b strings.Builder
	b.WriteString(title + "\n")
	for _, f := range corpusFields {
		c := s[f]
		tp, fp, fn = tp+c.tp, fp+c.fp, fn+c.fn
		fmt.Fprintf(&b, "%-16s P %.2f R %.2f F1 %.2f\n", f, ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn), f1(c.tp, c.fp, c.fn))
	}
	fmt.Fprintf(&b, "%s micro F1 %.3f; records right %d/%d", title, f1(tp, fp, fn), right, total)
	return b.String()
}

// heldOutFile reports whether a corpus file belongs to the held-out set
// (heldout-*.jsonl): it is measured and reported apart, and never enters
// the passing list, so that no change is tuned against it.
func heldOutFile(file string) bool {
	return strings.HasPrefix(filepath.Base(file), "heldout-")
}

// heldOutGroup names the group a held-out record is reported in: the
// English styles, and notes in English (Chicago notes), form the English
// group; every other record belongs to the GOST family. Each labelling
// round (heldout-r2-*.jsonl, heldout-r3-*.jsonl, …) is reported apart, so
// that its first measurement is not mixed with sets already looked at.
func heldOutGroup(file, style, lang string) string {
	group := "held-out"
	name := strings.TrimPrefix(filepath.Base(file), "heldout-")
	if round, _, ok := strings.Cut(name, "-"); ok && len(round) > 1 && round[0] == 'r' && strings.Trim(round[1:], "0123456789") == "" {
		group += " " + round
	}
	switch {
	case style == "apa", style == "chicago", style == "mla", style == "harvard", style == "ieee", style == "vancouver",
		style == "footnote" && lang == "en":
		return group + " English"
	}
	return group + " GOST family"
}

// TestCorpus parses every labelled list of testdata/corpus and reports
// per-field precision, recall and F1. It keeps a ratchet: an id listed in
// passing.txt that breaks fails the test, and an id that newly passes asks
// to be listed (go test ./bib -run Corpus -update). The held-out files
// (heldout-*.jsonl) are scored and reported apart, per style group, and
// stay out of the main figures and of the ratchet.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Skip("no labelled corpus in testdata/corpus")
	}
	scores := newCorpusScore()
	held := map[string]corpusScore{}
	heldRight, heldTotal := map[string]int{}, map[string]int{}
	passing := map[string]bool{}
	var total int
	var misses strings.Builder
	for _, file := range files {
		recs := readCorpusFile(t, file)
		heldOut := heldOutFile(file)
		if !heldOut {
			total += len(recs)
		}
		// Entries of one source form one list (Ibid. refers within it).
		for start := 0; start < len(recs); {
			end := start + 1
			for end < len(recs) && recs[end].Source == recs[start].Source {
				end++
			}
			lines := make([]string, end-start)
			for i := range lines {
				lines[i] = recs[start+i].Text
			}
			refs := ParseLines(lines)
			for i, r := range refs {
				rec := recs[start+i]
				var want goldExpected
				if err := json.Unmarshal(rec.Expected, &want); err != nil {
					t.Fatalf("%s: %v", rec.ID, err)
				}
				if *corpusMisses != "" {
					writeMisses(&misses, rec, r, want)
				}
				if !heldOut {
					if scores.add(r, want) {
						passing[rec.ID] = true
					}
					continue
				}
				g := heldOutGroup(file, rec.Style, rec.Lang)
				if held[g] == nil {
					held[g] = newCorpusScore()
				}
				heldTotal[g]++
				if held[g].add(r, want) {
					heldRight[g]++
				}
			}
			start = end
		}
	}
	t.Log("\n" + scores.report("corpus", len(passing), total))
	groups := make([]string, 0, len(held))
	for g := range held {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		t.Log("\n" + held[g].report(g, heldRight[g], heldTotal[g]))
	}
	if *corpusMisses != "" {
		if err := os.WriteFile(*corpusMisses, []byte(misses.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	listed := readPassing(t)
	if *updateGolden { // -update also rewrites passing.txt
		writePassing(t, passing)
		return
	}
	for id := range listed {
		if !passing[id] {
			t.Errorf("%s passed before and fails now", id)
		}
	}
	var newly []string
	for id := range passing {
		if !listed[id] {
			newly = append(newly, id)
		}
	}
	if len(newly) > 0 {
		sort.Strings(newly)
		t.Errorf("%d ids pass and are not listed in passing.txt (run go test ./bib -run Corpus -update): %v", len(newly), newly)
	}
}

// writeMisses appends a record's text and each scored field the parse got
// wrong to b.
func writeMisses(b *strings.Builder, rec corpusRecord, got Ref, want goldExpected) {
	head := false
	for _, f := range corpusFields {
		g, w := corpusValue(f, got.Item, got.Locator), corpusValue(f, want.Item, want.Locator)
		if g == w {
			continue
		}
		if !head {
			fmt.Fprintf(b, "\n%s\t%s\n", rec.ID, rec.Text)
			head = true
		}
		fmt.Fprintf(b, "%s\t%s\twant %q\tgot %q\n", rec.ID, f, w, g)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(tp, fp, fn int) float64 {
	p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// readCorpus returns the records of a tuned corpus file. A held-out file
// (heldout-*.jsonl) yields none: only TestCorpus reads it, through
// readCorpusFile, so that no other test or benchmark can be tuned on it.
func readCorpus(t testing.TB, file string) []corpusRecord {
	t.Helper()
	if heldOutFile(file) {
		return nil
	}
	return readCorpusFile(t, file)
}

// readCorpusFile returns every record of a corpus file, held-out or not.
func readCorpusFile(t testing.TB, file string) []corpusRecord {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, r)
	}
	return out
}

const passingFile = "../testdata/corpus/passing.txt"

func readPassing(t *testing.T) map[string]bool {
	b, err := os.ReadFile(passingFile)
	if os.IsNotExist(err) {
		return map[string]bool{}
	}
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, l := range strings.Fields(string(b)) {
		m[l] = true
	}
	return m
}

func writePassing(t *testing.T, ids map[string]bool) {
	var s []string
	for id := range ids {
		s = append(s, id)
	}
	sort.Strings(s)
	if err := os.WriteFile(passingFile, []byte(strings.Join(s, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
