package bib

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The regular expressions speed_scan.go replaced, kept to compare the
// scanners against them.
var (
	oldDOIHost       = regexp.MustCompile(`(?i)^https?://(?:dx\.)?doi\.org/`)
	oldEdAfterName   = regexp.MustCompile(`^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*[(\[]\s*(?:eds?|ред|hrsg)\.?\s*[)\]]`)
	oldInHost        = regexp.MustCompile(`^(?:,|\.)?\s*(?:[Ii]n:?|[ВвУу]\s*кн\.?:?|В\s+книге:?|В\s+сб\.:?|В\s+сборнике:?|В:|У:?)\s+`)
	oldGOSTEtAl      = regexp.MustCompile(`^(?:\s*,)?\s*(?:\[\s*)?(?:et\s+al\.?|[иИ]\s+др\.?|и\s+другие|та\s+ін\.?|т\.\s?б\.?|және\s+т\.\s?б\.?|[іi]\s+[іi]нш\.?)(?:\s*\])?`)
	oldGOSTEdMark    = regexp.MustCompile(`(?i)^\s*[\[(]\s*(?:eds?|ред|сост|hrsg)\.?\s*[\])]\s*,?\s*|^\s*,?\s*eds?\.\s*,?\s*`)
	oldYearInImprint = regexp.MustCompile(`(?:,\s*|:\s+)\[?(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2}|б\.\s?г\.)\]?`)
	oldGOSTNameSep   = regexp.MustCompile(`^(?:\s*,\s*(?:(?:and|и|та|і|және)\s+|&\s*)?|\s*;\s*|\s*(?:and|и|та|і|және|&)\s+|\s*&\s*)`)
)

// containsFold reports w in s under simple case folding, as (?i) reads it,
// jumping between the places where a case of w's first letter stands: the
// reference hasOpCitWord is compared with.
func containsFold(s, w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	for r := first; ; {
		for i := 0; ; {
			j := strings.IndexRune(s[i:], r)
			if j < 0 {
				break
			}
			if i += j; i+len(w) <= len(s) && strings.EqualFold(s[i:i+len(w)], w) {
				return true
			}
			i++
		}
		if r = unicode.SimpleFold(r); r == first {
			return false
		}
	}
}

// matchEnd is the end of re's match in s, -1 when there is none.
func matchEnd(re *regexp.Regexp, s string) int {
	if loc := re.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return -1
}

