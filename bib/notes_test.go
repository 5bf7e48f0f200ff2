package bib

import "testing"

// TestShortNoteAuthorPage resolves a note of an author and a page alone to
// the author's work cited before, and leaves "Author, year" alone.
func TestShortNoteAuthorPage(t *testing.T) {
	refs := ParseLines([]string{
		"Julia Sweig, Friendly Fire: Losing Friends and Making Enemies in the Anti-American Century (New York: Public Affairs, 2006), 5.",
		"Sweig, 13.",
		"Sweig, 2006.",
	})
	if r := refs[1]; r.IbidOf != 1 || r.Locator != "13" || r.Item.Title != refs[0].Item.Title {
		t.Errorf("ibid_of %d, locator %q, title %q; want 1, 13, %q", r.IbidOf, r.Locator, r.Item.Title, refs[0].Item.Title)
	}
	if r := refs[2]; r.Locator == "2006" {
		t.Errorf("locator %q: a year read as the page cited", r.Locator)
	}
}

// TestMLA7Web reads MLA 7's web sources: site, publisher and date in
// elements of their own, and the access date after "Web.".
func TestMLA7Web(t *testing.T) {
	r := Parse("Nguyen, Anh. “Winter Birds of the Valley.” Valley Birding. Valley Audubon Society, 3 Jan. 2011. Web. 12 Feb. 2011.")
	want{typ: "webpage", author: "Nguyen", title: "Winter Birds of the Valley", container: "Valley Birding",
		publisher: "Valley Audubon Society", issued: "2011-01-03", accessed: "2011-02-12"}.check(t, r)
	r = Parse("City Parks Guide. N.p., n.d. Web. 5 May 2012.")
	want{typ: "webpage", accessed: "2012-05-05"}.check(t, r)
}

// TestEnglishOrganisations reads APA's organisation authors before a dated
// web page or an italic title, and IEEE's abbreviated proceedings.
func TestEnglishOrganisations(t *testing.T) {
	r := Parse("Open Data Institute. (2021, March 4). Open data explained. Open Data Institute. Retrieved from https://example.org/what-is-open-data")
	want{typ: "webpage", author: "Open Data Institute", title: "Open data explained", container: "Open Data Institute"}.check(t, r)
	r = Parse("Open Data Institute. (2021, March 4). What is open data? Open Data Institute. Retrieved from https://example.org/what-is-open-data")
	want{author: "Open Data Institute"}.check(t, r)
	r = Parse("Bureau of Transport & Roads. (2015). *Road Safety Review 2015*. Retrieved from https://example.org/review.pdf")
	want{author: "Bureau of Transport & Roads", title: "Road Safety Review 2015"}.check(t, r)
	r = Parse(`A. Lee and B. Kim, "Fast indexing of sensor streams," in Proc. IEEE ICDE, 2011, pp. 10–19.`)
	want{typ: "paper-conference", container: "Proc. IEEE ICDE", page: "10–19"}.check(t, r)
}

// TestMLA6AccessDate reads the date printed before an address in angle
// brackets as the access date, not the work's date.
func TestMLA6AccessDate(t *testing.T) {
	r := Parse("Green, Paula. Notes on Victorian Poetry. 2 Mar. 2001. Riverside University. 14 June 2006 <http://www.example.edu/victorian/>.")
	want{accessed: "2006-06-14", issued: "2001-03-02"}.check(t, r)
}

// TestWebPagesWithoutAuthor reads APA's and Australian Harvard's web pages
// that have no author.
func TestWebPagesWithoutAuthor(t *testing.T) {
	want{title: "Sorting algorithms compared", container: "Algorithms Wiki"}.check(t,
		Parse("Sorting algorithms compared. Algorithms Wiki. (n.d.). Retrieved from https://example.org/wiki/sorting"))
	want{typ: "webpage", title: "Referencing made easy", issued: "2016", publisher: "University of Newcastle"}.check(t,
		Parse("Referencing made easy 2016, University of Newcastle, <http://www.example.edu.au/referencing>."))
	want{typ: "webpage", title: "Library guide to citing", publisher: "Riverina College"}.check(t,
		Parse("Library guide to citing n.d. Riverina College, <http://www.example.edu.au/cite>."))
}

