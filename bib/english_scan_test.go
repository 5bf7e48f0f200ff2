package bib

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The regular expressions english_scan.go replaced, kept to compare the
// scanners against them.

// oldNumberStart are the patterns numberStarts replaced, in the order of
// numberStartScanners.
var oldNumberStart = []*regex{
	lazyRegexp(`,?(?:^|[\s,(])(?:[Vv]ol(?:ume)?\.?|т\.)\s*(?:[A-Z]{1,3}-)?\d`),
	lazyRegexp(`,?\s*\d+[A-Za-z]?\s*\(\s*[\w/–-]+\s*\)\s*(?:[,.:]|$)`),
	lazyRegexp(`,\s*\d+\s*,\s*(?:[A-Za-z]?\d+\s*[-–—]|e\d|[Aa]rt|pp?\.)`),
	lazyRegexp(`\s+\d+\s*,\s*(?:no\.|[A-Za-z]?\d+\s*[-–—]\s*\d)`),
	lazyRegexp(`\s+\d+(?:\.\d+)?\s*(?:\(\s*[^)]*\))?\s*:\s*\d`),
	lazyRegexp(`,\s*(?:[Nn]o[.\s]|[Ii]ssue|вып\.|вип\.)\s*\d`),
	lazyRegexp(`\s+\d+\s*:\s*\d+`),
	lazyRegexp(`,\s*(?:Article(?:\s+ID)?|Art\.?\s*no\.?)\s*\w`),
	lazyRegexp(`\s+\d+\s*\(\s*(?:1[5-9]|20)\d\d\s*\)\s*\.?$`),
	lazyRegexp(`,\s*pp?\.\s*[A-Z]?\d`),
	lazyRegexp(`\s+(?:1[5-9]|20)\d\d\.\s+(?:[Nn]o|N|[Ii]ss(?:ue)?|[Pp]p?)\.?\s*\d`),
	lazyRegexp(`\s+\d+\.\d+\s*\(\s*(?:1[5-9]|20)\d\d\s*\)\s*(?:[,.:]|$)`),
	lazyRegexp(`\s+\d+,\s*\d+\s*(?:,\s*(?:Article \d+\s*)?)?\(\s*(?:[A-Za-z]+\.?\s+)?(?:1[5-9]|20)\d\d\s*\)`),
}

// oldNoteImprint is the pattern noteImprintIndex replaced.
var oldNoteImprint = lazyRegexp(`\s*\(([^()]*?[,:][^()]*?(?:1[5-9]|20)\d\d[a-z]?)\)\s*,?\s*((?:(?:pp?\.\s*|(?:Chapters?|Ch\.|ch\.|Section|Sec\.|sec\.)\s+)?\d.*?)?)[.\s]*$`)

// oldYear is the pattern enYearIn replaced.
var oldYear = lazyRegexp(`(?:^|[^\d])((?:1[5-9]|20)\d\d)(?:[^\d]|$)`)

// oldMonthYear is the pattern monthYearIndex replaced.
var oldMonthYear = lazyRegexp(`(?i)(\p{L}{3,})\.?(?:\s*[-–/]\s*\p{L}{3,}\.?)?\s+(\d{1,2},?\s+)?((?:1[5-9]|20)\d\d)\b|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,})\.?\s+((?:1[5-9]|20)\d\d)\b`)

// The patterns enSep, enEtAlAt and enEdMarkAt replaced.
var (
	oldNameSep = lazyRegexp(`^(?:\s*,{1,2}\s*(?:(?:and|&|и|і)\s+|(?:\.\s?\.\s?\.|…)\s*)?|\s*(?:and|&|и|і)\s+|\s*&\s*|\s*;\s*|\s*(?:\.\s?){2,3}\s*|\s*…\s*)`)
	oldEtAl    = lazyRegexp(`^,?\s*(?:et\s+al\.?|and\s+others|и\s+др\.?)`)
	oldEdMark  = lazyRegexp(`^\s*(?:\((?:eds?|Eds?)\.?\)|,\s*(?:editors?|[Ee]ds?\.)|\s(?:eds?|Eds?)\.?(?:\s|$|,))`)
)

// oldStrongNumbers is the pattern strongNumbers replaced.
var oldStrongNumbers = lazyRegexp(`^[,\s]*(?:\d+\s*\(|\d+,\s*[Nn]o\.\s*\d|[Nn]o\.\s*\d|[Vv]ol)`)

