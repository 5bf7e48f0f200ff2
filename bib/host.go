package bib

import "strings"

// hostNumbers ends a container title that swallowed the numbers printed
// after it: ", 2007, no." or ", 2019, vol." ("Journal, Year, vol. V, no. N,
// pp. P" is the form of transliterated reference lists). The year, volume,
// issue and pages are fields of their own.
var hostNumbers = lazyRegexp(`(?i),\s*(?:1[5-9]\d\d|20\d\d)(?:\s*,\s*(?:vol|no|iss|is|t|т|№|вып|pp?|с|c)\.?)*\s*[,.]?$`)

// trimHostNumbers cuts such a tail off the container title, and fills the
// year from it when none was read.
func trimHostNumbers(it *Item) {
	c := it.ContainerTitle
	if c == "" || !strings.ContainsAny(c, "0123456789") {
		return
	}
	loc := hostNumbers.FindStringIndex(c)
	if loc == nil || loc[0] == 0 {
		return
	}
	if it.Issued == nil {
		if d := parseDate(c[loc[0]:]); d != nil {
			it.Issued = d
		}
	}
	it.ContainerTitle = strings.TrimSpace(c[:loc[0]])
}

// lawHeadingRe is the heading GOST 7.1-2003 (5.1.5) gives a legal act: the
// jurisdiction, then the kind of act ("Российская Федерация. Законы.",
// "Республика Казахстан. Конституция (1995).").
var lawHeadingRe = lazyRegexp(`^\s*((?:Российская Федерация|Республика Казахстан|Республика Беларусь|Кыргызская Республика|Республика Узбекистан|Россия|Казахстан|Беларусь|Украина|Україна|Қазақстан Республикасы|СССР|РСФСР|Казахская ССР))[.,]\s*(?:Законы|Закон|Указы|Указ|Постановления|Постановление|Конституция(?:\s*\(\d{4}\))?|Кодексы|Закони|Заңдар)\.\s+`)

// lawHeading takes the heading of a legal act off an entry: the
// jurisdiction it names (the act's author) and the rest of the entry, whose
// title is the act's.
func lawHeading(s string) (string, string) {
	if !strings.Contains(s, "Закон") && !strings.Contains(s, "Указ") && !strings.Contains(s, "Постановлен") &&
		!strings.Contains(s, "Конституц") && !strings.Contains(s, "Кодекс") && !strings.Contains(s, "Заңдар") {
		return "", s
	}
	m := lawHeadingRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	return s[m[2]:m[3]], s[m[1]:]
}
