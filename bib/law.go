package bib

import (
	"strconv"
	"strings"
)

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

// actDateRe is the date by which a legal act or an order is cited: Russian
// "от 27 декабря 2019 г. № 988", Kazakh "1997 жылғы 11 шілдедегі № 151-I".
var actDateRe = lazyRegexp(`(?i)(?:(?:^|[\s(,;:])от\s+(\d{1,2})\s+(\p{L}{3,})\s+(\d{4})\s*г|(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}{3,}))`)

// actDate reads the date of a legal act when no other date was read: the
// act is cited by it (GOST 7.1-2003, 7.1.6: the date of adoption).
func actDate(raw string) *Date {
	if !strings.Contains(raw, "жылғы") && !strings.Contains(raw, "от ") {
		return nil
	}
	m := actDateRe.FindStringSubmatch(raw)
	if m == nil {
		return nil
	}
	day, mon, year := m[1], m[2], m[3]
	if m[4] != "" {
		year, day, mon = m[4], m[5], m[6]
	}
	mo := month(mon)
	if mo == 0 {
		return nil
	}
	return validDate(year, strconv.Itoa(mo), day)
}
