package bib

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Severities of a Finding. Only errors make ibid check exit 1.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Rule names are stable: users silence a rule by name (ibid check --ignore RULE).
const (
	CheckMissingEntry      = "missing-entry"        // a number cited with no entry
	CheckRangePastEnd      = "range-past-end"       // [3–7] with five entries
	CheckUncitedEntry      = "uncited-entry"        // an entry no marker cites
	CheckPageOutOfRange    = "page-out-of-range"    // a page outside the entry's pages or beyond its page count
	CheckCitationOrder     = "citation-order"       // a numbered list not in order of first citation
	CheckDuplicateNote     = "duplicate-note"       // a note number used twice in a notes list
	CheckNoteOrder         = "note-order"           // a note number lower than the one before it
	CheckDuplicateEntry    = "duplicate-entry"      // the same work listed twice
	CheckDuplicateLabel    = "duplicate-label"      // a list number printed twice ("9." twice)
	CheckIbidNoAntecedent  = "ibid-no-antecedent"   // Ibid./op. cit. with nothing to point back to
	CheckAuthorNoEntry     = "author-date-no-entry" // (Author, year) with no entry by that author
	CheckAuthorYear        = "author-date-year"     // the author is listed, but not with that year
	CheckParallelList      = "parallel-list"        // a second (transliterated) list, checked once
	CheckExtraList         = "extra-list"           // a further list the markers are not checked against
	CheckNoList            = "no-list"              // markers but no reference list
	CheckMissingYear       = "missing-year"         // GOST: every entry has a year
	CheckMissingPublisher  = "missing-publisher"    // GOST: a book names its publisher
	CheckMissingPlace      = "missing-place"        // GOST: a book names its place of publication
	CheckMissingPages      = "missing-pages"        // GOST: an article or chapter gives its pages
	CheckMissingAccessDate = "missing-access-date"  // GOST: an online resource gives its access date
	CheckURLRepaired       = "url-repaired"         // a URL broken by copying was mended
	CheckURLMoved          = "url-moved"            // a URL printed in the wrong entry
	CheckSameURL           = "same-url"             // two entries print the same URL
	CheckEmptyLocator      = "empty-locator"        // "— P." with no page
	CheckSecondary         = "secondary-citation"   // "As cited in" without the original work
	CheckStrayLine         = "stray-line"           // a line that continues an entry across a blank line
	CheckParseWarning      = "parse-warning"        // anything else the parser could not read
	CheckQuoteNoPage       = "quote-no-page"        // a direct quotation cited without a page
	CheckMarkerAfterPeriod = "marker-after-period"  // "publics. [13, p.2]." — a full stop on both sides
	CheckLocatorFormat     = "locator-format"       // "p. 185" among "p.104": one form per article
	CheckNameMismatch      = "name-mismatch"        // the sentence names an author the cited entry does not
	CheckMissingFigure     = "missing-figure"       // "(see Diagram 1)" with no Diagram 1
	CheckUncitedQuote      = "uncited-quote"        // a quotation of six words or more with no marker
	CheckOrphanNoteSign    = "orphan-note-sign"     // "2012.*" with no note text
)

// CheckRules lists every rule name Check reports, for --ignore to validate.
func CheckRules() []string {
	return []string{
		CheckMissingEntry, CheckRangePastEnd, CheckUncitedEntry, CheckPageOutOfRange,
		CheckCitationOrder, CheckDuplicateNote, CheckNoteOrder, CheckDuplicateEntry, CheckDuplicateLabel,
		CheckIbidNoAntecedent, CheckAuthorNoEntry, CheckAuthorYear, CheckParallelList,
		CheckExtraList, CheckNoList, CheckMissingYear, CheckMissingPublisher,
		CheckMissingPlace, CheckMissingPages, CheckMissingAccessDate, CheckURLRepaired,
		CheckURLMoved, CheckSameURL, CheckEmptyLocator, CheckSecondary, CheckStrayLine,
		CheckParseWarning, CheckQuoteNoPage, CheckMarkerAfterPeriod, CheckLocatorFormat,
		CheckNameMismatch, CheckMissingFigure, CheckUncitedQuote, CheckOrphanNoteSign,
	}
}

// Finding is one problem ibid check reports, at a 1-based line and column
// (columns count characters) of the checked document.
type Finding struct {
	Line, Col int
	Severity  string // SeverityError, SeverityWarning or SeverityInfo
	Rule      string
	Message   string
}

// Check compares the in-text citations of a document with its reference
// lists. refs holds the parsed entries of each list, parallel to doc.Lists.
// A file of several papers, each with its own list (see chkPaperStarts),
// is checked paper by paper. Findings come sorted by position.
func Check(doc Document, refs [][]Ref) []Finding {
	if lines, widths, ok := chkStripLineNumbers(doc.Lines); ok {
		// A manuscript for review prints its line numbers before every
		// line: read it without them, report at the printed columns.
		d := ReadDocument(strings.Join(lines, "\n"))
		rs := make([][]Ref, len(d.Lists))
		for i, l := range d.Lists {
			rs[i] = ParseEntries(l.Entries)
		}
		out := Check(d, rs)
		for k := range out {
			out[k].Col += widths[out[k].Line-1]
		}
		return out
	}
	starts := chkPaperStarts(doc)
	if len(starts) == 0 {
		return checkPaper(doc, refs)
	}
	var out []Finding
	from, a := 0, 0
	for k := 0; k <= len(starts); k++ {
		to, b := len(doc.Lines), len(doc.Lists)
		if k < len(starts) {
			b = starts[k]
			to = slices.Max(doc.Lists[b-1].Entries[len(doc.Lists[b-1].Entries)-1].Lines)
		}
		out = append(out, checkPaper(chkPaperPart(doc, from, to, a, b), refs[a:b])...)
		from, a = to, b
	}
	return out
}

// chkLineNumberRe is the line number a manuscript for review prints
// before each line: "12  реформы, когда …".
var chkLineNumberRe = lazyRegexp(`^(\d{1,4})(?:\s+|$)`)

// chkMinNumberedLines is the fewest lines numbered one after another, and
// chkMinNumberedRunOn the fewest of them that go on with a sentence in
// lower case, for a text to be read as printed with its line numbers.
const (
	chkMinNumberedLines = 10
	chkMinNumberedRunOn = 3
)

// chkStripLineNumbers returns the lines without the line numbers a
// manuscript for review prints before them, and the width in characters
// of each number taken off: when nearly every line that is not blank
// (four in five), the first among them, opens with the number after the
// one before, and some of them go on in lower case (a label opens an
// entry with a capital).
func chkStripLineNumbers(lines []string) ([]string, []int, bool) {
	out, widths := slices.Clone(lines), make([]int, len(lines))
	prev, numbered, text, runOn := -1, 0, 0, 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		text++
		loc := chkLineNumberRe.FindStringSubmatchIndex(l)
		if loc == nil && text == 1 {
			return nil, nil, false // the numbers start with the first line
		}
		if loc == nil {
			continue
		}
		n, _ := strconv.Atoi(l[loc[2]:loc[3]])
		if prev >= 0 && n != prev+1 {
			continue
		}
		prev = n
		numbered++
		if unicode.IsLower(firstRune(l[loc[1]:])) {
			runOn++
		}
		out[i], widths[i] = l[loc[1]:], utf8.RuneCountInString(l[:loc[1]])
	}
	if numbered < chkMinNumberedLines || runOn < chkMinNumberedRunOn || numbered*5 < text*4 {
		return nil, nil, false
	}
	return out, widths, true
}

// chkPaperStarts finds the papers of a file that holds several, as a
// conference's collected theses do, each with its text and its own list:
// the indexes of the lists (after the first) that open a paper, with
// running text that cites between it and the list before. A list of works
// opens a paper when it is headed as the list before and is numbered from
// 1 or unnumbered (the papers need not share a style: a numbered list may
// be followed by an author-date paper's unnumbered one); a list of notes
// numbered from 1 opens one after a list of works when the text between
// signs notes. It returns nil for a file of one paper.
func chkPaperStarts(doc Document) []int {
	var starts []int
	for i := 1; i < len(doc.Lists); i++ {
		prev, l := doc.Lists[i-1], doc.Lists[i]
		if len(prev.Entries) == 0 || len(l.Entries) == 0 || l.HeadingLine == 0 {
			continue
		}
		end := slices.Max(prev.Entries[len(prev.Entries)-1].Lines)
		if end >= l.HeadingLine-1 {
			continue
		}
		between := doc.Lines[end : l.HeadingLine-1]
		if chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] {
			if !chkNotesHeadings[foldKey(strings.Trim(prev.Heading, " *_:#."))] && l.Entries[0].Label == "1" && chkCitesIn(between, MarkerFootnote) {
				starts = append(starts, i)
			}
			continue
		}
		if foldKey(prev.Heading) != foldKey(l.Heading) || l.Entries[0].Label != "1" && !chkUnlabelled(l.Entries) {
			continue
		}
		if chkCitesIn(between, MarkerNumeric, MarkerAuthorDate) {
			starts = append(starts, i)
		}
	}
	return starts
}

// chkCitesIn reports whether lines hold a marker of one of the kinds
// given: by number or by author and year for a list of works, a note
// sign for a list of notes.
func chkCitesIn(lines []string, kinds ...MarkerKind) bool {
	return slices.ContainsFunc(FindMarkers(lines), func(m Marker) bool {
		return slices.Contains(kinds, m.Kind)
	})
}

// chkPaperPart is the part of a document from line from to line to
// (0-based, to excluded) with its lists a to b: the other lines blank, so
// that its findings keep the file's line numbers.
func chkPaperPart(doc Document, from, to, a, b int) Document {
	lines := make([]string, len(doc.Lines))
	copy(lines[from:to], doc.Lines[from:to])
	end := doc.BodyEnd
	if a > 0 {
		end = doc.Lists[a].HeadingLine - 1
	}
	return Document{Lines: lines, BodyEnd: end, Lists: doc.Lists[a:b]}
}

// checkPaper checks one paper: its text against its lists.
func checkPaper(doc Document, refs [][]Ref) []Finding {
	c := checker{doc: doc, refs: refs}
	end := doc.BodyEnd
	if end > len(doc.Lines) || end < 0 {
		end = len(doc.Lines)
	}
	// Footnote definitions are notes, not body text; nor is the YAML
	// metadata block a Pandoc Markdown file may open with.
	c.body = make([]string, end)
	yaml := chkYAMLEnd(doc.Lines)
	for i, l := range doc.Lines[:end] {
		if !isNoteDefinition(l) && i >= yaml {
			c.body[i] = l
		}
	}
	c.readJATS()
	c.readFB2()
	c.readPandocReferences()
	c.normalizeTypography()
	c.readTeXBibliography()
	c.readBibTeXRecords()
	c.readEndNoteCitations()
	c.readInlineNotes()
	c.readWikiRefs()
	c.renumberChapterNotes()
	c.relabelNotes()
	c.readUnknownHeadingList()
	c.readUnknownPartsAfter()
	c.readRunInList()
	c.splitListColumns()
	c.readHTMLListStarts()
	c.readTableLists()
	c.splitLetterLabels()
	c.stripAnchors()
	c.etAlVariants()
	c.dropTagEntries()
	c.undoConverterMarks()
	c.dropBackPages()
	c.joinPageBreaks()
	c.joinKindLists()
	c.readRuleNotes()
	c.relabelSuperscriptLists()
	c.readPageNotes()
	c.run()
	for k, f := range c.out {
		if cols, ok := c.cols[f.Line]; ok && f.Col-1 < len(cols) {
			c.out[k].Col = cols[f.Col-1]
		}
	}
	sort.SliceStable(c.out, func(i, j int) bool {
		a, b := c.out[i], c.out[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return severityRank(a.Severity) < severityRank(b.Severity)
	})
	return c.out
}

// chkYAMLKeyRe is a line of a YAML metadata block: "title: …", "author:".
var chkYAMLKeyRe = lazyRegexp(`^[A-Za-z][\w-]*:(?:\s|$)`)

// chkYAMLEnd is the number of lines a YAML metadata block takes at the
// top of a Pandoc Markdown file ("---", "title: …", "---" or "..."), or 0
// when the file opens with none.
func chkYAMLEnd(lines []string) int {
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" || !chkYAMLKeyRe.MatchString(lines[1]) {
		return 0
	}
	for i := 2; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
			return i + 1
		}
	}
	return 0
}

// chkBibitemRe is an entry of a LaTeX source's bibliography:
// "\bibitem{Lev87} Левитан Б.~М. …", "\bibitem[Левитан]{Lev87} …".
var chkBibitemRe = lazyRegexp(`^\s*\\bibitem(?:\[[^\]]*\])?\{([^{}]+)\}\s*(.*)$`)

// chkTeXCiteRe is a LaTeX citation: "\cite{Tikh49, Lev87}",
// "\cite[с.~112]{Marchenko77}", and natbib's with a note before and
// after: "\citep[см.][с.~330]{Auzan2013}" (the page in the second);
// biblatex's "\parencite", "\autocite", "\textcite" and their kin too.
var chkTeXCiteRe = lazyRegexp(`\\(?:cite|parencite|autocite|textcite|footcite|smartcite|supercite|Cite|Parencite|Autocite|Textcite)\w*(?:\[([^\]]*)\])?(?:\[([^\]]*)\])?\{([^{}]+)\}`)

// chkTeXPageRe is the page in a LaTeX citation's optional argument:
// "с.~640", "p.~12--14".
var chkTeXPageRe = lazyRegexp(`^(?:[СсCcPpSs]|[Pp]p|стр)\.\s*(\d+(?:\s*(?:--|[-–—])\s*\d+)?)$`)

// readTeXBibliography makes the \bibitem entries of a LaTeX source the
// document's list, numbered by place, and ends the body at the first of
// them; its \cite commands are read by texCitations.
func (c *checker) readTeXBibliography() {
	var es []Entry
	keys := map[string]int{}
	for i, l := range c.doc.Lines {
		sm := chkBibitemRe.FindStringSubmatch(l)
		if sm == nil {
			continue
		}
		keys[strings.TrimSpace(sm[1])] = len(es) + 1
		es = append(es, Entry{Label: strconv.Itoa(len(es) + 1), Line: i + 1, Lines: []int{i + 1}, Raw: strings.ReplaceAll(texText(sm[2]), "\u00a0", " ")})
	}
	if len(es) == 0 {
		return
	}
	c.texKeys = keys
	c.doc.Lists = []List{{Heading: "thebibliography", Entries: es}}
	c.refs = [][]Ref{ParseEntries(es)}
	if end := es[0].Line - 1; end < len(c.body) {
		c.body = c.body[:end]
	}
}

// texCitations reads the \cite commands of a LaTeX source as numeric
// markers of the \bibitem list, with the page of the optional argument,
// and reports a key no \bibitem has.
func (c *checker) texCitations() []Marker {
	if c.texKeys == nil {
		return nil
	}
	var out []Marker
	for i, l := range c.body {
		for _, loc := range chkTeXCiteRe.FindAllStringSubmatchIndex(l, -1) {
			m := Marker{Kind: MarkerNumeric, Line: i + 1, Col: utf8.RuneCountInString(l[:loc[0]]) + 1, Raw: l[loc[0]:loc[1]]}
			for _, k := range strings.Split(l[loc[6]:loc[7]], ",") {
				n, ok := c.texKeys[strings.TrimSpace(k)]
				if !ok {
					c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites %s, which no %s holds", m.Raw, strings.TrimSpace(k), cmp.Or(c.texWhat, "\\bibitem"))
					continue
				}
				m.Nums, m.Pages = append(m.Nums, n), append(m.Pages, "")
			}
			post := loc[2:4]
			if loc[4] >= 0 { // "[см.][с.~330]": the page is the note after
				post = loc[4:6]
			}
			if post[0] >= 0 && len(m.Nums) == 1 {
				opt := strings.ReplaceAll(l[post[0]:post[1]], "~", " ")
				if sm := chkTeXPageRe.FindStringSubmatch(strings.TrimSpace(opt)); sm != nil {
					m.Page = strings.ReplaceAll(strings.Join(strings.Fields(sm[1]), ""), "--", "–")
					m.Pages[0] = m.Page
				} else {
					m.Locator = opt // "теорема~3": a place that is not a page
				}
			}
			if len(m.Nums) > 0 {
				out = append(out, m)
			}
		}
	}
	return out
}

// chkLetterLabelRe is a list label with a letter after its number, as a
// dissertation numbers a work added to a finished list: "4а. Распоряжение
// …", "5а. Абрамова Е. Н. …".
var chkLetterLabelRe = lazyRegexp(`^\s*(\d{1,4}[а-яa-z])[.)]\s+(\S.*)$`)

// splitLetterLabels splits off the entries labelled with a letter after
// the number ("4а."), which the list reader joins to the entry above.
func (c *checker) splitLetterLabels() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		var es []Entry
		split := false
		for _, e := range l.Entries {
			cur := Entry{Label: e.Label, Line: e.Line, Lines: []int{e.Line}, Raw: ""}
			parts := []string{}
			for k, n := range e.Lines {
				if sm := chkLetterLabelRe.FindStringSubmatch(c.doc.Lines[n-1]); k > 0 && sm != nil {
					cur.Raw = strings.Join(parts, " ")
					es = append(es, cur)
					cur, parts, split = Entry{Label: sm[1], Line: n, Lines: []int{n}}, []string{sm[2]}, true
					continue
				}
				if k > 0 {
					cur.Lines = append(cur.Lines, n)
					parts = append(parts, strings.TrimSpace(c.doc.Lines[n-1]))
				} else {
					parts = append(parts, chkFirstLineText(c.doc.Lines[n-1], e))
				}
			}
			cur.Raw = strings.Join(parts, " ")
			es = append(es, cur)
		}
		if !split {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		c.doc.Lists[i].Entries, c.refs[i] = es, ParseEntries(es)
	}
}

// chkFirstLineText is the text of an entry's first line without its
// label: the line from where the entry's text starts.
func chkFirstLineText(line string, e Entry) string {
	if l, ok := parseLabel(line); ok {
		return strings.TrimSpace(l.rest)
	}
	return strings.TrimSpace(line)
}

// chkLetterPartRe is a part of a bracket that cites a list label, with a
// letter or not, and perhaps a locator: "5а, с. 18–20", "10а", "5".
var chkLetterPartRe = lazyRegexp(`^(\d{1,4}[а-яa-z]?)(?:\s*,\s*(.+))?$`)

// letterLabelCitations reads the brackets that cite labels with a letter
// ("[4а]", "[5; 5а, с. 18–20]", "[10а, с. 77]"), which the marker patterns
// do not read, in a text whose list has such labels or that cites them:
// each part is a marker of its own, its page taken from "с. N". A label
// the list lacks is reported here; numbers go to the numeric checks.
func (c *checker) letterLabelCitations(ms []Marker) []Marker {
	read := map[[2]int]bool{}
	for _, m := range ms {
		read[[2]int{m.Line, m.Col}] = true
	}
	labels := map[string]bool{}
	for _, l := range c.doc.Lists {
		for _, e := range l.Entries {
			labels[e.Label] = true
		}
	}
	var out []Marker
	for i, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			col := utf8.RuneCountInString(l[:loc[0]]) + 1
			if l[loc[0]] != '[' || read[[2]int{i + 1, col}] {
				continue
			}
			var parts [][]string
			lettered := false
			for _, p := range strings.Split(l[loc[0]+1:loc[1]-1], ";") {
				sm := chkLetterPartRe.FindStringSubmatch(strings.TrimSpace(p))
				if sm == nil {
					parts = nil
					break
				}
				r, _ := utf8.DecodeLastRuneInString(sm[1])
				lettered = lettered || unicode.IsLetter(r)
				parts = append(parts, sm)
			}
			if !lettered {
				continue
			}
			for _, sm := range parts {
				m := Marker{Kind: MarkerNumeric, Line: i + 1, Col: col, Raw: l[loc[0]:loc[1]]}
				if pm := citePageRe.FindStringSubmatch(strings.TrimSpace(sm[2])); pm != nil {
					m.Page = strings.Join(strings.Fields(pm[1]+pm[2]), "")
				}
				if n, err := strconv.Atoi(sm[1]); err == nil {
					m.Nums, m.Pages = []int{n}, []string{m.Page}
					out = append(out, m)
					continue
				}
				if !labels[sm[1]] {
					c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites entry %s, which the list does not have", m.Raw, sm[1])
					continue
				}
				if c.lettered == nil {
					c.lettered = map[string]bool{}
				}
				c.lettered[sm[1]] = true
				for li, l := range c.doc.Lists {
					for k, e := range l.Entries {
						if e.Label == sm[1] && k < len(c.refs[li]) && m.Page != "" {
							c.checkPage(m.Line, m.Col, m.Raw, m.Page, c.refs[li][k])
						}
					}
				}
			}
		}
	}
	return out
}

// chkNamedNoteDefRe is a Markdown note defined under a name, not a
// number: "[^kasymbaev]: Касымбаев Ж. К. …".
var chkNamedNoteDefRe = lazyRegexp(`^\[\^([^\]\s]+)\]:\s*(.*)$`)

// chkRomanNoteDefRe is an endnote as Word numbers endnotes, in Roman,
// exported to HTML and Markdown: "[\[iv\]](#_ednref4) Мартин В. …".
var chkRomanNoteDefRe = lazyRegexp(`^\[\\?\[([ivxlc]+)\\?\]\]\(#[^()\s]*\)\s*(.*)$`)

// chkNamedSignRe and chkRomanSignRe are the signs of those notes in the
// text: "[^kasymbaev]", "[\[iv\]](#_edn4)".
var (
	chkNamedSignRe = lazyRegexp(`\[\^([^\]\s]+)\]`)
	chkRomanSignRe = lazyRegexp(`\[\\?\[([ivxlc]+)\\?\]\]\(#[^()\s]*\)`)
)

// relabelNotes reads notes labelled by name ("[^kasymbaev]", numbered in
// order of their first sign, as Pandoc numbers them) or by Roman numbers
// (Word's endnotes "[\[iv\]](#_ednref4)") as the list of notes, numbered,
// and rewrites their signs in the body as numbered signs ("[^1]"),
// keeping the printed columns for the findings.
func (c *checker) relabelNotes() {
	type def struct {
		label, text string
		line        int
	}
	var defs []def
	roman := false
	for i, l := range c.doc.Lines {
		if sm := chkNamedNoteDefRe.FindStringSubmatch(l); sm != nil {
			if _, err := strconv.Atoi(sm[1]); err != nil {
				defs = append(defs, def{sm[1], sm[2], i + 1})
			}
		} else if sm := chkRomanNoteDefRe.FindStringSubmatch(l); sm != nil {
			defs, roman = append(defs, def{sm[1], sm[2], i + 1}), true
		}
	}
	if len(defs) == 0 {
		return
	}
	signs := chkNamedSignRe
	if roman {
		signs = chkRomanSignRe
	}
	num := map[string]int{}
	if roman {
		for _, d := range defs {
			num[d.label] = chkRomanValue(d.label)
		}
	} else {
		defined := map[string]bool{}
		for _, d := range defs {
			defined[d.label] = true
		}
		for _, l := range c.body {
			for _, sm := range signs.FindAllStringSubmatch(l, -1) {
				if _, ok := num[sm[1]]; !ok && defined[sm[1]] {
					num[sm[1]] = len(num) + 1
				}
			}
		}
		for _, d := range defs {
			if _, ok := num[d.label]; !ok {
				num[d.label] = len(num) + 1
			}
		}
	}
	var es []Entry
	for _, d := range defs {
		es = append(es, Entry{Label: strconv.Itoa(num[d.label]), Line: d.line, Lines: []int{d.line}, Raw: d.text})
		if d.line-1 < len(c.body) {
			c.body[d.line-1] = ""
		}
	}
	for i, l := range c.body {
		locs := signs.FindAllStringSubmatchIndex(l, -1)
		if len(locs) == 0 {
			continue
		}
		var repl []string
		for _, loc := range locs {
			n, ok := num[l[loc[2]:loc[3]]]
			if !ok {
				n = len(defs) + 1 // a sign with no note: past the end
			}
			repl = append(repl, "[^"+strconv.Itoa(n)+"]")
		}
		c.rewrite(i, locs, repl)
	}
	c.doc.Lists = append(slices.Clone(c.doc.Lists), List{Heading: "Footnotes", Entries: es})
	c.refs = append(slices.Clone(c.refs), ParseEntries(es))
}

