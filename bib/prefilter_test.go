package bib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// packagePatterns returns every pattern the package gives lazyRegexp or
// gate, as TestRegexpsCompile finds them.
func packagePatterns(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		tb.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	consts := map[string]ast.Expr{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			tb.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if i < len(vs.Values) {
							consts[id.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
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

// compiledPattern is a package pattern with its prefilter.
type compiledPattern struct {
	re  *regexp.Regexp
	pre prefilter
}

func compilePatterns(tb testing.TB) []compiledPattern {
	var out []compiledPattern
	for _, expr := range packagePatterns(tb) {
		out = append(out, compiledPattern{regexp.MustCompile(expr), newPrefilter(expr)})
	}
	return out
}

// checkPrefilters fails when a prefilter turns away a text its pattern
// matches: skipping the search must never change a result.
func checkPrefilters(t *testing.T, pats []compiledPattern, s string) {
	t.Helper()
	for _, p := range pats {
		if !p.pre.admits(s) && p.re.MatchString(s) {
			t.Errorf("prefilter of %q turns away %q, which it matches", p.re, s)
		}
	}
}

// fragments returns s and the pieces the parser reads separately: the
// areas between GOST dashes and slashes, and the runs between full stops
// and commas.
func fragments(s string) []string {
	out := []string{s}
	for _, sep := range []string{" – ", "//", ". ", ", "} {
		if parts := strings.Split(s, sep); len(parts) > 1 {
			out = append(out, parts...)
		}
	}
	return out
}

// TestPrefiltersExact runs every package pattern over the corpus and its
// fragments, with and without its prefilter.
func TestPrefiltersExact(t *testing.T) {
	pats := compilePatterns(t)
	with := 0
	for _, p := range pats {
		if p.pre != nil {
			with++
		}
	}
	if with < len(pats)/3 {
		t.Errorf("only %d of %d patterns have a prefilter", with, len(pats))
	}
	for _, s := range corpusTexts(t) {
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
	})
}
