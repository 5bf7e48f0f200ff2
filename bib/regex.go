package bib

import (
	"regexp"
	"sync"
)

// regex is a regular expression compiled on first use. Package bib has
// some two hundred patterns; compiling them all at start-up made every
// command — even "ibid list" and "ibid --version", which parse nothing —
// pay tens of milliseconds for them. Once compiled, a regex never changes.
type regex struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexp returns a regex for expr. An invalid expr panics on first use,
// as regexp.MustCompile would at start-up; TestRegexpsCompile compiles
// every pattern of the package.
func lazyRegexp(expr string) *regex { return &regex{expr: expr} }

func (r *regex) get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

func (r *regex) String() string                         { return r.expr }
func (r *regex) MatchString(s string) bool              { return r.get().MatchString(s) }
func (r *regex) FindString(s string) string             { return r.get().FindString(s) }
func (r *regex) FindStringIndex(s string) []int         { return r.get().FindStringIndex(s) }
func (r *regex) FindStringSubmatch(s string) []string   { return r.get().FindStringSubmatch(s) }
func (r *regex) FindStringSubmatchIndex(s string) []int { return r.get().FindStringSubmatchIndex(s) }
func (r *regex) FindAllString(s string, n int) []string { return r.get().FindAllString(s, n) }
func (r *regex) FindAllStringIndex(s string, n int) [][]int {
	return r.get().FindAllStringIndex(s, n)
}
func (r *regex) FindAllStringSubmatch(s string, n int) [][]string {
	return r.get().FindAllStringSubmatch(s, n)
}
func (r *regex) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.get().FindAllStringSubmatchIndex(s, n)
}
func (r *regex) ReplaceAllString(s, repl string) string { return r.get().ReplaceAllString(s, repl) }
func (r *regex) ReplaceAllStringFunc(s string, f func(string) string) string {
	return r.get().ReplaceAllStringFunc(s, f)
}
func (r *regex) Split(s string, n int) []string { return r.get().Split(s, n) }
func (r *regex) SubexpIndex(name string) int    { return r.get().SubexpIndex(name) }
