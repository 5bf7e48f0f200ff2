package bib

import "strings"

// cyrLatin transliterates Russian, Kazakh, Ukrainian and Belarusian letters
// (GOST 7.79 System B, simplified; Kazakh letters to their nearest Latin).
var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'ә': "a", 'ғ': "g", 'қ': "q", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
}

// Translit returns a lower-case ASCII transliteration of s: Cyrillic letters
// by cyrLatin, Latin letters without diacritics, other runes dropped except
// digits and spaces.
func Translit(s string) string {
	var b strings.Builder
	for _, r := range foldKey(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == ' ':
			b.WriteRune(r)
		case cyrLatin[r] != "":
			b.WriteString(cyrLatin[r])
		default:
			if a, ok := latinBase[r]; ok {
				b.WriteByte(a)
			}
		}
	}
	return b.String()
}

// latinBase strips the diacritics of the Latin letters real lists contain.
var latinBase = map[rune]byte{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ā': 'a', 'ą': 'a',
	'ç': 'c', 'č': 'c', 'ć': 'c', 'ď': 'd', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'ě': 'e', 'ę': 'e', 'ē': 'e', 'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i',
	'ł': 'l', 'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o',
	'õ': 'o', 'ø': 'o', 'ō': 'o', 'ř': 'r', 'š': 's', 'ś': 's', 'ş': 's', 'ť': 't',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ý': 'y', 'ÿ': 'y',
	'ž': 'z', 'ź': 'z', 'ż': 'z', 'ğ': 'g', 'ı': 'i', 'ß': 's',
}

// phonetic folds the spellings different romanisation schemes give one
// Cyrillic sound (BGN/PCGN, passport, Library of Congress, GOST 7.79):
// Syroezhkin, Syroyezhkin and Сыроежкин share one key.
var phonetic = strings.NewReplacer(
	"shch", "sc", "sch", "sc", "kh", "h", "x", "h", "tz", "c", "ts", "c",
	"yu", "u", "iu", "u", "ju", "u", "ya", "a", "ia", "a", "ja", "a",
	"ye", "e", "je", "e", "yo", "e", "jo", "e", "ie", "e", "y", "i", "j", "i",
	"w", "v", "q", "k",
)

// NameKey is the script-independent key of a family name.
func NameKey(family string) string {
	k := phonetic.Replace(strings.ReplaceAll(Translit(family), " ", ""))
	var b strings.Builder
	var last byte
	for i := 0; i < len(k); i++ {
		if k[i] != last {
			b.WriteByte(k[i])
		}
		last = k[i]
	}
	return b.String()
}
