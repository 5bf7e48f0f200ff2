package bib

import (
	"go/ast"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// packagePatterns returns every pattern the package gives lazyRegexp or
// gate, as TestRegexpsCompile finds them.
func packagePatterns(tb testing.TB) []string {
	tb.Helper()
	_, parsed, consts := parsePackage(tb)
	var out []string
	for _, f := range parsed {
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "lazyRegexp" && id.Name != "gate" {
				return true
			}
			if expr, ok := constString(call.Args[0], consts); ok {
				out = append(out, expr)
			}
			return true
		})
	}
	if len(out) < 100 {
		tb.Fatalf("found %d patterns; the package declares well over a hundred", len(out))
	}
	return out
}

// compiledPattern is a package pattern compiled twice: as the package
// compiles it, with its prefilters, and as the regexp package alone does.
// compilePatterns leaves out the patterns with no prefilter, which search
// as the regexp package does.
type compiledPattern struct {
	lazy *regex
	re   *regexp.Regexp
}

func compilePatterns(tb testing.TB) []compiledPattern {
	var out []compiledPattern
	for _, expr := range packagePatterns(tb) {
		if _, first := newFirst(expr); first || hasLast(expr) || newPrefilter(expr) != nil || newLead(expr) != nil || newAlphabet(expr) != nil || newPrefixes(expr) != nil {
			out = append(out, compiledPattern{lazyRegexp(expr), regexp.MustCompile(expr)})
		}
	}
	return out
}

// hasLast reports whether expr has last runes (newLast).
func hasLast(expr string) bool {
	_, ok := newLast(expr)
	return ok
}

// checkPrefilters fails when a pattern finds anything else with its
// prefilters than without: skipping a search, or starting it later, must
// never change a result.
func checkPrefilters(t *testing.T, pats []compiledPattern, s string) {
	t.Helper()
	for _, p := range pats {
		got, want := p.lazy.FindAllStringSubmatchIndex(s, -1), p.re.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q finds %v in %q with its prefilters, %v without", p.re, got, s, want)
		}
		// The first match is searched for in the text cut at the alphabet.
		if got, want := p.lazy.FindStringSubmatchIndex(s), p.re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q finds %v first in %q with its prefilters, %v without", p.re, got, s, want)
		}
	}
}

// checkReplace compares ReplaceAllString, which keeps the text before the
// first possible match aside.
func checkReplace(t *testing.T, pats []compiledPattern, s string) {
	t.Helper()
	for _, p := range pats {
		if got, want := p.lazy.ReplaceAllString(s, "<$0>"), p.re.ReplaceAllString(s, "<$0>"); got != want {
			t.Errorf("%q replaces %q as %q with its prefilters, %q without", p.re, s, got, want)
		}
	}
}

// fragments returns s and the pieces between its full stops, the size of
// the areas and fields the parser searches separately.
func fragments(s string) []string {
	if parts := strings.Split(s, ". "); len(parts) > 1 {
		return append(parts, s)
	}
	return []string{s}
}

// TestPrefiltersExact runs every package pattern over the corpus and its
// fragments, with and without its prefilter.
func TestPrefiltersExact(t *testing.T) {
	all := packagePatterns(t)
	pre, lead, first, last := 0, 0, 0, 0
	for _, expr := range all {
		if _, ok := newFirst(expr); ok {
			first++
		}
		if hasLast(expr) {
			last++
		}
		if newPrefilter(expr) != nil {
			pre++
		}
		if newLead(expr) != nil {
			lead++
		}
	}
	if pre < len(all)/3 || lead < len(all)/10 || first < len(all)/5 || last < len(all)/20 {
		t.Errorf("of %d patterns, only %d have a prefilter, %d a lead, %d first runes and %d last runes", len(all), pre, lead, first, last)
	}
	pats := compilePatterns(t)
	for _, s := range corpusTexts(t) {
		checkReplace(t, pats, s)
		for _, f := range fragments(s) {
			checkPrefilters(t, pats, f)
		}
	}
}

