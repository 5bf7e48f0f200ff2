package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

func TestGOSTGolden(t *testing.T) {
	items := append(corpus(t), goldWorks(t)...)
	for _, style := range []string{"7.0.100-2018", "7.0.5-2008", "7.1-2003"} {
		t.Run(style, func(t *testing.T) {
			var b bytes.Buffer
			if err := GOST(&b, items, Options{Style: style}); err != nil {
				t.Fatal(err)
			}
			golden(t, "gost-"+style+".golden", b.Bytes())
		})
	}
}

// TestGOSTMarkupAndSort: the whole corpus sorted by author (Cyrillic
// first), as Markdown and HTML; italics only in 7.0.5-2008, whose
// examples set the heading in italics.
func TestGOSTMarkupAndSort(t *testing.T) {
	items := corpus(t)
	for _, c := range []struct{ name, style, as string }{
		{"gost-author-7.0.5-2008.md.golden", "7.0.5-2008", "markdown"},
		{"gost-author-7.0.5-2008.html.golden", "7.0.5-2008", "html"},
		{"gost-author-7.0.100-2018.html.golden", "7.0.100-2018", "html"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := GOST(&b, items, Options{Style: c.style, As: c.as, Sort: "author"}); err != nil {
				t.Fatal(err)
			}
			golden(t, c.name, b.Bytes())
		})
	}
}

