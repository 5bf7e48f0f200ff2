package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name grammar. A surname is a capitalised word (McClory, O'Neil,
// Петров-Водкин) or an all-capitals word; initials are "J.", "Ch.", "Yu.",
// "Ж.-П." with or without spaces; "P/" is a typing slip for "P." (the
// initials are read by names_scan.go).
const (
	surnameRe      = `(?:` + mixedSurnameRe + `|` + capsSurnameRe + `)`
	mixedSurnameRe = `\p{Lu}(?:\p{Ll}|['’]\p{L})+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*`
	capsSurnameRe  = `\p{Lu}{2,}(?:-\p{Lu}{2,})?`
	particleRe     = `(?:(?:van|von|der|den|de|del|della|da|di|du|dos|la|le|ter|bin|ibn|al|ван|фон|дер|де|ди|дю|да|ла|ле|аль)\s+|(?:al|el)-|[dl]['’])`
)

var (
	// "Given Family" after "and" (MLA second author) or before "(ed.)".
	nameGivenFirst = lazyRegexp(`^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)*)\s+(` + particleRe + `?` + surnameRe + `)`)
	// "Given Patronymic Family" (Chicago in Russian: "Людмила Григорьевна Павлова").
	nameGivenTwoFirst = lazyRegexp(`^(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(` + surnameRe + `)(?:[.,;]|\s+(?:and|и|&)\s|$)`)
)

// chineseFamilies are the commonest Chinese family names in pinyin: a
// "Family Given" name printed family first is read as such only with one.
var chineseFamilies = map[string]bool{
	"Wang": true, "Li": true, "Zhang": true, "Liu": true, "Chen": true, "Yang": true,
	"Huang": true, "Zhao": true, "Wu": true, "Zhou": true, "Xu": true, "Sun": true,
	"Ma": true, "Zhu": true, "Hu": true, "Guo": true, "He": true, "Lin": true,
	"Gao": true, "Luo": true, "Zheng": true, "Liang": true, "Xie": true, "Song": true,
	"Tang": true, "Han": true, "Feng": true, "Deng": true, "Cao": true, "Peng": true,
	"Zeng": true, "Xiao": true, "Tian": true, "Dong": true, "Pan": true, "Yuan": true,
	"Cai": true, "Jiang": true, "Yu": true, "Du": true, "Ye": true, "Cheng": true,
	"Wei": true, "Su": true, "Lu": true, "Ding": true, "Ren": true, "Yao": true,
	"Shen": true, "Zhong": true, "Cui": true, "Tan": true, "Fan": true, "Liao": true,
	"Shi": true, "Jin": true, "Jia": true, "Xia": true, "Fu": true, "Fang": true,
	"Zou": true, "Xiong": true, "Bai": true, "Meng": true, "Qin": true, "Qiu": true,
	"Hou": true, "Yin": true, "Xue": true, "Yan": true, "Duan": true, "Lei": true,
	"Long": true, "Tao": true, "Mao": true, "Hao": true, "Gu": true, "Gong": true,
	"Shao": true, "Wan": true, "Qian": true, "Dai": true, "Kong": true, "Yi": true,
	"Quan": true, "Xi": true, "Zhu'": false, "Ou": true, "Sima": true, "Ouyang": true,
}

// notGiven are words that follow a Chinese family name in titles, not names.
var notGiven = map[string]bool{"And": true, "The": true, "Of": true, "In": true}

// parseNames reads a list of personal names at the start of s and returns
// them with the rest of s. It stops at the first text that is not a name.
func parseNames(s string) ([]Name, string, []Repair) {
	var names []Name
	var reps []Repair
	rest := s
	n, r, rep, ok := parseName(rest, false)
	// MLA and Chicago invert only the first name ("Patten, Michael A.,
	// Guy McCaskie, and Philip Unitt"): the others are read given first.
	inverted := ok && fullGiven(n.Given) && strings.HasPrefix(strings.TrimLeft(s[len(n.Family):], " "), ",")
	for ok {
		names = append(names, n)
		reps = append(reps, rep...)
		rest = r
		if e := etAlEnd(rest); e >= 0 {
			rest = rest[e:]
			break
		}
		e := nameSepEnd(rest)
		if before := s[:len(s)-len(rest)]; e < 0 && strings.HasSuffix(strings.TrimRight(before, " "), ".") && (strings.HasSuffix(before, " ") || strings.HasPrefix(rest, " ")) {
			e = lostCommaEnd(rest) // "Чубка О. М. Якимів А. І. Title": a comma lost between two names
		}
		if e < 0 {
			break
		}
		sep, next := rest[:e], rest[e:]
		if inverted && !strings.Contains(sep, ";") { // "Family, Given; Family, Given" inverts all
			if n, r, ok = givenFirstName(next); ok {
				rep = nil
				continue
			}
		}
		givenFirst := strings.ContainsAny(sep, "&") || conjunction(sep) || isEdAfterName(next)
		n, r, rep, ok = parseName(next, givenFirst)
	}
	return names, rest, reps
}

// lostCommaEnd returns the end of the spaces before a second name headed by
// its family and initials ("Якимів А. І.") that the list printed with no
// comma after the first one's initials, when a title or another name
// follows that name; otherwise -1.
func lostCommaEnd(rest string) int {
	t := strings.TrimLeft(rest, " ")
	family, initials, end, ok := familyFirst(t)
	if !ok || strings.Contains(t[:end], ",") || !surnameEnding(family) || !initialsEnd(t[end:]) || !nameShaped(family, initials) || !strings.HasSuffix(strings.TrimSpace(initials), ".") {
		return -1
	}
	after := strings.TrimLeft(t[end:], " ")
	if r := firstRune(after); after == "" || !unicode.IsUpper(r) && after[0] != ',' {
		return -1
	}
	return len(rest) - len(t)
}

// surnameEndings end most East Slavic family names, lower-cased; a noun
// before initials ("Письмо Б. С. Боднарскому") seldom ends so.
var surnameEndings = []string{"ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ая", "ова", "ева", "ина", "ына", "ко", "ук", "юк", "ич", "ян", "ів", "їв", "ець", "як", "ак", "ski", "ska", "ov", "ev", "in", "ova", "eva", "ina", "ko", "uk", "ich"}

// surnameEnding reports a family name with a lower-case letter that ends
// as East Slavic family names do: "Якимів", "Гнатюк", not "UML" or a noun.
func surnameEnding(family string) bool {
	return strings.ContainsFunc(family, unicode.IsLower) && hasAnySuffix(lower(family), surnameEndings)
}

// fullGiven reports a given name printed in full ("Michael A."), not as initials.
func fullGiven(g string) bool {
	r := []rune(strings.Fields(g + " ")[0])
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) && !strings.HasSuffix(string(r), ".")
}

