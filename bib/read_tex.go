package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// texText decodes a BibTeX field value to plain Unicode text: braces
// dropped, escapes (\& \% \_ ...) and accent commands (\'e, {\"o}, \v{c})
// resolved, T2A Cyrillic commands (\CYRA) and typographic commands
// (\textendash) replaced by their characters, formatting commands
// (\emph, \textit) dropped around their text, "~" a no-break space,
// "--" and "---" dashes, white space collapsed. Iterative, so any depth
// of braces is fine.
func texText(s string) string {
	if s == "" {
		return ""
	}
	if plainTeX(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	emit := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '{' || r == '}' || r == '$':
			i += n
		case unicode.IsSpace(r) && r != '\u00a0':
			space = true
			i += n
		case r == '~':
			emit('\u00a0')
			i += n
		case r == '-' && strings.HasPrefix(s[i:], "---"):
			emit('—')
			i += 3
		case r == '-' && strings.HasPrefix(s[i:], "--"):
			emit('–')
			i += 2
		case r == '`' && strings.HasPrefix(s[i:], "``"):
			emit('“')
			i += 2
		case r == '\'' && strings.HasPrefix(s[i:], "''"):
			emit('”')
			i += 2
		case r == '\\':
			out, next := texCommand(s, i)
			for _, c := range out {
				if unicode.IsSpace(c) && c != '\u00a0' {
					space = true // a control space or line break is a space
					continue
				}
				emit(c)
			}
			i = next
		default:
			// A run of text with nothing to decode is written at once.
			j := i + n
			for j < len(s) && !texSpecial(s, j) {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
		}
	}
	return b.String()
}

// texSpecial tells a byte texText does more with than copy: TeX's special
// characters and ligature starts, ASCII spaces, and the first byte of a
// Unicode space other than the no-break space (U+0085, U+1680, U+2000–
// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). A continuation byte is
// never special, so a run never ends inside a rune.
func texSpecial(s string, i int) bool {
	switch c := s[i]; c {
	case '{', '}', '$', '~', '-', '`', '\'', '\\', ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	case 0xC2:
		return i+1 < len(s) && s[i+1] == 0x85
	case 0xE1, 0xE2, 0xE3:
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsSpace(r)
	}
	return false
}

// plainTeX tells a value texText would return unchanged: no braces,
// commands, ties, math, dash or quote ligatures, and single spaces only.
func plainTeX(s string) bool {
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{', '}', '\\', '~', '$', '\n', '\t', '\r', '\f', '\v':
			return false
		case '-', '`', '\'', ' ':
			if i+1 < len(s) && s[i+1] == s[i] {
				return false
			}
		case 0xC2, 0xE2, 0xE3: // lead bytes of NBSP, other Unicode spaces
			return false
		}
	}
	return true
}

// texCommand decodes the command starting at s[i] (a backslash) and
// returns its text and the offset after it.
func texCommand(s string, i int) (string, int) {
	j := i + 1
	if j >= len(s) {
		return "", j
	}
	c := s[j]
	if !isASCIILetter(c) {
		j++
		switch c {
		case '&', '%', '$', '#', '_', '{', '}':
			return string(c), j
		case '\'', '`', '^', '~', '"', '=', '.':
			return texAccent(string(c), s, j)
		case '\\', ' ', ',':
			return " ", j // line break, control space, thin space
		case '-', '/':
			return "", j
		}
		if isSpace(c) {
			return " ", j
		}
		return string(c), j
	}
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	name := s[i+1 : j]
	if strings.Contains("rcvukHbdt", name) && len(name) == 1 {
		return texAccent(name, s, j)
	}
	// TeX drops the spaces after a control word.
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if sym, ok := texSymbols[name]; ok {
		return sym, j
	}
	return "", j // \emph, \textit, \url, unknown commands: keep their argument as text
}

