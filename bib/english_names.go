package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names of English-style references. Each style prints its author list in
// one order, so the first name decides how the others are read:
//
//   - APA 7 (9.8), Harvard, Vancouver (NLM Citing Medicine, ch. 1 "Author"):
//     family first with initials: "Aron, L., Botella, M., & Lubart, T.",
//     "Holt, DH", "Parkin DM, Clayton D".
//   - IEEE (Reference Guide, "Author"): initials first: "R. Fardel, M. Nagel,
//     and A. Wokaun", "D.Kulik".
//   - MLA 9 (5.6) and Chicago 17 bibliography (14.72): the first author
//     inverted, the others given first: "Pease, James L., Melodi Billera,
//     and Georgia Gerard".
//   - Chicago 17 notes (14.20): every name given first: "Peter Murphy and
//     David Roberts".
const (
	enGivenWord = `\p{Lu}\p{Ll}+`
	// Particles before a family name printed first, capitalised or not:
	// "Van der Berg", "de Souza", "al-Rashid" (APA 7, 9.8; Chicago 8.5).
	enParticles = `(?:(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]a|[Dd]i|[Dd]u|[Dd]os|[Ll]a|[Ll]e|[Tt]er|bin|ibn)\s+){1,2}|(?:al|el)-|[dlDL]['’])?`
	enInitial   = `\p{Lu}\p{Ll}?\.`
	// A family name as surnameRe reads it, or with a lower-case letter
	// after its apostrophe, as lists exported in lower case print it
	// ("D’amato").
	enSurname = `(?:` + surnameRe + `|\p{Lu}['’]\p{Ll}+)`
)

var (
	// "Family, A. B.", "Family A.B.", "Family, AB", "Family AB", "Family
	// A B" (Russian journals' Vancouver lists).
	// APA 7 (9.8) prints a suffix after the initials, "Lucas, H. C., Jr.";
	// lists print it after the family name too, "Lucas Jr., H. C.".
	// A second family name in capitals follows one in capitals only:
	// "McMurray JJV" has one and three initials.
	enFamilyInitials = enNamePattern{lazyRegexp(`^(` + enParticles + `(?:` + mixedSurnameRe + `(?:[\s-](?:(?:von|van|de|der|den|del|da|di|du|la|le)\s+)?` + mixedSurnameRe + `)?|` + capsSurnameRe + `(?:[\s-]` + capsSurnameRe + `)?))(?:\s+(Jr\.|Sr\.)(?:,|\s))?(?:,?\s*((?:\p{Lu}\p{Ll}?\.\s?-?\s?){1,4})|,?\s+(\p{Lu}(?:\s\p{Lu}){1,3}|\p{Lu}{1,4})\b)(?:,?\s+(Jr\.|Sr\.|Jr\b|Sr\b|2nd\b|3rd\b|[4-9]th\b|II\b|III\b|IV\b))?`), mayFamilyInitials}
	// "A. B. Family", "D.Kulik", "Yu.Shvarov", "J Peters".
	// An initial without its full stop may precede dotted ones ("P W.
	// Family").
	enInitialsFamily = enNamePattern{lazyRegexp(`^((?:\p{Lu}\s)?(?:\p{Lu}\p{Ll}?\.\s?-?\s?){1,4}|\p{Lu}{1,3}\s)(` + particleRe + `?` + enSurname + `)`), mayInitialsFamily}
	// "Family, Given" with a full given name, initials after it allowed.
	enFamilyGiven = enNamePattern{lazyRegexp(`^(` + enParticles + surnameRe + `),\s+(` + enGivenWord + `(?:[\s-]+` + enGivenWord + `)*(?:\s*` + enInitial + `)*(?:\s+(?:de|da|di|du|van|von|der|del|la|le)\b)?)`), mayFamilyGiven}
	// "Given Family", "Newton N. Minow", "Amira K. Bennison".
	// A middle initial may lack its full stop ("John K Family").
	enGivenFamily = enNamePattern{lazyRegexp(`^(` + enGivenWord + `(?:[\s-]+(?:` + enGivenWord + `|` + enInitial + `|\p{Lu}))*)\s+(` + particleRe + `?` + surnameRe + `)(\s*(?:[,.;:\[“"‘«]|$|and\s|и\s|і\s|&|et\s+al\b|\((?:eds?|Eds?)\b))`), mayGivenFamily}
)

// nameOrder is how a style prints the names of its author list.
type nameOrder int