// conjunction reports "and", "и", "та", "і", "және" in a name separator.
func conjunction(sep string) bool {
	for _, w := range strings.Fields(strings.Trim(sep, " ,;")) {
		switch w {
		case "and", "и", "та", "і", "және":
			return true
		}
	}
	return false
}

// givenFirstName reads "Given [I.] Family" or "Given Patronymic Family".
func givenFirstName(s string) (Name, string, bool) {
	if m := nameGivenTwoFirst.FindStringSubmatchIndex(s); m != nil {
		return Name{Family: s[m[4]:m[5]], Given: s[m[2]:m[3]]}, s[m[5]:], true
	}
	if m := nameGivenFirst.FindStringSubmatch(s); m != nil {
		return Name{Family: m[2], Given: m[1]}, s[len(m[0]):], true
	}
	return Name{}, s, false
}

// parseName reads one name at the start of s. givenFirst allows "Given
// Family", which only a list separator such as "and" or an "(ed.)" after
// the name makes safe to read.
func parseName(s string, givenFirst bool) (Name, string, []Repair, bool) {
	if acronymHead(s) {
		return Name{}, s, nil, false
	}
	if family, initials, end, ok := familyFirst(s); ok && initialsEnd(s[end:]) && nameShaped(family, initials) {
		given, reps := cleanInitials(initials)
		return Name{Family: family, Given: given}, s[end:], reps, true
	}
	if family, initials, end, ok := familyDot(s); ok && initialsEnd(s[end:]) {
		given, reps := cleanInitials(initials)
		return Name{Family: family, Given: given}, s[end:], reps, true
	}
	if initials, family, end, ok := initialsFirst(s); ok && !romanFamily(family, initials) {
		given, reps := cleanInitials(initials)
		return Name{Family: family, Given: given}, s[end:], reps, true
	}
	if family, given, ok := chinese(s); ok && chineseFamilies[family] && !notGiven[given] && !chineseFamilies[given] {
		end := len(family) + 1 + len(given)
		return Name{Family: family, Given: given}, s[end:], nil, true
	}
	if family, given, end, ok := familyGivenInit(s); ok {
		return Name{Family: family, Given: given}, s[end:], nil, true
	}
	if family, given, ok := familyGiven(s); ok {
		end := strings.Index(s, given) + len(given)
		return Name{Family: family, Given: given}, s[end:], nil, true
	}
	if family, initials, ok := vancouver(s); ok && nameShaped(family, initials) {
		end := len(family) + 1 + len(initials)
		return Name{Family: family, Given: initials}, s[end:], nil, true
	}
	if n, end, ok := patronymicHeading(s); ok {
		return n, s[end:], nil, true
	}
	if givenFirst {
		if m := nameGivenFirst.FindStringSubmatch(s); m != nil {
			return Name{Family: m[2], Given: m[1]}, s[len(m[0]):], nil, true
		}
	}
	return Name{}, s, nil, false
}

