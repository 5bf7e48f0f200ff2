package bib

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A prefilter is an exact pre-check derived from a pattern's syntax tree:
// a set of literals one of which every match of the pattern contains. A
// text containing none cannot match, and the search — the parser's most
// expensive step, repeated over some two hundred patterns per entry — is
// skipped. A nil prefilter admits every text.
type prefilter []needle

// needle is one required literal, found by one of its runes (the anchor,
// the one least likely to occur) and compared around it: a literal with no
// case-folded rune has one form, found as a string; a folding anchor has
// a form for each rune of its orbit, and the runes around it are compared
// under Unicode simple folding, as (?i) matches.
type needle struct {
	runes  lit      // the literal
	orbits [][]rune // for each rune of the literal, the runes it matches
	anchor int      // index in runes of the anchor
	forms  []string // the anchor's UTF-8 forms (the whole literal when plain)
	rare   []int    // for each form, the index of its rarest byte
	plain  bool     // whether no rune folds
}

// litRune is one rune of a literal; fold marks a rune that matches any
// rune of its simple-folding orbit (k, K and U+212A KELVIN SIGN).
type litRune struct {
	r    rune
	fold bool
}

// lit is a literal string, rune by rune.
type lit []litRune

// Limits keep the analysis and the pre-check cheap: a node's exact strings
// are kept while there are few, and a required set must stay small.
const (
	maxExact    = 16 // strings a node's exact set may hold
	maxRequired = 64 // literals a required set may hold
	maxClass    = 8  // runes a character class may hold to count as exact
)

// newPrefilter derives the prefilter of expr. An expr that does not parse
// (regexp.MustCompile reports it) or has no required literal gets none,
// and so does one anchored at the start of the text: the regexp tries it
// at one position only, which costs less than looking for a literal.
func newPrefilter(expr string) prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if prog, err := syntax.Compile(re); err != nil || prog.StartCond()&syntax.EmptyBeginText != 0 {
		return nil
	}
	set := best(analyze(re))
	if set == nil {
		return nil
	}
	var p prefilter
	for i, l := range set {
		if !coveredBy(l, set, i) {
			p = append(p, l.needle())
		}
	}
	return p
}

// newLead derives the literals one of which every match of expr begins
// with, as a prefilter whose first occurrence in a text is where the
// search may start: nothing before it can begin a match. A pattern that
// looks at the text before a position (^, \b, \B) gets none, for the
// text it would see there changes when the search starts later.
func newLead(expr string) prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if looksBehind(re) {
		return nil
	}
	return needlesOf(leadOf(re))
}

// needlesOf is the prefilter that looks for each literal of set; nil for
// a nil set (no literal every match holds).
func needlesOf(set []lit) prefilter {
	if set == nil {
		return nil
	}
	p := make(prefilter, len(set))
	for i, l := range set {
		p[i] = l.needle()
	}
	return p
}

// looksBehind reports whether re holds an assertion about the text before
// a position.
func looksBehind(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if looksBehind(sub) {
			return true
		}
	}
	return false
}

