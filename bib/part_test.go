package bib

import "testing"

// TestHostExtent gives a part no page count taken from its host, and keeps
// the page count of an article numbered beyond it.
func TestHostExtent(t *testing.T) {
	for _, c := range []struct{ text, pages string }{
		{"Орлова Н. П. Кружево / Н. П. Орлова // Народная энциклопедия : в 10 т. Т. 3. – М. : Наука, 2001. – 608 с. – С. 118–119.", ""},
		{"Орлова Н. П. Кружево // Народная энциклопедия. Т. 3. – М. : Наука, 2001. – 608 с.", ""},
		{"Петров А. А. Модель стока // Водные ресурсы. – 2020. – Т. 12, № 4. – С. 968. – 19 с.", "19"},
	} {
		t.Run(c.text, func(t *testing.T) {
			if r := Parse(c.text); r.Item.NumberOfPages != c.pages {
				t.Errorf("number-of-pages %q; want %q", r.Item.NumberOfPages, c.pages)
			}
		})
	}
}

func TestLeadingNumber(t *testing.T) {
	for s, want := range map[string]int{"188–189": 188, " 12": 12, "xii": 0, "": 0} {
		if got := leadingNumber(s); got != want {
			t.Errorf("leadingNumber(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestPartOfNumberedCollection reads a host numbered by "Вып." with a
// place of publication as a book of a numbered collection (a chapter, the
// number its volume), and a host numbered by "№", or named as a
// periodical, as a journal even with an imprint.
func TestPartOfNumberedCollection(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов В. П. Диалекты Поволжья // Русские говоры. – Вып. 4. – Саратов, 1985. – С. 40–58.",
			want{typ: "chapter", container: "Русские говоры", volume: "4", place: "Саратов", page: "40–58"}},
		{"Орлов В. П. Диалекты Поволжья // Русская речь. – Саратов, 1985. – № 4. – С. 40–58.",
			want{typ: "article-journal", issue: "4"}},
		{"Орлов В. П. Диалекты Поволжья. Изв. Саратовского отделения. Саратов, вып. 4, 1925. – С. 40–58.",
			want{typ: "article-journal"}},
	})
}

// TestReadingPlatform reads a book described in full and then named on the
// electronic library it is read on (GOST R 7.0.100-2018's "// Платформа :
// [сайт]"): a book, the platform its container, its page count its own.
func TestReadingPlatform(t *testing.T) {
	checkParses(t, []parseCase{
		{"Смирнова, Е. А. Основы программирования : учебное пособие / Е. А. Смирнова. — Москва : Юрайт, 2022. — 214 с. — ISBN 978-5-534-00000-1. — Текст : электронный // Образовательная платформа Юрайт [сайт]. — URL: https://urait.ru/bcode/000000 (дата обращения: 12.03.2024).",
			want{typ: "book", author: "Смирнова", title: "Основы программирования", container: "Образовательная платформа Юрайт", pages: "214", place: "Москва", publisher: "Юрайт", issued: "2022", accessed: "2024-03-12"}},
		{"Орлов, В. В. Сети ЭВМ : учебник / В. В. Орлов. — Санкт-Петербург : Лань, 2021. — 320 с. — Текст : электронный // Лань : электронно-библиотечная система. — URL: https://e.lanbook.com/book/000000. — Режим доступа: для авториз. пользователей.",
			want{typ: "book", container: "Лань", pages: "320", publisher: "Лань"}},
		// A part's host prints its pages, not a count: no platform.
		{"Орлов, В. В. Сети ЭВМ / В. В. Орлов. — Текст : электронный // Информатика. — 2021. — № 3. — С. 5–12. — URL: https://example.org/inf/2021/3.",
			want{typ: "article-journal", container: "Информатика", page: "5–12"}},
	})
}

// TestAuthorHeadsHisCollection reads a host headed by the part's own
// author ("// Лотман Ю. М. Избранные статьи") as a collection of his
// works: its title without his name, and no editor.
func TestAuthorHeadsHisCollection(t *testing.T) {
	checkParses(t, []parseCase{
		{"Лотман Ю. М. Риторика // Лотман Ю. М. Избранные статьи : в 3 т. – Таллинн : Александра, 1992. – Т. 1. – С. 167–176.",
			want{typ: "chapter", author: "Лотман", container: "Избранные статьи", volume: "1", page: "167–176", place: "Таллинн"}},
	})
	if r := Parse("Лотман Ю. М. Риторика // Лотман Ю. М. Избранные статьи. – Таллинн : Александра, 1992. – С. 167–176."); len(r.Item.Editor) != 0 {
		t.Errorf("editor %+v: the author of the collection is none", r.Item.Editor)
	}
}

// TestPartWithoutSlashes reads a part whose description drops the "//",
// as DSTU 8302:2015 prints it, when its host names a collection or a
// textbook and its pages are a range; a book's two-sentence title cited
// with pages stays a book.
func TestPartWithoutSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Мельник О. П. Джерела права. Теорія держави і права : підручник. Київ : Знання, 2015. С. 210–225.",
			want{typ: "chapter", title: "Джерела права", container: "Теорія держави і права", place: "Київ", publisher: "Знання", page: "210–225"}},
		{"Коваль І. Мовна політика. Матеріали міжнародної конференції. Львів : ЛНУ, 2019. С. 12–15.",
			want{container: "Матеріали міжнародної конференції", page: "12–15"}},
		{"Петров И. И. Глава первая. Очерки истории. М.: Наука, 1990. С. 15–30.",
			want{typ: "book", title: "Глава первая. Очерки истории"}},
		{"Гнатюк С. Правова культура. Проблеми правознавства : матеріали наук. конф. (Одеса, 5–6 жовт. 2018 р.). Одеса, 2018. С. 31–34.",
			want{typ: "paper-conference", title: "Правова культура", container: "Проблеми правознавства", place: "Одеса", page: "31–34", issued: "2018"}},
		// The host's kind after its colon, or its editors after a slash,
		// tell a book the part is printed in from a second sentence of the
		// title.
		{"Бондар Л. В. Форми навчання. Дидактика : навч. посіб. / за ред. О. С. Гриня. Харків, 2019. С. 40–52.",
			want{typ: "chapter", author: "Бондар", editor: "Гриня", title: "Форми навчання", container: "Дидактика", place: "Харків", page: "40–52"}},
		{"Walsh K. Early sound recording. The Cambridge companion to recorded music / ed. by P. Hart. Cambridge, 2009. P. 11–24.",
			want{typ: "chapter", title: "Early sound recording", container: "The Cambridge companion to recorded music", editor: "Hart", page: "11–24"}},
		{"Ткач О. М. Соціальна держава. Політологічний словник / ред. В. П. Горбатенко. Київ, 2004. С. 512.",
			want{typ: "entry-encyclopedia", title: "Соціальна держава", container: "Політологічний словник"}},
	})
}

