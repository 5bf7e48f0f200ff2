package bib

import "strings"

// noteStarts open the notes of a GOST description that describe the copy in
// hand rather than the work (GOST 7.1-2003, 7.9): its bibliography's pages
// ("Библиогр.: с. 42–43", "Бібліогр.: с. 12", "Bibliogr.: p. 7"), where its
// title was read ("Загл. с экрана", "Назва з екрану", "Title from screen").
// Their pages are no page of the work, so they are dropped before fields
// are read. Lower-case, as in the entry's lower-cased text.
var noteStarts = []string{"библиогр", "бібліогр", "bibliogr", "загл. с", "назва з", "title from"}

// dropNotes removes the copy notes from s, each from its area's separator
// (". – ", " — ") to the next separator or the end of s. low is s lower-cased
// byte for byte (strings.ToLower of Cyrillic keeps byte lengths).
func dropNotes(s string) string {
	if !containsAny(s, "иблиогр", "ібліогр", "ibliogr", "агл. с", "азва з", "itle from") {
		return s // the words without their first letter, which may be a capital
	}
	low := lower(s)
	if len(low) != len(s) {
		return s
	}
	for _, w := range noteStarts {
		for {
			k := strings.Index(low, w)
			if k < 0 {
				break
			}
			start := lastAreaDash(s[:k])
			if strings.HasSuffix(s[:k], ". ") {
				start = k - 1 // GOST R 7.0.5 areas end with a full stop alone
			}
			if start < 0 || strings.TrimSpace(strings.Trim(s[start:k], "–—-. ")) != "" {
				// Not the first words of an area: leave it (a title may
				// name a bibliography).
				low = low[:k] + strings.Repeat(" ", len(w)) + low[k+len(w):]
				continue
			}
			end := len(s)
			if e := nextAreaDash(s[k:]); e >= 0 {
				end = k + e
			}
			s, low = s[:start]+s[end:], low[:start]+low[end:]
		}
	}
	return s
}

// lastAreaDash is the index of the last area separator — a dash with space
// before it — in s, or -1.
func lastAreaDash(s string) int {
	best := -1
	for _, d := range []string{" –", " —", " -"} {
		if i := strings.LastIndex(s, d); i > best {
			best = i
		}
	}
	return best
}

// nextAreaDash is the index of the next area separator in s, or -1.
func nextAreaDash(s string) int {
	best := -1
	for _, d := range []string{" – ", " — ", " - ", ". –", ". —"} {
		if i := strings.Index(s, d); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