// texAccent reads the letter an accent command applies to (a letter, a
// braced letter, \i) and returns the accented letter.
func texAccent(acc string, s string, j int) (string, int) {
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	braced := j < len(s) && s[j] == '{'
	if braced {
		j++
	}
	if j >= len(s) {
		return "", j
	}
	var base string
	if strings.HasPrefix(s[j:], `\i`) || strings.HasPrefix(s[j:], `\j`) {
		base = s[j+1 : j+2]
		j += 2
		for j < len(s) && s[j] == ' ' && braced {
			j++
		}
	} else {
		r, n := utf8.DecodeRuneInString(s[j:])
		base = string(r)
		j += n
	}
	if braced && j < len(s) && s[j] == '}' {
		j++
	}
	if r, ok := texAccents[acc+base]; ok {
		return string(r), j
	}
	return base, j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// texNames reads a BibTeX name list: names joined by "and" outside braces,
// each "von Last, Jr, First", "von Last, First" or "First von Last"; a
// name braced whole is an organisation (literal). "others" is dropped.
func texNames(s string) []Name {
	var names []Name
	for _, part := range splitTopLevel(s, isAndAt) {
		part = strings.TrimSpace(part)
		if part == "" || part == "others" {
			continue
		}
		if wholeBraced(part) {
			if lit := strings.TrimSpace(texText(part[1 : len(part)-1])); lit != "" {
				names = append(names, Name{Literal: lit})
			}
			continue
		}
		if n := texName(part); n != (Name{}) {
			names = append(names, n)
		}
	}
	return names
}

func texName(s string) Name {
	nameText := func(s string) string { return strings.TrimSpace(texText(s)) }
	parts := splitTopLevel(s, func(s string, i int) int {
		if s[i] == ',' {
			return 1
		}
		return 0
	})
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	var n Name
	switch len(parts) {
	case 1:
		words := splitTopLevel(parts[0], isSpaceAt)
		words = nonEmpty(words)
		if len(words) == 0 {
			return n
		}
		last := len(words) - 1
		von := last
		for k := 0; k < last; k++ {
			if startsLowerTeX(words[k]) {
				von = k
				break
			}
		}
		n.Given = nameText(strings.Join(words[:von], " "))
		n.NonDropping = nameText(strings.Join(words[von:last], " "))
		n.Family = nameText(words[last])
	default:
		words := nonEmpty(splitTopLevel(parts[0], isSpaceAt))
		k := 0
		for k < len(words)-1 && startsLowerTeX(words[k]) {
			k++
		}
		n.NonDropping = nameText(strings.Join(words[:k], " "))
		n.Family = nameText(strings.Join(words[k:], " "))
		if len(parts) == 2 {
			n.Given = nameText(parts[1])
		} else {
			n.Suffix = nameText(parts[1])
			n.Given = nameText(strings.Join(parts[2:], ", "))
		}
	}
	return n
}

// nonEmpty keeps the words that have text ("{}" has none).
func nonEmpty(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		if w = strings.TrimSpace(w); texText(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// startsLowerTeX tells a von particle: a word whose first letter, outside
// braces, is lower-case.
func startsLowerTeX(w string) bool {
	if w == "" || w[0] == '{' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// wholeBraced tells a name braced whole, an organisation; "{\" opens a
// special character instead ({\"O}zt{\"u}rk).
func wholeBraced(s string) bool {
	if len(s) < 3 || s[0] != '{' || s[len(s)-1] != '}' || s[1] == '\\' {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 && i != len(s)-1 {
				return false
			}
		}
	}
	return true
}

// splitTopLevel splits s at separators outside braces; sep reports the
// length of a separator at s[i] (0 for none).
func splitTopLevel(s string, sep func(string, int) int) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
			continue
		case '{':
			depth++
			continue
		case '}':
			depth--
			continue
		}
		if depth == 0 {
			if n := sep(s, i); n > 0 {
				parts = append(parts, s[start:i])
				start = i + n
				i += n - 1
			}
		}
	}
	return append(parts, s[start:])
}

// isAndAt matches " and " (any case, any white space around it).
func isAndAt(s string, i int) int {
	if !isSpace(s[i]) {
		return 0
	}
	j := i
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	if j+3 >= len(s) || !strings.EqualFold(s[j:j+3], "and") || !isSpace(s[j+3]) {
		return 0
	}
	return j + 4 - i
}

