package bib

import "testing"

// TestSiteHeading reads the website named before a page's title as its
// author when the name spells the host of the page's URL, and only then.
func TestSiteHeading(t *testing.T) {
	checkHeadings(t, []heading{
		{"Стэпик. Введение в анализ данных [Электронный ресурс]. — Режим доступа: https://stepik.org/course/4852/. — Дата обращения: 12.03.2023.",
			"Стэпик", "Введение в анализ данных"},
		{"Open Library. The history of printing [Electronic resource]. — URL: https://openlibrary.org/works/OL1W (accessed: 01.02.2024).",
			"Open Library", "The history of printing"},
		{"Лента. Новости науки [Электронный ресурс]. — URL: https://lenta.ru/rubrics/science/ (дата обращения: 05.05.2021).",
			"Лента", "Новости науки"},
		{"Android Developers. Background work overview [Электронный ресурс]. — URL: https://developer.android.com/develop/background-work (дата обращения: 01.02.2025).",
			"Android Developers", "Background work overview"},
		{"Microsoft Learn. A tour of the C# language. URL: https://learn.microsoft.com/en-us/dotnet/core/introduction (дата звернення: 06.06.2026).",
			"Microsoft Learn", "A tour of the C# language"},
		{"Kubernetes Project. Concepts. URL: https://docs.kubernete.io/concepts/ (дата звернення: 06.06.2026).",
			"Kubernetes Project", "Concepts"},
		{"tokio-rs. Tokio: an asynchronous runtime for Rust. URL: https://github.com/tokio-rs/tokio (дата звернення: 06.06.2026).",
			"tokio-rs", "Tokio: an asynchronous runtime for Rust"},
	})
	for _, text := range []string{
		// A page's slug is no site's name off the code hosts.
		"Tries. Algorithms Wiki. URL: https://example.org/wiki/tries (accessed: 01.02.2024).",
		// A first word that spells the host heads a title, not a name in capitals.
		"Python for beginners. Lesson one. URL: https://python.org/lessons/1 (дата обращения: 05.05.2021).",
	} {
		if r := Parse(text); len(r.Item.Author) != 0 {
			t.Errorf("%s\nauthor %+v; want none", text, r.Item.Author)
		}
	}
	t.Run("title_sentence_not_host", func(t *testing.T) {
		r := Parse("Культура. Традиции и обряды [Электронный ресурс]. — URL: https://example.org/kultura (дата обращения: 05.05.2021).")
		if len(r.Item.Author) != 0 {
			t.Errorf("author %+v; want none: the first sentence does not name the host", r.Item.Author)
		}
	})
}

// TestNamesSiteWithoutLabels asks of a URL whose host has no labels to
// read, and gets no.
func TestNamesSiteWithoutLabels(t *testing.T) {
	if namesSite("Local Docs", "http://localhost/docs") {
		t.Error("a host without a dot names no site")
	}
}

func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"vikipedia", "vikipeda", true}, {"abc", "abd", true}, {"abc", "abcd", true},
		{"abc", "abc", true}, {"abc", "xyz", false}, {"abc", "abcde", false}, {"kagle", "kegli", false},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestOrgHeading reads an organisation named before a title as the author.
func TestOrgHeading(t *testing.T) {
	checkHeadings(t, []heading{
		{"Mozilla Foundation. MDN Web Docs [Электронный ресурс]. – URL: https://developer.mozilla.org/ (дата обращения: 12.01.2025).", "Mozilla Foundation", "MDN Web Docs"},
		{"Acme Systems. Controller Reference Guide. – 2021. – 56 p.", "Acme Systems", "Controller Reference Guide"},
	})
	t.Run("author_date_organisation_left_to_the_english_reader", func(t *testing.T) {
		r := Parse("World Health Organization. (2019). Global report on health. Geneva: WHO.")
		if len(r.Item.Author) != 1 || r.Item.Issued.Year() != 2019 || r.Item.Title != "Global report on health" {
			t.Errorf("author %+v, issued %v, title %q", r.Item.Author, r.Item.Issued, r.Item.Title)
		}
	})
}

// heading is an entry headed by a site or an organisation, and the author
// and title it should give.
type heading struct{ text, author, title string }

// checkHeadings parses each entry and checks its literal author and title.
func checkHeadings(t *testing.T, cases []heading) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.author, func(t *testing.T) {
			r := Parse(c.text)
			if len(r.Item.Author) != 1 || r.Item.Author[0].Literal != c.author || r.Item.Title != c.title {
				t.Errorf("author %+v, title %q; want %q, %q", r.Item.Author, r.Item.Title, c.author, c.title)
			}
		})
	}
}

// TestAccessDateInParenthesesAfterURL reads a bare date in parentheses
// right after a URL as the access date, and leaves it out of the title.
func TestAccessDateInParenthesesAfterURL(t *testing.T) {
	r := Parse("Gin Web Framework Documentation. — URL: https://gin-gonic.com/docs/ (21.03.2025).")
	want{typ: "webpage", title: "Gin Web Framework Documentation", accessed: "2025-03-21"}.check(t, r)
}

// TestWholeSiteMarked reads a description of a whole website, marked
// "[сайт]" in its other title information (GOST R 7.0.100-2018, 5.4), as a
// web page.
func TestWholeSiteMarked(t *testing.T) {
	checkParses(t, []parseCase{
		{"Гарант : информационно-правовой портал : [сайт]. – Москва, 1990. – URL: https://www.garant.ru (дата обращения: 01.02.2022). – Текст : электронный.",
			want{typ: "webpage", title: "Гарант", place: "Москва", accessed: "2022-02-01"}},
	})
}

// TestPersonOnOwnSite reads a person's inverted name as the author even
// when it spells the host of the page's address: a person writes on a
// site of his own name.
func TestPersonOnOwnSite(t *testing.T) {
	checkParses(t, []parseCase{
		{`Orlov, Pavel. "Mooring in Wind." _Orlov's Blog_, 18 Oct. 2021, [blog.orlov.example.kz/mooring/](https://blog.orlov.example.kz/mooring/). Accessed 5 Dec. 2023.`,
			want{author: "Orlov", title: "Mooring in Wind", container: "Orlov's Blog"}},
	})
}