// TestHarvardNoAuthor reads a Harvard work with no author whose date is
// followed by its imprint alone.
func TestHarvardNoAuthor(t *testing.T) {
	r := Parse("The Oxford Atlas of Birds (2001) Oxford: Clarendon.")
	want{title: "The Oxford Atlas of Birds", place: "Oxford", publisher: "Clarendon", issued: "2001"}.check(t, r)
	if len(r.Item.Author) != 0 {
		t.Errorf("author %+v; want none", r.Item.Author)
	}
}

// TestNoteReferralsAndSources reads what a note adds around the work it
// cites: referral words ("См.:", "Див., наприклад:", "Cf."), a document
// quoted from another work ("… Л. 16. Цит. по: Work"), columns ("Стб.")
// as the cited place, and an archive named in one sentence ("ЦА ФСБ.") as
// no author.
func TestNoteReferralsAndSources(t *testing.T) {
	refs := ParseLines([]string{
		"См.: Орлов К. Н. Очерки истории края. М., 2001. С. 45.",
		"Див., наприклад: Коваль М. С. Історія міста. – Київ, 1995. – С. 12.",
		"Cf. Anne Ward, Lakes and Rivers (Oxford: Clarendon Press, 1990), 15.",
		"ЦА МВД. Ф. 2. Оп. 1. Д. 15. Л. 10–11. Цит. по: Белов П. Р. Письма и судьбы. М., 2009. С. 31.",
		"Летопись. – Т. 1. – Стб. 343.",
		"ЦА МВД. Ф. 3. Оп. 5. Д. 14. Л. 21",
	})
	want{author: "Орлов", title: "Очерки истории края", locator: "45"}.check(t, refs[0])
	want{author: "Коваль", title: "Історія міста", locator: "12"}.check(t, refs[1])
	want{author: "Ward", title: "Lakes and Rivers", publisher: "Clarendon Press", locator: "15"}.check(t, refs[2])
	want{typ: "book", author: "Белов", title: "Письма и судьбы", issued: "2009", locator: "31"}.check(t, refs[3])
	if !refs[3].AsCitedIn {
		t.Error("a document quoted from a work: as_cited_in is false")
	}
	want{locator: "343", volume: "1"}.check(t, refs[4])
	if it := refs[5].Item; len(it.Author) > 0 || it.Archive != "ЦА МВД" || it.Type != "manuscript" {
		t.Errorf("archive file: author %v, archive %q, type %q", it.Author, it.Archive, it.Type)
	}
}

// TestNoteOfTwoWorks reads a note that cites two works, joined by a
// semicolon, for its first work; a semicolon inside a statement of
// responsibility splits nothing.
func TestNoteOfTwoWorks(t *testing.T) {
	refs := ParseLines([]string{
		"Там же.",
		"Летопись. – Т. 1. – Стб. 479; Белов П.Р. Отражение в летописи // Древние государства. – Москва, 1986. – С. 67.",
		"Сочинения / под ред. А. Б. Орлова; пер. В. В. Белова. – М., 1990. – С. 5.",
	})
	it := refs[1].Item
	if it.Title != "Летопись" || it.ContainerTitle != "" || it.Issued != nil || refs[1].Locator != "479" {
		t.Errorf("first work: title %q, container %q, issued %v, locator %q", it.Title, it.ContainerTitle, it.Issued, refs[1].Locator)
	}
	want{title: "Сочинения", editor: "Орлова", locator: "5"}.check(t, refs[2])
}

// TestTranslationNotes reads an encyclopedia list's translation notes: the
// language named first is no part of the title, and "у кн.:" names the
// book a translated part appeared in.
func TestTranslationNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Рус. пер. — Избр. стихотворения. Тбилиси, 1986;", want{title: "Избр. стихотворения", place: "Тбилиси"}},
		{"Бел. пер. — у кн.: Мая краіна. Мн., 1992;", want{typ: "chapter", container: "Мая краіна", place: "Мн."}},
	})
}

