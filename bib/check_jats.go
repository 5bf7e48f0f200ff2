package bib

import (
	"slices"
	"strings"
)

// This file reads an article kept as JATS XML, the form journal platforms
// deposit (Elpub, OJS's JATS plugin, PubMed Central): the markers are
// "[<xref ref-type="bibr" rid="cit3">3</xref>, с. 45]" inside "<p>", the
// list a "<ref-list>" of "<ref>" elements with a "<label>" and one or more
// "<mixed-citation>" (a Russian work's Russian and English forms side by
// side in "<citation-alternatives>"), or an "<element-citation>".

var (
	// chkJATSRefRe is one "<ref …>…</ref>" of a JATS reference list.
	chkJATSRefRe = lazyRegexp(`(?s)<ref\b[^<>]*>(.*?)</ref>`)
	// chkJATSLabelRe is a reference's printed label: "<label>12</label>".
	chkJATSLabelRe = lazyRegexp(`<label>\s*([^<>]*?)\s*</label>`)
	// chkJATSCitationRe is a reference's text: its first mixed or element
	// citation.
	chkJATSCitationRe = lazyRegexp(`(?s)<(mixed-citation|element-citation)\b[^<>]*>(.*?)</(?:mixed-citation|element-citation)>`)
	// chkXMLTagRe is any XML tag, opening or closing.
	chkXMLTagRe = lazyRegexp(`</?[A-Za-z][\w:.-]*\b[^<>]*/?>`)
	// chkJATSInlineRe is a JATS tag that sits inside a word or a marker
	// and is read as nothing; other tags part words and read as a space.
	// Superscripts stay: the note signs and units of the HTML readers.
	chkJATSInlineRe = lazyRegexp(`^</?(?:xref|italic|bold|sc|monospace|underline|ext-link|uri|named-content|styled-content|inline-formula|surname|given-names|string-name|name|person-group|source|year|volume|issue|fpage|lpage|article-title|publisher-name|publisher-loc|etal|comment|pub-id|page-range|chapter-title|edition)\b`)
	// chkJATSSupRe is a superscript or subscript tag, left for the readers
	// of HTML.
	chkJATSSupRe = lazyRegexp(`^</?(?:sup|sub)\b`)
)

// chkIsJATS reports whether lines are a JATS article: a reference list of
// "<ref>" elements, cited by "<xref ref-type="bibr" …>".
func chkIsJATS(lines []string) bool {
	list, xref := false, false
	for _, l := range lines {
		list = list || strings.Contains(l, "<ref-list")
		xref = xref || strings.Contains(l, `ref-type="bibr"`)
		if list && xref {
			return true
		}
	}
	return false
}

// readJATS reads a JATS article: the front matter before "<body>" is no
// text, the body is read without its tags (keeping its printed columns),
// and the "<ref-list>" is the list, one entry a "<ref>", labelled by its
// "<label>" and read from its first citation without tags, so that a
// Russian work's English twin is no entry of its own.
func (c *checker) readJATS() {
	if !chkIsJATS(c.doc.Lines) {
		return
	}
	from, to := -1, len(c.doc.Lines)
	for i, l := range c.doc.Lines {
		if from < 0 && strings.Contains(l, "<ref-list") {
			from = i
		}
		if from >= 0 && strings.Contains(l, "</ref-list>") {
			to = i + 1
			break
		}
	}
	body := slices.IndexFunc(c.body, func(l string) bool { return strings.Contains(l, "<body") })
	for i := range c.body {
		switch {
		case i < body || i >= from:
			c.body[i] = ""
		default:
			var locs [][]int
			var repl []string
			for _, t := range chkXMLTagRe.FindAllStringIndex(c.body[i], -1) {
				tag := c.body[i][t[0]:t[1]]
				switch {
				case chkJATSSupRe.MatchString(tag):
					continue
				case chkJATSInlineRe.MatchString(tag):
					repl = append(repl, "")
				default:
					repl = append(repl, " ")
				}
				locs = append(locs, t)
			}
			if len(locs) > 0 {
				c.rewrite(i, locs, repl)
			}
		}
	}
	entries := chkJATSEntries(c.doc.Lines[from:to], from)
	if len(entries) == 0 {
		return
	}
	in := func(l List) bool {
		return l.HeadingLine > from && l.HeadingLine <= to || len(l.Entries) > 0 && l.Entries[0].Line > from && l.Entries[0].Line <= to
	}
	k := slices.IndexFunc(c.doc.Lists, in)
	if len(c.refs) != len(c.doc.Lists) {
		return
	}
	c.doc.Lists, c.refs = slices.Clone(c.doc.Lists), slices.Clone(c.refs)
	if k < 0 {
		c.doc.Lists = append(c.doc.Lists, List{Heading: "ref-list", HeadingLine: from + 1})
		c.refs = append(c.refs, nil)
		k = len(c.doc.Lists) - 1
	}
	c.doc.Lists[k].Entries, c.refs[k] = entries, ParseEntries(entries)
}

// chkJATSEntries reads the "<ref>" elements of lines, the first of which
// is line from+1 of the document, as entries.
func chkJATSEntries(lines []string, from int) []Entry {
	text := strings.Join(lines, "\n")
	var out []Entry
	for _, loc := range chkJATSRefRe.FindAllStringSubmatchIndex(text, -1) {
		inner := text[loc[2]:loc[3]]
		raw := inner
		if m := chkJATSCitationRe.FindStringSubmatch(inner); m != nil {
			raw = m[2]
		} else {
			raw = chkJATSLabelRe.ReplaceAllString(raw, "")
		}
		sep := ""
		if !strings.Contains(inner, "<mixed-citation") {
			sep = " " // an element citation's parts have no spaces between them
		}
		raw = strings.Join(strings.Fields(chkXMLTagRe.ReplaceAllString(raw, sep)), " ")
		if raw == "" {
			continue
		}
		e := Entry{Raw: chkXMLUnescape(raw)}
		if m := chkJATSLabelRe.FindStringSubmatch(inner); m != nil {
			e.Label = strings.Trim(m[1], " .[]()")
		}
		first := from + strings.Count(text[:loc[0]], "\n") + 1
		last := from + strings.Count(text[:loc[1]], "\n") + 1
		e.Line = first
		for n := first; n <= last; n++ {
			e.Lines = append(e.Lines, n)
		}
		out = append(out, e)
	}
	return out
}

// chkXMLUnescape reads XML's character entities.
func chkXMLUnescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&#160;", "\u00a0", "&nbsp;", "\u00a0", "&amp;", "&").Replace(s)
}
