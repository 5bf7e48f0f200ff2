package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads two ways a draft cites by key rather than by a printed
// marker: Pandoc's citations ("[@shevchuk2020, с. 45]") of the works its
// YAML block lists under "references:", and the unformatted citations a
// Word document with EndNote keeps ("{Смирнова, 2014 #33@45}").

var (
	// chkYAMLRefItemRe opens a work of a YAML block's "references:":
	// "- id: shevchuk2020".
	chkYAMLRefItemRe = lazyRegexp(`^(\s*)-\s+id:\s*['"]?([^\s'"]+)['"]?\s*$`)
	// chkYAMLFieldRe is a field of a work: "  title: "…"", "  issued: 2020";
	// a name's part in a list of names: "  - family: Шевчук".
	chkYAMLFieldRe = lazyRegexp(`^\s*(-\s+)?([a-z][a-z-]*):\s*(.*?)\s*$`)
	// chkPandocGroupRe is a bracket of Pandoc citations: "[@a; @b, с. 5]",
	// "[см.: -@a, с. 61]".
	chkPandocGroupRe = lazyRegexp(`\[([^\[\]]*?-?@[\p{L}\p{N}_][^\[\]]*)\]`)
	// chkPandocCiteRe is one citation in a bracket: its key and what
	// follows it, the locator.
	chkPandocCiteRe = lazyRegexp(`^[^@]*?-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*?)\s*(?:,\s*(.*?))?\s*$`)
	// chkPandocInTextRe is a citation in the text, the author's name in the
	// sentence: "@shevchuk2020 [с. 45] пишет", its locator in group 2.
	chkPandocInTextRe = lazyRegexp(`(?:^|[\s(])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])(?:\s*\[([^\[\]@]*)\])?`)
	// chkEndNoteRe is an EndNote unformatted citation: "{Рязанова, 2016
	// #12; Шабанова, 2012 #7}", "{Смирнова, 2014 #33@45}".
	chkEndNoteRe = lazyRegexp(`\{([^{}]*#\d+[^{}]*)\}`)
	// chkEndNotePartRe is one work of it: the author, the year, the record
	// number and the pages after "@".
	chkEndNotePartRe = lazyRegexp(`^\s*(.+?),\s*((?:1[5-9]|20)\d\d[a-zа-я]?)\s*#\d+(?:@\s*(\d+(?:\s*[-–—]\s*\d+)?))?\s*$`)
)

// readPandocReferences reads the works a Pandoc Markdown file lists under
// "references:" in its YAML block (CSL YAML) as its list, each labelled by
// its place and known by its id, read as a reference would print it, so
// that its pages and page count are checked.
func (c *checker) readPandocReferences() {
	end := chkYAMLEnd(c.doc.Lines)
	if end == 0 {
		return
	}
	in := false
	var es []Entry
	keys := map[string]int{}
	var fields map[string]string
	var names []string
	var family string
	flush := func() {
		if fields == nil {
			return
		}
		if family != "" {
			names = append(names, family)
			family = ""
		}
		es[len(es)-1].Raw = chkCSLText(fields, names)
	}
	for i, l := range c.doc.Lines[:end] {
		if strings.HasPrefix(l, "references:") {
			in = true
			continue
		}
		if !in {
			continue
		}
		if l != "" && !unicode.IsSpace(rune(l[0])) && !strings.HasPrefix(l, "-") {
			break // the next field of the block
		}
		if sm := chkYAMLRefItemRe.FindStringSubmatch(l); sm != nil {
			flush()
			keys[sm[2]] = len(es) + 1
			es = append(es, Entry{Label: strconv.Itoa(len(es) + 1), Line: i + 1, Lines: []int{i + 1}})
			fields, names = map[string]string{}, nil
			continue
		}
		sm := chkYAMLFieldRe.FindStringSubmatch(l)
		if sm == nil || fields == nil {
			continue
		}
		es[len(es)-1].Lines = append(es[len(es)-1].Lines, i+1)
		v := strings.Trim(sm[3], `"'`)
		switch sm[2] {
		case "family", "literal":
			if family != "" {
				names = append(names, family)
			}
			family = v
		case "given":
			family += " " + v
		default:
			fields[sm[2]] = v
		}
	}
	flush()
	if len(es) == 0 {
		return
	}
	c.pandocKeys = keys
	c.byKind = true // a style orders the list, not the file
	c.doc.Lists = []List{{Heading: "references", Entries: es}}
	c.refs = [][]Ref{ParseEntries(es)}
	// The list reader may have taken "references:" for a list's heading
	// and ended the body there: the body is all the file after the block.
	body := make([]string, len(c.doc.Lines))
	for i := end; i < len(c.doc.Lines); i++ {
		if !isNoteDefinition(c.doc.Lines[i]) {
			body[i] = c.doc.Lines[i]
		}
	}
	c.body, c.doc.BodyEnd = body, len(body)
}

