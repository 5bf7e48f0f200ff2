package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ibid-project/ibid/bib"
)

// invertedName is a heading name: "Иванов, И. И." with a comma after the
// surname (GOST 7.80-2000, 5.1; GOST R 7.0.100-2018), "Иванов И. И."
// without it (GOST R 7.0.5-2008 examples). An organisation is its name.
func invertedName(n bib.Name, comma bool) string {
	if n.Literal != "" {
		return n.Literal
	}
	s := familyName(n)
	ini := initials(n.Given)
	if ini == "" {
		return s
	}
	if comma {
		s += ","
	}
	return s + nbsp + ini
}

// directName is a name in a statement of responsibility: initials first,
// "И. И. Иванов" (GOST R 7.0.100-2018 and GOST 7.1-2003, statement of
// responsibility: names as given, initials before the surname).
func directName(n bib.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	ini := initials(n.Given)
	if ini == "" {
		return familyName(n)
	}
	return ini + nbsp + familyName(n)
}

func familyName(n bib.Name) string {
	s := n.Family
	if n.NonDropping != "" {
		s = n.NonDropping + " " + s
	}
	if n.Suffix != "" {
		s += " " + n.Suffix
	}
	return s
}

// initials reduces given names to initials joined by no-break spaces:
// "Lijie" → "L.", "J.S." → "J. S.", "Жан-Поль" → "Ж.-П.", "Ch." stays.
// GOST R 7.0.100-2018 and GOST 7.80-2000 give personal names as
// initials; what was printed as an initial is kept as printed.
func initials(given string) string {
	if given == "" {
		return ""
	}
	var parts []string
	for _, w := range strings.FieldsFunc(given, func(r rune) bool { return r == ' ' || r == '\u00a0' }) {
		// "J.S." is two initials written together.
		for len(w) > 0 {
			dot := strings.IndexByte(w, '.')
			var tok string
			if dot >= 0 && dot < len(w)-1 && w[dot+1] != '-' {
				tok, w = w[:dot+1], w[dot+1:]
			} else {
				tok, w = w, ""
			}
			parts = append(parts, initialOf(tok))
		}
	}
	return strings.Join(parts, nbsp)
}

// initialOf turns one given name into its initial ("Lijie" → "L.",
// "Жан-Поль" → "Ж.-П."); an initial already written ("Ch.", "J") gets
// its period.
func initialOf(w string) string {
	if strings.Contains(w, "-") {
		hs := strings.Split(w, "-")
		for i, h := range hs {
			hs[i] = initialOf(h)
		}
		return strings.Join(hs, "-")
	}
	if strings.HasSuffix(w, ".") || w == "" {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) || !unicode.IsLetter(r) {
		return w + "."
	}
	return string(r) + "."
}
