package bib

import "strings"

// singleDashes reads a run of dashes typed for one ("–– 2015. –– Vol. 46",
// "1397––1426") as its first dash. Word processors double dashes when
// "--" is autocorrected twice; the raw text keeps them.
func singleDashes(s string) string {
	if !strings.Contains(s, "––") && !strings.Contains(s, "——") && !strings.Contains(s, "–—") && !strings.Contains(s, "—–") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevDash := false
	for _, r := range s {
		dash := r == '–' || r == '—'
		switch {
		case dash && prevDash:
			continue
		default:
			b.WriteRune(r)
		}
		prevDash = dash
	}
	return b.String()
}

// cyrillicTwins are the Latin capitals typed for the Cyrillic ones they
// look like ("Ю.C. Алексеева" with a Latin C).
var cyrillicTwins = map[rune]rune{
	'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М',
	'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х', 'Y': 'У',
}

// cyrillicTwin is the Cyrillic capital a Latin look-alike stands for, or r.
// Only for comparing initials: a Latin initial alone cannot tell its script.
func cyrillicTwin(r rune) rune {
	if c, ok := cyrillicTwins[r]; ok {
		return c
	}
	return r
}
