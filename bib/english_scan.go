package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written scanners for the patterns the English-style reader runs on
// every entry. Each replaces a regular expression whose search, tried at
// every position of the entry, cost more than the rest of the reader; each
// returns what the expression returned (english_scan_test.go keeps the
// expressions and compares them on the corpus and under fuzzing). The
// \s of the expressions is [\t\n\f\r ], \d is [0-9], \w is [0-9A-Za-z_].

// enIsSpace is the \s class of regexp.
func enIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// enIsLetter is [A-Za-z].
func enIsLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// enSkipSpaces returns the index after the \s* that starts at i.
func enSkipSpaces(s string, i int) int {
	for i < len(s) && enIsSpace(s[i]) {
		i++
	}
	return i
}

// enSkipDigits returns the index after the \d* that starts at i.
func enSkipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// enDigitsAt returns the index after the \d+ at i, or -1.
func enDigitsAt(s string, i int) int {
	if e := enSkipDigits(s, i); e > i {
		return e
	}
	return -1
}

// enSpacesAt returns the index after the \s+ at i, or -1.
func enSpacesAt(s string, i int) int {
	if e := enSkipSpaces(s, i); e > i {
		return e
	}
	return -1
}

// enByteAt reports whether s has c at i.
func enByteAt(s string, i int, c byte) bool { return i >= 0 && i < len(s) && s[i] == c }

// enDashAt returns the index after the [-–—] at i, or -1.
func enDashAt(s string, i int) int {
	switch {
	case enByteAt(s, i, '-'):
		return i + 1
	case strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "—"):
		return i + len("–")
	}
	return -1
}

// enPrefixAt returns the index after lit at i, or -1.
func enPrefixAt(s string, i int, lit string) int {
	if strings.HasPrefix(s[i:], lit) {
		return i + len(lit)
	}
	return -1
}

// enLetterDigitsAt reads `[A-Za-z]?\d+` at i. With a letter the digits
// must follow it; the regexp's other choice, no letter, then fails on the
// letter.
func enLetterDigitsAt(s string, i int) int {
	if i < len(s) && enIsLetter(s[i]) {
		i++
	}
	return enDigitsAt(s, i)
}

// numberStarts lists where the numbers of a periodical may start in s, in
// order: the starts of the successive leftmost matches of each pattern
// that numberStartScanners read, as FindAllStringIndex would return them.
// One pass serves all: each pattern's search goes on from the end of its
// last match, and no pattern's match starts elsewhere than at a space, a
// digit, a comma, a parenthesis or the start of s.
func numberStarts(s string, buf []int) []int {
	var next [len(numberStartScanners)]int
	out := buf[:0]
	for i := 0; i < len(s); i++ {
		if c := s[i]; i > 0 && !enIsSpace(c) && !isDigit(c) && c != ',' && c != '(' {
			continue
		}
		for k, at := range numberStartScanners {
			if i < next[k] {
				continue
			}
			if e := at(s, i); e >= 0 {
				out = append(out, i)
				next[k] = e
			}
		}
	}
	return out
}

// numberStartScanners read the patterns of a periodical's numbers as each
// style prints them; each returns the end of the pattern's preferred match
// at i, or -1. The patterns match no empty text, and only the first tests
// the context left of i (the start of the text).
var numberStartScanners = [...]func(string, int) int{
	volumeStartAt, volIssueStartAt, volPagesStartAt, volNoStartAt, volColonStartAt,
	issueStartAt, volColonPagesStartAt, articleStartAt, volYearEndAt, pagesStartAt, yearAreaStartAt,
	volDotIssueYearAt, acmNumbersAt,
}

// acmNumbersAt reads `\s+\d+,\s*\d+\s*(?:,\s*(?:Article \d+\s*)?)?\(\s*(?:[A-Za-z]+\.?\s+)?(?:1[5-9]|20)\d\d\s*\)`,
// the numbers of the ACM Reference Format: the volume, a comma, the issue
// and the date in parentheses ("Commun. ACM 62, 4 (2019), 10–20", "ACM
// Comput. Surv. 51, 5, Article 93 (September 2018)").
func acmNumbersAt(s string, i int) int {
	_, _, _, _, end := acmScan(s, i)
	return end
}

// acmNumbers reads acmNumbersAt's volume, issue, article number and year
// at i, with the end of the date's parenthesis, a word before the year
// being a month's name; end is -1 when there are none.
func acmNumbers(s string, i int) (vol, issue, article, year string, end int) {
	vol, issue, article, year, end = acmScan(s, i)
	if end < 0 {
		return
	}
	inner := strings.TrimSpace(s[strings.LastIndexByte(s[:end], '(')+1 : end-1])
	if w := strings.Trim(inner[:len(inner)-4], " ."); w != "" && month(w) == 0 {
		return "", "", "", "", -1
	}
	return
}

// acmScan is acmNumbersAt's scan.
func acmScan(s string, i int) (vol, issue, article, year string, end int) {
	none := func() (string, string, string, string, int) { return "", "", "", "", -1 }
	j := enSpacesAt(s, i)
	if j < 0 {
		return none()
	}
	k := enDigitsAt(s, j)
	if k < 0 || !enByteAt(s, k, ',') {
		return none()
	}
	vol = s[j:k]
	j = enSkipSpaces(s, k+1)
	if k = enDigitsAt(s, j); k < 0 {
		return none()
	}
	issue = s[j:k]
	j = enSkipSpaces(s, k)
	if enByteAt(s, j, ',') {
		j = enSkipSpaces(s, j+1) // ", Article 93"
		if e := enPrefixAt(s, j, "Article "); e >= 0 {
			if d := enDigitsAt(s, e); d >= 0 {
				article, j = s[e:d], enSkipSpaces(s, d)
			}
		}
	}
	if !enByteAt(s, j, '(') {
		return none()
	}
	j = enSkipSpaces(s, j+1)
	if w := j; w < len(s) && enIsLetter(s[w]) {
		for w < len(s) && enIsLetter(s[w]) {
			w++
		}
		if enByteAt(s, w, '.') {
			w++
		}
		if e := enSpacesAt(s, w); e >= 0 {
			j = e
		} else {
			return none()
		}
	}
	if j+4 > len(s) || !enYear4(s[j:j+4]) {
		return none()
	}
	year = s[j : j+4]
	j = enSkipSpaces(s, j+4)
	if !enByteAt(s, j, ')') {
		return none()
	}
	return vol, issue, article, year, j + 1
}

