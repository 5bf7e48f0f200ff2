package bib

import "testing"

// TestConferenceVenue reads a paper cited by its conference's acronym as a
// paper in proceedings, whichever reader and field the acronym reached,
// and leaves unknown capitals and journals alone.
func TestConferenceVenue(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov A., Belov B. Dense Features for Matching. ICCV, 2019. DOI: 10.1109/ICCV.2019.00123",
			want{typ: "paper-conference", container: "ICCV", publisher: "", issued: "2019"}},
		{"Орлов А. и др. Sparse Transformers. — ICLR, 2021.",
			want{typ: "paper-conference", container: "ICLR", place: ""}},
		{`A. Orlov and B. Belov, "Graph matching at scale," in KDD, 2020, pp. 10–18.`,
			want{typ: "paper-conference", container: "KDD"}},
		{"Orlov A. Deep Nets. Springer, 2019.",
			want{typ: "book", publisher: "Springer"}},
		{"Orlov A. Deep Nets. NASA, 2019.",
			want{typ: "book"}},
	})
	for s, want := range map[string]bool{"CVPR": true, "NeurIPS 2017": true, "Proc. ICML": true, "ICLR'21": true, "*ACL 2020*": true, "ICML 20x": false, "Nature": false, "IEEE": false} {
		if got := isVenueAcronym(s); got != want {
			t.Errorf("isVenueAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestEmphasisSpans reads a heading in Markdown emphasis as a title, and
// two spans in emphasis joined by a comma as a page's title and site.
func TestEmphasisSpans(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P. (2019) _Reading Tide Tables_, _harbourlog_. Available at: https://harbourlog.example.org/tides (Accessed: 3 May 2024).",
			want{typ: "webpage", author: "Orlov", title: "Reading Tide Tables", container: "harbourlog"}},
		{"*How to Moor a Boat in Wind* (2021). Available at: https://video.example.com/watch?v=abc (Accessed: 3 May 2024).",
			want{typ: "webpage", title: "How to Moor a Boat in Wind", issued: "2021"}},
	})
	if a := Parse("*How to Moor a Boat in Wind* (2021). Available at: https://video.example.com/watch?v=abc (Accessed: 3 May 2024).").Item.Author; len(a) > 0 {
		t.Errorf("author %+v, want none: the heading in emphasis is the title", a)
	}
}

// TestPreprintServerAsJournal reads a paper posted to a preprint server
// named where a journal would stand as a preprint.
func TestPreprintServerAsJournal(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov A, Quay B, et al. Tides in harbour basins. bioRxiv. 2023 Mar 2;2023.03.01.530000.",
			want{typ: "article", container: "bioRxiv"}},
	})
}

// TestCopyrightHost reads a site named with its copyright notice: the
// year dates the page, the sign and the year leave the site's name.
func TestCopyrightHost(t *testing.T) {
	checkParses(t, []parseCase{
		{"Справка по API [Электронный ресурс] // © Гавань 2022. URL: https://docs.example.org",
			want{typ: "webpage", container: "Гавань", issued: "2022"}},
		{"Главная страница [Электронный ресурс] // © 2019 ООО «Причал». URL: https://example.ru",
			want{typ: "webpage", container: "ООО «Причал»", issued: "2019"}},
	})
}

// TestNoteTitleInEmphasisThenSource ends a note's title where its
// emphasis ends, linked or not, reads what follows up to the date as the
// site of a page (or the publisher), and an ISO date whole.
func TestNoteTitleInEmphasisThenSource(t *testing.T) {
	refs := ParseLines([]string{
		"Pavel Orlov and Anna Quay, [*Mapping harbour tides*](https://tides.example.org/2026/map/), Quay Lab Blog, 2026-06-03.",
		"Ibid.",
		"Pavel Orlov, *Tide tables*, Harbour Board, June 3, 2021.",
	})
	for i, w := range []struct{ typ, title, container, publisher, issued string }{
		{"webpage", "Mapping harbour tides", "Quay Lab Blog", "", "2026-06-03"},
		{"webpage", "Mapping harbour tides", "Quay Lab Blog", "", "2026-06-03"},
		{"", "Tide tables", "", "Harbour Board", ""},
	} {
		it := refs[i].Item
		if w.typ != "" && it.Type != w.typ || it.Title != w.title || it.ContainerTitle != w.container || it.Publisher != w.publisher || w.issued != "" && it.Issued.String() != w.issued {
			t.Errorf("note %d: %q %q %q %q %v; want %+v", i+1, it.Type, it.Title, it.ContainerTitle, it.Publisher, it.Issued, w)
		}
	}
}