// patronymicHeading reads a person named in full, family name first, at
// the start of s, as dissertation catalogues head their records:
// "Діяконова Оксана Валентинівна.", "Мальков Сергей Николаевич,". The
// third word ends as a patronymic does; end is where it ends.
func patronymicHeading(s string) (Name, int, bool) {
	end := 0
	var w [3]string
	for k := range w {
		end = skipSpace(s, end)
		j := end
		for j < len(s) && s[j] != ' ' && s[j] != '.' && s[j] != ',' {
			j++
		}
		w[k] = s[end:j]
		if r, _ := utf8.DecodeRuneInString(w[k]); !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) {
			return Name{}, 0, false
		}
		end = j
		if k < 2 && (end >= len(s) || s[end] != ' ') {
			return Name{}, 0, false
		}
	}
	if !hasAnySuffix(lower(w[2]), patronymicEnds) {
		return Name{}, 0, false
	}
	return Name{Family: w[0], Given: w[1] + " " + w[2]}, end, true
}

// acronymHead reports an entry that opens with a word in capitals and a
// full stop, "OECD. ", "ЮНЕСКО. ": a body's acronym, never a family name
// with an initial glued on ("OEC D.").
func acronymHead(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w, ok := strings.CutSuffix(w, ".")
	return ok && isAllCaps(w)
}

// nameShaped reports whether a family name and the initials read after
// it can be a person's, not a title's words: "Реактор GFR", "WebSocket
// API", "Реактор GF R." are names of things. The words of a family are of
// one script and an all-capital word follows only an all-capital one
// ("GARCÍA MÁRQUEZ G."); Latin initials after a Cyrillic family are only
// the letters that look like Cyrillic ones ("Иванов C. A."); a family
// with a capital inside a word ("WebSocket", "PocketBase"), or a Cyrillic
// one, takes no three undotted initials, which are then an acronym.
func nameShaped(family, initials string) bool {
	if romanFamily(family, initials) {
		return false
	}
	words := strings.Fields(family)
	cyr := unicode.Is(unicode.Cyrillic, firstRune(words[0]))
	for i, w := range words[1:] {
		if unicode.Is(unicode.Cyrillic, firstRune(w)) != cyr || isAllCaps(w) && utf8.RuneCountInString(w) > 1 && !isAllCaps(words[i]) {
			return false
		}
	}
	if cyr && strings.ContainsFunc(initials, func(r rune) bool {
		return unicode.Is(unicode.Latin, r) && !strings.ContainsRune("ABCEHIKMOPTXY", r)
	}) {
		return false
	}
	if cyr && !strings.Contains(initials, ".") && isAllCaps(family) && utf8.RuneCountInString(family) <= 4 {
		return false // "СЗ РФ", "ЦК КПСС": an abbreviated name of a body or a gazette
	}
	if !strings.Contains(initials, ".") && utf8.RuneCountInString(strings.TrimSpace(initials)) >= 3 {
		if cyr {
			return false // "Безопасность АЭС": Cyrillic lists dot their initials
		}
		for _, w := range words {
			if innerCapital(w) {
				return false
			}
		}
	}
	return true
}

