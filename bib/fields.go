package bib

import (
	"regexp"
	"strconv"
	"strings"
)

// Patterns for the fields of the areas after the title. Look-alike Latin
// letters (C for С, T for Т) are accepted where lists contain them.
var (
	volumeRe  = regexp.MustCompile(`(?:^|[\s,.(;])(?:Vol|V|Т|T|Том|том|Tom|Book|Bd|vol|т|Кн|кн|Кітап|Part|Ч|ч)\.?\s*(\d+[\p{L}\d./-]*?)(?:[\s,.;)]|$)|(?:^|[\s,.;])(\d+)-(?:том|т\.|шы том|ші том)`)
	issueRe   = regexp.MustCompile(`(?:^|[\s,.(;])(?:№|No|N|Iss|Issue|Nr|no|Вып|вып|Вип|вип|Is|Номер)\.?\s*(\d+[\p{L}\d/–-]*?)(?:[\s,.;)]|$)`)
	pagesRe   = regexp.MustCompile(`(?:^|[\s,.(;:–—])(?:С|C|с|P|p|Pp|pp|PP|Б|б|S|s|стр|Стр|Р|P\.P)\.\s*(\d+\s*(?:[-–—−]\s*\d+)?)\b`)
	nPagesRe  = regexp.MustCompile(`(?:^|[\s,.;–—])(\d+)\s*(?:\[\d+\]\s*)?(?:с|p|б|pp|S|стр|pages|pp|л|бет)\.?(?:[\s,.;)]|$)`)
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
