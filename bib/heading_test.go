package bib

import (
	"strings"
	"testing"
)

// TestGivenFirstHeading reads persons named given name first before a
// title in Markdown emphasis, as lists typed in Markdown copy English
// books, and leaves Vancouver's initials after the family alone.
func TestGivenFirstHeading(t *testing.T) {
	checkParses(t, []parseCase{
		{"Martin Kleppmann. *Designing Data-Intensive Applications*. — O'Reilly Media, 2017. — 616 p.",
			want{typ: "book", author: "Kleppmann", title: "Designing Data-Intensive Applications", publisher: "O'Reilly Media", issued: "2017", pages: "616"}},
		{"Robert C. Martin, Micah D. Martin. *Agile Principles, Patterns, and Practices in C#*. — Prentice Hall, 2006. — 768 p.",
			want{typ: "book", author: "Martin|Martin", title: "Agile Principles, Patterns, and Practices in C#", publisher: "Prentice Hall", issued: "2006"}},
		{"Smith JA, Brown KL. *Clinical handbook of asthma*. London: Churchill; 2010.",
			want{author: "Smith|Brown"}},
	})
	r := Parse("Zhang Wei, Liu Bo. *Economic reform in China*. — Beijing: Foreign Languages Press, 2012. — 300 p.")
	for _, n := range r.Item.Author {
		if n.Family == "Wei" || n.Family == "Bo" {
			t.Errorf("author %+v: a Chinese name printed family first is no given name", r.Item.Author)
		}
	}
}

// TestHTMLEntities reads a list copied from a page's source, its dashes
// and quotation marks written as HTML entities, while the raw text keeps
// them as printed.
func TestHTMLEntities(t *testing.T) {
	text := "*Колмогоров А.Н.* Основные понятия теории вероятностей. &mdash; М.: Наука, 1974. &mdash; 120 с."
	checkParses(t, []parseCase{
		{text, want{typ: "book", author: "Колмогоров", title: "Основные понятия теории вероятностей", place: "М.", publisher: "Наука", issued: "1974", pages: "120"}},
		{"Петров П. &laquo;Лирика&raquo; и эпос. &ndash; СПб.: Азбука, 2005. &ndash; 90&nbsp;с.",
			want{title: "«Лирика» и эпос", publisher: "Азбука", pages: "90"}},
	})
	if r := Parse(text); r.Raw != text {
		t.Errorf("raw text altered: %q", r.Raw)
	}
}

// TestUkrainianStatements reads DSTU 8302's descriptions: a team of
// authors named as such ("кол. авт."), editors "за загальною редакцією",
// reports ("звіт"), and a journal after the title with its volume and
// issue as "24 (1)".
func TestUkrainianStatements(t *testing.T) {
	checkParses(t, []parseCase{
		{"Моніторинг якості освіти 2021 : звіт / кол. авт. : О. Коваль, П. Мельник. Київ : УЦОЯО, 2022. 180 с.",
			want{typ: "report", author: "Коваль|Мельник", place: "Київ", pages: "180"}},
		{"Сучасна школа / кол. автор.; за загальною редакцією І. П. Гончаренка. Київ : Освіта, 2020. 210 с.",
			want{typ: "book", editor: "Гончаренка", title: "Сучасна школа"}},
		{"Коваль О. Читання в початковій школі. Педагогічний пошук. 2020. 31 (2) С. 14–20.",
			want{typ: "article-journal", container: "Педагогічний пошук", volume: "31", issue: "2", page: "14–20", issued: "2020"}},
	})
}

// TestPatronymicNames reads persons named in full with their patronymics
// in a statement of responsibility, given names first or last.
func TestPatronymicNames(t *testing.T) {
	checkParses(t, []parseCase{
		{"Історія педагогіки : навч. посіб. / Олена Петрівна Коваленко. Київ : Знання, 2016. 220 с.",
			want{typ: "book", author: "Коваленко", title: "Історія педагогіки", place: "Київ", pages: "220"}},
		{"Основы химии : учебник / Сидоров Пётр Иванович, Орлова Анна Сергеевна. М.: Химия, 2001. 300 с.",
			want{author: "Сидоров|Орлова", publisher: "Химия"}},
	})
}

// TestFullNameHeadings reads a heading of several persons each named by a
// family and a given name in full, and leaves a title of two words alone.
func TestFullNameHeadings(t *testing.T) {
	checkParses(t, []parseCase{
		{"Смирнов Денис, Орлова Светлана. Методы анализа текстов // Информатика. – 2021. – № 2. – С. 5–15.",
			want{typ: "article-journal", author: "Смирнов|Орлова", title: "Методы анализа текстов"}},
	})
	if r := Parse("Тарас Бульба. М., 1990."); len(r.Item.Author) != 0 {
		t.Errorf("author %+v: a title of two words names no person", r.Item.Author)
	}
}

