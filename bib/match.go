package bib

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// WorkKeys returns the keys under which an item is certainly the same work
// as another item sharing one of them (unless Conflict says otherwise):
// its DOI, its ISBN (with volume and edition), the normalised URL of a web
// page, and its folded title with first-author key, year, volume and edition.
func WorkKeys(it Item) []string {
	var keys []string
	if it.DOI != "" {
		keys = append(keys, "doi:"+strings.ToLower(it.DOI))
	}
	vol := "|v:" + foldKey(it.Volume) + "|e:" + foldKey(it.Edition)
	if isbn := digitsX(it.ISBN); len(isbn) >= 10 {
		keys = append(keys, "isbn:"+isbn+vol)
	}
	if u := NormalizeURL(it.URL); u != "" && (it.Type == "webpage" || it.Type == "post-weblog") {
		keys = append(keys, "url:"+u+"|t:"+TitleKey(it.Title))
	}
	if t := TitleKey(it.Title); t != "" {
		a := ""
		if len(it.Author) > 0 {
			a = NameKey(it.Author[0].Family + it.Author[0].Literal)
		} else if len(it.Editor) > 0 {
			a = NameKey(it.Editor[0].Family + it.Editor[0].Literal)
		}
		u := ""
		if it.Author == nil && it.Editor == nil {
			// A title alone names many pages of one site: keep the URL in the key.
			u = "|u:" + NormalizeURL(it.URL)
		}
		keys = append(keys, "t:"+t+"|a:"+a+"|y:"+strconv.Itoa(it.Issued.Year())+vol+"|c:"+TitleKey(it.ContainerTitle)+u)
	}
	return keys
}

// Conflict reports whether two items that share a key are still different
// works: different DOIs, volumes or editions.
func Conflict(a, b Item) bool {
	diff := func(x, y string) bool { return x != "" && y != "" && foldKey(x) != foldKey(y) }
	return diff(a.DOI, b.DOI) || diff(a.Volume, b.Volume) || diff(a.Edition, b.Edition)
}

// TitleKey folds a title for matching: case, ё→е, punctuation and spaces
// dropped, so "China's Soft Power:" and "CHINA’S SOFT POWER" agree.
func TitleKey(s string) string {
	var b strings.Builder
	for _, r := range foldKey(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NormalizeURL lower-cases scheme and host, drops "www.", the scheme, a
// trailing slash and a fragment, so printed variants of one address agree.
func NormalizeURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return strings.ToLower(strings.TrimSuffix(s, "/"))
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	p := strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return host + p
}

func digitsX(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r == 'X' || r == 'x' {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
