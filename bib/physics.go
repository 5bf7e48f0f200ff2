package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// physicsRef is the reference of physics and chemistry journals, which
// prints no title: "S. Greenberg and T. Chang, J. Phys. Chem. 69 (1965)",
// "Л. Д. Ландау, ЖЭТФ 7, 19 (1937)" (AIP and Physical Review styles, and
// Russian physics journals after them), with the issue where printed
// ("Fiz. Met. Metalloved., 58, No. 2, 336–343 (1984)", "Rus. Phys. J.,
// No. 2, 122–130 (2005)", "Khim.-Farm. Zh., 16(11), 122–126 (1982)"). The
// journal's name is abbreviated, a series after a comma ("Izv. Akad. Nauk
// SSSR, Ser. Khim.,3, 512 (1988)"); a colon may end the names.
var physicsRef = lazyRegexp(`^(.+?)[,:]\s+([^,():]{2,60}?(?:,\s*Ser\.\s*[^,():]{1,30}?)?),?\s*(?:(\d{1,4})(?:\s*\((\d{1,4})\))?,?\s*)?(?:No\.\s*(\d+),\s*)?(?:(\d+(?:\s*[-–]\s*\d+)?)\s*)?\((1[6-9]\d\d|20\d\d)\)\.?$`)

// readPhysics reads such a reference into p and reports whether it was one:
// names given first, then a journal abbreviated with full stops or in
// capitals, its volume, perhaps a page, and the year in parentheses.
func readPhysics(p *parsed, s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(strings.TrimRight(s, "."), "]") {
		if i := strings.LastIndex(s, " ["); i > 0 {
			s = s[:i] // "… (1992) [Sov. Phys. JETP 75, 100 (1992)]": the translation's numbers
		}
	}
	if t := strings.TrimRight(s, "."); len(t) < 8 || t[len(t)-6] != '(' || t[len(t)-1] != ')' || !allDigits(t[len(t)-5:len(t)-1]) {
		return readPhysicsChapter(p, s) // every other form closes with the year in parentheses
	}
	m := physicsRef.FindStringSubmatch(s)
	if m == nil || m[3] == "" && m[5] == "" || !abbreviatedJournal(m[2]) {
		return readPhysicsFamilyFirst(p, s) || readPhysicsBook(p, s)
	}
	names := physicsNames(strings.TrimSuffix(strings.TrimSuffix(m[1], " et al."), ",")) // "…, L. A. Popov, et al., Vestn."
	if len(names) == 0 {
		return readPhysicsFamilyFirst(p, s)
	}
	it := &p.Item
	it.Type, it.Author = "article-journal", names
	it.ContainerTitle, it.Volume, it.Issue, it.Page = strings.TrimSpace(m[2]), m[3], m[4]+m[5], normPages(m[6])
	it.Issued = parseDate(m[7])
	return true
}

// abbreviatedJournal reports a journal's name as physics lists print it:
// a few words, each abbreviated with a full stop or written in capitals.
func abbreviatedJournal(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ".", ". "))
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	abbreviated := 0
	for _, w := range words {
		if strings.HasSuffix(w, ".") || isAllCaps(w) {
			abbreviated++
		}
	}
	return abbreviated*2 >= len(words)
}

// isAllCaps reports a word of two or more capitals: "ЖЭТФ", "JETP".
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// physicsNames reads the names of a physics reference, given first
// ("S.Greenberg and T.Chang", "Л. Д. Ландау, Е. М. Лифшиц"); nil when any
// part is no such name.
func physicsNames(s string) []Name {
	var out []Name
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(s, " and ", ","), " и ", ","), func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(part)
		i := strings.LastIndex(part, ".")
		if i <= 0 || i == len(part)-1 {
			return nil
		}
		given, family := strings.TrimSpace(part[:i+1]), strings.TrimSpace(part[i+1:])
		if !initialsOnly(given) || strings.ContainsAny(family, " .") || !unicode.IsUpper([]rune(family)[0]) {
			return nil
		}
		out = append(out, Name{Family: family, Given: given})
	}
	return out
}

// initialsOnly reports "S.", "Л. Д.", "A.B.": capitals each with a full stop.
func initialsOnly(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ' ' }) {
		r := []rune(w)
		if len(r) > 2 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return strings.HasSuffix(s, ".")
}

// physicsTail is what follows the names in a physics reference whose
// names are printed family first, as Physics-Uspekhi prints them: "Usp.
// Fiz. Nauk 171 345 (2001)" — the journal, its volume, the page and the
// year.
var physicsTail = lazyRegexp(`^([^,()]{2,60}?),?\s+(\d{1,4}),?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\(((?:1[6-9]|20)\d\d)\)\.?$`)

// readPhysicsFamilyFirst reads a physics reference whose names are printed
// family first, initials after them undotted: "Kuni F M, Shchekin A K,
// Grinin A P. Usp. Fiz. Nauk 171 345 (2001)".
func readPhysicsFamilyFirst(p *parsed, s string) bool {
	if !endsPageYear(s) {
		return false
	}
	names, rest, _ := parseNames(s)
	if len(names) == 0 {
		return false
	}
	m := physicsTail.FindStringSubmatch(strings.TrimLeft(rest, " .,"))
	if m == nil || !abbreviatedJournal(m[1]) {
		return false
	}
	it := &p.Item
	it.Type, it.Author = "article-journal", names
	it.ContainerTitle, it.Volume, it.Page = strings.TrimSpace(m[1]), m[2], normPages(m[3])
	it.Issued = parseDate(m[4])
	return true
}