const (
	orderFamilyInitials nameOrder = iota // APA, Harvard, Vancouver
	orderInitialsFamily                  // IEEE
	orderInverted                        // MLA, Chicago bibliography: first inverted, then given first
	orderGivenFirst                      // Chicago notes
)

// enName reads one name in the given order at the start of s. After
// "and", a name printed the other way round is read too ("Manapbayeva, Z.,
// and S. Seidenova", Chicago 17, 14.76).
func enName(s string, o nameOrder, first, afterAnd bool) (Name, string, bool) {
	if n, r, ok := enNameIn(s, o, first); ok || !afterAnd {
		if !ok && o == orderInverted && !first {
			// Harvard lists that invert every name, "Family, Given,
			// Family, Given and Family, Given (Year)".
			if m := enFamilyGiven.FindStringSubmatch(s); m != nil && invertedNext(s[len(m[0]):]) {
				return Name{Family: m[1], Given: m[2]}, s[len(m[0]):], true
			}
		}
		return n, r, ok
	}
	for _, alt := range []nameOrder{orderInitialsFamily, orderGivenFirst} {
		if n, r, ok := enNameIn(s, alt, false); ok {
			return n, r, ok
		}
	}
	if o == orderInverted {
		// MLA lists that invert the second name too, "Family, Given and
		// Family, Given."
		return enNameIn(s, orderInverted, true)
	}
	return Name{}, s, false
}

// familyInitials is the name a match of enFamilyInitials reads. A word
// in capitals with one initial glued on is a body's acronym, "OECD." (not
// "OEC D."), "UNESCO." — unless a word goes on after it ("ASP.NET").
func familyInitials(m []string, rest string) Name {
	initial := strings.TrimSpace(m[3])
	r, _ := utf8.DecodeRuneInString(rest)
	if m[2] == "" && m[4] == "" && m[5] == "" && len(initial) == 2 && strings.HasPrefix(m[0], m[1]+initial) && isAllCaps(m[1]) && (strings.HasSuffix(m[0], " ") || !unicode.IsLetter(r)) {
		return Name{Literal: m[1] + initial[:1]}
	}
	return Name{Family: m[1], Given: strings.TrimSpace(m[3] + m[4]), Suffix: m[2] + m[5]}
}

// invertedNext reports what may follow a name inverted inside a list: the
// next name's separator or the date.
func invertedNext(rest string) bool {
	return hasAnyPrefix(rest, []string{", ", " and ", " & ", " (", ". (", "."})
}

// enNameIn reads one name printed in order o.
func enNameIn(s string, o nameOrder, first bool) (Name, string, bool) {
	switch o {
	case orderFamilyInitials:
		if m := enFamilyInitials.FindStringSubmatch(s); m != nil {
			return familyInitials(m, s[len(m[0]):]), s[len(m[0]):], true
		}
	case orderInitialsFamily:
		if m := enInitialsFamily.FindStringSubmatch(s); m != nil {
			rest := s[len(m[0]):]
			n := moreFamilyWords(rest)
			return Name{Family: m[2] + rest[:n], Given: strings.TrimSpace(m[1])}, rest[n:], true
		}
		if m := enGivenFamily.FindStringSubmatch(s); m != nil && first {
			// IEEE prints a full given name where the author gave one.
			return Name{Family: m[2], Given: m[1]}, s[len(m[0])-len(m[3]):], true
		}
	case orderInverted:
		if first {
			if n, rest, ok := familyInitialGiven(s); ok {
				return n, rest, true
			}
			if m := enFamilyGiven.FindStringSubmatch(s); m != nil {
				return Name{Family: m[1], Given: m[2]}, s[len(m[0]):], true
			}
			if m := enFamilyInitials.FindStringSubmatch(s); m != nil {
				return familyInitials(m, s[len(m[0]):]), s[len(m[0]):], true
			}
			return Name{}, s, false
		}
		fallthrough
	case orderGivenFirst:
		if m := enInitialsFamily.FindStringSubmatch(s); m != nil {
			return Name{Family: m[2], Given: strings.TrimSpace(m[1])}, s[len(m[0]):], true
		}
		if m := enGivenFamily.FindStringSubmatch(s); m != nil {
			return Name{Family: m[2], Given: m[1]}, s[len(m[0])-len(m[3]):], true
		}
	}
	return Name{}, s, false
}

