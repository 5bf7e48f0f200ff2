package bib

import (
	"sort"
	"strings"
	"unicode"
)

// smallList is the size up to which a list's text is searched as a whole;
// a larger list is searched through an index of its words, so that a
// repair that looks for evidence in the list costs a look-up rather than a
// scan of every entry, which made a 20,000-entry list take minutes.
const smallList = 256 << 10

// listText is the text of one reference list, consulted by repairs for
// evidence: does the list print "слово" or "сло-во" elsewhere?
type listText struct {
	raw   string
	low   string   // raw lower-cased, for a small list; built on first use
	words []string // the lower-cased words of a large list, sorted; built on first use
	built bool
}

// newListText returns the list text of raw.
func newListText(raw string) *listText { return &listText{raw: raw} }

// hasLower reports whether the list prints sub, given lower-cased: as a
// substring in a small list, as the start of a word in a large one.
func (t *listText) hasLower(sub string) bool {
	if !t.built {
		t.build()
	}
	if t.words == nil {
		return strings.Contains(t.low, sub)
	}
	i := sort.SearchStrings(t.words, sub)
	return i < len(t.words) && strings.HasPrefix(t.words[i], sub)
}

func (t *listText) build() {
	t.built = true
	if len(t.raw) <= smallList {
		t.low = lower(t.raw)
		return
	}
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(lower(t.raw), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		seen[w] = true
	}
	t.words = make([]string, 0, len(seen))
	for w := range seen {
		t.words = append(t.words, w)
	}
	sort.Strings(t.words)
}
