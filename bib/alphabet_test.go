package bib

import (
	"regexp"
	"slices"
	"testing"
)

// TestAnchoredExact runs every anchored package pattern that has an
// alphabet or literal prefixes over the corpus texts, their fragments,
// token soup and texts cut next to word characters, letters that fold and
// invalid bytes, with its prefilters and as the regexp package alone
// does: each search must find the same.
func TestAnchoredExact(t *testing.T) {
	var pats []compiledPattern
	alpha, prefix := 0, 0
	for _, expr := range packagePatterns(t) {
		a, p := newAlphabet(expr) != nil, newPrefixes(expr) != nil
		if a {
			alpha++
		}
		if p {
			prefix++
		}
		if a || p {
			pats = append(pats, compiledPattern{lazyRegexp(expr), regexp.MustCompile(expr)})
		}
	}
	if alpha < 50 || prefix < 20 {
		t.Errorf("only %d anchored patterns have an alphabet, %d literal prefixes", alpha, prefix)
	}
	texts := []string{"", "См.: Иванов", "СМ. Иванов", "Cf. Smith", "CF Smith", "see also: x", "ſee: x", "Smith, J.(2020)", "Smith J.A.2020", "K\u212Aelvin, A. ſ", "Иванов И.И.\xffЗаглавие", "Ab_c, D.:", "AB1 C."}
	for _, s := range corpusTexts(t) {
		texts = append(texts, fragments(s)...)
	}
	texts = append(texts, tokenSoup(nameTokens, 3000)...)
	texts = append(texts, tokenSoup(speedTokens, 3000)...)
	for _, s := range texts {
		for _, p := range pats {
			got, want := p.lazy.FindStringSubmatchIndex(s), p.re.FindStringSubmatchIndex(s)
			if !slices.Equal(got, want) {
				t.Fatalf("%q finds %v in %q with its prefilters, %v without", p.re, got, s, want)
			}
			if got, want := p.lazy.MatchString(s), p.re.MatchString(s); got != want {
				t.Fatalf("%q matches %q with its prefilters: %v, without: %v", p.re, s, got, want)
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

// TestPrefixCases checks the literal prefixes of anchored patterns: a
// text that begins with none, in any case under (?i), cannot match.
func TestPrefixCases(t *testing.T) {
	cases := []struct {
		expr string
		yes  []string // texts the prefixes let through
		no   []string // texts they stop
	}{
		{`(?i)^(?:см|cf)[.,]\s*`, []string{"См. x", "СМ,", "cF.", "Cf,"}, []string{"Сб. x", "c f", ""}},
		{`^(?:Иванов|Петров)\b`, []string{"Иванов И.", "Петров"}, []string{"иванов", "Сидоров"}},
		{`^(?:ab|(c))d`, []string{"abd", "cd"}, []string{"bd", "d"}},
		{`(?i)^k`, []string{"\u212A", "k", "K"}, []string{"x"}},
	}
	for _, c := range cases {
		p := newPrefixes(c.expr)
		if p == nil {
			t.Errorf("%q has no prefixes", c.expr)
			continue
		}
		for _, s := range c.yes {
			if !p.hasPrefix(s) {
				t.Errorf("%q stops %q", c.expr, s)
			}
		}
		for _, s := range c.no {
			if p.hasPrefix(s) {
				t.Errorf("%q lets %q through", c.expr, s)
			}
		}
	}
	for _, expr := range []string{`^.+`, `\p{Lu}`, `^\p{Lu}\p{Ll}+`, `(?m)^ab`} {
		if newPrefixes(expr) != nil {
			t.Errorf("%q has prefixes", expr)
		}
	}
}