// moreFamilyWords returns the length of the capitalised words, one or
// two, that go on with a family name printed after the initials before
// the separator of the next name: the whole of what stands between the
// initials and the comma is the family name in IEEE's order ("G. De
// Francisci Morales, A. Name", "A. Ross Arguedas, C. T. Name", "M. Van
// Dyke and …"). It returns 0 when rest already ends the name.
func moreFamilyWords(rest string) int {
	if rest == "" || rest[0] != ' ' || nameEnds(rest) {
		return 0
	}
	i := 0
	for k := 0; k < 2; k++ {
		if i >= len(rest) || rest[i] != ' ' || i+1 >= len(rest) || !isCapital(rest[i+1]) {
			return 0
		}
		j := i + 2
		for j < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[j:])
			if !unicode.IsLetter(r) && r != '-' && r != '’' && r != '\'' {
				break
			}
			j += n
		}
		if j-i < 3 {
			return 0
		}
		i = j
		if t := rest[i:]; strings.HasPrefix(t, ",") || strings.HasPrefix(t, " and ") || strings.HasPrefix(t, " & ") {
			return i
		}
	}
	return 0
}

// enGroupName reads an organisation up to the full stop that ends the
// author list.
func enGroupName(s string) (Name, string, bool) {
	i := strings.Index(s, ". ")
	if i <= 0 || strings.ContainsAny(s[:i], ",;:") || len(strings.Fields(s[:i])) > 8 {
		return Name{}, s, false
	}
	return Name{Literal: s[:i]}, s[i:], true
}

// enMononym reads an author known by one name inside an IEEE list
// ("A. Family, Mononym, B. Family"): one capitalised word between commas,
// with another initials-first name after it.
func enMononym(s string) (Name, string, bool) {
	i := strings.Index(s, ", ")
	if i <= 0 || strings.ContainsAny(s[:i], " .") || !mayGivenFamily(s) {
		return Name{}, s, false
	}
	after := s[i+2:]
	if strings.HasPrefix(after, "and ") {
		after = after[len("and "):]
	}
	if _, _, ok := enNameIn(after, orderInitialsFamily, false); !ok {
		return Name{}, s, false
	}
	return Name{Family: s[:i]}, s[i:], true
}

// familyInitialGiven reads the first name of an MLA list inverted with
// an initial before the given name, "Schneider, G. Michael, and Given
// Family": the family name, one initial and one given name, then the
// next author joined by "and".
func familyInitialGiven(s string) (Name, string, bool) {
	m := enFamilyInitials.FindStringSubmatch(s)
	if m == nil || m[2] != "" || m[5] != "" || len(strings.TrimSpace(m[3])) != 2 || !strings.HasPrefix(s[len(m[1]):], ", ") {
		return Name{}, s, false
	}
	rest := s[len(m[0]):]
	if !strings.HasSuffix(m[0], " ") {
		return Name{}, s, false
	}
	w := givenNameEnd(rest, 0)
	if w < 0 {
		return Name{}, s, false
	}
	after := rest[w:]
	if !strings.HasPrefix(after, ", and ") && !strings.HasPrefix(after, " and ") {
		return Name{}, s, false
	}
	return Name{Family: m[1], Given: strings.TrimSpace(m[3]) + " " + rest[:w]}, after, true
}

// familyAloneBeforeDate reads the last name of an APA list printed
// without initials before the date, "… & Collins. (2011).": one
// capitalised word.
func familyAloneBeforeDate(s string) (Name, string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return Name{}, s, false
	}
	i := n
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		i += n
	}
	if !strings.HasPrefix(s[i:], ". (") || !startsYear(s[i+len(". ("):]) {
		return Name{}, s, false
	}
	return Name{Family: s[:i]}, s[i:], true
}

// nameEnds reports whether the text after a name may follow a name: a
// separator, an editor mark, a date, the end, never more words of a title.
func nameEnds(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if t == "" {
		return true
	}
	switch t[0] {
	case ',', '.', ';', '(', '&', ':', '"', '[':
		return true
	}
	return strings.HasPrefix(t, "and ") || strings.HasPrefix(t, "и ") || strings.HasPrefix(t, "“") ||
		strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "«") || strings.HasPrefix(t, "eds") ||
		strings.HasPrefix(t, "ed.") || strings.HasPrefix(t, "et al") || startsYear(t)
}

// startsYear reports whether s starts with a four-digit year.
func startsYear(s string) bool {
	return len(s) >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && (len(s) == 4 || !isDigit(s[4]))
}