// TestPrefilterCases checks the analysis on patterns of each kind: what it
// must admit (every text a pattern matches, whatever its case under (?i),
// including U+212A KELVIN SIGN and U+017F LONG S) and what it may turn away.
func TestPrefilterCases(t *testing.T) {
	cases := []struct {
		expr            string
		admit, turnAway []string
	}{
		{`конф\.|конференц`, []string{"Материалы конференции", "конф. 2"}, []string{"Конф. 2", "конгресс"}},
		{`(?i)конф\.|конференц`, []string{"КОНФЕРЕНЦИЯ", "Конф. 2"}, []string{"конгресс"}},
		{`(?i)kelvin|sun`, []string{"\u212Aelvin", "\u017Fun", "SUN", "KeLvIn"}, []string{"kelvi"}},
		{`[Vv]ol\.\s*\d`, []string{"Vol. 3", "vol.3"}, []string{"VOL. 3", "Volume 3"}},
		{`(?:^|\s)Ф\.\s*\d+`, []string{"Ф. 1"}, []string{"ф. 1", "Фонд 1"}},
		{`(?:вып|т)\.?\s*(\d+)`, []string{"т 5", "вып. 2"}, []string{"Т. 5"}},
		{`\d+\s*с\.`, []string{"250 с."}, []string{"250 С."}},
		{`(?:ab)+c?`, []string{"xaby"}, []string{"ba"}},
		{`a*`, []string{"", "b"}, nil},
		{`(?:a|b*)c`, []string{"c"}, nil},
		{`x|\d`, []string{"7", "x"}, nil},
		{`\bconf`, []string{"conf"}, []string{"con"}},
	}
	for _, c := range cases {
		re, pre := regexp.MustCompile(c.expr), newPrefilter(c.expr)
		for _, s := range c.admit {
			if !pre.admits(s) {
				t.Errorf("prefilter of %q turns away %q", c.expr, s)
			}
			if !re.MatchString(s) {
				t.Errorf("case %q: %q should match", c.expr, s)
			}
		}
		for _, s := range c.turnAway {
			if pre.admits(s) {
				t.Errorf("prefilter of %q admits %q, which holds none of its literals", c.expr, s)
			}
		}
	}
}

// FuzzPrefilters compares every package pattern with and without its
// prefilter on any text.
func FuzzPrefilters(f *testing.F) {
	for _, s := range []string{
		"Иванов, И. И. Заглавие : сведения / И. И. Иванов. – Москва : Наука, 2010. – 250 с.",
		"Smith J. Title // Journal. 2019. Vol. 3, № 2. P. 10–20. URL: https://x.org (дата обращения: 01.02.2020).",
		"ГОСТ Р 7.0.100–2018. Библиографическая запись. – Текст : электронный",
		"\u212Aelvin \u017Fun İ \xff",
	} {
		f.Add(s)
	}
	pats := compilePatterns(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkPrefilters(t, pats, s)
		checkReplace(t, pats, s)
	})
}

// TestLeadCases checks where searches start: at the first literal every
// match begins with, found under (?i) in any case; nowhere for a pattern
// that looks behind a position or may begin with anything.
func TestLeadCases(t *testing.T) {
	cases := []struct {
		expr, s string
		at      int // -1: the text holds no lead; -2: the pattern has none
	}{
		{`(?i)конф\.|конференц`, "Материалы КОНФЕРЕНЦИИ", len("Материалы ")},
		{`(?i)(?:конф\.|симпозиум)\s*\d`, "x Симпозиум, конф. 2", len("x ")},
		{`(?i)kelvin`, "a \u212Aelvin", 2},
		{`(?:вып|т)\.?\s*(\d+)`, "Ч. 1, вып. 2", len("Ч. 1, ")},
		{`(?:вып|т)\.?\s*(\d+)`, "Ч. 1", -1},
		{`\bconf`, "conf", -2},
		{`^conf`, "conf", -2},
		{`a?conf`, "xaconf", 1},
		{`\d+conf`, "1conf", -2},
		{`\d+\s*с\.`, "250 с.", -2},
		{`(?:подробнее\s+)?(?:см|див)[.,]`, "x подробнее см.", len("x ")},
		{`(?:подробнее\s+)?(?:см|див)[.,]`, "x див,", len("x ")},
		{`(?:ab\s+)*cd`, "x cd", 2},
		{`(?:\d+\s+)?conf`, "12 conf", -2},
	}
	for _, c := range cases {
		lead := newLead(c.expr)
		if c.at == -2 {
			if lead != nil {
				t.Errorf("%q has a lead; want none", c.expr)
			}
			continue
		}
		if lead == nil {
			t.Errorf("%q has no lead", c.expr)
			continue
		}
		if got := lead.index(c.s); got != c.at {
			t.Errorf("%q: search of %q starts at %d, want %d", c.expr, c.s, got, c.at)
		}
	}
}

