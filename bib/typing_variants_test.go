package bib

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// typingVariants retype an entry the ways real lists do without changing
// what it describes: other spaces, dashes, colons and abbreviations of the
// same fields.
var typingVariants = []struct {
	name string
	of   func(string) string
}{
	{"doubled spaces", func(s string) string { return strings.ReplaceAll(s, " ", "  ") }},
	{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"em dashes", func(s string) string { return strings.ReplaceAll(s, " – ", " — ") }},
	{"tight host slashes", func(s string) string { return strings.ReplaceAll(s, " // ", "//") }},
	{"tight №", func(s string) string { return strings.ReplaceAll(s, "№ ", "№") }},
	{"N for №", func(s string) string { return strings.ReplaceAll(s, "№ ", "N ") }},
	{"tight colons", func(s string) string { return strings.ReplaceAll(s, " : ", ": ") }},
	{"tight initials", func(s string) string {
		return regexp.MustCompile(`([А-ЯЁ]\.) ([А-ЯЁ]\.)`).ReplaceAllString(s, "$1$2")
	}},
	{"hyphens in ranges", func(s string) string { return regexp.MustCompile(`(\d)–(\d)`).ReplaceAllString(s, "$1-$2") }},
	{"small с. for pages", func(s string) string { return regexp.MustCompile(` С\. (\d)`).ReplaceAllString(s, " с. $1") }},
	{"Kazakh б. for pages", func(s string) string { return regexp.MustCompile(` С\. (\d)`).ReplaceAllString(s, " Б. $1") }},
	{"Kazakh б. for a count", func(s string) string { return regexp.MustCompile(`(\d) с\.`).ReplaceAllString(s, "$1 б.") }},
	{"no final stop", func(s string) string { return strings.TrimSuffix(s, ".") }},
	{"GOST 7.0.100 medium", func(s string) string {
		if strings.Contains(s, "Текст") || strings.Contains(s, "[") || strings.Contains(s, "http") {
			return s
		}
		return strings.TrimSuffix(s, ".") + ". – Текст : непосредственный."
	}},
}

// TestTypingVariantsKeepFields retypes every labelled reference the parser
// reads right (outside notes, whose lists resolve against each other) in
// each of typingVariants and asks for the same fields.
func TestTypingVariantsKeepFields(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Skip("no labelled corpus in testdata/corpus")
	}
	for _, file := range files {
		for _, rec := range readCorpus(t, file) {
			if rec.Style == "footnote" {
				continue
			}
			var want goldExpected
			if err := json.Unmarshal(rec.Expected, &want); err != nil {
				t.Fatalf("%s: %v", rec.ID, err)
			}
			base := Parse(rec.Text)
			for _, v := range typingVariants {
				text := v.of(rec.Text)
				if text == rec.Text {
					continue
				}
				got := Parse(text)
				for _, f := range corpusFields {
					w := corpusValue(f, want.Item, want.Locator)
					if corpusValue(f, base.Item, base.Locator) == w && corpusValue(f, got.Item, got.Locator) != w {
						t.Errorf("%s with %s: %s = %q, want %q\n%s", rec.ID, v.name, f, corpusValue(f, got.Item, got.Locator), w, text)
					}
				}
			}
		}
	}
}
