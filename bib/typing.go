package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// singleDashes reads a run of dashes typed for one ("–– 2015. –– Vol. 46",
// "1397––1426") as its first dash. Word processors double dashes when
// "--" is autocorrected twice; the raw text keeps them.
func singleDashes(s string) string {
	if !includes(s, "––") && !includes(s, "——") && !includes(s, "–—") && !includes(s, "—–") {
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

// gluedField puts the space GOST wants between a sentence and the field
// typed right after its full stop: "вiдповiдi.Вип.1" → "вiдповiдi. Вип.1".
var gluedField = lazyRegexp(`(\p{Ll})\.((?:Вип|Вып|Кн|Т|Ч|Том|Vol|No|№)\.?\s?\d)`)

// undottedInitial is a pair of initials whose last lost its full stop
// before the comma that separates authors: "Balmagambetova Zh.T,
// Tazhbekova Zh.N." reads "Zh.T.,"; so does one before "и др.", "et al.".
var undottedInitial = lazyRegexp(`((?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}?\.\s?\p{Lu}\p{Ll}?)(,\s*\p{Lu}\p{Ll}+\s+\p{Lu}|\s+(?:и\s+др|et\s+al|та\s+ін)\.)`)

// spacedIn is "In :" typed with the space French typography puts before a
// colon ("In : Waldmann MR, editor."), read as "In:".
var spacedIn = strings.NewReplacer(" In : ", " In: ", " in : ", " in: ")

// dotFirstInitial gives the heading's first initial the full stop it lost
// before the second: "Әуезов М О. Title" reads "Әуезов М. О. Title".
func dotFirstInitial(s string) string {
	sp := strings.IndexByte(s, ' ')
	if sp < 2 || sp+5 > len(s) {
		return s
	}
	family, _ := utf8.DecodeRuneInString(s)
	r1, n1 := utf8.DecodeRuneInString(s[sp+1:])
	k := sp + 1 + n1
	if !unicode.IsUpper(family) || !unicode.IsUpper(r1) || k >= len(s) || s[k] != ' ' {
		return s
	}
	r2, n2 := utf8.DecodeRuneInString(s[k+1:])
	if !unicode.IsUpper(r2) || k+1+n2 >= len(s) || s[k+1+n2] != '.' {
		return s
	}
	for _, r := range s[:sp] {
		if !unicode.IsLetter(r) && r != '-' {
			return s
		}
	}
	return s[:k] + "." + s[k:]
}

// capitalFirstInitial gives a capital to a first initial typed small
// before a capital one, in the heading ("Альберт ю. В.", "Зиманов с.З.")
// and in the statement after a slash ("/ л.В.Артемова"): "с" and "С",
// "о" and "О" look alike, and some copies lower every first initial.
func capitalFirstInitial(s string) string {
	var b []byte
	at := func(i int) {
		r, n := utf8.DecodeRuneInString(s[i:])
		up := unicode.ToUpper(r)
		if !unicode.IsLower(r) || !unicode.Is(unicode.Cyrillic, r) || utf8.RuneLen(up) != n || i+n >= len(s) || s[i+n] != '.' {
			return // (a few Cyrillic small letters have a capital of another length)
		}
		j := skipSpace(s, i+n+1)
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsUpper(r2) || j+n2 >= len(s) || s[j+n2] != '.' {
			return
		}
		if b == nil {
			b = []byte(s)
		}
		copy(b[i:], string(up))
	}
	if sp := strings.IndexByte(s, ' '); sp > 0 && startsUpper(s) && strings.IndexFunc(s[:sp], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0 {
		at(sp + 1) // "Family x. Y."
	}
	for i := strings.IndexByte(s, '/'); i >= 0 && i+1 < len(s); {
		at(skipSpace(s, i+1)) // "/ x.Y.Family"
		j := strings.IndexByte(s[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// hyphenForAngle reads a ">" between a letter and a capital as the hyphen
// a PDF's font mapped to it ("Ponomarev>Stepnoy N.N.").
func hyphenForAngle(s string) string {
	b := []byte(s)
	indexWhere(s, ">", func(i int) bool {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if i > 0 && unicode.IsLetter(before) && unicode.IsUpper(after) {
			b[i] = '-'
		}
		return false // every ">" is looked at
	})
	return string(b)
}

// volumeMarks are the marks of a volume or issue glued to the word before
// them by a full stop, gluedField's prefilter.
var volumeMarks = newWordList(".Вип", ".Вып", ".Кн", ".Т", ".Ч", ".Том", ".Vol", ".No", ".№")

// typedForms reads s through the typing variants above; the raw text keeps
// them.
func typedForms(s string) string {
	if strings.Contains(s, "n : ") {
		s = spacedIn.Replace(s)
	}
	if strings.Contains(s, ">") {
		s = hyphenForAngle(s)
	}
	s = dotFirstInitial(s)
	s = capitalFirstInitial(s)
	if volumeMarks.in(s) {
		s = gluedField.ReplaceAllString(s, "$1. $2")
	}
	if mayHaveUndottedInitial(s) {
		s = undottedInitial.ReplaceAllString(s, "$1.$2")
	}
	if strings.Contains(s, "/ /") {
		s = strings.ReplaceAll(s, " / / ", " // ") // "Автори / / Журнал": a space typed inside "//"
	}
	if includes(s, ".-") {
		s = gluedAreaDash.Replace(s)
	}
	if includes(s, ".–") || includes(s, ".—") {
		s = tightAreaDashes(s)
	}
	if strings.Contains(s, "., ") {
		s = stopBeforeNameComma(s)
	}
	return s
}

// stopBeforeNameComma drops a full stop typed between a family name and
// the comma before the next person ("/ О.В. Скріпченко., Л.В. Волінська"):
// after a capitalised word of four letters or more, when an initial
// follows the comma — after "Publ., 2021" or "Mass., The" nothing is
// dropped.
func stopBeforeNameComma(s string) string {
	var b strings.Builder
	last := 0
	for i := strings.Index(s, "., "); i >= 0; {
		w := s[strings.LastIndexAny(s[:i], " .")+1 : i]
		next := s[i+3:]
		r, n := utf8.DecodeRuneInString(next)
		initial := unicode.IsUpper(r) && strings.HasPrefix(next[n:], ".")
		if initial && utf8.RuneCountInString(w) >= 4 && startsUpper(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0 {
			b.WriteString(s[last:i])
			last = i + 1
		}
		j := strings.Index(s[i+3:], "., ")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// tightAreaDashes spaces an area dash typed with no spaces after a full
// stop ("Велесницкий.–Гомель : ГГУ, 2013.–15 с."), as GOST's ". – ".
// Before a small letter the dash is left as typed.
func tightAreaDashes(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		for _, d := range []string{"–", "—"} {
			j := i + 1 + len(d)
			if !strings.HasPrefix(s[i+1:], d) || j >= len(s) || s[j] == ' ' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLower(r) {
				continue
			}
			b.WriteString(s[last : i+1])
			b.WriteString(" " + d + " ")
			last = j
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedAreaDash reads an area dash typed between a full stop and the key of
// a number with no spaces ("2002.-№7", "№17.-С.2-7") as GOST's ". – ";
// ".-" before a small letter joins abbreviations ("науч.-практ.") and is
// left.
var gluedAreaDash = strings.NewReplacer(".-№", ". – №", ".-С.", ". – С.", ".-Т.", ". – Т.", ".-Вип.", ". – Вип.", ".-Вып.", ". – Вып.", ".-Б.", ". – Б.")

// mayHaveUndottedInitial is undottedInitial's exact pre-check: an
// initial's capital (and at most one small letter) after a full stop, as
// in "Zh.T", right before a comma or before a list cut short ("и др.",
// "et al.", "та ін."). It spares the regexp on almost every entry, GOST
// lists cut short with "и др." after dotted initials among them.
func mayHaveUndottedInitial(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0; {
		if undottedBefore(s, i) {
			return true
		}
		k := strings.IndexByte(s[i+1:], ',')
		if k < 0 {
			break
		}
		i += k + 1
	}
	for _, m := range [...][2]string{{"и", "др."}, {"et", "al."}, {"та", "ін."}} {
		for i := 0; ; {
			k := strings.Index(s[i:], m[1])
			if k < 0 {
				break
			}
			k += i
			i = k + 1
			// `\s+(?:и\s+др|et\s+al|та\s+ін)\.` after the initials.
			j := skipSpaceBack(s, k)
			if j == k || !strings.HasSuffix(s[:j], m[0]) {
				continue
			}
			j -= len(m[0])
			if e := skipSpaceBack(s, j); e < j && undottedBefore(s, e) {
				return true
			}
		}
	}
	return false
}

// undottedBefore reports whether s[:j] ends with the end of
// undottedInitial's first group, `\.\s?\p{Lu}\p{Ll}?`.
func undottedBefore(s string, j int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if unicode.IsLower(r) {
		j -= n
		r, n = utf8.DecodeLastRuneInString(s[:j])
	}
	if !unicode.IsUpper(r) {
		return false
	}
	j -= n
	if j > 0 && isSpaceByte(s[j-1]) {
		j--
	}
	return j > 0 && s[j-1] == '.'
}

// translationAfterStop joins a title's bracketed translation typed as a
// sentence of its own to the title: "Ekonomicheskoe obespechenie mashin.
// [Economic reliability of machines.] Moscow: …" reads "… mashin [Economic
// reliability of machines]. Moscow: …", the form transliterated lists
// (GOST R 7.0.5, annex; the journals' References) print and the readers
// know. Only a bracket of words (a translation, not "[б. и.]" or "[1]")
// that opens right after a full stop is moved.
func translationAfterStop(s string) string {
	i := strings.Index(s, ". [")
	if i < 0 {
		return s
	}
	j := strings.IndexByte(s[i+3:], ']')
	if j < 0 {
		return s
	}
	inner := s[i+3 : i+3+j]
	if strings.Count(inner, " ") < 2 || strings.ContainsAny(inner, "[/") || !startsUpper(inner) {
		return s
	}
	after := s[i+3+j+1:]
	inner = strings.TrimRight(inner, ". ")
	after = strings.TrimLeft(after, ". ")
	if after == "" {
		return s[:i] + " [" + inner + "]."
	}
	return s[:i] + " [" + inner + "]. " + after
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// parallelTranslation drops the citation of a journal's English
// translation printed after the original's in brackets, as Russian physics
// and engineering lists print it: "Defektoskopiya, 2006, no. 3, pp. 49–54
// [Russ. J. Nondestr. Test. (Engl. Transl.), 2006, vol. 42, no. 3, pp.
// 190–194]". Its numbers are another work's; the raw text keeps it.
func parallelTranslation(s string) string {
	t := strings.TrimRight(s, ". ")
	if !strings.HasSuffix(t, "]") {
		return s
	}
	i := strings.LastIndexByte(t, '[')
	if i <= 0 {
		return s
	}
	inner := t[i+1 : len(t)-1]
	if last := lastWord(strings.TrimRight(t[:i], " ,.;")); strings.Count(inner, " ") >= 4 && strings.ContainsAny(last, "0123456789") &&
		lastWord(strings.TrimRight(inner, " ,.;")) == last {
		// "…2010;12(3):186-7 [Chuchalin AG, … 2010;12(3):186-7]": the
		// whole entry again in transliteration, ending as it ends.
		return strings.TrimRight(t[:i], " ,.;") + "."
	}
	if !containsAny(inner, "Transl", "transl", "Engl. ", "Engl.)") || !strings.ContainsAny(inner, "0123456789") {
		return s
	}
	return strings.TrimRight(t[:i], " ,.;") + "."
}