// enNames reads an author list in order o and returns the names, the rest,
// and whether an editor mark followed them ("(Eds.)", ", editors").
func enNames(s string, o nameOrder) ([]Name, string, bool) {
	n, rest, ok := enName(s, o, true, false)
	if !ok || !nameFits(s[:len(s)-len(rest)], rest) {
		return nil, s, false
	}
	names, afterFirst := []Name{n}, rest
	joined := false // an "and", "&" or "et al." ended the list
	for {
		if m := enEtAlAt(rest); m != "" {
			rest, joined = rest[len(m):], true
			if m := enEdMarkAt(rest); m != "" {
				// IEEE: "A. Name et al., Eds., Title."
				return names, rest[len(m):], true
			}
			break
		}
		if m := enEdMarkAt(rest); m != "" {
			return names, rest[len(m):], true
		}
		sep := enSep(rest)
		if sep == "" && !lostComma(s, rest, o, names[len(names)-1]) {
			break
		}
		next := rest[len(sep):]
		if !strings.ContainsAny(sep, "&") && !strings.Contains(sep, "and") {
			// APA 7, 9.8: "…, Name, I., … & Last, I." (the 20th author
			// after the ellipsis); AAAI: "Name, I.; Name, I.; and Last, I.".
			if e := andWordEnd(next, 0); e >= 0 {
				sep, next = sep+next[:e], next[e:]
			}
		}
		and := strings.ContainsAny(sep, "&;") || strings.Contains(sep, "and") || strings.Contains(sep, "и") || strings.Contains(sep, "і")
		n, r, ok := enName(next, o, false, and && !strings.Contains(sep, ";"))
		if !ok && strings.Contains(sep, ";") {
			// Citing Medicine: a group author after the persons, "; Alf-One
			// Study Group."
			n, r, ok = enGroupName(next)
		}
		if !ok && o == orderInitialsFamily {
			n, r, ok = enMononym(next)
		}
		if !ok && o == orderFamilyInitials && and {
			n, r, ok = familyAloneBeforeDate(next)
		}
		if !ok && o == orderFamilyInitials && !strings.Contains(sep, ";") {
			// Chicago 17, 14.76, as author-date lists print it: only the
			// first name inverted, "Family, I., I. Family, and I. Family".
			n, r, ok = enName(next, orderInitialsFamily, false, and)
		}
		if !ok || !nameFits(next[:len(next)-len(r)], r) {
			break
		}
		joined = joined || and
		names, rest = append(names, n), r
	}
	if o == orderFamilyInitials && len(names) > 1 && !strings.Contains(names[0].Given, ".") {
		// Citing Medicine prints initials without full stops; the one
		// after the last name ends the sentence.
		last := &names[len(names)-1]
		last.Given = strings.TrimSuffix(last.Given, ".")
	}
	if o == orderGivenFirst && len(names) > 1 && !joined {
		// Chicago notes join the last two names with "and": without it,
		// what followed the first name was a title.
		return names[:1], afterFirst, false
	}
	return names, rest, false
}

// lostComma reports a comma lost between two names printed family first,
// "Family A.B., Family C.D. Family E.F. (1991)": rest, the end of s, opens
// after a space with a name that ends at a comma or at the date, and the
// name before it, prev, ends in an initial's full stop.
func lostComma(s, rest string, o nameOrder, prev Name) bool {
	at := len(s) - len(rest)
	if o != orderFamilyInitials || at == 0 || s[at-1] != ' ' || !strings.HasSuffix(prev.Given, ".") {
		return false
	}
	_, r, ok := enNameIn(rest, o, false)
	return ok && (strings.HasPrefix(r, ",") || strings.HasPrefix(strings.TrimLeft(r, " "), "("))
}

// enOrder decides the name order of an entry from its first name.
func enOrder(s string, note bool) (nameOrder, bool) {
	return enOrderGiven(s, note, enGivenFamily.FindStringSubmatch(s))
}