// volDotIssueYearAt reads `\s+\d+\.\d+\s*\(\s*(?:1[5-9]|20)\d\d\s*\)\s*(?:[,.:]|$)`
// (biblatex's standard style and MLA 7: "Journal 5.3 (2023), pp. 770–786").
func volDotIssueYearAt(s string, i int) int {
	j := enSpacesAt(s, i)
	if j < 0 {
		return -1
	}
	if j = enDigitsAt(s, j); j < 0 || !enByteAt(s, j, '.') {
		return -1
	}
	if j = enDigitsAt(s, j+1); j < 0 {
		return -1
	}
	if j = parenYearEnd(s, enSkipSpaces(s, j)); j < 0 {
		return -1
	}
	switch {
	case j == len(s):
		return j
	case s[j] == ',' || s[j] == '.' || s[j] == ':':
		return j + 1
	}
	return -1
}

// yearAreaStartAt reads `\s+(?:1[5-9]|20)\d\d\.\s+(?:[Nn]o|N|[Ii]ss(?:ue)?|[Pp]p?)\.?\s*\d`
// (GOST R 7.0.5 in transliterated References, without "//": "Journal.
// 2010. No. 3. Pp. 5–10", "Journal. 2015. pp. 214–217").
func yearAreaStartAt(s string, i int) int {
	if !enIsSpace(s[i]) || i > 0 && enIsSpace(s[i-1]) {
		return -1 // the run of spaces starts the match
	}
	j := enSkipSpaces(s, i)
	if j+5 > len(s) || !(s[j] == '1' && s[j+1] >= '5' && s[j+1] <= '9' || s[j] == '2' && s[j+1] == '0') ||
		!isDigit(s[j+2]) || !isDigit(s[j+3]) || s[j+4] != '.' {
		return -1
	}
	k := j + 5
	if k >= len(s) || !enIsSpace(s[k]) {
		return -1
	}
	k = enSkipSpaces(s, k)
	for _, key := range [...]string{"No", "no", "N", "Issue", "issue", "Iss", "iss", "Pp", "pp", "P", "p"} {
		if !strings.HasPrefix(s[k:], key) {
			continue
		}
		e := k + len(key)
		if e < len(s) && s[e] == '.' {
			e++
		}
		if e = enSkipSpaces(s, e); e < len(s) && isDigit(s[e]) {
			return e + 1
		}
	}
	return -1
}

// volumeStartAt reads `,?(?:^|[\s,(])(?:[Vv]ol(?:ume)?\.?|т\.)\s*(?:[A-Z]{1,3}-)?\d`
// (IEEE, MLA, AGPS: ", vol. 58").
func volumeStartAt(s string, i int) int {
	if s[i] == ',' && i+1 < len(s) && isVolumeOpener(s[i+1]) {
		if e := volumeWordAt(s, i+2); e >= 0 {
			return e
		}
	}
	if i == 0 {
		if e := volumeWordAt(s, 0); e >= 0 {
			return e
		}
	}
	if isVolumeOpener(s[i]) {
		return volumeWordAt(s, i+1)
	}
	return -1
}

// isVolumeOpener is [\s,(].
func isVolumeOpener(c byte) bool { return enIsSpace(c) || c == ',' || c == '(' }

// volumeWordAt reads `(?:[Vv]ol(?:ume)?\.?|т\.)\s*(?:[A-Z]{1,3}-)?\d`.
func volumeWordAt(s string, i int) int {
	j := -1
	if i+3 <= len(s) && (s[i] == 'V' || s[i] == 'v') && s[i+1:i+3] == "ol" {
		j = i + 3
		if e := enPrefixAt(s, j, "ume"); e >= 0 {
			j = e
		}
		if enByteAt(s, j, '.') {
			j++
		}
	} else if e := enPrefixAt(s, i, "т."); e >= 0 {
		j = e
	}
	if j < 0 {
		return -1
	}
	j = enSkipSpaces(s, j)
	// (?:[A-Z]{1,3}-)?: only the whole run of capitals can precede the
	// hyphen.
	k := j
	for k < len(s) && k-j < 3 && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if k > j && enByteAt(s, k, '-') && k+1 < len(s) && isDigit(s[k+1]) {
		return k + 2
	}
	if j < len(s) && isDigit(s[j]) {
		return j + 1
	}
	if s[i] == 'V' || s[i] == 'v' {
		return enRomanVolumeAt(s, j)
	}
	return -1
}

// enRomanVolumeAt reads a volume numbered in Roman figures after "vol.", as
// British notes print journals' volumes ("Journal of Philosophy, vol.
// xciii, 1996"): a run of one case of i, v, x, l, c closed by a comma, a
// full stop or a space, and the year after it.
func enRomanVolumeAt(s string, j int) int {
	k := j
	for k < len(s) && k-j < 8 && strings.IndexByte("ivxlcIVXLC", s[k]) >= 0 {
		k++
	}
	if k == j || k < len(s) && s[k] != ',' && s[k] != '.' && s[k] != ' ' {
		return -1
	}
	if r := s[j:k]; strings.ToLower(r) != r && strings.ToUpper(r) != r {
		return -1
	}
	// The journal's date follows; a book's volume in a note does not
	// ("(Place: Publisher, 2005), vol. II, Part 1").
	y := k
	if y < len(s) && (s[y] == ',' || s[y] == '.') {
		y++
	}
	y = enSkipSpaces(s, y)
	if y < len(s) && s[y] == '(' {
		y++
	}
	if !isYearAt(s, y) {
		return -1
	}
	return k
}

