package bib

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ListFix proposes a numbered reference list renumbered in order of first
// citation (GOST R 7.0.5-2008), with every in-text marker renumbered to
// match. It is a proposal: nothing is written by FixList.
type ListFix struct {
	// Order[k] is the old number of the entry that becomes number k+1.
	// Entries no marker cites keep their printed order after the cited ones.
	Order   []int
	Changes []MarkerChange // markers whose text changes, in text order
	List    []string       // the renumbered list, as lines
	Lines   []string       // the whole document with markers, list and parallel list rewritten
}

// MarkerChange is one marker rewritten by a ListFix.
type MarkerChange struct {
	Line, Col int // 1-based; Col counts characters
	Old, New  string
}

// Changed reports whether the fix changes anything.
func (f ListFix) Changed() bool {
	for k, old := range f.Order {
		if old != k+1 {
			return true
		}
	}
	return false
}

var (
	// fixLabelRe is the printed label of a list entry: "1.", "[1]", "1)".
	fixLabelRe = lazyRegexp(`^(\s*\[?)(\d+)`)
	// fixGroupRe is a work number at the start of a marker group:
	// after "[" or ";", never a page after "p.".
	fixGroupRe = lazyRegexp(`(\[|;\s*)(\d+)`)
)

// FixList renumbers the first list of doc in order of first citation by
// the numeric markers (as FindMarkers returns them for the body).
func FixList(doc Document, markers []Marker) ListFix {
	fix := ListFix{Lines: append([]string(nil), doc.Lines...)}
	if len(doc.Lists) == 0 || len(doc.Lists[0].Entries) == 0 {
		return fix
	}
	entries := doc.Lists[0].Entries
	n := len(entries)
	newNum := make(map[int]int, n) // old number → new number
	for _, m := range markers {
		if m.Kind != MarkerNumeric {
			continue
		}
		for _, x := range m.Nums {
			if _, ok := newNum[x]; !ok && x >= 1 && x <= n {
				newNum[x] = len(fix.Order) + 1
				fix.Order = append(fix.Order, x)
			}
		}
	}
	for x := 1; x <= n; x++ {
		if _, ok := newNum[x]; !ok {
			newNum[x] = len(fix.Order) + 1
			fix.Order = append(fix.Order, x)
		}
	}
	if !fix.Changed() {
		fix.List = fixListLines(doc, entries, fix.Order)
		return fix
	}
	// Markers, right to left within a line so that offsets stay valid.
	ms := append([]Marker(nil), markers...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Line != ms[j].Line {
			return ms[i].Line < ms[j].Line
		}
		return ms[i].Col > ms[j].Col
	})
	for _, m := range ms {
		if m.Kind != MarkerNumeric {
			continue
		}
		repl := fixMarker(m, newNum)
		if repl == m.Raw {
			continue
		}
		line := fix.Lines[m.Line-1]
		at := chkRuneOffset(line, m.Col)
		if !strings.HasPrefix(line[at:], m.Raw) {
			continue
		}
		fix.Lines[m.Line-1] = line[:at] + repl + line[at+len(m.Raw):]
		fix.Changes = append(fix.Changes, MarkerChange{Line: m.Line, Col: m.Col, Old: m.Raw, New: repl})
	}
	sort.SliceStable(fix.Changes, func(i, j int) bool {
		a, b := fix.Changes[i], fix.Changes[j]
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	fix.List = fixListLines(doc, entries, fix.Order)
	// The list, and a parallel list of the same length after it (the
	// transliterated "References"), are rewritten from the bottom up so
	// that line numbers above stay valid.
	for i := len(doc.Lists) - 1; i >= 0; i-- {
		es := doc.Lists[i].Entries
		if len(es) == 0 || i > 0 && (len(es) != n || es[0].Line <= fixEntryEnd(doc, entries, n-1)) {
			continue
		}
		first, last := es[0].Line-1, fixEntryEnd(doc, es, len(es)-1)
		out := append([]string(nil), fix.Lines[:first]...)
		out = append(out, fixListLines(doc, es, fix.Order)...)
		fix.Lines = append(out, fix.Lines[last:]...)
	}
	return fix
}

// fixMarker rewrites one numeric marker. A marker that cites works
// without pages is rebuilt with its numbers in ascending order, runs of
// three or more (or two, when the marker printed a range) as ranges; one
// with pages keeps its text and changes only
// the work numbers.
func fixMarker(m Marker, newNum map[int]int) string {
	withPages := false
	for _, p := range m.Pages {
		withPages = withPages || p != ""
	}
	if withPages {
		return fixGroupRe.ReplaceAllStringFunc(m.Raw, func(g string) string {
			sm := fixGroupRe.FindStringSubmatch(g)
			old, _ := strconv.Atoi(sm[2])
			if nw, ok := newNum[old]; ok {
				return sm[1] + strconv.Itoa(nw)
			}
			return g
		})
	}
	var nums []int
	for _, x := range m.Nums {
		if nw, ok := newNum[x]; ok {
			nums = append(nums, nw)
		} else {
			nums = append(nums, x) // past the end: left for the author to fix
		}
	}
	sort.Ints(nums)
	sep, dash := ", ", "–"
	if strings.Contains(m.Raw, ";") {
		sep = "; "
	}
	if i := strings.IndexAny(m.Raw, "-–—"); i >= 0 {
		r, _ := utf8.DecodeRuneInString(m.Raw[i:])
		dash = string(r)
	}
	var parts []string
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		switch {
		case j-i >= 2 || j > i && m.Range:
			parts = append(parts, strconv.Itoa(nums[i])+dash+strconv.Itoa(nums[j]))
		default:
			for k := i; k <= j; k++ {
				parts = append(parts, strconv.Itoa(nums[k]))
			}
		}
		i = j + 1
	}
	return "[" + strings.Join(parts, sep) + "]"
}

// fixEntryEnd is the index of the first line after entry i (its own lines,
// without the blank lines that follow it).
func fixEntryEnd(doc Document, entries []Entry, i int) int {
	e := entries[i]
	end := e.Line
	for _, l := range e.Lines {
		if l > end {
			end = l
		}
	}
	return end
}

// fixListLines prints the entries in the new order with new labels. Entries
// keep their own lines (a stray continuation included); they are separated
// by a blank line when the printed list separated them so.
func fixListLines(doc Document, entries []Entry, order []int) []string {
	spaced := len(entries) > 1 && entries[1].Line > fixEntryEnd(doc, entries, 0)+1
	var out []string
	for k, old := range order {
		e := entries[old-1]
		if k > 0 && spaced {
			out = append(out, "")
		}
		lines := append([]string(nil), doc.Lines[e.Line-1:fixEntryEnd(doc, entries, old-1)]...)
		num := strconv.Itoa(k + 1)
		lines[0] = fixLabelRe.ReplaceAllString(lines[0], "${1}"+num)
		out = append(out, lines...)
	}
	return out
}