// TestCompilers reads Ukrainian compilers: "упоряд." and "голов. ред." name
// editors, "авт.-упоряд." authors who compiled the book.
func TestCompilers(t *testing.T) {
	checkParses(t, []parseCase{
		{"Народні казки / упоряд. І. Коваль. Київ, 2011. 220 с.", want{typ: "book", editor: "Коваль", title: "Народні казки"}},
		{"Енциклопедія Поділля : у 3 т. / голов. ред. П. Т. Мороз. Вінниця, 2010. Т. 1.", want{editor: "Мороз", volume: "1"}},
		{"Замки Волині : довідник / авт.-упоряд.: О. Лис, Р. Гук. Луцьк, 2008. 96 с.", want{author: "Лис|Гук", title: "Замки Волині"}},
	})
}

// TestJournalWithoutSlashes reads an article of a DSTU 8302 list, whose
// journal follows the title or the statement of responsibility after a full
// stop, also when a URL follows the pages.
func TestJournalWithoutSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Fast parsing of citations / K. Lee, M. Roy. Journal of Text Mining. 2021. No 2. P. 10–19.",
			want{typ: "article-journal", author: "Lee|Roy", title: "Fast parsing of citations", container: "Journal of Text Mining", issue: "2", page: "10–19"}},
		{"Бойко Н. П. Цифрові архіви. Вісник Львівського університету. Серія історична. Львів, 2018. № 5. С. 33–41. – URL: http://example.org/a.pdf.",
			want{typ: "article-journal", title: "Цифрові архіви", container: "Вісник Львівського університету. Серія історична", issue: "5", page: "33–41"}},
	})
}

// TestHostAfterStatement reads the host of a part described without "//"
// after the part's statement of responsibility, a collection named by its
// kind after a colon, and a weekly's issue dated by a range of days.
func TestHostAfterStatement(t *testing.T) {
	checkParses(t, []parseCase{
		{"Левчук О. М. Судова практика / О. М. Левчук. Право і держава : зб. наук. пр. / відп. ред. І. Гаврилюк. Київ, 2012. С. 101–118.",
			want{typ: "chapter", title: "Судова практика", container: "Право і держава", page: "101–118", place: "Київ"}},
		{"Сидоренко Л. Ринок землі. Урядовий тиждень. 2019. 12-18 берез. (№ 10). С. 4–5.",
			want{container: "Урядовий тиждень", issue: "10", page: "4–5"}},
	})
}