// volIssueStartAt reads `,?\s*\d+[A-Za-z]?\s*\(\s*[\w/–-]+\s*\)\s*(?:[,.:]|$)`
// (APA: ", 21(3),").
func volIssueStartAt(s string, i int) int {
	if s[i] == ',' {
		if e := volIssueAt(s, i+1); e >= 0 {
			return e
		}
	}
	return volIssueAt(s, i)
}

// volIssueAt reads the pattern of volIssueStartAt after its comma.
func volIssueAt(s string, i int) int {
	j := enDigitsAt(s, enSkipSpaces(s, i))
	if j < 0 {
		return -1
	}
	if j < len(s) && enIsLetter(s[j]) {
		j++
	}
	j = enSkipSpaces(s, j)
	if !enByteAt(s, j, '(') {
		return -1
	}
	j = enSkipSpaces(s, j+1)
	k := j
	for k < len(s) {
		if isWordByte(s[k]) || s[k] == '/' || s[k] == '-' {
			k++
		} else if strings.HasPrefix(s[k:], "–") {
			k += len("–")
		} else {
			break
		}
	}
	if k == j {
		return -1
	}
	k = enSkipSpaces(s, k)
	if !enByteAt(s, k, ')') {
		return -1
	}
	k = enSkipSpaces(s, k+1)
	switch {
	case k == len(s):
		return k
	case s[k] == ',' || s[k] == '.' || s[k] == ':':
		return k + 1
	}
	return -1
}

// volPagesStartAt reads `,\s*\d+\s*,\s*(?:[A-Za-z]?\d+\s*[-–—]|e\d|[Aa]rt|pp?\.|[A-Z]\d{5,}\.?$)`
// (APA: ", 29, 149-159").
func volPagesStartAt(s string, i int) int {
	if s[i] != ',' {
		return -1
	}
	j := enDigitsAt(s, enSkipSpaces(s, i+1))
	if j < 0 {
		return -1
	}
	j = enSkipSpaces(s, j)
	if !enByteAt(s, j, ',') {
		return -1
	}
	j = enSkipSpaces(s, j+1)
	if k := enLetterDigitsAt(s, j); k >= 0 {
		if e := enDashAt(s, enSkipSpaces(s, k)); e >= 0 {
			return e
		}
	}
	switch {
	case enByteAt(s, j, 'e') && j+1 < len(s) && isDigit(s[j+1]):
		return j + 2
	case (enByteAt(s, j, 'A') || enByteAt(s, j, 'a')) && strings.HasPrefix(s[j+1:], "rt"):
		return j + 3
	case strings.HasPrefix(s[j:], "pp."):
		return j + 3
	case strings.HasPrefix(s[j:], "p."):
		return j + 2
	case j < len(s) && s[j] >= 'A' && s[j] <= 'Z' && aguArticleEnd(s, j+1):
		// AGU's journals number articles, not pages: "J. Geophys. Res.,
		// 115, A10202."
		return j + 1
	}
	return -1
}

// aguArticleEnd reports the figures of an article's number from i to the
// end of the entry or to a link after it: five digits or more.
func aguArticleEnd(s string, i int) bool {
	k := i
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-i < 5 {
		return false
	}
	rest := strings.TrimLeft(s[k:], ". ")
	return rest == "" || strings.HasPrefix(rest, "http") || strings.HasPrefix(rest, "doi")
}

// volNoStartAt reads `\s+\d+\s*,\s*(?:no\.|[A-Za-z]?\d+\s*[-–—]\s*\d)`
// (Chicago "84, no. 1"; "17, 1-24").
func volNoStartAt(s string, i int) int {
	j := enSpacedNumberAt(s, i)
	if j < 0 {
		return -1
	}
	if !enByteAt(s, j, ',') {
		return -1
	}
	j = enSkipSpaces(s, j+1)
	if e := enPrefixAt(s, j, "no."); e >= 0 {
		return e
	}
	k := enLetterDigitsAt(s, j)
	if k < 0 {
		return -1
	}
	if k = enDashAt(s, enSkipSpaces(s, k)); k < 0 {
		return -1
	}
	if k = enSkipSpaces(s, k); k < len(s) && isDigit(s[k]) {
		return k + 1
	}
	return -1
}

// volColonStartAt reads `\s+\d+(?:\.\d+)?\s*(?:\(\s*[^)]*\))?\s*:\s*\d`
// (Chicago "12 (2004): 45"; MLA 7 and notes with the volume and issue
// joined by a full stop, "85.4 (2013): 661–88").
func volColonStartAt(s string, i int) int {
	j := enSpacesAt(s, i)
	if j < 0 {
		return -1
	}
	if j = enDigitsAt(s, j); j < 0 {
		return -1
	}
	if enByteAt(s, j, '.') {
		if k := enDigitsAt(s, j+1); k >= 0 {
			j = k
		}
	}
	j = enSkipSpaces(s, j)
	if enByteAt(s, j, '(') {
		// The group ends at the first ")"; without one the colon cannot
		// stand at the "(".
		k := strings.IndexByte(s[j:], ')')
		if k < 0 {
			return -1
		}
		j = enSkipSpaces(s, j+k+1)
	}
	if !enByteAt(s, j, ':') {
		return -1
	}
	if j = enSkipSpaces(s, j+1); j < len(s) && isDigit(s[j]) {
		return j + 1
	}
	return -1
}

