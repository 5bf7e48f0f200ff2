package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lower returns strings.ToLower(s), faster for the text the parser sees:
// ASCII and basic Cyrillic letters (U+0400–U+045F) are lowered byte by
// byte, every other rune by unicode.ToLower, and an invalid byte becomes
// U+FFFD as strings.Map makes it. Lower-casing each entry was a tenth of
// the parser's time, most of it in Unicode table look-ups. The bytes are
// appended to a slice the result then takes over without a copy:
// strings.Builder checks its state on every byte written.
func lower(s string) string {
	i := firstUpper(s)
	if i == len(s) {
		return s
	}
	b := appendLower(make([]byte, 0, len(s)), s, i)
	// b is not written to again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendLower appends strings.ToLower(s) to b, given that s[:i] lowers to
// itself (firstUpper): a caller that only looks into the lowered text can
// keep it in a buffer of its own, on the stack.
func appendLower(b []byte, s string, i int) []byte {
	b = append(b, s[:i]...)
	for i < len(s) {
		// The run that lowers to itself is copied at once: appending
		// byte by byte cost more than finding where the run ends.
		if j := i + firstUpper(s[i:]); j > i {
			b = append(b, s[i:j]...)
			if i = j; i == len(s) {
				break
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
		case (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF && !(c == 0xD1 && s[i+1] >= 0xA0):
			c, d := lowerCyrillic(c, s[i+1])
			b = append(b, c, d)
			i += 2
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, lowerRune(r))
			i += w
		}
	}
	return b
}

// lowerCyrillic returns the lower case of the letter U+0400–U+045F encoded
// as c, d: capitals Ѐ–Џ (D0 80–8F) become ѐ–џ (D1 90–9F), А–П (D0 90–9F)
// become а–п (D0 B0–BF), Р–Я (D0 A0–AF) become р–я (D1 80–8F); small
// letters stay.
func lowerCyrillic(c, d byte) (byte, byte) {
	switch {
	case c == 0xD0 && d <= 0x8F:
		return 0xD1, d + 0x10
	case c == 0xD0 && d <= 0x9F:
		return c, d + 0x20
	case c == 0xD0 && d <= 0xAF:
		return 0xD1, d - 0x20
	}
	return c, d
}

// lowerRune is unicode.ToLower with the basic Cyrillic capitals done by
// arithmetic.
func lowerRune(r rune) rune {
	switch {
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	case 'Ѐ' <= r && r <= 'Џ':
		return r + 'ѐ' - 'Ѐ'
	case 'а' <= r && r <= 'я', 'ѐ' <= r && r <= 'џ':
		return r
	case 0x80 <= r && r < 0xC0, 0x2000 <= r && r <= 0x20CF:
		// Latin-1 signs, the spaces, dashes, quotation marks and
		// currency signs have no case: an entry prints them between
		// most words, and unicode.ToLower searches its tables for them.
		return r
	}
	return unicode.ToLower(r)
}

// firstUpper returns the index of the first byte from which s may change
// when lowered: an ASCII capital, a rune that lowers to another, or an
// invalid byte; len(s) when there is none.
func firstUpper(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if (c == 0xD0 && i+1 < len(s) && s[i+1] >= 0xB0 && s[i+1] <= 0xBF) || (c == 0xD1 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F) {
			i += 2 // а–п, р–я, ѐ–џ: small Cyrillic letters, the bulk of an entry
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || lowerRune(r) != r {
			return i
		}
		i += w
	}
	return len(s)
}

// includes is strings.Contains, faster for Cyrillic text: strings.Index
// looks for the first byte of sub, and the first byte of a Cyrillic word
// (0xD0 or 0xD1) is half the bytes of a Cyrillic entry; includes looks for
// the rarest byte of sub instead and compares around it.
func includes(s, sub string) bool {
	return indexAt(s, sub, rareByte(sub)) >= 0
}

// indexAt returns the index of sub in s, looking for sub[k] and comparing
// sub around each one; -1 when s does not contain sub.
func indexAt(s, sub string, k int) int {
	if len(sub) == 0 {
		return 0
	}
	b := sub[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], b)
		if j < 0 {
			return -1
		}
		start := i + j - k
		if start+len(sub) <= len(s) && s[start:start+len(sub)] == sub {
			return start
		}
		i += j + 1
	}
	return -1
}

