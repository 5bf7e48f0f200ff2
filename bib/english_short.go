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
			NameKey(q.Item.Author[0].Family+q.Item.Author[0].Literal) != NameKey(p.short[0].Family+p.short[0].Literal) {
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

// repeatWindow is how many notes back a repeat in full is looked for.
const repeatWindow = 400

// fullRepeatOf returns the earlier full note that note ps[i] repeats in
// full, or -1: notes that cite a work again print the whole note once more
// (Chicago 17, 14.30 allows it), here without the address the first note
// gave. Only a list of English notes (one with an Ibid. or a shortened
// note: notes) is read so; the repeat names the same first author, title
// and year and cites no page of its own.
func fullRepeatOf(ps []parsed, i int, notes bool) int {
	p := &ps[i]
	it := p.Item
	if !notes || len(it.Author) == 0 || it.Issued == nil || it.URL != "" || p.Locator != "" || hasCyrillic(it.Title) {
		return -1
	}
	key := TitleKey(it.Title)
	if len(key) < 8 {
		return -1
	}
	head := firstName(it)
	// The cheap tests first, and a window of the notes before: a long list
	// must not cost a title key for every pair of its entries.
	for j := i - 1; j >= 0 && j >= i-repeatWindow; j-- {
		q := ps[j].Item
		if ps[j].kind != kindFull || q.URL == "" || q.Issued == nil || q.Issued.Year() != it.Issued.Year() ||
			firstName(q) != head || TitleKey(q.Title) != key {
			continue
		}
		return j
	}
	return -1
}

// enSeeNote is a shortened note that points back to the full one by its
// number and then says what it draws from it: "Org, “Title” (see [^4]).
// Remark." (Markdown footnotes), "Family, “Title” (see note 4).".
var enSeeNote = lazyRegexp(`^([^,"“]{2,60}),\s*["“]([^"“”]{2,200}?)[,.]?["”]\s*\(see\s+(?:\[\^\w+\]|n(?:ote|\.)\s*\d+)\)`)

// readSeeNote reads a shortened note with a cross-reference to the full
// note; the resolution across entries finds that note by author and title.
func readSeeNote(p *parsed, s string) bool {
	if !strings.Contains(s, "(see ") {
		return false
	}
	m := enSeeNote.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	names := []Name{{Family: strings.TrimSpace(m[1])}}
	p.kind, p.short = kindShort, names
	p.Item.Author, p.Item.Title = names, cleanTitle(m[2])
	return true
}

// enItalicShortNote is a shortened note of the family name and the title
// in Markdown emphasis, nothing else (Chicago 17, 14.29, citing the whole
// work): "Family, *Short Title*.", "Family, _[Title](URL)_.".
var enItalicShortNote = lazyRegexp(`^(\p{Lu}[\p{L}'’-]+),\s+([*_])(\[[^\[\]]+\]\([^()\s]+\)|[^*_\[\]]+)([*_])\.?$`)

// enLinkText is a Markdown link, "[text](address)".
var enLinkText = lazyRegexp(`^\[([^\[\]]+)\]\(([^()\s]+)\)$`)

// readItalicShortNote reads a shortened note printed as the family name
// and the italic title; the resolution across entries finds the full note
// of that author, if the notes gave one.
func readItalicShortNote(p *parsed) bool {
	if !strings.HasSuffix(strings.TrimSuffix(p.plain, "."), "*") && !strings.HasSuffix(strings.TrimSuffix(p.plain, "."), "_") {
		return false
	}
	m := enItalicShortNote.FindStringSubmatch(p.plain)
	if m == nil || m[2] != m[4] {
		return false
	}
	title := m[3]
	if l := enLinkText.FindStringSubmatch(title); l != nil {
		title = l[1]
		if p.Item.URL == "" {
			p.Item.URL = l[2]
		}
	}
	names := []Name{{Family: m[1]}}
	p.kind, p.short = kindShort, names
	p.Item.Author, p.Item.Title, p.Item.Type = names, cleanTitle(title), "book"
	if p.Item.URL != "" {
		p.Item.Type = "webpage"
	}
	return true
}