// chkRomanValue is the value of a Roman number in lower case: 4 for "iv".
func chkRomanValue(s string) int {
	vals := map[rune]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total, prev := 0, 0
	for _, r := range slices.Backward([]rune(s)) {
		v := vals[r]
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

// rewrite replaces the spans locs of body line i (byte offsets, each
// loc[0]:loc[1]) with repl, recording in c.cols the printed column of each
// character of the new line, so findings keep their places.
func (c *checker) rewrite(i int, locs [][]int, repl []string) {
	l := c.body[i]
	old := c.cols[i+1]
	printed := func(k int) int { // the printed column of rune k of l
		if k < len(old) {
			return old[k]
		}
		return k + 1
	}
	var b strings.Builder
	var cols []int
	at, k := 0, 0
	for j, loc := range locs {
		for _, r := range l[at:loc[0]] {
			b.WriteRune(r)
			cols = append(cols, printed(k))
			k++
		}
		start := printed(k)
		b.WriteString(repl[j])
		for range utf8.RuneCountInString(repl[j]) {
			cols = append(cols, start)
		}
		k += utf8.RuneCountInString(l[loc[0]:loc[1]])
		at = loc[1]
	}
	for _, r := range l[at:] {
		b.WriteRune(r)
		cols = append(cols, printed(k))
		k++
	}
	c.body[i] = b.String()
	if c.cols == nil {
		c.cols = map[int][]int{}
	}
	c.cols[i+1] = cols
}

// chkEtAlVariantRe is a spelling of "and others" before the year of an
// author-date citation that the marker patterns do not know: Russian
// medicine's "с соавт." and "и соавторы", Kazakh "және басқалар",
// Ukrainian "та співавт.".
var chkEtAlVariantRe = lazyRegexp(`\s(с\s+соавт\.|и\s+соавторы|және\s+басқалар|та\s+співавт\.)\s*,\s*(?:1[5-9]|20)\d\d`)

// chkEtAlForms are the forms of "and others" the marker patterns read, by
// the language of a variant's first word.
var chkEtAlForms = map[string]string{"с": "и соавт.", "и": "и соавт.", "және": "т.б.", "та": "та ін."}

// etAlVariants rewrites the variants of "and others" (see
// chkEtAlVariantRe) in the body as the forms the marker patterns read,
// keeping the printed columns: "(Фофанова с соавт., 2017, с. 31)" cites
// Фофанова's work as "(Фофанова и соавт., 2017, с. 31)" does.
func (c *checker) etAlVariants() {
	for i, l := range c.body {
		var locs [][]int
		var repl []string
		for _, sm := range chkEtAlVariantRe.FindAllStringSubmatchIndex(l, -1) {
			locs = append(locs, sm[2:4])
			repl = append(repl, chkEtAlForms[strings.Fields(l[sm[2]:sm[3]])[0]])
		}
		if len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
	}
}

// chkAnchorTagRe is an HTML link's opening or closing tag: "<a
// href="#ref2">", "</a>".
var chkAnchorTagRe = lazyRegexp(`</?a\b[^<>]*>`)

// stripAnchors reads the body without the tags of HTML links, as a web
// page links a list number to its entry ("[<a href="#ref2">2</a>]", "[<a
// href="#ref6">6</a>, с. 17]"), keeping each line's printed columns for
// the findings. A link to a note (Word's "<a href="#_ftn1" …>[1]</a>")
// stays: it is the note's sign.
func (c *checker) stripAnchors() {
	for i, l := range c.body {
		signs := citeLinkNoteRe.FindAllStringIndex(l, -1)
		locs := slices.DeleteFunc(chkAnchorTagRe.FindAllStringIndex(l, -1), func(t []int) bool {
			return slices.ContainsFunc(signs, func(s []int) bool { return t[0] >= s[0] && t[1] <= s[1] })
		})
		if len(locs) > 0 {
			c.rewrite(i, locs, make([]string, len(locs)))
		}
	}
}

// chkTagLineRe is a line of HTML tags alone: "</article>", "<div class="refs">".
var chkTagLineRe = lazyRegexp(`^\s*(?:</?[A-Za-z][^<>]*>\s*)+$`)

// dropTagEntries leaves out of the lists the entries that are HTML tags
// alone ("</article>" after the list's "</ol>"), which the list reader
// takes for entries of a list numbered by place, and the entries that are
// a page's furniture: a line with no figure printed again elsewhere, as a
// wiki prints "править" under every heading, that of the notes too.
func (c *checker) dropTagEntries() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		drop := func(e Entry) bool {
			return chkTagLineRe.MatchString(e.Raw) || len(e.Lines) == 1 && !strings.ContainsAny(e.Raw, "0123456789") && c.furnitureLine(e.Line)
		}
		if !slices.ContainsFunc(l.Entries, drop) {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		keep := func(e Entry) bool { return !drop(e) }
		var es []Entry
		var rs []Ref
		for k, e := range l.Entries {
			if keep(e) {
				es, rs = append(es, e), append(rs, c.refs[i][k])
			}
		}
		c.doc.Lists[i].Entries, c.refs[i] = es, rs
	}
}

// chkListGutter finds where the right column starts in a list printed in
// two columns side by side: the first column, at least 30 characters in,
// at which two lines or more go on after a gap, when at least
// chkMinColumnLines lines go on within a few characters of it (the right
// column's wrapped lines are indented past its labels).
func chkListGutter(lines []string) (int, bool) {
	var starts []int
	count := map[int]int{}
	for _, l := range lines {
		if ks := chkGutterColumns(l); len(ks) > 0 {
			starts = append(starts, ks[0])
			count[ks[0]]++
		}
	}
	col := -1
	for k, n := range count {
		if n >= 2 && (col < 0 || k < col) {
			col = k
		}
	}
	near := 0
	for _, k := range starts {
		if k >= col && k <= col+8 {
			near++
		}
	}
	return col, col >= 0 && near >= chkMinColumnLines
}

// chkColumnHalves splits lines at a column: the text left of it, and
// the text from it on ("" for a line that does not reach it).
func chkColumnHalves(lines []string, col int) (left, right []string) {
	left, right = make([]string, len(lines)), make([]string, len(lines))
	for i, l := range lines {
		rs := []rune(l)
		if len(rs) <= col {
			left[i] = l
			continue
		}
		left[i] = strings.TrimRight(string(rs[:col]), " ")
		right[i] = string(rs[col:])
	}
	return left, right
}

// splitListColumns reads a list printed in two columns side by side (a
// PDF's text kept with its layout), which the list reader takes line by
// line, as the two lists its columns are: down the left column, then down
// the right, when the right column's numbers go on from the left's.
func (c *checker) splitListColumns() {
	c.rewriteLists(func(l List) ([]Entry, bool) {
		from, to := l.Entries[0].Line-1, slices.Max(l.Entries[len(l.Entries)-1].Lines)
		col, ok := chkListGutter(c.doc.Lines[from:to])
		if !ok {
			return nil, false
		}
		left, right := chkColumnHalves(c.doc.Lines[:to], col)
		for k := range from {
			right[k] = ""
		}
		le, _ := readEntries(left, from)
		re, _ := readEntries(right, from)
		if !chkContinues(le, re) {
			return nil, false
		}
		return append(le, re...), true
	})
}

// rewriteLists gives each list of the document the entries rewrite reads
// for it (when it reports any), parsed again; the caller's slices are
// cloned before the first is written, never written to.
func (c *checker) rewriteLists(rewrite func(l List) ([]Entry, bool)) {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		if len(l.Entries) == 0 {
			continue
		}
		es, ok := rewrite(l)
		if !ok {
			continue
		}
		if !cloned {
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		c.doc.Lists[i].Entries, c.refs[i] = es, ParseEntries(es)
	}
}

// chkOLStartRe is an HTML ordered list's opening tag, with the number
// its first item takes in group 1 when it gives one: "<ol start="6">".
var chkOLStartRe = lazyRegexp(`<ol\b(?:[^<>]*\bstart="?(\d{1,4}))?[^<>]*>`)

// chkLIValueRe is an HTML list item that gives its own number:
// "<li value="7">".
var chkLIValueRe = lazyRegexp(`<li\b[^<>]*\bvalue="?(\d{1,4})`)

// readHTMLListStarts numbers the items of a list printed as HTML ordered
// lists of which one goes on from another ("<ol start="6">", after an
// advertisement that split the list): each "<li>" by its list's start and
// place (or its own "<li value="n">"), and leaves out what stood between
// the lists.
func (c *checker) readHTMLListStarts() {
	c.rewriteLists(func(l List) ([]Entry, bool) {
		from, to := l.Entries[0].Line-1, slices.Max(l.Entries[len(l.Entries)-1].Lines)
		if l.HeadingLine > 0 {
			from = min(from, l.HeadingLine) // the "<ol>" between the heading and the first item
		}
		if !slices.ContainsFunc(c.doc.Lines[from:to], func(t string) bool {
			sm := chkOLStartRe.FindStringSubmatch(t)
			return sm != nil && sm[1] != "" || chkLIValueRe.MatchString(t)
		}) {
			return nil, false
		}
		first := map[int]int{}
		for k, e := range l.Entries {
			first[e.Line] = k
		}
		var es []Entry
		next := 1
		for n := from; n < to; n++ {
			t := c.doc.Lines[n]
			if sm := chkOLStartRe.FindStringSubmatch(t); sm != nil {
				next = 1
				if sm[1] != "" {
					next, _ = strconv.Atoi(sm[1])
				}
			}
			k, ok := first[n+1]
			if !ok || !strings.Contains(t, "<li") {
				continue
			}
			if sm := chkLIValueRe.FindStringSubmatch(t); sm != nil {
				next, _ = strconv.Atoi(sm[1]) // "<li value="7">": the item's own number
			}
			e := l.Entries[k]
			e.Label = strconv.Itoa(next)
			es, next = append(es, e), next+1
		}
		return es, true
	})
}

// chkTableRowRe is a row of a Markdown table: "| 1 | Иванов И. И. … |".
var chkTableRowRe = lazyRegexp(`^\s*\|(.*)\|\s*$`)

// chkMinTableList is the fewest numbered rows of a table that make it a
// list of references.
const chkMinTableList = 2

// readTableLists reads a list that a word processor kept as a table (a
// column of numbers, a column of references), which the list reader joins
// into one entry: each row numbered in its first cell is an entry.
func (c *checker) readTableLists() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		if len(l.Entries) == 0 || !strings.HasPrefix(strings.TrimSpace(l.Entries[0].Raw), "|") {
			continue
		}
		var es []Entry
		for k := l.Entries[0].Line - 1; k < len(c.doc.Lines); k++ {
			sm := chkTableRowRe.FindStringSubmatch(c.doc.Lines[k])
			if sm == nil {
				break
			}
			cells := strings.Split(sm[1], "|")
			if len(cells) < 2 {
				continue
			}
			num := strings.TrimRight(strings.TrimSpace(cells[0]), ".")
			text := strings.TrimSpace(strings.Join(cells[1:], " "))
			if _, err := strconv.Atoi(num); err == nil && text != "" {
				es = append(es, Entry{Label: num, Line: k + 1, Lines: []int{k + 1}, Raw: text})
			}
		}
		if len(es) < chkMinTableList {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		c.doc.Lists[i].Entries, c.refs[i] = es, ParseEntries(es)
	}
}

// chkListHeadingRe is a line that may head a list under a name the list
// reader does not know ("**Qoldanylǵan ádebıetter**", "## Сілтемелер"): a
// few words with no digit and no full stop at its end, bare, bold or a
// Markdown heading.
var chkListHeadingRe = lazyRegexp(`^\s*(?:#{1,6}\s+)?(?:\*\*|__)?\p{L}[\p{L}'’ -]{2,40}[\p{L}:](?:\*\*|__)?\s*$`)

// chkMinUnknownList is the fewest entries, each reading as a reference,
// under a heading the list reader does not know for them to be the list.
const chkMinUnknownList = 3

// readUnknownHeadingList makes a run of references under a heading the
// list reader does not know the document's list, when it found none:
// the last line that reads as a heading (see chkListHeadingRe), between
// blank lines, followed by at least chkMinUnknownList entries each with
// a year or a URL. The body ends at that heading.
func (c *checker) readUnknownHeadingList() {
	if len(c.doc.Lists) > 0 || len(c.refs) > 0 {
		return
	}
	lines := c.doc.Lines
	for k := len(lines) - 2; k > 0; k-- {
		if !chkListHeadingRe.MatchString(lines[k]) || strings.TrimSpace(lines[k-1]) != "" || strings.TrimSpace(lines[k+1]) != "" {
			continue
		}
		entries, _ := readEntries(lines, k+1)
		if len(entries) < chkMinUnknownList || slices.ContainsFunc(entries, func(e Entry) bool { return !looksLikeReference(e.Raw) }) {
			continue
		}
		for { // the parts before it, each under its own heading ("… на русском языке", "… на иностранных языках")
			j, part := chkUnknownPartBefore(lines, k)
			if j < 0 {
				break
			}
			k, entries = j, append(part, entries...)
		}
		heading := strings.Trim(strings.TrimSpace(lines[k]), "#*_: ")
		c.doc.Lists = []List{{Heading: heading, HeadingLine: k + 1, Entries: entries}}
		c.refs = [][]Ref{ParseEntries(entries)}
		c.doc.BodyEnd = k
		if k < len(c.body) {
			c.body = c.body[:k]
		}
		return
	}
}

// chkTypography are the characters a word processor types where a
// marker or an entry wants a plain one: non-breaking hyphens and figure
// dashes in ranges ("[6‑8]", "[1‒3]"), thin and narrow no-break spaces
// ("с.\u2009112"), soft hyphens, zero-width spaces and a byte-order mark.
var chkTypography = map[rune]string{
	'\u2011': "-", '\u2012': "–", '\u2007': " ", '\u2009': " ", '\u200a': " ", '\u202f': " ",
	'\u00ad': "", '\u200b': "", '\ufeff': "",
}

// chkTypographySpans finds the characters of chkTypography in a line: the
// byte span of each and what it reads as.
func chkTypographySpans(l string) (locs [][]int, repl []string) {
	for i, r := range l {
		if t, ok := chkTypography[r]; ok {
			locs, repl = append(locs, []int{i, i + utf8.RuneLen(r)}), append(repl, t)
		}
	}
	return locs, repl
}

// chkDivisionRangeRe is a range of list numbers written with the
// division sign, as Russian engineering texts write ranges ("[3÷5]",
// "[1; 9÷12]"), or with an ellipsis ("[1…3]", "[5...7]"): whole numbers
// of up to four digits inside square brackets, the sign between them.
// Between quantities outside brackets ("0,2÷0,5 мм") or decimals inside
// them ("[0,2÷0,5]") the sign is left alone.
var chkDivisionRangeRe = lazyRegexp(`(?:^|[\[;,\s])(\d{1,4})\s*(÷|…|\.\.\.)\s*(\d{1,4})\s*(?:$|[\];,\s])`)

// chkMaxSignRange is the widest range of list numbers read from a sign
// other than a dash: "[0...255]", "[1÷100]" are spans of values.
const chkMaxSignRange = 50

// chkDivisionRangeSpans finds the signs of chkDivisionRangeRe in a line
// and reads each as an en dash.
func chkDivisionRangeSpans(l string) (locs [][]int, repl []string) {
	if !strings.Contains(l, "÷") && !strings.Contains(l, "…") && !strings.Contains(l, "...") {
		return nil, nil
	}
	for at := 0; at < len(l); {
		m := chkDivisionRangeRe.FindStringSubmatchIndex(l[at:])
		if m == nil {
			break
		}
		a, b, sign := at+m[2], at+m[7], at+m[4]
		open, shut := strings.LastIndexAny(l[:a], "[]"), strings.IndexAny(l[b:], "[]")
		decimal := a > 1 && l[a-1] == ',' && l[a-2] >= '0' && l[a-2] <= '9' || b+1 < len(l) && l[b] == ',' && l[b+1] >= '0' && l[b+1] <= '9'
		lo, _ := strconv.Atoi(l[a : at+m[3]])
		hi, _ := strconv.Atoi(l[at+m[6] : b])
		span := lo >= 1 && hi > lo && hi-lo <= chkMaxSignRange // "[0...255]" is a span of values
		if open >= 0 && l[open] == '[' && shut >= 0 && l[b+shut] == ']' && !decimal && span {
			locs, repl = append(locs, []int{sign, at + m[5]}), append(repl, "–")
		}
		at = at + m[5]
	}
	return locs, repl
}

// chkHomoglyphs are the Latin letters that look Cyrillic, as typed by
// mistake into a Russian name ("Pобер", "Cмирнова") or page ("c. 34").
var chkHomoglyphs = map[rune]string{
	'A': "А", 'B': "В", 'C': "С", 'E': "Е", 'H': "Н", 'K': "К", 'M': "М", 'O': "О", 'P': "Р", 'T': "Т", 'X': "Х",
	'a': "а", 'c': "с", 'e': "е", 'o': "о", 'p': "р", 'x': "х", 'y': "у",
}

// chkLatinPageRe is a page written with a Latin "c" after a comma inside a
// citation: ", c. 34".
var chkLatinPageRe = lazyRegexp(`,\s*(c)\.\s*\d`)

// chkHomoglyphSpans finds the Latin letters that look Cyrillic in a word
// whose other letters are Cyrillic ("Pобер" reads "Робер"), and the Latin
// "c" of a page after a comma in a parenthesis or bracket that holds
// Cyrillic ("(Cмирнова, 2020, c. 34)"): the byte span of each and the
// Cyrillic letter it reads as.
func chkHomoglyphSpans(l string) (locs [][]int, repl []string) {
	for _, w := range chkWordRe.FindAllStringIndex(l, -1) {
		word := l[w[0]:w[1]]
		if !strings.ContainsFunc(word, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) ||
			strings.ContainsFunc(word, func(r rune) bool {
				_, ok := chkHomoglyphs[r]
				return r < unicode.MaxASCII && unicode.IsLetter(r) && !ok
			}) {
			continue
		}
		for i, r := range word {
			if c, ok := chkHomoglyphs[r]; ok {
				locs, repl = append(locs, []int{w[0] + i, w[0] + i + 1}), append(repl, c)
			}
		}
	}
	for _, m := range chkLatinPageRe.FindAllStringSubmatchIndex(l, -1) {
		open := strings.LastIndexAny(l[:m[0]], "([")
		shut := strings.IndexAny(l[m[1]:], ")]")
		if open >= 0 && shut >= 0 && strings.ContainsFunc(l[open:m[0]], func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
			locs, repl = append(locs, []int{m[2], m[3]}), append(repl, "с")
		}
	}
	return chkSortedSpans(locs, repl)
}

// chkSortedSpans returns spans and their replacements in the order of the
// spans, the first of two that overlap kept.
func chkSortedSpans(locs [][]int, repl []string) ([][]int, []string) {
	type span struct {
		loc []int
		s   string
	}
	var all []span
	for k := range locs {
		all = append(all, span{locs[k], repl[k]})
	}
	slices.SortStableFunc(all, func(a, b span) int { return a.loc[0] - b.loc[0] })
	var outL [][]int
	var outR []string
	for _, x := range all {
		if len(outL) > 0 && x.loc[0] < outL[len(outL)-1][1] {
			continue
		}
		outL, outR = append(outL, x.loc), append(outR, x.s)
	}
	return outL, outR
}

// chkEmphasisNameRe is an author's name set in italics or bold, as Russian
// philology journals set it inside a citation: one family name, perhaps
// with initials or "и др." ("*Виноградов*", "*Шмид В.*", "*Зализняк и
// др.*"). Groups 1 and 3 are the marks.
var chkEmphasisNameRe = lazyRegexp(`(\*{1,2}|_)(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:и\s+др\.|et\s+al\.|\p{Lu}\.\s?(?:\p{Lu}\.)?))?)(\*{1,2}|_)`)

// chkYearAfterRe is the year after a name set in italics outside a
// bracket: "*Бахтин* (1994)".
var chkYearAfterRe = lazyRegexp(`^\s*[(\[](?:1[5-9]|20)\d\d`)

// chkEmphasisNameSpans finds the marks of the names of chkEmphasisNameRe
// that stand inside a citation (a bracket or parenthesis that holds a
// year: "[*Виноградов* 1980: 49; *Бахтин* 1994]") or before a year in
// one ("*Бахтин* (1994)"); a title in italics ("(*Война и мир*, 1869)")
// keeps its marks.
func chkEmphasisNameSpans(l string) (locs [][]int, repl []string) {
	for _, m := range chkEmphasisNameRe.FindAllStringSubmatchIndex(l, -1) {
		if l[m[2]:m[3]] != l[m[6]:m[7]] {
			continue // "*" opens and "_" closes: no pair
		}
		open := strings.LastIndexAny(l[:m[0]], "[]()")
		shut := strings.IndexAny(l[m[1]:], "[]()")
		inCitation := open >= 0 && (l[open] == '[' || l[open] == '(') && shut >= 0 && (l[m[1]+shut] == ']' || l[m[1]+shut] == ')') &&
			chkAnyYearRe.MatchString(l[open:m[1]+shut])
		if !inCitation && !chkYearAfterRe.MatchString(l[m[1]:]) {
			continue
		}
		locs, repl = append(locs, m[2:4], m[6:8]), append(repl, "", "")
	}
	return locs, repl
}

// normalizeTypography reads the body and the lists with the characters
// of chkTypography as the plain ones they stand for, keeping the body's
// printed columns, and ranges of list numbers written with the division
// sign as ranges.
func (c *checker) normalizeTypography() {
	for i, l := range c.body {
		if locs, repl := chkTypographySpans(l); len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
		if locs, repl := chkDivisionRangeSpans(c.body[i]); len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
		if locs, repl := chkHomoglyphSpans(c.body[i]); len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
		if locs, repl := chkEmphasisNameSpans(c.body[i]); len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
	}
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		if !slices.ContainsFunc(l.Entries, func(e Entry) bool {
			return strings.ContainsFunc(e.Raw, func(r rune) bool { _, ok := chkTypography[r]; return ok })
		}) {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		entries := slices.Clone(l.Entries)
		for k := range entries {
			locs, repl := chkTypographySpans(entries[k].Raw)
			for j := len(locs) - 1; j >= 0; j-- {
				entries[k].Raw = entries[k].Raw[:locs[j][0]] + repl[j] + entries[k].Raw[locs[j][1]:]
			}
		}
		c.doc.Lists[i].Entries, c.refs[i] = entries, ParseEntries(entries)
	}
}

// chkInlineNoteRe opens a note written where its sign stands: Pandoc's
// "^[" and LaTeX's "\footnote{".
var chkInlineNoteRe = lazyRegexp(`\^\[|\\footnote\{`)

// chkInlineNoteSpans finds the notes written where their signs stand in a
// line, Pandoc's "^[Там же. С. 45.]" and LaTeX's "\footnote{Там же.
// С.~45.}": the byte spans of each and of its text, its brackets or braces
// balanced ("^[Иванов И. И. Книга [Электронный ресурс]. …]").
func chkInlineNoteSpans(l string) (spans, texts [][]int) {
	for _, loc := range chkInlineNoteRe.FindAllStringIndex(l, -1) {
		if len(spans) > 0 && loc[0] < spans[len(spans)-1][1] {
			continue // a note inside a note
		}
		open, end := l[loc[1]-1], -1
		close := byte(']')
		if open == '{' {
			close = '}'
		}
		for j, depth := loc[1]-1, 0; j < len(l) && end < 0; j++ {
			switch l[j] {
			case open:
				depth++
			case close:
				if depth--; depth == 0 {
					end = j + 1
				}
			}
		}
		if end < 0 {
			break
		}
		if strings.Contains(l[loc[1]:end], `\cite`) {
			continue // a note that cites the bibliography by key: read as the source's citations
		}
		if open == '[' && strings.HasPrefix(l[end:], "^") && chkCaretNumbersRe.MatchString(l[loc[1]:end-1]) {
			continue // "^[2,3]^": bracketed numbers set as a superscript, citations
		}
		spans, texts = append(spans, []int{loc[0], end}), append(texts, []int{loc[1], end - 1})
	}
	return spans, texts
}

// chkCaretNumbersRe is what a superscript "^[…]^" holds when it cites
// the list by number: "1", "2,3", "4–6".
var chkCaretNumbersRe = lazyRegexp(`^\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*\s*$`)

// chkTeXMarks are how TeX writes a tie, dashes and an ellipsis: "С.~45--47".
var chkTeXMarks = strings.NewReplacer("~", " ", "---", "—", "--", "–", `\ldots`, "…", `\dots`, "…")

// readInlineNotes reads the notes written where their signs stand,
// Pandoc's inline notes ("…хозяйств.^[Щербина Ф. А. Крестьянские
// бюджеты. … 288 с.]") and LaTeX's "\footnote{…}", as the notes they are
// (TeX's ties and dashes read as spaces and dashes): a list of
// notes numbered in the order they stand, each at its line, and a sign
// "[^n]" where each stood in the body.
func (c *checker) readInlineNotes() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	var notes []Entry
	for i, l := range c.body {
		locs, texts := chkInlineNoteSpans(l)
		if len(locs) == 0 {
			continue
		}
		repl := make([]string, len(locs))
		for k, t := range texts {
			n := strconv.Itoa(len(notes) + 1)
			notes = append(notes, Entry{Label: n, Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(chkTeXMarks.Replace(l[t[0]:t[1]]))})
			repl[k] = "[^" + n + "]"
		}
		c.rewrite(i, locs, repl)
	}
	if len(notes) == 0 {
		return
	}
	c.doc.Lists = append(slices.Clone(c.doc.Lists), List{Heading: "Footnotes", Entries: notes})
	c.refs = append(slices.Clone(c.refs), ParseEntries(notes))
}

// chkMdSignRe is a Markdown note's sign in the body: "[^12]".
var chkMdSignRe = lazyRegexp(`\[\^(\d{1,4})\]`)

// chkNoteBlocks splits Markdown notes into the runs numbered afresh, as
// each chapter of one file numbers its own: the index where each run
// starts, when there are two runs or more and each starts at 1.
func chkNoteBlocks(es []Entry) []int {
	var starts []int
	prev := 0
	for k, e := range es {
		n, err := strconv.Atoi(e.Label)
		if err != nil {
			return nil
		}
		if k == 0 || n <= prev {
			if n != 1 {
				return nil
			}
			starts = append(starts, k)
		}
		prev = n
	}
	if len(starts) < 2 {
		return nil
	}
	return starts
}

// signsBetween reports whether the text before each run of notes after
// the first, since the run before it, holds a note's sign: a chapter's
// text between its notes and the last chapter's, not notes that repeat a
// label by a slip.
func (c *checker) signsBetween(es []Entry, starts []int) bool {
	for b := 1; b < len(starts); b++ {
		last := es[starts[b]-1].Lines[len(es[starts[b]-1].Lines)-1]
		to := min(es[starts[b]].Line-1, len(c.body))
		if last >= to || !slices.ContainsFunc(c.body[last:to], chkMdSignRe.MatchString) {
			return false
		}
	}
	return true
}