// speedPairs lists every pattern speed_scan.go replaced, and each pattern
// a pre-check stands before: a check compared with its pattern gives the
// pattern's answer wherever it admits the text, and false elsewhere.
var speedPairs = []gostPair{
	{"doiHost",
		func(s string) any { return matchEnd(oldDOIHost, s) },
		func(s string) any { return doiHostEnd(s) }},
	{"edAfterName",
		func(s string) any { return oldEdAfterName.MatchString(s) },
		func(s string) any { return isEdAfterName(s) }},
	{"inHost",
		func(s string) any { return matchEnd(oldInHost, s) },
		func(s string) any { return inHostEnd(s) }},
	{"etAl",
		func(s string) any { return matchEnd(oldGOSTEtAl, s) },
		func(s string) any { return etAlEnd(s) }},
	{"nameSep",
		func(s string) any { return matchEnd(oldGOSTNameSep, s) },
		func(s string) any { return nameSepEnd(s) }},
	{"edMark",
		func(s string) any { return matchEnd(oldGOSTEdMark, s) },
		func(s string) any { return edMarkEnd(s) }},
	{"enUntitled",
		func(s string) any { return enUntitled.MatchString(s) },
		func(s string) any { return endsInNumber(s, ':') && enUntitled.MatchString(s) }},
	{"enDatedPeriodical",
		func(s string) any { return enDatedPeriodical.MatchString(s) },
		func(s string) any {
			return endsInNumber(s, ',') && commaClosesHead(s) && enDatedPeriodical.MatchString(s)
		}},
	{"enMagazineIssue",
		func(s string) any { return enMagazineIssue.MatchString(s) },
		func(s string) any {
			return endsInNumber(s, ',') && commaClosesHead(s) && enMagazineIssue.MatchString(s)
		}},
	{"enDesignation",
		func(s string) any { return enDesignation.re.FindString(s) },
		func(s string) any { return enDesignation.FindString(s) }},
	{"enColonImprint",
		func(s string) any { return enColonImprint.re.MatchString(s) },
		func(s string) any { return enColonImprint.MatchString(s) }},
	{"undottedInitial",
		func(s string) any { return undottedInitial.MatchString(s) },
		func(s string) any { return mayHaveUndottedInitial(s) && undottedInitial.MatchString(s) }},
	{"opCitWord",
		func(s string) any {
			return containsFold(s, "cit") || containsFold(s, "соч") || containsFold(s, "праця")
		},
		func(s string) any { return hasOpCitWord(s) }},
	{"translitImprint",
		func(s string) any { return translitImprint.re.MatchString(s) },
		func(s string) any { return translitImprint.MatchString(s) }},
	{"gostLatinBook",
		func(s string) any { return gostLatinBook.re.MatchString(s) },
		func(s string) any { return gostLatinBook.MatchString(s) }},
	{"englishHostRes",
		func(s string) any {
			var out [][]string
			for _, g := range englishHostRes {
				out = append(out, g.re.FindStringSubmatch(s))
			}
			return out
		},
		func(s string) any {
			var out [][]string
			for _, g := range englishHostRes {
				out = append(out, g.FindStringSubmatch(s))
			}
			return out
		}},
	{"translatorWords",
		func(s string) any { return translatorWords.re.FindString(s) },
		func(s string) any { return translatorWords.FindString(s) }},
	{"enPageCount",
		func(s string) any { return enPageCount.re.FindStringSubmatchIndex(s) },
		func(s string) any { return enPageCount.FindStringSubmatchIndex(s) }},
	{"orgAPA",
		func(s string) any { return orgAPA.re.FindStringSubmatch(s) },
		func(s string) any { return orgAPA.FindStringSubmatch(s) }},
	{"parenImprint",
		func(s string) any { return parenImprint.re.FindStringSubmatchIndex(s) },
		func(s string) any { return parenImprint.FindStringSubmatchIndex(s) }},
	{"titleEdition",
		func(s string) any { return titleEdition.re.FindStringSubmatch(s) },
		func(s string) any { return titleEdition.FindStringSubmatch(s) }},
	{"translitJournal",
		func(s string) any { return translitJournalRe.re.MatchString(s) },
		func(s string) any { return translitJournalRe.MatchString(s) }},
	{"yearInImprint",
		func(s string) any { return oldYearInImprint.FindStringIndex(s) },
		func(s string) any { return yearInImprint(s) }},
	{"monthYearAt",
		func(s string) any { return monthYearAt.MatchString(s) },
		func(s string) any { return mayMonthYearAt(s) && monthYearAt.MatchString(s) }},
}

