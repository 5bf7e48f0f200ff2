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
	raw     string
	low     string   // raw lower-cased, for a small list; built on first use
	words   []string // the lower-cased words of a large list, sorted; built on first use
	built   bool
	scanned int // bytes searched in low so far
}

// scanBudget is how many bytes the searches of a small list may read
// before its words are indexed as a large list's are: an entry with
// thousands of wrap hyphens must not be scanned once for each.
const scanBudget = 64 << 20

// newListText returns the list text of raw.
func newListText(raw string) *listText { return &listText{raw: raw} }

// hasLower reports whether the list prints sub, given lower-cased: as a
// substring in a small list, as the start of a word in a large one or in a
// small one whose scan budget is spent.
func (t *listText) hasLower(sub string) bool {
	if !t.built {
		t.build()
	}
	if t.words == nil && t.scanned < scanBudget {
		t.scanned += len(t.low)
		return strings.Contains(t.low, sub)
	}
	if t.words == nil {
		t.index(t.low)
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
	t.index(lower(t.raw))
}

// index fills words with the words of low.
func (t *listText) index(low string) {
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool {
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
