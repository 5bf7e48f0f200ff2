package bib

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The regular expressions gost_scan.go replaced, kept to compare the
// scanners against them.
var (
	oldImprintStart = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*D\.\s?C\.|,\s*\p{Lu}{2}\.?)?\s?:\s?[^:]{1,120}?,\s*\[?(?:\d{4}|б\.\s?г\.)|[^,:;.]{2,80}?,\s*(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2})\b|\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*\p{Lu}{2}\.?)?\s?:\s?\p{Lu}[^\s:,]*(?:\s+[^\s:,]+){0,3}(?:\.\s|\.?$))`)
	oldAreaStart    = regexp.MustCompile(`^(?:\d{4}\b|\d{1,2}\.\d{1,2}\.\d{4}|(?:Vol|V|Т|T|Том|Book|Вып|Вип|вып|вип|Iss|No|№|N|P|Pp|pp|С|C|Б|S|p|с|б|стр|Кн|Ч)\.?\s*\d|\d+\s*(?:с|p|б|pp|S|стр)\.|URL|DOI|ISBN|\d+(?:st|nd|rd|th)?\s*ed|\d+-е изд|Изд\.|Введ\.|\[|In:|(?:Режим|Текст|Text)\b|Препринт\s|[Аа]втореф|[Дд]исс?\.\s)`)
	oldFieldStart   = regexp.MustCompile(`^(?:(?:vol|no|pp|iss|Vol|V|Т|T|Том|Book|Вып|Iss|No|№|N|P|Pp|pp|С|C|Б|S|p|с|б|стр|Кн|Ч)\.?\s*\d|\d|\()`)
	oldEmptyPage    = regexp.MustCompile(`[—–-]\s*(?:P|С|C|p|с|Б|б)\.\s*$`)
	oldSpaces       = regexp.MustCompile(`\s{2,}`)
	oldURLStart     = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://|www\.)`)
	oldEmphasis     = regexp.MustCompile(`\*{1,3}|(?:^|\s)_{1,2}|_{1,2}(?:\s|[.,:;]|$)`)
	oldOpCit        = regexp.MustCompile(`(?i)^(.{1,80}?)[,.]?\s*(?:op\.\s*cit|указ\.\s*соч|цит\.\s*соч|loc\.\s*cit|вказ\.\s*праця|назв\.\s*праця)\.?(.*)$`)
)

// gostPair is a replaced pattern and its scanner, each giving its result
// for a text in a form reflect.DeepEqual compares.
type gostPair struct {
	name     string
	old, new func(string) any
}

// gostPairs lists every pattern gost_scan.go replaced.
var gostPairs = []gostPair{
	{"imprintStart",
		func(s string) any { return oldImprintStart.MatchString(s) },
		func(s string) any { return imprintStarts(s) }},
	{"areaStart",
		func(s string) any { return oldAreaStart.MatchString(s) },
		func(s string) any { return opensArea(s) }},
	{"fieldStart",
		func(s string) any { return oldFieldStart.MatchString(s) },
		func(s string) any { return startsWithField(s) }},
	{"emptyPage",
		func(s string) any {
			if loc := oldEmptyPage.FindStringIndex(s); loc != nil {
				return loc[0]
			}
			return -1
		},
		func(s string) any { return emptyPageAt(s) }},
	{"spaces",
		func(s string) any { return oldSpaces.ReplaceAllString(s, " ") },
		func(s string) any { return collapseSpaces(s) }},
	{"urlStart",
		func(s string) any { return oldURLStart.FindStringIndex(s) },
		func(s string) any {
			if i, e := urlStartSpan(s); i >= 0 {
				return []int{i, e}
			}
			return []int(nil)
		}},
	{"emphasis",
		func(s string) any {
			return [2]string{oldEmphasis.ReplaceAllString(s, ""), oldEmphasis.ReplaceAllStringFunc(s, markSpan)}
		},
		func(s string) any { return [2]string{replaceEmphasis(s, dropText), replaceEmphasis(s, markSpan)} }},
	{"opCit",
		func(s string) any { return oldOpCit.FindStringSubmatch(s) },
		func(s string) any {
			if head, rest, ok := opCit(s); ok {
				return []string{s, head, rest}
			}
			return []string(nil)
		}},
}

// markSpan shows a match in the text it replaces.
func markSpan(m string) string { return "<" + m + ">" }

// checkGOSTScanners compares every scanner with its pattern on s.
func checkGOSTScanners(t *testing.T, s string) {
	t.Helper()
	for _, p := range gostPairs {
		if want, got := p.old(s), p.new(s); !reflect.DeepEqual(want, got) {
			t.Errorf("%s(%q) = %v, the pattern gives %v", p.name, s, got, want)
		}
	}
}