// lowerWords are the word lists the reader looks for in lowered text.
var lowerWords = [][]string{
	{"trans", "tr."}, {"ed.", "edition", "transl"}, {"updated", "modified", "revised"},
	{"просмотрено", "viewed", "accessed"}, {"retriev", "available", "from", "извлечено", "доступно"},
	{"print", "arxiv"}, {"patent"}, {"standard", "itu", "iso", "rfc"},
}

// scanTexts returns the texts the scanners are compared on: the entries of
// the labelled corpus and the lines of the seed articles short enough to
// be an entry.
func scanTexts(t testing.TB) []string {
	t.Helper()
	var texts []string
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	for _, file := range files {
		for _, r := range readCorpus(t, file) {
			texts = append(texts, r.Text)
		}
	}
	articles, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, file := range articles {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && len(line) <= 600 {
				texts = append(texts, line)
			}
		}
		f.Close()
	}
	if len(texts) < 500 {
		t.Fatalf("only %d texts to compare on", len(texts))
	}
	return texts
}

// suffixes returns what the reader feeds a scanner from text: the suffixes
// that start at a word or at a mark (the reader cuts entries at marks and
// spaces), as they are and with the separators the reader trims from
// their end taken off.
func suffixes(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		s := text[i:]
		r, n := utf8.DecodeRuneInString(s)
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			out = append(out, s)
			if t := strings.TrimRight(s, " .,;"); t != s {
				out = append(out, t)
			}
		}
		i += n
	}
	return out
}

// scanAllIndex returns the successive leftmost matches of the pattern at
// reads, as FindAllStringIndex: the search goes on from each match's end.
func scanAllIndex(s string, at func(string, int) int) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		if e := at(s, i); e >= 0 {
			out = append(out, []int{i, e})
			i = e
			continue
		}
		i++
	}
	return out
}

// checkNumberStarts compares every scanner of numberStarts with its
// pattern on s, match by match, and their union.
func checkNumberStarts(t *testing.T, s string) {
	t.Helper()
	var union []int
	for k, at := range numberStartScanners {
		want := oldNumberStart[k].FindAllStringIndex(s, -1)
		if got := scanAllIndex(s, at); !reflect.DeepEqual(got, want) {
			t.Fatalf("pattern %s on %q: scanner %v, regexp %v", oldNumberStart[k], s, got, want)
		}
		for _, m := range want {
			union = append(union, m[0])
		}
	}
	sort.Ints(union)
	if got := numberStarts(s, nil); !slices.Equal(got, union) {
		t.Fatalf("numberStarts(%q) = %v, want the starts %v", s, numberStarts(s, nil), union)
	}
}

// TestNumberStartsMatchRegexps runs the scanners of numberStarts and the
// patterns they replaced on every suffix of the corpus.
func TestNumberStartsMatchRegexps(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkNumberStarts(t, s)
		}
	}
}

// TestNumberStartsCases pins the matches that take the patterns' less
// preferred branches.
func TestNumberStartsCases(t *testing.T) {
	for _, s := range []string{
		"Journal, vol. 58, no. 2, pp. 1-6",
		"Journal,vol. AB-5",
		"vol.5 begins",
		"Volume 3 (2004): 45",
		", 21(3),", "Journal 21a ( 3b/4– ) .", "J 21(3) x",
		", 29, 149-159", ", 29, e5", ", 29, e5-6", ", 29, Art 5", ", 29, pp. 4", ", 29, pp 4", ", 29, p. 4",
		" 84, no. 1", " 17, a1 - 24", " 17, 1-", " 12 (2004): 45", " 12 (2004 : 45", " 12 (20)x: 4",
		", no. 4", ", Issue 3", ", вып. 2", ", вип.2", ", No 4",
		" 167:968", " 167 : x",
		", Article ID 1389379", ", Article ID", ", Article IDs", ", Articles", ", Art. no. 5", ", Art.no", ", Artno5",
		"J. Phys. Chem. 69 (1965)", "J. Phys. Chem. 69 (1965) .", "J. Phys. Chem. 69 (1965). x",
		", p. D6", ", pp.D", ", pp. 6",
		"x 1 2, 3-4, 5-6",
	} {
		checkNumberStarts(t, s)
	}
}

