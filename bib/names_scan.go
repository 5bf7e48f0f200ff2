package bib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scanners for the name patterns of names.go that the parser tries on
// every entry and after every separator between names. Each returns what
// the pattern's FindStringSubmatch returned (gost_scan_test.go compares
// them). The patterns are built of
//
//	S = surnameRe  `(?:\p{Lu}(?:\p{Ll}|['’]\p{L})+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})?)`
//	P = particleRe `(?:(?:van|von|…|al|ван|…|аль)\s+|(?:al|el)-|[dl]['’])`
//	I = initialsRe `(?:\p{Lu}\p{Ll}?(?:\.|/(?:\s|$))\s?-?\s?){1,4}`
//
// Where S may end is a set of positions: the regexp tries them longest
// first (its two alternatives differ in their second rune, each loop is
// greedy, and a shorter choice inside a loop ends earlier than every
// longer one), and what follows S depends only on where S ends, so the
// scanners try S's ends from the last.

// lowerAt returns the end of the \p{Ll} at i, or -1.
func lowerAt(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 || !unicode.IsLower(r) {
		return -1
	}
	return i + n
}

// lowerRun appends to ends the end of each rune of the run of \p{Ll} at i
// and returns them with the run's end (i when there is none).
func lowerRun(s string, i int, ends []int) ([]int, int) {
	for j := lowerAt(s, i); j >= 0; j = lowerAt(s, i) {
		i = j
		ends = append(ends, i)
	}
	return ends, i
}

// lowerRunEnd returns the end of the run of \p{Ll} at i (i when there is
// none).
func lowerRunEnd(s string, i int) int {
	for j := lowerAt(s, i); j >= 0; j = lowerAt(s, i) {
		i = j
	}
	return i
}

// surnameEndsAt appends to ends, in increasing order, every position where
// S can end when it starts at i.
func surnameEndsAt(s string, i int, ends []int) []int {
	p := upperAt(s, i)
	if p < 0 || p == len(s) {
		return ends
	}
	if upperAt(s, p) >= 0 {
		return upperSurnameEnds(s, p, ends)
	}
	// \p{Lu}(?:\p{Ll}|['’]\p{L})+: "O’Brien", and "Vasil’ev" with a
	// transliterated soft sign
	n := len(ends)
	for {
		if q := lowerAt(s, p); q >= 0 {
			p = q
		} else if q := apostropheAt(s, p); q >= 0 && letterAt(s, q) >= 0 {
			p = letterAt(s, q)
		} else {
			break
		}
		ends = append(ends, p)
	}
	if len(ends) == n {
		return ends
	}
	// (?:\p{Lu}\p{Ll}+)? then (?:-\p{Lu}?\p{Ll}+)*; the star can start
	// only after the whole run of lower-case letters.
	if q := upperAt(s, p); q >= 0 && lowerAt(s, q) >= 0 {
		ends, p = lowerRun(s, q, ends)
	}
	for p < len(s) && s[p] == '-' {
		q := p + 1
		if u := upperAt(s, q); u >= 0 {
			q = u
		}
		var e int
		if ends, e = lowerRun(s, q, ends); e == q {
			break
		}
		p = e
	}
	return ends
}

// upperSurnameEnds appends the ends of `\p{Lu}{2,}(?:-\p{Lu}{2,})?` whose
// first capital ends at p and is followed by another.
func upperSurnameEnds(s string, p int, ends []int) []int {
	p = upperAt(s, p)
	ends = append(ends, p)
	for q := upperAt(s, p); q >= 0; q = upperAt(s, p) {
		p = q
		ends = append(ends, p)
	}
	if p < len(s) && s[p] == '-' {
		if q := upperAt(s, p+1); q >= 0 {
			for q = upperAt(s, q); q >= 0; q = upperAt(s, q) {
				ends = append(ends, q)
			}
		}
	}
	return ends
}

// letterAt returns the end of the \p{L} at i, or -1.
func letterAt(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 || !unicode.IsLetter(r) {
		return -1
	}
	return i + n
}

// apostropheAt returns the end of the ['’] at i, or -1.
func apostropheAt(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '\'':
		return i + 1
	case strings.HasPrefix(s[i:], "’"):
		return i + len("’")
	}
	return -1
}