// speedCases are texts that take the scanners' less common paths.
var speedCases = []string{
	"", " ", "https://doi.org/10.1/x", "HTTP://DX.DOI.ORG/10", "httpſ://doi.org/", "http://dx.doi.org", "http://dx.doi.org/",
	"https://dx.doi.or/", "http:/doi.org/", "Ivan Petrov (ed.)", "Ivan Petrov[eds]", "Ivan Petrov ( ред . )", "Ivan  Petrov (hrsg)",
	"Ivan Petrov (edsx)", "IVan Petrov (ed.)", "In: Book", "In:Book", "In :Book", ", in Book", ". In  Book", "В кн.: Книга", "в кн. Книга",
	"Вкн.: x", "В книге: x", "В книге x", "В  сб.: x", "В сб. x", "В сборнике x", "В: x", "У: x", "У x", "У:x", "Укн x", "Ukn x",
	"et al.", ", et al", " , [et al.] x", "[ и др. ]", "И др", "и другие", "и  другие.", "та ін.", "т.б.", "т. б", "т.  б", "және т.б.",
	"және  т. б.", "і інш.", "i iнш", "і  iнш.", "i інш", ", ", ",and x", ", and x", ", & x", ",&x", " ; x", ";", "and x", "&x", "& x",
	" & ", "и x", "та x", "і x", "және x", "andx", ", және  x", "2001. April 3", "2001.–April", "2001 , 12 May", "2001—Ma", "2001. — С. 5",
	"2001 Abc", "1499 April", "2099 May", "2001 12", "2001.  ,  May", "2001..May", "2001 –, May",
	"(eds.) x", " [ Ed ] , x", "(ЕДС)", "(ред.)", "[РЕД]", "(сост.),", "(СОСТ)", "(hrsg.)", "(HRSG)", "(edS.)", "(eDſ.)", ", eds. ,  x",
	"ed.", "EDS.", " ,ed.", ",eds", "(ed", "(ed.", "[ed]]", "(ᲁ)", "(реᲁ.)", "(соᲃт.)", "Journal 12: 3-4.", "Journal 12 (3): 45",
	"New York: Penguin", "St. Paul, MN: West", "Washington (DC): NAP", "O'Neil-Smith and Brown: x", "New York : x\ny", "Москва: Наука",
	"Balmagambetova Zh.T, Tazhbekova Zh.N.", ", Aa A.A,Aa A", "Иванов И.И и др.", "Иванов И. И. и др.", "Иванов И.Ив  и  др.", "Smith J.Q et al.",
	"Smith J. Q\tet\tal.", "Петренко П.П та ін.", "Петренко П.П,Іванов", "A B.C и др.", "Иванов И.\tИ и др.", "Иванов И.И и др",
	"op. cit.", "OP. CIT", "Op. Cít", "указ. соч.", "УКАЗ. СОЧ", "ᲃоч", "ᲃОЧ.", "Соч", "вказ. праця", "ПРАЦЯ", "Праця", "ci", "со", "прац",
	"New 5 York: x", "Daily, 12 May 2001.", "Daily, 12.05.2001", "Daily, May 12, 2001", "Daily 12 May 2001",
	"Istorija rusi. M., 2004.", "rusi. – M.: Nauka, 1998", "T. I. M.; L., 1962.", "rusi.\tSPb.\n:Nauka, 1998", "rusi. Mn. , X, 2001",
	"rusi. K.,2001", "Trudy. 1998. S. 289–290. ", "Trudy. 1998. T. II. Stb. 12-14.", "Trudy. 1998. S. 12.x", "Trudy. 1998.  S.12 .",
	"Smith, M. Title. 1998. P. 12.", "Smith M., 2001", "rusi. M 2001", "rusi.M., 2001",
	"М.: Наука, 1983", "М.: [б. г.]", "М., б.г.", "М.:б. г.", ", [1998]", ",12.05.2001]", ": 1.2.20011", ", 123.4.2001", ", 1.234.2001",
	":  2001.05.06", ", 12.05.201", ", б.\tг.", ", б.  г.", ", [x", ",,2001", ": ,2001", "2001, ", ", 12.", ", 1.2.",
	"Smith J. Title. London: Pub, 1999. 12 p.", "Smith J. Title. London: Pub, 1999. 12 pp .  ", "x 12P.", "x 12 p", "x p.",
	"Journal, 12, 45-67", "J , 1 ,2 – 3", ", 1, 2-3", "J, 1, 2- x", "Вестник. 2020. Т. 1", "Вестник.2020.№ 1", "В. 1499. Т. 1",
	"Пер. с англ.", "перевод", "Translated by", "TRANS.", "аударған", "Ауд.:", "Орыс тілінен аударған", "орыс ТІЛДЕН аударған", "ᲄілден",
	"Title (2nd ed.)", "Title (2 edition)", "Title ( 2 ed.)", "Title (x) (3rd rev. ed.)", "Book. 12 p.", "Book, 12c.", "Book 12 с.",
	"Book 12pages", "Org Name. (2020). Title.", "Org Name (x). (2020).", "Org. Name. (2020)", "Title (London: Pub, 2001)",
	"Title (London: Pub, 2001", "Title (a (London: Pub, 2001)", "Title (Pub, 2001)", "Title(London: Pub, 2001)",
	"Zhurnal. 2001, vol. 5", "Zhurnal.2001,v.5", "Nauka Publ., 2001", "Zhurnal. 1499, vol. 5",
	"IEEE Std 802.11-2020", "ITU-T Rec. X.509", "ISO 9001", "Title. Journal, May 12, 45-67", "Journal, 12 May 2001.", "J. x, May 1, 2001",
	"Trudy. 1998. S. 12-14.", "Trudy. 1998. Stb. 12–14 ", "Trudy. 1998. S.12-x", "Trudy. 1998. S. -14", "Trudy 1998 S. 12 .",
}

func checkSpeedScanners(t *testing.T, s string) {
	t.Helper()
	for _, p := range speedPairs {
		if want, got := p.old(s), p.new(s); !reflect.DeepEqual(want, got) {
			t.Errorf("%s(%q) = %v, the pattern gives %v", p.name, s, got, want)
		}
	}
}

