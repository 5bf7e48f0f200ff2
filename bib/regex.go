package bib

import (
	"regexp"
	"sync"
	"unicode/utf8"
)

// regex is a regular expression compiled on first use. Package bib has
// some two hundred patterns; compiling them all at start-up made every
// command — even "ibid list" and "ibid --version", which parse nothing —
// pay tens of milliseconds for them. Once compiled, a regex never changes.
// Every search first asks the pattern's prefilters where a match may
// begin: it reports no match when the text lacks a literal that every
// match contains, or when a pattern anchored at the start cannot begin
// with the text's first rune, and starts the search at the first literal
// every match begins with when the pattern has one (see prefilter.go).
type regex struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	pre  prefilter // literals one of which every match contains
	lead prefilter // literals one of which every match begins with
	// first holds the runes every match begins with, when hasFirst: the
	// pattern is anchored at the start of the text.
	first    []rune
	hasFirst bool
	// last holds the runes every match ends with, when hasLast: the
	// pattern is anchored at the end of the text.
	last    []rune
	hasLast bool
	// prefix holds literals one of which every match begins with, when
	// the pattern is anchored at the start and has them.
	prefix prefilter
	// alpha holds the runes a match may consume when the pattern is
	// anchored at the start: a search reads s up to alpha.cut(s).
	alpha *alphabet
}

// lazyRegexp returns a regex for expr. An invalid expr panics on first use,
// as regexp.MustCompile would at start-up; TestRegexpsCompile compiles
// every pattern of the package.
func lazyRegexp(expr string) *regex { return &regex{expr: expr} }

func (r *regex) get() *regexp.Regexp {
	r.once.Do(func() {
		r.re = regexp.MustCompile(r.expr)
		r.pre = newPrefilter(r.expr)
		r.lead = newLead(r.expr)
		r.first, r.hasFirst = newFirst(r.expr)
		r.last, r.hasLast = newLast(r.expr)
		r.alpha = newAlphabet(r.expr)
		r.prefix = newPrefixes(r.expr)
	})
	return r.re
}

// start returns where in s a match may begin at the earliest, and false
// when r cannot match s at all, compiling r if need be. A search of
// s[start:] finds what a search of s finds, shifted by start.
func (r *regex) start(s string) (int, bool) {
	r.get()
	if r.hasFirst {
		c, w := utf8.DecodeRuneInString(s)
		if w == 0 || !inRanges(c, r.first) {
			return 0, false
		}
	}
	if r.hasLast {
		c, w := utf8.DecodeLastRuneInString(s)
		if w == 0 || !inRanges(c, r.last) {
			return 0, false
		}
	}
	if r.prefix != nil && !r.prefix.hasPrefix(s) {
		return 0, false
	}
	if r.lead != nil {
		i := r.lead.index(s)
		return i, i >= 0
	}
	return 0, r.pre.admits(s)
}

// head returns the part of s[i:] that holds every match when the pattern
// is anchored at the start (i is then 0): a search of it finds what a
// search of s[i:] finds. Only the methods that return no text after the
// match search it.
func (r *regex) head(s string, i int) string {
	s = s[i:]
	if r.alpha != nil {
		s = s[:r.alpha.cut(s)]
	}
	return s
}

// shift adds i to the non-negative offsets of loc.
func shift(loc []int, i int) []int {
	for k, v := range loc {
		if v >= 0 {
			loc[k] = v + i
		}
	}
	return loc
}

func (r *regex) String() string { return r.expr }

func (r *regex) MatchString(s string) bool {
	i, ok := r.start(s)
	return ok && r.re.MatchString(r.head(s, i))
}

func (r *regex) FindString(s string) string {
	i, ok := r.start(s)
	if !ok {
		return ""
	}
	return r.re.FindString(r.head(s, i))
}

func (r *regex) FindStringIndex(s string) []int {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	return shift(r.re.FindStringIndex(r.head(s, i)), i)
}

func (r *regex) FindStringSubmatch(s string) []string {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	return r.re.FindStringSubmatch(r.head(s, i))
}

func (r *regex) FindStringSubmatchIndex(s string) []int {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	return shift(r.re.FindStringSubmatchIndex(r.head(s, i)), i)
}

func (r *regex) FindAllString(s string, n int) []string {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	return r.re.FindAllString(s[i:], n)
}

func (r *regex) FindAllStringIndex(s string, n int) [][]int {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	all := r.re.FindAllStringIndex(s[i:], n)
	for _, loc := range all {
		shift(loc, i)
	}
	return all
}

func (r *regex) FindAllStringSubmatch(s string, n int) [][]string {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	return r.re.FindAllStringSubmatch(s[i:], n)
}

func (r *regex) FindAllStringSubmatchIndex(s string, n int) [][]int {
	i, ok := r.start(s)
	if !ok {
		return nil
	}
	all := r.re.FindAllStringSubmatchIndex(s[i:], n)
	for _, loc := range all {
		shift(loc, i)
	}
	return all
}

// ReplaceAllString returns s itself when nothing can match, as the
// regexp would, and leaves the text before the first possible match as it
// is.
func (r *regex) ReplaceAllString(s, repl string) string {
	i, ok := r.start(s)
	if !ok {
		return s
	}
	return s[:i] + r.re.ReplaceAllString(s[i:], repl)
}

func (r *regex) ReplaceAllStringFunc(s string, f func(string) string) string {
	i, ok := r.start(s)
	if !ok {
		return s
	}
	return s[:i] + r.re.ReplaceAllStringFunc(s[i:], f)
}

// Split returns s whole when nothing can match, as the regexp would (and
// nil for n == 0).
func (r *regex) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if _, ok := r.start(s); !ok {
		return []string{s}
	}
	return r.re.Split(s, n)
}

func (r *regex) SubexpIndex(name string) int { return r.get().SubexpIndex(name) }