// renumberChapterNotes numbers on the Markdown notes of a file whose
// chapters each number their notes from 1 ("[^1]" defined under every
// chapter): the notes of each chapter after those before it, and each
// sign in a chapter's text as the note of its own chapter, so that a sign
// finds its note and an op. cit. finds a work of an earlier chapter.
func (c *checker) renumberChapterNotes() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	i := slices.IndexFunc(c.doc.Lists, func(l List) bool { return l.Heading == "Footnotes" && l.HeadingLine == 0 })
	if i < 0 {
		return
	}
	es := slices.Clone(c.doc.Lists[i].Entries)
	starts := chkNoteBlocks(es)
	if starts == nil || !c.signsBetween(es, starts) {
		return
	}
	from := 0
	for b, k := range starts {
		to := min(es[k].Line-1, len(c.body))
		for n := from; n < to; n++ {
			locs := chkMdSignRe.FindAllStringSubmatchIndex(c.body[n], -1)
			repl := make([]string, len(locs))
			for j, loc := range locs {
				num, _ := strconv.Atoi(c.body[n][loc[2]:loc[3]])
				repl[j] = "[^" + strconv.Itoa(k+num) + "]"
			}
			if len(locs) > 0 {
				c.rewrite(n, locs, repl)
			}
		}
		end := len(es)
		if b+1 < len(starts) {
			end = starts[b+1]
		}
		from = es[end-1].Lines[len(es[end-1].Lines)-1]
	}
	for k := range es {
		es[k].Label = strconv.Itoa(k + 1)
	}
	c.doc.Lists, c.refs = slices.Clone(c.doc.Lists), slices.Clone(c.refs)
	c.doc.Lists[i].Entries, c.refs[i] = es, ParseEntries(es)
}

// chkMinRunInList is the fewest entries a list run into its heading's
// line must hold.
const chkMinRunInList = 3

// readRunInList reads a list that a PDF's text ran into one line with its
// heading, when the list reader found none: "СПИСОК ЛИТЕРАТУРЫ 1.
// Платонов А. П. … 656 с. 2. Гюнтер Х. …", split at each label that
// follows a whole reference (see unflatten). The body ends at that line.
func (c *checker) readRunInList() {
	if len(c.doc.Lists) > 0 || len(c.refs) > 0 {
		return
	}
	for k := len(c.doc.Lines) - 1; k >= 0; k-- {
		l := c.doc.Lines[k]
		i := strings.Index(l, " 1. ")
		if i < 0 || !isHeading(l[:i]) {
			continue
		}
		entries := unflatten([]Entry{{Label: "1", Line: k + 1, Lines: []int{k + 1}, Raw: strings.TrimSpace(l[i+4:])}})
		if len(entries) < chkMinRunInList {
			continue
		}
		c.doc.Lists = []List{{Heading: strings.TrimSpace(headingDecor.ReplaceAllString(l[:i], "")), HeadingLine: k + 1, Entries: entries}}
		c.refs = [][]Ref{ParseEntries(entries)}
		c.doc.BodyEnd = k
		if k < len(c.body) {
			c.body = c.body[:k]
		}
		return
	}
}

// chkUnknownPartAfter finds the part of an unnumbered list printed after
// its line end under a heading the list reader does not know ("**Литература
// на иностранных языках**" after "## Список литературы"): the part's
// entries, unnumbered and each read as a reference, or nil.
func chkUnknownPartAfter(lines []string, end int) []Entry {
	j := nextNonBlank(lines, end)
	if j+1 >= len(lines) || !chkListHeadingRe.MatchString(lines[j]) || isHeading(lines[j]) || strings.TrimSpace(lines[j+1]) != "" {
		return nil
	}
	part, _ := readEntries(lines, j+1)
	if len(part) == 0 || !chkUnlabelled(part) || slices.ContainsFunc(part, func(e Entry) bool { return !looksLikeReference(e.Raw) }) {
		return nil
	}
	return part
}

// readUnknownPartsAfter joins to an unnumbered list the parts printed
// after it under headings the list reader does not know (see
// chkUnknownPartAfter), as a list split by language prints them.
func (c *checker) readUnknownPartsAfter() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		if len(l.Entries) == 0 || !chkUnlabelled(l.Entries) || chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] {
			continue
		}
		es := l.Entries
		for {
			part := chkUnknownPartAfter(c.doc.Lines, slices.Max(es[len(es)-1].Lines))
			if part == nil {
				break
			}
			es = append(slices.Clone(es), part...)
		}
		if len(es) == len(l.Entries) {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		c.doc.Lists[i].Entries, c.refs[i] = es, ParseEntries(es)
	}
}

// chkUnknownPartBefore finds the part of a list printed before the part
// headed at line k under a heading of its own the list reader does not
// know either (a list split by language: "Литература на русском языке",
// then "Литература на иностранных языках"): its heading's line and its
// entries, which run up to line k and each read as a reference; -1 and
// nil when there is none.
func chkUnknownPartBefore(lines []string, k int) (int, []Entry) {
	for j := k - 2; j > 0; j-- {
		if !chkListHeadingRe.MatchString(lines[j]) || strings.TrimSpace(lines[j-1]) != "" || strings.TrimSpace(lines[j+1]) != "" {
			continue
		}
		part, end := readEntries(lines, j+1)
		if len(part) == 0 || nextNonBlank(lines, end) != k || slices.ContainsFunc(part, func(e Entry) bool { return !looksLikeReference(e.Raw) }) {
			return -1, nil
		}
		return j, part
	}
	return -1, nil
}

// chkConverterMarks are what a DOCX-to-Markdown converter leaves in a
// reference: an en dash written as two hyphens ("М. : Наука, 2010. --
// 176 с.", "С. 45--52") and punctuation escaped with a backslash.
var chkConverterMarks = strings.NewReplacer(" -- ", " – ", "--", "–", `\[`, "[", `\]`, "]", `\.`, ".", `\*`, "*", `\<`, "<", `\>`, ">")

// chkAnchorSpanRe is the empty span with an id that Pandoc writes for an
// HTML anchor, as a web page's list item carries it for its in-text links
// to point at: "1.  []{#ref1}Гудкова Т. А. …".
var chkAnchorSpanRe = lazyRegexp(`\[\]\{#[^{}\s]*\}\s*`)

// chkBackLinkRe is the link back to its sign a converter ends a note with
// ("[↑](#footnote-ref-1)", "<a href="#footnote-ref-1">↑</a>", "↩︎"), or
// the empty anchor it opens one with ("<a id="footnote-1"></a>").
var chkBackLinkRe = lazyRegexp(`\s*(?:\[(?:↑|↩\x{FE0E}?)\]\(#[^()\s]*\)|<a\b[^<>]*>\s*(?:↑|↩\x{FE0E}?)\s*</a>|↑|↩\x{FE0E}?)\s*$|^\s*<a\s+(?:id|name)="[^"<>]*">\s*</a>\s*`)

// chkDigitDashesRe is "--" between digits, a page range a converter wrote
// with two hyphens: "С. 4--12".
var chkDigitDashesRe = lazyRegexp(`\d--\d`)

