package bib

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldCitations is the part of testdata/gold/citations.json the checker is
// measured against.
type goldCitations struct {
	Source  string `json:"source"`
	Count   int    `json:"marker_count"`
	Markers []struct {
		Seq      int      `json:"seq"`
		Line     int      `json:"line"`
		Raw      string   `json:"raw"`
		Attached *bool    `json:"attached"`
		Entries  []string `json:"entries"`
	} `json:"markers"`
	Problems []struct {
		Code    string   `json:"code"`
		Entry   string   `json:"entry"`
		Entries []string `json:"entries"`
		Line    int      `json:"line"`
		Seq     int      `json:"seq"`
		Seqs    []int    `json:"seqs"`
		Numbers []struct {
			Lines []int `json:"lines"`
		} `json:"numbers"`
		Steps []struct {
			ToSeq int `json:"to_seq"`
		} `json:"steps"`
	} `json:"problems"`
	EditorNotes []struct {
		Seq  int    `json:"seq"`
		Line int    `json:"line"`
		Note string `json:"note"`
	} `json:"editor_notes_not_machine_checkable"`
}

// goldNotCheckProblems are gold problem codes about an entry's own text
// (dates, spelling, a URL that disagrees with the printed container or
// title): the parser reports them, ibid check does not.
var goldNotCheckProblems = map[string]bool{
	"malformed_date": true, "spelling": true, "container_url_mismatch": true,
	"title_url_mismatch": true, "transliteration_translation_mismatch": true,
	// Not a finding: only the inner [24] of the aside is a marker, which
	// TestCheckGold checks on the markers themselves.
	"marker_inside_editorial_brackets": true,
}

// goldKeys turns the gold problems of one seed into "rule@line" keys a
// finding must match; a key may accept several rules ("same-url|url-moved").
func goldKeys(t *testing.T, g goldCitations, entryLine func(id string) int) (want []string, optional map[string]bool) {
	seqLine := map[int]int{}
	for _, m := range g.Markers {
		seqLine[m.Seq] = m.Line
	}
	add := func(rule string, line int) { want = append(want, fmt.Sprintf("%s@%d", rule, line)) }
	for _, p := range g.Problems {
		switch p.Code {
		case "duplicate_note_number":
			for _, n := range p.Numbers {
				add(CheckDuplicateNote, n.Lines[1])
			}
		case "note_numbers_go_backwards":
			for _, s := range p.Steps {
				add(CheckNoteOrder, seqLine[s.ToSeq])
			}
		case "repeated_note_number_in_sequence":
			// The same reuse as duplicate_note_number reports for [21].
		case "empty_locator":
			add(CheckEmptyLocator, entryLine(p.Entry))
		case "secondary_citation":
			add(CheckSecondary, entryLine(p.Entry))
		case "missing_figure":
			add(CheckMissingFigure, p.Line)
		case "orphan_note_sign":
			add(CheckOrphanNoteSign, p.Line)
		case "wrong_url":
			add(CheckURLMoved, entryLine(p.Entry))
		case "stray_line":
			add(CheckStrayLine, p.Line)
		case "same_url_in_two_entries":
			add(CheckSameURL+"|"+CheckURLMoved, entryLine(p.Entries[len(p.Entries)-1]))
		case "quotation_without_page":
			add(CheckQuoteNoPage, p.Line)
		case "uncited_quotation":
			add(CheckUncitedQuote, p.Line)
		case "marker_after_sentence_end":
			add(CheckMarkerAfterPeriod, p.Line)
		case "inconsistent_locator_format":
			for _, s := range p.Seqs {
				add(CheckLocatorFormat, seqLine[s])
			}
		case "secondary_citation_unmarked":
			for _, s := range p.Seqs {
				add(CheckNameMismatch, seqLine[s])
			}
		default:
			if !goldNotCheckProblems[p.Code] {
				t.Errorf("gold problem %q has no rule", p.Code)
			}
		}
	}
	// Editor notes name real problems the gold does not require: a
	// finding on them is neither counted for nor against the checker.
	optional = map[string]bool{}
	for _, n := range g.EditorNotes {
		if n.Seq > 0 && strings.Contains(n.Note, "names") {
			optional[fmt.Sprintf("%s@%d", CheckNameMismatch, seqLine[n.Seq])] = true
		}
		if n.Seq == 0 && strings.Contains(n.Note, "glued markers") {
			for _, m := range g.Markers {
				if m.Attached != nil && *m.Attached {
					optional[fmt.Sprintf("%s@%d", CheckNameMismatch, m.Line)] = true
				}
			}
		}
	}
	return want, optional
}

