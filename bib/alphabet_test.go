package bib

import (
	"regexp"
	"slices"
	"testing"
)

// TestAlphabetCut runs every anchored package pattern that has an
// alphabet over the corpus texts, their fragments, token soup and texts
// cut next to word characters, letters that fold and invalid bytes, with
// the text cut at the alphabet and whole: each search must find the same.
func TestAlphabetCut(t *testing.T) {
	var pats []compiledPattern
	for _, expr := range packagePatterns(t) {
		if newAlphabet(expr) != nil {
			pats = append(pats, compiledPattern{lazyRegexp(expr), regexp.MustCompile(expr)})
		}
	}
	if len(pats) < 50 {
		t.Errorf("only %d anchored patterns have an alphabet", len(pats))
	}
	texts := []string{"", "Smith, J.(2020)", "Smith J.A.2020", "K\u212Aelvin, A. ſ", "Иванов И.И.\xffЗаглавие", "Ab_c, D.:", "AB1 C."}
	for _, s := range corpusTexts(t) {
		texts = append(texts, fragments(s)...)
	}
	texts = append(texts, tokenSoup(nameTokens, 3000)...)
	texts = append(texts, tokenSoup(speedTokens, 3000)...)
	for _, s := range texts {
		for _, p := range pats {
			got, want := p.lazy.FindStringSubmatchIndex(s), p.re.FindStringSubmatchIndex(s)
			if !slices.Equal(got, want) {
				t.Fatalf("%q finds %v in %q cut at %d, %v whole", p.re, got, s, p.lazy.alpha.cut(s), want)
			}
			if got, want := p.lazy.MatchString(s), p.re.MatchString(s); got != want {
				t.Fatalf("%q matches %q cut: %v, whole: %v", p.re, s, got, want)
			}
		}
	}
}

// TestAlphabetCases checks which patterns get an alphabet and where the
// text is cut: before the first rune no match consumes, unless an ASCII
// word character, which \b reads.
func TestAlphabetCases(t *testing.T) {
	cases := []struct {
		expr, text string
		cut        int // -1: no alphabet
	}{
		{`^\p{Lu}\p{Ll}+,\s`, "Smith, J. (2020)", len("Smith, J")},
		{`^\p{Lu}\p{Ll}+\b`, "Smith2020 (x)", len("Smith2020")},
		{`(?i)^k`, "\u212A:", len("\u212A")},
		{`^[^,]+`, "Иванов, И.", len("Иванов")},
		{`^\p{Lu}`, "Ab\xffc", 2},
		{`^.+`, "abc", -1},
		{`\p{Lu}`, "abc", -1},
		{`^\p{Lu}+$`, "ABC", -1},
		{`(?m)^\p{Lu}`, "ABC", -1},
	}
	for _, c := range cases {
		a := newAlphabet(c.expr)
		got := -1
		if a != nil {
			got = a.cut(c.text)
		}
		if got != c.cut {
			t.Errorf("%q cuts %q at %d, want %d", c.expr, c.text, got, c.cut)
		}
	}
}