// FuzzNumberStarts compares the scanners of numberStarts with their
// patterns on any text.
func FuzzNumberStarts(f *testing.F) {
	for _, s := range []string{"Journal, vol. 58, no. 2, pp. 1-6", " 12 (2004): 45", ", 29, e5-6", ", Article ID 5", " 69 (1965).", " 62, 4 (2019), 10–20", " 51, 5, Article 93 (September 2018)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumberStarts(t, s)
	})
}

// checkNoteImprint compares noteImprintIndex with its pattern on s.
func checkNoteImprint(t *testing.T, s string) {
	t.Helper()
	want := oldNoteImprint.FindStringSubmatchIndex(s)
	got, ok := noteImprintIndex(s)
	if ok != (want != nil) || ok && !slices.Equal(got[:], want) {
		t.Fatalf("noteImprintIndex(%q) = %v, %v; regexp %v", s, got, ok, want)
	}
}

// TestNoteImprintMatchesRegexp runs noteImprintIndex and the pattern it
// replaced on every suffix of the corpus.
func TestNoteImprintMatchesRegexp(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkNoteImprint(t, s)
		}
	}
}

// TestNoteImprintCases pins the branches of the pattern.
func TestNoteImprintCases(t *testing.T) {
	for _, s := range []string{
		"Title (New York: Norton, 2001), 45.", "Title (New York: Norton, 2001)", "Title  (Oxford, 1999b) , p. 7 .",
		"Title (Oxford, 1999b) , pp.7-9", "Title (Oxford 1999), 4", "Title (a (Oxford, 1999), 4", "Title (Oxford, 1999) p.",
		"Title (Oxford, 1999), 4\nmore", "Title (Oxford, 1999), 4 x\n.", "T (x: 2001) y (Oxford, 1999), 4", "(Oxford, 12001)",
		"T (Oxford, 1999), ,4", "T (Oxford, 1999)\n. \n", "T (Oxford, 1999), 4.\n", "T ((Oxford, 1999))", ":(, 2001)",
	} {
		checkNoteImprint(t, s)
	}
}

// FuzzNoteImprint compares noteImprintIndex with its pattern on any text.
func FuzzNoteImprint(f *testing.F) {
	for _, s := range []string{"Title (New York: Norton, 2001), 45.", "T (Oxford, 1999b) , pp.7-9\n", "(a (b: 2001) 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNoteImprint(t, s)
	})
}

// checkShortNotePrecheck asserts that enShortNote matches no text
// mayBeShortNote declines.
func checkShortNotePrecheck(t *testing.T, s string) {
	t.Helper()
	if !mayBeShortNote(s) && enShortNote.MatchString(s) {
		t.Fatalf("mayBeShortNote(%q) declines a shortened note", s)
	}
}

// TestShortNotePrecheck runs the check on every suffix of the corpus, and
// on notes that must pass it.
func TestShortNotePrecheck(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkShortNotePrecheck(t, s)
		}
	}
	for _, s := range []string{"Mones, Last Chinese Chef, 40.", "Lockard, op. cit., p. 68.", "Ørsted, Title, 5", "Murphy and Roberts, Romanticism, 148.", "Brown & O’Neil, D. E., Title, pp. 3–4"} {
		if !mayBeShortNote(s) || !enShortNote.MatchString(s) {
			t.Errorf("%q is not read as a shortened note", s)
		}
	}
}

// FuzzShortNotePrecheck runs the check on any text.
func FuzzShortNotePrecheck(f *testing.F) {
	for _, s := range []string{"Mones, Last Chinese Chef, 40.", "Murphy and Roberts, Romanticism, 148.", "Brown (2001), 4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkShortNotePrecheck(t, s)
	})
}

// checkYear compares enYearIn with its pattern on s.
func checkYear(t *testing.T, s string) {
	t.Helper()
	var want string
	if m := oldYear.FindStringSubmatch(s); m != nil {
		want = m[1]
	}
	if got, ok := enYearIn(s); got != want || ok != (want != "") || hasYear(s) != ok {
		t.Fatalf("enYearIn(%q) = %q, %v; regexp %q", s, got, ok, want)
	}
}