// issueStartAt reads `,\s*(?:[Nn]o[.\s]|[Ii]ssue|вып\.|вип\.)\s*\d` (", no. 4";
// ", no 4" as transliterated References print it).
func issueStartAt(s string, i int) int {
	if s[i] != ',' {
		return -1
	}
	j := enSkipSpaces(s, i+1)
	k := -1
	switch {
	case j+3 <= len(s) && (s[j] == 'N' || s[j] == 'n') && s[j+1] == 'o' && (s[j+2] == '.' || enIsSpace(s[j+2])):
		k = j + 3
	case j+5 <= len(s) && (s[j] == 'I' || s[j] == 'i') && s[j+1:j+5] == "ssue":
		k = j + 5
	default:
		if k = enPrefixAt(s, j, "вып."); k < 0 {
			k = enPrefixAt(s, j, "вип.")
		}
	}
	if k < 0 {
		return -1
	}
	if k = enSkipSpaces(s, k); k < len(s) && isDigit(s[k]) {
		return k + 1
	}
	return -1
}

// volColonPagesStartAt reads `\s+\d+\s*:\s*\d+` ("167:968").
func volColonPagesStartAt(s string, i int) int {
	j := enSpacedNumberAt(s, i)
	if j < 0 {
		return -1
	}
	if !enByteAt(s, j, ':') {
		return -1
	}
	return enDigitsAt(s, enSkipSpaces(s, j+1))
}

// articleStartAt reads `,\s*(?:Article(?:\s+ID)?|Art\.?\s*no\.?)\s*\w`
// ("Geofluids, Article ID 1389379").
func articleStartAt(s string, i int) int {
	if s[i] != ',' {
		return -1
	}
	j := enSkipSpaces(s, i+1)
	if k := enPrefixAt(s, j, "Article"); k >= 0 {
		if id := enSpacesAt(s, k); id >= 0 && strings.HasPrefix(s[id:], "ID") {
			if e := enWordByteAt(s, enSkipSpaces(s, id+2)); e >= 0 {
				return e
			}
		}
		return enWordByteAt(s, enSkipSpaces(s, k))
	}
	k := enPrefixAt(s, j, "Art")
	if k < 0 {
		return -1
	}
	if enByteAt(s, k, '.') {
		k++
	}
	if k = enPrefixAt(s, enSkipSpaces(s, k), "no"); k < 0 {
		return -1
	}
	if enByteAt(s, k, '.') {
		k++
	}
	return enWordByteAt(s, enSkipSpaces(s, k))
}

// enWordByteAt returns the index after the \w at i, or -1.
func enWordByteAt(s string, i int) int {
	if i < len(s) && isWordByte(s[i]) {
		return i + 1
	}
	return -1
}

// volYearEndAt reads `\s+\d+\s*\(\s*(?:1[5-9]|20)\d\d\s*\)\s*\.?$` ("J.
// Phys. Chem. 69 (1965)").
func volYearEndAt(s string, i int) int {
	j := enSpacedNumberAt(s, i)
	if j < 0 {
		return -1
	}
	if j = parenYearEnd(s, j); j < 0 {
		return -1
	}
	if enByteAt(s, j, '.') {
		j++
	}
	if j == len(s) {
		return j
	}
	return -1
}

// parenYearEnd reads `\(\s*(?:1[5-9]|20)\d\d\s*\)\s*` at j and returns its
// end, or -1.
func parenYearEnd(s string, j int) int {
	if !enByteAt(s, j, '(') {
		return -1
	}
	j = enSkipSpaces(s, j+1)
	if j+4 > len(s) || !enYear4(s[j:j+4]) {
		return -1
	}
	j = enSkipSpaces(s, j+4)
	if !enByteAt(s, j, ')') {
		return -1
	}
	return enSkipSpaces(s, j+1)
}

// enYear4 reports whether the four bytes of y are (?:1[5-9]|20)\d\d.
func enYear4(y string) bool {
	return (y[0] == '1' && y[1] >= '5' && y[1] <= '9' || y[0] == '2' && y[1] == '0') && isDigit(y[2]) && isDigit(y[3])
}

// pagesStartAt reads `,\s*pp?\.\s*[A-Z]?\d` (newspapers: ", p. D6").
func pagesStartAt(s string, i int) int {
	if s[i] != ',' {
		return -1
	}
	j := enSkipSpaces(s, i+1)
	switch {
	case strings.HasPrefix(s[j:], "pp."):
		j += 3
	case strings.HasPrefix(s[j:], "p."):
		j += 2
	default:
		return -1
	}
	j = enSkipSpaces(s, j)
	if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' && j+1 < len(s) && isDigit(s[j+1]) {
		return j + 2
	}
	if j < len(s) && isDigit(s[j]) {
		return j + 1
	}
	return -1
}

// noteDivisionWords name the division of a book a note cites instead of a
// page, in noteImprintTail.
var noteDivisionWords = []string{"Chapters", "Chapter", "Ch.", "ch.", "Section", "Sec.", "sec."}

// noteImprintIndex finds the "(Place: Publisher, Year), page" that ends a
// Chicago note (14.20): the submatch indices of
// `\s*\(([^()]*?[,:][^()]*?(?:1[5-9]|20)\d\d[a-z]?)\)\s*,?\s*((?:(?:pp?\.\s*|(?:Chapters?|Ch\.|ch\.|Section|Sec\.|sec\.)\s+)?\d.*?)?)[.\s]*$`
// and whether it matched. The parenthesis holds no other parenthesis, ends
// in a year and has a comma or colon before the year; after it come at
// most a comma, the page cited and full stops.
func noteImprintIndex(s string) ([6]int, bool) {
	for j := strings.IndexByte(s, '('); j >= 0; {
		k := strings.IndexAny(s[j+1:], "()")
		if k < 0 {
			break
		}
		k += j + 1
		if s[k] == ')' && noteImprintInner(s[j+1:k]) {
			if g0, g1, ok := noteImprintTail(s, k+1); ok {
				start := j
				for start > 0 && enIsSpace(s[start-1]) {
					start--
				}
				return [6]int{start, len(s), j + 1, k, g0, g1}, true
			}
		}
		if s[k] == '(' {
			j = k
			continue
		}
		next := strings.IndexByte(s[k+1:], '(')
		if next < 0 {
			break
		}
		j = k + 1 + next
	}
	return [6]int{}, false
}

