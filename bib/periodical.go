package bib

import (
	"strings"
	"unicode/utf8"
)

// dashHost returns the host of a part printed "Title. – Journal. – Year. –
// № N. – С. P" without the "//" GOST puts before a host: a periodical named
// in an area of its own, followed by the areas of its year and numbers
// ("Title. – Вестник КазНУ. – 2010. – № 3. – С. 5–10", "… – Освіта. – 2002.
// – 24 квіт."; see dashHostName): the text from the journal's name on. A
// place or an imprint ("М. : Наука") in that area is no journal, and then
// ok is false.
func dashHost(s string) (host string, ok bool) {
	start, end := dashHostName(s)
	if start < 0 {
		return "", false
	}
	name := s[start:end]
	if strings.ContainsAny(name, ":/") || isPlace(strings.TrimSpace(firstPlace(name))) || hasDigitRun(name, 4) {
		return "", false
	}
	return strings.TrimSpace(s[start:]), true
}

// isDashHost reports whether s, from the full stop that ends a title, goes
// on with a periodical in an area of its own (see dashHost).
func isDashHost(s string) bool {
	_, ok := dashHost(s)
	return ok
}

// hostSeries is the area of a periodical's series printed after its name:
// "// Вестник ОГУ. — Серия: Новые гуманитарные исследования. – 2015".
var hostSeries = lazyRegexp(`^[.\s]*(?:[–—-]\s*)?((?:Серия|Сер\.|Серія|Series|Ser\.)\s*:?\s*[^–—]+?)\.?\s*(?:[–—]|-\s|$)`)

// withSeries adds to a host's title the series area that follows it, as
// part of the periodical's title (GOST 7.1-2003, 7.1.7: "Вестник МГУ. Сер.
// 7, Философия"), and returns the title and what is left of tail.
func withSeries(title, tail string) (string, string) {
	if !containsAny(tail, "Сер", "Ser") {
		return title, tail
	}
	m := hostSeries.FindStringSubmatchIndex(tail)
	if m == nil {
		return title, tail
	}
	return strings.TrimRight(title, ". ") + ". " + strings.TrimSpace(tail[m[2]:m[3]]), tail[m[3]:]
}

// periodicalWords open the title of a periodical or a serial collection
// (GOST 7.12 abbreviations and their full forms): a sentence that starts
// with one of them after a title, in a list that prints no "//", is the
// host of the part before it ("Старый Сайрам. Изв. Средазкомстариса.
// Ташкент, вып. 3, 1928. – С. 23–42").
var periodicalWords = []string{
	"Изв.", "Известия", "Вестн.", "Вестник", "Вісн.", "Вісник", "Тр.", "Труды", "Праці", "Зап.", "Записки",
	"Учен. зап.", "Ученые записки", "Учёные записки", "Сообщения", "Бюл.", "Бюллетень", "Журн.", "Журнал",
	"Сб.", "Сборник", "Збірник", "Зб.", "Материалы", "Матеріали", "Хабаршы", "Жаршысы", "Хабарлары",
	"Вопросы", "Проблемы", "Доклады", "Докл.", "Ежегодник", "Тез.", "Тезисы",
	"Proceedings", "Proc.", "Journal", "J.", "Bulletin", "Bull.", "Transactions", "Trans.", "Annals", "Izvestiya", "Vestnik",
}

// periodicalHost reports whether s, the text after a title, is the host of
// the part: a periodical's or collection's title (see periodicalWords) with
// the numbers that place the part in it.
func periodicalHost(s string) bool { return periodicalNext(s) && partNumbers(s) }

// periodicalNext reports whether s, the text after a title, opens with the
// title of a periodical or collection (see periodicalWords).
func periodicalNext(s string) bool {
	s = strings.TrimLeft(s, " .,")
	for _, w := range periodicalWords {
		// A word ends at an abbreviation's full stop, the text's end, or
		// an ASCII mark or space ("Вестник " but not "Вестникова").
		if strings.HasPrefix(s, w) && (strings.HasSuffix(w, ".") || len(s) == len(w) || s[len(w)] < utf8.RuneSelf && !isWordByte(s[len(w)])) {
			return true
		}
	}
	return false
}

// slashHost reports a host typed after one slash instead of two ("Title. /
// Теплоэнергетика. – 1996. – № 2. – С. 17–19", "Title / Сб. докл. конф. –
// С. 5–9"): the text after the slash, resp up to the end of its area and
// after it the rest, names no person or role, and either opens with a
// periodical's or collection's title word or, when the entry is headed by
// its authors (heading) and the text does not name them, the rest locates a part (pages, issue) and counts no pages of
// its own, as a statement of responsibility of an organisation would.
func slashHost(resp, after string, heading []Name) bool {
	if resp == "" || editorWords.MatchString(resp) || otherRole.MatchString(resp) || translatorWords.MatchString(resp) {
		return false
	}
	if names, _, _ := parseNames(resp); len(names) > 0 {
		return false
	}
	for _, n := range heading {
		if n.Family != "" && containsWord(lower(resp), lower(n.Family)) {
			return false // "/ David Gleicher": the heading's author in full
		}
	}
	if periodicalNext(strings.TrimPrefix(resp, "In ")) || confRe.MatchString(resp) {
		return true // "/ Сб. докл. конф.", "/In Proceedings of …", "/ XIV Международная конференция"
	}
	if len(heading) == 0 {
		return false
	}
	if _, ok := findPageCount(after); ok {
		return false
	}
	_, pages := findPages(after)
	_, issue := findIssue(after)
	return pages || issue
}

// partNumbers reports the pages, issue or volume that locate a part in its
// host; a collection named after a title without them is the title's genre
// ("Автоморфизмы классических групп. Сборник. М., Мир, 1976").
func partNumbers(s string) bool {
	if _, ok := findPages(s); ok {
		return true
	}
	if _, ok := findIssue(s); ok {
		return true
	}
	return findVolume(s) != ""
}

// twoIssues is MLA's "vol. 125, no. 1" as OJS renders it in Ukrainian and
// Kazakh: "вип. 125, вип. 1".
var twoIssues = lazyRegexp(`(?:^|[\s,])(?:вип|вып)\.\s*(\d+)\s*,\s*(?:вип|вып)\.\s*(\d+)`)

// volumeOfTwoIssues reads the first of two issue numbers in a row as the
// volume, whichever reader read the entry.
func volumeOfTwoIssues(it *Item, raw string) {
	if it.Volume != "" || it.ContainerTitle == "" || !containsAny(raw, "вип.", "вып.") {
		return
	}
	if m := twoIssues.FindStringSubmatch(raw); m != nil {
		it.Volume, it.Issue = m[1], m[2]
	}
}