// innerCapital reports a capital letter after a small one inside a word:
// "WebSocket", "McDonald".
func innerCapital(w string) bool {
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// initialsEnd reports whether initials are followed by what follows a name
// (not by a lower-case word, which would make "A." the first word of a title).
func initialsEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	return !strings.HasPrefix(rest, "-")
}

// cleanInitials trims initials and repairs "P/" to "P.".
func cleanInitials(s string) (string, []Repair) {
	t := strings.TrimSpace(s)
	if strings.HasSuffix(t, "/") {
		fixed := strings.TrimSuffix(t, "/") + "."
		return fixed, []Repair{{Field: "author", Before: t, After: fixed, Rule: RuleInitialSlash}}
	}
	return t, nil
}

// etAlEnds close a list of names that goes on unnamed.
var etAlEnds = []string{"et al.", "[и др.]", "и др.", "та ін.", "і інш.", "і ін.", "and others"}

// orgWords end the names of organisations, not of persons.
var orgWords = map[string]bool{"university": true, "bank": true, "academy": true, "institute": true, "college": true,
	"foundation": true, "association": true, "society": true, "council": true, "organization": true, "organisation": true,
	"agency": true, "ministry": true, "press": true, "group": true, "corporation": true, "center": true, "centre": true,
	"office": true, "department": true, "committee": true, "commission": true, "union": true, "team": true}

// givenFirstNames reads a statement of responsibility whose persons are
// named given name first and in full, as DSTU 8302 lists copy them from
// English articles: "Jie Dong, Ning-Ning Wang, Zhi-Jiang Yao та ін.". Each
// name is two or three capitalised Latin words, the last the family name
// and no organisation's word; any other part makes the result nil.
func givenFirstNames(s string) []Name {
	return givenFirstNamesOf(s, false)
}

// statementNames reads the persons of a statement of responsibility
// named given name first in Latin or Cyrillic letters, "Винсент Ф.
// Скальфани, Серена С. Ральф": a Cyrillic statement prints its persons
// so ("/ И. И. Петров", "/ Иван Петров"); a heading does not.
func statementNames(s string) []Name {
	return givenFirstNamesOf(s, true)
}

// givenFirstNamesOf is givenFirstNames, Cyrillic names too when cyrillic
// is true (a patronymic last is no family name then).
func givenFirstNamesOf(s string, cyrillic bool) []Name {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	for _, e := range etAlEnds {
		if strings.HasSuffix(s+".", e) {
			s = strings.TrimSpace(strings.TrimSuffix(s+".", e))
			break
		}
	}
	s = strings.TrimRight(s, " ,")
	var out []Name
	parts := strings.Split(s, ", ")
	if cyrillic && len(parts) == 1 && !strings.Contains(s, ".") && hasCyrillic(s) {
		if w := strings.Fields(s); len(w) == 2 {
			if n, ok := fullName(w); ok && n.Given == w[0] {
				return []Name{n} // "/ Татьяна Матасова": a person named in full
			}
		}
		return nil // "Беларуская Энцыклапедыя", "Верховна Рада України": one name with no initial may be a body's
	}
	for _, part := range parts {
		part = strings.TrimPrefix(strings.TrimPrefix(part, "and "), "& ")
		words := strings.Fields(part)
		if len(words) < 2 || len(words) > 3 {
			return nil
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !unicode.Is(unicode.Latin, r) && !(cyrillic && unicode.Is(unicode.Cyrillic, r)) || strings.ContainsAny(w, "0123456789()[]:;") {
				return nil
			}
			if cyrillic && isAllCaps(strings.TrimSuffix(w, ".")) && utf8.RuneCountInString(w) > 2 {
				return nil // "MDN Web Docs": a name in capitals is a body's
			}
		}
		family := words[len(words)-1]
		if orgWords[strings.ToLower(family)] || orgEnds[family] || cyrillic && hasAnySuffix(family, patronymicEnds) {
			return nil // "Harvard University", "World Bank"
		}
		if strings.Contains(family, ".") || utf8.RuneCountInString(family) < 2 {
			return nil
		}
		out = append(out, Name{Family: family, Given: strings.Join(words[:len(words)-1], " ")})
	}
	return out
}

