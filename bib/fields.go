package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns for the fields of the areas after the title. Look-alike Latin
// letters (C for С, T for Т) are accepted where lists contain them.
var (
	editionRe = lazyRegexp(`(?i)(?:^|[\s,.;])(?:(\d+)(?:st|nd|rd|th)?\s*(?:rev\.\s*)?[eе]d(?:ition)?\.?|(\d+)-?е\s+изд\.?(?:,?\s*(?:и\s+)?(?:доп|испр|перераб|стер|расш|уточн)[а-яё]*\.?)*|изд\.\s*(\d{1,2})(?:-?е)?(?:[\s,.;]|$)|(\d+)-?(?:ші|шы|ое)\s+(?:бас|изд)\S*)`)
	dmyRe     = lazyRegexp(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	ymdRe     = lazyRegexp(`\b(\d{4})[.-](\d{1,2})[.-](\d{1,2})\b`)
	isbnRe    = lazyRegexp(`(?i)ISBN(?:-1[03])?[\s:]*([\dXx][\d\s-]{8,16}[\dXx])`)
	issnRe    = lazyRegexp(`(?i)ISSN[\s:]*(\d{4}-?\d{3}[\dXx])`)
	seriesRe  = lazyRegexp(`(?:^|[.–—-]\s)\(([^()]{3,}(?:\([^()]*\)[^()]*)?)\)\s*\.?\s*$`)
)

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "oct": 10, "nov": 11, "dec": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
	"авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
	"қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8,
	"қыр": 9, "қаз": 10, "қар": 11, "жел": 12,
	"січ": 1, "лют": 2, "бер": 3, "кві": 4, "тра": 5, "чер": 6, "лип": 7, "сер": 8,
	"вер": 9, "жов": 10, "лис": 11, "гру": 12,
	"сту": 1, "сак": 3, "кра": 4, "чэр": 6, "ліп": 7, "жні": 8, "кас": 10, "ліс": 11, "сне": 12, // Belarusian; лют, тра, вер as above
}

var (
	monthWord = lazyRegexp(`(?i)^\p{L}{3,}\.?$`)
	mdyRe     = lazyRegexp(`(?i)(?:^|[^\p{L}])(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b`)
	dmyWordRe = lazyRegexp(`(?i)(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,})\.?,?\s+(\d{4})\b`)
	monthDay  = lazyRegexp(`(?i)^(\p{L}{3,})\.?\s+(\d{1,2})\b|^(\d{1,2})\s+(\p{L}{3,})(?:[^\p{L}]|$)|^(\p{L}{3,})(?:[^\p{L}]|$)`)
)

func month(w string) int {
	w = foldKey(w)
	r := []rune(w)
	if len(r) < 3 {
		return 0
	}
	if m := months[string(r[:3])]; m > 0 {
		return m
	}
	for _, tm := range translitMonths {
		if strings.HasPrefix(w, tm.stem) {
			return tm.month
		}
	}
	return 0
}

// translitMonths are the stems of the months' names in transliterated
// Russian ("19 sentyabrya 2017 g.") that months does not hold, whole,
// since their first letters begin other words ("DeKalb").
var translitMonths = [...]struct {
	stem  string
	month int
}{{"yanvar", 1}, {"fevral", 2}, {"iyun", 6}, {"iyul", 7}, {"avgust", 8}, {"sentyabr", 9}, {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12}}

// parseDate reads the date forms real lists print: dd.mm.yyyy (day first),
// yyyy.mm.dd, yyyy-mm-dd, "5 May 2021", "May 5, 2021", a bare year.
func parseDate(s string) *Date {
	if !hasDigitRun(s, 4) {
		return nil // every form has a four-digit year
	}
	if m := findIf(ymdRe, s, mayBeYMD(s)); m != nil {
		return validDate(m[1], m[2], m[3])
	}
	if m := findIf(dmyRe, s, mayBeDMY(s)); m != nil {
		return validDate(m[3], m[2], m[1])
	}
	if m := mdyRe.FindStringSubmatch(s); m != nil && month(m[1]) > 0 {
		return validDate(m[3], strconv.Itoa(month(m[1])), m[2])
	}
	if m := dmyWordRe.FindStringSubmatch(s); m != nil && month(m[2]) > 0 {
		return validDate(m[3], strconv.Itoa(month(m[2])), m[1])
	}
	if m := findYear(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		return NewDate(y)
	}
	return nil
}

func validDate(y, m, d string) *Date {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1000 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return nil
	}
	return NewDate(yi, mi, di)
}

// publisherWords name a publisher: "Press", "Изд-во", "Verlag", "Routledge".
var publisherWords = []string{"press", "publish", "изд", "verlag", "books", "routledge", "springer", "elsevier", "wiley", "sage", "palgrave", "macmillan", "brill", "university", "университет", "наука", "ltd", "llc", "group", "academic", "media", "house", "chubanshe", "baspa", "баспа", "кітап", "издательство", "просвещение", "юрайт", "инфра", "proceedings",
	// Publishers whose one-word names lists print alone.
	"pearson", "mcgraw", "penguin", "cengage", "prentice", "addison", "reilly", "apress", "packt", "manning",
	"kluwer", "wolters", "taylor", "francis", "crc", "publ", "nauka",
	// Soviet and Russian publishers whose names are one common word.
	"машиностроение", "энергоатомиздат", "физматлит", "физматгиз", "химия", "высшая школа", "статистика", "энергия",
	"недра", "медицина", "политиздат", "госполитиздат", "учпедгиз", "феникс", "питер", "дрофа", "эксмо", "вече", "лань",
	"mashinostroenie", "energoatomizdat", "fizmatlit", "vysshaya shkola", "nedra",
	// Kazakh publishers whose names are one common word.
	"жазушы", "мектеп", "ғылым", "атамұра", "рауан", "білім", "өнер", "санат", "арыс", "дәуір", "фолиант"}