func isSpaceAt(s string, i int) int {
	if isSpace(s[i]) {
		return 1
	}
	return 0
}

// texAccents maps a LaTeX accent command and its base letter ("'e") to
// the accented letter. Generated from the Unicode decompositions.
var texAccents = map[string]rune{
	"`A":  'À',
	"'A":  'Á',
	"^A":  'Â',
	"~A":  'Ã',
	"\"A": 'Ä',
	"rA":  'Å',
	"cC":  'Ç',
	"`E":  'È',
	"'E":  'É',
	"^E":  'Ê',
	"\"E": 'Ë',
	"`I":  'Ì',
	"'I":  'Í',
	"^I":  'Î',
	"\"I": 'Ï',
	"~N":  'Ñ',
	"`O":  'Ò',
	"'O":  'Ó',
	"^O":  'Ô',
	"~O":  'Õ',
	"\"O": 'Ö',
	"`U":  'Ù',
	"'U":  'Ú',
	"^U":  'Û',
	"\"U": 'Ü',
	"'Y":  'Ý',
	"`a":  'à',
	"'a":  'á',
	"^a":  'â',
	"~a":  'ã',
	"\"a": 'ä',
	"ra":  'å',
	"cc":  'ç',
	"`e":  'è',
	"'e":  'é',
	"^e":  'ê',
	"\"e": 'ë',
	"`i":  'ì',
	"'i":  'í',
	"^i":  'î',
	"\"i": 'ï',
	"~n":  'ñ',
	"`o":  'ò',
	"'o":  'ó',
	"^o":  'ô',
	"~o":  'õ',
	"\"o": 'ö',
	"`u":  'ù',
	"'u":  'ú',
	"^u":  'û',
	"\"u": 'ü',
	"'y":  'ý',
	"\"y": 'ÿ',
	"=A":  'Ā',
	"=a":  'ā',
	"uA":  'Ă',
	"ua":  'ă',
	"kA":  'Ą',
	"ka":  'ą',
	"'C":  'Ć',
	"'c":  'ć',
	"^C":  'Ĉ',
	"^c":  'ĉ',
	".C":  'Ċ',
	".c":  'ċ',
	"vC":  'Č',
	"vc":  'č',
	"vD":  'Ď',
	"vd":  'ď',
	"=E":  'Ē',
	"=e":  'ē',
	"uE":  'Ĕ',
	"ue":  'ĕ',
	".E":  'Ė',
	".e":  'ė',
	"kE":  'Ę',
	"ke":  'ę',
	"vE":  'Ě',
	"ve":  'ě',
	"^G":  'Ĝ',
	"^g":  'ĝ',
	"uG":  'Ğ',
	"ug":  'ğ',
	".G":  'Ġ',
	".g":  'ġ',
	"cG":  'Ģ',
	"cg":  'ģ',
	"^H":  'Ĥ',
	"^h":  'ĥ',
	"~I":  'Ĩ',
	"~i":  'ĩ',
	"=I":  'Ī',
	"=i":  'ī',
	"uI":  'Ĭ',
	"ui":  'ĭ',
	"kI":  'Į',
	"ki":  'į',
	".I":  'İ',
	"^J":  'Ĵ',
	"^j":  'ĵ',
	"cK":  'Ķ',
	"ck":  'ķ',
	"'L":  'Ĺ',
	"'l":  'ĺ',
	"cL":  'Ļ',
	"cl":  'ļ',
	"vL":  'Ľ',
	"vl":  'ľ',
	"'N":  'Ń',
	"'n":  'ń',
	"cN":  'Ņ',
	"cn":  'ņ',
	"vN":  'Ň',
	"vn":  'ň',
	"=O":  'Ō',
	"=o":  'ō',
	"uO":  'Ŏ',
	"uo":  'ŏ',
	"HO":  'Ő',
	"Ho":  'ő',
	"'R":  'Ŕ',
	"'r":  'ŕ',
	"cR":  'Ŗ',
	"cr":  'ŗ',
	"vR":  'Ř',
	"vr":  'ř',
	"'S":  'Ś',
	"'s":  'ś',
	"^S":  'Ŝ',
	"^s":  'ŝ',
	"cS":  'Ş',
	"cs":  'ş',
	"vS":  'Š',
	"vs":  'š',
	"cT":  'Ţ',
	"ct":  'ţ',
	"vT":  'Ť',
	"vt":  'ť',
	"~U":  'Ũ',
	"~u":  'ũ',
	"=U":  'Ū',
	"=u":  'ū',
	"uU":  'Ŭ',
	"uu":  'ŭ',
	"rU":  'Ů',
	"ru":  'ů',
	"HU":  'Ű',
	"Hu":  'ű',
	"kU":  'Ų',
	"ku":  'ų',
	"^W":  'Ŵ',
	"^w":  'ŵ',
	"^Y":  'Ŷ',
	"^y":  'ŷ',
	"\"Y": 'Ÿ',
	"'Z":  'Ź',
	"'z":  'ź',
	".Z":  'Ż',
	".z":  'ż',
	"vZ":  'Ž',
	"vz":  'ž',
	".B":  'Ḃ',
	".b":  'ḃ',
	".D":  'Ḋ',
	".d":  'ḋ',
	"cD":  'Ḑ',
	"cd":  'ḑ',
	".F":  'Ḟ',
	".f":  'ḟ',
	"=G":  'Ḡ',
	"=g":  'ḡ',
	".H":  'Ḣ',
	".h":  'ḣ',
	"\"H": 'Ḧ',
	"\"h": 'ḧ',
	"cH":  'Ḩ',
	"ch":  'ḩ',
	"'K":  'Ḱ',
	"'k":  'ḱ',
	"'M":  'Ḿ',
	"'m":  'ḿ',
	".M":  'Ṁ',
	".m":  'ṁ',
	".N":  'Ṅ',
	".n":  'ṅ',
	"'P":  'Ṕ',
	"'p":  'ṕ',
	".P":  'Ṗ',
	".p":  'ṗ',
	".R":  'Ṙ',
	".r":  'ṙ',
	".S":  'Ṡ',
	".s":  'ṡ',
	".T":  'Ṫ',
	".t":  'ṫ',
	"~V":  'Ṽ',
	"~v":  'ṽ',
	"`W":  'Ẁ',
	"`w":  'ẁ',
	"'W":  'Ẃ',
	"'w":  'ẃ',
	"\"W": 'Ẅ',
	"\"w": 'ẅ',
	".W":  'Ẇ',
	".w":  'ẇ',
	".X":  'Ẋ',
	".x":  'ẋ',
	"\"X": 'Ẍ',
	"\"x": 'ẍ',
	".Y":  'Ẏ',
	".y":  'ẏ',
	"^Z":  'Ẑ',
	"^z":  'ẑ',
	"\"t": 'ẗ',
	"rw":  'ẘ',
	"ry":  'ẙ',
	"~E":  'Ẽ',
	"~e":  'ẽ',
	"`Y":  'Ỳ',
	"`y":  'ỳ',
	"~Y":  'Ỹ',
	"~y":  'ỹ',
}