// gostCases are texts that take the scanners' less common paths.
var gostCases = []string{
	"", " ", "М.", "М. : Наука, 2001", "М.: Наука, 2001. – 200 с.", "Washington, D.C.: Brookings, 2001",
	"Washington, D. C.: Brookings, 2001", "Washington, DC: Brookings, 2001", "Cambridge, MA.: MIT Press",
	"Cambridge, MA : MIT Press. 2001", "New York : Free Press", "Нью Йорк Сити Таун : Изд, 2001",
	"А Б В Г : Изд, 2001", "М. :  Наука, 2001", "М. : , 2001", "М. : Изд, [2001]", "М. : Изд, б. г.",
	"М. : Изд, б.г.", "М. : Изд, б.  г.", "Наука, 2001", "Наука, 20011", "Наука, 2001a", "Наука, 12.3.2001",
	"Наука, 12.03.20011", "Наука, 2001.03.12", "Наука, 2001.03.123", "Н, 2001", "Наука. 2001",
	"М. : Наука. Главная редакция", "М. : Наука Главная Редакция Литературы Ещё", "М. : Наука.",
	"М. : Н.", "М. : Н. И", "М. : наука", "М.: Н:", "М. : Наука Главная, 2001", "Berlin: de Gruyter",
	"2001", "2001.", "20011", "12.3.2001", "1.12.20", "123 с.", "12 стр.", "2nd ed", "3rded", "2 ed",
	"5-е изд", "Изд. 2-е", "Препринт ЛИЯФ", "Препринт", "Препринт\tX", "Автореферат", "автореф.", "Дис. канд.", "дисс.\n", "Дисс.x", "Дис.", "Введ. 2001", "[Электронный ресурс]", "In: Proc", "Режим доступа",
	"Режим1", "Текст : электронный", "Text : electronic", "Texts", "Text", "Vol. 3", "Т.3", "Том 2",
	"вып. 3", "vol. 3", "iss. 2", "(1)", "№ 5", "N5", "No.5", "Pp. 12", "pp 12", "стр. 12", "С. – 12",
	"– С.", "— P. ", "-с.", "С. 12 – С.", "Там же. – С. ", "a  b", "a \t b", "  ", "a\n\nb", "a \u00a0 b",
	"\xff\xfeМ. : Наука, 2001", "М\xff. : Н, 2001", "—\x80 С.", "– \xd0.",
	"http://a", "HTTPS://a", "httpſ://a", "xhttp://a", "éwww.a", "_www.a", "www", "www.", "ftp:/", "see https//a http://b",
	"*a*", "**a**", "****", "_a_", "__a__", "a_b", "a __b", "a__ b", "___", "a_", "_", " _", "a _. _,", "x\t__y",
	"Петров. Указ. соч. С. 5", "Петров, op. cit., p. 5", "Петров, OP.CIT.", "Петров ᲂp. cit", "Х указ.   соч.",
	"Петров op. cit\nx", "\nop. cit", "a\nb op. cit", "op. cit", "Петров loc. cit.", "Петров ЦИТ. СОЧ..",
	"Петров вказ. праця", "Петров назв.праця, с. 3",
}

// gostTexts returns the texts the scanners are compared on: the corpus
// entries and seed lines (scanTexts), the suffixes the reader cuts from
// them, their prefixes ending at a space or a mark, and the cases above.
func gostTexts(t testing.TB) []string {
	texts := append([]string(nil), gostCases...)
	for _, text := range scanTexts(t) {
		texts = append(texts, suffixes(text)...)
		for i, r := range text {
			if r == ' ' || r == '.' || r == ',' || r == ':' {
				texts = append(texts, text[:i], text[:i+1])
			}
		}
	}
	return texts
}

// mutations returns variants of s that move it across the patterns'
// edges: its case changed, its spaces doubled or dropped, its digits
// lengthened.
func mutations(s string) []string {
	return []string{
		strings.ToUpper(s), strings.ToLower(s),
		strings.ReplaceAll(s, " ", "  "), strings.ReplaceAll(s, " ", ""),
		strings.ReplaceAll(s, " ", "\t"), strings.ReplaceAll(s, "0", "00"),
		strings.ReplaceAll(s, ".", ""), strings.ReplaceAll(s, ",", ", ,"),
	}
}

func TestGOSTScannersMatchRegexps(t *testing.T) {
	texts := gostTexts(t)
	for _, s := range texts {
		checkGOSTScanners(t, s)
		if t.Failed() {
			return
		}
	}
	for i, text := range scanTexts(t) {
		if i%4 != 0 {
			continue
		}
		for _, m := range mutations(text) {
			for _, s := range suffixes(m) {
				checkGOSTScanners(t, s)
			}
		}
		if t.Failed() {
			return
		}
	}
}

// FuzzGOSTScanners compares every scanner with its pattern on any text.
func FuzzGOSTScanners(f *testing.F) {
	for _, s := range gostCases {
		f.Add(s)
	}
	for i, s := range scanTexts(f) {
		if i%7 == 0 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGOSTScanners(t, s)
		if r, n := utf8.DecodeRuneInString(s); n > 0 && r != utf8.RuneError {
			checkGOSTScanners(t, s[n:])
		}
	})
}
