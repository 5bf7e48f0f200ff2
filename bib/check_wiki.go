package bib

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// chkWikiRefRe is a note of a wiki's source where its sign stands: "<ref>",
// "<ref name="mironov">" (its text up to "</ref>" follows) or a named note
// used again, "<ref name="mironov" />". Group 1 is the name, group 2 the
// slash of a note used again.
var chkWikiRefRe = lazyRegexp(`<ref(?:\s+name\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+)))?\s*(/)?>`)

// chkWikiRef is one note of a wiki's source in a line: its byte span, its
// name, and its text's span (nil for a named note used again).
type chkWikiRef struct {
	span []int
	name string
	text []int
}

// chkWikiRefs finds the notes of a wiki's source in a line.
func chkWikiRefs(l string) []chkWikiRef {
	var out []chkWikiRef
	for at := 0; at < len(l); {
		m := chkWikiRefRe.FindStringSubmatchIndex(l[at:])
		if m == nil {
			break
		}
		r := chkWikiRef{}
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				r.name = strings.TrimSpace(l[at+m[2*g] : at+m[2*g+1]])
			}
		}
		if m[8] >= 0 { // "<ref name="x" />"
			r.span = []int{at + m[0], at + m[1]}
			out, at = append(out, r), at+m[1]
			continue
		}
		end := strings.Index(l[at+m[1]:], "</ref>")
		if end < 0 {
			break
		}
		r.text = []int{at + m[1], at + m[1] + end}
		r.span = []int{at + m[0], r.text[1] + len("</ref>")}
		out, at = append(out, r), r.span[1]
	}
	return out
}

// chkWikiMarkup is how a wiki's source marks italics and bold in a note's
// text: a name between two apostrophes on each side, or three.
var chkWikiMarkup = strings.NewReplacer("'''", "", "''", "")

// readWikiRefs reads the notes of a wiki's source (MediaWiki's
// "<ref>…</ref>", as a Russian Wikipedia article's source holds them) as
// a list of notes numbered in the order they stand, each at its line, and
// a sign "[^n]" where each stood. A named note used again ("<ref
// name="mironov" />") is the note of that name, which the first use has
// cited already; a name that no note defines is reported.
func (c *checker) readWikiRefs() {
	if len(c.refs) != len(c.doc.Lists) || slices.ContainsFunc(c.doc.Lists, func(l List) bool { return l.Heading == "Footnotes" && l.HeadingLine == 0 }) {
		return
	}
	defined := map[string]bool{}
	for _, l := range c.body {
		for _, r := range chkWikiRefs(l) {
			if r.text != nil && r.name != "" {
				defined[r.name] = true
			}
		}
	}
	var notes []Entry
	type missing struct{ line, off int }
	var unknown []missing
	var names []string
	for i, l := range c.body {
		refs := chkWikiRefs(l)
		if len(refs) == 0 {
			continue
		}
		var locs [][]int
		var repl []string
		delta := 0 // how much longer the line has grown before the next note
		for _, r := range refs {
			s := ""
			if r.text != nil {
				n := strconv.Itoa(len(notes) + 1)
				notes = append(notes, Entry{Label: n, Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(chkWikiMarkup.Replace(l[r.text[0]:r.text[1]]))})
				s = "[^" + n + "]"
			} else if !defined[r.name] {
				// A space in its place keeps the column it is reported at.
				s = " "
				unknown = append(unknown, missing{i, r.span[0] + delta})
				names = append(names, r.name)
			}
			locs, repl = append(locs, r.span), append(repl, s)
			delta += len(s) - (r.span[1] - r.span[0])
		}
		c.rewrite(i, locs, repl)
	}
	if len(notes) == 0 {
		return
	}
	for k, u := range unknown {
		c.add(u.line+1, utf8.RuneCountInString(c.body[u.line][:u.off])+1, SeverityError, CheckMissingEntry, "<ref name=%q /> uses a note that no <ref name=%q> defines", names[k], names[k])
	}
	// The notes stand where the source's "{{примечания}}" or
	// "<references />" prints them: that list, a template alone, is theirs.
	lists, refs := slices.Clone(c.doc.Lists), slices.Clone(c.refs)
	at := slices.IndexFunc(lists, func(l List) bool {
		return len(l.Entries) > 0 && !slices.ContainsFunc(l.Entries, func(e Entry) bool { return !chkWikiNotesPlaceRe.MatchString(e.Raw) })
	})
	if at >= 0 {
		lists, refs = slices.Delete(lists, at, at+1), slices.Delete(refs, at, at+1)
	}
	c.doc.Lists = append(lists, List{Heading: "Footnotes", Entries: notes})
	c.refs = append(refs, ParseEntries(notes))
}

// chkWikiNotesPlaceRe is where a wiki's source prints its notes:
// "{{примечания}}", "{{reflist|2}}", "<references />".
var chkWikiNotesPlaceRe = lazyRegexp(`^\s*(?:\{\{[^{}]*\}\}|<references\s*/?>)\s*$`)
