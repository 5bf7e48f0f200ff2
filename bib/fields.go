package bib

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns for the fields of the areas after the title. Look-alike Latin
// letters (C for С, T for Т) are accepted where lists contain them.
var (
	editionRe = regexp.MustCompile(`(?i)(?:^|[\s,.;])(?:(\d+)(?:st|nd|rd|th)?\s*(?:rev\.\s*)?ed(?:ition)?\.?|(\d+)-?е\s+изд\.?|изд\.\s*(\d+)-?е|(\d+)-?(?:ші|шы|ое)\s+(?:бас|изд)\S*)`)
	yearRe    = regexp.MustCompile(`(?:^|[^\d./-])(1[5-9]\d\d|20\d\d)(?:\s*[-–/]\s*(1[5-9]\d\d|20\d\d))?(?:[^\d]|$)`)
	dmyRe     = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	ymdRe     = regexp.MustCompile(`\b(\d{4})[.-](\d{1,2})[.-](\d{1,2})\b`)
	isbnRe    = regexp.MustCompile(`(?i)ISBN(?:-1[03])?[\s:]*([\dXx][\d\s-]{8,16}[\dXx])`)
	issnRe    = regexp.MustCompile(`(?i)ISSN[\s:]*(\d{4}-?\d{3}[\dXx])`)
	seriesRe  = regexp.MustCompile(`(?:^|[.–—]\s)\(([^()]{3,}(?:\([^()]*\)[^()]*)?)\)\s*\.?\s*$`)
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
}