// isPublisher reports a word that names a publisher, or "Inc".
func isPublisher(s string) bool {
	low := lower(s)
	return publisherList.in(low) || containsWord(low, "inc")
}

// publisherList is publisherWords, as searched.
var publisherList = newWordList(publisherWords...)

// isPlace reports a known place of publication, with or without its full stop.
func isPlace(s string) bool {
	if len(s) > 48 {
		return false // no place is as long; and folding a whole entry per dash was quadratic
	}
	k := foldKey(s)
	if placeWords[k] || placeWords[k+"."] || placeWords[strings.TrimSuffix(k, ".")] || translitPlaces[k] {
		return true
	}
	if c := cyrillicLookAlikes(k); c != k {
		return placeWords[c] || placeWords[strings.TrimSuffix(c, ".")] // "Мiнск" with a Latin i
	}
	return false
}

// latinLookAlikes are the small Latin letters typed inside Cyrillic words
// for the Cyrillic ones they look like.
var latinLookAlikes = strings.NewReplacer("a", "а", "c", "с", "e", "е", "i", "і", "o", "о", "p", "р", "x", "х", "y", "у", "k", "к", "m", "м")

// cyrillicLookAlikes reads the Latin look-alikes of a Cyrillic word as the
// Cyrillic letters; a word without Cyrillic letters is returned as it is.
func cyrillicLookAlikes(k string) string {
	if !strings.ContainsFunc(k, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
		return k
	}
	return latinLookAlikes.Replace(k)
}

// lonePlaces reports one or more places of publication without a
// publisher: "Тбилиси", "М.; Л.", "СПб., М.", "Weinheim". GOST 7.1-2003,
// 4.5.3 makes the place obligatory and the publisher optional, so a lone
// capitalised word before the year is the place (English styles, read by
// readEnglish, print "Publisher, Year" instead).
func lonePlaces(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), " etc.")
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' })
	for _, tok := range toks {
		tok = strings.TrimSpace(tok)
		if isPlace(tok) || len(toks) > 1 && strings.HasSuffix(tok, ".") && utf8.RuneCountInString(tok) <= 5 {
			continue
		}
		if len(toks) > 1 {
			return false
		}
		r := []rune(tok)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ContainsAny(tok, " «\"\"") || isPublisher(tok) || isAllCaps(tok) {
			return false // "ACM, 2016": an acronym names a publisher, not a place
		}
	}
	return true
}

// splitImprint reads "Place : Publisher, Year" (any part may be missing).
func splitImprint(s string) (place, publisher string) {
	s = strings.TrimSpace(strings.Trim(cutYearTail(strings.TrimSpace(s)), " ,;"))
	if s == "" {
		return "", ""
	}
	if i := strings.Index(s, ":"); i > 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(strings.Trim(s[i+1:], " ,"))
	}
	if isPlace(s) || lonePlaces(s) {
		return s, ""
	}
	if i := strings.Index(s, ";"); i > 0 && isPlace(strings.TrimSpace(s[:i])) && !lonePlaces(s[i+1:]) && isPublisher(s[i+1:]) {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]) // "СПб.; Изд-во Политехн. ун-та"
	}
	if i := strings.LastIndex(s, ","); i > 0 && marksPubl(s) {
		// GOST R 7.0.5's References: "N. Novgorod, NGTU Publ.", "Moscow.
		// Logos Publ." — the transliterated publisher marked "Publ."
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	if i := strings.LastIndex(s, ". "); i > 0 && !strings.Contains(s, ",") && marksPubl(s) && isPlace(s[:i]) {
		return s[:i], strings.TrimSpace(s[i+2:])
	}
	if i := strings.LastIndex(s, ","); i > 0 && isPlace(strings.TrimSpace(s[i+1:])) && !isPlace(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[i+1:]), strings.TrimSpace(s[:i])
	}
	if i := strings.Index(s, ","); i > 0 && isPlace(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	if i := strings.LastIndex(s, ". "); i > 0 && isPlace(strings.TrimSpace(s[i+2:])) && !isPlace(s[:i+1]) {
		// "Новосиб. гос. ун-т. Новосибирск, 2002": the publisher as a
		// sentence before the place (GOST 7.0.5 lists typed from the title
		// page's order).
		return strings.TrimSpace(s[i+2:]), strings.TrimSpace(s[:i+1])
	}
	if i := strings.Index(s, " «"); i > 0 && isPlace(s[:i]) {
		return s[:i], strings.TrimSpace(s[i+1:]) // "Тернопіль «Навчальна книга»": the colon lost before the quoted name
	}
	// "М. Мир", "М. «Наука»": an abbreviated place whose colon was lost.
	if i := strings.Index(s, ". "); i > 0 && utf8.RuneCountInString(s[:i]) <= 4 && isPlace(s[:i+1]) {
		if rest := strings.TrimSpace(s[i+1:]); rest != "" && (unicode.IsUpper(firstRune(rest)) || strings.ContainsRune(quoteOpen, firstRune(rest))) {
			return s[:i+1], rest
		}
	}
	return "", s
}

// yearTailIndex is where the date that ends an imprint starts in s (with
// the comma before it), or -1: a year ("2010", "[2010]", "1993–1994"), a
// date ("12.05.2010", "2010.05.12"), or no date ("б. г.", "n.d.", "s.a.").
// It reads s backwards from its end.
func yearTailIndex(s string) int {
	e := skipSpaceBack(s, len(s))
	for _, w := range []string{"г.", "ж.", "р.", "г", "ж", "р"} {
		// "2016 г.": the year word of Russian, Kazakh and Ukrainian (its
		// full stop may have gone with the area separator).
		if strings.HasSuffix(s[:e], w) {
			if k := skipSpaceBack(s, e-len(w)); k > 0 && isDigit(s[k-1]) {
				e = k
			}
			break
		}
	}
	best := -1
	for _, ce := range []int{e, e - 1} {
		if ce < e && (ce < 0 || s[ce] != '.') {
			continue
		}
		for _, c := range dateCoreStarts(s, ce) {
			k := skipSpaceBack(s, c)
			if k > 0 && s[k-1] == ',' {
				k--
			}
			if best < 0 || k < best {
				best = k
			}
		}
	}
	return best
}