// undoConverterMarks reads again, without the marks of a DOCX-to-Markdown
// or HTML-to-Markdown converter (see chkConverterMarks, chkAnchorSpanRe,
// chkBackLinkRe),
// the entries of a list that carries them, so that their areas, years and
// pages are found.
func (c *checker) undoConverterMarks() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		marked := false
		for _, e := range l.Entries {
			marked = marked || strings.Contains(e.Raw, " -- ") || strings.Contains(e.Raw, `\`) || chkDigitDashesRe.MatchString(e.Raw) || chkAnchorSpanRe.MatchString(e.Raw) || chkBackLinkRe.MatchString(e.Raw)
		}
		if !marked {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		entries := slices.Clone(l.Entries)
		for k := range entries {
			entries[k].Raw = chkConverterMarks.Replace(chkAnchorSpanRe.ReplaceAllString(chkBackLinkRe.ReplaceAllString(entries[k].Raw, ""), ""))
		}
		c.doc.Lists[i].Entries = entries
		c.refs[i] = ParseEntries(entries)
	}
}

// chkBackPageRe is the page of the text a note belongs to, which an
// edition's endnotes print at each note's end after a dash: "… С. 44. — 3.".
var chkBackPageRe = lazyRegexp(`\s+—\s*\d{1,3}\.?\s*$`)

// dropBackPages reads again, without them, the entries of a list whose
// every entry ends with the page of the text it belongs to (see
// chkBackPageRe), so that a note's own page ("Там же. С. 41. — 4.") is
// the page it cites.
func (c *checker) dropBackPages() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		if len(l.Entries) < 3 || slices.ContainsFunc(l.Entries, func(e Entry) bool { return !chkBackPageRe.MatchString(e.Raw) }) {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		entries := slices.Clone(l.Entries)
		for k := range entries {
			entries[k].Raw = chkBackPageRe.ReplaceAllString(entries[k].Raw, "")
		}
		c.doc.Lists[i].Entries = entries
		c.refs[i] = ParseEntries(entries)
	}
}

// chkRuleRe is the rule a typesetter draws above the notes at the foot
// of a page: a run of underscores, hyphens or dashes, or an asterism ("* *
// *", "***", "⁂") set where a rule would be.
var chkRuleRe = lazyRegexp(`^\s*(?:_{5,}|-{5,}|[—–]{3,}|\*(?:\s*\*){2,}|⁂)\s*$`)

// chkNoteAuthorRe opens a note with an author's name and initials:
// "Гациский А. С. …".
var chkNoteAuthorRe = lazyRegexp(`^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s*(?:\p{Lu}\.)?`)

// chkRuleNotes reads the notes printed below a rule at the foot of each
// page: the labelled lines ("1) Иванов И. И. …", "4. Там же.") right
// after each rule, wrapped lines joined, and the notes numbered on after
// blank lines between them. Unlabelled notes ("* …") are skipped. It
// returns nil when no rule is followed by a labelled note.
func chkRuleNotes(lines []string) []Entry {
	var notes []Entry
	for i := 0; i < len(lines); i++ {
		if !chkRuleRe.MatchString(lines[i]) {
			continue
		}
		k := i + 1
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		for ; k < len(lines); k++ {
			if strings.TrimSpace(lines[k]) == "" {
				// Notes a word processor saved a paragraph apart: the next
				// note after the blank lines goes on.
				j := k
				for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
					j++
				}
				l, ok := parseLabel(lines[min(j, len(lines)-1)])
				if j == len(lines) || !ok || len(notes) == 0 || strconv.Itoa(l.num-1) != notes[len(notes)-1].Label {
					break
				}
				k = j
			}
			l, ok := parseLabel(lines[k])
			// A bare label ("1Мигунова …", "2 Там же …", a superscript
			// flattened) numbers a note when it is the number next, or
			// skips one before an author's name ("8 Гациский А. С. …"
			// after note 6); any label when it skips no more than two
			// numbers, or starts again on a new page: a wrapped line
			// opening with a year ("2007. 520 с.") is no label.
			next := 1
			if len(notes) > 0 {
				next, _ = strconv.Atoi(notes[len(notes)-1].Label)
				next++
			}
			switch {
			case ok && (l.num == next || !l.bare && l.num <= next+2 || l.num == next+1 && chkNoteAuthorRe.MatchString(l.rest)):
				notes = append(notes, Entry{Label: strconv.Itoa(l.num), Line: k + 1, Lines: []int{k + 1}, Raw: strings.TrimSpace(l.rest)})
			case len(notes) > 0 && notes[len(notes)-1].Lines[len(notes[len(notes)-1].Lines)-1] == k && !chkNoteTextRe.MatchString(lines[k]):
				e := &notes[len(notes)-1]
				e.Lines = append(e.Lines, k+1)
				e.Raw += " " + strings.TrimSpace(lines[k])
			}
		}
		i = k - 1
	}
	return notes
}

// readRuleNotes makes the notes printed below a rule at the foot of
// each page (see chkRuleNotes) the document's list of notes, when it has
// none under a heading. A list found by its numbering alone among them
// is one page's notes, not the document's list, and the body runs on
// past it to the first list under a heading.
func (c *checker) readRuleNotes() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	notes := chkRuleNotes(c.doc.Lines)
	if len(notes) == 0 {
		return
	}
	noteLines := map[int]bool{}
	for _, e := range notes {
		for _, n := range e.Lines {
			noteLines[n] = true
		}
	}
	var lists []List
	var refs [][]Ref
	end := len(c.doc.Lines)
	for i, l := range c.doc.Lists {
		if l.HeadingLine == 0 && len(l.Entries) > 0 && noteLines[l.Entries[0].Line] {
			continue
		}
		if chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] {
			return // the notes have a list of their own
		}
		if len(lists) == 0 && l.HeadingLine > 0 {
			end = l.HeadingLine - 1
		}
		lists, refs = append(lists, l), append(refs, c.refs[i])
	}
	c.body = make([]string, end)
	for i, l := range c.doc.Lines[:end] {
		if !noteLines[i+1] && !isNoteDefinition(l) {
			c.body[i] = l
		}
	}
	if c.pages = chkNotePages(notes); len(c.pages) > 0 {
		// Numbered afresh below each page's rule: numbered through, as
		// pageSigns maps the signs.
		notes = slices.Clone(notes)
		for k := range notes {
			notes[k].Label = strconv.Itoa(k + 1)
		}
	}
	c.doc.Lists = append(lists, List{Heading: "Footnotes", Entries: notes})
	c.refs = append(refs, ParseEntries(notes))
}

// chkMaxFurniture is the most lines a page break puts between two
// entries of a list: a page number, a running head, and one more.
const chkMaxFurniture = 3

// chkPageNumberRe is a line that holds a page number, alone or at either
// end of a running head: "57", "58   Вестник … 2021. № 41", "… 2021. № 41   59".
var chkPageNumberRe = lazyRegexp(`^\d{1,4}$|^\d{1,4}\s+\p{L}|\p{L}.*\s\d{1,4}$`)

// joinPageBreaks joins the parts of a numbered list that the text of a PDF
// breaks at the end of a page: after the list's last entry come a page
// number and a running head (a line with a page number at an end, or one
// printed elsewhere in the document too, as the author's name is), then
// the entry numbered next. The list reader stops at the running head.
func (c *checker) joinPageBreaks() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	held := c.listLines()
	for i := range c.doc.Lists {
		for {
			es := c.doc.Lists[i].Entries
			if len(es) == 0 {
				break
			}
			last, err := strconv.Atoi(es[len(es)-1].Label)
			if err != nil {
				break
			}
			lines := es[len(es)-1].Lines
			k := c.pastFurniture(lines[len(lines)-1])
			if k < 0 || held[k+1] {
				break
			}
			if l, ok := parseLabel(c.doc.Lines[k]); !ok || l.bare || l.num != last+1 {
				break
			}
			more, _ := readEntries(c.doc.Lines, k)
			if len(more) == 0 {
				break
			}
			if !cloned { // the caller's slices are not written to
				c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
			}
			c.doc.Lists[i].Entries = append(slices.Clone(es), more...)
			c.refs[i] = append(slices.Clone(c.refs[i]), ParseEntries(more)...)
		}
	}
}

// pastFurniture is the index of the first line after line index from
// (0-based) that is neither blank nor a page's furniture (see
// joinPageBreaks), when at least one line of furniture and at most
// chkMaxFurniture stand between; -1 otherwise.
func (c *checker) pastFurniture(from int) int {
	furniture := 0
	k := from
	for ; k < len(c.doc.Lines); k++ {
		t := strings.TrimSpace(strings.ReplaceAll(c.doc.Lines[k], "\u00a0", " "))
		switch {
		case t == "":
			continue
		case furniture < chkMaxFurniture && (chkPageNumberRe.MatchString(t) || c.printedTwice(t)):
			furniture++
			continue
		}
		break
	}
	if furniture == 0 || k == len(c.doc.Lines) {
		return -1
	}
	return k
}

// bodyMarkers finds the markers of the body as FindMarkers does, reading a
// sentence on across a page break of a PDF's text layer: "… по методике
// [6, с." at the foot of a page, then its page number and running head,
// then "88–90]. …" at the head of the next (see pageBreakLines).
func (c *checker) bodyMarkers() []Marker {
	lines, at := c.pageBreakLines()
	ms := FindMarkers(lines)
	for k := range ms {
		ms[k].Line = at[ms[k].Line-1] + 1
	}
	return ms
}

// pageBreakLines returns the body without the furniture of the page
// breaks a sentence runs across, and the index in the body of each line
// kept. Furniture is a run of at most chkMaxFurniture lines, blank lines
// aside, that holds a page number alone on its line and otherwise lines
// printed elsewhere in the document too (a running head); the line before
// it ends no sentence and a line of text follows it.
func (c *checker) pageBreakLines() ([]string, []int) {
	lines := make([]string, 0, len(c.body))
	at := make([]int, 0, len(c.body))
	for i := 0; i < len(c.body); i++ {
		lines, at = append(lines, c.body[i]), append(at, i)
		if k := c.furnitureEnd(i); k > i+1 {
			i = k - 1
		}
	}
	return lines, at
}

// chkSentenceEnd holds the characters that end a sentence or paragraph
// at the end of a line.
const chkSentenceEnd = ".!?:;»"

// chkRunsOn reports whether a line of text ends inside a sentence: with a
// bracket or parenthesis left open ("по методике [6, с."), or with no
// character of chkSentenceEnd last.
func chkRunsOn(t string) bool {
	if strings.Count(t, "[") > strings.Count(t, "]") || strings.Count(t, "(") > strings.Count(t, ")") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune(chkSentenceEnd, r)
}

// furnitureEnd returns the index of the line of text after the page
// furniture that follows body line i, when a sentence runs on across it
// (see pageBreakLines); i+1 otherwise.
func (c *checker) furnitureEnd(i int) int {
	t := strings.TrimSpace(c.body[i])
	if !chkRunsOn(t) {
		return i + 1
	}
	n, number := 0, false
	k := i + 1
	for ; k < len(c.body) && n <= chkMaxFurniture; k++ {
		l := strings.TrimSpace(strings.ReplaceAll(c.body[k], "\u00a0", " "))
		switch {
		case l == "":
			continue
		case chkPageNumberLineRe.MatchString(l):
			number = true
		case !c.printedTwice(l):
			if number && n <= chkMaxFurniture {
				return k
			}
			return i + 1
		}
		n++
	}
	return i + 1
}

// chkPageNumberLineRe is a page number alone on its line.
var chkPageNumberLineRe = lazyRegexp(`^\d{1,4}$`)

// printedTwice reports whether a line's text stands on another line of the
// document too, as a running head repeats the author's name or the title.
func (c *checker) printedTwice(t string) bool {
	if utf8.RuneCountInString(t) < 3 {
		return false
	}
	n := 0
	for _, l := range c.doc.Lines {
		if strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " ")) == t {
			n++
		}
	}
	return n >= 2
}

// joinKindLists joins a list split by kind ("Источники и литература"
// divided into "Источники" 1–5 and "Литература" 6–14) into one list: a
// list whose numbering goes on from the list right before it is its
// second part, and so is an unnumbered list after "Источники" ("Sources"
// numbered or not, then unnumbered "References").
// Such a list is ordered by kind, not by first citation.
func (c *checker) joinKindLists() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	for i := 1; i < len(c.doc.Lists); i++ {
		prev, next := c.doc.Lists[i-1], c.doc.Lists[i]
		sources := chkSourcesHeadings[foldKey(strings.Trim(prev.Heading, " *_:#."))] && chkUnlabelled(next.Entries)
		if !chkContinues(prev.Entries, next.Entries) && !sources || chkArrowNotes(prev.Entries) || chkNotesHeadings[foldKey(strings.Trim(prev.Heading, " *_:#."))] || chkNotesHeadings[foldKey(strings.Trim(next.Heading, " *_:#."))] {
			continue
		}
		if !c.byKind { // the caller's slices are not written to
			c.doc.Lists, c.refs = slices.Clone(c.doc.Lists), slices.Clone(c.refs)
		}
		c.byKind = true
		c.doc.Lists[i-1].Entries = append(slices.Clone(prev.Entries), next.Entries...)
		c.refs[i-1] = append(slices.Clone(c.refs[i-1]), c.refs[i]...)
		c.doc.Lists = slices.Delete(c.doc.Lists, i, i+1)
		c.refs = slices.Delete(c.refs, i, i+1)
		i-- // the joined list may go on in the one after it
	}
}

// chkArrowNotes reports whether every entry of a list opens with the
// arrow a wiki prints before each note, its link back to the sign ("↑
// Шевченко, 2015, с. 45."): notes, even under a heading "Источники".
func chkArrowNotes(es []Entry) bool {
	for _, e := range es {
		if !strings.HasPrefix(strings.TrimSpace(e.Raw), "↑") {
			return false
		}
	}
	return len(es) > 0
}

// chkSourcesHeadings head the first part of a list split by kind, sources
// before the literature on them; unnumbered, the part after it is the
// list's second part.
var chkSourcesHeadings = map[string]bool{
	"источники": true, "архивные источники": true, "опубликованные источники": true, "неопубликованные источники": true,
	"джерела": true, "архівні джерела": true, "опубліковані джерела": true, "крыніцы": true, "дереккөздер": true,
	"sources": true, "primary sources": true, "archival sources": true,
}

// chkUnlabelled reports whether no entry of a list prints a label.
func chkUnlabelled(es []Entry) bool {
	for _, e := range es {
		if e.Label != "" {
			return false
		}
	}
	return true
}

// chkContinues reports whether the labels of next go on from those of
// prev: prev is numbered 1…n and next opens with n+1.
func chkContinues(prev, next []Entry) bool {
	if len(prev) == 0 || len(next) == 0 || prev[0].Label != "1" {
		return false
	}
	last, err := strconv.Atoi(prev[len(prev)-1].Label)
	return err == nil && next[0].Label == strconv.Itoa(last+1)
}

// relabelSuperscriptLists reads the labels of a list whose entries open
// with superscript numbers ("¹ Иванов И. И. …" under "Примечания", or
// "<sup>1</sup> …" in HTML), which
// the list reader leaves unlabelled with the digits in the text, and parses
// its entries again so that Ibid. and op. cit. resolve.
func (c *checker) relabelSuperscriptLists() {
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	cloned := false
	for i, l := range c.doc.Lists {
		entries := slices.Clone(l.Entries)
		for k, e := range entries {
			num, text := chkNoteLabel(e.Raw)
			if e.Label != "" || num == 0 {
				entries = nil
				break
			}
			entries[k].Label = strconv.Itoa(num)
			entries[k].Raw = text
		}
		if len(entries) == 0 {
			continue
		}
		if !cloned { // the caller's slices are not written to
			c.doc.Lists, c.refs, cloned = slices.Clone(c.doc.Lists), slices.Clone(c.refs), true
		}
		c.doc.Lists[i].Entries = entries
		c.refs[i] = ParseEntries(entries)
	}
}

// chkSupLabelRe is a note labelled with a superscript number in HTML or
// Pandoc Markdown, perhaps in an HTML paragraph: "<p><sup>1</sup> Иванов
// И. И. …</p>", "^1^ Иванов И. И. …".
var chkSupLabelRe = lazyRegexp(`^\s*(?:<p\b[^<>]*>\s*)?(?:<sup>\s*(\d{1,3})\s*</sup>|\^(\d{1,3})\^)\s*(\S.*?)\s*(?:</p>)?$`)

// chkNoteLabel reads the superscript number that labels a note ("¹ …",
// "<sup>1</sup> …", "^1^ …") and the note's text; 0 when there is none.
func chkNoteLabel(raw string) (int, string) {
	if m := chkPageNoteRe.FindStringSubmatch(raw); m != nil {
		return citeSuperscriptNumber(m[1]), strings.TrimSpace(m[2])
	}
	if m := chkSupLabelRe.FindStringSubmatch(raw); m != nil {
		n, _ := strconv.Atoi(m[1] + m[2])
		return n, m[3]
	}
	return 0, ""
}

// chkPageNoteRe is a note printed at the foot of its page, as text
// extracted page by page keeps it: "¹ Иванов И. И. Книга. – С. 5." after the
// paragraph that carries the sign.
var chkPageNoteRe = lazyRegexp(`^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(\S.*)$`)

// readPageNotes finds notes printed at the foot of their pages and, when
// the document has no list of notes of its own, makes them one. A line that
// opens with superscript digits is such a note only when a body line before
// it, long enough to be running text, carries a superscript note sign:
// affiliation lines under the authors' names open with superscripts too.
func (c *checker) readPageNotes() {
	if len(c.refs) != len(c.doc.Lists) {
		return // lists and parsed entries must stay parallel
	}
	for i, l := range c.doc.Lists {
		if i < len(c.refs) && (chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] || IsNotesList(c.refs[i])) {
			return
		}
	}
	notes := List{Heading: "Footnotes"}
	signs := false // a note sign seen so far in running text
	for i, l := range c.body {
		if m := chkPageNoteRe.FindStringSubmatch(l); m != nil {
			if num := citeSuperscriptNumber(m[1]); num > 0 && signs {
				notes.Entries = append(notes.Entries, Entry{Label: strconv.Itoa(num), Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(m[2])})
				continue
			}
		}
		if k := len(notes.Entries) - 1; k >= 0 && chkWrappedNote(notes.Entries[k], i+1, l) {
			e := &notes.Entries[k]
			e.Lines = append(e.Lines, i+1)
			e.Raw += " " + strings.TrimSpace(l)
			continue
		}
		if c.runningText(i) {
			for _, m := range lineMarkers(i+1, l) {
				signs = signs || m.Kind == MarkerFootnote && citeSuperscriptNumber(m.Raw) > 0
			}
		}
	}
	if len(notes.Entries) == 0 {
		return
	}
	c.pages = chkNotePages(notes.Entries)
	if len(c.pages) > 0 {
		for k := range notes.Entries {
			notes.Entries[k].Label = strconv.Itoa(k + 1) // numbered through, as signs are mapped below
		}
	}
	c.body = slices.Clone(c.body)
	for _, e := range notes.Entries {
		for _, n := range e.Lines {
			c.body[n-1] = "" // note text, not body text
		}
	}
	c.doc.Lists = append(slices.Clone(c.doc.Lists), notes)
	c.refs = append(slices.Clone(c.refs), ParseEntries(notes.Entries))
}

// chkWrappedNote reports whether line n (1-based), l, goes on with note e
// as text extracted from a PDF wraps it: it comes right after the note's
// last line, which stops short of a full stop, or it opens in lower case
// ("ч. 2. С. 49–85."), and it carries no note sign.
func chkWrappedNote(e Entry, n int, l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || e.Lines[len(e.Lines)-1] != n-1 || strings.ContainsAny(t, "¹²³⁴⁵⁶⁷⁸⁹") {
		return false // a line with a note sign is the body's
	}
	return !strings.HasSuffix(e.Raw, ".") || unicode.IsLower(firstRune(t))
}

// notePage is one page of a text whose notes are numbered afresh on every
// page: the body lines whose signs the page's notes answer, and where its
// notes stand in the list of all notes.
type notePage struct {
	first, last int // 1-based body lines, inclusive
	offset      int // notes on the pages before
	size        int // notes on this page
	label       int // the number of the page's first note
}

// chkNotePages splits notes read at the feet of pages into pages when
// their numbering starts again at 1 (as it does on every page of many
// journals, or in every chapter of a thesis); nil when the notes are
// numbered through. A page's signs stand in the lines after the notes of
// the page before. Notes apart from the ones above them (text between)
// are another page's, which may go on with the numbers of the page before
// (a chapter's notes numbered through its pages).
func chkNotePages(notes []Entry) []notePage {
	restarts := false
	for k := 1; k < len(notes); k++ {
		restarts = restarts || notes[k].Label == "1"
	}
	if !restarts {
		return nil
	}
	var pages []notePage
	first := 1
	for k, e := range notes {
		if k == 0 || e.Label == "1" || e.Line > chkLastLine(notes[k-1])+1 {
			if k > 0 {
				first = chkLastLine(notes[k-1]) + 1
			}
			label, err := strconv.Atoi(e.Label)
			if err != nil {
				label = 1
			}
			pages = append(pages, notePage{first: first, last: e.Line - 1, offset: k, label: label})
		}
		pages[len(pages)-1].size++
	}
	return pages
}

// chkLastLine is the last line an entry was joined from.
func chkLastLine(e Entry) int {
	if len(e.Lines) == 0 {
		return e.Line
	}
	return e.Lines[len(e.Lines)-1]
}

// pageSigns maps the superscript signs of a text with notes numbered
// afresh on every page to the notes of their own page, numbered through
// the whole list, and reports a sign its page has no note for. Signs
// after the last page's notes have no notes on their page.
func (c *checker) pageSigns(ms []Marker) []Marker {
	if len(c.pages) == 0 {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		local := citeSuperscriptNumber(m.Raw)
		if m.Kind != MarkerFootnote || local == 0 || len(m.Nums) != 1 {
			out = append(out, m)
			continue
		}
		page := notePage{first: c.pages[len(c.pages)-1].last + 1, last: len(c.body), label: 1}
		for _, p := range c.pages {
			if m.Line >= p.first && m.Line <= p.last {
				page = p
			}
		}
		if local < page.label || local >= page.label+page.size {
			if c.runningText(m.Line - 1) {
				c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "note sign %s has no note on its page (notes there: %d)", m.Raw, page.size)
			}
			continue
		}
		m.Nums = []int{page.offset + local - page.label + 1}
		out = append(out, m)
	}
	return out
}

// chkDropDoubledSigns leaves out a bracketed number printed a second time
// right after itself ("результаты»[1][1]."), as a note's link copied from
// a web page is: one citation, not two. A Markdown sign typed twice
// ("[^2][^2]") is the author's, and stays.
func chkDropDoubledSigns(ms []Marker) []Marker {
	out := ms[:0:0]
	for k, m := range ms {
		if k > 0 {
			p := ms[k-1]
			if m.Kind == MarkerNumeric && p.Line == m.Line && p.Raw == m.Raw && m.Col == p.Col+utf8.RuneCountInString(p.Raw) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// chkSpacedSignRe is a number typed after a space at the end of a
// clause, as a flattened note sign is when its author put a space before
// it: "поширення цієї культури 2.", "племен 4;".
var chkSpacedSignRe = lazyRegexp(`(\p{Ll}{3,}) (\d{1,3})[.,;:!?]?(?:\s|$)`)

// chkNumberedNouns are the stems of the words a number follows as the
// number of a part, table or group ("в главе 3.", "таблиці 2.", "группа 1"),
// which no note sign typed after a space is taken for.
var chkNumberedNouns = []string{"глав", "раздел", "розділ", "табл", "рисун", "схем", "формул", "приложени", "додат",
	"том", "част", "пункт", "стат", "груп", "клас", "курс", "номер", "вариант", "варіант", "этап", "етап", "уров", "рів"}

// spacedSigns adds the note signs of a text whose superscripts were
// flattened to digits glued to the word ("волі3") that were typed after
// a space instead ("культури 2."): such a number is a sign only where it
// is the one the signs before it lead to, so a count ("понад 40.") or a
// measure stays a number.
func (c *checker) spacedSigns(ms []Marker) []Marker {
	flat := func(m Marker) bool {
		return m.Kind == MarkerFootnote && len(m.Nums) == 1 && strings.Trim(m.Raw, "0123456789") == ""
	}
	if !slices.ContainsFunc(ms, flat) {
		return ms
	}
	byLine := map[int][]Marker{}
	for _, m := range ms {
		byLine[m.Line] = append(byLine[m.Line], m)
	}
	next := 1
	var out []Marker
	for i, l := range c.body {
		type sign struct {
			col, num int
			add      *Marker
		}
		var signs []sign
		for _, m := range byLine[i+1] {
			if flat(m) {
				signs = append(signs, sign{col: m.Col, num: m.Nums[0]})
			}
		}
		for _, loc := range chkSpacedSignRe.FindAllStringSubmatchIndex(l, -1) {
			word := strings.ToLower(l[loc[2]:loc[3]])
			if citeUnitWords[word] || slices.ContainsFunc(chkNumberedNouns, func(stem string) bool { return strings.HasPrefix(word, stem) }) {
				continue // "396 м.", "в главе 3.": a measure or a part's number
			}
			num, _ := strconv.Atoi(l[loc[4]:loc[5]])
			col := utf8.RuneCountInString(l[:loc[4]]) + 1
			signs = append(signs, sign{col: col, num: num, add: &Marker{Line: i + 1, Col: col, Raw: l[loc[4]:loc[5]], Nums: []int{num}, Kind: MarkerFootnote}})
		}
		sort.Slice(signs, func(a, b int) bool { return signs[a].col < signs[b].col })
		for _, sg := range signs {
			switch {
			case sg.add == nil:
				next = sg.num + 1
			case sg.num == next && c.runningText(i):
				out = append(out, *sg.add)
				next++
			}
		}
	}
	if len(out) == 0 {
		return ms
	}
	return append(slices.Clone(ms), out...)
}

// severityRank orders severities: errors first.
func severityRank(s string) int {
	switch s {
	case SeverityError:
		return 0
	case SeverityWarning:
		return 1
	}
	return 2
}

// checker holds one run of Check: the document, the list the markers are
// checked against, and the findings so far.
type checker struct {
	doc   Document
	refs  [][]Ref
	body  []string
	list  []Ref       // the list the markers are checked against
	entry []Entry     // its entries, parallel to list (may be shorter when unknown)
	byNum map[int]int // printed number → index into list
	twice []int       // entries that repeat the number of the entry before
	notes bool        // a list of notes: one number per note, used once
	pages []notePage  // pages of notes numbered afresh on each page, if so
	// byKind is true when the list is split by kind (sources, then
	// literature) and so is not in order of first citation.
	byKind bool
	cited  []bool // entries some marker cites, parallel to list
	// cols maps the characters of a body line read without its HTML
	// links (see stripAnchors) to their printed columns, by line.
	cols map[int][]int
	// texKeys maps the keys of a LaTeX source's \bibitem entries to their
	// places in the list, numbered from 1; nil for other texts.
	texKeys map[string]int
	// texWhat names what holds a LaTeX source's works when it is not a
	// \bibitem: "BibTeX record".
	texWhat string
	// pandocKeys maps the ids of the works a Pandoc file's YAML block
	// lists under "references:" to their places in its list.
	pandocKeys map[string]int
	// lettered holds the labels with a letter ("4а") that brackets cite.
	lettered map[string]bool
	out      []Finding
}

// add records a finding; the message is formatted like fmt.Sprintf.
func (c *checker) add(line, col int, sev, rule, format string, a ...any) {
	if col < 1 {
		col = 1
	}
	c.out = append(c.out, Finding{Line: line, Col: col, Severity: sev, Rule: rule, Message: fmt.Sprintf(format, a...)})
}

// minNoteLine is the shortest line, in characters, whose superscripts are
// read as note signs: on shorter lines (author names, headings) they mark
// affiliations, unless the line is a sentence (see chkRunningText).
const minNoteLine = 80

// minNoteWords is the fewest words of a short line that ends as a sentence
// for its superscripts to be note signs ("Итоги подведены в заключении⁴.").
const minNoteWords = 5

// chkRunningText reports whether a line is running text, whose
// superscripts are note signs: it is long, or it is a sentence of a few
// words that ends with a full stop (after its note sign). Names of authors
// and headings are short and end without one.
func chkRunningText(l string) bool {
	if utf8.RuneCountInString(l) >= minNoteLine {
		return true
	}
	t := strings.TrimRight(l, " \u00a0*_")
	return len(strings.Fields(t)) >= minNoteWords && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"))
}

// runningText reports whether body line i (0-based) is running text (see
// chkRunningText), or goes on with a paragraph of running text on the
// line right above it, as a hard-wrapped text (from a PDF) breaks its
// paragraphs: "передано колгоспам²." after a full line.
func (c *checker) runningText(i int) bool {
	if i < 0 || i >= len(c.body) {
		return false
	}
	if chkRunningText(c.body[i]) {
		return true
	}
	if i == 0 || strings.TrimSpace(c.body[i]) == "" {
		return false
	}
	prev := strings.TrimSpace(c.body[i-1])
	return utf8.RuneCountInString(prev) >= minNoteLine && !strings.HasPrefix(prev, "#") && !strings.HasPrefix(prev, "|")
}

// chkHeadingSign reports whether marker m is a note sign at the end of a
// Markdown heading, as a title or a section heading carries its note
// ("# Крестьянские волнения в 1905–1907 гг.¹", "## Введение²"); an
// author's name with an affiliation's sign is no heading.
func chkHeadingSign(l string, m Marker) bool {
	t := strings.TrimRight(l, " \u00a0*_")
	return strings.HasPrefix(strings.TrimSpace(l), "#") && strings.HasSuffix(t, m.Raw) && chkRuneOffset(l, m.Col)+len(m.Raw) >= len(t)
}

// run finds the markers, picks the style they cite in, and runs the checks.
func (c *checker) run() {
	markers := c.parenNumbers(c.pageSigns(c.referenceLinks(c.dropDates(c.dropMillerIndices(c.spacedSigns(chkDropDoubledSigns(c.bodyMarkers())))))))
	markers = append(markers, c.texCitations()...)
	markers = append(markers, c.pandocCitations()...)
	markers = append(markers, c.letterLabelCitations(markers)...)
	markers = append(markers, c.englishCommaPairs(markers)...)
	sort.SliceStable(markers, func(i, j int) bool {
		return markers[i].Line < markers[j].Line || markers[i].Line == markers[j].Line && markers[i].Col < markers[j].Col
	})
	c.columnOrder(markers)
	var numeric, footnote, authorDate, narrative []Marker
	for _, m := range markers {
		switch m.Kind {
		case MarkerNumeric:
			numeric = append(numeric, m)
		case MarkerFootnote:
			if strings.HasPrefix(m.Raw, "[^") || c.runningText(m.Line-1) || chkHeadingSign(c.body[m.Line-1], m) {
				footnote = append(footnote, m)
			}
		case MarkerAuthorDate:
			authorDate = append(authorDate, AuthorDateGroups(m)...)
		case MarkerNarrative:
			narrative = append(narrative, m)
		}
	}
	c.bodyChecks(numeric)
	if len(c.refs) == 0 || len(c.refs[0]) == 0 {
		first := numeric
		if len(first) == 0 {
			first = authorDate
		}
		if len(first) > 0 {
			c.add(first[0].Line, first[0].Col, SeverityError, CheckNoList, "the text cites %s but no reference list was found", first[0].Raw)
		}
		return
	}
	if len(numeric)+len(footnote)+len(authorDate) > 0 {
		c.checkUncitedQuotes(markers)
	}
	works, notes := c.pickLists()
	if len(numeric) > 0 && len(footnote) == 0 && notes >= 0 && !chkNumbered(c.refs[works]) && chkNumbered(c.refs[notes]) {
		// Bracketed numbers cite the numbered notes; the unnumbered
		// list is a bibliography beside them.
		works = notes
	}
	c.use(works)
	nums := numeric
	if len(nums) > 0 {
		// Notes that cite the numbered list ("[^1]: Подробнее см.: [9,
		// с. 15–18].") cite it after the body, or where their signs
		// stand: a list may be numbered either way.
		inNotes := c.noteNumbers(works, notes)
		nums = slices.Clone(nums)
		for _, nm := range inNotes {
			nums = append(nums, nm.m)
		}
		if bySign := chkInSignOrder(numeric, inNotes, footnote); c.orderBreaks(bySign) < c.orderBreaks(nums) {
			nums = bySign
		}
	}
	if len(nums) == 0 && len(footnote) > 0 && len(footnote) >= c.authorDateHits(authorDate) {
		// Note signs ([^1], superscripts) cite a list of notes, unless
		// they are a Vancouver article's superscript citations of works.
		works := chkSuperscriptWorks(footnote)
		if notes >= 0 && !works {
			c.use(notes)
		}
		nums = footnote
		c.notes = !works
	}
	if len(nums) > 0 {
		c.checkNumeric(nums)
	}
	if len(nums) == 0 && len(authorDate) == 0 {
		authorDate = c.mlaCitations()
	}
	byAuthor := len(authorDate) > 0 && (len(nums) == 0 || c.authorDateInUse(authorDate))
	if byAuthor {
		c.checkAuthorDate(append(append(slices.Clone(authorDate), c.noteAuthorDate()...), c.groupAuthors(markers)...))
	}
	if len(nums) == 0 && byAuthor {
		c.markNarrative(narrative)
	}
	c.checkSigla(markers)
	if len(nums) > 0 || byAuthor {
		c.reportUncited(len(nums) == 0)
	}
	if !c.notes {
		c.checkDuplicates()
	}
	c.checkIbids(markers, nums, byAuthor)
	c.checkEntries()
	if c.notes && len(numeric)+len(authorDate) == 0 && notes >= 0 && works != notes && len(c.refs[works]) > 0 && !chkNumbered(c.refs[works]) {
		c.reportUnnamedInNotes(works, notes)
	}
	if bib, short := c.shortNoteCitations(works); len(short) > 0 {
		// Notes that cite the bibliography by author and year ("↑
		// Шевченко, 2015, с. 45."), as a wiki's short notes do.
		c.use(bib)
		c.checkAuthorDate(short)
		c.reportUncited(true)
		c.use(works)
	}
	if len(numeric) > 0 && len(footnote) > 0 && notes >= 0 {
		// Numbered references and footnotes side by side: the note
		// signs cite the notes.
		c.use(notes)
		c.notes = true
		c.checkNumeric(footnote)
		c.reportUncited(false)
		c.checkEntries()
	}
}

// chkGutterRe is the gap between two columns of a PDF's text kept with
// its layout: text, three spaces or more, text.
var chkGutterRe = lazyRegexp(`\S(\s{3,})\S`)

// chkGutterColumns are the columns (counted in characters) at which a line
// goes on after such a gap, 30 characters in or more: where a right column
// may begin.
func chkGutterColumns(l string) []int {
	var ks []int
	for _, loc := range chkGutterRe.FindAllStringSubmatchIndex(l, -1) {
		if k := utf8.RuneCountInString(l[:loc[3]]); k >= 30 {
			ks = append(ks, k)
		}
	}
	return ks
}

// chkMinColumnLines is the fewest lines whose right column starts at one
// place for the body to be read as two columns side by side.
const chkMinColumnLines = 5

// chkGutter finds where the right column starts in a body printed in two
// columns side by side (a PDF's text kept with its layout): the column,
// counted in characters from 0, at which at least chkMinColumnLines lines
// go on after a gap, and the first and last of those lines (0-based).
func chkGutter(lines []string) (col, from, to int, ok bool) {
	starts := map[int][]int{}
	for i, l := range lines {
		for _, k := range chkGutterColumns(l) {
			starts[k] = append(starts[k], i)
		}
	}
	for k, ls := range starts {
		if len(ls) >= chkMinColumnLines && (!ok || len(ls) > len(starts[col])) {
			col, from, to, ok = k, ls[0], ls[len(ls)-1], true
		}
	}
	return col, from, to, ok
}

// columnOrder puts the markers of a body printed in two columns side by
// side in the order it is read: down the left column, then down the
// right, so that a list numbered by first citation is not held to the
// order of the printed lines.
func (c *checker) columnOrder(ms []Marker) {
	col, from, to, ok := chkGutter(c.body)
	if !ok {
		return
	}
	right := func(m Marker) bool { return m.Line-1 >= from && m.Line-1 <= to && m.Col-1 >= col }
	key := func(m Marker) int {
		switch {
		case m.Line-1 < from:
			return 0
		case m.Line-1 > to:
			return 3
		case right(m):
			return 2
		}
		return 1
	}
	sort.SliceStable(ms, func(i, j int) bool { return key(ms[i]) < key(ms[j]) })
}

// reportUnnamedInNotes reports the entries of an unnumbered bibliography
// printed beside the notes of a paper that cites by notes alone, in full
// (notes and bibliography), whose first author no note names: with the entry's year,
// or in an op. cit. ("Кауфман А. А. Указ. соч."), which names no year.
// Entries headed by a title are left alone.
func (c *checker) reportUnnamedInNotes(bib, notes int) {
	for i, r := range c.refs[bib] {
		if len(r.Item.Author) == 0 || r.Item.Author[0].Family == "" {
			continue
		}
		fam, year := chkEntryFamilies(r)[0], r.Item.Issued.Year()
		own := chkYearLetter(r.Raw, year)
		named := slices.ContainsFunc(c.doc.Lists[notes].Entries, func(e Entry) bool {
			return chkPersonNamed(fam, e.Raw) && (year == 0 || chkNamesYear(e.Raw, year, own) || chkOpCitRe.MatchString(e.Raw))
		})
		if !named {
			c.add(c.doc.Lists[bib].Entries[i].Line, 1, SeverityWarning, CheckUncitedEntry, "entry %d of the list %q is not cited in the notes", i+1, c.doc.Lists[bib].Heading)
		}
	}
}

// chkShortNoteRe is a note that is a short reference by author, year and
// page, after the wiki's arrow and links back ("↑ 1 2 Шевченко, 2015, с.
// 45.", "↑ Перейти к: а б Лурье, 1988."); the reference is group 1.
var chkShortNoteRe = lazyRegexp(`^(?:↑\s*(?:Перейти к:\s*)?(?:(?:\d{1,2}|\p{Ll})\s+)*)?(\p{Lu}[^\d/()«»"]{1,60}?,?\s\d{4}\p{Ll}?(?:,\s*(?:[СсCcPpS]|pp|стр)\.\s*\d+(?:\s*[-–—]\s*\d+)?)?)\.?$`)

// chkMinShortNotes is the fewest short notes (see chkShortNoteRe) that
// make a list of notes cite a bibliography beside it.
const chkMinShortNotes = 2

// shortNoteCitations reads the notes of list works that cite, by author
// and year, an unnumbered bibliography beside them: the bibliography's
// index and an author-date citation for each such note, at its line; -1
// and nil when the notes do not cite so.
func (c *checker) shortNoteCitations(works int) (int, []Marker) {
	if works < 0 || works >= len(c.doc.Lists) {
		return -1, nil
	}
	bib := -1
	for i, l := range c.doc.Lists {
		if i != works && i < len(c.refs) && len(c.refs[i]) > 0 && !chkNumbered(c.refs[i]) && !chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] {
			bib = i
			break
		}
	}
	if bib < 0 {
		return -1, nil
	}
	var out []Marker
	for _, e := range c.doc.Lists[works].Entries {
		if sm := chkShortNoteRe.FindStringSubmatch(strings.TrimSpace(e.Raw)); sm != nil {
			out = append(out, AuthorDateGroups(Marker{Kind: MarkerAuthorDate, Line: e.Line, Col: 1, Raw: "(" + sm[1] + ")"})...)
		}
	}
	if len(out) < chkMinShortNotes {
		return -1, nil
	}
	return bib, out
}

// chkCommaPairRe is two numbers with a bare comma in brackets: "[6,21]",
// which FindMarkers leaves as a decimal unless the second follows the
// first ("[9,10]").
var chkCommaPairRe = lazyRegexp(`\[(\d{1,3}),(\d{2,3})\]`)

// englishCommaPairs reads "[6,21]" as two works in an English text, where
// a decimal takes a point, not a comma ("[1,2]", "[6,21]" in MDPI style).
// Brackets a marker already holds are left alone.
func (c *checker) englishCommaPairs(ms []Marker) []Marker {
	if !chkEnglishText(c.body) {
		return nil
	}
	at := map[[2]int]bool{}
	for _, m := range ms {
		at[[2]int{m.Line, m.Col}] = true
	}
	var out []Marker
	for i, l := range c.body {
		for _, loc := range chkCommaPairRe.FindAllStringSubmatchIndex(l, -1) {
			col := utf8.RuneCountInString(l[:loc[0]]) + 1
			a, _ := strconv.Atoi(l[loc[2]:loc[3]])
			b, _ := strconv.Atoi(l[loc[4]:loc[5]])
			if at[[2]int{i + 1, col}] || a == 0 || b <= a {
				continue
			}
			out = append(out, Marker{Line: i + 1, Col: col, Raw: l[loc[0]:loc[1]], Nums: []int{a, b}, Pages: []string{"", ""}, Kind: MarkerNumeric})
		}
	}
	return out
}

// chkEnglishText reports whether a body is written in English: its
// commonest function words are frequent and Cyrillic letters rare.
func chkEnglishText(body []string) bool {
	words, latin, cyrillic := 0, 0, 0
	for _, l := range body {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			if w == "the" || w == "of" || w == "and" {
				words++
			}
		}
		for _, r := range l {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyrillic++
			case unicode.Is(unicode.Latin, r):
				latin++
			}
		}
	}
	return words >= 10 && cyrillic*20 < latin
}

// noteMarker is a bracketed list number inside a note, with the number
// of the note it stands in (0 when the note has none).
type noteMarker struct {
	m    Marker
	note int
}

// noteNumbers are the bracketed list numbers inside Markdown note
// definitions, and inside the entries of a list of notes beside the list
// of works (notes, when it is not works), which the body leaves out: a
// note that cites the list ("2. Подробнее см.: [7, с. 312–315].").
func (c *checker) noteNumbers(works, notes int) []noteMarker {
	lines := make([]string, len(c.doc.Lines))
	noteOf := map[int]int{} // line → the number of the note on it
	found := false
	for i, l := range c.doc.Lines {
		if d := citeNoteDefRe.FindStringSubmatchIndex(l); d != nil {
			// The note's label and link back to its sign ("[\\[1\\]](#_ftnref1)")
			// are no citation: blanked, keeping the columns.
			lines[i], found = strings.Repeat(" ", d[14])+l[d[14]:], true
			for g := 2; g < 14; g += 2 {
				if d[g] >= 0 {
					noteOf[i+1], _ = strconv.Atoi(l[d[g]:d[g+1]])
				}
			}
		}
	}
	if notes >= 0 && notes != works && notes < len(c.doc.Lists) {
		for _, e := range c.doc.Lists[notes].Entries {
			num, _ := strconv.Atoi(e.Label)
			for _, n := range e.Lines {
				if n >= 1 && n <= len(lines) {
					lines[n-1], found = c.doc.Lines[n-1], true
					noteOf[n] = num
				}
			}
		}
	}
	if !found {
		return nil
	}
	var out []noteMarker
	for _, m := range FindMarkers(lines) {
		if m.Kind == MarkerNumeric && !m.Paren {
			out = append(out, noteMarker{m, noteOf[m.Line]})
		}
	}
	return out
}

// orderBreaks counts the entries the markers ms, in their order, first
// cite after an entry with a higher number (the laws a list opens with
// aside, as checkNumeric leaves them).
func (c *checker) orderBreaks(ms []Marker) int {
	legal := chkLegalHead(c.list)
	cited := make([]bool, len(c.list))
	n, maxFirst := 0, 0
	for _, m := range ms {
		for _, num := range m.Nums {
			idx, ok := c.byNum[num]
			if !ok || cited[idx] {
				continue
			}
			cited[idx] = true
			switch {
			case idx < legal:
			case num < maxFirst:
				n++
			default:
				maxFirst = num
			}
		}
	}
	return n
}

// chkInSignOrder merges the numbered markers of the body with those inside
// notes in the order a reader meets them: a note's citations where its
// sign stands in the body (the first sign, when it is used twice), so
// that a work first cited in note 2 counts as cited there for the order
// of first citation. The citations of a note with no sign in the body
// come last, in the notes' order.
func chkInSignOrder(body []Marker, inNotes []noteMarker, signs []Marker) []Marker {
	type place struct{ line, col, after int }
	at := map[int]place{}
	for _, s := range signs {
		for _, n := range s.Nums {
			if _, ok := at[n]; !ok {
				at[n] = place{s.Line, s.Col, 1}
			}
		}
	}
	type keyed struct {
		m Marker
		p place
	}
	all := make([]keyed, 0, len(body)+len(inNotes))
	for _, m := range body {
		all = append(all, keyed{m, place{m.Line, m.Col, 0}})
	}
	for k, nm := range inNotes {
		p, ok := at[nm.note]
		if !ok {
			p = place{math.MaxInt, k, 0}
		}
		all = append(all, keyed{nm.m, p})
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].p, all[j].p
		if a.line != b.line {
			return a.line < b.line
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.after < b.after
	})
	out := make([]Marker, len(all))
	for i, k := range all {
		out[i] = k.m
	}
	return out
}

