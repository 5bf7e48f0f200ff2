package bib

import (
	"slices"
	"strings"
)

// This file reads a book or article kept as FictionBook 2 (FB2), the XML
// form Russian e-book libraries keep texts in: the signs are links "<a
// l:href="#n_3" type="note">[3]</a>" inside "<p>", the notes a second
// "<body name="notes">" of "<section id="n_3">" elements, each with its
// label in a "<title>".

var (
	// chkFB2NoteLinkRe is a note's sign: "<a l:href="#n_3" type="note">[3]</a>",
	// the target's id in group 1.
	chkFB2NoteLinkRe = lazyRegexp(`<a\b[^<>]*?\bhref="#([^"]+)"[^<>]*>(?:[^<]|<sup>|</sup>)*</a>`)
	// chkFB2SectionRe is a note of the notes' body, its id in group 1 and
	// what it holds in group 2.
	chkFB2SectionRe = lazyRegexp(`(?s)<section\b[^<>]*\bid="([^"]+)"[^<>]*>(.*?)</section>`)
	// chkFB2TitleRe is a note's label: "<title><p>3</p></title>".
	chkFB2TitleRe = lazyRegexp(`(?s)<title>(.*?)</title>`)
	// chkFB2InlineRe is an FB2 tag that sits inside a word and is read as
	// nothing; other tags part words and read as a space. Superscripts
	// stay, for the readers of HTML.
	chkFB2InlineRe = lazyRegexp(`^</?(?:emphasis|strong|strikethrough|code|a)\b`)
)

// chkIsFB2 reports whether lines are an FB2 file with notes.
func chkIsFB2(lines []string) bool {
	book, notes := false, false
	for _, l := range lines {
		book = book || strings.Contains(l, "<FictionBook")
		notes = notes || chkFB2NotesBody(l)
	}
	return book && notes
}

// chkFB2NotesBody reports whether a line opens the body of notes.
func chkFB2NotesBody(l string) bool {
	return strings.Contains(l, "<body") && (strings.Contains(l, `name="notes"`) || strings.Contains(l, `name="comments"`))
}

// readFB2 reads an FB2 file: the description before the first "<body>" is
// no text, each note's sign is read as "[^n]" for the note it links to,
// the body's other tags are left out (its printed columns kept), and the
// notes' body is the list of notes, each "<section>" a note labelled by
// its title.
func (c *checker) readFB2() {
	if !chkIsFB2(c.doc.Lines) || len(c.refs) != len(c.doc.Lists) {
		return
	}
	from := slices.IndexFunc(c.doc.Lines, chkFB2NotesBody)
	to := len(c.doc.Lines)
	for i := from + 1; i < len(c.doc.Lines); i++ {
		if strings.Contains(c.doc.Lines[i], "</body>") {
			to = i + 1
			break
		}
	}
	text := strings.Join(c.doc.Lines[from:to], "\n")
	labels := map[string]string{}
	var notes []Entry
	for _, loc := range chkFB2SectionRe.FindAllStringSubmatchIndex(text, -1) {
		id, inner := text[loc[2]:loc[3]], text[loc[4]:loc[5]]
		label := ""
		if m := chkFB2TitleRe.FindStringSubmatch(inner); m != nil {
			label = strings.Trim(strings.Join(strings.Fields(chkXMLTagRe.ReplaceAllString(m[1], " ")), " "), " .)[]*")
			inner = strings.Replace(inner, m[0], "", 1)
		}
		raw := strings.Join(strings.Fields(chkXMLTagRe.ReplaceAllString(inner, " ")), " ")
		if raw == "" {
			continue
		}
		first := from + strings.Count(text[:loc[0]], "\n") + 1
		last := from + strings.Count(text[:loc[1]], "\n") + 1
		e := Entry{Label: label, Raw: chkXMLUnescape(raw), Line: first}
		for n := first; n <= last; n++ {
			e.Lines = append(e.Lines, n)
		}
		notes, labels[id] = append(notes, e), label
	}
	if len(notes) == 0 {
		return
	}
	body := slices.IndexFunc(c.body, func(l string) bool { return strings.Contains(l, "<body") })
	for i := range c.body {
		if i < body || i >= from {
			c.body[i] = ""
			continue
		}
		l := c.body[i]
		var locs [][]int
		var repl []string
		signs := chkFB2NoteLinkRe.FindAllStringSubmatchIndex(l, -1)
		for _, s := range signs {
			locs = append(locs, s[:2])
			if n, ok := labels[l[s[2]:s[3]]]; ok && n != "" {
				repl = append(repl, "[^"+n+"]")
			} else {
				repl = append(repl, "[^"+strings.TrimPrefix(strings.TrimPrefix(l[s[2]:s[3]], "n_"), "n")+"]")
			}
		}
		for _, t := range chkXMLTagRe.FindAllStringIndex(l, -1) {
			if slices.ContainsFunc(signs, func(s []int) bool { return t[0] >= s[0] && t[1] <= s[1] }) || chkJATSSupRe.MatchString(l[t[0]:t[1]]) {
				continue
			}
			r := " "
			if chkFB2InlineRe.MatchString(l[t[0]:t[1]]) {
				r = ""
			}
			locs, repl = append(locs, t), append(repl, r)
		}
		if len(locs) == 0 {
			continue
		}
		order := make([]int, len(locs))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(a, b int) int { return locs[a][0] - locs[b][0] })
		sl, sr := make([][]int, len(locs)), make([]string, len(locs))
		for k, o := range order {
			sl[k], sr[k] = locs[o], repl[o]
		}
		c.rewrite(i, sl, sr)
	}
	c.doc.Lists, c.refs = slices.Clone(c.doc.Lists), slices.Clone(c.refs)
	k := slices.IndexFunc(c.doc.Lists, func(l List) bool {
		return l.HeadingLine > from && l.HeadingLine <= to || len(l.Entries) > 0 && l.Entries[0].Line > from && l.Entries[0].Line <= to
	})
	if k < 0 {
		c.doc.Lists = append(c.doc.Lists, List{Heading: "Примечания", HeadingLine: from + 1})
		c.refs = append(c.refs, nil)
		k = len(c.doc.Lists) - 1
	} else if !chkNotesHeadings[foldKey(strings.Trim(c.doc.Lists[k].Heading, " *_:#."))] {
		c.doc.Lists[k].Heading = "Примечания"
	}
	c.doc.Lists[k].Entries, c.refs[k] = notes, ParseEntries(notes)
}
