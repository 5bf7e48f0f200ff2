package bib

import (
	"sort"
	"strings"
	"unicode"
)

// noteStarts open the notes of a GOST description that describe the copy in
// hand rather than the work (GOST 7.1-2003, 7.9): its bibliography's pages
// ("Библиогр.: с. 42–43", "Бібліогр.: с. 12", "Bibliogr.: p. 7"), where its
// title was read ("Загл. с экрана", "Назва з екрану", "Title from screen").
// Their pages are no page of the work, so they are dropped before fields
// are read. Lower-case, as in the entry's lower-cased text.
var noteStarts = []string{"библиогр", "бібліогр", "bibliogr", "загл. с", "назва з", "title from"}

// dropNotes removes the copy notes from s, each from its area's separator
// (". – ", " — ", or GOST R 7.0.5's full stop) to the next separator or the
// end of s. A note word that does not open an area is left: a title may
// name a bibliography.
func dropNotes(s string) string {
	if !containsAny(s, "иблиогр", "ібліогр", "ibliogr", "агл. с", "азва з", "itle from") {
		return s // the words without their first letter, which may be a capital
	}
	low := lower(s)
	if len(low) != len(s) {
		return s
	}
	var at []int // where a note word starts, in order
	for _, w := range noteStarts {
		for from := 0; ; {
			k := strings.Index(low[from:], w)
			if k < 0 {
				break
			}
			if noteWordEnds(low[from+k+len(w):]) {
				at = append(at, from+k)
			}
			from += k + len(w)
		}
	}
	sort.Ints(at)
	var b strings.Builder
	kept := 0 // s[kept:] is not yet written
	for _, k := range at {
		if k < kept {
			continue // inside a note already dropped
		}
		start := areaStartBefore(s[:k])
		if start < kept {
			continue
		}
		end := len(s)
		if e := nextAreaDash(s[k:]); e >= 0 {
			end = k + e
		}
		b.WriteString(s[kept:start])
		kept = end
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// noteWordEnds reports whether a note word ends as a note's does: the
// abbreviation's full stop ("Библиогр.: с. 4"), or the whole word and a
// colon ("Библиография: с. 4"); "Загл. с экрана" ends in its stem. A title
// word that only begins like one ("Библиографическая ссылка") does not.
func noteWordEnds(after string) bool {
	if after == "" || after[0] == '.' || after[0] == ':' || after[0] == ' ' {
		return true
	}
	for i, r := range after {
		switch {
		case r == ':':
			return true
		case !unicode.IsLetter(r) || i > 12:
			return false
		}
	}
	return false
}

// areaStartBefore is where the area that text before ends with a separator
// begins: the separator's own index, or -1 when before does not end with
// one.
func areaStartBefore(before string) int {
	t := strings.TrimRight(before, " ")
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasSuffix(t, d) && len(t) > len(d) {
			u := t[:len(t)-len(d)]
			if strings.HasSuffix(u, " ") || strings.HasSuffix(u, ".") {
				return len(strings.TrimRight(u, " "))
			}
		}
	}
	if strings.HasSuffix(before, ". ") {
		return len(before) - 1 // GOST R 7.0.5 areas end with a full stop alone
	}
	return -1
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