// dateCoreStarts returns every start of a date form that ends at ce.
func dateCoreStarts(s string, ce int) []int {
	var out []int
	for _, y := range closeBracket(s, ce) {
		if isYearAt(s, y-4) {
			out = append(out, openBracket(s, y-4))
		}
	}
	if isYearAt(s, ce-4) {
		// "1993 – 1994": a range of years.
		k := skipSpaceBack(s, ce-4)
		n := 0
		switch {
		case k > 0 && s[k-1] == '-':
			n = 1
		case strings.HasSuffix(s[:k], "–"):
			n = len("–")
		}
		if n > 0 {
			for _, y := range closeBracket(s, skipSpaceBack(s, k-n)) {
				if isYearAt(s, y-4) {
					out = append(out, openBracket(s, y-4))
				}
			}
		}
	}
	// dd.mm.yyyy
	if digitsAt(s, ce-4, 4) && dotAt(s, ce-5) {
		for _, m := range shortNumberStarts(s, ce-5) {
			if dotAt(s, m-1) {
				out = append(out, shortNumberStarts(s, m-1)...)
			}
		}
	}
	// yyyy.mm.dd
	for _, d := range shortNumberStarts(s, ce) {
		if !dotAt(s, d-1) {
			continue
		}
		for _, m := range shortNumberStarts(s, d-1) {
			if dotAt(s, m-1) && digitsAt(s, m-5, 4) {
				out = append(out, m-5)
			}
		}
	}
	for _, w := range []string{"n.d.", "s.a."} {
		if strings.HasSuffix(s[:ce], w) {
			out = append(out, ce-len(w))
		}
	}
	if strings.HasSuffix(s[:ce], "г.") {
		k := ce - len("г.")
		for _, b := range []int{k, k - 1} {
			if b < k && (b < 0 || !isSpaceByte(s[b])) {
				continue
			}
			if strings.HasSuffix(s[:b], "б.") {
				out = append(out, b-len("б."))
			}
		}
	}
	return out
}

// closeBracket returns where a year may end before ce: at ce, or before a "]".
func closeBracket(s string, ce int) []int {
	if ce > 0 && s[ce-1] == ']' {
		return []int{ce, ce - 1}
	}
	return []int{ce}
}

// openBracket extends a year's start over a "[" before it.
func openBracket(s string, c int) int {
	if c > 0 && s[c-1] == '[' {
		return c - 1
	}
	return c
}

// isYearAt reports a year of 1500–2099 in the four bytes at s[i:].
func isYearAt(s string, i int) bool {
	if !digitsAt(s, i, 4) {
		return false
	}
	return s[i] == '1' && s[i+1] >= '5' || s[i] == '2' && s[i+1] == '0'
}

// digitsAt reports n ASCII digits at s[i:].
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

func dotAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] == '.' }

// shortNumberStarts returns the starts of a one- or two-digit number that
// ends at e: the day or month of a date.
func shortNumberStarts(s string, e int) []int {
	var out []int
	for _, n := range []int{1, 2} {
		if digitsAt(s, e-n, n) {
			out = append(out, e-n)
		}
	}
	return out
}

// findYear finds the first year of publication printed in s, 1500–2099,
// not inside a longer number, a date or a page range ("/", "-", "."
// before it), with the end of a range of years ("1993–1994", "2001/2002").
// It returns spans as FindStringSubmatchIndex would: the year at m[2:4],
// the end of the range at m[4:6] (-1 when there is none).
func findYear(s string) []int {
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '-') {
			continue
		}
		e := i + 4
		k := skipSpace(s, e)
		n := rangeDash(s, k)
		if n == 0 && k < len(s) && s[k] == '/' {
			n = 1
		}
		if n == 1 || n > 0 && strings.HasPrefix(s[k:], "–") {
			if y := skipSpace(s, k+n); isYearAt(s, y) && (y+4 == len(s) || !isDigit(s[y+4])) {
				return []int{i, y + 4, i, e, y, y + 4}
			}
		}
		if e == len(s) || !isDigit(s[e]) {
			return []int{i, e, i, e, -1, -1}
		}
	}
	return nil
}

// cutYearTail removes the year that ends an imprint.
func cutYearTail(s string) string {
	if i := yearTailIndex(s); i >= 0 {
		return s[:i]
	}
	return s
}

// Volume, issue and page fields are read by hand-written scanners: they
// look for a key word after a separator, which a regular expression can
// only find by trying every position of the entry.

// Separators a numbered field follows (besides the start of the text).
const (
	fieldBounds    = " \t\n\f\r,.(;–—"
	pageBounds     = " \t\n\f\r,.(;:–—-" // "- № 6. -С.72-76": a hyphen typed for the dash
	numberBounds   = " \t\n\f\r,.;"
	pageNumBounds  = " \t\n\f\r,.;–—-"
	fieldTerminals = " \t\n\f\r,.;):"
)