// noteAuthorDate are the author-date citations inside the paper's notes
// (Markdown note definitions, and notes read at the feet of pages or under
// a notes heading), which the body leaves out: "¹ По данным Росстата …
// (Росстат, 2022)." cites the list as the body does.
func (c *checker) noteAuthorDate() []Marker {
	lines := make([]string, len(c.doc.Lines))
	found := false
	for i, l := range c.doc.Lines {
		if isNoteDefinition(l) {
			lines[i], found = l, true
		}
	}
	for _, l := range c.doc.Lists {
		if !chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] {
			continue
		}
		for _, e := range l.Entries {
			for _, n := range e.Lines {
				if n >= 1 && n <= len(lines) {
					lines[n-1], found = c.doc.Lines[n-1], true
				}
			}
		}
	}
	if !found {
		return nil
	}
	var out []Marker
	for _, m := range FindMarkers(lines) {
		if m.Kind == MarkerAuthorDate {
			out = append(out, AuthorDateGroups(m)...)
		}
	}
	return out
}

// chkMLAGroupRe is one work an MLA citation names, by author and page
// with no year and no comma: "Winner 137", "Clark 93–95", "Kudaibergenova
// 118–20", "Cummings and Ochs 12", "Auezov, *Collected Works* 5: 112".
var chkMLAGroupRe = lazyRegexp(`^(?:(?i:see|cf\.)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?(?:\s+et al\.)?)(?:,\s*\*[^*]+\*)?\s+(?:\d{1,2}:\s*)?(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)$`)

// chkMinMLA is the fewest MLA citations naming authors of the list for a
// paper to be read as citing so.
const chkMinMLA = 2

// mlaCitations reads a paper that cites in MLA style, by author and page
// in parentheses with no year ("(Winner 137)", "(Kirabayev 44;
// Myrzakhmetuly 210)"), when at least chkMinMLA such citations name
// authors of the list; nil otherwise. Abbreviated ranges ("118–20") are
// written out.
func (c *checker) mlaCitations() []Marker {
	var out []Marker
	hits := 0
	for i, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			if l[loc[0]] != '(' {
				continue
			}
			var ms []Marker
			for _, g := range strings.Split(l[loc[0]+1:loc[1]-1], ";") {
				sm := chkMLAGroupRe.FindStringSubmatch(strings.TrimSpace(g))
				if sm == nil || citeNotAuthor[strings.ToLower(strings.Fields(sm[1])[0])] {
					ms = nil
					break
				}
				ms = append(ms, Marker{Kind: MarkerAuthorDate, Line: i + 1, Col: utf8.RuneCountInString(l[:loc[0]]) + 1,
					Raw: l[loc[0]:loc[1]], Author: sm[1], Page: chkFullRange(strings.Join(strings.Fields(sm[2]), ""))})
			}
			for _, m := range ms {
				if len(c.byAuthor(m.Author)) > 0 {
					hits++
				}
			}
			out = append(out, ms...)
		}
	}
	if hits < chkMinMLA {
		return nil
	}
	return out
}

// chkFullRange writes out a page range printed short: "118–20" is
// "118–120"; other pages are returned as they are.
func chkFullRange(p string) string {
	lo, hi, ok := strings.Cut(p, "–")
	if !ok {
		lo, hi, ok = strings.Cut(p, "-")
	}
	if !ok || len(hi) >= len(lo) {
		return p
	}
	return lo + "–" + lo[:len(lo)-len(hi)] + hi
}

// chkGroupAuthorRe is an author-date parenthesis that names a body by
// several words joined by a word in lower case ("(Ministry of Agriculture,
// 2016, p. 14)", "(Комитет по статистике, 2020)", "(Ministry of …, n.d.)"), which the marker
// patterns, reading capitalised words only, leave unread.
var chkGroupAuthorRe = lazyRegexp(`\((\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s+(?:of|the|for|and|on|in|по|при|и|de|des|du|für|der)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’-]+)+)+),\s*((?:1[5-9]|20)\d\d[a-zа-я]?|n\.\s?d\.|б\.\s?г\.)(?:,\s*(?:pp?|с|С)\.\s*(\d+(?:\s*[-–—]\s*\d+)?))?\)`)

// chkVolumeGroupRe is a parenthesis that cites an author's collected works
// by volume and page with no year, as a paper on one writer cites the
// edition it lists: "(Достоевский, т. 28, кн. 1, с. 118)", "(Белинский, т.
// 9, с. 563)". Its page is not checked: the list gives no volume's pages.
var chkVolumeGroupRe = lazyRegexp(`\((\p{Lu}[\p{L}'’-]+),()()\s*(?:[Тт]|[Vv]ol|[Bb]d)\.\s*[\dIVXLC]+[^()]*\)`)

// chkBodyNameRe is an author-date parenthesis that names a body in words
// some of which are in lower case, as Kazakh and Russian write the names
// of agencies ("(Халықаралық еңбек ұйымы, 2020)", "(ҚР Стратегиялық
// жоспарлау және реформалар агенттігі Ұлттық статистика бюросы, 2023)"),
// perhaps with a page before or after its number.
var chkBodyNameRe = lazyRegexp(`\((\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,11}),\s*((?:1[5-9]|20)\d\d[a-zа-я]?)(?:,\s*(?:(?:[PpСсБб]|[Pp]p)\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)(?:\s*-?\s*(?:бб?|бет)\.?)?)?\)`)

// chkCapsRe is an abbreviation in capitals: "ҚР", "РФ", "ООН".
var chkCapsRe = lazyRegexp(`^\p{Lu}{2,5}$`)

// byBodyName returns the entries with no personal author whose opening
// words hold each word of a body's name as a citation prints it, in any
// case, an abbreviation standing for the run of words it spells ("ҚР" for
// "Қазақстан Республикасы"). A name of one word is a person's.
func (c *checker) byBodyName(a string) []int {
	name := strings.Fields(a)
	if len(name) < 2 {
		return nil
	}
	return c.byOpeningWords(name, func(w string, words []string) bool {
		return slices.ContainsFunc(words, func(x string) bool { return foldKey(x) == foldKey(w) }) || chkCapsRe.MatchString(w) && chkAbbrevIn(w, words)
	})
}

// byOpeningWords returns the entries with no personal author whose
// opening words hold every word of a body's name, as holds decides.
func (c *checker) byOpeningWords(name []string, holds func(w string, words []string) bool) []int {
	var out []int
	for i, r := range c.list {
		if len(r.Item.Author) > 0 && r.Item.Author[0].Family != "" {
			continue
		}
		words := strings.FieldsFunc(r.Raw, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		words = words[:min(len(words), 16)]
		all := true
		for _, w := range name {
			all = all && holds(w, words)
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}

// groupAuthors reads the parentheses of chkGroupAuthorRe, chkBodyNameRe and
// chkVolumeGroupRe that no marker holds and whose author heads an
// entry of the list: weak evidence, kept only where the list confirms it
// or the author's words name a body (see chkBodyNouns).
func (c *checker) groupAuthors(ms []Marker) []Marker {
	read := map[[2]int]bool{}
	for _, m := range ms {
		read[[2]int{m.Line, m.Col}] = true
	}
	var out []Marker
	for i, l := range c.body {
		var found [][]int
		for _, re := range []*regex{chkGroupAuthorRe, chkBodyNameRe, chkVolumeGroupRe} {
			found = append(found, re.FindAllStringSubmatchIndex(l, -1)...)
		}
		for _, sm := range found {
			col := utf8.RuneCountInString(l[:sm[0]]) + 1
			author := l[sm[2]:sm[3]]
			if read[[2]int{i + 1, col}] || len(c.byAuthor(author)) == 0 && len(c.byBodyName(author)) == 0 && !chkNamesBody(author) {
				continue
			}
			read[[2]int{i + 1, col}] = true
			m := Marker{Kind: MarkerAuthorDate, Line: i + 1, Col: col, Raw: l[sm[0]:sm[1]], Author: author, Year: l[sm[4]:sm[5]]}
			if sm[6] >= 0 && sm[7] > sm[6] {
				m.Page = strings.Join(strings.Fields(l[sm[6]:sm[7]]), "")
			}
			out = append(out, m)
		}
	}
	return out
}

// chkBodyNouns are the words that make a parenthesis with a year the
// citation of a body as author, listed or not: "(Всемирный банк, 2022)",
// "(Пенсионный фонд, 2021)", "(World Bank, 2020)".
var chkBodyNouns = map[string]bool{
	"банк": true, "фонд": true, "организация": true, "служба": true, "комитет": true,
	"министерство": true, "агентство": true, "бюро": true, "комиссия": true, "правительство": true,
	"bank": true, "fund": true, "organization": true, "organisation": true, "agency": true,
	"bureau": true, "commission": true, "ministry": true,
}

// chkNamesBody reports whether an author-date parenthesis's author is a
// body of several words, one of them a word of chkBodyNouns.
func chkNamesBody(author string) bool {
	words := strings.Fields(author)
	return len(words) > 1 && slices.ContainsFunc(words, func(w string) bool { return chkBodyNouns[strings.ToLower(w)] })
}

// chkSiglumLineRe is a line that defines the abbreviation a paper cites a
// source by, as philology lists its dictionaries and archives: "МАС –
// Словарь русского языка : в 4 т. …", "Даль – Даль В. И. Толковый
// словарь …", "Картотека СРНГ – Картотека Словаря …".
var chkSiglumLineRe = lazyRegexp(`^\s*(?:[-*•]\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+[–—]\s+\S`)

// chkSiglumCiteRe is a part of a bracket that cites a source by its
// abbreviation, with a volume or issue and a page, and no year: "СРНГ,
// вып. 8: 341", "Даль, т. 1: 528", "ССРЛЯ, т. 4: 128".
var chkSiglumCiteRe = lazyRegexp(`^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*(?:,\s*(?:т|вып|кн|ч|стб|стлб)\.\s*\d+)?\s*:\s*\d+(?:\s*[-–—]\s*\d+)?$`)

// chkMinSigla is the fewest abbreviations a paper defines for its sources
// to cite by them.
const chkMinSigla = 2

// checkSigla reports a source cited by an abbreviation ("[ССРЛЯ, т. 4:
// 128]") in a paper that defines the abbreviations of its sources (see
// chkSiglumLineRe) but not this one, and that names no author of the
// list either. Brackets the marker patterns read are left to them.
func (c *checker) checkSigla(ms []Marker) {
	sigla := map[string]bool{}
	for _, l := range c.doc.Lines {
		if sm := chkSiglumLineRe.FindStringSubmatch(l); sm != nil {
			sigla[foldKey(sm[1])] = true
		}
	}
	if len(sigla) < chkMinSigla {
		return
	}
	read := map[[2]int]bool{}
	for _, m := range ms {
		read[[2]int{m.Line, m.Col}] = true
	}
	for i, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			col := utf8.RuneCountInString(l[:loc[0]]) + 1
			if l[loc[0]] != '[' || read[[2]int{i + 1, col}] {
				continue
			}
			for _, p := range strings.Split(l[loc[0]+1:loc[1]-1], ";") {
				sm := chkSiglumCiteRe.FindStringSubmatch(strings.TrimSpace(p))
				if sm == nil || sigla[foldKey(sm[1])] || len(c.byAuthor(sm[1])) > 0 {
					continue
				}
				c.add(i+1, col, SeverityError, CheckAuthorNoEntry, "%s: no source abbreviated %s among those the paper lists", l[loc[0]:loc[1]], sm[1])
			}
		}
	}
}

// chkSuperscriptWorks reports whether superscript signs cite numbered
// works, as Vancouver articles print them ("^1,3–5^"), rather than notes:
// some sign cites several numbers or a range, which a note sign never does.
func chkSuperscriptWorks(ms []Marker) bool {
	for _, m := range ms {
		if len(m.Nums) > 1 || m.Range {
			return true
		}
	}
	return false
}

// chkMonthRe is the name of a month opening a text, in Russian,
// Ukrainian or Belarusian, any case: "марта", "березня".
var chkMonthRe = lazyRegexp(`(?i)^\s*(?:январ|феврал|март|апрел|ма[яйе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд)`)

// chkDayBeforeRe is a day of the month right before a bracket: "1 [14]
// марта".
var chkDayBeforeRe = lazyRegexp(`(?:^|[\s(])(?:[1-9]|[12]\d|3[01])\s*$`)

// dropDates leaves out the dates of the other calendar that a history
// paper prints in square brackets beside the Old Style ones: "1 [14]
// марта 1917 г.", a number between a day and the name of a month.
func (c *checker) dropDates(ms []Marker) []Marker {
	return slices.DeleteFunc(ms, func(m Marker) bool {
		if m.Kind != MarkerNumeric || m.Page != "" || m.Locator != "" {
			return false
		}
		line := c.body[m.Line-1]
		at := chkRuneOffset(line, m.Col)
		end := at + len(m.Raw)
		return end <= len(line) && chkDayBeforeRe.MatchString(line[:at]) && chkMonthRe.MatchString(line[end:])
	})
}

// chkMillerRe is a crystal direction in Miller indices: three digits of
// 0–4, "[100]", "[110]", "[111]".
var chkMillerRe = lazyRegexp(`^\[[0-4]{3}\]$`)

// dropMillerIndices leaves out the crystal directions a physics or
// materials paper prints in square brackets ("вдоль [110]"), which read as
// list numbers: a bracket of three digits of 0–4 past the end of every
// list of the document.
func (c *checker) dropMillerIndices(ms []Marker) []Marker {
	longest := 0
	for _, refs := range c.refs {
		longest = max(longest, len(refs))
	}
	return slices.DeleteFunc(ms, func(m Marker) bool {
		return m.Kind == MarkerNumeric && len(m.Nums) == 1 && m.Nums[0] > longest && chkMillerRe.MatchString(m.Raw)
	})
}

// chkRefLinkRe is a list number linked to its entry, as a web page's
// text, converted to Markdown, cites: "[\[6\]](#ref6)", "[[6]](#B6)". A
// note sign links to a note ("#ftn1", "#fn1", "#_ftnref1", "#footnote-1").
var chkRefLinkRe = lazyRegexp(`^\[\\?\[(\d{1,3})\\?\]\]\(#([^()\s]*)\)$`)

// chkNoteAnchorRe is the anchor of a note: Word's "_ftn1", Google Docs'
// "ftnt1", Pandoc's "fn1", "footnote-1", "note1", "endnote1".
var chkNoteAnchorRe = lazyRegexp(`(?i)^_?(?:ftn|fn|footnote|note|endnote|edn)`)

// chkLinkTargetRe is the target of a Markdown link or the id of an
// attribute block: "](#ref3)", "{#fig1}", where a digit glued to the
// letters before it is no note sign.
var chkLinkTargetRe = lazyRegexp(`\]\(#[^()\s]*\)|\{#[^{}\s]*\}`)

// referenceLinks reads the list numbers a web page links to their
// entries ("[\[6\]](#ref6)") as numeric citations, not note signs, and
// drops the digits of link targets and ids ("](#ref3)", "{#fig1}") read
// as note signs glued to a word.
func (c *checker) referenceLinks(ms []Marker) []Marker {
	out := ms[:0:0]
	for _, m := range ms {
		if m.Kind != MarkerFootnote {
			out = append(out, m)
			continue
		}
		if sub := chkRefLinkRe.FindStringSubmatch(m.Raw); sub != nil && !chkNoteAnchorRe.MatchString(sub[2]) {
			n, _ := strconv.Atoi(sub[1])
			m.Kind, m.Nums, m.Pages = MarkerNumeric, []int{n}, []string{""}
			out = append(out, m)
			continue
		}
		line := c.body[m.Line-1]
		at := chkRuneOffset(line, m.Col)
		if slices.ContainsFunc(chkLinkTargetRe.FindAllStringIndex(line, -1), func(loc []int) bool { return at >= loc[0] && at < loc[1] }) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// parenNumbers keeps list numbers printed in parentheses ("(1, 5 б.)")
// only in a text that cites so: it has a numbered list, no numbers in
// brackets, and at least two parentheses that give a page or cite several
// works, which a formula number or a count in parentheses does not.
func (c *checker) parenNumbers(ms []Marker) []Marker {
	brackets, strong := 0, 0
	for _, m := range ms {
		switch {
		case m.Kind == MarkerNumeric && !m.Paren:
			brackets++
		case m.Paren && (m.Page != "" || m.Locator != "" || len(m.Nums) > 1 || slices.ContainsFunc(m.Pages, func(p string) bool { return p != "" })):
			strong++
		}
	}
	numbered := slices.ContainsFunc(c.refs, chkNumbered)
	if brackets == 0 && strong >= 2 && numbered {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Marker) bool { return m.Paren })
}

// chkNumbered reports whether every entry of a list has a printed number.
func chkNumbered(refs []Ref) bool {
	for _, r := range refs {
		if _, err := strconv.Atoi(r.Label); err != nil {
			return false
		}
	}
	return len(refs) > 0
}

// chkNotesHeadings are headings of a list of notes rather than of works.
var chkNotesHeadings = map[string]bool{
	"notes": true, "endnotes": true, "footnotes": true, "примечания": true,
	"сноски": true, "примітки": true, "ескертпелер": true, "ескертулер": true,
	"түсініктемелер": true, "заўвагі": true,
}

// pickLists chooses the list numbered and author-date markers cite (the
// first list not headed as notes) and the list of notes note signs cite
// (-1 when there is none). A later list as long as the first is the same
// list again (a transliterated "References" after "Список литературы", as
// Russian journals print both) and is not counted twice.
func (c *checker) pickLists() (works, notes int) {
	works, notes = -1, -1
	for i := 0; i < len(c.refs) && i < len(c.doc.Lists); i++ {
		if chkNotesHeadings[foldKey(strings.Trim(c.doc.Lists[i].Heading, " *_:#."))] {
			if notes < 0 {
				notes = i
			}
		} else if works < 0 {
			works = i
		}
	}
	if works < 0 {
		works, notes = 0, -1
	}
	for i := 0; i < len(c.refs) && i < len(c.doc.Lists); i++ {
		if i == works || i == notes {
			continue
		}
		l := c.doc.Lists[i]
		line := l.HeadingLine
		if line == 0 && len(l.Entries) > 0 {
			line = l.Entries[0].Line
		}
		if i > works && len(c.refs[i]) == len(c.refs[works]) {
			c.add(line, 1, SeverityInfo, CheckParallelList, "list %q repeats the list at line %d entry for entry; checked once", l.Heading, c.doc.Lists[works].HeadingLine)
		} else {
			c.add(line, 1, SeverityInfo, CheckExtraList, "list %q (%d entries) is not checked against the text", l.Heading, len(c.refs[i]))
		}
	}
	return works, notes
}

// use makes list i the one markers are checked against. Entries are
// numbered by their printed labels when every entry has a distinct one,
// else by position.
func (c *checker) use(i int) {
	c.list = c.refs[i]
	c.entry = nil
	if i < len(c.doc.Lists) {
		c.entry = c.doc.Lists[i].Entries
	}
	c.byNum, c.twice = chkLabelNumbers(c.list)
	c.notes = IsNotesList(c.list)
	c.cited = make([]bool, len(c.list))
}

// chkLabelNumbers maps printed numbers to list indexes. Entries are
// numbered by their labels when every entry has one and no number is
// printed twice, except that an entry may repeat the number of the entry
// right before it (a slip: "9." twice), or an earlier number when the
// entry after it goes on from the one before (see chkNumberedNext); those
// entries are returned in
// twice, and the numbers after the slip still find their entries. Any
// other list (unlabelled entries, numbering that starts again) is
// numbered by position.
func chkLabelNumbers(list []Ref) (map[int]int, []int) {
	byNum := map[int]int{}
	var twice []int
	prev := -1
	for i, r := range list {
		n, err := strconv.Atoi(r.Label)
		if err != nil && chkLetterLabel(r.Label) {
			continue // "4а.": cited by its label, see letterLabelCitations
		}
		if _, dup := byNum[n]; dup && err == nil && (n == prev || n < prev && (chkNumberedNext(list, i, prev) || chkFillsGap(list, i, prev))) {
			twice = append(twice, i)
			continue
		}
		if _, dup := byNum[n]; err != nil || dup {
			return chkPositions(len(list)), nil
		}
		byNum[n] = i
		prev = n
	}
	if len(twice)*4 > len(list) {
		// Every item "1." (Markdown numbers lists itself): by position.
		return chkPositions(len(list)), nil
	}
	return byNum, twice
}

// chkNumberedNext reports whether the entry after entry i goes on with the
// numbering from prev, the number before i: "7, 8, 7, 9" holds a slip
// that repeats 7, where "1, 2, 3, 1, 2" starts again.
func chkNumberedNext(list []Ref, i, prev int) bool {
	if i+1 >= len(list) {
		return false
	}
	n, err := strconv.Atoi(list[i+1].Label)
	return err == nil && n == prev+1
}

// chkFillsGap reports whether entry i, which repeats an earlier number,
// stands where the number after prev belongs: the entry after it goes on
// from prev+2 ("6, 7, 6, 9": the second 6 is a slip for 8, and a note
// 8 is missing).
func chkFillsGap(list []Ref, i, prev int) bool {
	if i+1 >= len(list) {
		return false
	}
	n, err := strconv.Atoi(list[i+1].Label)
	return err == nil && n == prev+2
}

// chkLetterLabel reports whether a label is a number with a letter
// after it: "4а", "12b".
func chkLetterLabel(label string) bool {
	r, size := utf8.DecodeLastRuneInString(label)
	_, err := strconv.Atoi(label[:len(label)-size])
	return unicode.IsLetter(r) && err == nil && size < len(label)
}

// chkPositions numbers n entries by position: 1 → 0, 2 → 1, ….
func chkPositions(n int) map[int]int {
	byNum := map[int]int{}
	for j := range n {
		byNum[j+1] = j
	}
	return byNum
}

// reportTwice reports the entries that repeat the number of the entry
// before them. Such an entry counts as cited: its one problem is its number.
func (c *checker) reportTwice() {
	for _, i := range c.twice {
		n, _ := strconv.Atoi(c.list[i].Label)
		first := c.entryLine(c.byNum[n])
		if c.notes {
			c.add(c.entryLine(i), 1, SeverityWarning, CheckDuplicateNote, "note number %d is printed twice in the list of notes (first at line %d)", n, first)
		} else {
			c.add(c.entryLine(i), 1, SeverityWarning, CheckDuplicateLabel, "number %d is printed twice in the list (first at line %d)", n, first)
		}
		c.cited[i] = true
	}
}

// chkCarriesPage reports whether a marker gives a page for its i-th
// number: "[5, с. 118]", "[1, с. 5; 5, с. 118]".
func chkCarriesPage(m Marker, i int) bool {
	if i < len(m.Pages) {
		return m.Pages[i] != ""
	}
	return len(m.Nums) == 1 && m.Page != ""
}

// IsNotesList reports whether a list is a list of notes (one per marker,
// each giving its own page) rather than a list of works: it has Ibid.
// entries, or most entries carry their own cited page ("— P. 87").
func IsNotesList(refs []Ref) bool {
	withLocator := 0
	for _, r := range refs {
		if r.IbidOf > 0 {
			return true
		}
		if r.Locator != "" {
			withLocator++
		}
	}
	return withLocator*2 > len(refs)
}

// checkNumeric checks numbered markers against the list: numbers with no
// entry, ranges past the end, pages, order and, for notes, reuse.
func (c *checker) checkNumeric(ms []Marker) {
	c.reportTwice()
	n := len(c.list)
	cited := make([]bool, n) // by the numbered markers, in text order
	maxFirst := 0
	legal := chkLegalHead(c.list) // laws first: ordered by kind
	alpha := chkAlphabetical(c.list[legal:])
	top := 0 // the highest number the list prints
	for num := range c.byNum {
		top = max(top, num)
	}
	for k, m := range ms {
		if m.Range && m.RangeEnd > 0 && m.RangeEnd > top {
			if _, ok := c.byNum[m.RangeEnd]; !ok {
				c.add(m.Line, m.Col, SeverityError, CheckRangePastEnd, "range %s runs past the end of the list (%d entries)", m.Raw, n)
			}
		}
		reused := false
		for i, num := range m.Nums {
			idx, ok := c.byNum[num]
			if !ok {
				if num > top && c.droppedEntry(num) {
					continue // printed after the list, where the list reader did not go
				}
				// A range past the end is reported above; one over a gap
				// in the numbers, or a number after the range ("[11–13,
				// 17]"), here.
				if !m.Range || num < top || num > m.RangeEnd {
					if num < top && len(c.twice) == 0 {
						c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites entry %d, a number the list skips", m.Raw, num)
					} else if num < top {
						c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites entry %d, a number the list skips (an earlier number printed in its place)", m.Raw, num)
					} else if len(c.twice) > 0 { // "9." printed twice: the numbers stop short of the entries
						c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites entry %d, but the list is numbered to %d (%d entries, a number printed twice)", m.Raw, num, top, n)
					} else {
						c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites entry %d, but the list has %d entries", m.Raw, num, n)
					}
				}
				continue
			}
			if c.notes && cited[idx] && c.backLinks(idx) > 1 {
				reused = true // a wiki's note with two back links, "↑ 1 2": used twice by design
			} else if c.notes && cited[idx] && !chkCarriesPage(m, i) {
				// A marker with a page ("[5, с. 118]" after "[5, с.
				// 112]") cites a work again: a note's sign has no page.
				c.add(m.Line, m.Col, SeverityWarning, CheckDuplicateNote, "note %d is used twice (first at line %d)%s", num, chkFirstUse(ms[:k], num), chkRunHint(ms[:k], m, num))
			}
			if !c.notes && !c.byKind && !alpha && idx >= legal && !cited[idx] && num < maxFirst {
				c.add(m.Line, m.Col, SeverityWarning, CheckCitationOrder, "entry %d is first cited after entry %d: GOST R 7.0.5-2008 numbers a list in order of first citation", num, maxFirst)
			}
			if idx >= legal && !cited[idx] && num > maxFirst {
				maxFirst = num
			}
			cited[idx] = true
			c.cited[idx] = true
			if i < len(m.Pages) && m.Pages[i] != "" {
				c.checkPage(m.Line, m.Col, m.Raw, m.Pages[i], c.list[idx])
			} else if len(m.Nums) == 1 && !c.notes {
				// "Ю. М. Лотман [4] подчеркивал: «…» (с. 282)": the
				// page of the quotation the marker introduces.
				if page, at := c.quotePageAfterQuote(m); page != "" {
					c.checkPage(m.Line, at, m.Raw, page, c.list[idx])
				}
			}
		}
		if c.notes && !reused && k > 0 && len(m.Nums) > 0 && len(ms[k-1].Nums) > 0 {
			prev := ms[k-1].Nums[len(ms[k-1].Nums)-1]
			if _, ok := c.byNum[prev]; ok && m.Nums[0] < prev {
				c.add(m.Line, m.Col, SeverityWarning, CheckNoteOrder, "note %d follows note %d: note numbers must rise through the text", m.Nums[0], prev)
			}
		}
	}
	c.checkQuotes(ms)
	c.checkNames(ms)
}

// chkLegalActRe opens the description of a normative act or a court's
// ruling: "Гражданский кодекс …", "О некоторых вопросах … : постановление
// Пленума …", "Обзор судебной практики …", "Конституция …".
// A whole word: "Закономерности …" and "Указатель …" are no acts.
var chkLegalActRe = lazyRegexp(`(?i)(?:^|[\s:(])(?:конституци\p{L}*|\p{L}*кодекс\p{L}*|закон|постановлени\p{L}*|указ|распоряжени\p{L}*|приказ|обзор судебной практики|определени[ея]\s+(?:конституционного|верховного)\s+суда|заң\p{L}*|қаулы\p{L}*)(?:[\s,.:;)]|$)`)

// chkLegalHead counts the entries at the head of a list that are
// normative acts and rulings. Law and many university rules list them
// first, by legal force, before the works, so they are not in order of
// first citation and are left out of it.
func chkLegalHead(list []Ref) int {
	k := 0
	for k < len(list) && chkLegalEntry(list[k]) {
		k++
	}
	return k
}

// chkLegalEntry reports whether an entry is a normative act or a ruling,
// by its type or by the name it opens with when it has no author.
func chkLegalEntry(r Ref) bool {
	return r.Item.Type == "legislation" || r.Item.Type == "legal_case" || r.Item.Type == "bill" ||
		len(r.Item.Author) == 0 && chkLegalActRe.MatchString(chkLegalPrefix(r.Raw))
}

// chkLegalPrefix is the start of an entry, where a legal act names itself.
func chkLegalPrefix(raw string) string {
	if r := []rune(raw); len(r) > 120 {
		return string(r[:120])
	}
	return raw
}

// chkCollation orders the Cyrillic letters of Russian, Ukrainian,
// Belarusian and Kazakh lists; "ё" sorts with "е".
const chkCollation = "аәбвгғґдеєжзиіїйкқлмнңоөпрстуұүўфхһцчшщъыьэюя"

// chkSortKey is the start of an entry as an alphabetical list sorts it:
// its first letters, lower-cased, with "ё" read as "е".
func chkSortKey(raw string) []int {
	var key []int
	for _, r := range strings.ToLower(raw) {
		if len(key) == 24 {
			break
		}
		if r == 'ё' {
			r = 'е'
		}
		switch i := strings.IndexRune(chkCollation, r); {
		case i >= 0:
			key = append(key, 1000+utf8.RuneCountInString(chkCollation[:i]))
		case unicode.IsLetter(r):
			key = append(key, int(r))
		}
	}
	return key
}

// chkAlphabetical reports whether a numbered list of five works or more is
// in alphabetical order of its entries (Cyrillic ones and Latin ones each
// in one run, either first), as many dissertations and some journals
// order it instead of by first citation: such a list is not in citation
// order by design. A list of ten or more may hold one slip.
func chkAlphabetical(list []Ref) bool {
	if len(list) < 5 {
		return false
	}
	slips, allowed := 0, 0
	if len(list) >= 10 {
		allowed = 1
	}
	var prev []int
	seen := map[bool]bool{}
	for k, r := range list {
		key := chkSortKey(r.Raw)
		if len(key) == 0 {
			return false
		}
		cyrillic := key[0] >= 1000
		if k == 0 || cyrillic != (prev[0] >= 1000) {
			if seen[cyrillic] {
				return false
			}
			seen[cyrillic] = true
		} else if slices.Compare(key, prev) < 0 {
			if slips++; slips > allowed {
				return false
			}
		}
		prev = key
	}
	return true
}

// chkFirstUse is the line of the first marker in ms citing num.
func chkFirstUse(ms []Marker, num int) int {
	for _, m := range ms {
		for _, x := range m.Nums {
			if x == num {
				return m.Line
			}
		}
	}
	return 0
}

// chkRunHint explains a reused note number when the two uses differ in
// spacing: glued and spaced markers are often two numbered runs
// interleaved in one text, one of whose note lists is missing.
func chkRunHint(before []Marker, m Marker, num int) string {
	for _, p := range before {
		for _, x := range p.Nums {
			if x == num && p.Attached != m.Attached {
				return "; glued and spaced markers form two interleaved runs of notes"
			}
		}
	}
	return ""
}

// entryLine is the 1-based line where entry i of the list starts.
func (c *checker) entryLine(i int) int {
	if i < len(c.list) && c.list[i].Line > 0 {
		return c.list[i].Line
	}
	if i < len(c.entry) {
		return c.entry[i].Line
	}
	return 1
}

// label is the number entry i is cited by: its printed number, or its
// position in a list numbered by position (every item "1.").
func (c *checker) label(i int) string {
	l := c.list[i].Label
	if n, err := strconv.Atoi(l); err == nil && c.byNum != nil && c.byNum[n] != i && !slices.Contains(c.twice, i) {
		return strconv.Itoa(i + 1) // numbered by position: every item "1." as Markdown prints them
	}
	if l != "" {
		return l
	}
	return strconv.Itoa(i + 1)
}

// checkPage reports a cited page outside the entry's page range or beyond
// its number of pages. Pages that are not plain numbers are not checked.
func (c *checker) checkPage(line, col int, raw, page string, r Ref) {
	// "5, 7–8": each page on its own, and the pages out of range in one
	// finding, as an editor marks the marker once.
	var bad []string
	why := ""
	for _, p := range strings.Split(page, ",") {
		if w := c.pageProblem(p, r); w != "" {
			bad, why = append(bad, strings.TrimSpace(p)), w
		}
	}
	if len(bad) > 0 {
		c.add(line, col, SeverityError, CheckPageOutOfRange, "%s cites page %s, %s", raw, strings.Join(bad, ", "), why)
	}
}

// pageProblem says why a page (or range) lies outside entry r ("outside
// the entry's pages 45–52", "but the entry has 396 pages"), or "".
func (c *checker) pageProblem(page string, r Ref) string {
	lo, hi, ok := chkPageSpan(page)
	if !ok {
		return ""
	}
	pages := r.Item.Page
	if pages == "" && r.Item.NumberOfPages == "" && !c.notes { // a note's last range is the page it cites
		pages = chkPrintedPages(r.Raw)
		if lo, hi, ok := chkPageSpan(r.Locator); pages == "" && ok && lo < hi {
			// "… М. : ЦСПиМ, 2010. С. 98–112.": the part of a book a
			// list's entry names, which its citations cite within.
			pages = r.Locator
		}
	}
	if e := romanEnd(pages, 0); e > 0 {
		// "V–LXXX, 495–635": the preface's pages in roman figures, then
		// the text's, which a cited page in figures is checked against.
		if _, rest, ok := strings.Cut(pages, ","); ok {
			pages = strings.TrimSpace(rest)
		}
	}
	if elo, ehi, ok := chkPageSpan(pages); ok {
		if elo == ehi && chkArticleNumberRe.MatchString(r.Raw) {
			return "" // "Art. 60": an article's number, not its one page
		}
		if lo < elo || hi > ehi {
			return "outside the entry's pages " + pages
		}
		return ""
	}
	extent := r.Item.NumberOfPages
	if pages == "" && extent == "" {
		extent = chkPrintedExtent(r.Raw)
	}
	if total, err := strconv.Atoi(strings.TrimSpace(extent)); err == nil && total > 0 && hi > total {
		return fmt.Sprintf("but the entry has %d pages", total)
	}
	return ""
}

// chkArticleNumberRe is an article's number where a journal prints no
// pages: "Art. 60", "Article 105885".
var chkArticleNumberRe = lazyRegexp(`(?i)(?:^|[\s.,–—-])(?:art|article|арт)\.?\s*(?:no\.\s*)?\d+\.?\s*(?:$|[.,;])`)

// chkPrintedPagesRe is the page range an APA entry of an article ends
// with, before its DOI or URL if any: "*Професійна освіта*, (4), 12–24.",
// or a Kazakh entry in the Latin alphabet: "№ 2. – 51–62 b.", or an
// article described as GOST 7.1-76 had it, its journal in quotes after a
// dash: "— «Вопросы экономики», 1974, № 3, с. 42—51."
var chkPrintedPagesRe = lazyRegexp(`(?:,|[.\s][–—]\s|,\s*(?:[сСpP]|pp)\.)\s*(\d{1,4})\s*[-–—]\s*(\d{1,4})\.?(?:\s*(?:b|bb|bet)\.)?(?:\s+(?:https?://|doi:?\s*|DOI:?\s*)\S+)?\s*$`)

// chkPrintedExtentRe is the number of pages a book prints at its end in
// Kazakh in the Latin alphabet, which the parser does not read: "– 208
// b.", "– 448 bet."; or in German or Polish, "Berlin : Springer, 1924.
// 296 S.", "Warszawa, 2001. 312 s." (group 2); or a bare number after the
// year, as some transliterated References print a book's extent: "Moscow:
// Aspekt-Press, 2000, 352. (In Russ.)" (group 3).
var chkPrintedExtentRe = lazyRegexp(`(?:^|[.\s])[–—-]\s+(\d{1,5})\s*(?:b|bet)\.?\s*$|[.,]\s+(\d{1,5})\s*[Ss]\.\s*$|,\s*(?:1[5-9]|20)\d\d,\s*(\d{1,4})\.?(?:\s*\([^()]*\)\.?)?\s*$`)

// chkPrintedExtent is the number of pages an entry prints at its end
// (see chkPrintedExtentRe), or "".
func chkPrintedExtent(raw string) string {
	if m := chkPrintedExtentRe.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		return m[1] + m[2] + m[3]
	}
	return ""
}

// chkPrintedPages is the page range an entry prints at its end when the
// parser read neither its pages nor its extent, or "". A range of years
// ("1998–2001") is no range of pages.
func chkPrintedPages(raw string) string {
	m := chkPrintedPagesRe.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return ""
	}
	lo, _ := strconv.Atoi(m[1])
	hi, _ := strconv.Atoi(m[2])
	if lo >= hi || lo >= 1500 && hi <= 2100 {
		return ""
	}
	return m[1] + "–" + m[2]
}