// TestLostStatementSlash reads the statement of responsibility of
// descriptions whose slash was lost: a catalogue export that names the
// heading's person again in direct order after the title, and a list
// that names a person in full between the title and a known place.
func TestLostStatementSlash(t *testing.T) {
	checkParses(t, []parseCase{
		{"Гнатюк,О. В. Основи програмування О. В. Гнатюк — Львів Світ 2004 — 212 с. 9666031234",
			want{typ: "book", author: "Гнатюк", title: "Основи програмування", place: "Львів", publisher: "Світ", issued: "2004", pages: "212"}},
		{"Орлов,С. А. Теория и практика языков программирования С.А. Орлов — СПб. Питер 2013 — 688 с.",
			want{author: "Орлов", title: "Теория и практика языков программирования", place: "СПб.", publisher: "Питер", issued: "2013"}},
		{"Қазақ тілінің грамматикасы Сәрсен Аманжолов Алматы: Мектеп, 1959. — 300 б.",
			want{typ: "book", author: "Аманжолов", title: "Қазақ тілінің грамматикасы", place: "Алматы", publisher: "Мектеп", issued: "1959", pages: "300"}},
		{"Повесть о настоящем человеке / Борис Полевой. – М. : Детская литература, 1975. – 320 с.",
			want{typ: "book", author: "Полевой", title: "Повесть о настоящем человеке", publisher: "Детская литература"}},
	})
	// A title that ends in a name is no statement unless a place follows.
	checkParses(t, []parseCase{
		{"Шевченко Т. Г. Лист до Івана Франка. – Київ : Наукова думка, 1990. – 12 с.",
			want{author: "Шевченко", title: "Лист до Івана Франка"}},
	})
}

// TestYearAfterHeading reads lists typed by hand that print the year
// right after the heading, then the title, the place and the publisher
// after commas, and a volumes note typed with no colon.
func TestYearAfterHeading(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваль О. П., 2004, Народні промисли Поділля, Вінниця, «Світанок»",
			want{typ: "book", author: "Коваль", issued: "2004", title: "Народні промисли Поділля", place: "Вінниця", publisher: "«Світанок»"}},
		{"П.С.Орлов 1979.Русские народные праздники, Москва, Наука,",
			want{author: "Орлов", issued: "1979", title: "Русские народные праздники", place: "Москва", publisher: "Наука"}},
		{"Коваль О.,2010,Історія ремесел у 2 кн.,Київ,«Либідь»",
			want{title: "Історія ремесел", place: "Київ"}},
		{"Коваль О. Народні промисли у 3т. – Київ : Либідь, 2001.",
			want{title: "Народні промисли", issued: "2001"}},
	})
}

// TestDashBeforeStatement reads the persons typed after a dash instead of
// a slash at the end of a part's description, initials first or last.
func TestDashBeforeStatement(t *testing.T) {
	checkParses(t, []parseCase{
		{"Профілактика маститу корів. - О.Коваль, П. Орлов// Ветеринарна медицина - 2005 - № 4. - С. 12-14.",
			want{typ: "article-journal", author: "Коваль|Орлов", title: "Профілактика маститу корів", container: "Ветеринарна медицина"}},
		{"Tidal cycles of the Baltic. - Orlov P., Ivanova A. // Mar. Geol. - 2001 - № 7. - S. 21-22.",
			want{author: "Orlov|Ivanova", title: "Tidal cycles of the Baltic"}},
		{"Історія краю. - Київ : Наукова думка, 2001. - 200 с.",
			want{typ: "book", title: "Історія краю", place: "Київ"}},
	})
}

// TestGivenFirstListHeadings reads a heading of two or more persons named
// given name first in full, in either script, a middle initial among
// them, and leaves a title of two capitalised words in two scripts a
// title.
func TestGivenFirstListHeadings(t *testing.T) {
	checkParses(t, []parseCase{
		{"Anna Ivanova, Pavel Orlov. Harbour Tides in Practice. Quay Press, 2020.",
			want{author: "Ivanova|Orlov", title: "Harbour Tides in Practice"}},
		{"Анна Лисенко, Петро Коваль, Марта Гнатюк. «Морські припливи», 1998.",
			want{author: "Лисенко|Коваль|Гнатюк", title: "Морські припливи"}},
		{"Han-Wei Shen, John K. Smith. Tidal basics. Boston, 2001.",
			want{author: "Shen|Smith", title: "Tidal basics"}},
	})
	for _, n := range Parse("Билл Орлов, Простой Python. Стиль программирования, СПб., 2021.").Item.Author {
		if n.Family == "Python" {
			t.Errorf("author %+v: «Простой Python» is a title", n)
		}
	}
}

// TestNameBeforeQuotedTitle reads a person named in full right before a
// title in guillemets, and leaves a title whose words are capitalised, or
// an act's kind, before a quoted name alone.
func TestNameBeforeQuotedTitle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Абай Құнанбаев «Қара сөздер». – Алматы: Жазушы, 1993. – 200 б.",
			want{author: "Құнанбаев", title: "Қара сөздер", place: "Алматы"}},
		{"Марко Поло «Книга о разнообразии мира». – М., 1955.",
			want{author: "Марко Поло", title: "Книга о разнообразии мира"}},
	})
	for _, s := range []string{
		"Коментар Закону України «Про освіту» / за ред. П. Коваля. – К., 2002.",
		"Русский язык «Учебник». – М., 2001.",
	} {
		for _, n := range Parse(s).Item.Author {
			if strings.Contains(n.Literal+n.Family, "Закону") || strings.Contains(n.Literal+n.Family, "язык") {
				t.Errorf("%q: author %+v, a title's words", s, n)
			}
		}
	}
}
