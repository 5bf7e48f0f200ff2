package bib

import "strings"

// hostNumbers ends a container title that swallowed the numbers printed
// after it: ", 2007, no.", ", 2019, vol." or ", 2010, no. 3" ("Journal, Year, vol. V, no. N,
// pp. P" is the form of transliterated reference lists). The year, volume,
// issue and pages are fields of their own.
var hostNumbers = lazyRegexp(`(?i),\s*(?:1[5-9]\d\d|20\d\d)(?:\s*,\s*(?:vol|no|iss|is|t|т|№|вып|pp?|с|c)\.?(?:\s*\d+(?:[-–]\d+)?)?)*\s*[,.]?$`)

// trimHostNumbers cuts such a tail off the container title, and fills the
// year from it when none was read.
func trimHostNumbers(it *Item) {
	c := it.ContainerTitle
	if c == "" || !strings.ContainsAny(c, "0123456789") {
		return
	}
	if i := strings.LastIndexByte(c, ' '); it.Issued == nil && i > 0 && len(c)-i-1 == 4 && yearSeg(c[i+1:]) && (it.Issue != "" || it.Page != "") {
		// "/ Саясат 2001. № 6", "// Вопросы истории 2001. № 6. С. 5-9": the
		// year typed after the title with no full stop.
		it.ContainerTitle, it.Issued = strings.TrimRight(c[:i], " ,."), parseDate(c[i+1:])
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
	// ", 2010, no. 3": the numbers swallowed with the year are the part's.
	for _, f := range strings.Split(c[loc[0]:], ",")[1:] {
		key, num, _ := strings.Cut(strings.TrimSpace(f), " ")
		num = strings.TrimRight(strings.TrimSpace(num), ".,")
		if num == "" || !isDigit(num[0]) {
			continue
		}
		switch k := strings.TrimSuffix(lower(key), "."); {
		case it.Volume == "" && (k == "vol" || k == "t" || k == "т"):
			it.Volume = num
		case it.Issue == "" && (k == "no" || k == "iss" || k == "is" || k == "№" || k == "вып"):
			it.Issue = num
		}
	}
	it.ContainerTitle = strings.TrimSpace(c[:loc[0]])
}