// noteImprintInner reports whether the text in parentheses ends in a year,
// with a letter after it allowed, and has a comma or colon before the year.
func noteImprintInner(c string) bool {
	end := len(c)
	if end > 0 && c[end-1] >= 'a' && c[end-1] <= 'z' {
		end--
	}
	return end >= 4 && enYear4(c[end-4:end]) && strings.ContainsAny(c[:end-4], ",:")
}

// noteImprintTail reads
// `\s*,?\s*((?:(?:pp?\.\s*|(?:Chapters?|Ch\.|ch\.|Section|Sec\.|sec\.)\s+)?\d.*?)?)[.\s]*$`
// from i and returns the bounds of the page, chapter or section cited.
func noteImprintTail(s string, i int) (int, int, bool) {
	i = enSkipSpaces(s, i)
	if enByteAt(s, i, ',') {
		i = enSkipSpaces(s, i+1)
	}
	d := i
	if e := enPrefixAt(s, d, "pp."); e >= 0 {
		d = enSkipSpaces(s, e)
	} else if e := enPrefixAt(s, d, "p."); e >= 0 {
		d = enSkipSpaces(s, e)
	} else {
		for _, w := range noteDivisionWords {
			if e := enPrefixAt(s, d, w); e >= 0 && e < len(s) && enIsSpace(s[e]) {
				d = enSkipSpaces(s, e) // "(Publisher, 2021), Chapter 4"
				break
			}
		}
	}
	// The trailing run of full stops and spaces.
	t := len(s)
	for t > 0 && (s[t-1] == '.' || enIsSpace(s[t-1])) {
		t--
	}
	if d < len(s) && isDigit(s[d]) {
		// The page runs lazily up to the trailing run, within one line.
		g := max(d+1, t)
		if strings.IndexByte(s[d+1:g], '\n') >= 0 {
			return 0, 0, false
		}
		return i, g, true
	}
	if d == i && t <= i {
		return i, i, true
	}
	return 0, 0, false
}

// enYearIn returns the first year printed on its own in s, as
// `(?:^|[^\d])((?:1[5-9]|20)\d\d)(?:[^\d]|$)` finds it: four digits from
// 1500 to 2099 with no digit next to them.
func enYearIn(s string) (string, bool) {
	for i := 0; i+4 <= len(s); i++ {
		if enYear4(s[i:i+4]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return s[i : i+4], true
		}
	}
	return "", false
}

// hasYear reports whether s prints a year on its own.
func hasYear(s string) bool {
	_, ok := enYearIn(s)
	return ok
}

// monthYearIndex finds a date with a month, as the submatch indices of
// the pattern
//
//	(?i)(\p{L}{3,})\.?(?:\s*[-–/]\s*\p{L}{3,}\.?)?\s+(\d{1,2},?\s+)?((?:1[5-9]|20)\d\d)\b|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,})\.?\s+((?:1[5-9]|20)\d\d)\b
//
// that is "Aug. 2007", "Jul–Aug 2007", "October 14, 2017" (groups 1-3)
// and "17 Aug. 2022" (groups 4-6); unset groups are -1. Whether the word
// names a month is for the caller to ask.
func monthYearIndex(s string) ([14]int, bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if enFoldLetter(r) {
			// A match that starts in a run of letters takes the whole run,
			// wherever in the run it starts.
			end := enLettersEnd(s, i)
			if m, ok := monthFirstAt(s, i, end); ok {
				return m, true
			}
			i = end
			continue
		}
		if m, ok := dayFirstAt(s, i); ok {
			return m, true
		}
		i += n
	}
	return [14]int{}, false
}

// monthYearGroups returns the groups of monthYearIndex's match as
// FindStringSubmatch would: the match, then the six groups, "" where
// unset.
func monthYearGroups(s string) ([7]string, bool) {
	m, ok := monthYearIndex(s)
	if !ok {
		return [7]string{}, false
	}
	var g [7]string
	for k := range g {
		if m[2*k] >= 0 {
			g[k] = s[m[2*k]:m[2*k+1]]
		}
	}
	return g, true
}

// hasMonthYear reports whether s holds a date with a month.
func hasMonthYear(s string) bool {
	_, ok := monthYearIndex(s)
	return ok
}

// monthFirstAt reads the first branch, "Month[.][–Month[.]] [day[,]] year",
// at i, where a run of letters ends at end.
func monthFirstAt(s string, i, end int) ([14]int, bool) {
	if utf8.RuneCountInString(s[i:end]) < 3 {
		return [14]int{}, false
	}
	j := end
	if enByteAt(s, j, '.') {
		j++
	}
	// The range "–Month[.]" is taken if the rest then follows, else left.
	if k := enMonthRangeEnd(s, j); k >= 0 {
		if m, ok := dayYearAt(s, k); ok {
			return [14]int{i, m[1], i, end, m[2], m[3], m[4], m[5], -1, -1, -1, -1, -1, -1}, true
		}
	}
	if m, ok := dayYearAt(s, j); ok {
		return [14]int{i, m[1], i, end, m[2], m[3], m[4], m[5], -1, -1, -1, -1, -1, -1}, true
	}
	return [14]int{}, false
}

// enMonthRangeEnd reads `\s*[-–/]\s*\p{L}{3,}\.?` at j, or returns -1.
func enMonthRangeEnd(s string, j int) int {
	k := enSkipSpaces(s, j)
	switch {
	case enByteAt(s, k, '-'), enByteAt(s, k, '/'):
		k++
	case strings.HasPrefix(s[k:], "–"):
		k += len("–")
	default:
		return -1
	}
	k = enSkipSpaces(s, k)
	e := enLettersEnd(s, k)
	if utf8.RuneCountInString(s[k:e]) < 3 {
		return -1
	}
	if enByteAt(s, e, '.') {
		e++
	}
	return e
}

