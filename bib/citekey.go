package bib

import (
	"strconv"
	"strings"
)

// keyStopwords are the title words a citation key skips, as Better BibTeX
// does: articles, prepositions and conjunctions of the languages ibid reads.
var keyStopwords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "in": true, "and": true,
	"for": true, "to": true, "at": true, "by": true, "from": true, "with": true,
	"и": true, "в": true, "во": true, "на": true, "о": true, "об": true, "по": true,
	"к": true, "с": true, "из": true, "для": true, "от": true, "за": true, "не": true,
	"мен": true, "және": true, "туралы": true, "та": true, "і": true, "у": true,
}

// CiteKey is the Better BibTeX-like citation key of an item: the first
// author's (else editor's) family name, the year and the first significant
// title word, transliterated to lower-case ASCII: "syroezhkin2010kazakhstan".
// A work with no name starts with its first title words; with no year,
// "nd". The store makes keys unique.
func CiteKey(it Item) string {
	var name string
	switch {
	case len(it.Author) > 0:
		name = it.Author[0].Family + it.Author[0].Literal
	case len(it.Editor) > 0:
		name = it.Editor[0].Family + it.Editor[0].Literal
	}
	words := keyWords(it.Title)
	if name == "" && len(words) > 0 {
		name, words = words[0], words[1:]
	}
	name = strings.ReplaceAll(Translit(name), " ", "")
	year := "nd"
	if y := it.Issued.Year(); y > 0 {
		year = strconv.Itoa(y)
	}
	word := ""
	if len(words) > 0 {
		word = words[0]
	}
	key := name + year + word
	if name == "" && word == "" {
		key = "item" + year
	}
	return key
}

// keyWords are the significant title words, transliterated: stopwords
// are dropped before transliteration (Cyrillic "и" would read as "i").
func keyWords(title string) []string {
	var out []string
	for _, w := range strings.Fields(foldKey(title)) {
		if keyStopwords[strings.Trim(w, ".,:;!?«»\"'()[]")] {
			continue
		}
		if t := strings.ReplaceAll(Translit(w), " ", ""); t != "" {
			out = append(out, t)
		}
	}
	return out
}