// chkPageSpanRe is a page or a page range as printed.
// "45--52" is a range as DOCX-to-Markdown converters write an en dash.
var chkPageSpanRe = lazyRegexp(`^\s*(\d+)\s*(?:(?:--|[-–—])\s*(\d+))?\s*$`)

// chkPageSpan reads "12" or "12-14"; a shortened end ("212-14") is completed.
func chkPageSpan(s string) (int, int, bool) {
	m := chkPageSpanRe.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	lo, _ := strconv.Atoi(m[1])
	hi := lo
	if m[2] != "" {
		hi, _ = strconv.Atoi(m[2])
		if len(m[2]) < len(m[1]) {
			hi, _ = strconv.Atoi(m[1][:len(m[1])-len(m[2])] + m[2])
		}
	}
	if hi < lo {
		return 0, 0, false
	}
	return lo, hi, true
}

// checkDuplicates reports the same work listed twice in a reference list.
func (c *checker) checkDuplicates() {
	for i, j := range chkDuplicates(c.list) {
		if j >= 0 {
			c.add(c.entryLine(i), 1, SeverityWarning, CheckDuplicateEntry, "entry %s lists the same work as entry %s", c.label(i), c.label(j))
		}
	}
}

// chkDuplicates gives, for each entry of a list, the earlier entry that
// lists the same work, or -1.
func chkDuplicates(list []Ref) []int {
	out := make([]int, len(list))
	seen := map[string]int{}
	placed := map[string]int{}
	for i, r := range list {
		out[i] = -1
		if r.IbidOf > 0 {
			continue
		}
		for _, k := range WorkKeys(r.Item) {
			if j, ok := seen[k]; ok && !Conflict(list[j].Item, r.Item) {
				out[i] = j
				break
			}
		}
		for _, k := range WorkKeys(r.Item) {
			if _, ok := seen[k]; !ok {
				seen[k] = i
			}
		}
		if k := chkPlaceKey(r.Item); k != "" {
			if j, ok := placed[k]; ok && out[i] < 0 {
				out[i] = j // the same article, its title or journal written otherwise
			} else if !ok {
				placed[k] = i
			}
		}
	}
	return out
}

// chkPlaceKey is where an article stands: its first author, year, volume
// and page range, which name one article however its title and journal
// are written ("Water Research" or "Water Res."); "" when any is missing
// or the pages are no range.
func chkPlaceKey(it Item) string {
	lo, hi, ok := chkPageSpan(it.Page)
	if len(it.Author) == 0 || it.Author[0].Family == "" || it.Volume == "" || it.Issued.Year() == 0 || !ok || lo >= hi {
		return ""
	}
	return fmt.Sprintf("%s|%d|%s|%d-%d", NameKey(it.Author[0].Family), it.Issued.Year(), it.Volume, lo, hi)
}

// authorDateInUse reports whether author-date markers in a text that also
// has numbered ones are citations of the list (at least two name an author
// of the list) rather than places and years in parentheses.
func (c *checker) authorDateInUse(ms []Marker) bool {
	return c.authorDateHits(ms) >= 2
}

// authorDateHits counts the author-date markers that name an author of the list.
func (c *checker) authorDateHits(ms []Marker) int {
	hits := 0
	for _, m := range ms {
		if len(c.byAuthor(m.Author)) > 0 {
			hits++
		}
	}
	return hits
}

// byAuthor returns the list indexes of entries whose first author (or
// heading word) is the author a marker names; when no entry has that
// author first, the entries that name the author among the others.
func (c *checker) byAuthor(author string) []int {
	if got := c.byAuthorKey(author, NameKey); len(got) > 0 {
		return got
	}
	return c.byAuthorKey(author, chkUkrainianKey)
}

// byAuthorKey returns the entries by author, their families compared by
// key: those with the author first, else those that name the author.
func (c *checker) byAuthorKey(author string, key func(string) string) []int {
	want := key(chkFirstName(author))
	if want == "" {
		return nil
	}
	var first, any []int
	for i, r := range c.list {
		for k, f := range chkEntryFamilies(r) {
			if key(f) == want || key(chkWithoutParticle(f)) == want {
				if k == 0 {
					first = append(first, i)
				}
				any = append(any, i)
				break
			}
		}
	}
	if len(first) > 0 {
		return first // a citation names the first author
	}
	return any
}

// chkUkrainianLetters spells a family name as Ukrainian romanisation
// does, where NameKey follows Russian: "г" is "h" ("Грушевський" is
// "Hrushevskyi", "Когут" is "Kohut"), and the scholarly "š", "č", "ž" are
// "sh", "ch", "zh" ("Dorošenko" for "Дорошенко").
var chkUkrainianLetters = strings.NewReplacer("г", "h", "Г", "H", "š", "sh", "Š", "Sh", "č", "ch", "Č", "Ch", "ž", "zh", "Ž", "Zh")

// chkUkrainianKey is the key of a family name as Ukrainian romanisation
// spells it (see chkUkrainianLetters), for a list printed only in Latin
// letters that a text cites in Cyrillic.
func chkUkrainianKey(family string) string {
	return NameKey(chkUkrainianLetters.Replace(family))
}

// byMention returns the list indexes of entries whose text names the
// author a marker names, in any case ending.
func (c *checker) byMention(author string) []int {
	name := chkFirstName(author)
	if name == "" {
		return nil
	}
	var out []int
	for i, r := range c.list {
		if chkNameIn(name, chkWordKeys(r.Raw)) {
			out = append(out, i)
		}
	}
	return out
}

// chkFirstName is the family name of the first author a marker names:
// "Lai and Lu" → "Lai", "Иванов И.И." → "Иванов", "J. Nye" → "Nye",
// "van Dijk" → "van Dijk".
func chkFirstName(author string) string {
	ws := strings.Fields(author)
	for k, w := range ws {
		w = strings.Trim(w, ".,;:")
		if chkParticles[w] && k+1 < len(ws) {
			return w + " " + strings.Trim(ws[k+1], ".,;:") // "van Dijk"
		}
		if utf8.RuneCountInString(w) > 1 && !strings.Contains(w, ".") {
			return w
		}
	}
	return ""
}

// chkParticles open a family name in lower case: "van Dijk", "de Souza",
// and in Cyrillic "ван Дейк", "фон Вригт", "де Соссюр".
var chkParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "di": true,
	"du": true, "da": true, "dos": true, "le": true, "la": true, "ten": true, "ter": true,
	"ван": true, "фон": true, "де": true, "дер": true, "ден": true, "ди": true, "дю": true, "да": true,
	"дос": true, "ле": true, "ла": true, "тен": true, "тер": true}

// chkWithoutParticle is a family name without the particle it opens with:
// "Дейк" for "ван Дейк".
func chkWithoutParticle(family string) string {
	if p, rest, ok := strings.Cut(family, " "); ok && chkParticles[p] {
		return rest
	}
	return family
}

