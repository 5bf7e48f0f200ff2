package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// readArchivalNote reads a note on a document in an archive (Chicago 17,
// 14.232): the document's title, its date, then the box or folder, the
// collection and the repository, separated by commas ("Letter of L. Ortiz,
// clerk of the harbour, March 3, 1880, Harbour Board, Box 12, State
// Archives, Leeds."). The title runs on over the parts that go on in small
// letters; a part in capitals or a date starts the archive's description.
func readArchivalNote(p *parsed, s string) bool {
	if !containsAny(s, ", Box ", ", box ", ", Folder ", ", folder ") {
		return false
	}
	parts := splitOutside(strings.TrimRight(s, ". "), ", ")
	n := 1
	for n < len(parts) {
		r, _ := utf8.DecodeRuneInString(parts[n])
		if !unicode.IsLower(r) || strings.HasPrefix(parts[n], "box ") || strings.HasPrefix(parts[n], "folder ") {
			break
		}
		n++
	}
	it := &p.Item
	it.Title, it.Type = cleanTitle(strings.Join(parts[:n], ", ")), "manuscript"
	for k := n + 2; k > n; k-- {
		// The date after the title, "March 3, 1880" split at its comma.
		if k > len(parts) || !hasYear(parts[k-1]) {
			continue
		}
		if d := parseDate(strings.Join(parts[n:k], ", ")); d != nil && len(d.Parts) > 0 && len(d.Parts[0]) >= 2 {
			it.Issued = d
			break
		}
	}
	return it.Title != ""
}

// readTitleShortNote reads a shortened note of a work with no author,
// its title and the page alone, "Survey notes of the harbour, 14-18."
// (Chicago 17, 14.29): the title may be the first words of the full
// note's, which the resolution across notes finds.
func readTitleShortNote(p *parsed, s string) bool {
	i := strings.LastIndex(s, ", ")
	if i <= 0 || strings.ContainsAny(s[:i], ",;:()[]\"“”«»") {
		return false
	}
	m := enLocatorOnly.FindStringSubmatch(s[i+2:])
	r, _ := utf8.DecodeRuneInString(s)
	if m == nil || !unicode.IsUpper(r) || len(strings.Fields(s[:i])) < 3 || startsYear(m[1]) || sentenceInside(s[:i]) {
		return false
	}
	p.Item.Title, p.Locator, p.shortTitle = cleanTitle(s[:i]), m[1], true
	p.Item.Type = "book"
	return true
}

// sentenceInside reports a full stop inside s that ends a word longer
// than an initial ("Family S. Title. Place"): s is more than a title.
func sentenceInside(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		if w := s[strings.LastIndex(s[:i], " ")+1 : i]; utf8.RuneCountInString(w) > 1 {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// provisionWords open the parts of a constitution or an act that a note
// cites after its name: "Article 16", "art. 3", "Section 57", "§ 4".
var provisionWords = [...]string{"Article ", "article ", "Art. ", "art. ", "Section ", "section ", "Sec. ", "sec. ", "§ ", "Clause ", "clause ", "Amendment ", "Chapter ", "ch. "}

// readProvisionNote reads a note citing a constitution or an act by its
// name and the article or section (Chicago 17, 14.281: "U.S. Const. art.
// 1, § 8"; a state's constitution named in full, "Harbour Constitution of
// 1876, Article 16, Section 57."): the name is the title, its year the
// date.
func readProvisionNote(p *parsed, s string) bool {
	if !strings.Contains(s, "Constitution") && !strings.Contains(s, " Act") {
		return false
	}
	parts := splitOutside(strings.TrimRight(s, ". "), ", ")
	if len(parts) < 2 || !strings.Contains(parts[0], "Constitution") && !strings.HasSuffix(parts[0], " Act") && !strings.Contains(parts[0], " Act of ") {
		return false
	}
	for _, part := range parts[1:] {
		if !hasAnyPrefix(part, provisionWords[:]) {
			return false
		}
	}
	it := &p.Item
	it.Title, it.Type = cleanTitle(parts[0]), "legislation"
	if y, ok := enYearIn(parts[0]); ok {
		n, _ := strconv.Atoi(y)
		it.Issued = NewDate(n)
	}
	return true
}
