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