// TestReferralBeforeOpCit resolves an op. cit. note that opens with a
// referral word ("Подробнее см.: Author. Указ. соч.").
func TestReferralBeforeOpCit(t *testing.T) {
	refs := ParseLines([]string{"Белов П. Р. Очерки истории. М., 2001. 300 с.", "Там же. С. 5.", "Подробнее см.: Белов П. Р. Указ. соч. С. 45."})
	if refs[2].IbidOf != 1 || refs[2].Locator != "45" || refs[2].Item.Title != "Очерки истории" {
		t.Errorf("op. cit. after a referral: of %d, locator %q, title %q", refs[2].IbidOf, refs[2].Locator, refs[2].Item.Title)
	}
}

// TestRomanLocator reads a page of a preface numbered in roman figures as
// the place an Ibid. note cites.
func TestRomanLocator(t *testing.T) {
	refs := ParseLines([]string{"Anne Ward, Lakes and Rivers (Oxford: Clarendon Press, 1990), 15.", "Ibid., viii.", "Ibid., xi–xiv."})
	if refs[1].Locator != "viii" || refs[2].Locator != "xi-xiv" {
		t.Errorf("locators %q, %q", refs[1].Locator, refs[2].Locator)
	}
}

// TestNoteWordsOnlyAsNotes keeps a title that opens with a note's word
// ("Библиографическая ссылка", a standard's title): only the abbreviated
// note or the whole word and a colon is a copy note.
func TestNoteWordsOnlyAsNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"ГОСТ Р 7.0.5-2008. Библиографическая ссылка. – М. : Стандартинформ, 2008. – 23 с.",
			want{typ: "standard", title: "Библиографическая ссылка", number: "Р 7.0.5-2008", place: "М.", publisher: "Стандартинформ", pages: "23"}},
		{"Сергеева А. Н. Библиографический указатель трудов. – Казань : Фэн, 2004. – 96 с.",
			want{author: "Сергеева", title: "Библиографический указатель трудов", place: "Казань", pages: "96"}},
		{"Иванов И. И. Книга. – М., 2008. – 23 с. – Библиография: с. 20–23.", want{title: "Книга", pages: "23"}},
		{"Иванов И. И. Книга. – М., 2008. – 240 с. – Библиогр. в конце глав.", want{title: "Книга", pages: "240"}},
	})
}

// TestTransliteratedAccessDate reads the access date of a transliterated
// Russian or Ukrainian list ("data obrashcheniya", "data zvernennia").
func TestTransliteratedAccessDate(t *testing.T) {
	checkParses(t, []parseCase{
		{"Sokolov A.V. Obzor rynka. URL: http://example.ru/obzor (data obrashcheniya: 05.03.2022).", want{accessed: "2022-03-05"}},
		{"Bondar O. Nazva statti. URL: http://example.ua/n (data zvernennia: 14.11.2021).", want{accessed: "2021-11-14"}},
	})
}

// TestUkrainianOpCit resolves the Ukrainian forms of op. cit. ("Зазнач.
// праця", "Цит. праця") to the author's earlier note.
func TestUkrainianOpCit(t *testing.T) {
	refs := ParseLines([]string{"Бойко О. Історія України. К., 2005. 600 с.", "Петренко І. Козацтво. Львів, 2010. 300 с.", "Бойко О. Зазнач. праця. С. 45.", "Бойко О. Цит. праця. С. 47."})
	for _, r := range refs[2:] {
		if r.IbidOf != 1 || r.Item.Title != "Історія України" {
			t.Errorf("%s: of %d, title %q", r.Raw, r.IbidOf, r.Item.Title)
		}
	}
	if refs[2].Locator != "45" {
		t.Errorf("locator %q, want 45", refs[2].Locator)
	}
}