func TestGOSTOptionsRejected(t *testing.T) {
	for _, o := range []Options{{Style: "7.0.1"}, {As: "rtf"}, {Sort: "year"}} {
		if err := GOST(&bytes.Buffer{}, nil, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// TestGOSTRules checks single rules on one entry each.
func TestGOSTRules(t *testing.T) {
	ru := func(n int) []bib.Name {
		all := []bib.Name{{Family: "Иванов", Given: "Иван Иванович"}, {Family: "Петров", Given: "П.П."}, {Family: "Сидоров", Given: "С. С."}, {Family: "Козлов", Given: "К."}}
		return all[:n]
	}
	book := func(authors []bib.Name) bib.Item {
		return bib.Item{Type: "book", Author: authors, Title: "Книга", PublisherPlace: "Москва", Publisher: "Наука", Issued: bib.NewDate(2020), NumberOfPages: "100"}
	}
	for _, c := range []struct {
		name, style string
		it          bib.Item
		want        string
	}{
		{"initials_from_full_names_with_nbsp", "", book(ru(1)),
			"Иванов, И. И. Книга / И. И. Иванов. – Москва : Наука, 2020. – 100 с. – Текст : непосредственный."},
		{"three_authors_heading_first_sor_all", "", book(ru(3)),
			"Иванов, И. И. Книга / И. И. Иванов, П. П. Петров, С. С. Сидоров. – Москва : Наука, 2020. – 100 с. – Текст : непосредственный."},
		{"four_authors_title_first_three_et_al_7_0_100", "", book(ru(4)),
			"Книга / И. И. Иванов, П. П. Петров, С. С. Сидоров [и др.]. – Москва : Наука, 2020. – 100 с. – Текст : непосредственный."},
		{"four_authors_first_et_al_7_1", "7.1-2003", book(ru(4)),
			"Книга [Текст] / И. И. Иванов [и др.]. – М. : Наука, 2020. – 100 с."},
		{"three_authors_in_heading_7_0_5", "7.0.5-2008", book(ru(3)),
			"Иванов И. И., Петров П. П., Сидоров С. С. Книга. М. : Наука, 2020. 100 с."},
		{"english_terms", "", bib.Item{Type: "article-journal", Author: []bib.Name{{Family: "Nye", Given: "J.S."}}, Title: "Soft power", ContainerTitle: "Foreign Policy", Volume: "80", Issue: "3", Page: "153-171", Issued: bib.NewDate(1990)},
			"Nye, J. S. Soft power / J. S. Nye. – Text : unmediated // Foreign Policy. – 1990. – Vol. 80, No. 3. – P. 153–171."},
		{"kazakh_terms", "", bib.Item{Type: "article-journal", Language: "kk", Author: []bib.Name{{Family: "Әлиев", Given: "Ә."}}, Title: "Мақала", ContainerTitle: "Хабаршы", Volume: "5", Issue: "1", Page: "10-20", Issued: bib.NewDate(2020), URL: "https://x.kz/1", Accessed: bib.NewDate(2025, 4, 23)},
			"Әлиев, Ә. Мақала / Ә. Әлиев. – Мәтін : электрондық // Хабаршы. – 2020. – Т. 5, № 1. – Б. 10–20. – URL: https://x.kz/1 (қаралған күні: 23.04.2025)."},
		{"electronic_resource_7_0_5", "7.0.5-2008", bib.Item{Type: "webpage", Title: "Сайт", URL: "https://x.ru", Accessed: bib.NewDate(2025, 4, 23)},
			"Сайт [Электронный ресурс]. URL: https://x.ru (дата обращения: 23.04.2025)."},
		{"editor_initials_first_in_english", "", bib.Item{Type: "chapter", Author: []bib.Name{{Family: "Barr", Given: "M."}}, Editor: []bib.Name{{Family: "Kerr", Given: "D."}}, Title: "Wine", ContainerTitle: "Dreams", Page: "1-2", Issued: bib.NewDate(2015)},
			"Barr, M. Wine / M. Barr. – Text : unmediated // Dreams / editor D. Kerr. – 2015. – P. 1–2."},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := GOST(&b, []bib.Item{c.it}, Options{Style: c.style}); err != nil {
				t.Fatal(err)
			}
			got := strings.TrimSuffix(strings.TrimPrefix(strings.ReplaceAll(b.String(), nbsp, " "), "1. "), "\n")
			if got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestGOSTSortAuthor: Cyrillic before Latin, each alphabetical in its
// own collation (Ё as Е, Ә after А, Á as A).
func TestGOSTSortAuthor(t *testing.T) {
	items := []bib.Item{
		{Title: "Zeta"}, {Title: "Ёлка"}, {Title: "alpha"}, {Title: "Әліппе"}, {Title: "Ель"}, {Title: "Бета"}, {Title: "Ábel"},
	}
	order, err := gostOrder(items, "author")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range order {
		got = append(got, items[i].Title)
	}
	want := "Әліппе Бета Ёлка Ель Ábel alpha Zeta" // Ё sorts as Е: "Ёлка" < "Ель" (К before Ь)
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestGOSTSortKazakh: Cyrillic entries in the order of the Kazakh
// alphabet (CLDR kk): Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө
// after О, Ұ then Ү after У, Һ after Х, І after Ы; a Russian Ё sorts as
// Е, a Kazakh Ё after Е.
func TestGOSTSortKazakh(t *testing.T) {
	titles := []string{"Іргетас", "Һижра", "Хан", "Үй", "Ұлт", "Ут", "Өмір", "Орын", "Ңа", "Нан", "Қала", "Кітап", "Ғалым", "Гүл", "Әліппе", "Ағаш", "Ыдыс", "Ёлкин", "Ель", "Еж"}
	items := make([]bib.Item, len(titles))
	for i, s := range titles {
		items[i] = bib.Item{Title: s}
	}
	order, err := gostOrder(items, "author")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range order {
		got = append(got, items[i].Title)
	}
	want := "Ағаш Әліппе Гүл Ғалым Еж Ёлкин Ель Кітап Қала Нан Ңа Орын Өмір Ут Ұлт Үй Хан Һижра Ыдыс Іргетас"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	kk := []bib.Item{{Title: "Ёлка", Language: "kk"}, {Title: "Ель", Language: "kk"}}
	if order, _ := gostOrder(kk, "author"); order[0] != 1 {
		t.Errorf("Kazakh Ё sorted before Е: %v", order)
	}
}