// givenFirstHeading reads a heading of persons named given name first
// before a title set in Markdown emphasis, as lists typed in Markdown copy
// English books: "Andrew S. Tanenbaum, David J. Wetherall. *Computer
// Networks*. — 6th ed.". It returns nil and s otherwise.
func givenFirstHeading(s string) ([]Name, string) {
	for i := 0; ; {
		j := strings.Index(s[i:], ". ")
		if j < 0 || i+j > 120 {
			return nil, s
		}
		i += j
		if rest := s[i+2:]; strings.HasPrefix(rest, "*") || strings.HasPrefix(rest, "_") {
			names := givenFirstNames(s[:i])
			for _, n := range names {
				if isAllCaps(n.Family) && utf8.RuneCountInString(n.Family) <= 3 || chineseFamilies[n.Given] {
					// Vancouver's "Smith JA. *Title*": initials after the
					// family; "Wang Huning. *Title*": a Chinese family first.
					return nil, s
				}
			}
			if names == nil {
				rest = s
			}
			return names, rest
		}
		i += 2
	}
}

// patronymicEnds end Russian, Ukrainian and Belarusian patronymics.
var patronymicEnds = []string{"ович", "евич", "йович", "івна", "ївна", "овна", "евна", "ична", "ічна", "авіч", "аўна"}

// patronymicNames reads persons named in full with their patronymics, as
// a statement of responsibility may print them: "Надія Миколаївна
// Миколаєнко", "Иванов Иван Петрович". Each name is three capitalised
// Cyrillic words, the patronymic second or last; any other part makes the
// result nil.
func patronymicNames(s string) []Name {
	var out []Name
	for _, part := range strings.Split(strings.TrimRight(strings.TrimSpace(s), "."), ", ") {
		w := strings.Fields(part)
		if len(w) != 3 {
			return nil
		}
		for _, x := range w {
			if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) || strings.ContainsAny(x, ".") {
				return nil
			}
		}
		switch {
		case hasAnySuffix(lower(w[1]), patronymicEnds):
			out = append(out, Name{Family: w[2], Given: w[0] + " " + w[1]})
		case hasAnySuffix(lower(w[2]), patronymicEnds):
			out = append(out, Name{Family: w[0], Given: w[1] + " " + w[2]})
		default:
			return nil
		}
	}
	return out
}

// surnameEnds end Russian, Kazakh and Ukrainian family names and no
// common adjective: "Иванов", "Петрова", "Пушкин", "Рысқалиқызы",
// "Байтұрсынұлы", "Шевченко".
var surnameEnds = []string{"ов", "ев", "ёв", "ова", "ева", "ин", "ина", "ын", "ына", "ұлы", "улы", "қызы", "кызы", "енко"}

// fullNameHeading reads a heading of persons named by a family and a
// given name in full, in either order, as Kazakh lists print an author
// ("Рысқалиқызы Ұлдай. Title", "Мұхтар Әуезов. Title", "Коршунов Антон,
// Гомзин Андрей. Title"): two capitalised Cyrillic words a person, one of
// them ending as family names end or a known given name, then a full stop
// and a title opening with a capital letter.
func fullNameHeading(s string) ([]Name, string, bool) {
	end := strings.Index(s, ". ")
	for end > 0 && end < 120 && utf8.RuneCountInString(lastWord(s[:end])) == 1 {
		// "John K. Smith, …": a middle initial's stop ends no heading
		if n := strings.Index(s[end+2:], ". "); n >= 0 {
			end += 2 + n
		} else {
			end = -1
		}
	}
	if end <= 0 || end > 120 {
		return nil, s, false
	}
	rest := strings.TrimSpace(s[end+1:])
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, "«“\"")); !unicode.IsUpper(r) || isPlace(firstPlace(rest)) {
		return nil, s, false // "Тарас Бульба. М., 1990": one title
	}
	var names []Name
	parts := strings.Split(s[:end], ", ")
	for _, part := range parts {
		n, ok := fullName(strings.Fields(part))
		if !ok {
			if len(parts) > 1 {
				return givenFirstList(parts, rest, s)
			}
			return nil, s, false // "Владимир Путин. 4 года работы"
		}
		names = append(names, n)
	}
	return names, rest, true
}

