package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scanners for patterns the parser runs on nearly every entry: each reads
// what its pattern matched, byte by byte, where the regexp spent more on
// setting up its search than on the few bytes it looked at. Each is
// compared with the pattern it replaced in speed_scan_test.go.

// doiHostEnd returns the end of `(?i)^https?://(?:dx\.)?doi\.org/` at the
// start of u — a doi.org address in any case, "ſ" for "s" too — or -1.
func doiHostEnd(u string) int {
	i := foldPrefixAt(u, 0, "http")
	if i < 0 {
		return -1
	}
	if j := foldPrefixAt(u, i, "s"); j >= 0 {
		i = j
	}
	if !strings.HasPrefix(u[i:], "://") {
		return -1
	}
	i += len("://")
	if j := foldPrefixAt(u, i, "dx."); j >= 0 {
		i = j
	}
	return foldPrefixAt(u, i, "doi.org/")
}

// mayMonthYearAt is monthYearAt's exact pre-check: after the year and
// the full stop, spaces and dash or comma that may follow it, three
// letters or a digit must come (a month, "April 29" or "29 April"). The
// separators are taken greedily: none of them is a letter or a digit, so
// no shorter run of them leaves one next.
func mayMonthYearAt(s string) bool {
	if len(s) < 4 || !isDigit(s[2]) || !isDigit(s[3]) ||
		!(s[0] == '1' && s[1] >= '5' && s[1] <= '9' || s[0] == '2' && s[1] == '0') {
		return false
	}
	i := 4
	if i < len(s) && s[i] == '.' {
		i++
	}
	i = skipSpace(s, i)
	switch {
	case strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "—"):
		i += len("–")
	case i < len(s) && s[i] == ',':
		i++
	}
	i = skipSpace(s, i)
	if i < len(s) && isDigit(s[i]) {
		return true
	}
	for k := 0; k < 3; k++ {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || !unicode.IsLetter(r) {
			return false
		}
		i += n
	}
	return true
}

