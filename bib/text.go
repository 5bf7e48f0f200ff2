package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldKey folds a string for comparison: NFC, lower case, ё→е, no-break
// spaces to spaces, runs of spaces collapsed. It keeps й and every other
// letter (stripping combining marks would turn й into и).
func foldKey(s string) string {
	if hasCombining(s) {
		// Text is NFC from the input edge on; a decomposed letter ("е" and
		// a combining diaeresis) still folds as its composed form.
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = lowerRune(r) // unicode.ToLower, without its table search for Cyrillic and punctuation
		if r == 'ё' {
			r = 'е'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasCombining reports whether s holds a combining diacritical mark
// (U+0300–U+036F, UTF-8 lead byte 0xCC or 0xCD): a byte scan, far cheaper
// than asking the normaliser.
func hasCombining(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xCC || s[i] == 0xCD {
			return true
		}
	}
	return false
}

// FoldKey is foldKey for other packages: the store keeps folded titles
// and names in their own columns because SQLite folds ASCII only.
func FoldKey(s string) string { return foldKey(s) }

// Hand-written scanners for the separators the parser looks for most. They
// find what the regular expressions in their comments find, without the
// cost of backtracking over every position of every entry.

// isSpaceByte is the \s class of Go regular expressions: [\t\n\f\r ].
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpace returns the index of the first byte at or after i that is not \s.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// dashLen is the length of an en or em dash at s[i:], or 0.
func dashLen(s string, i int) int {
	if strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") {
		return len("–")
	}
	return 0
}

// areaDashAt returns the end of the area separator that starts at s[i]
// (`\.?\s+[–—]\s+|\.\s*[–—]\s*|\s+-\s+`, tried in that order), or -1.
func areaDashAt(s string, i int) int {
	if s[i] == '.' {
		if k := skipSpace(s, i+1); k > i+1 {
			if n := dashLen(s, k); n > 0 {
				if e := skipSpace(s, k+n); e > k+n {
					return e
				}
			}
		}
	}
	if k := skipSpace(s, i); k > i {
		if n := dashLen(s, k); n > 0 {
			if e := skipSpace(s, k+n); e > k+n {
				return e
			}
		}
	}
	if s[i] == '.' {
		k := skipSpace(s, i+1)
		if n := dashLen(s, k); n > 0 {
			return skipSpace(s, k+n)
		}
	}
	if k := skipSpace(s, i); k > i && k < len(s) && s[k] == '-' {
		if e := skipSpace(s, k+1); e > k+1 {
			return e
		}
	}
	if s[i] == '.' {
		// ".-М., 2001.-400 с.": a hyphen typed for the dash, spaces lost;
		// not the hyphen of "С.-Петербург", "С.-Пб." after a lone capital.
		if k := skipSpace(s, i+1); k < len(s) && s[k] == '-' && (k > i+1 || !initialBefore(s, i)) {
			e := skipSpace(s, k+1)
			spaced := k > i+1 && e > k+1 // " - " is read from the space
			if r, _ := utf8.DecodeRuneInString(s[e:]); !spaced && e < len(s) && (unicode.IsUpper(r) || isDigit(s[e])) {
				return e
			}
		}
	}
	return -1
}

// indexWhere is the first index of sub in s at which ok holds, or -1.
func indexWhere(s, sub string, ok func(i int) bool) int {
	for from := 0; from <= len(s); {
		j := strings.Index(s[from:], sub)
		if j < 0 {
			return -1
		}
		if ok(from + j) {
			return from + j
		}
		from += j + 1
	}
	return -1
}

// initialBefore reports a lone capital letter right before s[i], a word
// of its own ("С" of "С.-Петербург").
func initialBefore(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsUpper(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i-n])
	return i-n == 0 || !unicode.IsLetter(p)
}

// areaDashes returns the spans of GOST's area separators in s: ". – ",
// and the looser " – ", " — ", " - " (GOST 7.1-2003, 4.1.2).
func areaDashes(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] == 0xC2 {
			if e := guillemetsEnd(s, i); e > 0 {
				i = e - 1 // "«Навчальна книга – Богдан»": a dash inside a quoted name parts no areas
				continue
			}
		}
		if s[i] != '.' && !isSpaceByte(s[i]) {
			continue
		}
		if e := areaDashAt(s, i); e >= 0 {
			out = append(out, [2]int{i, e})
			i = e - 1
		}
	}
	return out
}