// givenFirstList reads a heading of two or more persons named given name
// first, in full, whatever their script: "Jenny Dooley, Bob Obee. Title",
// "Роберт Кук, Томас Портер, Лорен Карпентер. «Title»". Each person is two
// capitalised words, or three with a middle initial; a list of them is no
// title's wording. It returns the names and the rest, or nil and s.
func givenFirstList(parts []string, rest, s string) ([]Name, string, bool) {
	var names []Name
	for _, part := range parts {
		w := strings.Fields(strings.TrimPrefix(part, "and "))
		if len(w) < 2 || len(w) > 3 || hasCyrillic(w[0]) != hasCyrillic(w[len(w)-1]) {
			return nil, s, false // "Простой Python": a name is written in one script
		}
		for k, x := range w {
			r := []rune(x)
			if len(r) < 2 || !unicode.IsUpper(r[0]) || isAllCaps(x) || strings.ContainsAny(x, "0123456789") {
				return nil, s, false
			}
			if !unicode.IsLower(r[1]) && !(len(w) == 3 && k == 1 && len(r) == 2 && r[1] == '.') {
				return nil, s, false // "Smith J." or "IEEE Access": no given name in full
			}
		}
		if len(w) == 2 && chineseFamilies[w[0]] {
			names = append(names, Name{Family: w[0], Given: w[1]}) // "Zhang Wei": a Chinese name, family first
			continue
		}
		names = append(names, Name{Family: w[len(w)-1], Given: strings.Join(w[:len(w)-1], " ")})
	}
	return names, rest, true
}

// fullName reads two words as a family and a given name in full (see
// fullNameHeading).
func fullName(words []string) (Name, bool) {
	if len(words) != 2 {
		return Name{}, false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) || utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, ".-") {
			return Name{}, false
		}
	}
	low0, low1 := lower(words[0]), lower(words[1])
	switch {
	case hasAnySuffix(low0, surnameEnds) && !hasAnySuffix(low1, surnameEnds),
		givenNames[low1] && !givenNames[low0]:
		return Name{Family: words[0], Given: words[1]}, true
	case hasAnySuffix(low1, surnameEnds) && !hasAnySuffix(low0, surnameEnds),
		givenNames[low0] && !givenNames[low1]:
		return Name{Family: words[1], Given: words[0]}, true
	}
	return Name{}, false
}