// isEdAfterName reports what
// `^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*[(\[]\s*(?:eds?|ред|hrsg)\.?\s*[)\]]`
// matches: "Given Family (ed.)", an editor named given-first. No part of
// the pattern can start with what the part before it ends with, so each
// is read once, as far as it goes.
func isEdAfterName(s string) bool {
	i := 0
	for w := 0; w < 2; w++ {
		if w == 1 {
			j := skipSpace(s, i)
			if j == i {
				return false
			}
			i = j
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		i += n
		j := i
		for {
			r, n := utf8.DecodeRuneInString(s[j:])
			if n == 0 || !unicode.IsLower(r) {
				break
			}
			j += n
		}
		if j == i {
			return false
		}
		i = j
	}
	i = skipSpace(s, i)
	if i >= len(s) || s[i] != '(' && s[i] != '[' {
		return false
	}
	i = skipSpace(s, i+1)
	switch {
	case strings.HasPrefix(s[i:], "eds"):
		i += len("eds")
	case strings.HasPrefix(s[i:], "ed"):
		i += len("ed")
	case strings.HasPrefix(s[i:], "ред"):
		i += len("ред")
	case strings.HasPrefix(s[i:], "hrsg"):
		i += len("hrsg")
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	i = skipSpace(s, i)
	return i < len(s) && (s[i] == ')' || s[i] == ']')
}

// inHostEnd returns the end of what
// `^(?:,|\.)?\s*(?:[Ii]n:?|[ВвУу]\s*кн\.?:?|В\s+книге:?|В\s+сб\.:?|В\s+сборнике:?|В:|У:?)\s+`
// matches at the start of s — "In:", "В кн.:", "В сб.", "У:" and the
// spaces after — or -1. The words are tried in the pattern's order, the
// first followed by a space wins; an optional stop or colon is taken
// when printed, for the spaces the pattern wants next cannot begin with
// it.
func inHostEnd(s string) int {
	i := 0
	if i < len(s) && (s[i] == ',' || s[i] == '.') {
		i++
	}
	i = skipSpace(s, i)
	for _, word := range inHostWords {
		if j := word(s, i); j >= 0 {
			if e := skipSpace(s, j); e > j {
				return e
			}
		}
	}
	return -1
}

// inHostWords read the alternatives of inHostEnd's pattern at i, each
// returning its end or -1.
var inHostWords = []func(s string, i int) int{
	func(s string, i int) int { // [Ii]n:?
		if i+1 >= len(s) || s[i] != 'I' && s[i] != 'i' || s[i+1] != 'n' {
			return -1
		}
		return optByte(s, i+2, ':')
	},
	func(s string, i int) int { // [ВвУу]\s*кн\.?:?
		if j := prefixAny(s, i, "В", "в", "У", "у"); j >= 0 {
			if j = skipSpace(s, j); strings.HasPrefix(s[j:], "кн") {
				return optByte(s, optByte(s, j+len("кн"), '.'), ':')
			}
		}
		return -1
	},
	func(s string, i int) int { return afterV(s, i, "книге", true) }, // В\s+книге:?
	func(s string, i int) int { return afterV(s, i, "сб.", true) },   // В\s+сб\.:?
	func(s string, i int) int { return afterV(s, i, "сборнике", true) },
	func(s string, i int) int { // В:
		if strings.HasPrefix(s[i:], "В:") {
			return i + len("В:")
		}
		return -1
	},
	func(s string, i int) int { // У:?
		if strings.HasPrefix(s[i:], "У") {
			return optByte(s, i+len("У"), ':')
		}
		return -1
	},
}

// afterV reads `В\s+word:?` at i (the colon only when colon is set) and
// returns its end, or -1.
func afterV(s string, i int, word string, colon bool) int {
	if !strings.HasPrefix(s[i:], "В") {
		return -1
	}
	j := skipSpace(s, i+len("В"))
	if j == i+len("В") || !strings.HasPrefix(s[j:], word) {
		return -1
	}
	if j += len(word); colon {
		j = optByte(s, j, ':')
	}
	return j
}

// optByte returns i+1 when s[i] is c, else i: an optional byte.
func optByte(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return i + 1
	}
	return i
}

// prefixAny returns the end of the first of words s holds at i, or -1.
func prefixAny(s string, i int, words ...string) int {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// etAlEnd returns the end of what
// `^(?:\s*,)?\s*(?:\[\s*)?(?:et\s+al\.?|[иИ]\s+др\.?|и\s+другие|та\s+ін\.?|т\.\s?б\.?|және\s+т\.\s?б\.?|[іi]\s+[іi]нш\.?)(?:\s*\])?`
// matches at the start of s — "et al.", "и др.", "та ін.", "т. б.",
// "і інш." after a comma, in brackets or not — or -1. The comma and the
// bracket are taken when printed: no word begins with them. "и другие"
// is never what matches, for "и др" comes first and begins it.
func etAlEnd(s string) int {
	i := 0
	if j := skipSpace(s, 0); j < len(s) && s[j] == ',' {
		i = j + 1
	}
	i = skipSpace(s, i)
	if i < len(s) && s[i] == '[' {
		i = skipSpace(s, i+1)
	}
	j := -1
	for _, w := range etAlWords {
		if j = w(s, i); j >= 0 {
			break
		}
	}
	if j < 0 {
		return -1
	}
	if k := skipSpace(s, j); k < len(s) && s[k] == ']' {
		j = k + 1
	}
	return j
}

// etAlWords read the words of etAlEnd's pattern at i, in its order, each
// returning its end or -1.
var etAlWords = []func(s string, i int) int{
	func(s string, i int) int { return spacedPair(s, i, []string{"et"}, "al", true) },
	func(s string, i int) int { return spacedPair(s, i, []string{"и", "И"}, "др", true) },
	func(s string, i int) int { return spacedPair(s, i, []string{"та"}, "ін", true) },
	func(s string, i int) int { return tB(s, i) },
	func(s string, i int) int {
		if j := prefixAny(s, i, "және"); j >= 0 {
			if k := skipSpace(s, j); k > j {
				return tB(s, k)
			}
		}
		return -1
	},
	func(s string, i int) int {
		if j := spacedPair(s, i, []string{"і", "i"}, "і", false); j >= 0 {
			return nsh(s, j)
		}
		if j := spacedPair(s, i, []string{"і", "i"}, "i", false); j >= 0 {
			return nsh(s, j)
		}
		return -1
	},
}

// spacedPair reads one of firsts, spaces and second at i, then a full
// stop when dot is set and one is printed; it returns the end or -1.
func spacedPair(s string, i int, firsts []string, second string, dot bool) int {
	j := prefixAny(s, i, firsts...)
	if j < 0 {
		return -1
	}
	k := skipSpace(s, j)
	if k == j || !strings.HasPrefix(s[k:], second) {
		return -1
	}
	k += len(second)
	if dot {
		k = optByte(s, k, '.')
	}
	return k
}

// tB reads `т\.\s?б\.?` at i and returns its end or -1.
func tB(s string, i int) int {
	if !strings.HasPrefix(s[i:], "т.") {
		return -1
	}
	j := i + len("т.")
	if j < len(s) && isSpaceByte(s[j]) && strings.HasPrefix(s[j+1:], "б") {
		j++
	}
	if !strings.HasPrefix(s[j:], "б") {
		return -1
	}
	return optByte(s, j+len("б"), '.')
}

// nsh reads `нш\.?` at i and returns its end or -1.
func nsh(s string, i int) int {
	if !strings.HasPrefix(s[i:], "нш") {
		return -1
	}
	return optByte(s, i+len("нш"), '.')
}

// nameSepEnd returns the end of what
// `^(?:\s*,\s*(?:(?:and|и|та|і|және)\s+|&\s*)?|\s*;\s*|\s*(?:and|и|та|і|және|&)\s+|\s*&\s*)`
// matches at the start of s — the comma, semicolon, conjunction or
// ampersand between two names, with the spaces around — or -1. Every
// alternative opens with spaces, and the first byte after them tells
// which can match.
func nameSepEnd(s string) int {
	i := skipSpace(s, 0)
	if i >= len(s) {
		return -1
	}
	switch s[i] {
	case ',':
		j := skipSpace(s, i+1)
		if k := conjunctionEnd(s, j); k >= 0 {
			return k
		}
		if j < len(s) && s[j] == '&' {
			return skipSpace(s, j+1)
		}
		return j
	case ';':
		return skipSpace(s, i+1)
	case '&':
		// `\s*(?:…|&)\s+` comes before `\s*&\s*`; both take the spaces.
		return skipSpace(s, i+1)
	}
	return conjunctionEnd(s, i)
}

// conjunctionEnd reads `(?:and|и|та|і|және)\s+` at i and returns its end,
// or -1.
func conjunctionEnd(s string, i int) int {
	j := prefixAny(s, i, "and", "и", "та", "і", "және")
	if j < 0 {
		return -1
	}
	if k := skipSpace(s, j); k > j {
		return k
	}
	return -1
}

// edMarkEnd returns the end of what
// `(?i)^\s*[\[(]\s*(?:eds?|ред|сост|hrsg)\.?\s*[\])]\s*,?\s*|^\s*,?\s*eds?\.\s*,?\s*`
// matches at the start of s — "(eds.)", "[ред.]", ", ed." and the
// separators after — or -1. The regexp could not tell that both
// alternatives are anchored and tried the pattern at every byte of s. The
// opening bracket or the comma and "ed" tell the alternatives apart; an
// optional "s", stop or comma is taken when printed, for what follows it
// cannot begin with it.
func edMarkEnd(s string) int {
	i := skipSpace(s, 0)
	if i < len(s) && (s[i] == '[' || s[i] == '(') {
		j := skipSpace(s, i+1)
		k := -1
		for _, w := range [...]string{"ed", "ред", "сост", "hrsg"} {
			if k = foldPrefixAt(s, j, w); k >= 0 {
				if w == "ed" {
					if e := foldPrefixAt(s, k, "s"); e >= 0 {
						k = e
					}
				}
				break
			}
		}
		if k < 0 {
			return -1
		}
		k = skipSpace(s, optByte(s, k, '.'))
		if k >= len(s) || s[k] != ']' && s[k] != ')' {
			return -1
		}
		return skipSpace(s, optByte(s, skipSpace(s, k+1), ','))
	}
	j := skipSpace(s, optByte(s, i, ','))
	k := foldPrefixAt(s, j, "ed")
	if k < 0 {
		return -1
	}
	if e := foldPrefixAt(s, k, "s"); e >= 0 && e < len(s) && s[e] == '.' {
		k = e
	}
	if k >= len(s) || s[k] != '.' {
		return -1
	}
	return skipSpace(s, optByte(s, skipSpace(s, k+1), ','))
}

// endsInNumber reports whether s ends with a digit, or a digit and a full
// stop, and holds sep: the pre-check of patterns that end with a number
// and `\.?$` and print sep before it.
func endsInNumber(s string, sep byte) bool {
	t := strings.TrimSuffix(s, ".")
	return t != "" && isDigit(t[len(t)-1]) && strings.IndexByte(s, sep) >= 0
}

// checked is a pattern with an exact pre-check: may reports false only
// for texts the pattern cannot match, and is asked first, for it costs
// less than a failed search.
type checked struct {
	re  *regex
	may func(string) bool
}

func (c checked) MatchString(s string) bool { return c.may(s) && c.re.MatchString(s) }

func (c checked) FindStringSubmatch(s string) []string {
	if !c.may(s) {
		return nil
	}
	return c.re.FindStringSubmatch(s)
}

func (c checked) FindStringSubmatchIndex(s string) []int {
	if !c.may(s) {
		return nil
	}
	return c.re.FindStringSubmatchIndex(s)
}

func (c checked) FindString(s string) string {
	if !c.may(s) {
		return ""
	}
	return c.re.FindString(s)
}

// mayColonImprint is enColonImprint's pre-check: the place (one to four
// capitalised words, "and", a state after a comma, a bracketed
// abbreviation) holds no colon, so the first colon of s is the one after
// it, and only letters, full stops, apostrophes, hyphens, spaces, commas
// and brackets come before it.
func mayColonImprint(s string) bool {
	c := strings.IndexByte(s, ':')
	if c < 0 {
		return false
	}
	for _, r := range s[:c] {
		if !unicode.IsLetter(r) && !strings.ContainsRune(".'-,() \t\n\f\r", r) {
			return false
		}
	}
	return true
}

// keyStarts is where one of a list's key words may start: at its first
// byte and, for a key that opens with a letter outside ASCII, at its
// second byte too. Half the bytes of a Cyrillic entry are 0xD0, the first
// byte of "Т" and "С"; scanField asked its reader at each of them.
type keyStarts struct {
	first byteSet
	// second holds, for a UTF-8 lead byte, bit c&63 of the second byte c
	// of each key that opens with it.
	second [256]uint64
}

// keyStartsOf returns the starts of keys ("0" stands for the digits).
func keyStartsOf(keys ...string) *keyStarts {
	k := &keyStarts{first: *firstBytes(keys...)}
	for _, key := range keys {
		if key[0] >= utf8.RuneSelf && len(key) > 1 {
			k.second[key[0]] |= 1 << (key[1] & 63)
		}
	}
	return k
}

// at reports whether a key may start at s[i].
func (k *keyStarts) at(s string, i int) bool {
	c := s[i]
	if !k.first[c] {
		return false
	}
	return c < utf8.RuneSelf || i+1 < len(s) && k.second[c]>>(s[i+1]&63)&1 != 0
}

// hasOpCitWord reports whether s holds "cit", "соч" or "праця" under
// simple case folding, as (?i) reads them: at each case of a word's first
// letter (c and C, с, С and ᲃ, п and П; "soch", transliterated, after a
// full stop and a space), the word's length in bytes is compared with it
// under folding. The places are found by a byte of the letter that is
// rare in text, the second byte of a Cyrillic letter (the first, 0xD0 or
// 0xD1, is every other byte of a Cyrillic entry): a pass over every byte
// cost more than a search for each.
func hasOpCitWord(s string) bool {
	for k := 0; k < len(opCitBytes); k++ {
		b := opCitBytes[k]
		for i := 0; i < len(s); {
			j := strings.IndexByte(s[i:], b)
			if j < 0 {
				break
			}
			if opCitWordAt(s, i+j) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// opCitBytes are the bytes hasOpCitWord looks for: c, C, s, S, the second
// byte of с, С, п and П, and the first of ᲃ.
const opCitBytes = "cCsS\x81\xa1\xbf\x9f\xe1"

// opCitWordAt reports whether the word whose first letter holds the byte
// s[j] (one of opCitBytes) stands there.
func opCitWordAt(s string, j int) bool {
	var w string
	i := j
	switch c := s[j]; c {
	case 'c', 'C':
		w = "cit"
	case 's', 'S':
		if i < 2 || s[i-1] != ' ' || s[i-2] != '.' {
			return false
		}
		w = "soch" // "Ukaz. soch.", transliterated: after a full stop and a space
	case 0x81, 0xA1, 0xBF, 0x9F:
		if i--; i < 0 || c == 0x81 && s[i] != 0xD1 || c != 0x81 && s[i] != 0xD0 {
			return false
		}
		w = "соч" // с, С
		if c == 0xBF || c == 0x9F {
			w = "праця" // п, П
		}
	case 0xE1:
		if !strings.HasPrefix(s[i:], "ᲃ") {
			return false
		}
		w = "соч" // ᲃ
	}
	return i+len(w) <= len(s) && strings.EqualFold(s[i:i+len(w)], w)
}

// mayTranslitImprint is translitImprint's pre-check: a city's
// abbreviation ("M.", "L.", "SPb.", "K.", "Mn.") after a space and
// followed, past any spaces, by a comma, a colon or a semicolon; or "S."
// or "Stb." in s and a digit last, before a full stop and spaces. The
// pattern's stems alone let through every English entry with an initial
// "M." or "S.", and its search, unanchored, then ran over the whole entry.
func mayTranslitImprint(s string) bool {
	if endsInSheetPages(s) {
		return true
	}
	for i := 1; i < len(s); i++ {
		if !isSpaceByte(s[i-1]) {
			continue
		}
		var n int
		switch t := s[i:]; {
		case strings.HasPrefix(t, "M."), strings.HasPrefix(t, "L."), strings.HasPrefix(t, "K."):
			n = 2
		case strings.HasPrefix(t, "Mn."):
			n = 3
		case strings.HasPrefix(t, "SPb."):
			n = 4
		default:
			continue
		}
		if j := skipSpace(s, i+n); j < len(s) && (s[j] == ',' || s[j] == ':' || s[j] == ';') {
			return true
		}
	}
	return false
}

// yearInImprint returns where `(?:,\s*|:\s+)\[?(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2}|б\.\s?г\.)\]?`
// first matches s, the year or date after the comma or colon that closes
// an imprint ("М.: Наука, 1983", ": [б. г.]"), or nil. The pattern was
// tried at every comma of every area. A match starts at a comma or colon
// and has one reading there: the spaces are taken greedily (a space
// begins no date), the bracket when there is one, and the first form of
// the date that fits (four digits before a day and month; the third form
// begins with four digits, so the first takes it).
func yearInImprint(s string) []int {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != ':' {
			continue
		}
		j := skipSpace(s, i+1)
		if s[i] == ':' && j == i+1 {
			continue
		}
		if j < len(s) && s[j] == '[' {
			j++
		}
		e := imprintDateEnd(s, j)
		if e < 0 {
			continue
		}
		if e < len(s) && s[e] == ']' {
			e++
		}
		return []int{i, e}
	}
	return nil
}

// imprintDateEnd returns the end of `\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|б\.\s?г\.`
// at s[j:], the first alternative that fits, or -1.
func imprintDateEnd(s string, j int) int {
	if digitRunAt(s, j) >= 4 {
		return j + 4
	}
	if strings.HasPrefix(s[j:], "б.") {
		k := j + len("б.")
		if k < len(s) && isSpaceByte(s[k]) {
			k++
		}
		if strings.HasPrefix(s[k:], "г.") {
			return k + len("г.")
		}
		return -1
	}
	// A day and a month of one or two digits each, then the year: a run
	// of digits has one length, so the dot after it decides.
	for range 2 {
		n := digitRunAt(s, j)
		if n < 1 || n > 2 || j+n >= len(s) || s[j+n] != '.' {
			return -1
		}
		j += n + 1
	}
	if digitRunAt(s, j) >= 4 {
		return j + 4
	}
	return -1
}

// digitRunAt returns the length of the run of ASCII digits at s[i:].
func digitRunAt(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// endsInSheetPages is the pre-check of translitImprint's second form,
// `(?:S|Stb)\.\s*\d+(?:[-–]\d+)?\.?\s*$`: "S." or "Stb." before the
// page or pages that end s. The page and the pages differ in where the
// number before the dash would have to stand, so both are tried.
func endsInSheetPages(s string) bool {
	t := strings.TrimSuffix(strings.TrimRight(s, " \t\n\f\r"), ".")
	n := trailingDigits(t)
	if n == 0 {
		return false
	}
	t = t[:len(t)-n]
	sheets := func(t string) bool {
		t = strings.TrimRight(t, " \t\n\f\r")
		return strings.HasSuffix(t, "S.") || strings.HasSuffix(t, "Stb.")
	}
	if sheets(t) {
		return true
	}
	for _, dash := range []string{"-", "–"} {
		if u, ok := strings.CutSuffix(t, dash); ok && trailingDigits(u) > 0 && sheets(u[:len(u)-trailingDigits(u)]) {
			return true
		}
	}
	return false
}

// trailingDigits returns the length of the run of ASCII digits that ends s.
func trailingDigits(s string) int {
	n := 0
	for n < len(s) && isDigit(s[len(s)-1-n]) {
		n++
	}
	return n
}

// endsInPageCount is gostLatinBook's pre-check, `\d+\s*(?:p|pp|P)\.\s*$`:
// a page count closes s.
func endsInPageCount(s string) bool {
	t, ok := strings.CutSuffix(strings.TrimRight(s, " \t\n\f\r"), ".")
	if !ok {
		return false
	}
	count := func(t string) bool { return trailingDigits(strings.TrimRight(t, " \t\n\f\r")) > 0 }
	if u, ok := strings.CutSuffix(t, "P"); ok {
		return count(u)
	}
	u, ok := strings.CutSuffix(t, "p")
	if !ok {
		return false
	}
	if v, ok := strings.CutSuffix(u, "p"); ok && count(v) {
		return true
	}
	return count(u)
}

// mayNumbersAfterComma is the pre-check of `^(.+?),\s*\d+\s*,\s*\d+\s*[-–]\s*\d+`
// (a journal's title, its volume and its pages after commas): a comma
// after the first byte, then that run of numbers.
func mayNumbersAfterComma(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		j := skipSpace(s, i+1)
		n := digitRunAt(s, j)
		if n == 0 {
			continue
		}
		if j = skipSpace(s, j+n); j >= len(s) || s[j] != ',' {
			continue
		}
		j = skipSpace(s, j+1)
		if n = digitRunAt(s, j); n == 0 {
			continue
		}
		switch j = skipSpace(s, j+n); {
		case strings.HasPrefix(s[j:], "-"):
			j++
		case strings.HasPrefix(s[j:], "–"):
			j += len("–")
		default:
			continue
		}
		if j = skipSpace(s, j); j < len(s) && isDigit(s[j]) {
			return true
		}
	}
	return false
}

// mayStoppedYear is stoppedJournal's pre-check: a full stop after the first
// byte, the year (1500–2099) after it and a full stop after the year.
func mayStoppedYear(s string) bool {
	return stopYearThen(s, 1, '.')
}

// stopYearThen reports a full stop at from or after it, then spaces, a
// year (1500–2099) and the byte after.
func stopYearThen(s string, from int, after byte) bool {
	for i := from; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		j := skipSpace(s, i+1)
		if j+5 <= len(s) && digitRunAt(s, j) == 4 && s[j+4] == after && (s[j] == '1' && s[j+1] >= '5' || s[j] == '2' && s[j+1] == '0') {
			return true
		}
	}
	return false
}

// mayTranslatorWords is translatorWords' pre-check under (?i): s opens
// with "пер", "tran" or "ауд", or holds "іл" (of "тілінен", "тілден")
// in either case of either letter.
func mayTranslatorWords(s string) bool {
	for _, w := range []string{"пер", "tran", "ауд"} {
		if foldPrefixAt(s, 0, w) >= 0 {
			return true
		}
	}
	return strings.Contains(s, "іл") || strings.Contains(s, "Іл") || strings.Contains(s, "іЛ") || strings.Contains(s, "ІЛ")
}

// mayPageCount is enPageCount's pre-check: a number, spaces and "p", "c"
// or "с" after it.
func mayPageCount(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i+1 < len(s) && isDigit(s[i+1]) {
			continue
		}
		if j := skipSpace(s, i+1); j < len(s) && (s[j] == 'p' || s[j] == 'c' || strings.HasPrefix(s[j:], "с")) {
			return true
		}
	}
	return false
}

// mayOrgAPA is orgAPA's pre-check: the first full stop of s comes before
// any bracket, and spaces and "(" follow it.
func mayOrgAPA(s string) bool {
	i := strings.IndexAny(s, ".()")
	if i < 0 || s[i] != '.' {
		return false
	}
	j := skipSpace(s, i+1)
	return j < len(s) && s[j] == '('
}

// mayParenImprint is parenImprint's pre-check: after a space and "(", a
// colon before the next bracket, which closes, four digits before it.
func mayParenImprint(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '(' || !isSpaceByte(s[i-1]) {
			continue
		}
		j := strings.IndexAny(s[i+1:], "()")
		if j < 0 {
			return false
		}
		in := s[i+1 : i+1+j]
		if s[i+1+j] == ')' && trailingDigits(in) >= 4 && strings.Contains(in, ":") {
			return true
		}
	}
	return false
}

// digitAfterParen reports "(" and a digit after it, where titleEdition's
// edition number stands.
func digitAfterParen(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		if i+1 < len(s) && isDigit(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '(')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// mayTranslitJournal is translitJournalRe's pre-check: "ubl.," or a full
// stop, spaces, a year (1500–2099) and a comma.
func mayTranslitJournal(s string) bool {
	return strings.Contains(s, "ubl.,") || stopYearThen(s, 0, ',')
}

// commaClosesHead reports that the first of ",.:;" in s is a comma: the
// pre-check of the patterns that open with `^(\p{Lu}[^,.:;]*),`, a name
// and the comma after it.
func commaClosesHead(s string) bool {
	i := strings.IndexAny(s, ",.:;")
	return i >= 0 && s[i] == ','
}
