package bib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSentences returns how much of after — the text that follows the
// full stop ending a title's first sentence, in a description without area
// dashes — still belongs to the title: whole sentences of title words that
// run up to an imprint. "Повести. Рассказы. Очерки. Сказки. М.; Л., 1961."
// and a standard's "Аппаратура радиоэлектронная бытовая. Входные и выходные
// параметры. М.: Изд-во стандартов, 2001" are titles of several sentences.
// A sentence that names the kind of document ("Учеб. пособие", "Он бес
// томдық"), holds a number, a slash or a field ends the run, and so does
// anything but an imprint (or a standard's date of effect and its imprint)
// after it; the result is then 0.
func titleSentences(after string) int {
	pos := 0
	for n := 0; n < 4; n++ {
		rest := after[pos:]
		k := sentenceEnd(rest)
		if k < 0 || !plainSentence(rest[:k]) || editorNext(rest) {
			return 0
		}
		next := strings.TrimSpace(rest[k+1:])
		if m := effectDate.FindStringIndex(next); m != nil && m[0] == 0 {
			// A standard's "Введ. 01.09.2020." stands before its imprint.
			next = strings.TrimLeft(next[m[1]:], " .")
		}
		if place := strings.TrimSpace(firstPlace(next)); place != "" && isPlace(place) && len(next) > len(place) || placeSentence(next) {
			return pos + k
		}
		pos += k + 2
		if pos >= len(after) {
			return 0
		}
	}
	return 0
}

// firstSentence is s up to its first full stop and space.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i]
	}
	return strings.TrimSuffix(s, ".")
}

// sentenceEnd is the index of the full stop that ends the first sentence of
// s (". " not after an abbreviation), or -1.
func sentenceEnd(s string) int {
	from := 0
	for {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return -1
		}
		i += from
		if !abbreviationBefore(s[:i+1]) {
			return i
		}
		from = i + 2
	}
}

// plainSentence reports a sentence of title words: it opens with a capital,
// holds no digit, slash, bracket or colon-led field, is no place and does
// not name the kind of document.
func plainSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || strings.ContainsAny(s, "0123456789/[]()") || fieldish(s) || isPlace(strings.TrimSpace(firstPlace(s))) {
		return false
	}
	first := strings.ToLower(strings.Fields(s)[0])
	for _, g := range genreWords {
		if strings.HasPrefix(first, g) {
			return false
		}
	}
	for _, g := range genreNouns {
		if strings.Contains(strings.ToLower(s), g) {
			return false
		}
	}
	return !strings.Contains(strings.ToLower(s), "томдық")
}