// dayYearAt reads `\s+(\d{1,2},?\s+)?((?:1[5-9]|20)\d\d)\b` at j and
// returns the match's start and end, then the bounds of the day and of
// the year (the day's -1 when there is none).
func dayYearAt(s string, j int) ([6]int, bool) {
	k := enSpacesAt(s, j)
	if k < 0 {
		return [6]int{}, false
	}
	// With a day: one or two digits, a comma, spaces; the greedy two
	// digits are the only choice that can be followed by a space.
	d := k
	for d < len(s) && d-k < 2 && isDigit(s[d]) {
		d++
	}
	if d > k {
		e := d
		if enByteAt(s, e, ',') {
			e++
		}
		if y := enSpacesAt(s, e); y >= 0 && enYearWordAt(s, y) {
			return [6]int{j, y + 4, k, y, y, y + 4}, true
		}
	}
	if enYearWordAt(s, k) {
		return [6]int{j, k + 4, -1, -1, k, k + 4}, true
	}
	return [6]int{}, false
}

// enYearWordAt reports `(?:1[5-9]|20)\d\d\b` at i.
func enYearWordAt(s string, i int) bool {
	return i+4 <= len(s) && enYear4(s[i:i+4]) && (i+4 == len(s) || !isWordByte(s[i+4]))
}

// dayFirstAt reads the second branch, "day Month[.] year", at i.
func dayFirstAt(s string, i int) ([14]int, bool) {
	d := i
	for d < len(s) && d-i < 2 && isDigit(s[d]) {
		d++
	}
	if d == i {
		return [14]int{}, false
	}
	e := d
	if d+2 <= len(s) {
		switch strings.ToLower(s[d : d+2]) {
		case "st", "nd", "rd", "th":
			e = d + 2 // "16th July 2019"
		}
	}
	w := enSpacesAt(s, e)
	if w < 0 {
		return [14]int{}, false
	}
	we := enLettersEnd(s, w)
	if utf8.RuneCountInString(s[w:we]) < 3 {
		return [14]int{}, false
	}
	k := we
	if enByteAt(s, k, '.') {
		k++
	}
	y := enSpacesAt(s, k)
	if y < 0 || !enYearWordAt(s, y) {
		return [14]int{}, false
	}
	return [14]int{i, y + 4, -1, -1, -1, -1, -1, -1, i, d, w, we, y, y + 4}, true
}

// enLettersEnd returns the end of the run of letters that starts at i.
func enLettersEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !enFoldLetter(r) {
			break
		}
		i += n
	}
	return i
}

// enFoldLetter is the class (?i)\p{L}: a letter, or U+0345 COMBINING GREEK
// YPOGEGRAMMENI, which case-folds with the letter iota.
func enFoldLetter(r rune) bool {
	return r < utf8.RuneSelf && enIsLetter(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || r == '\u0345')
}

// enSep returns the separator between two names at the start of s, or
// "": ", ", ",, ", ", and ", ", … ", " and ", " & ", "; ", ". . ." (the
// match of `^(?:\s*,{1,2}\s*(?:(?:and|&|и|і)\s+|(?:\.\s?\.\s?\.|…)\s*)?|\s*(?:and|&|и|і)\s+|\s*&\s*|\s*;\s*|\s*(?:\.\s?){2,3}\s*|\s*…\s*)`).
func enSep(s string) string {
	w := enSkipSpaces(s, 0)
	if enByteAt(s, w, ',') {
		j := w + 1
		if enByteAt(s, j, ',') {
			j++
		}
		j = enSkipSpaces(s, j)
		if e := andWordEnd(s, j); e >= 0 {
			return s[:e]
		}
		if e := enEllipsisAt(s, j); e >= 0 {
			return s[:enSkipSpaces(s, e)]
		}
		return s[:j]
	}
	if e := andWordEnd(s, w); e >= 0 {
		return s[:e]
	}
	if enByteAt(s, w, '&') || enByteAt(s, w, ';') {
		return s[:enSkipSpaces(s, w+1)]
	}
	dots, j := 0, w
	for dots < 3 && enByteAt(s, j, '.') {
		j++
		if j < len(s) && enIsSpace(s[j]) {
			j++
		}
		dots++
	}
	if dots >= 2 {
		return s[:enSkipSpaces(s, j)]
	}
	if e := enPrefixAt(s, w, "…"); e >= 0 {
		return s[:enSkipSpaces(s, e)]
	}
	return ""
}

// andWordEnd reads `(?:and|&|и|і)\s+` at i and returns its end, or -1.
func andWordEnd(s string, i int) int {
	for _, w := range [...]string{"and", "&", "и", "і"} {
		if e := enPrefixAt(s, i, w); e >= 0 {
			return enSpacesAt(s, e)
		}
	}
	return -1
}

// enEllipsisAt reads `\.\s?\.\s?\.|…` at i and returns its end, or -1.
func enEllipsisAt(s string, i int) int {
	if e := enPrefixAt(s, i, "…"); e >= 0 {
		return e
	}
	j := i
	for k := 0; k < 3; k++ {
		if !enByteAt(s, j, '.') {
			return -1
		}
		j++
		if k < 2 && j < len(s) && enIsSpace(s[j]) {
			j++
		}
	}
	return j
}

// enEtAlAt returns the "et al." that ends an author list at the start of s, or
// "": the match of `^,?\s*(?:et\s+al\.?|and\s+others|и\s+др\.?)`.
func enEtAlAt(s string) string {
	j := 0
	if enByteAt(s, 0, ',') {
		j = 1
	}
	j = enSkipSpaces(s, j)
	for _, w := range [...][2]string{{"et", "al"}, {"and", "others"}, {"и", "др"}} {
		k := enPrefixAt(s, j, w[0])
		if k < 0 {
			continue
		}
		if k = enSpacesAt(s, k); k < 0 {
			return ""
		}
		if k = enPrefixAt(s, k, w[1]); k < 0 {
			return ""
		}
		if w[1] != "others" && enByteAt(s, k, '.') {
			k++
		}
		return s[:k]
	}
	return ""
}

