package bib

import (
	"strings"
	"testing"
)

// corpusTexts returns every reference text the benchmark parses: the seed
// lists and the labelled corpus.
func corpusTexts(tb testing.TB) []string {
	var texts []string
	for _, l := range benchLists(tb) {
		texts = append(texts, l...)
	}
	return texts
}

// TestLower checks lower against strings.ToLower on the corpus and on
// text that needs the slow paths: other scripts, letters whose lower
// case has another length, and invalid bytes.
func TestLower(t *testing.T) {
	samples := []string{
		"", "abc", "ABC Def", "Ёлка ЁЛКА Ѐ Џ Ў І Ї Є Ґ", "Әлем ҒЫЛЫМ Қазақ ҢӨҰҮҺІ",
		"ΑΒΓ Straße İstanbul K Kelvin Ⅻ", "bad \xff byte \xe2\x80", "Ǆ ǅ ǆ",
	}
	samples = append(samples, corpusTexts(t)...)
	for _, s := range samples {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzLower compares lower with strings.ToLower on any input.
func FuzzLower(f *testing.F) {
	f.Add("Иванов И. И. Заглавие. – М. : Наука, 2010. – 250 с.")
	f.Add("Smith, J. (2020). TITLE. \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestIncludes checks includes against strings.Contains for every word
// of every corpus text, and for words the texts lack.
func TestIncludes(t *testing.T) {
	texts := corpusTexts(t)
	subs := []string{"", "журнал", "ЖУРНАЛ", "конф.", "с.", " – ", "//", "isbn", "дата", "\xd0", "qqq", "ё"}
	for _, s := range texts[:50] {
		subs = append(subs, strings.Fields(s)...)
	}
	for _, s := range texts {
		for _, sub := range subs {
			if got, want := includes(s, sub), strings.Contains(s, sub); got != want {
				t.Fatalf("includes(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// FuzzIncludes compares includes with strings.Contains on any input.
func FuzzIncludes(f *testing.F) {
	f.Add("Вестник МГУ. 2010. № 3", "МГУ")
	f.Add("abcabd", "abd")
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := includes(s, sub), strings.Contains(s, sub); got != want {
			t.Errorf("includes(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}

// TestHasWWW checks hasWWW against lowering and searching.
func TestHasWWW(t *testing.T) {
	samples := append(corpusTexts(t), "WwW.x", "ww.", "w\u0077w.", "ẃww.", "www", "\xffWWW.")
	for _, s := range samples {
		if got, want := hasWWW(s), strings.Contains(strings.ToLower(s), "www."); got != want {
			t.Errorf("hasWWW(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasWWW compares hasWWW with lowering and searching on any input.
func FuzzHasWWW(f *testing.F) {
	f.Add("see WWW.example.org")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasWWW(s), strings.Contains(strings.ToLower(s), "www."); got != want {
			t.Errorf("hasWWW(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestWordList checks wordList.in against containsAny, and inLower
// against containsAny of the lowered text, for lists whose words contain
// one another, on the corpus texts and on texts longer than inLower's
// buffer.
func TestWordList(t *testing.T) {
	lists := [][]string{
		{"дис.", "дисс", "дисертац", "автореф", "thesis", "ph.", "phd"},
		{"изд", "издательство", "изд-во", "изд"},
		{"ст", "гост", "iso", "сп"},
		{"", "qqq"},
		{"журнал", "ЖУРНАЛ", "конф.", "с.", " – ", "//", "\xd0", "ё", "k"},
	}
	texts := append(corpusTexts(t), "", "ДИС. КАНД. НАУК", strings.Repeat("Ёлка ", 200)+"ДИСС", "İ Kelvin \xff")
	for _, words := range lists {
		l := newWordList(words...)
		for _, s := range texts {
			if got, want := l.in(s), containsAny(s, words...); got != want {
				t.Fatalf("%q.in(%q) = %v, want %v", words, s, got, want)
			}
			if got, want := l.inLower(s), containsAny(lower(s), words...); got != want {
				t.Fatalf("%q.inLower(%q) = %v, want %v", words, s, got, want)
			}
		}
	}
}

// TestHasLowerPrefix checks hasLowerPrefix against hasAnyPrefix of the
// lowered text, on the corpus texts and on heads whose lower case has
// another length in bytes.
func TestHasLowerPrefix(t *testing.T) {
	prefixes := [][]string{gazettes, quotedActKinds, kazakhIssuers, {"", "x"}, {"ki", "i̇st", "ǆa", "\ufffdb"}}
	texts := append(corpusTexts(t), "", "СЗ РФ. 1996", "KİSTANBUL", "İstanbul", "ǄA", "\xffB", "Закон", strings.Repeat("Ё", 300))
	for _, ps := range prefixes {
		for _, s := range texts {
			for _, h := range []string{s, strings.TrimSpace(s)} {
				if got, want := hasLowerPrefix(h, ps), hasAnyPrefix(lower(h), ps); got != want {
					t.Fatalf("hasLowerPrefix(%q, %q) = %v, want %v", h, ps, got, want)
				}
			}
		}
	}
}