// enOrderGiven is enOrder with gf, the match of enGivenFamily on s, read
// once by the caller: the decision asks for it up to four times.
func enOrderGiven(s string, note bool, gf []string) (nameOrder, bool) {
	if m := gf; m != nil && (strings.HasPrefix(m[3], ",") || strings.HasPrefix(strings.TrimSpace(m[3]), "et al")) && startsQuote(strings.TrimLeft(s[len(m[0]):], " .,")) {
		// Chicago 17, 14.20: "Given Family, “Title,”", "Given Family et
		// al., “Title,”" open a note.
		return orderGivenFirst, true
	}
	if m := gf; m != nil && strings.HasPrefix(m[3], ",") && givenFirstChain(s[len(m[0])-len(m[3]):]) {
		return orderGivenFirst, true
	}
	if m := gf; m != nil && note && (strings.HasPrefix(m[3], ",") || strings.Contains(m[3], "and") || strings.Contains(m[3], "et")) {
		return orderGivenFirst, true
	}
	if m := gf; m != nil && strings.HasPrefix(strings.TrimSpace(m[3]), "and") {
		// Two names given first joined by "and", then a comma or a full
		// stop: "Given Family and Given Family, “Title,”" (Chicago 17,
		// 14.76), or MLA's heading printed uninverted ("Given I. Family
		// and Given I. Family. Title.").
		if n := enGivenFamily.FindStringSubmatch(s[len(m[0]):]); n != nil && (strings.HasPrefix(n[3], ",") || strings.HasPrefix(n[3], ".")) {
			return orderGivenFirst, true
		}
	}
	if _, _, ok := familyInitialGiven(s); ok {
		return orderInverted, true
	}
	if m := gf; m != nil && strings.HasPrefix(m[3], ".") && strings.HasSuffix(m[1], ".") && strings.HasPrefix(s[len(m[0]):], " (") && startsYear(s[len(m[0])+2:]) && !translitInitials[m[2]] {
		// A person's name uninverted before APA's date, as reference
		// managers print a name they hold in one field: "Given I.
		// Family. (2021, May 11)."
		return orderGivenFirst, true
	}
	if m := enInitialsFamily.FindString(s); m != "" && (nameFits(m, s[len(m):]) || moreFamilyWords(s[len(m):]) > 0) && !orgBeforeDate(m, s[len(m):]) {
		return orderInitialsFamily, true
	}
	if m := gf; m != nil && strings.HasPrefix(m[3], ",") {
		// "Tao Tian, C. R. Jones, and R. D. Wesel": IEEE.
		next := strings.TrimLeft(s[len(m[0])-len(m[3])+1:], " ")
		if n := enInitialsFamily.FindString(next); n != "" && nameEnds(next[len(n):]) {
			return orderInitialsFamily, true
		}
	}
	if m := enFamilyInitials.FindString(s); m != "" && nameFits(m, s[len(m):]) {
		return orderFamilyInitials, true
	}
	if m := enFamilyGiven.FindString(s); m != "" && nameFits(m, s[len(m):]) && (!note || fullStopAfterName(s, m)) {
		// In a note only a heading closed by a full stop, as the
		// bibliography prints it: "Family, Given I. Title. 3rd ed. (…)".
		return orderInverted, true
	}
	if gf != nil && note {
		return orderGivenFirst, true
	}
	return 0, false
}

// givenFirstChain reports that rest, what follows a first name printed
// given name first, names more persons so, separated by commas and "and",
// up to a quoted title: "Given Family, Given Family and Given Family,
// “Title,”" (Chicago 17, 14.76, the serial comma left out).
func givenFirstChain(rest string) bool {
	for i := 0; i < 8; i++ {
		rest = strings.TrimPrefix(strings.TrimLeft(rest, " ,"), "and ")
		if startsQuote(rest) {
			return i > 0
		}
		n := enGivenFamily.FindStringSubmatch(rest)
		if n != nil && i > 0 && strings.HasPrefix(n[3], ".") && startsYear(strings.TrimLeft(rest[len(n[0])-len(n[3])+1:], " ")) {
			return true // ACM: "Given Family, Given Family, and Given Family. 2020. Title."
		}
		if n == nil || !strings.HasPrefix(n[3], ",") && !strings.Contains(n[3], "and") {
			return false
		}
		rest = rest[len(n[0])-len(n[3]):]
	}
	return false
}

// orgBeforeDate reports capitals without full stops and a word before a
// date in parentheses, "BBC News (2020)": an organisation of an
// author-date style (Cite Them Right, APA 7), which prints names family
// first; IEEE, which prints initials first, puts no date there.
func orgBeforeDate(m, rest string) bool {
	return !strings.Contains(m, ".") && strings.HasPrefix(strings.TrimLeft(rest, " ."), "(") && startsYear(strings.TrimLeft(rest, " .("))
}