// enEdMarkAt returns the mark of editors after their names at the start
// of s, or "": "(Eds.)", "(ed)", ", editors", ", eds.", " eds" (the match
// of `^\s*(?:\((?:eds?|Eds?)\.?\)|,\s*(?:editors?|[Ee]ds?\.)|\s(?:eds?|Eds?)\.?(?:\s|$|,))`).
func enEdMarkAt(s string) string {
	w := enSkipSpaces(s, 0)
	switch {
	case enByteAt(s, w, '('):
		if j := edWordEnd(s, w+1); j >= 0 {
			if enByteAt(s, j, '.') {
				j++
			}
			if enByteAt(s, j, ')') {
				return s[:j+1]
			}
		}
	case enByteAt(s, w, ','):
		j := enSkipSpaces(s, w+1)
		if e := enPrefixAt(s, j, "editor"); e >= 0 {
			if enByteAt(s, e, 's') {
				e++
			}
			return s[:e]
		}
		if enByteAt(s, j, 'E') || enByteAt(s, j, 'e') {
			if e := edWordEnd(s, j); e >= 0 && enByteAt(s, e, '.') {
				return s[:e+1]
			}
		}
	case w > 0:
		// The space before "eds" is the last one the leading \s* gives up.
		if j := edWordEnd(s, w); j >= 0 {
			if enByteAt(s, j, '.') {
				j++
			}
			switch {
			case j == len(s):
				return s[:j]
			case enIsSpace(s[j]) || s[j] == ',':
				return s[:j+1]
			}
		}
	}
	return ""
}

// edWordEnd reads `eds?|Eds?` at i and returns its end, or -1.
func edWordEnd(s string, i int) int {
	if !enByteAt(s, i, 'e') && !enByteAt(s, i, 'E') || !enByteAt(s, i+1, 'd') {
		return -1
	}
	if enByteAt(s, i+2, 's') {
		return i + 3
	}
	return i + 2
}

// enNamePattern is a pattern of names with an exact pre-check: may
// reports false only for texts the pattern cannot match, and is asked
// first, since most entries open with a name of another form and a failed
// search costs more than the check.
type enNamePattern struct {
	re  *regex
	may func(string) bool
}

// FindStringSubmatch is the pattern's FindStringSubmatch.
func (p enNamePattern) FindStringSubmatch(s string) []string {
	if !p.may(s) {
		return nil
	}
	return p.re.FindStringSubmatch(s)
}

// FindString is the pattern's FindString.
func (p enNamePattern) FindString(s string) string {
	if !p.may(s) {
		return ""
	}
	return p.re.FindString(s)
}

// enFirstRunes returns the first n runes of s, utf8.RuneError past its end.
func enFirstRunes(s string, n int) [4]rune {
	var rs [4]rune
	for k := range n {
		r, size := utf8.DecodeRuneInString(s)
		if size == 0 {
			r = utf8.RuneError
		}
		rs[k], s = r, s[size:]
	}
	return rs
}

// enIsSpaceRune is the \s class of regexp.
func enIsSpaceRune(r rune) bool { return r < utf8.RuneSelf && enIsSpace(byte(r)) }

// mayFamilyInitials is enFamilyInitials' check: a family name opens s,
// with a particle ("van ", "de ", "al-", "d’") or without; its second
// rune is a letter, an apostrophe or a hyphen.
func mayFamilyInitials(s string) bool {
	r := enFirstRunes(s, 2)
	first := unicode.IsUpper(r[0]) || strings.ContainsRune("vdltbiae", r[0])
	return first && (unicode.IsLower(r[1]) || unicode.IsUpper(r[1]) || r[1] == '\'' || r[1] == '’' || r[1] == '-')
}

// mayInitialsFamily is enInitialsFamily's check: s opens with an initial
// and its full stop ("A.", "Yu.") or with one to three capitals and a
// space ("J ", "DH ").
func mayInitialsFamily(s string) bool {
	r := enFirstRunes(s, 4)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	return r[1] == '.' || unicode.IsLower(r[1]) && r[2] == '.' || enIsSpaceRune(r[1]) ||
		unicode.IsUpper(r[1]) && (enIsSpaceRune(r[2]) || unicode.IsUpper(r[2]) && enIsSpaceRune(r[3]))
}

// mayGivenFamily is enGivenFamily's check: a capitalised given name
// opens s.
func mayGivenFamily(s string) bool {
	r := enFirstRunes(s, 2)
	return unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}

// mayFamilyGiven is enFamilyGiven's check: the family name, of letters,
// spaces, hyphens and apostrophes, ends at the first comma, and a
// capitalised given name follows after a space.
func mayFamilyGiven(s string) bool {
	c := strings.IndexByte(s, ',')
	if c <= 0 {
		return false
	}
	for _, r := range s[:c] {
		if !unicode.IsLetter(r) && !enIsSpaceRune(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	j := enSpacesAt(s, c+1)
	return j >= 0 && mayGivenFamily(s[j:])
}

// containsLower reports whether strings.ToLower(s) contains one of words,
// each in lower case, without building the lowered copy: s is compared
// rune by rune under unicode.ToLower, which strings.ToLower maps each rune
// by.
func containsLower(s string, words ...string) bool {
	for _, w := range words {
		if containsLowerWord(s, w) {
			return true
		}
	}
	return false
}

// containsLowerWord reports whether strings.ToLower(s) contains w. ASCII
// lowers to ASCII, and besides the ASCII capitals only U+0130 lowers to i
// and U+212A to k: a word that opens with another ASCII byte is looked for
// where s holds that byte or its capital, one that opens with a rune
// outside ASCII where s holds such a rune.
func containsLowerWord(s, w string) bool {
	c := w[0]
	if c >= utf8.RuneSelf || c == 'i' || c == 'k' {
		for i := 0; i < len(s); i++ {
			if (s[i] >= utf8.RuneSelf || s[i]|0x20 == c) && hasPrefixLower(s[i:], w) {
				return true
			}
		}
		return false
	}
	up := c
	if 'a' <= c && c <= 'z' {
		up = c - ('a' - 'A')
	}
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if k := strings.IndexByte(s[i:], up); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		if j < 0 {
			return false
		}
		i += j
		if hasPrefixLower(s[i:], w) {
			return true
		}
	}
	return false
}

// hasPrefixLower reports whether strings.ToLower(s) starts with w.
func hasPrefixLower(s, w string) bool {
	for _, c := range w {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if r != c {
			return false
		}
		s = s[n:]
	}
	return true
}

// strongNumbers reports numbers only a periodical prints at the start of
// s, "8(3)", "vol. 12", Chicago's "3, no. 1" and "no. 1": the match of
// `^[,\s]*(?:\d+\s*\(|\d+,\s*[Nn]o\.\s*\d|[Nn]o\.\s*\d|[Vv]ol)`.
func strongNumbers(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ',' || enIsSpace(s[i])) {
		i++
	}
	if j := enDigitsAt(s, i); j >= 0 {
		return enByteAt(s, enSkipSpaces(s, j), '(') || enByteAt(s, j, ',') && numberMarkAt(s, enSkipSpaces(s, j+1))
	}
	return numberMarkAt(s, i) || i+3 <= len(s) && (s[i] == 'V' || s[i] == 'v') && s[i+1:i+3] == "ol"
}

