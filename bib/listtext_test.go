package bib

import (
	"fmt"
	"strings"
	"testing"
)

func TestListTextHasLower(t *testing.T) {
	small := newListText("Иванов И. Слово о полку. – М., 2010.")
	if !small.hasLower("слово") || !small.hasLower("ово о по") || small.hasLower("слова") {
		t.Error("a small list is searched as a whole text")
	}
	big := newListText(strings.Repeat("Петров П. Книга о море. – М., 2001.\n", smallList/30) + "Сидоров С. Северо-запад.")
	if !big.hasLower("северо-запад") || !big.hasLower("книг") || big.hasLower("о мор") {
		t.Error("a large list is searched by the starts of its words")
	}
}

// TestWrapHyphenInLongList decides a wrap hyphen from the evidence of a
// list too long to scan for each hyphen, as in a short one.
func TestWrapHyphenInLongList(t *testing.T) {
	var lines []string
	for i := 0; len(strings.Join(lines, "\n")) <= smallList; i++ {
		lines = append(lines, fmt.Sprintf("Петров П. Книга номер %d о северо-западе. – М., 2001. – 100 с.", i))
	}
	lines = append(lines, "Сидоров С. Путешествие на северо- запад. – М., 2003. – 120 с.",
		"Сидоров С. Книга о водо- проводах. – М., 2003. – 120 с.", "Орлов О. Водопроводы России. – М., 2004.")
	refs := ParseLines(lines)
	if got := refs[len(refs)-3].Item.Title; got != "Путешествие на северо-запад" {
		t.Errorf("title %q: the list prints “северо-западе”, so the hyphen stays", got)
	}
	if got := refs[len(refs)-2].Item.Title; got != "Книга о водопроводах" {
		t.Errorf("title %q: the list prints “Водопроводы”, so the words join", got)
	}
}

// BenchmarkWrappedLongList parses a list of 20,000 entries, each with a
// wrap hyphen: the evidence look-up must not scan the whole list each time.
func BenchmarkWrappedLongList(b *testing.B) {
	lines := make([]string, 20000)
	for i := range lines {
		lines[i] = fmt.Sprintf("Петров П. Исследова- ние номер %d. – М., 2001. – 100 с.", i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ParseLines(lines)
	}
	b.ReportMetric(float64(len(lines)*b.N)/b.Elapsed().Seconds(), "refs/s")
}

// BenchmarkLongEnglishNotes parses a 20,000-note English list with an
// Ibid., in which every note is looked up as a possible repeat in full of
// an earlier one: the look-up must stay linear in the list's length.
func BenchmarkLongEnglishNotes(b *testing.B) {
	lines := make([]string, 20000, 20001)
	for i := range lines {
		lines[i] = fmt.Sprintf("Smith, John. Title number %d of the series. New York: Press, %d.", i, 1950+i%70)
	}
	lines = append(lines, "Ibid., 5.")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ParseLines(lines)
	}
	b.ReportMetric(float64(len(lines)*b.N)/b.Elapsed().Seconds(), "refs/s")
}