// TestTwoWorksJoinedOutsideNotes reads an entry that joins two works with a
// semicolon for its first even in a list without Ibid. notes, when the
// first ends with its page or column and a heading and title follow; a
// semicolon inside a statement of responsibility joins no works.
func TestTwoWorksJoinedOutsideNotes(t *testing.T) {
	r := ParseLines([]string{
		"Летопись. – Т. 2. – Стб. 112; Орлов Н.Ф. Отражение событий // Древности. 1985 г. – Москва, 1986. – С. 67.",
		"Белов Б. Записки. – М., 1990.",
	})[0]
	want{title: "Летопись", volume: "2", locator: "112"}.check(t, r)
	if r.Item.ContainerTitle != "" {
		t.Errorf("container %q: the second work's host", r.Item.ContainerTitle)
	}
	want{author: "Орлов|Белов", publisher: "Наука"}.check(t, Parse("Орлов А. А. Очерки / А. А. Орлов; Б. Б. Белов. – М. : Наука, 1990. – 200 с."))
}

// TestIbidOfArchivalFile reads the leaf of an archival file a Там же note
// prints ("Там же. Оп.4. Д.2241. Л.685.") as part of the shelf mark, no
// locator, and a page after Там же of a book as its locator.
func TestIbidOfArchivalFile(t *testing.T) {
	refs := ParseLines([]string{
		"ГАРФ. Ф. Р-1235. Оп.2. Д.65. Л.310.",
		"Там же. Оп.4. Д.2241. Л.685.",
		"Там же. Л.74.",
		"Орлов А. Очерки. М., 1990. С. 5.",
		"Там же. С. 7.",
	})
	for i, want := range []string{"", "", "", "5", "7"} {
		if refs[i].Locator != want {
			t.Errorf("note %d: locator %q, want %q", i+1, refs[i].Locator, want)
		}
	}
}

// TestPeriodicalIssueNotes reads notes that cite a periodical's issue by
// the periodical's name in quotation marks alone, and short notes that
// name an author and a page.
func TestPeriodicalIssueNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"«Красная новь», №№5–6, 1926, с.112.",
			want{typ: "article-journal", container: "Красная новь", issue: "5–6", issued: "1926"}},
		{"«Известия» от 12 марта 1931.",
			want{typ: "article-newspaper", container: "Известия", issued: "1931-03-12"}},
		{"“Новый мир”, № 9, 1962.",
			want{typ: "article-journal", container: "Новый мир", issue: "9", issued: "1962"}},
		{"«Тихий Дон», М., 1990.", want{typ: "book", title: "Тихий Дон", issued: "1990"}},
	})
	for _, c := range []struct{ text, family, locator string }{{"А.Смирнов, с.17.", "Смирнов", "17"}, {"См.: Б.Карпов, с. 40–42.", "Карпов", "40–42"}} {
		r := Parse(c.text)
		if len(r.Item.Author) != 1 || r.Item.Author[0].Family != c.family || r.Item.Title != "" || r.Locator != c.locator {
			t.Errorf("%s: author %+v, title %q, locator %q; want %s, no title, %s", r.Raw, r.Item.Author, r.Item.Title, r.Locator, c.family, c.locator)
		}
	}
}

// TestShortTitleNotes reads a note whose title is cut short with an
// ellipsis before the page ("Саркел... С. 140"), and a Belarusian thesis.
func TestShortTitleNotes(t *testing.T) {
	r := Parse("Плетнева С. А. Саркел... С. 140.")
	if got := NameKey(r.Item.Title); got != NameKey("Саркел") || r.Locator != "140" {
		t.Errorf("title %q, locator %q; want the shortened title and 140", r.Item.Title, r.Locator)
	}
	checkParses(t, []parseCase{
		{"Бірыла М. В. Беларуская антрапанімія: дыс. ... д-ра філал. навук. – Мінск, 1970. – 410 л.",
			want{typ: "thesis", title: "Беларуская антрапанімія", place: "Мінск", issued: "1970"}},
	})
}

