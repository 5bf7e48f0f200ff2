package bib

import (
	"regexp"
	"sync"
)

// regex is a regular expression compiled on first use. Package bib has
// some two hundred patterns; compiling them all at start-up made every
// command — even "ibid list" and "ibid --version", which parse nothing —
// pay tens of milliseconds for them. Once compiled, a regex never changes.
// Every search first asks the pattern's prefilter whether the text holds
// a literal that every match contains, and reports no match when it does
// not.
type regex struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	pre  prefilter
}

// lazyRegexp returns a regex for expr. An invalid expr panics on first use,
// as regexp.MustCompile would at start-up; TestRegexpsCompile compiles
// every pattern of the package.
func lazyRegexp(expr string) *regex { return &regex{expr: expr} }

func (r *regex) get() *regexp.Regexp {
	r.once.Do(func() {
		r.re = regexp.MustCompile(r.expr)
		r.pre = newPrefilter(r.expr)
	})
	return r.re
}

// may reports whether r can match s at all, compiling r if need be.
func (r *regex) may(s string) bool {
	r.get()
	return r.pre.admits(s)
}

func (r *regex) String() string { return r.expr }

func (r *regex) MatchString(s string) bool { return r.may(s) && r.re.MatchString(s) }

func (r *regex) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	return r.re.FindString(s)
}

func (r *regex) FindStringIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindStringIndex(s)
}

func (r *regex) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

func (r *regex) FindStringSubmatchIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindStringSubmatchIndex(s)
}

func (r *regex) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllString(s, n)
}

func (r *regex) FindAllStringIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringIndex(s, n)
}

func (r *regex) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringSubmatch(s, n)
}

func (r *regex) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString returns s itself when nothing can match, as the
// regexp would.
func (r *regex) ReplaceAllString(s, repl string) string {
	if !r.may(s) {
		return s
	}
	return r.re.ReplaceAllString(s, repl)
}

func (r *regex) ReplaceAllStringFunc(s string, f func(string) string) string {
	if !r.may(s) {
		return s
	}
	return r.re.ReplaceAllStringFunc(s, f)
}

// Split returns s whole when nothing can match, as the regexp would (and
// nil for n == 0).
func (r *regex) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if !r.may(s) {
		return []string{s}
	}
	return r.re.Split(s, n)
}

func (r *regex) SubexpIndex(name string) int { return r.get().SubexpIndex(name) }