var (
	// volumeKeys: "Vol. 2", "Т. 2", "Кн. 1", "Ч. 3" (GOST 7.1-2003, 4.7.3),
	// with look-alike Latin T for Т.
	volumeKeys = []string{"Vol", "V", "Т", "T", "Том", "том", "Tom", "Book", "Bd", "vol", "v", "т", "Кн", "кн", "Кітап", "Part", "Ч", "ч"}
	// volumeWords follow the number in Kazakh and Russian: "2-том", "3-т.".
	volumeWords = []string{"том", "т.", "шы том", "ші том"}
	// issueKeys: "№ 3", "No. 3", "Вып. 3", "Вип. 3" (Ukrainian), "Iss. 3".
	issueKeys = []string{"№", "No", "N", "Iss", "Issue", "Nr", "no", "Вып", "вып", "Вип", "вип", "Is", "Номер"}
	// pageKeys: "С. 12–15", "P. 5", "Б. 7" (Kazakh), "pp. 88–105", with
	// look-alike C and Р.
	// "Стб." and "Стлб." number the columns of chronicles and encyclopedias.
	// "Стор." is Ukrainian ("сторінка"); "Сс." a plural some lists type.
	pageKeys = []string{"С", "C", "с", "P", "p", "Pp", "pp", "PP", "Б", "б", "S", "s", "стр", "Стр", "Стор", "стор", "Р", "P.P", "Стб", "стб", "Стлб", "стлб", "Сс", "сс", "бач", "Бач"}
	// undottedPageKeys are whole words, read without their full stop too:
	// "стр 124".
	undottedPageKeys = map[string]bool{"стр": true, "Стр": true, "Стор": true, "стор": true}
	// pageUnits follow a page count: "250 с.", "126 p.", "640 б.", "12 л.",
	// transliterated "114 s.", "304 b." (бет), "96 str.".
	pageUnits = []string{"с", "p", "б", "pp", "S", "стр", "стор", "pages", "pp", "л", "бет", "c", "сс", "s", "b", "str"}
)

// byteSet is a set of first bytes: where a key word may start.
type byteSet [256]bool

// firstBytes is the set of first bytes of keys ("0" stands for the digits).
func firstBytes(keys ...string) *byteSet {
	var b byteSet
	for _, k := range keys {
		if k == "0" {
			for c := '0'; c <= '9'; c++ {
				b[c] = true
			}
			continue
		}
		b[k[0]] = true
	}
	return &b
}

var (
	volumeStarts = keyStartsOf(append(volumeKeys, "Вып", "Вип", "0")...) // "Вып. IV": romanVolumeAt reads it
	issueStarts  = keyStartsOf(issueKeys...)
	pageStarts   = keyStartsOf(pageKeys...)
	digitStarts  = keyStartsOf("0")
)