// givenNames are common Russian, Ukrainian, Belarusian and Kazakh given
// names, lower-cased: a heading of two words one of which is a given name
// names a person whose family name need not end as family names usually
// do ("Українка Леся.", "Сверстюк Євген.", "Абай Құнанбаев.").
var givenNames = map[string]bool{
	"александр": true, "олександр": true, "алексей": true, "олексій": true, "анатолий": true, "анатолій": true,
	"андрей": true, "андрій": true, "богдан": true, "борис": true, "валентин": true, "василий": true,
	"василь": true, "виктор": true, "віктор": true, "владимир": true, "володимир": true, "вячеслав": true,
	"геннадий": true, "георгий": true, "григорий": true, "григорій": true, "дмитрий": true, "дмитро": true,
	"евгений": true, "євген": true, "иван": true, "іван": true, "игорь": true, "ігор": true, "илья": true,
	"ілля": true, "константин": true, "костянтин": true, "лев": true, "леонид": true, "леонід": true,
	"максим": true, "микола": true, "михаил": true, "михайло": true, "николай": true, "остап": true,
	"павел": true, "павло": true, "пантелеймон": true, "панас": true, "петро": true, "пётр": true, "петр": true,
	"роман": true, "сергей": true, "сергій": true, "степан": true, "тарас": true, "федор": true, "фёдор": true,
	"федір": true, "юрий": true, "юрій": true, "ярослав": true, "янка": true, "якуб": true, "максім": true,
	"уладзімір": true, "васіль": true, "анна": true, "валентина": true, "вера": true, "віра": true,
	"галина": true, "елена": true, "олена": true, "ирина": true, "ірина": true, "лариса": true, "леся": true,
	"лина": true, "ліна": true, "людмила": true, "мария": true, "марія": true, "марина": true, "надежда": true,
	"надія": true, "наталья": true, "наталія": true, "ольга": true, "софия": true, "софія": true,
	"татьяна": true, "тетяна": true, "уляна": true, "ульяна": true, "абай": true, "ахмет": true, "ілияс": true,
	"мағжан": true, "мұхтар": true, "сәкен": true, "шоқан": true, "ыбырай": true, "жамбыл": true,
	"бейімбет": true, "ғабит": true, "ғабиден": true, "олжас": true, "шәкәрім": true, "міржақып": true,
	"әлихан": true, "қаныш": true, "антон": true, "артём": true, "артем": true, "денис": true, "кирилл": true,
	"никита": true, "егор": true, "олег": true, "руслан": true, "тимур": true, "вадим": true, "глеб": true,
	"светлана": true, "екатерина": true, "юлия": true, "дарья": true, "ксения": true, "алина": true,
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// repeatedHeadingAt returns where the first of the heading's names is
// printed again in direct order, initials first ("І. С. Литвин" after
// "Литвин, І. С."), inside s with no slash before it, or -1. The repeat
// opens the statement of responsibility of a description whose slash
// was lost.
func repeatedHeadingAt(s string, names []Name) int {
	if len(names) == 0 || names[0].Family == "" || names[0].Given == "" {
		return -1
	}
	want := strings.Map(keepUpper, names[0].Given)
	fam := names[0].Family
	if k := strings.IndexByte(s, '/'); k >= 0 {
		s = s[:k] // the repeat comes before any slash
	}
	for off := 0; ; {
		j := strings.Index(s[off:], fam)
		if j < 0 {
			return -1
		}
		j += off
		off = j + len(fam)
		if r, _ := utf8.DecodeRuneInString(s[off:]); unicode.IsLetter(r) {
			continue
		}
		st := initialsBefore(s[:j], utf8.RuneCountInString(want))
		if st <= 0 || strings.Map(keepUpper, s[st:j]) != want {
			continue
		}
		return st
	}
}

// initialsBefore returns where the n initials ("І. С. ", "I.S.") that s
// ends with begin, or -1.
func initialsBefore(s string, n int) int {
	i := len(s)
	for k := 0; k < n; k++ {
		i = len(strings.TrimRight(s[:i], " "))
		if i < 2 || s[i-1] != '.' {
			return -1
		}
		r, size := utf8.DecodeLastRuneInString(s[:i-1])
		if !unicode.IsUpper(r) {
			return -1
		}
		i -= 1 + size
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(p) {
			return -1 // "Ю.А." inside a word, not initials
		}
	}
	if i == 0 || s[i-1] != ' ' {
		return -1
	}
	return i
}

// keepUpper keeps upper-case letters, for strings.Map.
func keepUpper(r rune) rune {
	if unicode.IsUpper(r) {
		return r
	}
	return -1
}

// nameBeforePlaceAt finds a person named in full, given name first, right
// before a known place and its colon, with a title before the name and no
// slash: "Әдебиет танытқыш Ахмет Байтұрсынов Алматы: Ана тілі, 1991". It
// returns where the name and the place begin, or -1, -1.
func nameBeforePlaceAt(s string) (int, int) {
	c := strings.Index(s, ": ")
	if c < 0 || strings.Contains(s[:c], "/") {
		return -1, -1
	}
	before := strings.TrimRight(s[:c], " ")
	place := lastWord(before)
	if !isPlace(place) {
		return -1, -1
	}
	words := strings.Fields(before[:len(before)-len(place)])
	if len(words) < 3 {
		return -1, -1 // the title takes a word at least
	}
	n, ok := fullName(words[len(words)-2:])
	if !ok || n.Given != words[len(words)-2] {
		return -1, -1
	}
	i := strings.LastIndex(before[:len(before)-len(place)], words[len(words)-2])
	return i, len(before) - len(place)
}

// romanFamily reports a "family" of roman figures after a dotted letter:
// "Т. XIV. С. 404" cites a volume, not a person.
func romanFamily(family, initials string) bool {
	return strings.Contains(initials, ".") && utf8.RuneCountInString(family) >= 2 && strings.Trim(family, "IVXLCІХ") == ""
}

// dashStatementAt finds a statement of responsibility typed after a dash
// instead of a slash at the end of a part's description: "Title. -
// Е.Лукашова, Б. Віолін", "Title. - Beelitz P., Gothe R.". The names run
// to the end. It returns where the dash begins and the names begin, or -1,
// -1.
func dashStatementAt(s string) (int, int) {
	s = strings.TrimRight(s, " ")
	for _, d := range [...]string{". - ", ". – ", ". — "} {
		i := strings.LastIndex(s, d)
		if i <= 0 || strings.Contains(s[:i], "/") {
			continue
		}
		j := i + len(d)
		names, rest, _ := parseNames(s[j:])
		if len(names) == 0 || strings.Trim(rest, " .,") != "" {
			continue
		}
		return i + 1, j
	}
	return -1, -1
}

// quotedTitleHeading reads a person named in full right before a title in
// guillemets, no stop between them, as lists typed by hand print it:
// "Марко Поло «Путешествие …». Санкт-Петербург", "Абай Құнанбаев «Қара
// сөздер»". The name is two capitalised words (a title's second word is
// seldom capitalised), the first no kind of document; a family name that
// ends as East Slavic ones do, or that fullName reads, makes a person,
// anything else a literal. It returns the names and the rest from the
// title on, or nil and s.
func quotedTitleHeading(s string) ([]Name, string, bool) {
	i := strings.Index(s, " «")
	if i <= 0 || i > 80 {
		return nil, s, false
	}
	words := strings.Fields(s[:i])
	if len(words) != 2 || isGenre(words[0]) || hasAnyPrefix(lower(words[0]), lawWords) {
		return nil, s, false // "Коментар Закону України «…»", "Закон України «…»"
	}
	for _, w := range words {
		if r := []rune(w); len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) || strings.ContainsAny(w, ".,:;0123456789") {
			return nil, s, false
		}
	}
	n := Name{Literal: strings.Join(words, " ")}
	if fn, ok := fullName(words); ok {
		n = fn
	} else if len(words) == 2 && surnameEnding(words[1]) {
		n = Name{Family: words[1], Given: words[0]}
	}
	return []Name{n}, s[i+1:], true
}