// firstAreaDash is the span of the first area separator in s, or ok false.
func firstAreaDash(s string) (span [2]int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xC2 { // the first byte of "«"
			if e := guillemetsEnd(s, i); e > 0 {
				i = e - 1
				continue
			}
		}
		if s[i] != '.' && !isSpaceByte(s[i]) {
			continue
		}
		if e := areaDashAt(s, i); e >= 0 {
			return [2]int{i, e}, true
		}
	}
	return span, false
}

// slashIndex finds the slash before a statement of responsibility
// (`\s/\s|/\s|\s/$`, GOST 7.1-2003, 4.1.2): the start of the match, or -1.
func slashIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '/' {
			continue
		}
		spaceBefore := i > 0 && isSpaceByte(s[i-1])
		switch {
		case i+1 < len(s) && isSpaceByte(s[i+1]) && spaceBefore:
			return i - 1
		case i+1 < len(s) && isSpaceByte(s[i+1]):
			return i
		case i+1 == len(s) && spaceBefore:
			return i - 1
		case spaceBefore && i+1 < len(s) && s[i+1] != '/' && (i+2 > len(s) || i < 2 || s[i-2] != '/'):
			// "perspectives /ed. by …": the space after the slash lost.
			return i - 1
		case i > 0 && s[i-1] != '/' && initialAt(s, i+1):
			// "монографія/І. А. Воробйова": no spaces, a name's initial after.
			return i
		case i > 0 && s[i-1] != '/' && i+1 < len(s) && s[i+1] != '/' && editorWords.MatchString(s[i+1:]):
			// "Курс економічної теорії/за ред. Чепуріна М.Н.": an editor's
			// word after a slash typed without spaces.
			return i
		}
	}
	return -1
}

// initialAt reports an initial at s[i:]: a capital and a full stop.
func initialAt(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) && dotAt(s, i+n)
}

// punctSpaces returns the spans of one of the bytes in punct (ASCII) followed by
// at least one space (`,\s+`, `[.?!]\s+`).
func punctSpaces(s, punct string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		// punct is ASCII, for which IndexAny compares bytes; it skips the
		// bytes between (a single one by a vector search) faster than a
		// look into punct at each.
		k := strings.IndexAny(s[i:], punct)
		if k < 0 {
			break
		}
		i += k
		if e := skipSpace(s, i+1); e > i+1 {
			out = append(out, [2]int{i, e})
			i = e - 1
		}
	}
	return out
}

// collapseSeps replaces a run of separators left by removed fields by one
// (`\.(?:\s+\.)+|,(?:\s*,)+|,\s*\.`): a run with a full stop becomes ".",
// a run of commas ",".
func collapseSeps(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != ',' {
			continue
		}
		end, rep := sepRun(s, i)
		if end < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = end
		i = end - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// sepRun is the end of the separator run at s[i] and its replacement, or -1.
func sepRun(s string, i int) (int, string) {
	end := -1
	if s[i] == '.' {
		for j := i + 1; ; {
			k := skipSpace(s, j)
			if k == j || k >= len(s) || s[k] != '.' {
				return end, "."
			}
			j, end = k+1, k+1
		}
	}
	for j := i + 1; ; {
		k := skipSpace(s, j)
		if k >= len(s) || s[k] != ',' {
			break
		}
		j, end = k+1, k+1
	}
	if end >= 0 {
		return end, ","
	}
	if k := skipSpace(s, i+1); k < len(s) && s[k] == '.' {
		return k + 1, "."
	}
	return -1, ""
}

// countFields counts the runs of non-\s bytes (`\S+`).
func countFields(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) && (i == 0 || isSpaceByte(s[i-1])) {
			n++
		}
	}
	return n
}

// containsWord reports w in low followed by no ASCII word character (`w\b`).
func containsWord(low, w string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], w)
		if j < 0 {
			return false
		}
		e := i + j + len(w)
		if e == len(low) || !isWordByte(low[e]) {
			return true
		}
		i = i + j + 1
	}
}

// isWordByte is the \w class: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// gated is a regular expression run only when the text contains one of the
// stems every match contains (lower-cased when fold is set, for (?i)
// expressions): most entries contain none, and a failed search over a
// whole entry is the parser's most expensive step.
type gated struct {
	re    *regex
	fold  bool
	stems []string
	words wordList          // the stems, as searched
	check func(string) bool // an exact pre-check asked after the stems, or nil
}

