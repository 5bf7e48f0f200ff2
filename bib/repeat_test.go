package bib

import "testing"

// TestShortRepeats resolves the repeated notes of GOST R 7.0.5-2008 (8.3):
// heading and title alone, a title cut with an ellipsis, and a part printed
// "// Там же" in the collection of the note above.
func TestShortRepeats(t *testing.T) {
	refs := ParseLines([]string{
		"Смирнова Е. А., Орлов К. Н. Городская среда и общество. М. : Наука, 2015. С. 18.",
		"Смирнова Е. А., Орлов К. Н. Городская среда и общество. С. 81.",
		"Орлов К. Н. Городская среда и общество. С. 90.",
		"Региональные рынки труда в условиях цифровизации / П. Р. Белов [и др.]. Казань : Изд-во КФУ, 2019. С. 10.",
		"Региональные рынки … С. 28.",
		"Лебедев И. И. Новые подходы к старой теме // Вопросы теории и практики / под ред. С. С. Кравец. Томск, 2011. Вып. 3. С. 10–20.",
		"Зуева Н. В. Другая статья сборника // Там же. С. 21–30.",
	})
	t.Run("heading_and_title_repeat_earlier_note", func(t *testing.T) {
		r := refs[1]
		if r.IbidOf != 1 || r.Locator != "81" || r.Item.Publisher != "Наука" || r.Item.Type != "book" {
			t.Errorf("ibid_of %d, locator %q, publisher %q, type %q; want 1, 81, Наука, book", r.IbidOf, r.Locator, r.Item.Publisher, r.Item.Type)
		}
	})
	t.Run("another_first_author_is_another_work", func(t *testing.T) {
		if r := refs[2]; r.IbidOf != 0 {
			t.Errorf("ibid_of %d; want 0: Орлов is not the first author of note 1", r.IbidOf)
		}
	})
	t.Run("title_cut_with_ellipsis", func(t *testing.T) {
		r := refs[4]
		if r.IbidOf != 4 || r.Locator != "28" || len(r.Item.Author) == 0 || r.Item.Author[0].Family != "Белов" {
			t.Errorf("ibid_of %d, locator %q, authors %v; want 4, 28, Белов", r.IbidOf, r.Locator, r.Item.Author)
		}
	})
	t.Run("host_there_too", func(t *testing.T) {
		r := refs[6]
		want{typ: "chapter", author: "Зуева", title: "Другая статья сборника", container: "Вопросы теории и практики",
			place: "Томск", issued: "2011", page: "21–30", editor: "Кравец"}.check(t, r)
		if r.IbidOf != 0 {
			t.Errorf("ibid_of %d; want 0: a part of the same book is a work of its own", r.IbidOf)
		}
	})
}

// TestCopyNotes drops the notes that describe the copy, not the work: the
// pages of its bibliography are neither its pages nor the page cited.
func TestCopyNotes(t *testing.T) {
	for _, c := range []struct {
		text string
		w    want
	}{
		{"Петров С. И. Очерки права / С. И. Петров. – М., 2001. – 120 с. – Библиогр.: с. 115–119. – Деп. в ИНИОН.",
			want{title: "Очерки права", pages: "120", place: "М.", issued: "2001"}},
		{"Коваль О. Історія міста. Київ, 2012. 300 с. Бібліогр.: с. 290–298.",
			want{title: "Історія міста", pages: "300", place: "Київ", issued: "2012"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := Parse(c.text)
			c.w.check(t, r)
			if r.Locator != "" {
				t.Errorf("locator %q; want none: the bibliography's pages are not cited", r.Locator)
			}
			if r.Raw != c.text {
				t.Errorf("raw text altered: %q", r.Raw)
			}
		})
	}
}

// TestNotAPatent keeps a sentence ending in "а." before "С. 81" a book: "а. с."
// (авторское свидетельство) is a patent only as a word of its own.
func TestNotAPatent(t *testing.T) {
	r := Parse("Гусева Л. Н. Природная среда. С. 81.")
	if r.Item.Type == "patent" || r.Item.Number != "" {
		t.Errorf("type %q, number %q; want no patent", r.Item.Type, r.Item.Number)
	}
}