// TestYearMatchesRegexp runs enYearIn and the pattern it replaced on every
// suffix of the corpus and on the edges of a year.
func TestYearMatchesRegexp(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkYear(t, s)
		}
	}
	for _, s := range []string{"2001", "12001", "20011", "1499 1500", "x1999y", "№2099", "2100 1599.", "é1600é", ""} {
		checkYear(t, s)
	}
}

// FuzzYear compares enYearIn with its pattern on any text.
func FuzzYear(f *testing.F) {
	for _, s := range []string{"Press, 2001.", "12001 1999", "1499"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkYear(t, s)
	})
}

// checkMonthYear compares monthYearIndex, monthYearGroups and hasMonthYear
// with their pattern on s.
func checkMonthYear(t *testing.T, s string) {
	t.Helper()
	want := oldMonthYear.FindStringSubmatchIndex(s)
	got, ok := monthYearIndex(s)
	if ok != (want != nil) || ok && !slices.Equal(got[:], want) || hasMonthYear(s) != ok {
		t.Fatalf("monthYearIndex(%q) = %v, %v; regexp %v", s, got, ok, want)
	}
	g, _ := monthYearGroups(s)
	if w := oldMonthYear.FindStringSubmatch(s); w != nil && !slices.Equal(g[:], w) {
		t.Fatalf("monthYearGroups(%q) = %q; regexp %q", s, g, w)
	}
}

// TestMonthYearMatchesRegexp runs monthYearIndex and the pattern it
// replaced on every suffix of the corpus and on the branches of the
// pattern.
func TestMonthYearMatchesRegexp(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkMonthYear(t, s)
		}
	}
	for _, s := range []string{
		"Aug. 2007", "xAug 2007", "Jul–Aug 2007", "Jul. - Aug. 2007", "Jul/Au 2007", "Jul - Aug 12, 2007", "Jul-Aug. 2007x 1999",
		"October 14, 2017", "October 14,2017", "October 142017", "Oct 7 2017", "Oct 2017a, 17 Aug. 2022", "123 Aug 2022",
		"17 Aug. 2022", "17 Au 2022", "1 Август 2022_", "Mai\u0345 1999", "ab 1999 abc 2000", "ΣΑΒ 1800.",
	} {
		checkMonthYear(t, s)
	}
}