func TestSpeedScannersMatchRegexps(t *testing.T) {
	n := 100000
	if testing.Short() {
		n = 10000
	}
	texts := append(append([]string(nil), speedCases...), gostTexts(t)...)
	texts = append(texts, tokenSoup(nameTokens, n)...)
	texts = append(texts, tokenSoup(speedTokens, 2*n)...)
	checkOnTexts(t, texts, checkSpeedScanners)
}

// speedTokens are the pieces tokenSoup strings texts near the edges of
// the replaced patterns from.
var speedTokens = []string{"http", "HTTPS", "ſ", "://", "dx.", "doi.org/", "DOI.ORG", "Ivan", "P", "(", "[", ")", "]", "ed", "eds", "ред",
	"hrsg", ".", ",", ":", ";", " ", "  ", "\t", "In", "in", "В", "в", "У", "у", "кн", "книге", "сб.", "сборнике", "et", "al", "и", "И",
	"др", "другие", "та", "ін", "т.", "б", "және", "і", "i", "нш", "and", "&", "2001", "1999", "–", "—", "April", "12", "Ма", "\xff", "x",
	"ред", "сост", "S", "ſ", "ᲁ", "Journal", "(3)", "45-67", "May", "Иванов", "И.", "И", "Ив", "Zh.T", "al.", "др.", "ін.", "cit", "CIT", "соч", "СОЧ", "ᲃ", "праця", "ПРАЦЯ", "op.",
	"M.", "L.", "SPb.", "K.", "Mn.", "S.", "Stb.", "T.", "II", "1998", "rusi", "Nauka", "–", "\n",
	"б.", "г.", "5", "05.", "7.", "123", "]", "p.", "pp.", "P.", "p", "пер.", "Пер", "ПЕР", "tran", "TRAN", "trans", "ауд", "АУД.", "тілінен",
	"ТІЛДЕН", "аударған", "іл", "ІЛ", "Т.", "№", "-", "2020.", "1850.", "Journal", "Вестник", "ᲃ", "ᲄ", "(", "2nd", "ed.", "edition", "rev.", "с.", "c", "pages", "Publ.", "vol."}

// FuzzSpeedScanners compares every scanner with its pattern on any text.
func FuzzSpeedScanners(f *testing.F) {
	for _, s := range speedCases {
		f.Add(s)
	}
	for _, s := range tokenSoup(speedTokens, 300) {
		f.Add(s)
	}
	for i, s := range scanTexts(f) {
		if i%7 == 0 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpeedScanners(t, s)
		if r, n := utf8.DecodeRuneInString(s); n > 0 && r != utf8.RuneError {
			checkSpeedScanners(t, s[n:])
		}
	})
}

// checkKeyStarts checks that keyStarts passes over no position where one
// of its keys, or a digit, starts.
func checkKeyStarts(t *testing.T, s string) {
	t.Helper()
	for _, keys := range [][]string{append(volumeKeys, "0"), issueKeys, pageKeys, {"0"}} {
		starts := keyStartsOf(keys...)
		for i := 0; i < len(s); i++ {
			if starts.at(s, i) {
				continue
			}
			if keys[len(keys)-1] == "0" && isDigit(s[i]) {
				t.Fatalf("keyStarts%q.at(%q, %d) = false at a digit", keys, s, i)
			}
			for _, k := range keys {
				if k != "0" && strings.HasPrefix(s[i:], k) {
					t.Fatalf("keyStarts%q.at(%q, %d) = false where %q starts", keys, s, i, k)
				}
			}
		}
	}
}

func TestKeyStarts(t *testing.T) {
	// findVolumeAt's reader also reads roman figures after these keys.
	for _, k := range romanVolumeKeys {
		if !volumeStarts.at(k, 0) {
			t.Errorf("volumeStarts passes over %q, a key of romanVolumeAt", k)
		}
	}
	for _, s := range append(append(append([]string(nil), speedCases...), scanTexts(t)...), tokenSoup(speedTokens, 20000)...) {
		checkKeyStarts(t, s)
	}
}

func FuzzKeyStarts(f *testing.F) {
	for _, s := range []string{"Т. 2", "Том 3", "С. 5–7", "№ 4", "Вып. 2", "Стлб. 3", "т\xd0", "\xd0"} {
		f.Add(s)
	}
	f.Fuzz(checkKeyStarts)
}