// particleWords are the words of P followed by \s+.
var particleWords = [...]string{"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "la", "le", "ter", "bin", "ibn", "al",
	"ван", "фон", "дер", "де", "ди", "дю", "да", "ла", "ле", "аль"} // and as Russian lists transliterate them: "ван Дейк Т. А."

// particleLeads are the first letters of the particles particleEnd reads.
var particleLeads = func() []rune {
	var out []rune
	for _, w := range append(particleWords[:], "al-", "el-", "d", "l") {
		if r, _ := utf8.DecodeRuneInString(w); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}()

// particleEnd returns the end of the P that opens s, or 0 when none does:
// of its choices at most one fits, for each ends in what the others
// cannot hold there.
func particleEnd(s string) int {
	if r, _ := utf8.DecodeRuneInString(s); !slices.Contains(particleLeads, r) {
		return 0 // most names open with a capital, which begins no particle
	}
	for _, w := range particleWords {
		if strings.HasPrefix(s, w) && len(s) > len(w) && isSpaceByte(s[len(w)]) {
			return skipSpace(s, len(w))
		}
	}
	for _, p := range [...]string{"al-", "el-"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	if len(s) > 0 && (s[0] == 'd' || s[0] == 'l') {
		if e := apostropheAt(s, 1); e >= 0 {
			return e
		}
	}
	return 0
}

// initialEnd returns the end of `\p{Lu}\p{Ll}?(?:\.|/(?:\s|$))` at i, an
// initial "X.", "Xy." or "X/" (with the \s after "/"), or -1.
func initialEnd(s string, i int) int {
	p := upperAt(s, i)
	if p < 0 {
		return -1
	}
	if q := lowerAt(s, p); q >= 0 {
		p = q
	}
	switch {
	case p < len(s) && s[p] == '.':
		return p + 1
	case p < len(s) && s[p] == '/':
		if p++; p < len(s) && isSpaceByte(s[p]) {
			return p + 1
		}
		if p == len(s) {
			return p
		}
	}
	return -1
}

// initialTrailerEnd returns the end of `\s?-?\s?` at p, each part taken
// when it can be.
func initialTrailerEnd(s string, p int) int {
	if p < len(s) && isSpaceByte(s[p]) {
		p++
	}
	if p < len(s) && s[p] == '-' {
		p++
	}
	if p < len(s) && isSpaceByte(s[p]) {
		p++
	}
	return p
}

// initialsRunEnd returns the end of I at i when nothing follows I in the
// pattern, or -1: the regexp's first choice everywhere, as many initials
// as there are (up to four), each with its trailer taken.
func initialsRunEnd(s string, i int) int {
	end := -1
	for range 4 {
		c := initialEnd(s, i)
		if c < 0 {
			break
		}
		i = initialTrailerEnd(s, c)
		end = i
	}
	return end
}

// initialsEnds calls try with each end of I at i (after k initials read)
// in the order the regexp tries them, until try returns true, and reports
// whether one did: another initial first, each optional part of the
// trailer taken before left, and the end itself last.
func initialsEnds(s string, i, k int, try func(int) bool) bool {
	if k < 4 {
		if c := initialEnd(s, i); c >= 0 {
			for _, t := range initialTrailerEnds(s, c) {
				if t >= 0 && initialsEnds(s, t, k+1, try) {
					return true
				}
			}
		}
	}
	return k > 0 && try(i)
}

// initialTrailerEnds returns the ends of `\s?-?\s?` at p in the order the
// regexp tries them, -1 for a choice that does not fit: bit 2, 1, 0 of
// the choice's number set leave the first \s, the hyphen, the second \s.
func initialTrailerEnds(s string, p int) [8]int {
	var out [8]int
	for m := range out {
		q := p
		for bit, fits := range [...]func(byte) bool{isSpaceByte, isHyphen, isSpaceByte} {
			if m&(4>>bit) != 0 {
				continue
			}
			if q >= len(s) || !fits(s[q]) {
				q = -1
				break
			}
			q++
		}
		out[m] = q
	}
	return out
}

// isHyphen reports '-'.
func isHyphen(c byte) bool { return c == '-' }

// initialsFirst reads "I. I. Family" at the start of s: the groups of
// nameInitialsFirst, `^(I)\s*(P?S)`, as initials (group 1) and family
// (group 2), with the end of the match.
func initialsFirst(s string) (initials, family string, end int, ok bool) {
	initialsEnds(s, 0, 0, func(g int) bool {
		q := skipSpace(s, g)
		var buf [32]int
		ends := surnameEndsAt(s, q+particleEnd(s[q:]), buf[:0])
		if len(ends) == 0 {
			return false
		}
		initials, family, end, ok = s[:g], s[q:ends[len(ends)-1]], ends[len(ends)-1], true
		return true
	})
	return initials, family, end, ok
}

// vancouver reads "Family AB" at the start of s: the groups of
// nameVancouver, `^(S(?:\s+S)?)\s+(\p{Lu}{1,4}|\p{Lu}(?: \p{Lu}){1,3})(?:[,.]|$| et al)`, as family and
// initials.
func vancouver(s string) (family, initials string, ok bool) {
	var buf, buf2 [32]int
	ends := surnameEndsAt(s, 0, buf[:0])
	for x := len(ends) - 1; x >= 0; x-- {
		e1 := ends[x]
		if j := skipSpace(s, e1); j > e1 {
			ends2 := surnameEndsAt(s, j, buf2[:0])
			for y := len(ends2) - 1; y >= 0; y-- {
				if q, e := capitalsAfter(s, ends2[y]); e >= 0 && hasLower(s[j:ends2[y]]) {
					// "McMurray JJV": capitals alone are initials, no second family name
					return s[:ends2[y]], s[q:e], true
				}
			}
		}
		if q, e := capitalsAfter(s, e1); e >= 0 {
			return s[:e1], s[q:e], true
		}
	}
	return "", "", false
}

// capitalsAfter reads `\s+(\p{Lu}{1,4})(?:[,.]|$)` at i and returns the
// span of the capitals, or -1, -1: only the whole run of one to four
// capitals ("Aerts HJWL") can be followed by a mark or the end.
func capitalsAfter(s string, i int) (int, int) {
	q := skipSpace(s, i)
	if q == i {
		return -1, -1
	}
	e, n := q, 0
	for ; n < 4; n++ {
		u := upperAt(s, e)
		if u < 0 {
			break
		}
		e = u
	}
	if n == 1 {
		// "Rusanov V D, Fridman A A": single capitals spaced apart, as
		// Russian journals' Vancouver lists print initials.
		for k := 0; k < 3 && e+1 < len(s) && s[e] == ' '; k++ {
			u := upperAt(s, e+1)
			if u < 0 || letterAt(s, u) >= 0 {
				break
			}
			e = u
		}
	}
	if e == q || e < len(s) && s[e] != ',' && s[e] != '.' && !strings.HasPrefix(s[e:], " et al") {
		return -1, -1
	}
	return q, e
}

// familyFirst reads "Family I. I." and "Family, I. I." at the start of s:
// the groups of nameFamilyFirst, `^(P?S(?:\s+S)?)(,?)\s*(I)`, as family
// (group 1) and initials (group 3), with the end of the match.
func familyFirst(s string) (family, initials string, end int, ok bool) {
	var buf, buf2 [32]int
	start := particleEnd(s)
	ends := surnameEndsAt(s, start, buf[:0])
	for x := len(ends) - 1; x >= 0; x-- {
		e1 := ends[x]
		if j := skipSpace(s, e1); j > e1 {
			ends2 := surnameEndsAt(s, j, buf2[:0])
			for y := len(ends2) - 1; y >= 0; y-- {
				if q, e := initialsAfter(s, ends2[y]); e >= 0 {
					return s[:ends2[y]], s[q:e], e, true
				}
			}
		}
		if q, e := initialsAfter(s, e1); e >= 0 {
			return s[:e1], s[q:e], e, true
		}
	}
	return "", "", 0, false
}

// initialsAfter reads `,?\s*(I)` at i and returns the span of I, or -1, -1.
func initialsAfter(s string, i int) (int, int) {
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipSpace(s, i)
	if e := initialsRunEnd(s, i); e >= 0 {
		return i, e
	}
	return -1, -1
}

// familyGivenInit reads "Family, Given I." at the start of s: the groups
// of nameFamilyGivenInit,
// `^(P?S),\s+(\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)+)`, as
// family and given names, with the end of the match.
func familyGivenInit(s string) (family, given string, end int, ok bool) {
	var buf [32]int
	ends := surnameEndsAt(s, particleEnd(s), buf[:0])
	for x := len(ends) - 1; x >= 0; x-- {
		e, j := ends[x], givenStart(s, ends[x])
		if j < 0 {
			continue
		}
		if g := givenInitialsEnd(s, j); g >= 0 {
			return s[:e], s[j:g], g, true
		}
	}
	return "", "", 0, false
}

// givenStart returns the end of `,\s+` at i, or -1.
func givenStart(s string, i int) int {
	if i >= len(s) || s[i] != ',' {
		return -1
	}
	if j := skipSpace(s, i+1); j > i+1 {
		return j
	}
	return -1
}

// givenNameEnd returns the end of `\p{Lu}\p{Ll}+` at i, the whole run of
// lower-case letters, or -1.
func givenNameEnd(s string, i int) int {
	p := upperAt(s, i)
	if p < 0 {
		return -1
	}
	if e := lowerRunEnd(s, p); e > p {
		return e
	}
	return -1
}

// joinedNameEnd returns the end of `[\s-]+\p{Lu}\p{Ll}+` at i, with the
// whole run of lower-case letters, or -1.
func joinedNameEnd(s string, i int) int {
	j := skipNameJoin(s, i)
	if j == i {
		return -1
	}
	return givenNameEnd(s, j)
}

// givenInitialsEnd returns the end of
// `\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)+` at i, or -1: the
// names are read whole, for only a \s or a hyphen may follow them, and
// the initials as many as there are.
func givenInitialsEnd(s string, i int) int {
	p := givenNameEnd(s, i)
	if p < 0 {
		return -1
	}
	if q := joinedNameEnd(s, p); q >= 0 {
		if e := spacedInitialsEnd(s, q); e >= 0 {
			return e
		}
	}
	return spacedInitialsEnd(s, p)
}

// spacedInitialsEnd returns the end of `(?:\s+\p{Lu}\.)+` at i, as many
// initials as there are, or -1.
func spacedInitialsEnd(s string, i int) int {
	end := -1
	for {
		j := skipSpace(s, i)
		if j == i {
			return end
		}
		k := upperAt(s, j)
		if k < 0 || k == len(s) || s[k] != '.' {
			return end
		}
		i, end = k+1, k+1
	}
}

// familyGiven reads "Family, Given" at the start of s: the groups of
// nameFamilyGiven,
// `^(P?S),\s+(\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?)(?:[.,;]|\s+(?:and|&)\s|\s+&)`,
// as family and given names.
func familyGiven(s string) (family, given string, ok bool) {
	var buf, buf2 [32]int
	ends := surnameEndsAt(s, particleEnd(s), buf[:0])
	for x := len(ends) - 1; x >= 0; x-- {
		e, j := ends[x], givenStart(s, ends[x])
		if j < 0 {
			continue
		}
		gs := givenEnds(s, j, buf2[:0])
		for y := len(gs) - 1; y >= 0; y-- {
			if givenTermAt(s, gs[y]) {
				return s[:e], s[j:gs[y]], true
			}
		}
	}
	return "", "", false
}

// givenEnds appends, in increasing order, every end of
// `\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?` at i. The regexp
// tries them from the last: each optional part is tried before it is
// left out, and a shorter run of lower-case letters ends earlier.
func givenEnds(s string, i int, ends []int) []int {
	p := upperAt(s, i)
	if p < 0 {
		return ends
	}
	n := len(ends)
	if ends, p = lowerRun(s, p, ends); len(ends) == n {
		return ends
	}
	// The joined name and the initial without it cannot both fit: after
	// the \s both need a capital, one followed by a lower-case letter,
	// the other by a full stop.
	if q := joinedNameEnd(s, p); q >= 0 {
		ends, q = lowerRun(s, upperAt(s, skipNameJoin(s, p)), ends)
		if e := spacedInitialEnd(s, q); e >= 0 {
			ends = append(ends, e)
		}
	} else if e := spacedInitialEnd(s, p); e >= 0 {
		ends = append(ends, e)
	}
	return ends
}

// skipNameJoin returns the end of the run of `[\s-]` at i.
func skipNameJoin(s string, i int) int {
	for i < len(s) && (isSpaceByte(s[i]) || s[i] == '-') {
		i++
	}
	return i
}

// spacedInitialEnd returns the end of `\s+\p{Lu}\.` at i, or -1.
func spacedInitialEnd(s string, i int) int {
	j := skipSpace(s, i)
	if j == i {
		return -1
	}
	if k := upperAt(s, j); k >= 0 && k < len(s) && s[k] == '.' {
		return k + 1
	}
	return -1
}

// givenTermAt reports whether `[.,;]|\s+(?:and|&)\s|\s+&` matches at i.
func givenTermAt(s string, i int) bool {
	if i < len(s) && (s[i] == '.' || s[i] == ',' || s[i] == ';') {
		return true
	}
	j := skipSpace(s, i)
	if j == i {
		return false
	}
	if strings.HasPrefix(s[j:], "and") {
		j += len("and")
	} else if strings.HasPrefix(s[j:], "&") {
		return true
	} else {
		return false
	}
	return j < len(s) && isSpaceByte(s[j])
}

// familyDot reads "Family. I. I." at the start of s — a typing slip, a full
// stop for the space after the family name; only a name of four letters
// or more and one-letter initials, so that abbreviations ("Рос. Кн.
// палата") stay what they are: the groups of
// nameFamilyDot, `^(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)\.\s*((?:\p{Lu}\.\s?){1,3})`,
// as family and initials, with the end of the match. The lower-case runs
// are read whole, for a full stop or a hyphen must follow them, and the
// initials as many as there are.
func familyDot(s string) (family, initials string, end int, ok bool) {
	p := upperAt(s, 0)
	if p < 0 {
		return "", "", 0, false
	}
	q := p
	for k := 0; ; k++ {
		e := lowerAt(s, q)
		if e < 0 {
			if k < 3 {
				return "", "", 0, false
			}
			break
		}
		q = e
	}
	if q < len(s) && s[q] == '-' {
		if e := givenNameEnd(s, q+1); e >= 0 {
			q = e
		}
	}
	if q >= len(s) || s[q] != '.' {
		return "", "", 0, false
	}
	i := skipSpace(s, q+1)
	e := i
	for k := 0; k < 3; k++ {
		u := upperAt(s, e)
		if u < 0 || u == len(s) || s[u] != '.' {
			break
		}
		e = u + 1
		if e < len(s) && isSpaceByte(s[e]) {
			e++
		}
	}
	if e == i {
		return "", "", 0, false
	}
	return s[:q], s[i:e], e, true
}

// chinese reads "Family Given", a Chinese name printed family first, at the
// start of s: the groups of
// nameChinese, `^(\p{Lu}\p{Ll}{0,5})\s+(\p{Lu}\p{Ll}{1,10}(?:-\p{Ll}+)?)(?:[,.]|\s+(?:and|&)\s)`,
// as family and given name. Each run of lower-case letters is read whole,
// for what follows it is no such letter.
func chinese(s string) (family, given string, ok bool) {
	p := upperAt(s, 0)
	if p < 0 {
		return "", "", false
	}
	f := lowerRunEnd(s, p)
	if utf8.RuneCountInString(s[p:f]) > 5 {
		return "", "", false
	}
	i := skipSpace(s, f)
	if i == f {
		return "", "", false
	}
	g := givenNameEnd(s, i)
	if g < 0 || utf8.RuneCountInString(s[i:g]) > 11 {
		return "", "", false
	}
	if g < len(s) && s[g] == '-' {
		if e := lowerRunEnd(s, g+1); e > g+1 {
			g = e
		}
	}
	if g < len(s) && (s[g] == ',' || s[g] == '.') {
		return s[:f], s[i:g], true
	}
	j := skipSpace(s, g)
	if j == g {
		return "", "", false
	}
	for _, w := range [...]string{"and", "&"} {
		if strings.HasPrefix(s[j:], w) && j+len(w) < len(s) && isSpaceByte(s[j+len(w)]) {
			return s[:f], s[i:g], true
		}
	}
	return "", "", false
}

// hasLower reports a lower-case letter in s.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}