// leadOf returns literals one of which every match of re begins with, or
// nil when it knows none.
func leadOf(re *syntax.Regexp) []lit {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		if info := analyze(re); info.exactKnown && score(info.exact) > 0 {
			return info.exact
		}
	case syntax.OpCapture, syntax.OpPlus:
		return leadOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return leadOf(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatLead(re.Sub)
	case syntax.OpAlternate:
		var out []lit
		for _, sub := range re.Sub {
			l := leadOf(sub)
			if l == nil || len(out)+len(l) > maxRequired {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

// optionalLead returns the lead of a concatenation from its first child:
// that child's lead, or, when the child may be skipped ("(?:подробнее\s+)?
// (?:см|див)"), its lead and the lead of the rest together.
func optionalLead(subs []*syntax.Regexp) []lit {
	first := subs[0]
	if !(first.Op == syntax.OpQuest || first.Op == syntax.OpStar || first.Op == syntax.OpRepeat && first.Min == 0) || len(subs) == 1 {
		return leadOf(first)
	}
	a, b := leadOf(first.Sub[0]), concatLead(subs[1:])
	if a == nil || b == nil || len(a)+len(b) > maxRequired {
		return nil
	}
	return append(slices.Clone(a), b...)
}

// concatLead returns the lead of a concatenation: the exact strings of its
// first children joined while they are few, or the lead of its first child
// (optionalLead).
func concatLead(subs []*syntax.Regexp) []lit {
	run := []lit{nil}
	for i, sub := range subs {
		si := analyze(sub)
		if si.exactKnown && len(run)*len(si.exact) <= maxExact {
			run = cross(run, si.exact)
			continue
		}
		if i == 0 {
			return optionalLead(subs)
		}
		break
	}
	if score(run) > 0 {
		return run
	}
	return nil
}

// index returns where the first literal of p found in s begins, or -1.
func (p prefilter) index(s string) int {
	first := -1
	for _, n := range p {
		if i := n.index(s); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// coveredBy reports whether the literal at i of set needs no search of its
// own: another literal of set occurs in it (or, identical, comes before
// it), so a text holding it holds that one too.
func coveredBy(l lit, set []lit, i int) bool {
	for j, o := range set {
		if j != i && len(o) <= len(l) && (len(o) < len(l) || j < i) && litIndex(l, o) {
			return true
		}
	}
	return false
}

// litIndex reports whether sub occurs in l, rune for rune.
func litIndex(l, sub lit) bool {
	for i := 0; i+len(sub) <= len(l); i++ {
		if slices.Equal(l[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// admits reports whether s contains one of the required literals, that is
// whether the pattern may match s at all.
func (p prefilter) admits(s string) bool {
	if p == nil {
		return true
	}
	for _, n := range p {
		if n.in(s) {
			return true
		}
	}
	return false
}

// needle turns l into its search form, anchored on the rune whose forms
// are rarest.
func (l lit) needle() needle {
	n := needle{runes: l, plain: true}
	for _, c := range l {
		n.plain = n.plain && !c.fold
	}
	if n.plain {
		var b strings.Builder
		for _, c := range l {
			b.WriteRune(c.r)
		}
		n.forms = []string{b.String()}
		n.rare = []int{rareByte(n.forms[0])}
		return n
	}
	bestRank := -1
	for i, c := range l {
		n.orbits = append(n.orbits, c.orbit())
		var forms []string
		var rare []int
		rank := 0
		for _, r := range n.orbits[i] {
			f := string(r)
			k := rareByte(f)
			forms, rare, rank = append(forms, f), append(rare, k), rank+byteRank(f[k])
		}
		if bestRank < 0 || rank < bestRank {
			n.anchor, n.forms, n.rare, bestRank = i, forms, rare, rank
		}
	}
	return n
}

// in reports whether s contains n.
func (n needle) in(s string) bool {
	for i, f := range n.forms {
		if n.plain {
			if indexAt(s, f, n.rare[i]) >= 0 {
				return true
			}
			continue
		}
		if n.foldIndex(s, i) >= 0 {
			return true
		}
	}
	return false
}

// index returns where n first begins in s, or -1.
func (n needle) index(s string) int {
	first := -1
	for i, f := range n.forms {
		if n.plain {
			if j := indexAt(s, f, n.rare[i]); j >= 0 && (first < 0 || j < first) {
				first = j
			}
			continue
		}
		if j := n.foldIndex(s, i); j >= 0 && (first < 0 || j < first) {
			first = j
		}
	}
	return first
}

// foldIndex returns where n first begins in s with its anchor in form i
// (the first anchor that completes a match begins the first match, for
// the runes before it decode alike), or -1.
func (n needle) foldIndex(s string, i int) int {
	f := n.forms[i]
	for from := 0; from < len(s); {
		j := indexAt(s[from:], f, n.rare[i])
		if j < 0 {
			return -1
		}
		at := from + j
		if start, ok := foldSuffixStart(s[:at], n.orbits[:n.anchor]); ok && foldHasPrefix(s[at+len(f):], n.orbits[n.anchor+1:]) {
			return start
		}
		from = at + 1
	}
	return -1
}

// foldSuffixStart reports whether s ends with a rune of each orbit in
// turn, and where that ending begins. Decoding backwards finds a rune only
// where decoding forwards, as regexp does, finds it too.
func foldSuffixStart(s string, orbits [][]rune) (int, bool) {
	for i := len(orbits) - 1; i >= 0; i-- {
		r, w := utf8.DecodeLastRuneInString(s)
		if w == 0 || !slices.Contains(orbits[i], r) {
			return 0, false
		}
		s = s[:len(s)-w]
	}
	return len(s), true
}

// foldHasPrefix reports whether s begins with a rune of each orbit in turn.
func foldHasPrefix(s string, orbits [][]rune) bool {
	for _, o := range orbits {
		r, w := utf8.DecodeRuneInString(s)
		if w == 0 || !slices.Contains(o, r) {
			return false
		}
		s = s[w:]
	}
	return true
}

// orbit returns the runes c matches.
func (c litRune) orbit() []rune {
	out := []rune{c.r}
	if c.fold {
		for f := unicode.SimpleFold(c.r); f != c.r; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
	}
	return out
}

// litInfo is what analyze knows of a node: exact lists every string the
// node matches (when exactKnown), and required is a set of literals one
// of which every match contains (nil when there is none).
type litInfo struct {
	exactKnown bool
	exact      []lit
	required   []lit
}

// emptyInfo describes a node that matches only the empty string.
var emptyInfo = litInfo{exactKnown: true, exact: []lit{nil}}

// analyze derives the literal facts of a simplified syntax tree.
func analyze(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpLiteral:
		return litInfo{exactKnown: true, exact: []lit{literalOf(re)}}
	case syntax.OpCharClass:
		return classInfo(re.Rune)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyInfo
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	case syntax.OpQuest:
		sub := analyze(re.Sub[0])
		if sub.exactKnown && len(sub.exact) < maxExact {
			return litInfo{exactKnown: true, exact: append([]lit{nil}, sub.exact...)}
		}
	case syntax.OpPlus:
		return litInfo{required: best(analyze(re.Sub[0]))}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return litInfo{required: best(analyze(re.Sub[0]))}
		}
	}
	return litInfo{}
}

// literalOf returns the runes of a literal node; under (?i) a rune with
// other cases folds.
func literalOf(re *syntax.Regexp) lit {
	fold := re.Flags&syntax.FoldCase != 0
	l := make(lit, len(re.Rune))
	for i, r := range re.Rune {
		l[i] = litRune{r: r, fold: fold && unicode.SimpleFold(r) != r}
	}
	return l
}

// classInfo lists the runes of a small character class as its exact
// strings; a larger class tells nothing.
func classInfo(ranges []rune) litInfo {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxClass {
			return litInfo{}
		}
	}
	var exact []lit
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			exact = append(exact, lit{{r: r}})
		}
	}
	return litInfo{exactKnown: true, exact: exact}
}

// concatInfo joins runs of exact children into longer literals (their
// cross product) and keeps the best required set among the runs and the
// other children.
func concatInfo(subs []*syntax.Regexp) litInfo {
	run := []lit{nil}
	exact := true
	var cands [][]lit
	for _, sub := range subs {
		si := analyze(sub)
		if si.exactKnown && len(run)*len(si.exact) <= maxExact {
			run = cross(run, si.exact)
			continue
		}
		cands = append(cands, run)
		if lead := leadOf(sub); lead != nil && len(run)*len(lead) <= maxRequired {
			cands = append(cands, cross(run, lead)) // the run, then what sub begins with
		}
		exact = false
		run = []lit{nil}
		if si.exactKnown {
			run = si.exact
		} else {
			cands = append(cands, si.required)
		}
	}
	cands = append(cands, run)
	if exact {
		return litInfo{exactKnown: true, exact: run}
	}
	var req []lit
	for _, c := range cands {
		if score(c) > score(req) {
			req = c
		}
	}
	return litInfo{required: req}
}

// cross returns every a followed by every b.
func cross(as, bs []lit) []lit {
	out := make([]lit, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, append(append(lit(nil), a...), b...))
		}
	}
	return out
}

// alternateInfo unions the branches: their exact strings while few, and
// their required sets when every branch has one.
func alternateInfo(subs []*syntax.Regexp) litInfo {
	info := litInfo{exactKnown: true}
	requiredKnown := true
	for _, sub := range subs {
		si := analyze(sub)
		if info.exactKnown && si.exactKnown && len(info.exact)+len(si.exact) <= maxExact {
			info.exact = append(info.exact, si.exact...)
		} else {
			info.exactKnown, info.exact = false, nil
		}
		b := best(si)
		requiredKnown = requiredKnown && b != nil && len(info.required)+len(b) <= maxRequired
		if requiredKnown {
			info.required = append(info.required, b...)
		}
	}
	if !requiredKnown {
		info.required = nil
	}
	return info
}

// best returns the better of a node's exact strings and its required set
// as a set one of which every match contains, or nil.
func best(info litInfo) []lit {
	var exact []lit
	if info.exactKnown && len(info.exact) <= maxRequired {
		exact = info.exact
	}
	if score(exact) > score(info.required) {
		return exact
	}
	if score(info.required) > 0 {
		return info.required
	}
	return nil
}

// score rates a required set: its commonest literal counts most, then
// its size; a set with the empty string, or no set, rates zero.
func score(set []lit) int {
	least := -1
	for _, l := range set {
		r := rarity(l)
		if r == 0 {
			return 0
		}
		if least < 0 || r < least {
			least = r
		}
	}
	if least < 0 {
		return 0
	}
	return least*16 - len(set)
}

// rarity rates how seldom a text holds l: the sum over its bytes of how
// rare each is (byteRank), so that a longer literal and one of rarer bytes
// rate higher. The empty literal rates zero, and so does one holding
// U+FFFD, which an invalid byte reads as and a byte search cannot find.
func rarity(l lit) int {
	sum := 0
	for _, c := range l {
		if c.r == utf8.RuneError {
			return 0
		}
		for _, b := range []byte(string(c.r)) {
			sum += 101 - byteRank(b)
		}
	}
	return sum
}

// firstInfo is what patternFirst knows of the runes a node's matches begin
// with: ranges (sorted lo, hi pairs, as a character class holds them),
// any when it may be nearly any rune, and nullable when the node matches
// the empty string.
type firstInfo struct {
	ranges   []rune
	any      bool
	nullable bool
}

// newFirst derives the runes every match of an expr anchored at the start
// of the text begins with. The regexp tries such a pattern at one place,
// but even a search that fails on the first rune costs its set-up; a look
// at the first rune costs less. It returns ok false when expr is not so
// anchored, may match the empty string, or may begin with nearly anything.
func newFirst(expr string) (ranges []rune, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	if prog, err := syntax.Compile(re); err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return nil, false
	}
	f := patternEdge(re, false)
	if f.any || f.nullable {
		return nil, false
	}
	return mergeRanges(f.ranges), true
}

// patternEdge derives the first runes of a simplified syntax tree, or its
// last runes when fromEnd is set.
func patternEdge(re *syntax.Regexp, fromEnd bool) firstInfo {
	switch re.Op {
	case syntax.OpLiteral:
		l := literalOf(re)
		edge := l[0]
		if fromEnd {
			edge = l[len(l)-1]
		}
		var out []rune
		for _, r := range edge.orbit() {
			out = append(out, r, r)
		}
		return firstInfo{ranges: out}
	case syntax.OpCharClass:
		return firstInfo{ranges: slices.Clone(re.Rune)}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return firstInfo{nullable: true}
	case syntax.OpNoMatch:
		return firstInfo{}
	case syntax.OpCapture, syntax.OpPlus:
		return patternEdge(re.Sub[0], fromEnd)
	case syntax.OpStar, syntax.OpQuest:
		f := patternEdge(re.Sub[0], fromEnd)
		f.nullable = true
		return f
	case syntax.OpRepeat:
		f := patternEdge(re.Sub[0], fromEnd)
		f.nullable = f.nullable || re.Min == 0
		return f
	case syntax.OpConcat:
		acc := firstInfo{nullable: true}
		for k := range re.Sub {
			if !acc.nullable {
				break
			}
			sub := re.Sub[k]
			if fromEnd {
				sub = re.Sub[len(re.Sub)-1-k]
			}
			f := patternEdge(sub, fromEnd)
			acc = firstInfo{ranges: append(acc.ranges, f.ranges...), any: acc.any || f.any, nullable: f.nullable}
		}
		return acc
	case syntax.OpAlternate:
		var acc firstInfo
		for _, sub := range re.Sub {
			f := patternEdge(sub, fromEnd)
			acc = firstInfo{ranges: append(acc.ranges, f.ranges...), any: acc.any || f.any, nullable: acc.nullable || f.nullable}
		}
		return acc
	}
	return firstInfo{any: true}
}

// newLast derives the runes every match of an expr anchored at the end of
// the text (by a final $) ends with: its last rune is the text's. Such a
// pattern, unanchored at the start, is tried from every position of the
// text before it fails, most often on a text that ends otherwise; a look
// at the last rune costs less. It returns ok false when expr is not so
// anchored, may match the empty string, or may end with nearly anything.
func newLast(expr string) (ranges []rune, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	if !endsAtEnd(re) {
		return nil, false
	}
	f := patternEdge(re, true)
	if f.any || f.nullable {
		return nil, false
	}
	return mergeRanges(f.ranges), true
}

// endsAtEnd reports whether every match of re ends at the end of the
// text: re is $ (without (?m)) or ends with it in every alternative.
func endsAtEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return endsAtEnd(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && endsAtEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !endsAtEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// mergeRanges sorts lo, hi pairs and joins those that overlap or touch.
func mergeRanges(rs []rune) []rune {
	type span struct{ lo, hi rune }
	spans := make([]span, 0, len(rs)/2)
	for i := 0; i+1 < len(rs); i += 2 {
		spans = append(spans, span{rs[i], rs[i+1]})
	}
	slices.SortFunc(spans, func(a, b span) int { return int(a.lo - b.lo) })
	out := []rune{}
	for _, s := range spans {
		if n := len(out); n > 0 && s.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], s.hi)
			continue
		}
		out = append(out, s.lo, s.hi)
	}
	return out
}

