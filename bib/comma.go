package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Old lists, encyclopaedias and hand-typed reading lists run the areas of a
// short description together with commas alone: "Носович И.И. Словарь
// белорусского наречия, СПб., 1870.", "Атлас беларускай мовы, ч. 1-2,
// Мінск, 1963.", "Аналитические локальные алгебры. М., Наука, 1988.". Or
// with no punctuation at all: "Таңдамалы шығармалары Алматы 1994". The
// readers of the areas look for GOST R 7.0.5's full stops; commaAreas and
// bareImprint put them where the areas begin, in the text the readers see
// (the raw text is kept as it is).

// segKind is what a comma-separated segment at the end of an entry is.
type segKind int

const (
	segOther segKind = iota
	segYear
	segPlace
	segPart  // a volume, part, issue or edition: "ч. 1-2", "т. 1", "2 изд."
	segPages // "с. 129", "304 с."
)

// partWords open a segment that numbers a part of the work.
var partWords = []string{"т.", "ч.", "в.", "вып.", "кн.", "том", "частка", "чч.", "тт.", "бб.", "vol.", "pt."}

// classifySeg says what one segment is; s has no surrounding spaces.
func classifySeg(s string) segKind {
	t := strings.TrimRight(s, ".;")
	switch {
	case t == "":
		return segOther
	case yearSeg(t):
		return segYear
	case isPlace(t) || isPlace(s):
		return segPlace
	}
	low := lower(s)
	for _, w := range partWords {
		if strings.HasPrefix(low, w) {
			r := strings.TrimLeft(low[len(w):], " ")
			if r != "" && (r[0] >= '0' && r[0] <= '9' || strings.HasPrefix(r, "i") || strings.HasPrefix(r, "v") || strings.HasPrefix(r, "x")) {
				return segPart
			}
		}
	}
	if i := strings.Index(low, " изд"); i > 0 && i < 6 && low[0] >= '1' && low[0] <= '9' {
		return segPart // "2 изд.", "3-е изд."
	}
	for _, w := range []string{"с.", "стр.", "стр", "ст.", "б.", "p."} {
		if strings.HasPrefix(low, w) && len(low) > len(w) {
			if r := strings.TrimLeft(low[len(w):], " "); r != "" && r[0] >= '0' && r[0] <= '9' {
				return segPages
			}
		}
		if strings.HasSuffix(low, " "+w) && low[0] >= '0' && low[0] <= '9' {
			return segPages // "304 с."
		}
	}
	return segOther
}

// yearSeg reports a year or a span of years: "1963", "1966-1982",
// "1977-84", "2002 г.".
func yearSeg(t string) bool {
	for _, suf := range []string{" гг", " г", " р", " ж", "г"} {
		t = strings.TrimSuffix(t, suf)
	}
	if len(t) < 4 || !allDigits(t[:4]) {
		return false
	}
	if y := t[:2]; y != "18" && y != "19" && y != "20" && y != "17" {
		return false
	}
	r := strings.TrimLeft(t[4:], " -–—")
	return r == "" || len(r) <= 4 && allDigits(r) && len(t[4:]) > len(r)
}

// commaAreas rewrites the comma-separated areas that end s as full stops
// ("Title, ч. 1-2, Мінск, 1963." → "Title. Ч. 1-2. Мінск, 1963."). It
// changes nothing unless the run of areas names a place: a title may end in
// a number or a year of its own.
func commaAreas(s string) string {
	if !strings.Contains(s, ", ") {
		return s
	}
	for _, in := range []string{", в кн.:", ", в сб.:", ", у кн.:", ", в кн.", ", у зб.:"} {
		// "Белорусский язык, в кн.: Языки народов СССР, т. 1, М., 1966":
		// the part's title ends where its host is named.
		if i := strings.Index(s, in); i > 0 {
			return s[:i] + ". В" + s[i+len(", в"):i+len(in)] + commaAreas(s[i+len(in):])
		}
	}
	end := strings.TrimRight(s, " .;")
	cut := len(end)
	segs := strings.Split(end, ", ")
	kinds := make([]segKind, len(segs))
	for i, g := range segs {
		kinds[i] = classifySeg(strings.TrimSpace(g))
	}
	// The run: from the end, areas only, with one unclassified segment
	// allowed between a place and a year (the publisher: "М., Наука, 1988").
	start, place := len(segs), false
	for i := len(segs) - 1; i >= 1; i-- {
		k := kinds[i]
		if k == segOther && i+1 < len(segs) && kinds[i+1] == segYear && kinds[i-1] == segPlace {
			start = i
			continue
		}
		if k == segOther {
			break
		}
		place = place || k == segPlace
		start = i
	}
	if !place || start >= len(segs) || strings.ContainsAny(segs[start-1], "/") {
		return s
	}
	if kinds[start] == segPlace && strings.Contains(segs[start-1], ". ") {
		// "…, дис. … канд. наук. Институт географии РАН, Москва, 2016": a
		// sentence before the place names the publisher; the areas are
		// punctuated already.
		return s
	}
	var b strings.Builder
	b.WriteString(strings.Join(segs[:start], ", "))
	for i := start; i < len(segs); i++ {
		g := strings.TrimSpace(segs[i])
		prev := kinds[i-1]
		switch {
		case i > start && (prev == segPlace && kinds[i] != segPart && kinds[i] != segPages || prev == segOther && kinds[i] == segYear):
			b.WriteString(", ") // "Мінск, 1963", "М., Наука", "Наука, 1988"
		default:
			b.WriteString(". ")
		}
		if kinds[i] == segPart {
			g = upperFirst(g)
		}
		b.WriteString(strings.TrimSuffix(g, "."))
		if kinds[i] == segPlace && strings.HasSuffix(g, ".") {
			b.WriteByte('.')
		}
	}
	return b.String() + s[cut:]
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// bareImprint puts the full stop and comma of an imprint typed without
// them: "Таңдамалы шығармалары Алматы 1994" → "… шығармалары. Алматы,
// 1994"; "Оқу құралы. Алматы1994" → "… Алматы, 1994". Only a known city
// written out in full, right before a year that ends the entry, is read so.
func bareImprint(s string) string {
	end := strings.TrimRight(s, " .;")
	end = strings.TrimSuffix(strings.TrimSuffix(end, "ж"), "г") // "2007ж", "2009г": the word "year" glued to it
	if len(end) < 10 || !allDigits(end[len(end)-4:]) || !yearSeg(end[len(end)-4:]) {
		return s
	}
	head := strings.TrimRight(end[:len(end)-4], " ")
	if h, ok := strings.CutSuffix(head, ","); ok {
		if c := strings.LastIndex(h, ": "); c > 0 && isPlace(strings.TrimSpace(h[c+2:])) && !strings.Contains(h[:c], ". ") {
			// "Title:    Алматы, 2007ж": a colon typed where the title's
			// full stop and the area's dash belong.
			return h[:c] + ". – " + strings.TrimSpace(h[c+2:]) + ", " + end[len(end)-4:] + "."
		}
	}
	if strings.HasSuffix(head, ",") || strings.HasSuffix(head, ".") {
		return s // punctuated already
	}
	i := strings.LastIndexByte(head, ' ')
	if i < 0 {
		return s
	}
	city := head[i+1:]
	if utf8.RuneCountInString(city) < 4 || !isPlace(city) {
		return s
	}
	before := strings.TrimRight(head[:i], " ")
	if before == "" {
		return s
	}
	sep := ". "
	if strings.HasSuffix(before, ".") {
		sep = " "
	}
	return before + sep + city + ", " + end[len(end)-4:] + s[len(end):]
}
