package bib

import "strings"

// dashHostRe is a periodical named in an area of its own, with no "//"
// before it, and followed by the areas of its year and numbers: "Title. –
// Вестник КазНУ. – 2010. – № 3. – С. 5–10", "… – Освіта. – 2002. – 24 квіт.".
var dashHostRe = gate(`^\s*\.?\s*[–—-]\s*(\p{Lu}[^–—]{1,150}?)\.?\s+[–—-]\s+(?:1[5-9]|20)\d\d\.?\s+[–—-]\s+(?:(?:Т|Том|Vol|V|№|No|N|Вип|Вып|Iss|Ч|С|C|Б|Кн|P)\.?\s*\d|\d{1,2}\s+\p{Ll})`,
	false, "15", "16", "17", "18", "19", "20")

// dashHost returns the host of a part printed "Title. – Journal. – Year. –
// № N. – С. P" without the "//" GOST puts before a host: the text from the
// journal's name on. A place or an imprint ("М. : Наука") in that area is
// no journal, and then ok is false.
func dashHost(s string) (host string, ok bool) {
	m := dashHostRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	name := s[m[2]:m[3]]
	if strings.ContainsAny(name, ":/") || isPlace(strings.TrimSpace(firstPlace(name))) || hasDigitRun(name, 4) {
		return "", false
	}
	return strings.TrimSpace(s[m[2]:]), true
}

// isDashHost reports whether s, from the full stop that ends a title, goes
// on with a periodical in an area of its own (see dashHost).
func isDashHost(s string) bool {
	_, ok := dashHost(s)
	return ok
}

// hostSeries is the area of a periodical's series printed after its name:
// "// Вестник ОГУ. — Серия: Новые гуманитарные исследования. – 2015".
var hostSeries = lazyRegexp(`^[.\s]*[–—-]\s*((?:Серия|Сер\.|Серія|Series|Ser\.)\s*:?\s*[^–—]+?)\.?\s*(?:[–—]|-\s|$)`)

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
