package bib

import "testing"

// TestTitleOfSentences reads a title of several sentences in a description
// without area dashes up to its imprint, and stops at what is no title.
func TestTitleOfSentences(t *testing.T) {
	for _, c := range []struct {
		text string
		w    want
	}{
		{"Стихотворения. Поэмы. Письма. М.; Л., 1965. 480 с.",
			want{title: "Стихотворения. Поэмы. Письма", place: "М.; Л.", issued: "1965", pages: "480"}},
		{"ГОСТ Р 12345–2010. Приборы измерительные. Общие технические условия. М.: Стандартинформ, 2011. 12 с.",
			want{typ: "standard", title: "Приборы измерительные. Общие технические условия", publisher: "Стандартинформ", issued: "2011"}},
		{"Коваленко О. М. Вибрані праці. Статті. Рецензії. Київ : Либідь, 2015. 220 с.",
			want{author: "Коваленко", title: "Вибрані праці. Статті. Рецензії", place: "Київ", issued: "2015"}},
		// The kind of document is no part of the title.
		{"Сергеев П. Р. Основы геодезии. Учебное пособие. М.: Недра, 2004. 310 с.",
			want{title: "Основы геодезии", publisher: "Недра"}},
		// A journal's name before its year and number is no title.
		{"Сергеев П. Р. Новый метод съемки. Геодезия и картография. 2004. № 3. С. 10–14.",
			want{title: "Новый метод съемки"}},
	} {
		t.Run(c.text, func(t *testing.T) { c.w.check(t, Parse(c.text)) })
	}
}