// TestCheckGold measures ibid check on the seed articles against
// testdata/gold/citations.json: the markers found, the checks that must
// pass, and precision and recall on the problems (errors and warnings;
// info findings such as URL repairs and GOST completeness are not in the
// gold and are not counted).
func TestCheckGold(t *testing.T) {
	b, err := os.ReadFile("../testdata/gold/citations.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]json.RawMessage
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	for _, seed := range []string{"000", "002"} {
		t.Run(seed, func(t *testing.T) {
			var g goldCitations
			if err := json.Unmarshal(gold[seed], &g); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob("../testdata/articles/" + seed + "_*.txt")
			if len(files) != 1 {
				t.Fatalf("seed %s: %d files", seed, len(files))
			}
			text, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			doc := ReadDocument(string(text))
			if len(doc.Lists) == 0 {
				t.Skip("ReadDocument finds no list yet")
			}
			var refs [][]Ref
			for _, l := range doc.Lists {
				refs = append(refs, ParseEntries(l.Entries))
			}

			// Markers: every gold marker, in order, at its line.
			var ms []Marker
			for _, m := range FindMarkers(doc.Lines[:doc.BodyEnd]) {
				if m.Kind == MarkerNumeric {
					ms = append(ms, m)
				}
			}
			if len(ms) != g.Count {
				t.Errorf("found %d numeric markers, gold has %d", len(ms), g.Count)
			}
			for i, gm := range g.Markers {
				if i >= len(ms) {
					break
				}
				if ms[i].Raw != gm.Raw || ms[i].Line != gm.Line || gm.Attached != nil && ms[i].Attached != *gm.Attached {
					t.Errorf("marker %d: got %s at line %d attached=%v, want %s at line %d", gm.Seq, ms[i].Raw, ms[i].Line, ms[i].Attached, gm.Raw, gm.Line)
				}
				var nums []string
				for _, n := range ms[i].Nums {
					nums = append(nums, seed+"-"+fmt.Sprintf("%02d", n))
				}
				if strings.Join(nums, " ") != strings.Join(gm.Entries, " ") {
					t.Errorf("marker %d cites %v, want %v", gm.Seq, nums, gm.Entries)
				}
			}

			entryLine := func(id string) int {
				n, _ := strconv.Atoi(strings.TrimPrefix(id, seed+"-"))
				if n < 1 || n > len(refs[0]) {
					t.Fatalf("no entry %s", id)
				}
				return doc.Lists[0].Entries[n-1].Line
			}
			want, optional := goldKeys(t, g, entryLine)
			findings := Check(doc, refs)

			// Checks that must pass: nothing about missing or uncited
			// entries, ranges, first-citation order, pages or Ibid.
			for _, f := range findings {
				switch f.Rule {
				case CheckMissingEntry, CheckUncitedEntry, CheckRangePastEnd, CheckCitationOrder, CheckPageOutOfRange, CheckIbidNoAntecedent, CheckAuthorNoEntry, CheckAuthorYear:
					t.Errorf("must-pass check failed: %d:%d: %s [%s]", f.Line, f.Col, f.Message, f.Rule)
				}
			}

			matched := make([]bool, len(want))
			tp, fp := 0, 0
			for _, f := range findings {
				if f.Severity == SeverityInfo {
					continue
				}
				// A finding matches every gold key on its line that accepts
				// its rule: gold may describe one defect twice (wrong_url and
				// same_url_in_two_entries for one URL printed in two entries).
				hit := false
				for i, w := range want {
					rules, line, _ := strings.Cut(w, "@")
					if strconv.Itoa(f.Line) != line {
						continue
					}
					for _, r := range strings.Split(rules, "|") {
						if r == f.Rule {
							matched[i] = true
							hit = true
						}
					}
				}
				switch {
				case hit:
					tp++
				case optional[fmt.Sprintf("%s@%d", f.Rule, f.Line)]:
				default:
					fp++
					t.Logf("not in gold: %d:%d: %s [%s]", f.Line, f.Col, f.Message, f.Rule)
				}
			}
			found := 0
			for i, ok := range matched {
				if ok {
					found++
				} else {
					t.Logf("missed: %s", want[i])
				}
			}
			precision := float64(tp) / float64(max(tp+fp, 1))
			recall := float64(found) / float64(max(len(want), 1))
			t.Logf("seed %s: precision %.2f (%d/%d), recall %.2f (%d/%d)", seed, precision, tp, tp+fp, recall, found, len(want))
			if precision < 0.95 || recall < 0.95 {
				t.Errorf("precision %.2f, recall %.2f: want both ≥ 0.95", precision, recall)
			}
		})
	}
}