var (
	monthWord       = regexp.MustCompile(`(?i)^\p{L}{3,}\.?$`)
	mdyRe           = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	dmyWordRe       = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,2})\s+(\p{L}{3,})\.?,?\s+(\d{4})\b`)
	monthDay        = regexp.MustCompile(`(?i)^(\p{L}{3,})\.?\s+(\d{1,2})\b|^(\d{1,2})\s+(\p{L}{3,})(?:[^\p{L}]|$)|^(\p{L}{3,})(?:[^\p{L}]|$)`)
	monthBeforeYear = regexp.MustCompile(`(\p{L}{3,})\.?\s+(1[5-9]\d\d|20\d\d)(?:[^\d]|$)`)
)

func month(w string) int {
	w = foldKey(w)
	r := []rune(w)
	if len(r) < 3 {
		return 0
	}
	return months[string(r[:3])]
}

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
	if m := yearRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
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

// placeWords are the places of publication real lists print most, and
// their abbreviations: "Washington, D.C., 2009" names a place, not a publisher.
var placeWords = map[string]bool{
	"м.": true, "м": true, "спб.": true, "спб": true, "л.": true, "к.": true, "киев": true,
	"москва": true, "алматы": true, "астана": true, "нур-султан": true, "минск": true,
	"мн.": true, "київ": true, "харків": true, "львів": true, "новосибирск": true,
	"екатеринбург": true, "казань": true, "ташкент": true, "бишкек": true, "алма-ата": true,
	"london": true, "new york": true, "washington": true, "washington, d.c.": true,
	"oxford": true, "cambridge": true, "paris": true, "berlin": true, "moscow": true,
	"almaty": true, "astana": true, "beijing": true, "boston": true, "chicago": true,
	"princeton": true, "new haven": true, "stanford": true, "tokyo": true, "singapore": true,
	"abingdon": true, "basingstoke": true, "thousand oaks": true, "los angeles": true,
	"san francisco": true, "wuhan": true, "shanghai": true, "ithaca": true, "baltimore": true,
	"berkeley": true, "philadelphia": true, "hoboken": true, "amsterdam": true, "leiden": true,
	"bishkek": true, "tashkent": true, "kyiv": true, "minsk": true, "st. petersburg": true,
}

// publisherWords name a publisher: "Press", "Изд-во", "Verlag", "Routledge".
var publisherWords = []string{"press", "publish", "изд", "verlag", "books", "routledge", "springer", "elsevier", "wiley", "sage", "palgrave", "macmillan", "brill", "university", "университет", "наука", "ltd", "llc", "group", "academic", "media", "house", "chubanshe", "baspa", "баспа", "кітап", "издательство", "просвещение", "юрайт", "инфра", "proceedings"}

// isPublisher reports a word that names a publisher, or "Inc".
func isPublisher(s string) bool {
	low := strings.ToLower(s)
	return containsAny(low, publisherWords...) || containsWord(low, "inc")
}

// isPlace reports a known place of publication, with or without its full stop.
func isPlace(s string) bool {
	k := foldKey(s)
	return placeWords[k] || placeWords[k+"."] || placeWords[strings.TrimSuffix(k, ".")]
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
	if isPlace(s) {
		return s, ""
	}
	if i := strings.LastIndex(s, ","); i > 0 && isPlace(strings.TrimSpace(s[i+1:])) && !isPlace(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[i+1:]), strings.TrimSpace(s[:i])
	}
	if i := strings.Index(s, ","); i > 0 && isPlace(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return "", s
}

// yearTailIndex is where yearTail matches s, or -1. Without runs of
// spaces a match is at most 19 bytes long (", [1999] – 2000. "), so only
// the tail is searched.
func yearTailIndex(s string) int {
	t := s
	if !hasSpaceRun(s) {
		t = tail(s, 24)
	}
	m := yearTail.FindStringIndex(t)
	if m == nil {
		return -1
	}
	return len(s) - len(t) + m[0]
}

// cutYearTail removes the year that ends an imprint.
func cutYearTail(s string) string {
	if i := yearTailIndex(s); i >= 0 {
		return s[:i]
	}
	return s
}

var yearTail = regexp.MustCompile(`,?\s*(?:\[?(?:1[5-9]\d\d|20\d\d)\]?(?:\s*[-–]\s*(?:1[5-9]\d\d|20\d\d))?|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{1,2}\.\d{1,2}|б\.\s?г\.|n\.d\.|s\.a\.)\.?\s*$`)

// Volume, issue and page fields are read by hand-written scanners: they
// look for a key word after a separator, which a regular expression can
// only find by trying every position of the entry.

// Separators a numbered field follows (besides the start of the text).
const (
	fieldBounds    = " \t\n\f\r,.(;"
	pageBounds     = " \t\n\f\r,.(;:–—"
	numberBounds   = " \t\n\f\r,.;"
	pageNumBounds  = " \t\n\f\r,.;–—"
	fieldTerminals = " \t\n\f\r,.;)"
)

var (
	// volumeKeys: "Vol. 2", "Т. 2", "Кн. 1", "Ч. 3" (GOST 7.1-2003, 4.7.3),
	// with look-alike Latin T for Т.
	volumeKeys = []string{"Vol", "V", "Т", "T", "Том", "том", "Tom", "Book", "Bd", "vol", "т", "Кн", "кн", "Кітап", "Part", "Ч", "ч"}
	// volumeWords follow the number in Kazakh and Russian: "2-том", "3-т.".
	volumeWords = []string{"том", "т.", "шы том", "ші том"}
	// issueKeys: "№ 3", "No. 3", "Вып. 3", "Вип. 3" (Ukrainian), "Iss. 3".
	issueKeys = []string{"№", "No", "N", "Iss", "Issue", "Nr", "no", "Вып", "вып", "Вип", "вип", "Is", "Номер"}
	// pageKeys: "С. 12–15", "P. 5", "Б. 7" (Kazakh), "pp. 88–105", with
	// look-alike C and Р.
	pageKeys = []string{"С", "C", "с", "P", "p", "Pp", "pp", "PP", "Б", "б", "S", "s", "стр", "Стр", "Р", "P.P"}
	// pageUnits follow a page count: "250 с.", "126 p.", "640 б.", "12 л.".
	pageUnits = []string{"с", "p", "б", "pp", "S", "стр", "pages", "pp", "л", "бет"}
)

// scanField returns what read finds at the first position of s that
// follows one of bounds (or starts s), or "".
func scanField(s, bounds string, read func(s string, i int) (string, bool)) (string, bool) {
	for i := 0; i <= len(s); {
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
	v, _ := scanField(s, fieldBounds, func(s string, i int) (string, bool) {
		if j := afterKey(s, i, volumeKeys); j >= 0 {
			if v, ok := numberToken(s, j, "./-"); ok {
				return v, true
			}
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
	return v
}

// findIssue reads the issue: "№ 3", "No. 4", "Вып. 2".
func findIssue(s string) (string, bool) {
	return scanField(s, fieldBounds, func(s string, i int) (string, bool) {
		if j := afterKey(s, i, issueKeys); j >= 0 {
			return numberToken(s, j, "/–-")
		}
		return "", false
	})
}

// findPages reads the pages after "С.", "P.", "Б.", "pp.": "12–15", "5".
func findPages(s string) (string, bool) {
	return scanField(s, pageBounds, func(s string, i int) (string, bool) {
		for _, k := range pageKeys {
			if !strings.HasPrefix(s[i:], k+".") {
				continue
			}
			j := skipSpace(s, i+len(k)+1)
			if j < len(s) && isDigit(s[j]) {
				return pageRange(s, j)
			}
		}
		return "", false
	})
}

// pageRange reads `\d+\s*(?:[-–—−]\s*\d+)?` ending at a word boundary.
func pageRange(s string, j int) (string, bool) {
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
	case s[k] == '-':
		return 1
	case strings.HasPrefix(s[k:], "–"), strings.HasPrefix(s[k:], "—"), strings.HasPrefix(s[k:], "−"):
		return len("–")
	}
	return 0
}

// findPageCount reads the number of pages: "250 с.", "126 p.", "640 б.".
func findPageCount(s string) (string, bool) {
	return scanField(s, pageNumBounds, func(s string, i int) (string, bool) {
		if i >= len(s) || !isDigit(s[i]) {
			return "", false
		}
		e := digitsEnd(s, i)
		k := skipSpace(s, e)
		if k < len(s) && s[k] == '[' {
			if b := digitsEnd(s, k+1); b > k+1 && b < len(s) && s[b] == ']' {
				k = skipSpace(s, b+1)
			}
		}
		for _, u := range pageUnits {
			if !strings.HasPrefix(s[k:], u) {
				continue
			}
			if t := k + len(u); t == len(s) || strings.IndexByte(fieldTerminals, s[t]) >= 0 {
				return s[i:e], true
			}
		}
		return "", false
	})
}
