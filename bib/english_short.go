package bib

import "strings"

// shortNoteTarget returns the earlier note that the shortened note ps[i]
// repeats, or -1: the last full note by the same first author, and of
// those, when the short note prints a title, the one with that title
// (Chicago 17, 14.29: the short title tells apart two works of one
// author).
func shortNoteTarget(ps []parsed, i int) int {
	p := &ps[i]
	key := TitleKey(p.Item.Title)
	last := -1
	for j := i - 1; j >= 0; j-- {
		q := ps[j]
		if q.kind == kindIbid || q.kind == kindShort || len(q.Item.Author) == 0 ||
			NameKey(q.Item.Author[0].Family) != NameKey(p.short[0].Family) {
			continue
		}
		if key == "" || strings.Contains(TitleKey(q.Item.Title), key) {
			return j
		}
		if last < 0 {
			last = j
		}
	}
	return last
}

// enLocatorOnly is a note's page and nothing else: "45.", "pp. 10–12".
var enLocatorOnly = lazyRegexp(`^(?:pp?\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)\.?$`)

// readNamedShortNote reads a shortened note that prints the author's full
// name, "Given Family, ‘Short Title’, 45." (Chicago 17, 14.29, with the
// name as the first note gave it): names, a quoted title and the page
// alone. rest is what follows the names.
func readNamedShortNote(p *parsed, names []Name, rest string) bool {
	title, after, ok := quotedTitle(strings.TrimLeft(rest, " ,"))
	if !ok {
		return false
	}
	m := enLocatorOnly.FindStringSubmatch(strings.TrimSpace(after))
	if m == nil {
		return false
	}
	p.kind, p.short, p.Locator = kindShort, names, m[1]
	p.Item.Author, p.Item.Title = names, cleanTitle(title)
	return true
}

// enNoteRemark is a remark a note adds after the page it cites:
// "Emphasis mine.", "Emphasis added.", "Emphasis in original." (Chicago
// 17, 13.62).
var enNoteRemark = lazyRegexp(`(?i)[.,]?\s*emphasis\s+(?:mine|added|in\s+original)\.?$`)

// readTitleFirstNote reads a note that names the book first, in italics,
// then its authors given name first and the page cited: "*Title*, Given
// Family and Given Family, 93-94.", as notes written for a reader who
// knows the books print them.
func readTitleFirstNote(p *parsed, s string) bool {
	if !strings.HasPrefix(p.plain, "*") && !strings.HasPrefix(p.plain, "_") {
		return false
	}
	mark := p.plain[:1]
	j := strings.Index(p.plain[1:], mark+", ")
	if j <= 0 {
		return false
	}
	title := strings.Trim(p.plain[1:j+1], "*_")
	if !strings.HasPrefix(s, title+", ") {
		return false
	}
	rest := s[len(title)+2:]
	if strings.Contains(rest, "mphasis") {
		rest = enNoteRemark.ReplaceAllString(rest, "")
	}
	names, after, editors := enNames(rest, orderGivenFirst)
	if len(names) == 0 || editors {
		return false
	}
	m := enLocatorOnly.FindStringSubmatch(strings.TrimLeft(after, " ,"))
	if m == nil {
		return false
	}
	it := &p.Item
	it.Title, it.Author, it.Type, p.Locator = cleanTitle(title), names, "book", m[1]
	return true
}