// numberMarkAt reports `[Nn]o\.\s*\d` at i.
func numberMarkAt(s string, i int) bool {
	return i+3 <= len(s) && (s[i] == 'N' || s[i] == 'n') && s[i+1:i+3] == "o." && enDigitsAt(s, enSkipSpaces(s, i+3)) >= 0
}

// enSpacedNumberAt reads `\s+\d+\s*` at i, the number of a volume after
// its periodical's name, and returns the index after it, or -1.
func enSpacedNumberAt(s string, i int) int {
	j := enSpacesAt(s, i)
	if j < 0 {
		return -1
	}
	if j = enDigitsAt(s, j); j < 0 {
		return -1
	}
	return enSkipSpaces(s, j)
}

// vancouverBlock is the journal's date and numbers of a Vancouver entry:
// where the year starts, where the pages end, and the fields between.
type vancouverBlock struct {
	start, end                 int
	year, volume, issue, pages string
}

// swappedVancouverAt finds the journal block that reading lists of
// evidence-based medicine print with the colon and semicolon of Citing
// Medicine swapped, "Journal Year: Vol(Issue); Pages" ("2002: 359(9307);
// 696-700", "2004: 2; 33"), and reports whether there is one.
func swappedVancouverAt(s string) (vancouverBlock, bool) {
	for i := strings.Index(s, ": "); i >= 0; {
		if b, ok := swappedVancouverFrom(s, i); ok {
			return b, true
		}
		j := strings.Index(s[i+2:], ": ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return vancouverBlock{}, false
}

// swappedVancouverFrom reads the block whose year ends at the colon at i.
// A parenthesis left after the volume by a lost issue ("2002: 136);
// A11-A12") is passed over.
func swappedVancouverFrom(s string, i int) (vancouverBlock, bool) {
	if i < 5 || !enIsSpace(s[i-5]) || !enYear4(s[i-4:i]) {
		return vancouverBlock{}, false
	}
	j := enSkipSpaces(s, i+1)
	v := enDigitsAt(s, j)
	if v < 0 {
		return vancouverBlock{}, false
	}
	b := vancouverBlock{start: i - 4, year: s[i-4 : i], volume: s[j:v]}
	j = v
	switch {
	case enByteAt(s, j, '('):
		k := strings.IndexByte(s[j:], ')')
		if k < 2 || k > 12 {
			return vancouverBlock{}, false
		}
		b.issue, j = s[j+1:j+k], j+k+1
	case enByteAt(s, j, ')'):
		j++
	}
	if !enByteAt(s, j, ';') {
		return vancouverBlock{}, false
	}
	j = enSkipSpaces(s, j+1)
	p := enLetterDigitsAt(s, j)
	if p < 0 {
		return vancouverBlock{}, false
	}
	if d := enDashAt(s, p); d >= 0 {
		if q := enLetterDigitsAt(s, d); q >= 0 {
			p = q
		}
	}
	b.pages, b.end = s[j:p], p
	return b, true
}

// withoutNoteComment returns a note without the comment that runs on after
// its citation: "Name, Title (Reading, MA: Publisher, 1988) for a
// description of …", "Name, Title (Place: Publisher, 2004), 45, where the
// author argues …". The citation ends at the imprint in parentheses, or
// at the page after it, and the comment opens with a small letter.
func withoutNoteComment(s string) string {
	for j := strings.IndexByte(s, '('); j >= 0; {
		k := strings.IndexByte(s[j+1:], ')')
		if k < 0 {
			return s
		}
		k += j + 1
		if noteImprintInner(s[j+1 : k]) {
			end := k + 1
			if e := enSkipSpaces(s, end); enByteAt(s, e, ',') {
				if d := enSkipSpaces(s, e+1); d < len(s) && isDigit(s[d]) {
					end = d
					for end < len(s) && (isDigit(s[end]) || s[end] == '-' || strings.HasPrefix(s[end:], "–")) {
						if s[end] == '-' || isDigit(s[end]) {
							end++
						} else {
							end += len("–")
						}
					}
				}
			}
			c := end
			if enByteAt(s, c, ',') {
				c++
			}
			if c < len(s) && s[c] == ' ' && commentWordAt(s, c+1) {
				return s[:end] + "."
			}
			return s
		}
		n := strings.IndexByte(s[k+1:], '(')
		if n < 0 {
			return s
		}
		j = k + 1 + n
	}
	return s
}

// commentWordAt reports a word of prose at i, small letters and a space
// after them ("for", "where"), not an abbreviation a citation goes on
// with ("pp. 19–25", "ch. 4").
func commentWordAt(s string, i int) bool {
	j := lowerRunEnd(s, i)
	return j-i >= 2 && j < len(s) && s[j] == ' '
}
