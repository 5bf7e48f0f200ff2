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
		rest := "|a:" + a + "|y:" + strconv.Itoa(it.Issued.Year()) + vol + "|c:" + TitleKey(it.ContainerTitle) + u
		keys = append(keys, "t:"+t+rest)
		if main, ok := withSubtitle(it.Title); ok {
			// A key under the main title alone, which only a citation of
			// the work without its subtitle looks for (see MatchKeys).
			keys = append(keys, "s:"+TitleKey(main)+rest)
		}
	}
	return keys
}

// MatchKeys are the keys to look up to find the work an item with these
// WorkKeys cites: its own keys, and the key that pairs a title with and without its
// subtitle. Two titles that share a main title but print different
// subtitles never match.
func MatchKeys(workKeys []string) []string {
	var keys []string
	for _, k := range workKeys {
		switch {
		case strings.HasPrefix(k, "s:"):
			// Its own main-title key would find other subtitles: look
			// for the main title printed alone instead.
			keys = append(keys, "t:"+k[2:])
		case strings.HasPrefix(k, "t:"):
			keys = append(keys, k, "s:"+k[2:])
		default:
			keys = append(keys, k)
		}
	}
	return keys
}

// withSubtitle splits a title at its colon (the ISBD and GOST mark before
// "other title information", GOST 7.1-2003 clause 5.2.5) into the main
// title, when a subtitle follows.
func withSubtitle(title string) (string, bool) {
	i := strings.IndexByte(title, ':')
	if i <= 0 || TitleKey(title[i+1:]) == "" || TitleKey(title[:i]) == "" {
		return "", false
	}
	return title[:i], true
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