// TestNotesSlipsOfHosts reads "Указ. соч." as no decree, a host named
// "в кн.:" in lower case after a comma, and slashes typed before a
// statement of responsibility as no host.
func TestNotesSlipsOfHosts(t *testing.T) {
	if r := Parse("Михаил Пселл. Указ. соч. С. 75."); r.Item.Type == "legislation" {
		t.Errorf("type %q: \"Указ. соч.\" cites a work, no decree", r.Item.Type)
	}
	checkParses(t, []parseCase{
		{"Павлов И. П. Лекции о работе пищеварительных желез (совместно с учениками), в кн.: Полное собрание сочинений. – М., 1951.",
			want{typ: "chapter", container: "Полное собрание сочинений", place: "М."}},
		{"Общая хирургия // Пер. с нем. под ред. А. А. Иванова. – М.: Медицина, 1985. – 600 с.",
			want{typ: "book", title: "Общая хирургия", place: "М.", publisher: "Медицина", pages: "600"}},
	})
}

// TestArchivalAndNewspaperNotes reads notes that cite an archive's file
// with commas, in lower case or with Ukrainian units, and notes that cite a
// newspaper's issue by its name and day alone.
func TestArchivalAndNewspaperNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"ГАКО. Ф. 310, Оп. 2. Д. 14, Л. 5-7.", want{typ: "manuscript"}},
		{"ЦДІАК України, ф. 127, оп. 1, спр. 2045, арк. 12 зв.", want{typ: "manuscript"}},
		{"Рукописный отдел библиотеки университета, ф. XII, д. 41, л. 3.", want{typ: "manuscript"}},
		{"Киевлянин. — 1905. — 12 (25) октября.", want{typ: "article-newspaper", container: "Киевлянин", issued: "1905-10-12"}},
		{"Вільне слово. — 1919. — № 8. — 3 березня. — С. 2.", want{typ: "article-newspaper", container: "Вільне слово", issue: "8", issued: "1919-03-03", locator: "2"}},
	})
	r := Parse("ЦДІАК України, ф. 127, оп. 1, спр. 2045, арк. 12.")
	if r.Item.Issued != nil || r.Item.Archive != "ЦДІАК України" {
		t.Errorf("issued %v, archive %q; want no date and the archive ЦДІАК України", r.Item.Issued, r.Item.Archive)
	}
}

// TestNoteSlips reads notes with the slips real lists carry: "См,:" for
// "См.:", a page mark glued to a hyphen typed for the dash ("-С.72-76"),
// and an op. cit. whose work is cited on another page, typed a book.
func TestNoteSlips(t *testing.T) {
	checkParses(t, []parseCase{
		{"См,: Под знаменем труда. Пермь, 1961. С. 12.", want{title: "Под знаменем труда", place: "Пермь", locator: "12"}},
		{"Орлова Н.П. Слово о полку// Русская речь. - 1984. - № 6. -С.72-76.", want{container: "Русская речь", issue: "6", page: "72-76"}},
	})
	refs := ParseLines([]string{"Орлова Н.П. Указ. соч. С. 34."})
	if r := refs[0]; r.Item.Type != "book" || r.Locator != "34" {
		t.Errorf("type %q, locator %q; want book, 34", r.Item.Type, r.Locator)
	}
	r := Parse("Иванов П.П. Сайрам. Исторический очерк. Сборник статей в честь профессора. Ташкент, 1923. С. 45-56.")
	want{typ: "chapter", title: "Сайрам. Исторический очерк", container: "Сборник статей в честь профессора", page: "45-56"}.check(t, r)
}

// TestNoteWordsBeforeWork reads the work a note cites after the note's own
// words and "див.:"/"см.:", or after "Пор."/"Ср.:", and keeps a span of
// years before the statement of responsibility in the title.
func TestNoteWordsBeforeWork(t *testing.T) {
	checkParses(t, []parseCase{
		{"Докладніше про це див.: Коваль М. Історія міста. Київ, 1999. С. 12.", want{author: "Коваль", title: "Історія міста", locator: "12"}},
		{"Пор. Орленко В. Говори Полісся. - К., 1985. - С. 66.", want{author: "Орленко", title: "Говори Полісся"}},
		{"Ср.: Лебедев П. Очерки. М., 1970. С. 5.", want{author: "Лебедев", title: "Очерки"}},
		{"Толстой Л. Н. Дневники. 1895–1899 / изд. подгот. А. А. Иванова. – М.: Наука, 1990. С. 40.",
			want{typ: "book", title: "Дневники. 1895–1899", place: "М.", publisher: "Наука"}},
	})
}