// chkCSLText prints a CSL YAML work as a GOST reference: "Шевчук А. В.
// Платформенная занятость в России. – М. : Изд. дом ВШЭ, 2020. – 240 с.",
// "Синявская О. В. … // Вопросы экономики. – 2021. – № 6. – С. 112–135."
func chkCSLText(f map[string]string, names []string) string {
	latin := !strings.ContainsFunc(f["title"], func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
	var b strings.Builder
	b.WriteString(strings.Join(names, ", "))
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	b.WriteString(strings.TrimRight(f["title"], ". ") + ".")
	if ct := f["container-title"]; ct != "" {
		b.WriteString(" // " + ct + ". – " + f["issued"] + ".")
		if v := f["volume"]; v != "" {
			b.WriteString(" – " + map[bool]string{true: "Vol. ", false: "Т. "}[latin] + v + ".")
		}
		if n := f["issue"]; n != "" {
			b.WriteString(" – " + map[bool]string{true: "No. ", false: "№ "}[latin] + n + ".")
		}
		if p := f["page"]; p != "" {
			b.WriteString(" – " + map[bool]string{true: "P. ", false: "С. "}[latin] + strings.ReplaceAll(p, "-", "–") + ".")
		}
		return b.String()
	}
	if place, pub := f["publisher-place"], f["publisher"]; place != "" || pub != "" {
		b.WriteString(" – " + place + " : " + pub + ",")
	}
	b.WriteString(" " + f["issued"] + ".")
	if n := f["number-of-pages"]; n != "" {
		b.WriteString(" – " + n + map[bool]string{true: " p.", false: " с."}[latin])
	}
	return b.String()
}

// chkPandocPageRe is the page of a Pandoc citation's locator: "с. 45–52",
// "pp. 150–162", "p. 7".
var chkPandocPageRe = lazyRegexp(`^(?:[СсCcPpSs]|[Pp]p|стр)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)$`)

// pandocCitations reads a Pandoc file's citations of its references as
// numeric markers of its list, each key's page with it, and reports a key
// no reference holds.
func (c *checker) pandocCitations() []Marker {
	if c.pandocKeys == nil {
		return nil
	}
	var out []Marker
	add := func(i, col int, raw string, parts [][2]string) {
		m := Marker{Kind: MarkerNumeric, Line: i + 1, Col: col, Raw: raw}
		for _, p := range parts {
			n, ok := c.pandocKeys[p[0]]
			if !ok {
				c.add(m.Line, m.Col, SeverityError, CheckMissingEntry, "%s cites @%s, which no reference holds", raw, p[0])
				continue
			}
			page := ""
			if sm := chkPandocPageRe.FindStringSubmatch(strings.TrimSpace(p[1])); sm != nil {
				page = strings.Join(strings.Fields(sm[1]), "")
			}
			m.Nums, m.Pages = append(m.Nums, n), append(m.Pages, page)
		}
		if len(m.Nums) > 0 {
			out = append(out, m)
		}
	}
	for i, l := range c.body {
		groups := chkPandocGroupRe.FindAllStringSubmatchIndex(l, -1)
		for _, g := range groups {
			var parts [][2]string
			for _, part := range strings.Split(l[g[2]:g[3]], ";") {
				if sm := chkPandocCiteRe.FindStringSubmatch(part); sm != nil {
					parts = append(parts, [2]string{sm[1], sm[2]})
				}
			}
			add(i, utf8.RuneCountInString(l[:g[0]])+1, l[g[0]:g[1]], parts)
		}
		for _, t := range chkPandocInTextRe.FindAllStringSubmatchIndex(l, -1) {
			if inside(groups, t[2]) {
				continue
			}
			loc := ""
			if t[4] >= 0 {
				loc = l[t[4]:t[5]]
			}
			add(i, utf8.RuneCountInString(l[:t[2]-1])+1, strings.TrimSpace(l[t[0]:t[1]]), [][2]string{{l[t[2]:t[3]], loc}})
		}
	}
	return out
}

// inside reports whether byte at falls within one of spans.
func inside(spans [][]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// readEndNoteCitations reads EndNote's unformatted citations
// ("{Смирнова, 2014 #33@45; Петров, 2010 #7}") as the author-date
// citations they stand for ("(Смирнова, 2014, с. 45; Петров, 2010)"),
// reported at their printed place.
func (c *checker) readEndNoteCitations() {
	for i, l := range c.body {
		var locs [][]int
		var repl []string
		for _, loc := range chkEndNoteRe.FindAllStringSubmatchIndex(l, -1) {
			var parts []string
			for _, p := range strings.Split(l[loc[2]:loc[3]], ";") {
				sm := chkEndNotePartRe.FindStringSubmatch(p)
				if sm == nil {
					parts = nil
					break
				}
				s := strings.TrimSpace(sm[1]) + ", " + sm[2]
				if sm[3] != "" {
					s += ", с. " + strings.Join(strings.Fields(sm[3]), "")
				}
				parts = append(parts, s)
			}
			if len(parts) == 0 {
				continue
			}
			locs, repl = append(locs, loc[:2]), append(repl, "("+strings.Join(parts, "; ")+")")
		}
		if len(locs) > 0 {
			c.rewrite(i, locs, repl)
		}
	}
}

var (
	// chkBibRecordRe opens a BibTeX record: "@book{Kolmogorov1974,".
	chkBibRecordRe = lazyRegexp(`^\s*@(\w+)\s*\{\s*([^,\s]+)\s*,`)
	// chkBibFieldRe is a field of a record on its line: "pages = {1490--1503},".
	chkBibFieldRe = lazyRegexp(`^\s*([A-Za-z-]+)\s*=\s*[{"]?(.*?)[}"]?\s*,?\s*$`)
)

// chkBibFields maps BibTeX's fields to the CSL names chkCSLText prints.
var chkBibFields = map[string]string{
	"title": "title", "journal": "container-title", "journaltitle": "container-title", "booktitle": "container-title",
	"publisher": "publisher", "address": "publisher-place", "location": "publisher-place", "year": "issued",
	"date": "issued", "volume": "volume", "number": "issue", "pages": "page", "pagetotal": "number-of-pages",
}

// readBibTeXRecords reads the BibTeX records a LaTeX source holds in its
// "filecontents" environment, as biblatex sources keep their .bib, as its
// list: each known by its key for "\cite", "\parencite", "\autocite"
// and "\textcite", read as a GOST reference would print it, so that its
// pages and page count are checked. A style orders the printed list, not
// the records: no order warning. The records are no text.
func (c *checker) readBibTeXRecords() {
	if c.texKeys != nil {
		return // a \bibitem list printed in the source
	}
	in := false
	var es []Entry
	keys := map[string]int{}
	var fields map[string]string
	var authors string
	flush := func() {
		if fields != nil {
			var names []string
			for _, a := range strings.Split(authors, " and ") {
				if a = strings.TrimSpace(a); a != "" {
					names = append(names, strings.Replace(a, ",", "", 1))
				}
			}
			es[len(es)-1].Raw = chkCSLText(fields, names)
			fields = nil
		}
	}
	for i, l := range c.doc.Lines {
		switch {
		case strings.Contains(l, `\begin{filecontents`):
			in = true
		case strings.Contains(l, `\end{filecontents`):
			flush()
			in = false
			if i < len(c.body) {
				c.body[i] = ""
			}
		}
		if !in {
			continue
		}
		if i < len(c.body) {
			c.body[i] = ""
		}
		if sm := chkBibRecordRe.FindStringSubmatch(l); sm != nil {
			flush()
			keys[sm[2]] = len(es) + 1
			es = append(es, Entry{Label: strconv.Itoa(len(es) + 1), Line: i + 1, Lines: []int{i + 1}})
			fields, authors = map[string]string{}, ""
			continue
		}
		sm := chkBibFieldRe.FindStringSubmatch(l)
		if sm == nil || fields == nil {
			continue
		}
		es[len(es)-1].Lines = append(es[len(es)-1].Lines, i+1)
		name, v := strings.ToLower(sm[1]), strings.ReplaceAll(strings.Trim(sm[2], "{}"), "--", "-")
		if name == "author" || name == "editor" && authors == "" {
			authors = v
		} else if f, ok := chkBibFields[name]; ok {
			fields[f] = v
		}
	}
	flush()
	if len(es) == 0 {
		return
	}
	c.texKeys, c.texWhat = keys, "BibTeX record"
	c.byKind = true
	c.doc.Lists = []List{{Heading: "filecontents", Entries: es}}
	c.refs = [][]Ref{ParseEntries(es)}
}