// inRanges reports whether r falls in one of the sorted lo, hi pairs.
func inRanges(r rune, ranges []rune) bool {
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < ranges[2*m]:
			hi = m
		case r > ranges[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// newPrefixes derives, for a pattern anchored at the start of the text,
// the literals one of which every match begins with, as a prefilter a
// text must begin with (hasPrefix); nil when expr is not anchored or has
// none. The first runes of a pattern (newFirst) let through every entry
// whose first letter opens one of its words; "(?i)^(?:см|див|cf|…)" then
// ran the backtracker on most entries that begin with С or Д.
func newPrefixes(expr string) prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if prog, err := syntax.Compile(re); err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return nil
	}
	return needlesOf(leadOf(dropBegin(re)))
}

// dropBegin returns re without the ^ or \A that opens it (in each branch
// of an alternation, inside a capture): leadOf reads the literals of a
// concatenation's first children, and the assertion would be the first.
// An assertion it leaves is read as matching the empty string, which it
// does where it holds, so the literals it finds still begin every match.
func dropBegin(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpConcat:
		if len(re.Sub) > 1 && re.Sub[0].Op == syntax.OpBeginText {
			if len(re.Sub) == 2 {
				return re.Sub[1]
			}
			c := *re
			c.Sub = re.Sub[1:]
			return &c
		}
	case syntax.OpCapture:
		c := *re
		c.Sub = []*syntax.Regexp{dropBegin(re.Sub[0])}
		return &c
	case syntax.OpAlternate:
		c := *re
		c.Sub = make([]*syntax.Regexp, len(re.Sub))
		for i, sub := range re.Sub {
			c.Sub[i] = dropBegin(sub)
		}
		return &c
	}
	return re
}

// hasPrefix reports whether s begins with one of the literals of p, under
// simple folding where they fold.
func (p prefilter) hasPrefix(s string) bool {
	for _, n := range p {
		if n.plain && strings.HasPrefix(s, n.forms[0]) || !n.plain && foldHasPrefix(s, n.orbits) {
			return true
		}
	}
	return false
}
