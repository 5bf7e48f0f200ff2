package bib

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldKey folds a string for comparison: NFC, lower case, ё→е, no-break
// spaces to spaces, runs of spaces collapsed. It keeps й and every other
// letter (stripping combining marks would turn й into и).
func foldKey(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if r == 'ё' {
			r = 'е'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FoldKey is foldKey for other packages: the store keeps folded titles
// and names in their own columns because SQLite folds ASCII only.
func FoldKey(s string) string { return foldKey(s) }