// gate compiles expr with its stems; fold when expr is case-insensitive.
func gate(expr string, fold bool, stems ...string) gated {
	return gated{re: lazyRegexp(expr), fold: fold, stems: stems, words: newWordList(stems...)}
}

// checkedBy returns g with the pre-check check, which reports false only
// for texts the pattern cannot match: the stems of some patterns are in
// most entries.
func (g gated) checkedBy(check func(string) bool) gated {
	g.check = check
	return g
}

// may reports whether s contains a stem and passes the pre-check.
func (g gated) may(s string) bool {
	if g.fold && !g.words.inLower(s) || !g.fold && !g.words.in(s) {
		return false
	}
	return g.check == nil || g.check(s)
}

func (g gated) MatchString(s string) bool {
	return g.may(s) && g.re.MatchString(s)
}

func (g gated) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

func (g gated) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g gated) FindString(s string) string {
	if !g.may(s) {
		return ""
	}
	return g.re.FindString(s)
}

func (g gated) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

func (g gated) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}

// skipSpaceBack returns the start of the run of \s bytes that ends at i.
func skipSpaceBack(s string, i int) int {
	for i > 0 && isSpaceByte(s[i-1]) {
		i--
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// hasDigitRun reports a run of at least n ASCII digits.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			run = 0
			continue
		}
		if run++; run >= n {
			return true
		}
	}
	return false
}

// mayBeYMD is ymdRe's prefilter: four digits, then "." or "-" and a digit.
func mayBeYMD(s string) bool {
	run := 0
	for i := 0; i+2 < len(s); i++ {
		if isDigit(s[i]) {
			run++
			continue
		}
		if run >= 4 && (s[i] == '.' || s[i] == '-') && isDigit(s[i+1]) {
			return true
		}
		run = 0
	}
	return false
}