// fullStopAfterName reports whether the name m that opens s ends with a
// full stop.
func fullStopAfterName(s, m string) bool {
	return strings.HasSuffix(m, ".") || strings.HasPrefix(s[len(m):], ".")
}

// nameFits reports whether a name read as name is followed by what may
// follow a name; a name ending in an initial's full stop may be followed
// by the title ("Jaffee D. Brewing justice").
func nameFits(name, rest string) bool {
	if len(rest) > 1 && rest[0] == '&' && enIsLetter(rest[1]) && !strings.HasSuffix(name, ".") {
		return false // "ATT&CK": an ampersand inside a word joins no names
	}
	return nameEnds(rest) || strings.HasSuffix(strings.TrimSpace(name), ".")
}

// titleThenNames splits head, the text before a journal's name, into a
// title and the author list printed after it ("Title. A. B. Family, C.
// Family", "“Title!” Family AB, Family C"), as lists that give the title
// first print them; the list starts after the first sentence's end (a full
// stop, a question or exclamation mark, a closing quotation mark) from
// which every part between commas is one whole name.
func titleThenNames(head string) (string, []Name, bool) {
	for i := 0; i < len(head); i++ {
		var start int
		switch {
		case strings.HasPrefix(head[i:], ". "), strings.HasPrefix(head[i:], "? "), strings.HasPrefix(head[i:], "! "), strings.HasPrefix(head[i:], "\" "):
			start = i + 2
		case strings.HasPrefix(head[i:], "” "):
			start = i + len("” ")
		default:
			continue
		}
		if names, ok := wholeNames(head[start:]); ok {
			title := cleanTitle(head[:start])
			return title, names, title != ""
		}
	}
	return "", nil, false
}

// wholeNames reads s as names separated by commas, each printed in one of
// the orders of enNameIn and nothing else.
func wholeNames(s string) ([]Name, bool) {
	parts := strings.Split(s, ", ")
	names := make([]Name, 0, len(parts))
	for _, part := range parts {
		n, ok := wholeName(part)
		if !ok {
			return nil, false
		}
		names = append(names, n)
	}
	return names, true
}

// wholeName reads s as one name: initials first ("A. B. Family", "RJ
// Family"), family first ("Family AB"), or given names first ("Given B
// Family").
func wholeName(s string) (Name, bool) {
	if m := enInitialsFamily.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		return Name{Family: m[2], Given: strings.TrimSpace(m[1])}, true
	}
	if m := enFamilyInitials.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		return Name{Family: m[1], Given: strings.TrimSpace(m[3] + m[4]), Suffix: m[2] + m[5]}, true
	}
	if m := enGivenFamily.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		return Name{Family: m[2], Given: m[1]}, true
	}
	return Name{}, false
}

// translitInitials are the initials of transliterated Russian given names
// and patronymics that take two letters or more ("Glaziev S. Yu.",
// "Orlov A. Zh."): after an initial they end the initials of a name
// printed family name first, never a family name of their own.
var translitInitials = map[string]bool{"Yu": true, "Ya": true, "Yo": true, "Ye": true, "Zh": true, "Ch": true,
	"Sh": true, "Kh": true, "Ts": true, "Ju": true, "Ja": true, "Shch": true, "Sch": true}

// enFamiliesOnly is a heading of family names alone joined by "&" or
// "and", then the year in parentheses, as informal Harvard lists print it
// (the in-text form copied into the list): "Family & Family (2018),",
// "Family, Family & Family (2022)".
var enFamiliesOnly = lazyRegexp(`^(\p{Lu}[\p{Ll}'’-]+(?:,\s+\p{Lu}[\p{Ll}'’-]+)*\s*(?:&|and)\s+\p{Lu}[\p{Ll}'’-]+)\s+\((?:1[5-9]|20)\d\d[a-z]?\)`)

// readFamiliesOnly reads an entry headed so and reports whether s was one.
func readFamiliesOnly(p *parsed, s string) bool {
	m := enFamiliesOnly.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '&' }) {
		f = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(f), "and "))
		if i := strings.Index(f, " and "); i > 0 {
			p.Item.Author = append(p.Item.Author, Name{Family: f[:i]})
			f = f[i+len(" and "):]
		}
		p.Item.Author = append(p.Item.Author, Name{Family: f})
	}
	e := &enEntry{p: p}
	rest, comma := e.readDate(s[len(m[1]):])
	e.readRest(rest, comma)
	return true
}