// TestBodyThenEmphasisTitle reads a note headed by a body's name before its
// title in emphasis, linked or not, the page after it the locator.
func TestBodyThenEmphasisTitle(t *testing.T) {
	refs := ParseLines([]string{
		"Harbourworks, [*Tide Report: May 2025*](https://cdn.example.com/tide-report.pdf), p. 4: \"the tide rose\"",
		"Ibid., p. 6.",
	})
	for i, loc := range []string{"4", "6"} {
		it := refs[i].Item
		if len(it.Author) != 1 || it.Author[0].Literal != "Harbourworks" || it.Title != "Tide Report: May 2025" || it.Type != "report" || refs[i].Locator != loc {
			t.Errorf("note %d: author %+v title %q type %q locator %q; want Harbourworks, Tide Report: May 2025, report, %s", i+1, it.Author, it.Title, it.Type, refs[i].Locator, loc)
		}
	}
}

// TestDroppedImprint empties a publisher, a place or a container that
// holds a number, a cut word or a date, moves a city read as the publisher
// to the place, and keeps real names with figures or of three letters.
func TestDroppedImprint(t *testing.T) {
	for _, c := range []struct{ publisher, place, container, wantPublisher, wantPlace, wantContainer string }{
		{"22(7)", "", "", "", "", ""},
		{"Вип. 24", "Київ", "", "", "Київ", ""},
		{"pp. 1-138", "", "", "", "", ""},
		{"no.1. s", "", "", "", "", ""},
		{"dis", "Lviv", "", "", "Lviv", ""},
		{"28 Nov", "", "", "", "", ""},
		{"January 28", "", "", "", "", ""},
		{"", "115a10202", "", "", "", ""},
		{"", "for readers in grades 6 to", "", "", "", ""},
		{"", "", "93(12)", "", "", ""},
		{"", "", "2010 Oct 1", "", "", ""},
		{"Ось-89", "М.", "", "Ось-89", "М.", ""},
		{"«Магнолія 2006»", "Львів", "", "«Магнолія 2006»", "Львів", ""},
		{"МГУ", "М.", "", "МГУ", "М.", ""},
		{"ACM", "New York", "2015 IEEE Conference on Vision", "ACM", "New York", "2015 IEEE Conference on Vision"},
		{"Press", "", "Nature", "Press", "", "Nature"},
		{"online", "", "", "", "", ""},
		{"In press", "", "", "", "", ""},
		{"Moscow", "", "", "", "Moscow", ""},
		{"«Москва»", "", "", "«Москва»", "", ""},
	} {
		it := Item{Publisher: c.publisher, PublisherPlace: c.place, ContainerTitle: c.container}
		droppedImprint(&it)
		if it.Publisher != c.wantPublisher || it.PublisherPlace != c.wantPlace || it.ContainerTitle != c.wantContainer {
			t.Errorf("%q, %q, %q: got %q, %q, %q; want %q, %q, %q", c.publisher, c.place, c.container,
				it.Publisher, it.PublisherPlace, it.ContainerTitle, c.wantPublisher, c.wantPlace, c.wantContainer)
		}
	}
}

// TestWithoutJournalKind takes the kind of periodical printed after a
// journal's name out of the container, and keeps a name that ends in a
// subject's journal.
func TestWithoutJournalKind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Пам’ятки порту : Історія та культура. Науковий часопис", "Пам’ятки порту : Історія та культура"},
		{"Труды Института гаваней (электронный журнал)", "Труды Института гаваней"},
		{"Портовые технологии, научно-практический журнал", "Портовые технологии"},
		{"Вестник порта : научный журнал", "Вестник порта"},
		{"Известия вузов. Лесной журнал", "Известия вузов. Лесной журнал"},
		{"Российский журнал", "Российский журнал"},
		{"Journal of Harbour Physics", "Journal of Harbour Physics"},
	} {
		if got := withoutJournalKind(c.in); got != c.want {
			t.Errorf("withoutJournalKind(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkParses(t, []parseCase{
		{"Сидоров И. И. Причалы // Портовые технологии, научно-практический журнал. – 2021. – № 4. – С. 10–15.",
			want{typ: "article-journal", container: "Портовые технологии", issue: "4"}},
	})
}

// TestDroppedVolume empties a volume of five figures and keeps a year
// that a journal numbers its volumes by.
func TestDroppedVolume(t *testing.T) {
	for v, want := range map[string]string{"10856": "", "40176": "", "2022": "2022", "115": "115", "xciii": "xciii"} {
		it := Item{Volume: v}
		droppedImprint(&it)
		if it.Volume != want {
			t.Errorf("volume %q became %q, want %q", v, it.Volume, want)
		}
	}
}