// TestFoldLetterClass compares enFoldLetter with the class (?i)\p{L} on
// every rune.
func TestFoldLetterClass(t *testing.T) {
	class := lazyRegexp(`^(?i)\p{L}$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := enFoldLetter(r), class.MatchString(string(r)); got != want {
			t.Fatalf("enFoldLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzMonthYear compares monthYearIndex with its pattern on any text.
func FuzzMonthYear(f *testing.F) {
	for _, s := range []string{"Aug. 2007", "Jul–Aug 12, 2007", "17 Aug. 2022", "123 Aug 2022"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMonthYear(t, s)
	})
}

// checkNameMarks compares enSep, enEtAlAt and enEdMarkAt with their
// patterns on s.
func checkNameMarks(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		re   *regex
		scan func(string) string
	}{{oldNameSep, enSep}, {oldEtAl, enEtAlAt}, {oldEdMark, enEdMarkAt}} {
		if got, want := c.scan(s), c.re.FindString(s); got != want {
			t.Fatalf("on %q the scanner of %s reads %q, the regexp %q", s, c.re, got, want)
		}
	}
}

// TestNameMarksMatchRegexps runs the scanners of the marks between and
// after names, and the patterns they replaced, on every suffix of the
// corpus and on each branch of the patterns.
func TestNameMarksMatchRegexps(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkNameMarks(t, s)
		}
	}
	for _, s := range []string{
		", B", ",, and C", " , andrew", ", . . . X", ",… X", ", .. x", " and X", "and", " & X", "&X", " ; X", ". . . X", "....", ". x", " … X",
		", et al.", ",et  al", " and others", " и др.", " и  дрх", "et", "et al", "et.",
		" (Eds.)", "(ed)", "(eds", " (Ed.).", ", editors", ", editorial", ", Eds.", ", eds", " eds", "  eds.", " Ed.,", " eds.x", " Eds", "eds", " edsx",
	} {
		checkNameMarks(t, s)
	}
}

// FuzzNameMarks compares the scanners of the marks between and after
// names with their patterns on any text.
func FuzzNameMarks(f *testing.F) {
	for _, s := range []string{", and B", ", . . . C", " et al.", " (Eds.),", ", editors.", "  eds, "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNameMarks(t, s)
	})
}

// checkNameChecks asserts that no name pattern matches a text its check
// declines.
func checkNameChecks(t *testing.T, s string) {
	t.Helper()
	for name, p := range map[string]enNamePattern{
		"enFamilyInitials": enFamilyInitials, "enInitialsFamily": enInitialsFamily,
		"enFamilyGiven": enFamilyGiven, "enGivenFamily": enGivenFamily,
	} {
		if !p.may(s) && p.re.MatchString(s) {
			t.Fatalf("the check of %s declines %q, which it matches", name, s)
		}
	}
}

// TestNameChecks runs the checks of the name patterns on every suffix of
// the corpus, and asserts that they let the names of each style through.
func TestNameChecks(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkNameChecks(t, s)
		}
	}
	for _, c := range []struct {
		p     enNamePattern
		names []string
	}{
		{enFamilyInitials, []string{"Aron, L.", "van der Berg, J.", "al-Rashid, A.", "d’Arc, J.", "O'Neil AB,", "McDonald, R. J.", "ÅSTRÖM K,"}},
		{enInitialsFamily, []string{"R. Fardel,", "D.Kulik", "Yu.Shvarov,", "J Peters,", "DH Holt,", "ABC Smith"}},
		{enFamilyGiven, []string{"Pease, James L.,", "de Souza, Maria,", "Lee-Smith, Ann"}},
		{enGivenFamily, []string{"Peter Murphy and David Roberts", "Newton N. Minow,", "Amira K. Bennison,"}},
	} {
		for _, s := range c.names {
			if !c.p.may(s) || !c.p.re.MatchString(s) {
				t.Errorf("%q is not read by %s", s, c.p.re)
			}
		}
	}
}

// FuzzNameChecks runs the checks of the name patterns on any text.
func FuzzNameChecks(f *testing.F) {
	for _, s := range []string{"Aron, L., Botella, M.", "R. Fardel, M. Nagel", "Pease, James L.", "Peter Murphy and David Roberts"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNameChecks(t, s)
	})
}

// checkLowerAndNumbers compares containsLower with strings.ToLower and
// containsAny, and strongNumbers with its pattern, on s.
func checkLowerAndNumbers(t *testing.T, s string) {
	t.Helper()
	low := strings.ToLower(s)
	for _, words := range lowerWords {
		if got, want := containsLower(s, words...), containsAny(low, words...); got != want {
			t.Fatalf("containsLower(%q, %q) = %v, want %v", s, words, got, want)
		}
	}
	if got, want := strongNumbers(s), oldStrongNumbers.MatchString(s); got != want {
		t.Fatalf("strongNumbers(%q) = %v, want %v", s, got, want)
	}
}

// TestLowerAndNumbersMatch runs containsLower and strongNumbers against
// what they replaced on every suffix of the corpus and on letters that
// lower to ASCII.
func TestLowerAndNumbersMatch(t *testing.T) {
	for _, text := range scanTexts(t) {
		for _, s := range suffixes(text) {
			checkLowerAndNumbers(t, s)
		}
	}
	for _, s := range []string{"TRANSLATED", "EDİTİON", "Updated", "ПРОСМОТРЕНО", "arXiv", "pateNT", "\u212aey", "ISO", "x\xffed.", "", ", 8 (3)", " ,vol", "Vo", "12 x", ",,"} {
		checkLowerAndNumbers(t, s)
	}
}

// FuzzLowerAndNumbers compares containsLower and strongNumbers with what
// they replaced on any text.
func FuzzLowerAndNumbers(f *testing.F) {
	for _, s := range []string{"Retrieved from", "EDİTİON", "ПРОСМОТРЕНО 1 мая", ", 12 (3)", "Vol. 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLowerAndNumbers(t, s)
	})
}

// TestCyrillicStartsAt0400 pins what hasCyrillic's shortcut assumes: no
// rune below U+0400 is Cyrillic.
func TestCyrillicStartsAt0400(t *testing.T) {
	for r := rune(0); r < 0x400; r++ {
		if unicode.Is(unicode.Cyrillic, r) {
			t.Fatalf("%U is Cyrillic", r)
		}
	}
	if !hasCyrillic("abc д") || hasCyrillic("abc é ß") {
		t.Error("hasCyrillic misreads its text")
	}
}
