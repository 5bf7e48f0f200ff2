package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// siteHeading splits off the name of the website that heads a description
// of one of its pages — "Хабр. Разбор задачи … [Электронный ресурс]. —
// Режим доступа: https://habr.com/…", "Encyclopedia Titanica. The Cave List
// … https://www.encyclopedia-titanica.org/…" — and returns it with the rest.
// The name counts only when it spells, in any script, a label of the host of
// a URL the entry prints, so a title's first sentence is never taken for it;
// it returns "" and s when there is none.
func siteHeading(s string, urls []Found) (string, string) {
	if len(urls) == 0 {
		return "", s
	}
	end := strings.Index(s, ". ")
	if end <= 0 || end > 60 {
		return "", s
	}
	name, rest := strings.TrimSpace(s[:end]), strings.TrimSpace(s[end+2:])
	if rest == "" || strings.ContainsAny(rest[:1], "[(–—-") || len(strings.Fields(name)) > 4 {
		return "", s
	}
	if len(siteKey(name)) < 3 || invertedPersonName(name) {
		return "", s // "Muya, Fred. “Title.” *Muya's Blog*": a person writes on his own site
	}
	for _, f := range urls {
		if namesSite(name, f.URL) {
			return name, rest
		}
	}
	return "", s
}

// namesSite reports whether name is the name of the site u belongs to: it
// spells a label of u's host ("Хабр" for habr.com, "Википедия" for
// ru.wikipedia.org), its labels in the reading order ("Microsoft Learn" for
// learn.microsoft.com), or a repository's owner or name in the path of a
// code host ("UglyToad" for github.com/UglyToad/PdfPig); or it is a name in
// capitals whose first word spells a label ("Android Developers" for
// developer.android.com, "OWASP Foundation" for owasp.org).
func namesSite(name, u string) bool {
	key := siteKey(name)
	labels := hostLabels(u)
	if len(labels) == 0 {
		return false // "http://localhost/…": no host named by its labels
	}
	for _, label := range labels {
		if k := siteKey(label); k == key || len(key) >= 6 && oneEditApart(k, key) {
			return true
		}
	}
	if n := len(labels) - 1; n >= 2 {
		var rev strings.Builder
		for i := n - 1; i >= 0; i-- {
			rev.WriteString(siteKey(labels[i]))
		}
		if rev.String() == key {
			return true
		}
	}
	if len(key) >= 4 && codeHosts[labels[len(labels)-1]] {
		for _, seg := range pathSegments(u, 2) {
			if siteKey(seg) == key {
				return true
			}
		}
	}
	words := strings.Fields(name)
	first := siteKey(words[0])
	if len(words) < 2 || len(first) < 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	for _, label := range labels[:len(labels)-1] {
		if k := siteKey(label); k == first || len(first) >= 6 && oneEditApart(k, first) {
			return true // "OpenAPI Initiative" for spec.openapis.org
		}
	}
	return false
}

// codeHosts are the sites, without their top-level domain, whose pages
// belong to the repositories named in their paths.
var codeHosts = map[string]bool{"github": true, "gitlab": true, "bitbucket": true, "codeberg": true, "sourceforge": true}

// siteKey is the romanised key of a site's name or a URL's part, letters
// and digits only: "react-force-graph" and "React Force Graph" agree.
func siteKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, NameKey(s))
}

// pathSegments are the first n segments of u's path.
func pathSegments(u string, n int) []string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	_, path, ok := strings.Cut(u, "/")
	if !ok {
		return nil
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	segs := strings.SplitN(path, "/", n+1)
	return segs[:min(n, len(segs))]
}

// hostLabels are the names a URL's host is known by: each label but the
// top-level domain and "www", and the host without its top-level domain
// ("library.ru" → "library", "en.wikipedia.org" → "en", "wikipedia",
// "en.wikipedia").
func hostLabels(u string) []string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(u), "www."), ".")
	if len(labels) < 2 {
		return nil
	}
	labels = labels[:len(labels)-1]
	return append(labels, strings.Join(labels, "."))
}

// oneEditApart reports whether a and b differ by one inserted, deleted or
// replaced byte: romanisations disagree on a letter ("vikipedia" from
// Википедия, "vikipeda" from wikipedia).
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// orgEnds are the words an organisation's name ends with when it heads a
// description ("Oracle Corporation. MySQL 8.0 Reference Manual", "Python
// Software Foundation. Python Documentation", "NF Group. Рынок гибких
// офисов"): designators of companies and bodies, which no personal name
// and hardly a title's first sentence ends with.
var orgEnds = map[string]bool{
	"Corporation": true, "Corp": true, "Inc": true, "Ltd": true, "LLC": true, "GmbH": true, "AG": true,
	"Foundation": true, "Consortium": true, "Association": true, "Institute": true, "Group": true,
	"Contributors": true, "Team": true, "Organization": true, "Organisation": true, "Agency": true,
	"Council": true, "Committee": true, "Systems": true, "Technologies": true, "Labs": true,
	"Company": true, "Co": true, "Commission": true, "Bureau": true, "Ministry": true, "Bank": true,
	"Project": true, "Docs": true, "Server": true, "Documentation": true, "Software": true, "Community": true, "Developers": true,
	"Банк": true, "Банкі": true, "Корпорация": true, "Фонд": true, "Ассоциация": true, "Агенттігі": true, "Агентство": true,
}

// orgHeading splits off an organisation named before a title (see orgEnds)
// and returns it with the rest; "" and s when the entry opens otherwise.
func orgHeading(s string) (string, string) {
	end := strings.Index(s, ". ")
	if end <= 0 || end > 80 {
		return "", s
	}
	name, rest := s[:end], strings.TrimSpace(s[end+2:])
	words := strings.Fields(name)
	// A date after the name is an author-date style's, read by readEnglish.
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, "*_«“\""))
	if len(words) > 6 || !unicode.IsUpper(first) || strings.ContainsAny(name, ",:;/") {
		return "", s
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || !orgEnds[strings.TrimSuffix(words[len(words)-1], ".")] && !acronymAfter(words) && !orgStarts[lower(words[0])] {
		return "", s
	}
	return name, rest
}

// orgStarts open the names of public bodies that head the descriptions of
// their statistical and official publications, lower-cased: "Росстат.
// Регионы России : стат. сб.", "Бюро национальной статистики АСПР РК.
// Title", "Министерство просвещения РФ. Title".
var orgStarts = map[string]bool{
	"росстат": true, "госкомстат": true, "держстат": true, "белстат": true, "казстат": true, "минстат": true,
	"бюро": true, "министерство": true, "міністерство": true, "министерства": true, "комитет": true, "комітет": true,
	"агентство": true, "департамент": true,
}

// acronymAfter reports a name whose last word is its acronym in
// parentheses: "Association of Certified Fraud Examiners (ACFE)".
func acronymAfter(words []string) bool {
	last := words[len(words)-1]
	return len(words) >= 3 && strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && isAllCaps(strings.Trim(last, "()"))
}

// invertedPersonName reports a person's name inverted for the list,
// "Family, Given": one comma between two capitalised words of letters.
func invertedPersonName(name string) bool {
	fam, given, ok := strings.Cut(name, ", ")
	if !ok || strings.ContainsAny(fam, " ,") || strings.ContainsAny(given, " ,") || !startsUpper(fam) || !startsUpper(given) {
		return false
	}
	for _, w := range []string{fam, given} {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}