// TestFirstCases checks the first runes of anchored patterns: a text
// beginning with any other rune is turned away.
func TestFirstCases(t *testing.T) {
	cases := []struct {
		expr            string
		admit, turnAway []string
	}{
		{`^(?:vol|№|\d)`, []string{"vol", "№", "7"}, []string{"Vol", " 7", ""}},
		{`(?i)^kelvin`, []string{"\u212Aelvin", "Kx"}, []string{"elvin"}},
		{`^\s*\(?(\d{4})`, []string{" (2020", "2020", "\t("}, []string{"x2020"}},
		{`^(?:\p{Lu}|de\s)`, []string{"Ж", "d"}, []string{"ж"}},
		{`^\b(?:a|b)+`, []string{"ab"}, []string{"c"}},
	}
	for _, c := range cases {
		ranges, ok := newFirst(c.expr)
		if !ok {
			t.Errorf("%q: no first runes", c.expr)
			continue
		}
		for _, s := range c.admit {
			if r, w := utf8.DecodeRuneInString(s); w == 0 || !inRanges(r, ranges) {
				t.Errorf("%q: turns away %q", c.expr, s)
			}
		}
		for _, s := range c.turnAway {
			if r, w := utf8.DecodeRuneInString(s); w > 0 && inRanges(r, ranges) {
				t.Errorf("%q: admits %q", c.expr, s)
			}
		}
	}
	for _, expr := range []string{`x`, `^a*`, `^.b`, `^(?:a|)`} {
		if _, ok := newFirst(expr); ok {
			t.Errorf("%q has first runes; want none", expr)
		}
	}
}

// TestLastCases checks the last runes of patterns anchored at the end: a
// text ending with any other rune is turned away.
func TestLastCases(t *testing.T) {
	cases := []struct {
		expr            string
		admit, turnAway []string
	}{
		{`(?:p|№|\d)\.?$`, []string{"p", "№", "7"}, []string{"P", "7 ", ""}},
		{`(?i)kelvin$`, []string{"N", "xn"}, []string{"kelvi"}},
		{`\((\d{4})\)\s*$`, []string{")", " ", "\t"}, []string{"x", "2020"}},
		{`(?:a$|b\s*$)`, []string{"a", "b", " "}, []string{"c"}},
		{`x\b$`, []string{"x"}, []string{"y"}},
		{`[^,]$`, []string{"\xff", "a"}, []string{","}},
	}
	for _, c := range cases {
		ranges, ok := newLast(c.expr)
		if !ok {
			t.Errorf("%q: no last runes", c.expr)
			continue
		}
		for _, s := range c.admit {
			if r, w := utf8.DecodeLastRuneInString(s); w == 0 || !inRanges(r, ranges) {
				t.Errorf("%q: turns away %q", c.expr, s)
			}
		}
		for _, s := range c.turnAway {
			if r, w := utf8.DecodeLastRuneInString(s); w > 0 && inRanges(r, ranges) {
				t.Errorf("%q: admits %q", c.expr, s)
			}
		}
	}
	for _, expr := range []string{`x`, `a*$`, `.$`, `(?:a|)$`, `(?m)a$`, `(?:a$|b)`, `(?:a$)+`} {
		if _, ok := newLast(expr); ok {
			t.Errorf("%q has last runes; want none", expr)
		}
	}
}
