package bib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written scanners for patterns the GOST-style reader runs on every
// entry, area and separator. Each replaces a regular expression whose
// backtracking search cost more than the rest of its caller; each returns
// what the expression returned (gost_scan_test.go keeps the expressions
// and compares them on the corpus and under fuzzing). As in the
// expressions, \s is [\t\n\f\r ], \d is [0-9], \b is the boundary of the
// ASCII word class [0-9A-Za-z_], \p{Lu} is unicode.IsUpper and \p{L} is
// unicode.IsLetter; a byte that is not UTF-8 reads as U+FFFD.

// boundaryAt reports \b at i: one side of i is a word byte, the other not.
func boundaryAt(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// upperAt returns the end of the \p{Lu} at i, or -1.
func upperAt(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 || !unicode.IsUpper(r) {
		return -1
	}
	return i + n
}

// imprintStarts reports whether s opens with an imprint, "Place : Publisher,
// Year" or "Publisher, Year": whether imprintStart,
//
//	^(?:P\s?:\s?[^:]{1,120}?,\s*\[?(?:\d{4}|б\.\s?г\.)
//	|[^,:;.]{2,80}?,\s*(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2})\b
//	|Q\s?:\s?\p{Lu}[^\s:,]*(?:\s+[^\s:,]+){0,3}(?:\.\s|\.?$))
//
// matches s, where P is a place (placeHeadEnd with "D.C.") and Q one
// without "D.C.".
func imprintStarts(s string) bool {
	if c := placeColonEnd(s, true); c >= 0 && placeYearAt(s, c) {
		return true
	}
	if publisherYear(s) {
		return true
	}
	c := placeColonEnd(s, false)
	return c >= 0 && publisherWordsAt(s, c)
}

// placeColonEnd returns the end of the place and colon that open s,
// `\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*D\.\s?C\.|,\s*\p{Lu}{2}\.?)?\s?:`
// with dc, the same without the ",\s*D\.\s?C\." choice otherwise; -1 when
// s does not open so. A word is read whole, since what may follow it (a
// space, a comma, a colon) is no part of one; ", D.C." and ", DC" differ
// in their second character, so at most one choice reads on.
func placeColonEnd(s string, dc bool) int {
	i := placeWordAt(s, 0)
	for words := 1; i >= 0; words++ {
		j := skipSpace(s, i)
		if j == i || words == 3 || upperAt(s, j) < 0 {
			break
		}
		i = placeWordAt(s, j)
	}
	if i < 0 {
		return -1
	}
	if i < len(s) && s[i] == ',' {
		j := skipSpace(s, i+1)
		switch {
		case dc && strings.HasPrefix(s[j:], "D."):
			k := j + 2
			if k < len(s) && isSpaceByte(s[k]) {
				k++
			}
			if !strings.HasPrefix(s[k:], "C.") {
				return -1
			}
			i = k + 2
		default:
			k := upperAt(s, j)
			if k < 0 {
				return -1
			}
			if k = upperAt(s, k); k < 0 {
				return -1
			}
			if k < len(s) && s[k] == '.' {
				if e := colonEnd(s, k+1); e >= 0 {
					return e
				}
			}
			i = k
		}
	}
	return colonEnd(s, i)
}

// placeWordAt returns the end of `\p{Lu}[\p{L}.\-]*` at i, or -1.
func placeWordAt(s string, i int) int {
	i = upperAt(s, i)
	if i < 0 {
		return -1
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '-' && !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// colonEnd returns the end of `\s?:` at i, or -1.
func colonEnd(s string, i int) int {
	if i < len(s) && isSpaceByte(s[i]) && i+1 < len(s) && s[i+1] == ':' {
		return i + 2
	}
	if i < len(s) && s[i] == ':' {
		return i + 1
	}
	return -1
}

// placeYearAt reports whether `\s?[^:]{1,120}?,\s*\[?(?:\d{4}|б\.\s?г\.)`
// matches at i: some comma after one to 120 runes that are no colon (121
// when the first is the optional \s) is followed by a year or "б. г.".
func placeYearAt(s string, i int) bool {
	space := i < len(s) && isSpaceByte(s[i])
	for j, n := i, 0; j < len(s) && n <= 121; n++ {
		switch s[j] {
		case ':':
			return false
		case ',':
			if n >= 1 && (n <= 120 || space) && yearAfterComma(s, j+1) {
				return true
			}
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return false
}

// yearAfterComma reports whether `\s*\[?(?:\d{4}|б\.\s?г\.)` matches at i.
func yearAfterComma(s string, i int) bool {
	i = skipSpace(s, i)
	if i < len(s) && s[i] == '[' {
		i++
	}
	if digitsEnd(s, i)-i >= 4 {
		return true
	}
	if !strings.HasPrefix(s[i:], "б.") {
		return false
	}
	i += len("б.")
	if i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return strings.HasPrefix(s[i:], "г.")
}

// publisherYear reports whether
// `^[^,:;.]{2,80}?,\s*(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2})\b`
// matches s: only the first of ",:;." can end the publisher.
func publisherYear(s string) bool {
	j := strings.IndexAny(s, ",:;.")
	if j < 0 || s[j] != ',' {
		return false
	}
	if n := utf8.RuneCountInString(s[:j]); n < 2 || n > 80 {
		return false
	}
	i := skipSpace(s, j+1)
	if digitsEnd(s, i)-i >= 4 && boundaryAt(s, i+4) {
		return true
	}
	if e := isoDateEnd(s, i); e >= 0 && boundaryAt(s, e) {
		return true
	}
	e := dottedDateEnd(s, i)
	return e >= 0 && boundaryAt(s, e)
}

// isoDateEnd returns the end of `\d{4}\.\d{2}\.\d{2}` at i, or -1.
func isoDateEnd(s string, i int) int {
	for _, n := range [...]int{4, 2} {
		if digitsEnd(s, i) != i+n || i+n >= len(s) || s[i+n] != '.' {
			return -1
		}
		i += n + 1
	}
	if digitsEnd(s, i)-i < 2 {
		return -1
	}
	return i + 2
}

// dottedDateEnd returns the end of `\d{1,2}\.\d{1,2}\.\d{4}` at i, or -1:
// each short number is the whole run of digits before its full stop.
func dottedDateEnd(s string, i int) int {
	for range 2 {
		e := digitsEnd(s, i)
		if e == i || e-i > 2 || e >= len(s) || s[e] != '.' {
			return -1
		}
		i = e + 1
	}
	if digitsEnd(s, i)-i < 4 {
		return -1
	}
	return i + 4
}

// publisherWordsAt reports whether
// `\s?\p{Lu}[^\s:,]*(?:\s+[^\s:,]+){0,3}(?:\.\s|\.?$)` matches at i: one
// to four words, the first capitalised, where a word that ends the text,
// or ends in a full stop after its first rune and is followed by \s, ends
// the match.
func publisherWordsAt(s string, i int) bool {
	if i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	first := upperAt(s, i)
	if first < 0 {
		return false
	}
	for words := 1; ; words++ {
		e := first
		for e < len(s) && !isSpaceByte(s[e]) && s[e] != ':' && s[e] != ',' {
			e++
		}
		if e == len(s) || e-1 >= first && s[e-1] == '.' && isSpaceByte(s[e]) {
			return true
		}
		if words == 4 || !isSpaceByte(s[e]) {
			return false
		}
		i = skipSpace(s, e)
		if i == len(s) || s[i] == ':' || s[i] == ',' {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		first = i + n
	}
}

// numberWords are the words and abbreviations that open a number (volume,
// issue, pages) in areaStart; fieldNumberWords those of fieldStart.
var (
	numberWords      = []string{"Vol", "V", "Т", "т", "T", "Том", "Book", "Вып", "Вип", "вып", "вип", "Iss", "No", "№", "N", "P", "Pp", "pp", "С", "C", "Б", "S", "p", "с", "б", "стр", "Кн", "Ч"}
	fieldNumberWords = []string{"vol", "no", "pp", "iss", "Vol", "V", "Т", "т", "T", "Том", "Book", "Вып", "Iss", "No", "№", "N", "P", "Pp", "pp", "С", "C", "Б", "S", "p", "с", "б", "стр", "Кн", "Ч"}
)

// numberWordOpens reports whether `(?:w1|w2|…)\.?\s*\d` matches at the
// start of s for words: one of them, an optional full stop, spaces and a
// digit.
func numberWordOpens(s string, words []string) bool {
	for _, w := range words {
		if !strings.HasPrefix(s, w) {
			continue
		}
		i := len(w)
		if i < len(s) && s[i] == '.' {
			i++
		}
		if i = skipSpace(s, i); i < len(s) && isDigit(s[i]) {
			return true
		}
	}
	return false
}

// startsWithField reports whether s opens with a field after an imprint
// (a number, a digit, a parenthesis): whether
// `^(?:(?:vol|no|pp|iss|Vol|V|Т|T|Том|Book|Вып|Iss|No|№|N|P|Pp|pp|С|C|Б|S|p|с|б|стр|Кн|Ч)\.?\s*\d|\d|\()`
// matches s.
func startsWithField(s string) bool {
	return s != "" && (isDigit(s[0]) || s[0] == '(') || numberWordOpens(s, fieldNumberWords)
}

// areaOpenWords open an area by themselves in areaStart.
var areaOpenWords = []string{"URL", "DOI", "ISBN", "Изд.", "Изд-во", "Вид-во", "Введ.", "[", "In:", "Автореф", "автореф", "Дисертаці", "дисертаці", "Диссертаци", "диссертаци"}

// opensArea reports whether s opens an area after the title, so that a
// dash inside a title ("Казахстан — Китай: от …") is not taken for a
// separator: whether areaStart,
//
//	^(?:\d{4}\b|\d{1,2}\.\d{1,2}\.\d{4}|(?:Vol|V|Т|…|Кн|Ч)\.?\s*\d
//	|\d+\s*(?:с|c|p|б|pp|S|стр)\.|URL|DOI|ISBN|\d+(?:st|nd|rd|th)?\s*[eе]d
//	|\d+-о?е изд|Изд\.|Изд-во|Вид-во|Введ\.|\[|In:|(?:Режим|Текст|Text)\b|Препринт\s|[Аа]втореф|[Дд]исс?\.\s
//	|[Дд]исертаці|[Дд]иссертаци|(?:Т|т|T|Том|Кн|Ч|Vol|Вып|Вип)\.\s*[IVXLC]{1,6}\b)
//
// matches s (the words are numberWords).
func opensArea(s string) bool {
	if d := digitsEnd(s, 0); d > 0 {
		return d == 4 && (boundaryAt(s, 4) || len(s) > 4 && s[4] >= 'a' && s[4] <= 'z' && boundaryAt(s, 5)) || // "2001a": a year told apart by its letter
			dottedDateEnd(s, 0) >= 0 || unitAfterNumber(s, d) ||
			editionAfterNumber(s, d) || strings.HasPrefix(s[d:], "-е изд") || strings.HasPrefix(s[d:], "-ое изд") || dayMonthYear(s, d) ||
			strings.HasPrefix(s[d:], "-т.") || strings.HasPrefix(s[d:], "-том") // Kazakh "3-т.", "2-том"
	}
	for _, w := range areaOpenWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	for _, w := range [...]string{"Режим", "Текст", "Text"} {
		if strings.HasPrefix(s, w) && boundaryAt(s, len(w)) {
			return true
		}
	}
	for _, w := range [...]string{"Препринт", "Дис.", "дис.", "Дисс.", "дисс."} {
		if strings.HasPrefix(s, w) && len(s) > len(w) && isSpaceByte(s[len(w)]) {
			return true
		}
	}
	return numberWordOpens(s, numberWords) || romanVolumeAt(s, 0) > 0
}

// dayMonthYear reports a date written out, "23 января 2016" or "3 лютага
// 2017", at the start of s, whose first d bytes are digits: a newspaper's
// issue date opens an area.
func dayMonthYear(s string, d int) bool {
	j := skipSpace(s, d)
	if d > 2 || j == d {
		return false
	}
	k, letters := j, 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k, letters = k+n, letters+1
	}
	if letters < 3 || month(s[j:k]) == 0 {
		return false
	}
	if k < len(s) && s[k] == '.' {
		k++
	}
	y := skipSpace(s, k)
	return y > k && isYearAt(s, y) && boundaryAt(s, y+4)
}

// romanVolumeKeys number a volume or a book in roman figures: "Т. IV",
// "т. I", "Кн. II", "Ч. III", "Vol. II".
var romanVolumeKeys = []string{"Т", "т", "T", "Том", "Кн", "Ч", "Vol", "Вып", "Вип"}

// romanVolumeAt reports where the roman figures of a volume that starts at
// s[i:] begin (`(?:(?:Т|т|T|Том|Кн|Ч|Vol|Вып|Вип)\.|Том\s)\s*[IVXLC]{1,6}\b`: "Т. IV",
// "Том I"), or -1.
func romanVolumeAt(s string, i int) int {
	for _, k := range romanVolumeKeys {
		if !strings.HasPrefix(s[i:], k) || i+len(k) >= len(s) || s[i+len(k)] != '.' && (k != "Том" || !isSpaceByte(s[i+len(k)])) {
			continue
		}
		j := skipSpace(s, i+len(k)+1)
		e := romanEnd(s, j)
		if e > j && e-j <= 6 && (e == len(s) || !isWordByte(s[e])) {
			return j
		}
	}
	return -1
}

// unitAfterNumber reports whether `\s*(?:с|p|б|pp|S|стр)\.` matches at i.
func unitAfterNumber(s string, i int) bool {
	i = skipSpace(s, i)
	for _, u := range [...]string{"с.", "c.", "p.", "б.", "pp.", "S.", "стр."} { // "141 c.": a Latin c typed for с
		if strings.HasPrefix(s[i:], u) {
			return true
		}
	}
	return false
}

// editionAfterNumber reports whether `(?:st|nd|rd|th)?\s*[eе]d` matches at i.
func editionAfterNumber(s string, i int) bool {
	if edAt(s, skipSpace(s, i)) {
		return true
	}
	for _, o := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[i:], o) && edAt(s, skipSpace(s, i+2)) {
			return true
		}
	}
	return false
}

// edAt reports "ed" at i, its "e" Latin or the Cyrillic look-alike ("3rd
// еdition" as lists type it).
func edAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "ed") || strings.HasPrefix(s[i:], "еd")
}

// emptyPageAt returns where `[—–-]\s*(?:P|С|C|p|с|Б|б)\.\s*$` matches in
// s — a dash, a page abbreviation and its full stop at the end, with no
// number — or -1. Read from the end, the match has one place only.
func emptyPageAt(s string) int {
	j := len(s)
	for j > 0 && isSpaceByte(s[j-1]) {
		j--
	}
	if j == 0 || s[j-1] != '.' {
		return -1
	}
	r, n := utf8.DecodeLastRuneInString(s[:j-1])
	switch r {
	case 'P', 'С', 'C', 'p', 'с', 'Б', 'б':
	default:
		return -1
	}
	j -= 1 + n
	for j > 0 && isSpaceByte(s[j-1]) {
		j--
	}
	r, n = utf8.DecodeLastRuneInString(s[:j])
	switch r {
	case '—', '–', '-':
		return j - n
	}
	return -1
}

// collapseSpaces replaces every run of two or more \s with one space, as
// `\s{2,}` replaced with " " does.
func collapseSpaces(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !isSpaceByte(s[i]) {
			i++
			continue
		}
		e := skipSpace(s, i)
		if e-i >= 2 {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			b.WriteByte(' ')
			last = e
		}
		i = e
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// foldRune reports whether r is l under simple case folding, as (?i)
// compares them.
func foldRune(r, l rune) bool {
	if r == l {
		return true
	}
	if r < utf8.RuneSelf && l < utf8.RuneSelf {
		return 'a' <= l|0x20 && l|0x20 <= 'z' && r == l^0x20 // ASCII folds only between the cases of a letter
	}
	if 'Ѐ' <= r && r <= 'џ' && 'Ѐ' <= l && l <= 'џ' {
		// Basic Cyrillic folds only between the cases of a letter (the
		// other runes of an orbit, such as ᲃ for с, lie outside it):
		// the loop below costs two table look-ups a letter.
		return lowerRune(r) == lowerRune(l)
	}
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// foldPrefixAt returns the end of lit at i under simple case folding, or
// -1; a folded rune may be longer or shorter than lit's ("ſ" for "s").
func foldPrefixAt(s string, i int, lit string) int {
	for _, l := range lit {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || !foldRune(r, l) {
			return -1
		}
		i += n
	}
	return i
}

// urlStartSpan returns the span of the leftmost match of
// `(?i)\b(?:(?:https?|ftp)://|www\.)` in s — "http://", "https://",
// "ftp://" or "www." in any case after no word byte — or -1, -1.
func urlStartSpan(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'h', 'f', 'w':
			if i > 0 && isWordByte(s[i-1]) {
				continue
			}
			if e := urlSchemeEnd(s, i); e >= 0 {
				return i, e
			}
		}
	}
	return -1, -1
}

// urlStartIn reports whether urlStartSpan finds a match in s.
func urlStartIn(s string) bool {
	i, _ := urlStartSpan(s)
	return i >= 0
}

// urlSchemeEnd returns the end of `(?i)(?:https?|ftp)://|www\.` at i, or -1.
func urlSchemeEnd(s string, i int) int {
	if j := foldPrefixAt(s, i, "http"); j >= 0 {
		if k := foldPrefixAt(s, j, "s"); k >= 0 && strings.HasPrefix(s[k:], "://") {
			return k + 3
		}
		if strings.HasPrefix(s[j:], "://") {
			return j + 3
		}
		return -1
	}
	if j := foldPrefixAt(s, i, "ftp"); j >= 0 && strings.HasPrefix(s[j:], "://") {
		return j + 3
	}
	if j := foldPrefixAt(s, i, "www"); j >= 0 && j < len(s) && s[j] == '.' {
		return j + 1
	}
	return -1
}

// replaceEmphasis replaces each Markdown emphasis mark in s with what repl
// returns for it: the successive leftmost matches of
// `\*{1,3}|(?:^|\s)_{1,2}|_{1,2}(?:\s|[.,:;]|$)`, as ReplaceAllStringFunc
// finds them.
func replaceEmphasis(s string, repl func(string) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		e := emphasisEnd(s, i)
		if e < 0 {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl(s[i:e]))
		last, i = e, e
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// emphasisEnd returns the end of the emphasis mark that starts at i, or
// -1: one to three asterisks; two or three apostrophes (wiki italics and
// bold around a name or title); one or two underscores at the start of s or
// after a \s (the \s included); one or two underscores before a \s, a
// mark of ".,:;" (both included) or the end of s.
func emphasisEnd(s string, i int) int {
	switch {
	case s[i] == '\'' && i+1 < len(s) && s[i+1] == '\'':
		if i+2 < len(s) && s[i+2] == '\'' {
			return i + 3
		}
		return i + 2
	case s[i] == '*':
		e := i + 1
		for e < len(s) && e < i+3 && s[e] == '*' {
			e++
		}
		return e
	case i == 0 && s[0] == '_':
		return underscoresEnd(s, 0)
	case isSpaceByte(s[i]) && i+1 < len(s) && s[i+1] == '_':
		return underscoresEnd(s, i+1)
	case s[i] == '_':
		for e := underscoresEnd(s, i); e > i; e-- {
			if e == len(s) {
				return e
			}
			if c := s[e]; isSpaceByte(c) || strings.IndexByte(".,:;", c) >= 0 {
				return e + 1
			}
		}
	}
	return -1
}

// underscoresEnd returns the end of `_{1,2}` at i, which holds an underscore.
func underscoresEnd(s string, i int) int {
	if i+1 < len(s) && s[i+1] == '_' {
		return i + 2
	}
	return i + 1
}

// opCitWords are the phrases of a repeat by opCitRe, each "word. word".
var opCitWords = [...][2]string{{"op", "cit"}, {"указ", "соч"}, {"ukaz", "soch"}, {"цит", "соч"}, {"loc", "cit"}, {"вказ", "праця"}, {"назв", "праця"}, {"зазнач", "праця"}, {"цит", "праця"}, {"указ", "праця"}, {"ук", "соч"}}

// opCit splits a shortened repeat ("Петров П. П. Указ. соч. С. 5") into the
// text before its phrase and the text after it, as the groups of
// `(?i)^(.{1,80}?)[,.]?\s*(?:op\.\s*cit|указ\.\s*соч|ukaz\.\s*soch|цит\.\s*соч|loc\.\s*cit|вказ\.\s*праця|назв\.\s*праця|зазнач\.\s*праця|цит\.\s*праця|указ\.\s*праця|ук\.\s*соч)\.?(.*)$`:
// the shortest head of one to 80 runes without a line break, after which
// come an optional comma or full stop, spaces and the phrase in any case,
// and a rest without a line break after the phrase's optional full stop.
func opCit(s string) (head, rest string, ok bool) {
	for p, n := 0, 0; p < len(s) && n < 80 && s[p] != '\n'; n++ {
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
		q := p
		if q < len(s) && (s[q] == ',' || s[q] == '.') {
			q++
		}
		e := opCitPhraseEnd(s, skipSpace(s, q))
		if e < 0 {
			continue
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		if strings.IndexByte(s[e:], '\n') < 0 {
			return s[:p], s[e:], true
		}
	}
	return "", "", false
}

// opCitLeads are the runes a phrase of opCitWords may begin with, each
// first letter in every case (simple folding).
var opCitLeads = func() []rune {
	var out []rune
	for _, w := range opCitWords {
		l, _ := utf8.DecodeRuneInString(w[0])
		for r := l; ; {
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
			if r = unicode.SimpleFold(r); r == l {
				break
			}
		}
	}
	return out
}()

// opCitPhraseEnd returns the end of the phrase of opCitWords at i, its
// words in any case with a full stop and \s* between them, or -1. A rune
// that begins no phrase is turned away at once: opCit asks at each of
// up to 80 places, and most hold none.
func opCitPhraseEnd(s string, i int) int {
	if r, _ := utf8.DecodeRuneInString(s[i:]); !slices.Contains(opCitLeads, r) {
		return -1
	}
	for _, w := range opCitWords {
		if e := foldPrefixAt(s, i, w[0]); e >= 0 && e < len(s) && s[e] == '.' {
			if e = foldPrefixAt(s, skipSpace(s, e+1), w[1]); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// isOpCit reports whether opCit reads s.
func isOpCit(s string) bool {
	_, _, ok := opCit(s)
	return ok
}

// dropText returns "", for replaceEmphasis to delete the marks.
func dropText(string) string { return "" }

// areaSplitEnd returns the end of the area separator that starts at i, `\.?\s+[–—]\s+|\.\s*[–—]\s*|\.\s+(?:\p{Lu}\p{Ll}*\.?\s?:)` tried
// in that order — a dash between spaces, a full stop and a dash, or a
// full stop before "Place:" — or -1.
func areaSplitEnd(s string, i int) int {
	dot := s[i] == '.'
	j := i
	if dot {
		j++
	}
	if k := skipSpace(s, j); k > j {
		if n := dashLen(s, k); n > 0 {
			if e := skipSpace(s, k+n); e > k+n {
				return e
			}
		}
	}
	if !dot {
		return -1
	}
	k := skipSpace(s, j)
	if n := dashLen(s, k); n > 0 {
		return skipSpace(s, k+n)
	}
	if k == j {
		return -1
	}
	return placeLabelEnd(s, k)
}

// placeLabelEnd returns the end of `\p{Lu}\p{Ll}*\.?\s?:` at i, or -1: the
// lower-case letters are read whole, for none of what follows them is one.
func placeLabelEnd(s string, i int) int {
	p := upperAt(s, i)
	if p < 0 {
		return -1
	}
	p = lowerRunEnd(s, p)
	if p < len(s) && s[p] == '.' {
		if e := colonEnd(s, p+1); e >= 0 {
			return e
		}
	}
	return colonEnd(s, p)
}

// monthBeforeYearIn finds "April 2013" in s: the groups of the leftmost
// match of `(\p{L}{3,})\.?\s+(1[5-9]\d\d|20\d\d)(?:[^\d]|$)`. A match
// takes a whole run of letters (what follows the word is no letter), so
// it starts at the first run of three letters or more that a year
// follows.
func monthBeforeYearIn(s string) (word, year string, ok bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start, letters := i, 0
		for ; i < len(s); letters++ {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += n
		}
		if letters < 3 {
			continue
		}
		j := i
		if j < len(s) && s[j] == '.' {
			j++
		}
		if k := skipSpace(s, j); k > j && isYearAt(s, k) && (k+4 == len(s) || !isDigit(s[k+4])) {
			return s[start:i], s[k : k+4], true
		}
	}
	return "", "", false
}

// dashHostName returns the span of the periodical's name in the match of
// the pattern it replaced,
//
//	^\s*\.?\s*[–—-]\s*(\p{Lu}[^–—]{1,150}?)\.?\s+[–—-]\s+(?:1[5-9]|20)\d\d\.?\s+[–—-]\s+
//	(?:(?:Т|Том|Vol|V|№|No|N|Вип|Вып|Iss|Ч|С|C|Б|Кн|P)\.?\s*\d|\d{1,2}\s+\p{Ll})
//
// at the start of s — "– Вестник КазНУ. – 2010. – № 3" — or -1, -1: the
// shortest name of a capital and one to 150 runes other than an en or em
// dash after which come a dash, a year, a dash and a number.
func dashHostName(s string) (int, int) {
	i := skipSpace(s, 0)
	if i < len(s) && s[i] == '.' {
		i = skipSpace(s, i+1)
	}
	n := anyDashLen(s, i)
	if n == 0 {
		return -1, -1
	}
	start := skipSpace(s, i+n)
	p := upperAt(s, start)
	if p < 0 {
		return -1, -1
	}
	for k := 0; k < 150 && p < len(s); k++ {
		if dashLen(s, p) > 0 {
			break
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
		if yearAreaAt(s, p) {
			return start, p
		}
	}
	return -1, -1
}

// anyDashLen is the length of the [–—-] at i, or 0.
func anyDashLen(s string, i int) int {
	if i < len(s) && s[i] == '-' {
		return 1
	}
	return dashLen(s, i)
}

// spacedDashEnd returns the end of `\s+[–—-]\s+` at i, or -1.
func spacedDashEnd(s string, i int) int {
	j := skipSpace(s, i)
	if j == i {
		return -1
	}
	n := anyDashLen(s, j)
	if n == 0 {
		return -1
	}
	if e := skipSpace(s, j+n); e > j+n {
		return e
	}
	return -1
}

// issueWords are the words that open the number after a periodical's year.
var issueWords = []string{"Т", "Том", "Vol", "V", "№", "No", "N", "Вип", "Вып", "Iss", "Ч", "С", "C", "Б", "Кн", "P"}

// yearAreaAt reports whether
// `\.?\s+[–—-]\s+(?:1[5-9]|20)\d\d\.?\s+[–—-]\s+(?:(?:Т|…|P)\.?\s*\d|\d{1,2}\s+\p{Ll})`
// matches at i: the areas of a year and a number ("2010. – № 3", "2002. –
// 24 квіт.").
func yearAreaAt(s string, i int) bool {
	if i < len(s) && s[i] == '.' {
		i++
	}
	i = spacedDashEnd(s, i)
	if i < 0 || !isYearAt(s, i) {
		return false
	}
	i += 4
	if i < len(s) && s[i] == '.' {
		i++
	}
	if i = spacedDashEnd(s, i); i < 0 {
		return false
	}
	if numberWordOpens(s[i:], issueWords) {
		return true
	}
	d := digitsEnd(s, i)
	if d == i || d-i > 2 {
		return false
	}
	j := skipSpace(s, d)
	return j > d && lowerAt(s, j) >= 0
}

// fieldSpan returns the span of the field of s numbered n from 0, as
// strings.Fields splits s (at runs of unicode.IsSpace), without making
// the slice of all of them; len(s), len(s) when s has no such field.
func fieldSpan(s string, n int) (int, int) {
	i := 0
	for {
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += w
		}
		start := i
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += w
		}
		if n == 0 || start == len(s) {
			return start, i
		}
		n--
	}
}