// TestBelarusianNotes reads the Belarusian compiler "склад.", the page
// "бач.", old city names ("Вільня", "Менск") and a lower-case volume in
// roman figures ("т. II").
func TestBelarusianNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Народныя песні : зборнік / склад. А. Лось. – Мінск, 1999. – 120 с.", want{editor: "Лось", title: "Народныя песні"}},
		{"Гарэцкі М. Гісторыя беларускае літаратуры. Вільня, 1920. бач. 45.", want{place: "Вільня", locator: "45"}},
		{"Ластоўскі В. Кароткая гісторыя Беларусі. Менск, 1926. С. 12.", want{place: "Менск"}},
		{"Шпилевский П. Путешествие по Полесью // Шпилевский П. Избранное, т. II. Минск, 1990, с. 15.", want{volume: "II"}},
	})
}

// TestNotesCollectedWorks reads a part of an author's collected works
// named after a dash, and the page a note cites in such a volume.
func TestNotesCollectedWorks(t *testing.T) {
	checkParses(t, []parseCase{
		{"Новая эпоха в истории литературы. — Творы, т. 2. Минск, 1928, стр. 24.",
			want{typ: "chapter", title: "Новая эпоха в истории литературы", container: "Творы", volume: "2", place: "Минск", locator: "24"}},
		{"Сидоров П. П. Заметки о море. — Сочинения. Т. 3. М., 1955. С. 12.",
			want{typ: "chapter", author: "Сидоров", container: "Сочинения", volume: "3", locator: "12"}},
		// The works themselves, with no dash, are a book.
		{"Сидоров П. П. Сочинения. Т. 3. М., 1955. С. 12.",
			want{typ: "book", title: "Сочинения", volume: "3"}},
	})
}

// TestNotesCommaPeriodical reads notes typed with commas whose title in
// guillemets is followed by a periodical, its year and number.
func TestNotesCommaPeriodical(t *testing.T) {
	checkParses(t, []parseCase{
		{"П. П. Сидоренко, «Морські течії», Народна творчість, 1983, 6, с. 45.",
			want{typ: "article-journal", title: "Морські течії", container: "Народна творчість", issue: "6", issued: "1983", locator: "45"}},
		{"«Як плаваць», — «Марская ніва», 1906, № 1, стр. 4.",
			want{container: "Марская ніва", issue: "1", locator: "4"}},
		// A place, its year and a page are a book's imprint.
		{"П. П. Сидоренко, «Морські течії», Київ, 1983, с. 45.",
			want{typ: "book", place: "Київ", locator: "45"}},
	})
}

// TestNotesOpCitVariants reads the shortened repeats "Указ. праця" (a
// Russian word in a Ukrainian note) and "Ук. соч." as op. cit.: the
// author and the page cited, no title.
func TestNotesOpCitVariants(t *testing.T) {
	for _, s := range []string{"Сидоренко П. Указ. праця. — С. 208.", "Сидоров П. Ук. соч. С. 12."} {
		r := ParseLines([]string{s})[0]
		if r.Item.Title != "" || len(r.Item.Author) != 1 || r.Locator == "" {
			t.Errorf("ParseLines(%q) = title %q, authors %v, locator %q; want no title, one author, a locator", s, r.Item.Title, r.Item.Author, r.Locator)
		}
	}
}