// endsPageYear reports text that ends as physicsTail does, a number
// before the year in parentheses readPhysics has found, "… 345 (2001).",
// for a cheap look before names are read.
func endsPageYear(s string) bool {
	t := strings.TrimRight(s, ".")
	if len(t) < 12 {
		return false
	}
	before := strings.TrimRight(t[:len(t)-6], " ")
	return before != "" && isDigit(before[len(before)-1])
}

// pleiadesTail is the rest of a reference in the style of Pleiades
// Publishing's English editions of Russian journals, which prints no
// title either: "…, and Habib, A., Sensors, 2018, vol. 18, p. 2841.",
// "Bukharin, M.A., Zheleznodorozhn. Transp., 2020, no. 4, p. 58." — the
// journal, the year, the volume and issue as "vol." and "no.", the pages,
// perhaps a link after them.
var pleiadesTail = lazyRegexp(`^([^,“”"«»()]{2,80}?(?:,\s[^,“”"«»()0-9]{2,30}?){0,2}), ((?:1[6-9]|20)\d\d), (?:vol\.\s*(\d+), )?(?:no\.\s*(\d+(?:[-–/]\d+)?), )?pp?\.\s*([A-Za-z]*\d(?:[\w.]*\w)?(?:\s*[-–]\s*\d+)?)\.?(?:\s+(?:https?://|doi)\S*)?$`)

// hasSmallWord reports a word of more than three letters that begins with
// a small letter: a title's, never a journal name's ("Avtomatika, Svyaz’,
// Informatika", "Zheleznodorozhn. Transp.").
func hasSmallWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(strings.Trim(w, ".,")) > 3 {
			return true
		}
	}
	return false
}

// readPleiades reads a reference of the Pleiades style: family names
// first with their initials, then pleiadesTail.
func readPleiades(p *parsed, s string) bool {
	if !strings.Contains(s, ", p") || !strings.Contains(s, "., ") {
		return false
	}
	names, rest, _ := enNames(s, orderFamilyInitials)
	if len(names) == 0 || !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, " ") {
		return false
	}
	m := pleiadesTail.FindStringSubmatch(strings.TrimLeft(rest, " ,"))
	if m == nil || m[3] == "" && m[4] == "" || hasSmallWord(m[1]) {
		return false // "Plasma heating in tokamaks, Plasma Phys. Rep.": a title before the journal
	}
	it := &p.Item
	it.Type, it.Author = "article-journal", names
	it.ContainerTitle, it.Issued, it.Volume, it.Issue, it.Page = strings.TrimSpace(m[1]), parseDate(m[2]), m[3], m[4], normPages(m[5])
	doiLinkURL(p) // an English style: the DOI's link is the URL too
	return true
}

// physicsChapter is a chapter cited without its title, as the English
// editions of Russian journals print one: "Yu. V. Name, in: Book. Series:
// Name [in Russian], Vol. 18, Moscow (1982), p. 5." — names given first,
// "in:", the book, its volume, the place and the year in parentheses, the
// page.
var physicsChapter = lazyRegexp(`^(.+?),\s+in:?\s+(.+?)\s*,\s*(?:[Vv]ol\.\s*(\d+)\s*,\s*)?(\p{Lu}[\p{L} .-]{1,30}?)\s*\(((?:1[6-9]|20)\d\d)\)\s*,\s*pp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)\.?$`)

// readPhysicsChapter reads such a chapter and reports whether s was one.
func readPhysicsChapter(p *parsed, s string) bool {
	if !strings.Contains(s, " in") {
		return false
	}
	m := physicsChapter.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !isPlace(m[4]) {
		return false
	}
	names := physicsNames(m[1])
	if len(names) == 0 {
		return false
	}
	it := &p.Item
	it.Type, it.Author = "chapter", names
	it.ContainerTitle, it.Volume, it.PublisherPlace = cleanTitle(m[2]), m[3], m[4]
	it.Issued, it.Page = parseDate(m[5]), normPages(m[6])
	return true
}

// physicsBook is a book as physics and chemistry lists cite it: "M. S.
// Name, Title, Academic Press, London and New York (1980).", "J. Name,
// Title, Methuen (1965)." — names given first, the title, the publisher
// and perhaps the place, the year in parentheses, no numbers.
var physicsBook = lazyRegexp(`^(.+?),\s+(\p{Lu}[^,()]{3,200}?),\s+(\p{Lu}[^,()0-9]{1,60}?)(?:,\s+(\p{Lu}[^,()0-9]{1,40}?))?\s*\(((?:1[6-9]|20)\d\d)\)\.?$`)

// readPhysicsBook reads such a book and reports whether s was one.
func readPhysicsBook(p *parsed, s string) bool {
	m := physicsBook.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || m[4] != "" && !enPlace(m[4]) || strings.Contains(m[2], ". ") {
		return false
	}
	names := physicsNames(m[1])
	if len(names) == 0 {
		return false
	}
	it := &p.Item
	it.Type, it.Author, it.Title, it.Publisher, it.PublisherPlace = "book", names, strings.TrimSpace(m[2]), strings.TrimSpace(m[3]), m[4]
	it.Issued = parseDate(m[5])
	return true
}