// scanField returns what read finds at the first position of s that
// starts with one of starts and follows one of bounds (or starts s).
// read is asked at no other position but the end of s: it finds nothing
// where no key (or digit) starts.
func scanField(s, bounds string, starts *keyStarts, read func(s string, i int) (string, bool)) (string, bool) {
	for i := 0; i <= len(s); {
		if i < len(s) && !starts.at(s, i) {
			i++
			continue
		}
		if i == 0 || strings.ContainsRune(bounds, lastRune(s[:i])) {
			if v, ok := read(s, i); ok {
				return v, true
			}
		}
		if i == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return "", false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// afterKey returns where the number after a key word starts (`key\.?\s*`
// and a digit), or -1.
func afterKey(s string, i int, keys []string) int {
	for _, k := range keys {
		if !strings.HasPrefix(s[i:], k) {
			continue
		}
		j := i + len(k)
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j = skipSpace(s, j); j < len(s) && isDigit(s[j]) {
			return j
		}
	}
	return -1
}

// numberToken reads `\d+[class]*?` up to a field terminator or the end:
// "12", "3a", "2/3", "1–2". class reports the runes the token may hold
// besides digits and letters.
func numberToken(s string, j int, class string) (string, bool) {
	for k := j; ; {
		if k == len(s) || strings.IndexByte(fieldTerminals, s[k]) >= 0 {
			return s[j:k], true
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsLetter(r) || r >= '0' && r <= '9' || strings.ContainsRune(class, r)) {
			return "", false
		}
		k += w
	}
}

// digitsEnd is the end of the run of digits at s[j:].
func digitsEnd(s string, j int) int {
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j
}

// findVolume reads the volume: "Т. 2", "Vol. 12", "2-том".
func findVolume(s string) string {
	v, _ := findVolumeAt(s)
	return v
}

// findVolumeAt reads the volume and where its designation starts.
func findVolumeAt(s string) (string, int) {
	at := -1
	v, _ := scanField(s, fieldBounds, volumeStarts, func(s string, i int) (string, bool) {
		at = i
		if j := afterKey(s, i, volumeKeys); j >= 0 {
			if v, ok := numberToken(s, j, "./-–—"); ok {
				if k := strings.IndexByte(v, '-'); k > 0 && hasAnyPrefix(v[k+1:], volumeWords) {
					v = v[:k] // "У 3 т. 2-том": the Kazakh form names the volume
				}
				if k := strings.IndexByte(v, '/'); k > 0 && k+1 < len(v) && !isDigit(v[k+1]) {
					v = v[:k] // "Ч. 2/М.П. Name": a slash typed without spaces before the statement
				}
				return v, true
			}
			if e := digitsEnd(s, j); e < len(s) && s[e] == '(' {
				return s[j:e], true // "Vol.46(4)": the issue in parentheses
			}
		}
		if j := romanVolumeAt(s, i); j >= 0 {
			return s[j:romanRangeEnd(s, j)], true // "Кн. II", "Т. IV", "Том I–VI"
		}
		if i > 0 && lastRune(s[:i]) == '(' || i >= len(s) || !isDigit(s[i]) {
			return "", false
		}
		e := digitsEnd(s, i)
		if e < len(s) && s[e] == '-' && hasAnyPrefix(s[e+1:], volumeWords) {
			return s[i:e], true
		}
		return "", false
	})
	return v, at
}

// findIssue reads the issue: "№ 3", "No. 4", "Вып. 2".
func findIssue(s string) (string, bool) {
	return scanField(s, fieldBounds, issueStarts, func(s string, i int) (string, bool) {
		if j := afterKey(s, i, issueKeys); j >= 0 {
			v, ok := numberToken(s, j, "/–-")
			if e := digitsEnd(s, j); !ok && e > j && e < len(s) && s[e] == '(' {
				v, ok = s[j:e], true // "№ 7(17)": the whole number follows
			}
			if e := j + len(v); ok && e+1 < len(s) && s[e] == '.' && isDigit(s[e+1]) {
				// "№ 11.1 (71)": an issue in parts.
				if w, ok2 := numberToken(s, e+1, "/–-"); ok2 {
					v += "." + w
				}
			}
			if ok {
				v += wholeNumber(s[j+len(v):])
			}
			return v, ok
		}
		return "", false
	})
}

// wholeNumber is the running number a journal prints after its issue
// number, "№ 2 (106)", kept with the issue as printed: " (106)".
func wholeNumber(s string) string {
	k := skipSpace(s, 0)
	if k >= len(s) || s[k] != '(' {
		return ""
	}
	e := strings.IndexByte(s[k:], ')')
	if e < 2 || strings.TrimLeft(s[k+1:k+e], "0123456789-–") != "" || !isDigit(s[k+1]) || startsYear(s[k+1:k+e]) && e == 5 {
		return "" // "№ 1 (2020)": the year, not the whole number
	}
	return " " + s[k:k+e+1]
}

// findPages reads the pages after "С.", "P.", "Б.", "pp.": "12–15", "5".
func findPages(s string) (string, bool) {
	return scanField(s, pageBounds, pageStarts, func(s string, i int) (string, bool) {
		for _, k := range pageKeys {
			if !strings.HasPrefix(s[i:], k) {
				continue
			}
			j := i + len(k) + 1
			if !dotAt(s, i+len(k)) {
				if !undottedPageKeys[k] || i+len(k) >= len(s) || s[i+len(k)] != ' ' {
					continue
				}
				j--
			}
			j = skipSpace(s, j)
			if j < len(s) && isDigit(s[j]) && digitsEnd(s, j)-j <= 6 {
				// "384 с. 9789660244795": an ISBN after the count, no page
				return pageRange(s, j)
			}
			if j+1 < len(s) && s[j] == 'e' && isDigit(s[j+1]) {
				return ePages(s, j)
			}
			if r, ok := romanPages(s, j); ok {
				return r, true
			}
		}
		return "", false
	})
}

// romanPages reads pages numbered in roman figures at j, as prefaces are:
// "XXIII—XXV", "XII"; a lone letter ("С. I") may be an initial and is not
// read.
func romanPages(s string, j int) (string, bool) {
	e, end := romanEnd(s, j), romanRangeEnd(s, j)
	if e == j || end == e && e-j < 2 || end < len(s) && isWordByte(s[end]) {
		return "", false
	}
	if end+1 < len(s) && s[end] == ',' {
		// "С. V–LXXX, 495–635": the preface's pages, then the text's.
		if k := skipSpace(s, end+1); k < len(s) && isDigit(s[k]) {
			if next, ok := pageRange(s, k); ok {
				end = k + len(next)
			}
		}
	}
	return s[j:end], true
}

// romanEnd is the end of the run of roman figures at j.
func romanEnd(s string, j int) int {
	for j < len(s) && strings.IndexByte("IVXLC", s[j]) >= 0 {
		j++
	}
	return j
}

// romanRangeEnd is the end of roman figures at j and, after a dash, of the
// figures that close their range ("I–VI", "XXIII — XXV"); j when there are
// none.
func romanRangeEnd(s string, j int) int {
	e := romanEnd(s, j)
	if e == j {
		return j
	}
	if k := skipSpace(s, e); rangeDash(s, k) > 0 {
		k2 := skipSpace(s, k+rangeDash(s, k))
		if e2 := romanEnd(s, k2); e2 > k2 {
			return e2
		}
	}
	return e
}

// ePages reads the pages of an electronic journal's article numbered with
// an "e" at j: "e34–e41", "e1002".
func ePages(s string, j int) (string, bool) {
	d1 := digitsEnd(s, j+1)
	end := d1
	if n := rangeDash(s, d1); n > 0 && d1+n+1 < len(s) && s[d1+n] == 'e' && isDigit(s[d1+n+1]) {
		end = digitsEnd(s, d1+n+1)
	}
	if end < len(s) && isWordByte(s[end]) {
		return "", false
	}
	return s[j:end], true
}

// pageRange reads `\d+\s*(?:[-–—−]\s*\d+)?` ending at a word boundary.
func pageRange(s string, j int) (string, bool) {
	first, ok := onePageRange(s, j)
	if !ok {
		return "", false
	}
	// More pages after commas: "С. 1, 8–9", "pp. 10–13, 16–18", "С. 1,8–9".
	end := j + len(first)
	for end+1 < len(s) && s[end] == ',' {
		k := skipSpace(s, end+1)
		if k >= len(s) || !isDigit(s[k]) {
			break
		}
		next, ok := onePageRange(s, k)
		if !ok || len(next) == 4 && !strings.ContainsAny(next, "-–—−") {
			break // a year, not a page
		}
		end = k + len(next)
	}
	return s[j:end], true
}

// onePageRange reads one page or range at j, as pageRange describes.
func onePageRange(s string, j int) (string, bool) {
	d1 := digitsEnd(s, j)
	k := skipSpace(s, d1)
	if n := rangeDash(s, k); n > 0 {
		if k2 := skipSpace(s, k+n); k2 < len(s) && isDigit(s[k2]) {
			if d2 := digitsEnd(s, k2); d2 == len(s) || !isWordByte(s[d2]) {
				return s[j:d2], true
			}
		}
	}
	if d1 == len(s) || !isWordByte(s[d1]) {
		return s[j:d1], true
	}
	return "", false
}

// rangeDash is the length of a hyphen, en or em dash or minus at s[k:], or 0.
func rangeDash(s string, k int) int {
	switch {
	case k >= len(s):
		return 0
	case strings.HasPrefix(s[k:], "--"):
		return 2 // "15--30": TeX's en dash, typed in lists made from BibTeX
	case s[k] == '-':
		return 1
	case strings.HasPrefix(s[k:], "–"), strings.HasPrefix(s[k:], "—"), strings.HasPrefix(s[k:], "−"):
		return len("–")
	}
	return 0
}

// findPageCount reads the number of pages: "250 с.", "126 p.", "640 б.".
func findPageCount(s string) (string, bool) {
	return scanField(s, pageNumBounds, digitStarts, func(s string, i int) (string, bool) {
		if i >= len(s) || !isDigit(s[i]) {
			return "", false
		}
		if p := strings.TrimRight(s[:i], " "); (strings.HasSuffix(p, "Т.") || strings.HasSuffix(p, "т.")) && !letterBefore(p, len(p)-len("т.")) {
			return "", false // "Т.1 с.617": a volume's number, its page after it
		}
		e := digitsEnd(s, i)
		k := skipSpace(s, e)
		if k < len(s) && s[k] == ',' {
			if b := skipSpace(s, k+1); b < len(s) && s[b] == '[' {
				k = b // "93, [4] с.": the unnumbered pages after a comma
			}
		}
		if k < len(s) && s[k] == '[' {
			if b := digitsEnd(s, k+1); b > k+1 && b < len(s) && s[b] == ']' {
				k = skipSpace(s, b+1)
			}
		}
		for _, u := range pageUnits {
			if !strings.HasPrefix(s[k:], u) || k == e && (u == "s" || u == "b") {
				continue // "2000b.": a year's letter, not "304 b." (бет)
			}
			if t := k + len(u); t == len(s) || strings.IndexByte(fieldTerminals, s[t]) >= 0 {
				return s[i:e], true
			}
		}
		if strings.HasPrefix(s[k:], "С.") {
			// "– 320 С.": the count with a capital, where no page number
			// follows as after "С." that opens the pages ("2015 С. 45").
			if t := skipSpace(s, k+len("С.")); t == len(s) || !isDigit(s[t]) && !strings.HasPrefix(s[t:], "[") {
				return s[i:e], true
			}
		}
		return "", false
	})
}

// genreWords begin the other title information that names the kind of
// document rather than its subject (GOST 7.1-2003, 4.2.4.2 and GOST
// 7.0.12-2011 abbreviations): "Title : учеб. пособие", "Title : справочник",
// "Title : материалы конф.", "Title : дис. … канд. наук". They are not part
// of the title proper. A stem matches the start of the first word.
var genreWords = []string{
	// Russian
	"учеб", "уч.пос", "уч. пос", "практ. по", "принят ", "вступ. в силу", "специальность ", "спеціальність ", "спецыяльнасць ", "справочн", "монограф", "энцикл", "словар", "сб.", "сборник", "материалы", "матер.", "тез.", "тезис",
	"докл", "дис.", "дисс", "дисертац", "автореф", "отчет", "отчёт", "федер", "закон", "кодекс", "указ", "постановлен",
	"офиц", "пат.", "патент", "метод.", "методич", "практикум", "хрэстамат", "хрестомат", "курс", "библиогр", "указатель",
	"стеногр", "каталог", "кат. вист", "кат.-довід", "стат. сб", "стат. ежег", "статист", "протокол", "пособие", "нагляд", "полный", "с изм", "сайт", "[сайт]", "sajt", "sayt", "[sajt]", "актуализ", "науч.-попул", "науч.-практ", "межд.", "междунар", "всерос",
	"пер.", "нормативн", "стандарт", "инструкц", "программ", "альбом", "атлас", "сб", "исследование",
	"роман", "поэма", "национальн", "межгосударствен", "государственный стандарт",
	"декрет", "приказ", "послание", "распоряжен", "задачник", "ежегодник", "многопредмет", "собр. тр", "справ. правов", "справ.-правов", "рос. изд", "журн.", "науч. журн", "ежемес", "ежекв",
	// Ukrainian and Belarusian
	"національн", "міждержавн", "навч", "посіб", "підручн", "підр.", "офіц", "щорічн", "розпоряд", "наук.-практ", "науково-практ", "наук. журн", "щомісяч", "монографія", "конспект", "довідн", "довід. вид", "довідк", "словник", "збірник", "зб.", "матеріали",
	"науково-попул", "затв", "утв.", "постанова", "наказ", "розпорядж", "даведн", "вучэб", "дапаможн", "слоўнік", "зборнік", "матэрыялы", "энцыкл", "энцыклапед", "дыс.", "дысертац", "аўтарэф",
	// Kazakh
	"оқулық", "оқу", "сөздік", "жинақ", "анықтамалық", "монография",
	// English
	"monograph", "multiple-author monograph", "collective monograph", "illustrative material", "proceedings", "abstract dis", "abstract of dis", "abstract. dis", "author's abstract", "author’s abstract", "authors abstract", "extended abstract", "textbook", "training manual", "study guide", "tutorial",
	// Transliterated Russian (the References of Russian journals)
	"izdanie ofits", "ucheb", "monografiya", "sb. nauch", "sbornik", "materialy", "spravochnik", "developed from", "version", "application note",
	// Software and web documentation (GOST R 7.0.100: "Flask : документация")
	"документац", "версия", "документація",
}

// genreNouns are the Kazakh designations an adjective may precede:
// "монографиялық зерттеу", "этнолингвистикалық сөздік", "республикалық газет".
var genreNouns = []string{"зерттеу", "сөздік", "газет", "оқулық", "құрал"}

// bookKindNouns name the kind of a reference book after the adjective
// that qualifies it: "топонимический словарь", "практическое пособие".
var bookKindNouns = []string{"словар", "словник", "справочник", "довідник", "посібник", "пособие"}

// cutTitleInfo removes from a title the other title information that
// designates its kind or its volumes: "Справочник : в 2 т.", "Title :
// учебник", "Title. У 6 т." — what is left is the title proper.
func cutTitleInfo(t string) string {
	if i := strings.Index(t, " = "); i > 0 && startsUpper(t[i+3:]) {
		t = t[:i] // GOST 7.1-2003, 4.2.3: "Title = Parallel title"
	}
	for _, w := range [...]string{" у ", " в "} {
		if i := strings.LastIndex(t, w); i > 0 && len(t)-i <= 14 && isVolumesNote(t[i+1:]) {
			t = strings.TrimRight(t[:i], " ,.:") // "Title у 3т.", "Title у 2 кн.": the volumes, typed with no colon
		}
	}
	if strings.HasSuffix(t, ")") {
		// "Title (диссертация)": the kind in parentheses.
		if i := strings.LastIndexByte(t, '('); i > 0 && isGenre(t[i+1:len(t)-1]) {
			t = strings.TrimRight(t[:i], " ")
			if strings.HasSuffix(t, ". ") || strings.HasSuffix(t, ".") && !abbreviationBefore(t) {
				t = strings.TrimRight(t, ". ") // "Title. (актуализированная редакция …)": the title's own stop
			}
		}
	}
	for i := 0; i < len(t); i++ {
		if t[i] != ':' && t[i] != '.' {
			continue
		}
		rest := strings.TrimLeft(t[i+1:], " ")
		if len(rest) == len(t[i+1:]) && t[i] == '.' {
			continue
		}
		if i == 0 || t[i] == '.' && abbreviationBefore(t[:i+1]) {
			continue
		}
		if isVolumesNote(rest) || t[i] == ':' && isGenre(rest) || t[i] == '.' && (genreSentence(rest) || translationSentence(rest)) {
			return strings.TrimRight(t[:i], " ")
		}
	}
	return t
}

// translationSentence reports a title's last sentence that says what
// language the work is translated from: "Пер. с чешск. и англ.", "Переклад
// з чеської", "Translated from the Czech" — a note, no part of the title.
func translationSentence(s string) bool {
	// The prefix first: the title's every sentence is asked, and counting
	// the words of a long rest each time would be quadratic.
	return hasAnyPrefix(s, []string{"Пер. с ", "Пер. з ", "Перевод с ", "Переклад з ", "Пераклад з ", "Transl. from ", "Translated from "}) &&
		len(s) < 200 && len(strings.Fields(s)) <= 6
}

// genreSentence reports a title's last sentence that only names the kind
// of document: "Microeconomics. Training manual", "Economic theory.
// Textbook for students".
func genreSentence(s string) bool {
	if len(s) > 240 {
		return false // four words and a volumes note at most; a long text is read in linear time
	}
	if i := strings.Index(s, " : "); i > 0 && isVolumesNote(s[i+3:]) {
		s = s[:i] // "Підручник : У 2 кн.": the kind's own other title information
	}
	s = strings.TrimRight(s, ". ")
	low := lower(s)
	if containsAny(low, guideKinds...) {
		// "Title. ФПТ1-1 құрылғыларында … арналған әдістемелік нұсқаулар":
		// a sentence describing a methodical guide's use ends in its kind.
		return true
	}
	if s == "" || len(strings.Fields(s)) > 4 {
		return false
	}
	for _, g := range sentenceGenres {
		if strings.HasPrefix(low, g) {
			// "Навч. посібн.": an abbreviated kind holds its own stop.
			return !strings.Contains(s, ". ") || strings.Contains(g, ". ") && !strings.Contains(s[len(g):], ". ")
		}
	}
	return false
}

// guideKinds name a Kazakh methodical guide anywhere in a sentence after
// its title (a Russian "Методические указания …" sentence may be the
// title's own).
var guideKinds = []string{"әдістемелік нұсқау", "әдістемелік ұсыным"}

// sentenceGenres name a textbook's or a monograph's kind in a sentence of
// its own; the wider genreWords ("курс", "полный") also begin titles'
// second sentences ("Системы баз данных. Полный курс").
var sentenceGenres = []string{"training manual", "textbook", "study guide", "tutorial", "учебник", "учеб. пособие", "учебное пособие",
	"монография", "навч. посіб", "навчальний посібник", "підручник", "оқулық", "оқу құралы", "ucheb", "monograph",
	"справочник", "довідник", "даведнік", "дапаможнік", "анықтамалық", "хрестоматия", "хрестоматія", "энциклопедия", "енциклопедія", "encyclopedia",
	"оқу-әдістемелік құрал", "оқу-əдістемелік құрал", "практикум", "задачник", "ежегодник", "щорічник", "курс лекций", "курс лекцій"}

// isGenre reports text that starts with a designation of the document's kind.
func isGenre(s string) bool {
	s = strings.TrimPrefix(s, "[") // "Title : [учебное пособие для вузов]"
	if len(s) > 120 {
		s = s[:120] // the kind is named in the first words (of Cyrillic, two bytes a letter)
		for !utf8.ValidString(s) {
			s = s[:len(s)-1] // a letter cut in two
		}
	}
	low := lower(s)
	if !strings.Contains(low, " ") && !strings.HasSuffix(low, ".") {
		low += "." // "Title : підр": a title's abbreviated kind lost its stop with the title's
	}
	if dedication(low) {
		return true // "Title : к 100-летию Леонида Гайдая": the occasion, no part of the title
	}
	if hasAnyPrefix(low, genreWords) || containsAny(low, "дисс.", "дис.", "диссертац", "автореф") {
		return true // "филол. ғылымдарының канд. дисс.", "филол. ғыл. канд. …автореф.": a degree statement
	}
	if i := strings.IndexAny(low, ":;"); i > 0 {
		low = low[:i] // the next piece of other title information is its own
	}
	f := strings.Fields(low)
	if len(f) < 2 {
		return false
	}
	if hasAnyPrefix(f[1], genreNouns) || hasAnyPrefix(f[1], bookKindNouns) {
		return true
	}
	for _, w := range f[1:] {
		if hasAnyPrefix(w, collectionNouns) {
			return true // "Науковий історико-культурологічний збірник", "Бахрушинские чтения 1999 г."
		}
	}
	return false
}

// collectionNouns name the kind of a collection or a site after the
// adjectives that qualify it: "информ.-справочный портал", "межвуз.
// сборник", "Бахрушинские чтения".
var collectionNouns = []string{"збірник", "сборник", "зборнік", "жинағы", "альманах", "портал", "чтения", "читання", "ежегодник", "щорічник"}

// isVolumesNote reports "в 2 т.", "у 8-и томах", "ў 15 тамах", "in 3 vols":
// the number of volumes of a multi-volume work (GOST 7.1-2003, 4.2.4.4).
func isVolumesNote(s string) bool {
	if len(s) > 40 {
		s = s[:40] // the note is its first words; a long title is not lowered whole
	}
	low := lower(s)
	if kazakhVolumes(low) {
		return true
	}
	var rest string
	switch {
	case strings.HasPrefix(low, "в "), strings.HasPrefix(low, "у "), strings.HasPrefix(low, "in "):
		rest = low[strings.IndexByte(low, ' ')+1:]
	case strings.HasPrefix(low, "ў "):
		rest = low[len("ў "):]
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !isDigit(rest[0]) {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 1 {
		d := digitsEnd(f[0], 0)
		return d > 0 && hasAnyPrefix(f[0][d:], []string{"т.", "т", "кн"}) && len(f[0])-d <= 4 // "у 3т."
	}
	return hasAnyPrefix(f[1], []string{"т.", "т", "том", "тамах", "кн", "vol", "ч.", "ч", "частях", "частинах", "parts"}) || strings.Contains(f[0], "-") && hasAnyPrefix(f[1], []string{"том", "кн"})
}

// kazakhNumbers are the Kazakh numerals a count of volumes is written with.
var kazakhNumbers = map[string]bool{
	"бір": true, "екі": true, "үш": true, "төрт": true, "бес": true, "алты": true, "жеті": true,
	"сегіз": true, "тоғыз": true, "он": true, "жиырма": true, "отыз": true, "қырық": true, "елу": true,
}

// kazakhVolumes reports the Kazakh "in N volumes", lower-cased: "бес
// томдық", "он бес томдық", "20 томдық".
func kazakhVolumes(low string) bool {
	f := strings.Fields(low)
	for i, w := range f {
		if strings.HasPrefix(w, "томдық") {
			return i > 0
		}
		if !kazakhNumbers[w] && strings.Trim(w, "0123456789") != "" || i > 2 {
			return false
		}
	}
	return false
}

// dedication reports other title information naming the anniversary a
// work marks, "к 100-летию …", "да 80-годдзя …", "до 150-річчя …".
func dedication(low string) bool {
	for _, p := range []string{"к ", "да ", "до "} {
		if rest, ok := strings.CutPrefix(low, p); ok && rest != "" && isDigit(rest[0]) {
			return containsAny(rest[:min(len(rest), 24)], "лет", "годдз", "річч", "год")
		}
	}
	return false
}

// commaImprintAfter reads the imprint that closes an entry whose year
// followed the heading, a known place and the publisher after the title's
// comma: "Title, Київ, «Мистецтво»", "Title у 3т., Тернопіль «Навчальна
// книга»", "Title, Москва, Наука,". It returns the title, the place and
// the publisher, and whether it read them.
func commaImprintAfter(s string) (string, string, string, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), " ,.")
	for i := strings.LastIndexByte(s, ','); i > 0; i = strings.LastIndexByte(s[:i], ',') {
		after := strings.TrimSpace(s[i+1:])
		place, pub, ok := strings.Cut(after, ",")
		if !ok {
			place, pub, ok = strings.Cut(after, " «")
			pub = "«" + pub
		}
		place, pub = strings.TrimSpace(place), strings.TrimSpace(pub)
		if ok && pub != "" && isPlace(place) && !strings.ContainsAny(pub, ",") {
			return strings.TrimSpace(s[:i]), place, pub, true
		}
	}
	return s, "", "", false
}

// letterBefore reports a letter right before s[i].
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// journalKindTail is the kind of periodical printed after its name as
// other title information: ": научный журнал", ". Науковий часопис", ",
// научно-практический журнал", " (электронный журнал)".
var journalKindTail = lazyRegexp(`(?i)(?:\s*[:.,]\s+|\s+\()(?:[\p{L}.-]+\s+){1,3}(?:журнал|журн\.|часопис|часопіс|journal)\)?\.?$`)

// withoutJournalKind returns a periodical's name without the kind of
// periodical printed after it, which GOST's other title information gives
// and which names no part of the title.
func withoutJournalKind(c string) string {
	if !containsAny(c, "журн", "часопи", "ournal") {
		return c
	}
	m := journalKindTail.FindStringIndex(c)
	if m == nil || m[0] == 0 {
		return c
	}
	kind := strings.TrimLeft(c[m[0]:], " .,:(")
	if !hasAnyPrefix(lower(kind), journalKindWords) {
		return c // "Известия вузов. Лесной журнал": a subject names a series, not a kind
	}
	return strings.TrimRight(c[:m[0]], " .,:")
}

// journalKindWords open the kind of a periodical: "научный журнал",
// "електронний науковий журнал", "scientific journal".
var journalKindWords = []string{"науч", "наук", "навук", "ғылыми", "электрон", "електрон", "ежемесяч", "щомісяч", "реферат", "теоретич",
	"практич", "междунар", "міжнар", "рецензир", "рецензов", "общественно", "громадсько", "информац", "інформац", "scientific",
	"online", "electronic", "peer", "international", "academic"}