// TestNotesByTheirWords reads a list whose entries open with "См.:" as
// notes with no Ibid. in it: an article's pages there are the ones cited.
func TestNotesByTheirWords(t *testing.T) {
	refs := ParseLines([]string{
		"См.: Сидоров П. П. Морские течения // Вопросы навигации. 1975. № 3. С. 92–100.",
		"Орлов А. А. Лоции // Морской сборник. 1990. № 14. С. 102.",
		"См.: Квей А. Гавани. М., 1980. С. 12.",
	})
	for i, want := range []string{"92–100", "102", "12"} {
		if refs[i].Locator != want || refs[i].Item.Page != "" {
			t.Errorf("note %d: locator %q, page %q; want locator %q", i+1, refs[i].Locator, refs[i].Item.Page, want)
		}
	}
	// A list of works with one "См." entry stays a list.
	list := ParseLines([]string{
		"См.: Сидоров П. П. Морские течения // Вопросы навигации. 1975. № 3. С. 92–100.",
		"Орлов А. А. Лоции // Морской сборник. 1990. № 14. С. 98–102.",
	})
	if list[1].Item.Page == "" {
		t.Errorf("a list's article lost its pages: %+v", list[1])
	}
}

// TestIbidLeadingPage reads the page an Ibid. note opens with, a comment
// after it, not the last number of the comment.
func TestIbidLeadingPage(t *testing.T) {
	refs := ParseLines([]string{
		"Pavel Orlov, *Tide Tables* (London: Quay Press, 2020), 4.",
		"Ibid., p. 6, phase 3.",
		"Ibid., pp. 4 and 8. The report gives both figures.",
		"Ibid., p. 10: berths closed, 2 of 12.",
		"Ibid., 15.",
	})
	for i, want := range []string{"4", "6", "4 and 8", "10", "15"} {
		if refs[i].Locator != want {
			t.Errorf("note %d locator %q, want %q", i+1, refs[i].Locator, want)
		}
	}
}

// TestVolumeNotes reads notes that cite a volume of works the text named
// once ("Т. XIV. С. 404."): the roman figures are the volume, no person,
// and an Ibid. after such a note repeats it with its own page.
func TestVolumeNotes(t *testing.T) {
	refs := ParseLines([]string{
		"Т. XIV. С. 404.",
		"Там же. С. 410.",
		"Там же.",
	})
	for i, want := range []string{"404", "410", "410"} {
		r := refs[i]
		if len(r.Item.Author) > 0 || r.Item.Volume != "XIV" || r.Locator != want {
			t.Errorf("note %d: author %+v, volume %q, locator %q; want no author, volume XIV, locator %s", i+1, r.Item.Author, r.Item.Volume, r.Locator, want)
		}
	}
	if refs[1].IbidOf != 1 {
		t.Errorf("Ibid. resolves to %d, want 1", refs[1].IbidOf)
	}
}

// TestAuthorYearNotes reads a note that cites a work by its author's name
// and year and the page, the name no title; a title followed by an
// imprint's year stays a title.
func TestAuthorYearNotes(t *testing.T) {
	refs := ParseLines([]string{"Орлов 1984. С. 213.", "Иванова, 2010, с. 5.", "Приливы. – М., 2010. – С. 5."})
	for i, want := range []string{"Орлов", "Иванова"} {
		if a := refs[i].Item.Author; len(a) != 1 || a[0].Family != want || refs[i].Item.Title != "" {
			t.Errorf("note %d: author %+v, title %q; want %s and no title", i+1, a, refs[i].Item.Title, want)
		}
	}
	if it := refs[2].Item; it.Title != "Приливы" || len(it.Author) > 0 {
		t.Errorf("note 3: title %q, author %+v; want the title Приливы", it.Title, it.Author)
	}
}

// TestNoteThenArchiveAcronym reads a note that cites a work and then,
// after a semicolon, an archive file under the archive's acronym: the
// note's locator is the work's page, not the archive's sheet.
func TestNoteThenArchiveAcronym(t *testing.T) {
	refs := ParseLines([]string{
		"Орлов С. А. Гавани Урала // Вопр. истории. 1963. № 2. С. 70–90.",
		"Орлов С. А. Указ. соч. С. 79-80; ГАСО. Ф. 596. Оп. 1. Д. 308. Л. 51.",
	})
	if got := refs[1].Locator; got != "79-80" {
		t.Errorf("locator %q, want 79-80", got)
	}
}
