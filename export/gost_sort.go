package export

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/ibid-project/ibid/bib"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// gostOrder is the order of the list: "cited" (the input order, the
// order of first citation) or "author": alphabetical by heading, or by
// title when there is none, Cyrillic entries before Latin ones and each
// group in its own collation (GOST R 7.0.100-2018 leaves the order to the
// list; Russian theses put the Cyrillic alphabet first, GOST 7.32-2017,
// 6.16 and its Appendix).
func gostOrder(items []bib.Item, how string) ([]int, error) {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	switch how {
	case "", "cited":
		return order, nil
	case "author":
	default:
		return nil, fmt.Errorf("unknown GOST sort %q: use cited or author", how)
	}
	// One collation per script group, so that keys compare within a
	// group. Cyrillic entries, Russian and Kazakh alike, take the Kazakh
	// alphabet (CLDR kk): it is the Russian alphabet with Ә after А, Ғ
	// after Г, Қ after К, Ң after Н, Ө after О, Ұ Ү after У, Һ after Х
	// and І after Ы, the order of the Kazakh Cyrillic alphabet; the
	// Russian letters keep their Russian order. Kazakh has Ё as a letter
	// of its own after Е, Russian sorts it as Е: sortKey folds it for
	// entries that are not Kazakh.
	colls := [3]*collate.Collator{
		collate.New(language.Kazakh, collate.IgnoreCase),
		collate.New(language.English, collate.IgnoreCase),
		collate.New(language.Und, collate.IgnoreCase),
	}
	// Collation keys are made once per entry: comparing them is a byte
	// comparison, where comparing strings would collate at every step.
	keys := make([][]byte, len(items))
	groups := make([]int, len(items))
	var buf collate.Buffer
	for i := range items {
		k := sortKey(&items[i])
		groups[i] = scriptGroup(k)
		keys[i] = append([]byte(nil), colls[groups[i]].KeyFromString(&buf, k)...)
		buf.Reset()
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if groups[i] != groups[j] {
			return groups[i] < groups[j]
		}
		return bytes.Compare(keys[i], keys[j]) < 0
	})
	return order, nil
}

// sortKey is what the entry is alphabetised by: the heading (surname and
// initials) or, without one, the title; then the title and the year. In
// an entry that is not Kazakh, Ё is written Е, as Russian sorts it.
func sortKey(it *bib.Item) string {
	var b strings.Builder
	if h := headingAuthors(it); len(h) > 0 {
		b.WriteString(familyName(h[0]) + " " + h[0].Given + " ")
	}
	b.WriteString(it.Title)
	if y := it.Issued.Year(); y > 0 {
		fmt.Fprintf(&b, " %04d", y)
	}
	k := b.String()
	if strings.ContainsAny(k, "Ёё") && entryLanguage(it.Language, it.Title) != "kk" {
		k = yoFolder.Replace(k)
	}
	return k
}

var yoFolder = strings.NewReplacer("Ё", "Е", "ё", "е")

// scriptGroup: 0 Cyrillic, 1 Latin, 2 anything else, by the first letter.
func scriptGroup(s string) int {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return 0
		case unicode.Is(unicode.Latin, r):
			return 1
		case unicode.IsLetter(r):
			return 2
		}
	}
	return 2
}