// rareByte returns the index of the byte of sub least likely to occur in
// a reference (by a rough rank of byte frequencies in Russian and English
// text), the byte indexAt looks for.
func rareByte(sub string) int {
	best, bestRank := 0, uint8(255)
	for i := 0; i < len(sub); i++ {
		if r := byteRanks[sub[i]]; r < bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// A wordList is a set of words to look for in a text, each with the index
// of its rarest byte worked out once, when the list is made: containsAny
// works it out on every call, for every word, and the parser asks whether
// an entry holds one of a few words hundreds of times. A word that
// contains another word of the list is left out: the text holds the
// shorter one whenever it holds the longer.
type wordList []rareWord

// rareWord is a word and the index of its rarest byte (rareByte).
type rareWord struct {
	w string
	k int
}

// newWordList makes the wordList of words.
func newWordList(words ...string) wordList {
	var l wordList
	for i, w := range words {
		if !containsOther(w, words, i) {
			l = append(l, rareWord{w, rareByte(w)})
		}
	}
	return l
}

// containsOther reports whether words[i] contains another word of words
// (or, equal to one, comes after it).
func containsOther(w string, words []string, i int) bool {
	for j, o := range words {
		if j != i && strings.Contains(w, o) && (len(o) < len(w) || j < i) {
			return true
		}
	}
	return false
}

// in reports whether s contains one of the words of l: containsAny(s,
// words...).
func (l wordList) in(s string) bool {
	for _, w := range l {
		if indexAt(s, w.w, w.k) >= 0 {
			return true
		}
	}
	return false
}

// inLower reports whether lower(s) contains one of the words of l,
// lowering s into a buffer on the stack when it fits.
func (l wordList) inLower(s string) bool {
	i := firstUpper(s)
	if i == len(s) {
		return l.in(s)
	}
	var buf [512]byte
	b := appendLower(buf[:0], s, i)
	return l.in(unsafe.String(unsafe.SliceData(b), len(b)))
}

// hasLowerPrefix reports hasAnyPrefix(lower(s), prefixes) without
// lowering all of s: lower maps each rune of s (an invalid byte counting
// as one) to one rune of at least a byte, so the lowered first n runes of
// s, n the length in bytes of the longest prefix, decide it. They are
// lowered into a buffer on the stack when they fit.
func hasLowerPrefix(s string, prefixes []string) bool {
	n := 0
	for _, p := range prefixes {
		n = max(n, len(p))
	}
	end := 0
	for k := 0; k < n && end < len(s); k++ {
		if s[end] < utf8.RuneSelf {
			end++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[end:])
		end += w
	}
	head := s[:end]
	i := firstUpper(head)
	if i == len(head) {
		return hasAnyPrefix(head, prefixes)
	}
	var buf [256]byte
	b := appendLower(buf[:0], head, i)
	return hasAnyPrefix(unsafe.String(unsafe.SliceData(b), len(b)), prefixes)
}

// byteRanks rates how common each byte is in references (byteRank), looked
// up rather than worked out for each byte of every word searched for.
var byteRanks = func() (t [256]uint8) {
	for c := range t {
		t[c] = uint8(byteRank(byte(c)))
	}
	return t
}()

// byteRank rates how common byte c is in references: the lead bytes of
// Cyrillic letters and the space most, then frequent letters, punctuation
// and digits; a rarer byte rates lower.
func byteRank(c byte) int {
	switch c {
	case 0xD0, 0xD1:
		return 100
	case ' ':
		return 90
	case 'a', 'e', 'i', 'o', 'n', 't':
		return 60
	case 0xB0, 0xB5, 0xB8, 0xBE, 0xBD, 0x82, 0x81, 0x80, 0xB2, 0xBB, 0xBA, 0xBC, 0xB4, 0xBF, 0x83, '.', ',':
		return 50 // second bytes of а е и о н т с р в л к м д п у; stops and commas
	}
	switch {
	case 'a' <= c && c <= 'z':
		return 40
	case '0' <= c && c <= '9':
		return 30
	case 'A' <= c && c <= 'Z':
		return 20
	}
	return 10
}

// hasOddSpace reports whether s holds a tab or a no-break space (U+00A0,
// U+2007, U+202F): strings.ContainsAny with these decodes every rune of s,
// a byte search does not.
func hasOddSpace(s string) bool {
	return strings.IndexByte(s, '\t') >= 0 || includes(s, "\u00a0") ||
		includes(s, "\u2007") || includes(s, "\u202f")
}

// singleSpaced reads the tabs and no-break spaces of s as spaces and a
// run of spaces as one: the patterns of a description expect one space
// between its words, as GOST prints them.
func singleSpaced(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		n := 1
		switch {
		case s[i] == ' ' || s[i] == '\t':
		case strings.HasPrefix(s[i:], "\u00a0"):
			n = len("\u00a0")
		case strings.HasPrefix(s[i:], "\u2007"), strings.HasPrefix(s[i:], "\u202f"):
			n = len("\u2007")
		default:
			b.WriteByte(s[i])
			space = false
			i++
			continue
		}
		if !space {
			b.WriteByte(' ')
		}
		space = true
		i += n
	}
	return b.String()
}

// hasWWW reports whether s holds "www." in any case: strings.Contains of
// the lower-cased s, without lowering it (only W lowers to w).
func hasWWW(s string) bool {
	for i := 3; i < len(s); i++ {
		if s[i] == '.' && s[i-1]|0x20 == 'w' && s[i-2]|0x20 == 'w' && s[i-3]|0x20 == 'w' {
			return true
		}
	}
	return false
}