// compilerLeads open an entry with its compilers named before the title,
// as Kazakh and Russian methodical guides print their title pages:
// "Құрастырушылар: М.Ш. Фамилия, Т.С. Фамилия. Title …".
var compilerLeads = []string{"құрастырушылар:", "құрастырушы:", "составители:", "составитель:", "укладачі:", "укладач:", "упорядники:", "compiled by:", "compilers:"}

// leadName is a name with its initials first, a full stop after the last
// initial perhaps lost: "М.Ш.Фамилия", "Т.С. Фамилия", "Ш.А Фамилия".
var leadName = lazyRegexp(`^((?:\p{Lu}\.\s?)*\p{Lu}\.?)\s?(\p{Lu}\p{Ll}[\p{L}ʼ’'-]*)`)

// compilersLead reads the compilers named before an entry's title and
// returns them with the rest of the entry; nil and s when s opens with no
// compilers' word. A parenthesis among the names names more of them (the
// general editor, "(жалпы редакциясын басқарған профессор Л.Х. Фамилия)").
func compilersLead(s string) ([]Name, string) {
	low := lower(s)
	n := 0
	for _, w := range compilerLeads {
		if strings.HasPrefix(low, w) {
			n = len(w)
			break
		}
	}
	if n == 0 {
		return nil, s
	}
	var names []Name
	i := n
	for i < len(s) {
		i += len(s[i:]) - len(strings.TrimLeft(s[i:], " ,;"))
		if i < len(s) && s[i] == '(' {
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				break
			}
			for _, w := range strings.Fields(s[i+1 : i+j]) {
				if m := leadName.FindStringSubmatch(w); m != nil && len(m[0]) == len(w) {
					names = append(names, Name{Family: m[2], Given: m[1]})
				}
			}
			i += j + 1
			continue
		}
		m := leadName.FindStringSubmatch(s[i:])
		if m == nil || !strings.Contains(m[1], ".") {
			break
		}
		names = append(names, Name{Family: m[2], Given: strings.TrimSpace(m[1])})
		i += len(m[0])
	}
	if len(names) == 0 {
		return nil, s
	}
	return names, strings.TrimLeft(s[i:], " .,;–—-")
}