// chkEntryFamilies are the family names of an entry's authors and editors,
// or the first word of its raw text when none were read.
func chkEntryFamilies(r Ref) []string {
	var out []string
	for _, n := range append(append([]Name{}, r.Item.Author...), r.Item.Editor...) {
		if i := strings.Index(r.Raw, n.Family+" "); chkParticles[n.Family] && i >= 0 {
			// The parser read "ван Дейк Т. А." as the family "ван".
			out = append(out, chkFirstName(r.Raw[i:]))
			continue
		}
		if n.Family != "" {
			out = append(out, n.Family)
		} else if n.Literal != "" {
			out = append(out, strings.Fields(n.Literal)[0])
		}
	}
	if len(out) == 0 {
		if w := chkFirstName(strings.TrimLeft(r.Raw, "*_ “\"«")); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// checkAuthorDate matches (Author, year) markers against the list.
func (c *checker) checkAuthorDate(ms []Marker) {
	var wrong [][]int // the entries of authors cited with a year none of them has
	for _, m := range ms {
		idx := c.byAuthor(m.Author)
		if len(idx) == 0 {
			// An editor, or a person named in a title ("Послание
			// Президента Н. Назарбаева"): any entry that names them.
			idx = c.byMention(m.Author)
		}
		if full := c.expandAbbrev(m.Author); len(idx) == 0 && full != "" {
			idx = c.byAuthor(full) // "(APA, 2021)" after "(American Psychological Association [APA], 2020)"
		}
		if len(idx) == 0 {
			idx = c.byTitleInitials(m.Author) // "(ДАБМ, 1963)": "Дыялекталагічны атлас беларускай мовы"
		}
		if len(idx) == 0 {
			idx = c.byAbbrevWords(m.Author) // "(БНС АСПР РК, 2023)"
		}
		if len(idx) == 0 {
			idx = c.byBodyName(m.Author) // "(ҚР … Ұлттық статистика бюросы, 2023)"
		}
		if len(idx) == 0 {
			if i, ok := c.otherScriptBody(m); ok {
				c.cited[i] = true
				continue
			}
			if c.listedElsewhere(m) {
				continue
			}
			c.add(m.Line, m.Col, SeverityError, CheckAuthorNoEntry, "%s: no entry by %s in the list", m.Raw, m.Author)
			continue
		}
		if m.Year == "" {
			for _, i := range idx {
				c.cited[i] = true
			}
			if len(idx) == 1 && m.Page != "" {
				c.checkPage(m.Line, m.Col, m.Raw, m.Page, c.list[idx[0]])
			}
			continue
		}
		var match []int
		for _, i := range idx {
			if chkYearMatch(c.list[i], m.Year) {
				match = append(match, i)
			}
		}
		if len(match) == 0 {
			var years []string
			for _, i := range idx {
				years = append(years, chkPrintedYear(c.list[i]))
			}
			c.add(m.Line, m.Col, SeverityError, CheckAuthorYear, "%s: %s is listed for %s, not %s", m.Raw, m.Author, strings.Join(years, ", "), m.Year)
			if len(idx) == 1 {
				// The one entry by the author is the work meant; its
				// wrong year is its one problem, not also "uncited".
				c.cited[idx[0]] = true
			}
			if r, _ := utf8.DecodeLastRuneInString(m.Year); !unicode.IsLetter(r) { // "2019c" names a work not listed
				wrong = append(wrong, c.byCoauthors(m.Author, idx))
			}
			continue
		}
		match = c.byInitials(m.Author, c.byCoauthors(m.Author, match))
		for _, i := range match {
			c.cited[i] = true
		}
		if len(match) == 1 && m.Page != "" {
			c.checkPage(m.Line, m.Col, m.Raw, m.Page, c.list[match[0]])
		} else if len(match) == 1 {
			c.checkQuote(m, c.list[match[0]])
		}
	}
	for _, idx := range wrong {
		// Of an author's several entries (those with the co-authors the
		// citation names, when it names them), the one no other
		// citation cites is the work a citation with a wrong year meant.
		var left []int
		for _, i := range idx {
			if !c.cited[i] {
				left = append(left, i)
			}
		}
		if len(left) == 1 {
			c.cited[left[0]] = true
		}
	}
}

// chkAuthorSepRe separates the authors a citation names: "Иванова, Ершов",
// "Ghomi & Redecker", "Спірін і Овчарук".
var chkAuthorSepRe = lazyRegexp(`\s*,\s*|\s+(?:и|and|&|і|та|мен|және|und)\s+`)

// chkEtAlRe closes a citation that names the first of three authors or more.
var chkEtAlRe = lazyRegexp(`\s+(?:et al\.?|и др\.?|т\.б\.?|және т\.б\.?|и соавт\.?|та ін\.?|і ін\.?|і інш\.?)$`)

// chkCyrillicAbbrevRe is an organisation's abbreviation in Cyrillic
// capitals: "ЮНЕСКО", "ВОЗ", "ОЭСР".
var chkCyrillicAbbrevRe = lazyRegexp(`^\p{Cyrillic}{2,8}$`)

// chkLatinAbbrevRe is an organisation's abbreviation in Latin capitals.
var chkLatinAbbrevRe = lazyRegexp(`\b[A-Z]{2,8}\b`)

// chkBibAbbrevs are Latin capitals any entry may print that name no body.
var chkBibAbbrevs = map[string]bool{"URL": true, "DOI": true, "ISBN": true, "ISSN": true, "PDF": true,
	"HTML": true, "EDN": true, "RSCI": true, "USA": true, "UK": true, "NY": true, "MA": true, "CA": true,
	"DC": true, "II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true,
	"XII": true, "XIX": true, "XX": true, "XXI": true}

// chkURLRe is a URL in an entry's text.
var chkURLRe = lazyRegexp(`(?:https?://|www\.)\S+`)

// chkHasLatinAbbrev reports whether an entry prints an organisation's
// abbreviation in Latin capitals outside its URLs.
func chkHasLatinAbbrev(raw string) bool {
	for _, w := range chkLatinAbbrevRe.FindAllString(chkURLRe.ReplaceAllString(raw, " "), -1) {
		if !chkBibAbbrevs[w] {
			return true
		}
	}
	return false
}

// otherScriptBody finds the entry an organisation cited by its Cyrillic
// abbreviation stands for when the list gives it in Latin ("(ЮНЕСКО,
// 2003)" for "… Paris: UNESCO, 2003."), whose abbreviation need not be
// the transliteration: the one entry of that year with no personal
// author that prints a Latin abbreviation.
func (c *checker) otherScriptBody(m Marker) (int, bool) {
	a := strings.TrimSpace(m.Author)
	if !chkCyrillicAbbrevRe.MatchString(a) || strings.ToUpper(a) != a || m.Year == "" {
		return 0, false
	}
	found := -1
	for i, r := range c.list {
		if len(r.Item.Author) > 0 && r.Item.Author[0].Family != "" || !chkYearMatch(r, m.Year) || !chkHasLatinAbbrev(r.Raw) {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = i
	}
	return found, found >= 0
}

// chkAbbrevRe is an organisation's abbreviation as a citation names it.
var chkAbbrevRe = lazyRegexp(`^[\p{Lu}&]{2,10}$`)

// expandAbbrev is the name a text introduces an abbreviation with, "(American
// Psychological Association [APA], 2020)" or "Всемирная организация
// здравоохранения (ВОЗ)": the words before "[APA]" or "(ВОЗ)" back to an
// opening bracket, a comma or semicolon, or the sentence's start; "" when
// the text introduces none.
func (c *checker) expandAbbrev(a string) string {
	a = strings.TrimSpace(a)
	if !chkAbbrevRe.MatchString(a) {
		return ""
	}
	for _, l := range c.body {
		for _, br := range [][2]string{{"[", "]"}, {"(", ")"}} {
			i := strings.Index(l, br[0]+a+br[1])
			if i <= 0 {
				continue
			}
			before := strings.TrimRight(l[:i], " \u00a0")
			if k := strings.LastIndexAny(before, "(;,.:«"); k >= 0 {
				before = before[k+1:]
			}
			if name := strings.TrimSpace(before); len(strings.Fields(name)) >= 2 {
				return name
			}
		}
	}
	return ""
}

// byTitleInitials returns the entries with no personal author whose
// title's words begin with the letters of an abbreviation, as dictionaries
// and atlases are cited: "(ДАБМ, 1963)" for "Дыялекталагічны атлас
// беларускай мовы …", "(СРНГ, 1972)". Words of one or two letters may be
// left out of the abbreviation.
func (c *checker) byTitleInitials(a string) []int {
	a = strings.TrimSpace(a)
	if !chkAbbrevRe.MatchString(a) || utf8.RuneCountInString(a) < 3 {
		return nil
	}
	want := strings.ToLower(a)
	var out []int
	for i, r := range c.list {
		if len(r.Item.Author) > 0 && r.Item.Author[0].Family != "" {
			continue
		}
		title := r.Item.Title
		if title == "" {
			title = r.Raw
		}
		var all, long strings.Builder
		for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			first := strings.ToLower(string([]rune(w)[0]))
			all.WriteString(first)
			if utf8.RuneCountInString(w) > 2 {
				long.WriteString(first)
			}
		}
		if strings.HasPrefix(all.String(), want) || strings.HasPrefix(long.String(), want) {
			out = append(out, i)
		}
	}
	return out
}

// chkAbbrevWordsRe is an organisation's name of several abbreviations:
// "БНС АСПР РК".
var chkAbbrevWordsRe = lazyRegexp(`^[\p{Lu}&]{2,10}(?:\s+[\p{Lu}&]{2,10}){1,3}$`)

// byAbbrevWords returns the entries with no personal author whose opening
// words hold each word of an abbreviated name, as a word or as the
// initials of a run of words: "(БНС АСПР РК, 2023)" for "Бюро
// национальной статистики АСПР РК. …".
func (c *checker) byAbbrevWords(a string) []int {
	a = strings.TrimSpace(a)
	if !chkAbbrevWordsRe.MatchString(a) {
		return nil
	}
	return c.byOpeningWords(strings.Fields(a), chkAbbrevIn)
}

// chkAbbrevIn reports whether words hold the abbreviation a as a word, or
// a run of words whose initials spell it.
func chkAbbrevIn(a string, words []string) bool {
	want := strings.ToLower(a)
	n := utf8.RuneCountInString(a)
	for k := range words {
		if words[k] == a {
			return true
		}
		if k+n > len(words) {
			continue
		}
		var b strings.Builder
		for _, w := range words[k : k+n] {
			b.WriteString(strings.ToLower(string([]rune(w)[0])))
		}
		if b.String() == want {
			return true
		}
	}
	return false
}

// byCoauthors narrows the entries of one first author and year to those
// whose authors the citation names: "(Иванова, Ершов, 2020)" is the work
// with Ершов, "(Иванова и др., 2020)" the one with three authors or more,
// "(Иванова, 2020)" the one she wrote alone. When none fits, all stay.
func (c *checker) byCoauthors(author string, match []int) []int {
	if len(match) < 2 {
		return match
	}
	etal := chkEtAlRe.MatchString(author)
	names := chkAuthorSepRe.Split(strings.TrimSpace(chkEtAlRe.ReplaceAllString(author, "")), -1)
	var out []int
	for _, i := range match {
		r := c.list[i]
		n := len(r.Item.Author)
		if n == 0 || etal && n < 3 || !etal && n != len(names) {
			continue
		}
		keys := chkWordKeys(strings.Join(chkEntryFamilies(r), " "))
		fits := true
		for _, name := range names[1:] {
			fits = fits && chkNameIn(chkFirstName(name), keys)
		}
		if fits {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return match
	}
	return out
}

// chkInitialsRe is a family name with the initials after it, or before
// it, as a citation prints them to tell namesakes apart: "Александров Д.
// А.", "J. Kim".
var chkInitialsRe = lazyRegexp(`^\p{Lu}[\p{L}'’-]+\s+((?:\p{Lu}\.\s*){1,3})|^((?:\p{Lu}\.\s*){1,3})\p{Lu}[\p{L}'’-]+`)

// chkInitialsBeforeRe is the initials that end a text, printed before a
// name that follows: "… whereas S. " before "Kim (2019, p. 88)".
var chkInitialsBeforeRe = lazyRegexp(`(?:^|\s)((?:\p{Lu}\.\s*){1,3})$`)

// byInitials narrows the entries a citation matches to those whose first
// author has the initials the citation prints ("(Александров А. А.,
// 2015)" and "(Александров Д. А., 2015)" cite two namesakes' works of
// one year); all of them when none has.
func (c *checker) byInitials(author string, match []int) []int {
	sm := chkInitialsRe.FindStringSubmatch(strings.TrimSpace(author))
	if len(match) < 2 || sm == nil {
		return match
	}
	want := chkInitialLetters(sm[1] + sm[2])
	var out []int
	for _, i := range match {
		if a := c.list[i].Item.Author; len(a) > 0 && chkInitialLetters(a[0].Given) == want {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return match
	}
	return out
}

// chkInitialLetters are the capitals of a person's initials, folded: "да"
// for "Д. А." and "Д.А.".
func chkInitialLetters(given string) string {
	var b strings.Builder
	for _, r := range given {
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return foldKey(b.String())
}

// chkYearMatch reports whether an entry is of the year a marker prints
// ("2019", "2019b"). When the entry prints a letter after its year, as
// lists with two works of an author in one year do ("2019a", "2019а"),
// the marker's letter must be the same; an entry without a letter takes
// any. An entry whose year was not read matches when its text prints it.
// A marker that prints two years, the original's and the edition's,
// matches an entry of either.
func chkYearMatch(r Ref, printed string) bool {
	if strings.ContainsAny(printed, "/[(") { // "1934/1982", "[1929] 2000", "2010 (1985)": either year
		for _, y := range chkAnyYearRe.FindAllString(printed, -1) {
			if chkYearMatch(r, y) {
				return true
			}
		}
		return false
	}
	letter := strings.TrimLeftFunc(printed, unicode.IsDigit)
	year, _ := strconv.Atoi(strings.TrimSuffix(printed, letter))
	if y := r.Item.Issued.Year(); y != year && !(y == 0 && strings.Contains(r.Raw, strconv.Itoa(year))) &&
		!(letter != "" && chkLatinLetter(chkYearLetter(r.Raw, year)) == chkLatinLetter(letter)) && !chkInYearSpan(r.Raw, year) &&
		!(letter == "" && chkImprintYear(r.Raw, year)) {
		// A year printed with its letter ("Ecology. 2001a. Vol. 82 …")
		// is the entry's own, whatever year the parser took.
		return false
	}
	own := chkYearLetter(r.Raw, year)
	return letter == "" || own == "" || chkLatinLetter(own) == chkLatinLetter(letter)
}

// chkYearSpanRe is the span of years a multi-volume edition prints in its
// imprint: "М. : Мысль, 1987–1990.", "СПб., 1816–1829.".
var chkYearSpanRe = lazyRegexp(`[,:]\s*((?:1[5-9]|20)\d\d)\s*[-–—]\s*((?:1[5-9]|20)\d\d)\.?(?:\s|$)`)

// chkInYearSpan reports whether an entry's imprint prints a span of years
// that holds year: a volume of collected works is cited by its own year.
func chkInYearSpan(raw string, year int) bool {
	for _, m := range chkYearSpanRe.FindAllStringSubmatch(raw, -1) {
		lo, _ := strconv.Atoi(m[1])
		hi, _ := strconv.Atoi(m[2])
		if lo <= year && year <= hi {
			return true
		}
	}
	return false
}

// chkImprintYearRe is a year where an imprint prints it: after the place
// and a comma, ending the area ("Астана, 2023. 412 с.").
var chkImprintYearRe = lazyRegexp(`\p{L}\.?\s*,\s*((?:1[5-9]|20)\d\d)\s*\.(?:\s|$)`)

// chkImprintYear reports whether an entry's imprint prints year, which
// is its year even when the parser took another from its title ("Регионы
// Казахстана в 2022 году : стат. сб. Астана, 2023.").
func chkImprintYear(raw string, year int) bool {
	for _, m := range chkImprintYearRe.FindAllStringSubmatch(raw, -1) {
		if m[1] == strconv.Itoa(year) {
			return true
		}
	}
	return false
}

// chkAnyYearRe is a year with its letter, if any, anywhere.
var chkAnyYearRe = lazyRegexp(`(?:1[5-9]|20)\d\d[a-zа-я]?`)

// chkYearLetterRe is a year with a letter after it: "2019a", "2019б".
var chkYearLetterRe = lazyRegexp(`(?:^|[^\d])((?:1[5-9]|20)\d\d)([a-zа-я])(?:[^\p{L}]|$)`)

// chkYearLetter is the letter an entry prints after the given year, or "".
func chkYearLetter(raw string, year int) string {
	for _, m := range chkYearLetterRe.FindAllStringSubmatch(raw, -1) {
		if m[1] == strconv.Itoa(year) {
			return m[2]
		}
	}
	return ""
}

// chkLatinLetter maps the Cyrillic letters that stand for a, b, c … after
// a year ("2019а", "2019б") to the Latin ones, so either script matches.
func chkLatinLetter(l string) string {
	if i := strings.Index("абвгде", l); i >= 0 && len(l) == 2 {
		return string(rune('a' + i/2))
	}
	return l
}

// chkPrintedYear is an entry's year as its text prints it, with its
// letter; when the parser read no year, the first year the text prints.
func chkPrintedYear(r Ref) string {
	if y := r.Item.Issued.Year(); y != 0 {
		return strconv.Itoa(y) + chkYearLetter(r.Raw, y)
	}
	if m := chkPrintedYearRe.FindStringSubmatch(r.Raw); m != nil {
		return m[1]
	}
	return "no year"
}

// chkPrintedYearRe is a year in an entry's text, with a letter after it if any.
var chkPrintedYearRe = lazyRegexp(`(?:^|[^\d])((?:1[5-9]|20)\d\d[a-zа-я]?)(?:[^\p{L}\d]|$)`)

// checkIbids reports an in-text Ibid. ([Там же, с. 5]) with no citation
// before it, and checks its page against the one work the citation before
// it cites. nums are the numbered markers that cite the list; byAuthor
// says whether author-date markers do.
func (c *checker) checkIbids(ms, nums []Marker, byAuthor bool) {
	numbered := map[[2]int]bool{}
	for _, m := range nums {
		numbered[[2]int{m.Line, m.Col}] = true
	}
	var prev *Marker
	for k := range ms {
		m := &ms[k]
		switch {
		case numbered[[2]int{m.Line, m.Col}], m.Kind == MarkerAuthorDate && byAuthor:
			prev = m
		case m.Kind == MarkerIbid && prev == nil:
			c.add(m.Line, m.Col, SeverityError, CheckIbidNoAntecedent, "%s has no citation before it to refer to", m.Raw)
		case m.Kind == MarkerIbid && m.Page != "":
			if i, ok := c.soleWork(*prev); ok {
				c.checkPage(m.Line, m.Col, m.Raw, m.Page, c.list[i])
			}
		}
	}
}

// soleWork is the list index of the one work a marker cites, if it cites one.
func (c *checker) soleWork(m Marker) (int, bool) {
	if m.Kind != MarkerAuthorDate {
		if len(m.Nums) != 1 {
			return 0, false
		}
		i, ok := c.byNum[m.Nums[0]]
		return i, ok
	}
	gs := AuthorDateGroups(m)
	if len(gs) != 1 {
		return 0, false
	}
	var match []int
	for _, i := range c.byAuthor(gs[0].Author) {
		if chkYearMatch(c.list[i], gs[0].Year) {
			match = append(match, i)
		}
	}
	if len(match) != 1 {
		return 0, false
	}
	return match[0], true
}

// namedInBrackets reports whether some parenthesis or bracket of the body
// holds the first word of an entry and its year: an author-date citation
// of an organisation or a title ("(Бюро национальной статистики, 2020)")
// that the marker patterns do not read; or, for an entry with no year, the
// whole entry.
func (c *checker) namedInBrackets(r Ref) bool {
	fams := chkEntryFamilies(r)
	year := r.Item.Issued.Year()
	if year == 0 { // "World Bank. (2021)." whose year the parser missed
		year, _ = strconv.Atoi(strings.TrimRightFunc(chkPrintedYear(r), unicode.IsLetter))
	}
	if year == 0 {
		return c.quotedInBrackets(r.Raw)
	}
	if len(fams) == 0 {
		return false
	}
	word, own := foldKey(fams[0]), chkYearLetter(r.Raw, year)
	for _, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			inner := foldKey(l[loc[0]:loc[1]])
			if strings.Contains(inner, word) && chkNamesYear(inner, year, own) {
				return true
			}
		}
	}
	return false
}

// initialsInBrackets reports whether a bracket of the body opens with an
// abbreviation that spells the initials of entry i's title (see
// byTitleInitials) and prints the entry's year: "(QTTS, 2008, 15-t.)"
// for "Qazaq tiliniń túsindirme sózdigi … 2008–2011.", a citation whose
// volume the marker patterns do not read.
func (c *checker) initialsInBrackets(i int) bool {
	r := c.list[i]
	year := r.Item.Issued.Year()
	if year == 0 {
		return false
	}
	own := chkYearLetter(r.Raw, year)
	for _, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			inner := l[loc[0]+1 : loc[1]-1]
			abbrev, rest, ok := strings.Cut(inner, ",")
			if ok && chkNamesYear(rest, year, own) && slices.Contains(c.byTitleInitials(abbrev), i) {
				return true
			}
		}
	}
	return false
}

// siglumInBrackets reports whether an entry that defines the abbreviation
// a paper cites a source by ("SRSA – State Regional Archive …", "МАС –
// Словарь русского языка …") is cited by it: a bracket of the body opens
// with the abbreviation ("(SRSA. F. 74. Op. 1. D. 318)", "[МАС, т. 1:
// 114]").
func (c *checker) siglumInBrackets(r Ref) bool {
	sm := chkSiglumLineRe.FindStringSubmatch(r.Raw)
	if sm == nil {
		return false
	}
	for _, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			if rest, ok := strings.CutPrefix(l[loc[0]+1:loc[1]-1], sm[1]); ok && (rest == "" || strings.ContainsRune(" .,:;", firstRune(rest))) {
				return true
			}
		}
	}
	return false
}

// quotedInBrackets reports whether some parenthesis or bracket of the body
// prints the whole of an entry with no year, as an archive file is cited
// by its shelf mark and sheet: "(ГАНО. Ф. П-4. Оп. 33. Д. 45. Л. 12–14)"
// cites "ГАНО. Ф. П-4. Оп. 33. Д. 45.".
func (c *checker) quotedInBrackets(raw string) bool {
	key := foldKey(strings.TrimRight(raw, ". "))
	if utf8.RuneCountInString(key) < 8 {
		return false
	}
	for _, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			if strings.Contains(foldKey(l[loc[0]:loc[1]]), key) {
				return true
			}
		}
	}
	return false
}

// chkYearTokenRe is a year in running text with the letter after it, if any.
var chkYearTokenRe = lazyRegexp(`((?:1[5-9]|20)\d\d)([a-zа-я]?)`)

// chkNamesYear reports whether s prints year, with the entry's own letter
// after it when the entry has one ("2019b" is not the entry "2019a").
func chkNamesYear(s string, year int, own string) bool {
	for _, m := range chkYearTokenRe.FindAllStringSubmatch(s, -1) {
		if m[1] == strconv.Itoa(year) && (own == "" || m[2] == "" || chkLatinLetter(m[2]) == chkLatinLetter(own)) {
			return true
		}
	}
	return false
}

// chkBracketedRe is the inside of a parenthesis or square bracket.
var chkBracketedRe = lazyRegexp(`\([^()]*\)|\[[^\[\]]*\]`)

// markNarrative counts as cited the entries that narrative citations
// ("Иванов (2010) показал") name by author and year. A narrative citation
// whose name matches no entry is not reported: the name may be a place, or
// declined. One whose author is listed, but not for its year, is.
//
// A name declined in the sentence ("По данным Росстата (2022)",
// "Капелюшникова (2017)") finds the entries its first author heads in any
// case ending; such a match only ever counts an entry as cited.
func (c *checker) markNarrative(ms []Marker) {
	for _, m := range ms {
		idx := c.byAuthor(m.Author)
		if len(idx) == 0 {
			c.markDeclined(m)
			continue
		}
		var years []string
		var match []int
		for _, i := range idx {
			if chkYearMatch(c.list[i], m.Year) {
				match = append(match, i)
			}
			years = append(years, chkPrintedYear(c.list[i]))
		}
		if len(match) > 0 {
			// "J. Kim (2019, p. 1440)": initials printed before the
			// name choose among namesakes; one work's page is checked.
			line := c.body[m.Line-1]
			match = c.byInitials(chkInitialsBeforeRe.FindString(line[:chkRuneOffset(line, m.Col)])+m.Author, match)
			c.cited[match[0]] = true
			page, at := m.Page, m.Col
			if page == "" {
				page, at = c.quotePageAfter(m)
			}
			if len(match) == 1 && page != "" {
				c.checkPage(m.Line, at, m.Raw, page, c.list[match[0]])
			}
			continue
		}
		if len(years) > 0 {
			// "Т. А. ван Дейк (1993)" when his works are of 1989 and 2013.
			c.add(m.Line, m.Col, SeverityError, CheckAuthorYear, "%s: %s is listed for %s, not %s", m.Raw, m.Author, strings.Join(years, ", "), m.Year)
			if len(idx) == 1 {
				c.cited[idx[0]] = true // its wrong year is its one problem, as in checkAuthorDate
			}
		}
	}
}

// chkBarePageRe is a parenthesis that gives a page alone, as APA places a
// quotation after a narrative citation: "Howard (2003) … "…" (p. 300)",
// "А. Н. Соколов (1968) … «…» (с. 410)".
var chkBarePageRe = lazyRegexp(`\((?:[PpСсБб]|[Pp]p)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)\)`)

// quotePageAfter is the page, and its column, of the first parenthesis
// after a narrative citation on its line that gives a page alone, when no
// other parenthesis stands between them: the page of the quotation the
// citation introduces.
func (c *checker) quotePageAfter(m Marker) (string, int) {
	line := c.body[m.Line-1]
	from := chkRuneOffset(line, m.Col) + len(m.Raw)
	if from > len(line) {
		return "", 0
	}
	loc := chkBarePageRe.FindStringSubmatchIndex(line[from:])
	if loc == nil || strings.Contains(line[from:from+loc[0]], "(") {
		return "", 0
	}
	return strings.Join(strings.Fields(line[from+loc[2]:from+loc[3]]), ""), utf8.RuneCountInString(line[:from+loc[0]]) + 1
}

// quotePageAfterQuote is the page, and its column, of a parenthesis that
// gives a page alone right after a quotation that follows marker m on its
// line, with no other marker or parenthesis between: a numbered
// narrative citation's quotation, "Ю. М. Лотман [4] подчеркивал: «…»
// (с. 282)".
func (c *checker) quotePageAfterQuote(m Marker) (string, int) {
	page, at := c.quotePageAfter(m)
	if page == "" {
		return "", 0
	}
	line := c.body[m.Line-1]
	between := line[chkRuneOffset(line, m.Col)+len(m.Raw) : chkRuneOffset(line, at)]
	closed := strings.TrimRight(between, " \u00a0")
	if strings.ContainsAny(between, "[]") || !strings.HasSuffix(closed, "»") && !strings.HasSuffix(closed, "”") && !strings.HasSuffix(closed, "\"") {
		return "", 0
	}
	return page, at
}

// markDeclined counts as cited the entries a declined name heads in its
// year, and checks the page it cites when one entry is of that year.
// When none is of that year, the name is the listed person's only where
// the initials printed before it are that person's own ("По наблюдению
// Е. В. Падучевой [1985: 112]" when her book is of 1996), and the wrong
// year is reported.
func (c *checker) markDeclined(m Marker) {
	decl := c.byDeclined(m.Author)
	var match []int
	for _, i := range decl {
		if chkYearMatch(c.list[i], m.Year) {
			c.cited[i] = true
			match = append(match, i)
		}
	}
	if len(match) > 0 {
		decl = nil
	}
	if len(match) == 1 && m.Page != "" {
		// "по выводам Е. Н. Даниловой (2000, с. 215)": the one work of
		// that year is the one whose page is cited.
		c.checkPage(m.Line, m.Col, m.Raw, m.Page, c.list[match[0]])
	}
	line := c.body[m.Line-1]
	initials := chkInitialLetters(chkInitialsBeforeRe.FindString(line[:chkRuneOffset(line, m.Col)]))
	if len(decl) == 0 || initials == "" {
		return
	}
	var own []int
	var years []string
	for _, i := range decl {
		// "С. Шевчука (2019)" names Шевчук С. В. by his first initial.
		if a := c.list[i].Item.Author; len(a) > 0 && strings.HasPrefix(chkInitialLetters(a[0].Given), initials) {
			own = append(own, i)
			years = append(years, chkPrintedYear(c.list[i]))
		}
	}
	if len(own) == 0 {
		return
	}
	c.add(m.Line, m.Col, SeverityError, CheckAuthorYear, "%s: %s is listed for %s, not %s", m.Raw, c.list[own[0]].Item.Author[0].Family, strings.Join(years, ", "), m.Year)
	if len(own) == 1 {
		c.cited[own[0]] = true // its wrong year is its one problem
	}
}

// byDeclined returns the list indexes of entries whose first author (or
// heading word) is the name a narrative citation prints, in any case
// ending.
func (c *checker) byDeclined(author string) []int {
	name := chkFirstName(author)
	if name == "" {
		return nil
	}
	var out []int
	for i, r := range c.list {
		if fs := chkEntryFamilies(r); len(fs) > 0 && chkNameIn(name, chkWordKeys(fs[0])) {
			out = append(out, i)
		}
	}
	return out
}

// reportUncited reports the entries no marker of any kind cites. Where
// only author-date markers cite the list, an Ibid. entry cannot be cited;
// an uncited second copy of a cited work is reported as a duplicate only.
//
// An entry is not reported when the text names it in a form the marker
// patterns do not read: an author-date entry whose author and year stand
// together in a sentence, a numbered entry whose number opens a bracket
// ("[5 с. 34]"). And when more than half the list is uncited, the text
// cites in a form ibid check does not read, and one note says so in
// place of a warning per entry.
func (c *checker) reportUncited(authorDateOnly bool) {
	dup := make([]int, len(c.list))
	if !c.notes {
		dup = chkDuplicates(c.list)
	}
	var uncited []int
	for i := range c.list {
		if c.cited[i] || c.lettered[c.list[i].Label] {
			continue
		}
		if authorDateOnly && (c.namedInBrackets(c.list[i]) || c.namedInText(c.list[i]) || c.initialsInBrackets(i)) || !c.notes && c.namedInNotes(c.list[i]) || c.siglumInBrackets(c.list[i]) {
			continue
		}
		if !c.notes && dup[i] >= 0 && c.cited[dup[i]] {
			continue // a second copy of a cited work: reported as a duplicate
		}
		if !authorDateOnly && c.numberInBrackets(c.label(i)) {
			continue
		}
		if !(authorDateOnly && c.list[i].IbidOf > 0) {
			uncited = append(uncited, i)
		}
	}
	if len(uncited) >= chkManyUncited && len(uncited)*2 > len(c.list) {
		c.add(c.entryLine(uncited[0]), 1, SeverityInfo, CheckUncitedEntry, "%d of %d entries are not cited in a form ibid check reads: the text may cite them otherwise; check by hand", len(uncited), len(c.list))
		return
	}
	for _, i := range uncited {
		c.add(c.entryLine(i), 1, SeverityWarning, CheckUncitedEntry, "entry %s is not cited in the text", c.label(i))
	}
}

// chkManyUncited is the fewest uncited entries that, when they are more
// than half the list, say the citations were not read rather than absent.
const chkManyUncited = 4

// chkWordRe is a word, hyphenated or not.
var chkWordRe = lazyRegexp(`\p{L}[\p{L}'’-]*`)

// namedInText reports whether a sentence of the body names an entry's
// first author, in any case ending, with the entry's year printed within
// a few words after the name: "в работе Кошкиной 1966 г.", "Иванов в
// 2010 г. показал".
func (c *checker) namedInText(r Ref) bool {
	fams := chkEntryFamilies(r)
	year := r.Item.Issued.Year()
	if year == 0 {
		year, _ = strconv.Atoi(strings.TrimRightFunc(chkPrintedYear(r), unicode.IsLetter))
	}
	if len(fams) == 0 || year == 0 {
		return false
	}
	own := chkYearLetter(r.Raw, year)
	for _, l := range c.body {
		for _, loc := range chkWordRe.FindAllStringIndex(l, -1) {
			if !chkNameIn(fams[0], chkWordKeys(l[loc[0]:loc[1]])) || !unicode.IsUpper(firstRune(l[loc[0]:])) {
				continue
			}
			after := []rune(l[loc[1]:])
			if chkNamesYear(string(after[:min(len(after), 40)]), year, own) {
				return true
			}
		}
	}
	return false
}

// namedInNotes reports whether a note (of a list of notes beside the list
// of works) describes an entry: its first author with initials and its
// year, as "Здесь и далее цит. по: Достоевский Ф. М. Полн. собр. соч. …
// 1972–1990" does before the text cites the edition by volume and page.
func (c *checker) namedInNotes(r Ref) bool {
	fams := chkEntryFamilies(r)
	year := r.Item.Issued.Year()
	if len(fams) == 0 || year == 0 {
		return false
	}
	own := chkYearLetter(r.Raw, year)
	for _, l := range c.doc.Lists {
		if !chkNotesHeadings[foldKey(strings.Trim(l.Heading, " *_:#."))] || len(l.Entries) == 0 || len(c.entry) > 0 && l.Entries[0].Line == c.entry[0].Line {
			continue
		}
		for _, e := range l.Entries {
			if chkPersonNamed(fams[0], e.Raw) && chkNamesYear(e.Raw, year, own) {
				return true
			}
		}
	}
	return false
}