// mayBeDMY is dmyRe's prefilter: a digit, a full stop, maybe a space, a digit.
func mayBeDMY(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isDigit(s[i]) || s[i+1] != '.' {
			continue
		}
		if isDigit(s[i+2]) || s[i+2] == ' ' && i+3 < len(s) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// collapseDashDot replaces an area separator left between two full stops
// by removing a field (`\.\s*[–—]\s*\.`) with one full stop.
func collapseDashDot(s string) string {
	if !hasDash(s) {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		k := skipSpace(s, i+1)
		n := dashLen(s, k)
		if n == 0 {
			continue
		}
		e := skipSpace(s, k+n)
		if e >= len(s) || s[e] != '.' {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte('.')
		last = e + 1
		i = e
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropSpaceBeforePunct removes spaces before a full stop, comma or
// semicolon (`\s+([.,;])`).
func dropSpaceBeforePunct(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			continue
		}
		e := skipSpace(s, i)
		if e < len(s) && (s[e] == '.' || s[e] == ',' || s[e] == ';') {
			b.WriteString(s[last:i])
			last = e
		}
		i = e - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// sepJunkIndex is the start of the separators that dangle at the end of s
// once the fields after them are removed — dashes with full stops, commas
// and spaces around them (`\s*(?:[.,;]\s*)?(?:[–—]\s*)+(?:[.,;]\s*)*$`),
// or a "//" with nothing after it — or -1.
func sepJunkIndex(s string) int {
	k := len(s)
	for k > 0 && (isSpaceByte(s[k-1]) || s[k-1] == '.' || s[k-1] == ',' || s[k-1] == ';') {
		k--
	}
	if strings.HasSuffix(s[:k], "//") && strings.TrimLeft(s[k:], " \t\n\f\r") == "" {
		return skipSpaceBack(s, k-2)
	}
	first := -1
	for {
		j := skipSpaceBack(s, k)
		if n := dashLenBefore(s, j); n > 0 {
			k = j - n
			first = k
			continue
		}
		break
	}
	if first < 0 {
		return -1
	}
	k = skipSpaceBack(s, first)
	if k > 0 && (s[k-1] == '.' || s[k-1] == ',' || s[k-1] == ';') {
		k = skipSpaceBack(s, k-1)
	}
	return k
}

// dashLenBefore is the length of an en or em dash ending at s[:j], or 0.
func dashLenBefore(s string, j int) int {
	if strings.HasSuffix(s[:j], "–") || strings.HasSuffix(s[:j], "—") {
		return len("–")
	}
	return 0
}

// hasDash reports an en or em dash in s.
func hasDash(s string) bool {
	return includes(s, "–") || includes(s, "—")
}

// texTypography reads the typography of a list copied from TeX source: a
// tie "~" is a space ("М.Б.~Волошин"), "---" an em dash and " -- " an en
// dash between spaces ("Title. -- Москва: Наука"). A tilde or hyphens in a
// word that holds a slash or a "#" are a URL's ("/~user/", "#:~:text=",
// "/---reports/").
func texTypography(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '~' && !inLink(s, i):
			b.WriteByte(' ')
		case strings.HasPrefix(s[i:], "---") && !inLink(s, i):
			b.WriteString("—")
			i += 2
		case strings.HasPrefix(s[i:], " -- "):
			b.WriteString(" – ")
			i += 3
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// inLink reports whether the word around s[i] holds a slash or a "#", as
// an address does.
func inLink(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], " \t\n") + 1
	end := strings.IndexAny(s[i:], " \t\n")
	if end < 0 {
		end = len(s) - i
	}
	return strings.ContainsAny(s[start:i+end], "/#")
}

// lostSpaces puts back the spaces a typist lost where every style prints
// one, in the heading of an author-date entry: after the comma of an
// inverted name ("Pierazzo,Elena. (2015)") and after a year in
// parentheses before a capital ("(2015)Digital Scholarly Editing").
func lostSpaces(s string) string {
	if strings.Contains(s, "/") {
		// "Title/Під. ред. Name": the slash before a statement of
		// responsibility typed with no spaces.
		s = gluedSlash.ReplaceAllString(s, "$1 / $2")
	}
	if i := strings.IndexByte(s, ','); i > 1 && i+1 < len(s) && upperAt(s, i+1) > 0 && !strings.ContainsAny(s[:i], " .") && startsUpper(s) {
		s = s[:i+1] + " " + s[i+1:]
	}
	for i := strings.Index(s, ")"); i >= 5 && i+1 < len(s); {
		if s[i-5] == '(' && startsYear(s[i-4:]) && upperAt(s, i+1) > 0 {
			s = s[:i+1] + " " + s[i+1:]
		}
		j := strings.Index(s[i+1:], ")")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return s
}

// gluedSlash is a slash glued to the title before an editor's or a
// compiler's word.
var gluedSlash = lazyRegexp(`([^\s/])/\s*((?:[Пп]од|[Пп]ід|[Пп]ад|[Рр]ед|[Сс]ост|[Уу]клад|[Уу]поряд|[Уу]кл)\.?\s)`)

// guillemetsEnd returns the end of a name in guillemets opening at i,
// "«Навчальна книга – Богдан»", closed within 160 bytes; or -1.
func guillemetsEnd(s string, i int) int {
	if !strings.HasPrefix(s[i:], "«") {
		return -1
	}
	rest := s[i+len("«"):]
	if len(rest) > 160 {
		rest = rest[:160]
	}
	j := strings.Index(rest, "»")
	if j < 0 || strings.Contains(rest[:j], "«") {
		return -1
	}
	return i + len("«") + j + len("»")
}

// NFC returns s as valid UTF-8 (each invalid byte turned into U+FFFD) in
// Unicode normalization form C, the form every reader hands on. Text that
// is so already, as nearly all text is, comes back as it is after one scan
// that is cheaper than the normaliser's own check.
func NFC(s string) string {
	if stableNFC(s) {
		return s
	}
	return norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
}

// stableNFC reports whether s is valid UTF-8 made only of runes that are
// in form C by themselves and combine with nothing before them, so that s
// is in form C as it stands. A false answer only means "ask norm".
func stableNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcStable(r) { // U+FFFD, an invalid byte's reading, is not
			return false
		}
		i += n
	}
	return true
}

// nfcStable tells the runes of the Latin, Cyrillic and punctuation text
// ibid reads that are in form C and start a new segment: Latin-1 and Latin
// Extended, Cyrillic without its combining marks, the dashes, quotes and
// other general punctuation, and №. Combining marks, compatibility
// singletons (Ω, Å as signs), Hangul and the rest are left to norm.
func nfcStable(r rune) bool {
	switch {
	case r < 0x300,
		r >= 0x400 && r < 0x483, r >= 0x48A && r < 0x530,
		r >= 0x2010 && r < 0x2028, r >= 0x2030 && r < 0x205F,
		r == '№':
		return true
	}
	return false
}