// texSymbols maps a LaTeX command without arguments to its character:
// letters (\ss, T2A Cyrillic \CYRA) and typographic marks.
var texSymbols = map[string]string{
	"ss":                "ß",
	"ae":                "æ",
	"AE":                "Æ",
	"o":                 "ø",
	"O":                 "Ø",
	"l":                 "ł",
	"L":                 "Ł",
	"dj":                "đ",
	"DJ":                "Đ",
	"i":                 "ı",
	"oe":                "œ",
	"OE":                "Œ",
	"aa":                "å",
	"AA":                "Å",
	"CYRA":              "А",
	"cyra":              "а",
	"CYRB":              "Б",
	"cyrb":              "б",
	"CYRV":              "В",
	"cyrv":              "в",
	"CYRG":              "Г",
	"cyrg":              "г",
	"CYRD":              "Д",
	"cyrd":              "д",
	"CYRE":              "Е",
	"cyre":              "е",
	"CYRZH":             "Ж",
	"cyrzh":             "ж",
	"CYRZ":              "З",
	"cyrz":              "з",
	"CYRI":              "И",
	"cyri":              "и",
	"CYRISHRT":          "Й",
	"cyrishrt":          "й",
	"CYRK":              "К",
	"cyrk":              "к",
	"CYRL":              "Л",
	"cyrl":              "л",
	"CYRM":              "М",
	"cyrm":              "м",
	"CYRN":              "Н",
	"cyrn":              "н",
	"CYRO":              "О",
	"cyro":              "о",
	"CYRP":              "П",
	"cyrp":              "п",
	"CYRR":              "Р",
	"cyrr":              "р",
	"CYRS":              "С",
	"cyrs":              "с",
	"CYRT":              "Т",
	"cyrt":              "т",
	"CYRU":              "У",
	"cyru":              "у",
	"CYRF":              "Ф",
	"cyrf":              "ф",
	"CYRH":              "Х",
	"cyrh":              "х",
	"CYRC":              "Ц",
	"cyrc":              "ц",
	"CYRCH":             "Ч",
	"cyrch":             "ч",
	"CYRSH":             "Ш",
	"cyrsh":             "ш",
	"CYRSHCH":           "Щ",
	"cyrshch":           "щ",
	"CYRHRDSN":          "Ъ",
	"cyrhrdsn":          "ъ",
	"CYRERY":            "Ы",
	"cyrery":            "ы",
	"CYRSFTSN":          "Ь",
	"cyrsftsn":          "ь",
	"CYREREV":           "Э",
	"cyrerev":           "э",
	"CYRYU":             "Ю",
	"cyryu":             "ю",
	"CYRYA":             "Я",
	"cyrya":             "я",
	"CYRYO":             "Ё",
	"cyryo":             "ё",
	"CYRSCHWA":          "Ә",
	"cyrschwa":          "ә",
	"CYRGHCRS":          "Ғ",
	"cyrghcrs":          "ғ",
	"CYRKDSC":           "Қ",
	"cyrkdsc":           "қ",
	"CYRNDSC":           "Ң",
	"cyrndsc":           "ң",
	"CYROTLD":           "Ө",
	"cyrotld":           "ө",
	"CYRYHCRS":          "Ұ",
	"cyryhcrs":          "ұ",
	"CYRY":              "Ү",
	"cyry":              "ү",
	"CYRSHHA":           "Һ",
	"cyrshha":           "һ",
	"CYRII":             "І",
	"cyrii":             "і",
	"CYRIE":             "Є",
	"cyrie":             "є",
	"CYRYI":             "Ї",
	"cyryi":             "ї",
	"CYRUSHRT":          "Ў",
	"cyrushrt":          "ў",
	"CYRGUP":            "Ґ",
	"cyrgup":            "ґ",
	"CYRDJE":            "Ђ",
	"cyrdje":            "ђ",
	"CYRJE":             "Ј",
	"cyrje":             "ј",
	"CYRLJE":            "Љ",
	"cyrlje":            "љ",
	"CYRNJE":            "Њ",
	"cyrnje":            "њ",
	"CYRTSHE":           "Ћ",
	"cyrtshe":           "ћ",
	"CYRDZHE":           "Џ",
	"cyrdzhe":           "џ",
	"CYRDZE":            "Ѕ",
	"cyrdze":            "ѕ",
	"textquoteright":    "’",
	"textquoteleft":     "‘",
	"textquotedblleft":  "“",
	"textquotedblright": "”",
	"guillemotleft":     "«",
	"guillemotright":    "»",
	"textendash":        "–",
	"textemdash":        "—",
	"textnumero":        "№",
	"ldots":             "…",
	"quotedblbase":      "„",
	"S":                 "§",
	"copyright":         "©",
	"textdegree":        "°",
	"j":                 "ȷ", "textasciitilde": "~", "textasciicircum": "^", "textbackslash": "\\", "textbar": "|", "textless": "<", "textgreater": ">", "textunderscore": "_", "dots": "…",
}