// numberInBrackets reports whether a bracket of the body that is no marker
// ibid check reads cites the list number label in one of its parts, and
// some part gives a locator after its number ("[5 с. 34]", "[см. 5 с.
// 34]", "[5, теорема 2; 6]"): a citation typed in a form the marker
// patterns miss. Decimals ("[1,5; 2,0]") and bare pairs ("[2; 5]", an
// interval) cite nothing.
func (c *checker) numberInBrackets(label string) bool {
	if _, err := strconv.Atoi(label); err != nil {
		return false
	}
	for _, l := range c.body {
		for _, loc := range chkBracketedRe.FindAllStringIndex(l, -1) {
			inner := l[loc[0]:loc[1]]
			if inner[0] != '[' {
				continue
			}
			cites, located := false, false
			for _, p := range strings.Split(inner[1:len(inner)-1], ";") {
				num, rest := chkLeadNumber(citeStripSee(strings.TrimSpace(p)))
				if r, size := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
					num, rest = num+rest[:size], rest[size:] // "10а": a label with a letter
				}
				if d := strings.TrimLeft(rest, ",."); num == "" || d != rest && d != "" && unicode.IsDigit(firstRune(d)) {
					cites = false // not a number, or a decimal: "[1,5; 2,0]"
					break
				}
				if chkMonthRe.MatchString(strings.TrimLeft(rest, "-–—0123456789 ")) {
					cites = false // a date: "[12 марта]", "[12–13 марта]"
					break
				}
				cites = cites || num == label
				located = located || rest != ""
			}
			if cites && located {
				return true
			}
		}
	}
	return false
}

// chkLeadNumber splits the digits a text opens with from the rest: "5",
// ", теорема 2" for "5, теорема 2".
func chkLeadNumber(t string) (num, rest string) {
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) })
	if i < 0 {
		return t, ""
	}
	return t[:i], t[i:]
}

// listedElsewhere reports whether a line after the body that no list
// holds (one the list reader left out, such as a part of the list after a
// heading it did not know) is an entry by the author a citation names,
// of its year: the citation's entry is printed, just not read.
func (c *checker) listedElsewhere(m Marker) bool {
	name := chkFirstName(m.Author)
	year := m.Year
	if name == "" || len(year) < 4 {
		return false
	}
	held := c.listLines()
	for i := c.doc.BodyEnd; i < len(c.doc.Lines); i++ {
		l := c.doc.Lines[i]
		if held[i+1] {
			continue
		}
		_, text := SplitLabel(strings.TrimLeft(l, "-*•– \t"))
		if first := chkFirstName(strings.TrimLeft(text, "*_ “\"«")); first != "" && chkNameIn(name, chkWordKeys(first)) && strings.Contains(text, year[:4]) {
			return true
		}
	}
	return false
}

// droppedEntry reports whether a line after the body that no list holds
// is labelled with the number n and reads as a reference: an entry the
// list reader left out, so a marker citing n has an entry after all.
func (c *checker) droppedEntry(n int) bool {
	held := c.listLines()
	for i := c.doc.BodyEnd; i < len(c.doc.Lines); i++ {
		if held[i+1] {
			continue
		}
		if l, ok := parseLabel(c.doc.Lines[i]); ok && !l.bare && l.num == n && looksLikeReference(l.rest) {
			return true
		}
	}
	return false
}

// listLines are the 1-based lines every list of the document holds.
func (c *checker) listLines() map[int]bool {
	held := map[int]bool{}
	for _, l := range c.doc.Lists {
		if l.HeadingLine > 0 {
			held[l.HeadingLine] = true
		}
		for _, e := range l.Entries {
			for _, n := range e.Lines {
				held[n] = true
			}
		}
	}
	return held
}

// checkEntries reports what the parser found in the entries themselves:
// Ibid. with nothing before it, URL repairs, stray lines, and what GOST
// requires but the entry does not give.
func (c *checker) checkEntries() {
	gost := chkGOSTList(c.list)
	for i, r := range c.list {
		line := c.entryLine(i)
		for _, w := range r.Warnings {
			switch {
			case strings.HasPrefix(w, "op. cit.") && (c.namedBefore(i, r) || c.citedByOpCit(i, r)):
				// "Карапетов А. Г. Указ. соч." after a commentary he edited;
				// "Письмо Н. А. Добролюбова … Цит. по: Пантин Б. И. Указ.
				// соч.": the op. cit. is Пантин's, after his book.
			case strings.HasPrefix(w, "Ibid.") || strings.HasPrefix(w, "op. cit.") || strings.HasPrefix(w, "Idem"):
				c.add(line, 1, SeverityError, CheckIbidNoAntecedent, "entry %s: %s", c.label(i), w)
			case strings.HasPrefix(w, "the cited page is empty") && chkNumberSuffixEndRe.MatchString(r.Raw):
				// "322-is. 23-p.": a Kazakh sheet number with its suffix, no empty page
			case strings.HasPrefix(w, "the cited page is empty"):
				c.add(line, 1, SeverityWarning, CheckEmptyLocator, "entry %s: the cited page is empty; give the page or drop the page label", c.label(i))
			case strings.HasPrefix(w, "the same URL as entry"):
				c.add(line, 1, SeverityWarning, CheckSameURL, "entry %s: %s", c.label(i), w)
			case strings.HasPrefix(w, "URL ") || strings.HasPrefix(w, "more than one URL"):
				// Reported from the repair log below.
			default:
				c.add(line, 1, SeverityInfo, CheckParseWarning, "entry %s: %s", c.label(i), w)
			}
		}
		for _, rep := range r.Repairs {
			switch rep.Rule {
			case RuleURLMoved:
				if rep.After == "" {
					c.add(line, 1, SeverityWarning, CheckURLMoved, "entry %s prints the URL of another entry%s: %s", c.label(i), c.urlOwner(i, rep.Before), rep.Before)
				} else {
					c.add(line, 1, SeverityInfo, CheckURLMoved, "entry %s: URL %s moved here from another entry", c.label(i), rep.After)
				}
			case RuleURLSpace, RuleURLHyphen, RuleURLLigature, RuleURLFragment, RuleURLTrailing:
				c.add(line, 1, SeverityInfo, CheckURLRepaired, "entry %s: URL repaired (%s): %s", c.label(i), rep.Rule, rep.After)
			}
		}
		if r.AsCitedIn && asCitedRe.MatchString(strings.TrimLeft(r.Raw, "*_ ")) {
			c.add(line, 1, SeverityWarning, CheckSecondary, "entry %s is cited through a secondary source; the original work is not named", c.label(i))
		}
		if i < len(c.entry) {
			c.checkStray(i)
		}
		if r.Locator != "" && r.IbidOf == 0 && (r.Item.Page != "" || c.notes && r.Item.NumberOfPages != "") {
			// A note that cites a page of an article or chapter, or past
			// the pages of a book ("602 с. С. 640"); a repeat's page is
			// checked against the work it repeats, below.
			c.checkPage(line, 1, "entry "+c.label(i), r.Locator, r)
		}
		if c.notes {
			c.checkOpCit(i, r)
		}
		if c.notes && r.IbidOf == 0 && !chkBackReference(r) {
			c.checkShortRepeat(line, i, r)
		}
		if c.notes && r.IbidOf > 0 && r.IbidOf <= len(c.list) {
			c.checkIbidPage(line, i, r)
			if ante := c.list[r.IbidOf-1]; !chkBackReference(r) && ante.IbidOf == 0 && chkCommentary(ante) && !strings.ContainsAny(ante.Raw, "0123456789") {
				// A remark with no year, page or file number cites no work.
				c.add(line, 1, SeverityError, CheckIbidNoAntecedent, "entry %s: Ibid. points back to note %s, which cites no work", c.label(i), c.label(r.IbidOf-1))
			}
		}
		if gost && r.IbidOf == 0 && !chkBackReference(r) && !(c.notes && chkCommentary(r)) {
			c.checkGOST(i, r)
		}
	}
}

// checkShortRepeat checks the page a shortened repeat cites: a note that
// gives a work again by its author and title alone, with no year, after a
// note that describes it in full ("Қойгелдиев М. Алаш қозғалысы. – 410
// б." after "Қойгелдиев М. Алаш қозғалысы. – Алматы : Санат, 1995. – 368
// б."), against the pages of that work.
func (c *checker) checkShortRepeat(line, i int, r Ref) {
	if r.Item.Issued != nil {
		return
	}
	var family, title, page string
	switch m := chkChicagoShortRe.FindStringSubmatch(strings.TrimSpace(r.Raw)); {
	case m != nil && len(r.Item.Author) == 0:
		// Chicago's short note, which the parser reads as a title alone:
		// "Begmatova and Kulzhanova, «Көптік жалғаулары», 20."
		family, title, page = NameKey(strings.Fields(m[1])[0]), foldKey(m[2]), m[3]
	case len(r.Item.Author) > 0:
		family, title, page = NameKey(r.Item.Author[0].Family), foldKey(r.Item.Title), chkNotePage(r.Raw)
	}
	if page == "" || utf8.RuneCountInString(title) < chkMinShortTitle {
		return
	}
	for j := i - 1; j >= 0; j-- {
		e := c.list[j]
		if e.IbidOf != 0 || e.Item.Issued == nil || len(e.Item.Author) == 0 || NameKey(e.Item.Author[0].Family) != family {
			continue
		}
		if strings.HasPrefix(foldKey(e.Item.Title), title) {
			// An article the note before cited whole ("…: 12–18.") has
			// those pages, which the note read as its cited place.
			c.checkRepeatPage(line, "entry "+c.label(i)+" (a repeat of entry "+c.label(j)+")", page, chkCitedWhole(e))
			return
		}
	}
}

// chkChicagoShortRe is a Chicago short note: the authors' family names,
// the title in quotes, the bare page: "Begmatova and Kulzhanova, «Көптік
// жалғаулары», 20." (groups: the names, the title, the page).
var chkChicagoShortRe = lazyRegexp(`^(\p{Lu}[\p{L}'’-]+(?:\s+(?:and|и|і|та|және)\s+\p{Lu}[\p{L}'’-]+)?),\s*[«“"]([^«»“”"]+)[»”"],\s*(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)\.?$`)

// chkMinShortTitle is the fewest characters of a title a shortened repeat
// gives: fewer match the opening of too many titles.
const chkMinShortTitle = 8

// chkNumberSuffixEndRe is an entry that ends with a number and its
// abbreviation joined by a hyphen, as Kazakh writes a sheet or page
// ("23-p.", "45-б."): the number is there, the page is not empty.
var chkNumberSuffixEndRe = lazyRegexp(`\d-[PpСсCcБб]\.\s*$`)

// checkIbidPage checks the page an Ibid. note cites ("Сонда. – 412 б.")
// against the number of pages of the book it points back to, or the page
// range of an article. A book note's single page range is the page that
// note cites, not the book's extent, so it is not used.
func (c *checker) checkIbidPage(line, i int, r Ref) {
	// The page the Ibid. prints, in its own part of a note of two works
	// ("Сонда. – 160 б.; Қозыбаев М. Қ. Аталған еңбек. – 45 б."): the
	// parser may not read "160 б." and give the page of the note before.
	own := strings.SplitN(r.Raw, ";", 2)[0]
	if !strings.ContainsAny(own, "0123456789") {
		return // a bare "Там же.": the page of the note before, reported there
	}
	page := chkNotePage(own)
	if page == "" {
		page = r.Locator
	}
	w := c.workOf(r.IbidOf - 1)
	if page == "" || w < 0 {
		return
	}
	if m := chkOpCitRe.FindStringSubmatch(r.Raw); m != nil && c.worksBefore(i, m[1]) >= 2 {
		return // an op. cit. of an author with two works before it: which one is meant is not known
	}
	if chkIbidVolumeRe.MatchString(strings.TrimSpace(r.Raw)) {
		return // "Там же. Т. 4. … С. 430.": another volume, whose pages the note before does not give
	}
	ante := c.list[w]
	if ibidRe.MatchString(strings.TrimSpace(r.Raw)) {
		ante = chkCitedWhole(ante)
	}
	c.checkRepeatPage(line, "entry "+c.label(i)+" (Ibid. of entry "+c.label(w)+")", page, ante)
}

// chkIbidVolumeRe is an Ibid. that names a volume or part: "Там же. Т. 4.",
// "Ibid. Vol. 2", "Сонда. 2-т.".
var chkIbidVolumeRe = lazyRegexp(`(?i)^(?:там же|там само|тамсама|ibid\.?|ibidem|сонда)[.,]?\s*(?:[-–—]\s*)?(?:(?:т|том|кн|ч|вып|vol|bd)\.?\s*\d|\d+\s*-?\s*т\.)`)

// chkCitedWhole is a note that cites an article or chapter by its pages,
// which the parser reads as the cited ones, with those pages as the
// work's own: "Там же" or "Указ. ст." after it cites a page within them.
func chkCitedWhole(r Ref) Ref {
	if lo, hi, ok := chkPageSpan(r.Locator); ok && lo < hi && r.Item.Page == "" && r.Item.ContainerTitle != "" {
		r.Item.Page = r.Locator
	}
	return r
}

// checkRepeatPage checks the page a repeat cites against the work it repeats: the
// number of pages of a book, or the page range of an article.
func (c *checker) checkRepeatPage(line int, what, page string, ante Ref) {
	if ante.Item.Type == "book" {
		ante.Item.Page = ""
	} else if lo, hi, ok := chkPageSpan(ante.Item.Page); !ok || lo == hi {
		return
	}
	c.checkPage(line, 1, what, page, ante)
}

// chkNotePageRe is the page a note ends with: "– С. 15.", "P. 87",
// or with the abbreviation after the number, as Kazakh prints it: "412 б.",
// and as older Russian notes do: "Там же, 176-179 стр.".
// "288 с." and "489 p." after the number are a book's extent, not a page.
var chkNotePageRe = lazyRegexp(`(?:^|[\s.,–—-])(?:(?:[СсCcPpБб]|[Pp]p|стр)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)|(\d+(?:\s*[-–—]\s*\d+)?)\s*-?\s*(?:б|бб|бет|стр)\.?)\s*\.?$`)

// chkNotePage is the page a note cites at its end, or "". In a list of
// notes that is the cited page, never a page count, when the note is an
// Ibid. or the parser read no locator of a note that quotes.
func chkNotePage(raw string) string {
	m := chkNotePageRe.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(m[1]+m[2]), "")
}

// urlOwner names the other entry that prints or owns URL u, if any.
func (c *checker) urlOwner(i int, u string) string {
	key := NormalizeURL(u)
	for j, r := range c.list {
		if j != i && NormalizeURL(r.Item.URL) == key {
			return " (the same URL as entry " + c.label(j) + ")"
		}
	}
	return ""
}

// checkStray reports a line joined to an entry across a blank line.
func (c *checker) checkStray(i int) {
	e := c.entry[i]
	for k := 1; k < len(e.Lines); k++ {
		if e.Lines[k] > e.Lines[k-1]+1 && !c.furnitureLine(e.Lines[k]) {
			c.add(e.Lines[k], 1, SeverityWarning, CheckStrayLine, "line %d continues entry %s across a blank line", e.Lines[k], c.label(i))
		}
	}
}

// chkBackLinksRe is the back links a wiki opens a note with, one per
// place that cites it: "↑", "↑ 1 2", "↑ a b c".
var chkBackLinksRe = lazyRegexp(`^↑((?:\s+(?:\d{1,2}|\p{Ll}))*)(?:\s|$)`)

// backLinks is how many places a wiki's note i says cite it (its back
// links, "↑ 1 2" for two), or 0 for a note with no back-link arrow.
func (c *checker) backLinks(i int) int {
	if i >= len(c.entry) {
		return 0
	}
	m := chkBackLinksRe.FindStringSubmatch(strings.TrimSpace(c.entry[i].Raw))
	if m == nil {
		return 0
	}
	return max(1, len(strings.Fields(m[1])))
}

// furnitureLine reports whether line n (from 1) is a web page's or a
// printed page's furniture, not text of the list: a line printed again
// elsewhere in the document, as a site repeats its banner ("i Надоели
// баннеры? …") between paragraphs and entries alike.
func (c *checker) furnitureLine(n int) bool {
	if n < 1 || n > len(c.doc.Lines) {
		return false
	}
	l := strings.TrimSpace(c.doc.Lines[n-1])
	if l == "" {
		return false
	}
	for k, o := range c.doc.Lines {
		if k != n-1 && strings.TrimSpace(o) == l {
			return true
		}
	}
	return false
}

// chkOpCitRe is an op. cit. the entry parser may not read as a repeat:
// after a "see" word ("Подробнее см.: Сарбаш С. В. Указ. соч. С. 112.")
// or in the Ukrainian, Belarusian and Kazakh forms ("Зазнач. праця",
// "Пазн. праца", "Көрсетілген еңбек"), or naming the kind of work
// repeated ("Указ. ст.", "Указ. раб.", "Указ. изд."), or shortened
// further ("Ук. соч."). A work of two or three authors is repeated under
// all their names ("Сүлейменов Б. С., Басин В. Я. Аталған еңбек"); the
// first is the one matched.
var chkOpCitRe = lazyRegexp(`(?i)^(?:(?:` + citeSeeWords + `)(?:[\s,:]+|$))*(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}\.\s*){1,3}(?:,\s*\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s*){1,3})*[,.]?\s*(?:(?:указ|ук)\.\s*(?:соч|ст|раб|изд)|op\.\s*cit|аталған еңбек|көрсетілген еңбек|көрс\.\s*еңбек|(?:вказ|указ|зазнач|назв|цит)\.\s*праця|(?:пазн|указ|цыт)\.\s*праца)`)

// checkOpCit reports a note that repeats a work by an op. cit. the parser
// did not resolve, in any work the note cites, when no earlier note names
// the author, and checks the page it cites against that work.
func (c *checker) checkOpCit(i int, r Ref) {
	parts := strings.Split(r.Raw, ";")
	for k, part := range parts {
		if k == 0 && (r.IbidOf > 0 || chkBackReference(r)) {
			continue // the parser resolved the note's first work, or reported it
		}
		m := chkOpCitRe.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			continue
		}
		page := r.Locator
		if len(parts) > 1 || page == "" {
			// A note of two works: "Там же. – С. 61; Калачов Н. В. Указ.
			// соч. – С. 150."; each part gives its own page. So does a
			// note whose op. cit. the parser did not read ("Указ. изд.
			// С. 298."): it found no locator there.
			page = chkNotePage(part)
		}
		c.opCitOf(i, m[1], page)
	}
}

// chkCitedByRe is what introduces the source a note quotes through:
// "Цит. по:", "цит. за:", "цыт. па:", "as cited in".
var chkCitedByRe = lazyRegexp(`(?i)(?:цит\.\s*(?:по|за)|цыт\.\s*па|приводится\s+по|as\s+cited\s+in)\s*:?\s*`)

// citedByOpCit reports whether note i quotes through an op. cit. ("…
// Цит. по: Пантин Б. И. Указ. соч. С. 134.") of an author an earlier note
// names: the op. cit. has its work, whatever the note names before it.
func (c *checker) citedByOpCit(i int, r Ref) bool {
	loc := chkCitedByRe.FindStringIndex(r.Raw)
	if loc == nil {
		return false
	}
	m := chkOpCitRe.FindStringSubmatch(r.Raw[loc[1]:])
	if m == nil {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if chkNameIn(m[1], chkWordKeys(c.list[j].Raw)) {
			return true
		}
	}
	return false
}

// opCitOf checks an op. cit. of an author in note i: the work an earlier
// note names the author in, and the page against it.
func (c *checker) opCitOf(i int, author, page string) {
	for j := i - 1; j >= 0; j-- {
		if !chkNameIn(author, chkWordKeys(c.list[j].Raw)) {
			continue
		}
		if w := c.workOf(j); w >= 0 && page != "" && c.worksBefore(i, author) < 2 {
			c.checkRepeatPage(c.entryLine(i), "entry "+c.label(i)+" (op. cit. of entry "+c.label(w)+")", page, chkCitedWhole(c.list[w]))
		}
		return
	}
	c.add(c.entryLine(i), 1, SeverityError, CheckIbidNoAntecedent, "entry %s: op. cit. with no earlier work by %s", c.label(i), author)
}

// chkSameAuthorRe opens a note or entry by the author of the one above:
// "Он же. …", "Её же. …", "Він же. …", "Idem. …".
var chkSameAuthorRe = lazyRegexp(`(?i)^(?:он же|она же|его же|ее же|её же|він же|вона же|його ж|її ж|idem|eadem)[\s.,:]`)

// worksBefore counts the works of an author (a family name) that the
// notes before note i describe, each note once: notes naming the author
// with initials, and notes "Он же." right after one of them. An op. cit.
// after two or more of them is ambiguous.
func (c *checker) worksBefore(i int, family string) int {
	n, prev := 0, false
	for j := 0; j < i && j < len(c.list); j++ {
		raw := c.list[j].Raw
		by := chkPersonNamed(family, raw) && chkOpCitRe.FindStringSubmatch(raw) == nil && c.list[j].IbidOf == 0
		if prev && chkSameAuthorRe.MatchString(raw) {
			by = true
		}
		if by {
			n++
		}
		prev = by || prev && c.list[j].IbidOf > 0
	}
	return n
}

// namedBefore reports whether an earlier entry names the author of entry
// i, an op. cit. the parser found no earlier work for: the name may stand
// there as an editor's ("/ отв. ред. А. Г. Карапетов"), which the parser
// does not match. The name must stand with initials, as a person
// responsible for a work is written; a writer named in the title of
// another author's book ("Андрей Белый и его роман …") wrote none of it.
func (c *checker) namedBefore(i int, r Ref) bool {
	if len(r.Item.Author) == 0 {
		return false
	}
	family := r.Item.Author[0].Family
	for _, e := range c.list[:i] {
		if family != "" && chkPersonNamed(family, e.Raw) {
			return true
		}
	}
	return false
}

// chkPersonRe is a person's name with initials before or after it:
// "А. Г. Карапетов", "А. Г. Карапетова", "Карапетов А. Г.".
var chkPersonRe = lazyRegexp(`(?:\p{Lu}\.\s*){1,3}(\p{Lu}[\p{L}'’-]+)|(\p{Lu}[\p{L}'’-]+),?\s+\p{Lu}\.`)

// chkPersonNamed reports whether raw names the family as a person, with
// initials, in any case ending.
//
// A name written in the other script matches by its loose key: "Шюц" is
// "Schütz", "Хабермас" is "Habermas".
func chkPersonNamed(family, raw string) bool {
	for _, m := range chkPersonRe.FindAllStringSubmatch(raw, -1) {
		if chkNameIn(family, chkWordKeys(m[1]+m[2])) || chkLooseKey(NameKey(family)) == chkLooseKey(NameKey(m[1]+m[2])) {
			return true
		}
	}
	return false
}

// chkLooseKeys folds what NameKey keeps apart between German or English
// spellings and the Russian transliteration of one name: "sc" and "sh"
// (Schütz, Шюц → "shuc"), "ch" and "h".
var chkLooseKeys = strings.NewReplacer("sc", "s", "sh", "s", "ch", "h", "zh", "z")

// chkLooseKey is a name key with chkLooseKeys applied.
func chkLooseKey(key string) string {
	return chkLooseKeys.Replace(key)
}

// workOf is the entry that describes the work note i cites: i itself, or
// the work an Ibid. or an op. cit. (one the parser resolved or not)
// repeats, through repeats of repeats; -1 when an op. cit. names no
// earlier work.
func (c *checker) workOf(i int) int {
	for range c.list {
		r := c.list[i]
		if r.IbidOf > 0 && r.IbidOf-1 < i {
			i = r.IbidOf - 1
			continue
		}
		m := chkOpCitRe.FindStringSubmatch(r.Raw)
		if m == nil {
			return i
		}
		j := i - 1
		for j >= 0 && !chkNameIn(m[1], chkWordKeys(c.list[j].Raw)) {
			j--
		}
		if j < 0 {
			return -1
		}
		i = j
	}
	return -1
}

// chkBackReference reports whether an entry is an Ibid. or op. cit. the
// parser could not resolve: it points back rather than describing a work,
// so GOST's elements are not asked of it (its own finding says why).
func chkBackReference(r Ref) bool {
	for _, w := range r.Warnings {
		if strings.HasPrefix(w, "Ibid.") || strings.HasPrefix(w, "op. cit.") || strings.HasPrefix(w, "Idem") {
			return true
		}
	}
	return false
}

// chkCommentary reports whether a note is the author's comment rather than
// a reference ("Здесь и далее даты по старому стилю."): the parser found no
// author, date, publisher, host, pages or URL in it.
func chkCommentary(r Ref) bool {
	it := r.Item
	return len(it.Author) == 0 && len(it.Editor) == 0 && it.Issued == nil && it.Publisher == "" &&
		it.PublisherPlace == "" && it.ContainerTitle == "" && it.Page == "" && it.NumberOfPages == "" &&
		it.URL == "" && it.DOI == "" && r.Locator == ""
}

// chkGOSTList reports whether a list is written in GOST style: most entries
// use the area separator " – " / " — " or the "//" of a host item.
func chkGOSTList(refs []Ref) bool {
	n := 0
	for _, r := range refs {
		if strings.Contains(r.Raw, " – ") || strings.Contains(r.Raw, " — ") || strings.Contains(r.Raw, "//") || strings.Contains(r.Raw, ". - ") {
			n++
		}
	}
	return n*2 > len(refs)
}

// checkGOST reports elements GOST 7.1-2003 / GOST R 7.0.100-2018 require
// (and GOST R 7.0.5-2008 keeps): the year; place and publisher of a book;
// the pages of an article or chapter; the access date of an online resource.
func (c *checker) checkGOST(i int, r Ref) {
	line := c.entryLine(i)
	it := r.Item
	online := it.URL != "" || it.DOI != ""
	if it.Issued == nil && it.Type != "webpage" {
		c.add(line, 1, SeverityInfo, CheckMissingYear, "entry %s gives no year", c.label(i))
	}
	if it.Type == "book" && !online {
		if it.PublisherPlace == "" {
			c.add(line, 1, SeverityInfo, CheckMissingPlace, "entry %s (a book) gives no place of publication", c.label(i))
		}
		if it.Publisher == "" {
			c.add(line, 1, SeverityInfo, CheckMissingPublisher, "entry %s (a book) gives no publisher", c.label(i))
		}
	}
	switch it.Type {
	case "article-journal", "chapter", "paper-conference":
		if it.Page == "" && r.Locator == "" && !online {
			c.add(line, 1, SeverityInfo, CheckMissingPages, "entry %s (%s) gives no pages", c.label(i), it.Type)
		}
	}
	if it.URL != "" && it.Accessed == nil {
		c.add(line, 1, SeverityInfo, CheckMissingAccessDate, "entry %s gives a URL but no access date", c.label(i))
	}
}
