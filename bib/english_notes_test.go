package bib

import "testing"

// TestEnglishNoteForms checks forms of notes and web sources that
// Markdown essays and READMEs print, each on an entry written for the
// test.
func TestEnglishNoteForms(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// IEEE Reference Guide, "Online video": "[Video file]" is the
		// material designation, no publisher.
		{"ieee_video_file_marker", one(`Harbour Lab. "Reading Tide Tables" VideoTube, Mar 6, 2017. [Video file]. Available: https://video.example.com/abc. [Accessed: Dec 20, 2020].`),
			enWant{typ: "webpage", authors: "Harbour Lab", title: "Reading Tide Tables", container: "VideoTube", publisher: "-", url: "https://video.example.com/abc"}},
		// The branch of a repository is its version, not its publisher; a
		// page's state "(archived)" is no part of the site's name.
		{"note_repository_branch", one(`Quayworks, "docs/tides.md," Code repository quayworks/tides, main branch. <https://code.example.com/quayworks/tides/blob/main/docs/tides.md>`),
			enWant{typ: "webpage", title: "docs/tides.md", container: "Code repository quayworks/tides", publisher: "-"}},
		{"note_site_archived", one(`Quayworks, "Tide Server Guide," Quay Learn documentation (archived), August 2024. <https://learn.example.com/docs/tide-server>`),
			enWant{typ: "webpage", title: "Tide Server Guide", container: "Quay Learn documentation", year: "2024"}},
		// A closing parenthesis left after the address of "Available:".
		{"ieee_available_stray_parenthesis", one(`harbour forum. "Reading a tide gauge," Quay Forum, July 30, 2019. Available: https://forum.example.com/questions/234290/tide-gauge)`),
			enWant{typ: "webpage", container: "Quay Forum", publisher: "-"}},
		// A shortened note that points back to the full note by its
		// number, then says what it draws from it.
		{"note_see_footnote_number", []string{
			`Quayworks, "Tide Server Guide — setup," Quay Learn documentation, August 2024. <https://learn.example.com/docs/tide-server>`,
			`Quayworks, "Gauge Reference," Quay Docs, May 2023. <https://docs.example.com/gauges>`,
			`Quayworks, "Tide Server Guide" (see [^2]). The setup section lists three steps.`},
			enWant{typ: "webpage", title: "Tide Server Guide — setup", container: "Quay Learn documentation", year: "2024", url: "https://learn.example.com/docs/tide-server"}},
		// Chicago 17, 14.30: a note repeated in full, here without the
		// address the first note gave, is the same work.
		{"note_repeated_in_full_without_address", []string{
			`Harbour Times, "The Cost of Tide Gauges," 2021-03-04. https://www.harbourtimes.example.com/`,
			`Ibid.`,
			`Harbour Times, "The Cost of Tide Gauges," 2021-03-04.`},
			enWant{title: "The Cost of Tide Gauges", url: "https://www.harbourtimes.example.com/"}},
		// Two names joined by "&" before a quoted title and a year make
		// no shortened note with a page.
		{"note_two_names_ampersand_year", []string{`Ortiz, L. & Moreau, I., "Salt Roads," 2019.`, `Ibid.`},
			enWant{authors: "Ortiz|Moreau", title: "Salt Roads", year: "2019", locator: "-"}},
		// Chicago 17, 14.29: the family name and the short title in
		// italics, citing the whole work; a Markdown link in the title
		// gives the address.
		{"note_family_italic_title", []string{`Moreau, _Salt Roads and Harbours_.`, `ibid.`},
			enWant{typ: "book", authors: "Moreau", title: "Salt Roads and Harbours"}},
		{"note_family_italic_link", []string{`Ortiz, _[Why tides matter](https://blog.example.com/posts/why-tides-matter)_.`, `Ibid.`},
			enWant{typ: "webpage", authors: "Ortiz", title: "Why tides matter", url: "https://blog.example.com/posts/why-tides-matter"}},
		// A DOI in brackets, "[DOI: …]", leaves nothing behind; "[DOI:
		// N/A]" says there is none.
		{"apa_doi_in_brackets_article_number", one("Ortiz, L., & Moreau, I. (2021). Tide gauges: A review. Journal of Harbour Engineering, 79, 103047. [DOI: 10.9999/j.jhe.2021.103047]"),
			enWant{typ: "article-journal", container: "Journal of Harbour Engineering", volume: "79", page: "103047", publisher: "-", place: "-"}},
		{"apa_doi_not_available", one("Ortiz, L. (2020). Tide gauges. In Proceedings of the Harbour Conference (pp. 221-232). Springer, Leeds. [DOI: N/A]"),
			enWant{place: "Leeds", publisher: "Springer", page: "221-232"}},
		// "In: *Name*, Mon. Year, pp." — a meeting's proceedings dated by
		// month; with no pages, a magazine's issue.
		{"apa_in_dated_host_pages", one("Ortiz, L.; Moreau, I. (2016). Tide Gauges Revisited. In: *2016 Harbour Engineering Symposium (HES)*, Nov. 2016, pp. 342–348."),
			enWant{typ: "paper-conference", container: "2016 Harbour Engineering Symposium (HES)", page: "342–348", year: "2016"}},
		{"apa_in_dated_host_no_pages", one("Ortiz, L. (2021). Gauges for Small Harbours. In: *QuayTechnology*, Feb. 2021."),
			enWant{typ: "article-magazine", container: "QuayTechnology", year: "2021"}},
		// Cite This For Me's Harvard web page: "Title, Site. Available at:
		// URL (Accessed: date)".
		{"harvard_title_comma_site", one("Ortiz, L. (2024) Reading tide tables in practice, HarbourBlog. Available at: https://harbourblog.example.com/tide-tables/ (Accessed: 19 April 2025)."),
			enWant{typ: "webpage", authors: "Ortiz", title: "Reading tide tables in practice", container: "HarbourBlog", year: "2024"}},
		{"harvard_title_comma_lower_word_stays", one("Ortiz, L. (2024) Tides, gauges and quays. Available at: https://harbourblog.example.com/tides/ (Accessed: 19 April 2025)."),
			enWant{title: "Tides, gauges and quays", container: "-"}},
		// An article opens a publication's name, never a person's.
		{"note_the_heading_is_organisation", one(`The Quay Gazette, "Tide Gauges Fail," 2019-02-25. https://www.quaygazette.example.com/`),
			enWant{typ: "webpage", authors: "The Quay Gazette", title: "Tide Gauges Fail", year: "2019"}},
		// A periodical in emphasis with its issue's date in parentheses:
		// a magazine, or a newspaper when its name says so.
		{"note_periodical_issue_date_in_parentheses", one(`Lena Ortiz, "Salt and Stone," *The Harbour Review* (March 14, 2016). https://www.harbourreview.example.com/2016/03/salt-and-stone`),
			enWant{typ: "article-magazine", container: "The Harbour Review", year: "2016"}},
		{"note_newspaper_issue_date_in_parentheses", one(`Lena Ortiz, "Quay Rates Rise," *Harbour Times* (March 14, 2016). https://www.harbourtimes.example.com/2016/03/14/quay`),
			enWant{typ: "article-newspaper", container: "Harbour Times"}},
		// Citing Medicine, ch. 22: an organisation's page with the access
		// date and "Available from:" whose address was lost.
		{"vancouver_org_page_address_lost", one("Office for Harbour Statistics. Estimates of tide heights for the north coast. 2023 [Accessed October 20 2025]. Available from: ."),
			enWant{typ: "webpage", authors: "Office for Harbour Statistics", title: "Estimates of tide heights for the north coast", year: "2023"}},
		// IEEE with a quoted book title: an edition makes a book and the
		// name before it its publisher; a DOI and a publisher make a part
		// of a book; a preprint archive as the site makes a preprint.
		{"ieee_quoted_book_with_edition", one(`L. Ortiz and I. Moreau, "Tidal Analysis," Quay/Stone, 9th Edition, 2010.`),
			enWant{typ: "book", title: "Tidal Analysis", publisher: "Quay/Stone", edition: "9", container: "-"}},
		{"ieee_chapter_with_doi", one(`L. Ortiz, "Tide tables," A First Course in Harbour Engineering, Quay University Press, 2008. [https://doi.org/10.9999/CBO978.006](https://doi.org/10.9999/CBO978.006)`),
			enWant{typ: "chapter", container: "A First Course in Harbour Engineering", publisher: "Quay University Press"}},
		{"ieee_preprint_archive_site", one(`L. Ortiz and I. Moreau, "Stable splitting of tide models," arXiv Preprint Archive, 2025. [https://arxiv.org/pdf/2501.00001](https://arxiv.org/pdf/2501.00001)`),
			enWant{typ: "article", title: "Stable splitting of tide models"}},
		// MLA 9, 5.90: an address with a text fragment keeps its comma.
		{"mla_address_text_fragment", one(`Ortiz, Lena. “Harbour History.” City of Quay, 2025, quay.example.gov/history#:~:text=So%20why%20did%20Quay,grow%20so%20fast.`),
			enWant{typ: "webpage", url: "quay.example.gov/history#:~:text=So%20why%20did%20Quay,grow%20so%20fast", publisher: "-"}},
		// Chicago 17, 14.76, in an author-date list with commas: only the
		// first name inverted; "–––," repeats the names of the entry above.
		{"chicago_first_name_inverted_rest_initials_first", one(`Ortiz, L., I. Moreau, and P. Okafor, 2002, “Tides and Gauges”, *Harbour Review*, 59: 149–177.`),
			enWant{typ: "article-journal", authors: "Ortiz|Moreau|Okafor", title: "Tides and Gauges", container: "Harbour Review", year: "2002"}},
		{"chicago_first_name_inverted_no_space", one(`Ortiz,L., I. Moreau, A. Kurucz and P. Okafor, 2020, “Salt Roads”, *Harbour Review*, 171(5): Article 102786.`),
			enWant{authors: "Ortiz|Moreau|Kurucz|Okafor", title: "Salt Roads", year: "2020"}},
		{"chicago_en_dashes_repeat_names", []string{
			`Ortiz, L. and I. Moreau, 1991, “Tide Tables”, *Harbour Review*, 56: 1469–1485.`,
			`–––, 1997, “Salt Roads Revisited”, *Quay Studies*, 59: 149–177.`},
			enWant{authors: "Ortiz|Moreau", title: "Salt Roads Revisited", container: "Quay Studies", year: "1997"}},
		// MLA 9, 5.25: an encyclopedia's entry read online.
		{"mla_encyclopedia_entry_online", one(`"Harbour." Quay School, Encyclopædia Maritima, 22 Apr. 2024. school.example.com/article/Harbour/109415. Accessed 15 Jan. 2025.`),
			enWant{typ: "entry-encyclopedia", title: "Harbour", container: "Quay School"}},
		// Cite Them Right: a journal in emphasis before "Available at:".
		{"harvard_journal_in_emphasis_online", one(`Quaybase (2018) A Review of Tide Gauges. *Journal of Harbour Engineering*. Available at: https://quaybase.example.com/article/123 (Accessed: 29 November 2024).`),
			enWant{typ: "article-journal", container: "Journal of Harbour Engineering"}},
		// A note of names, a quoted title and a year, with nothing that
		// names a site or an address, cites a book.
		{"note_quoted_title_year_only_is_book", []string{`Ortiz, L. & Moreau, I., "Salt Roads," 2019.`, `Ibid.`},
			enWant{typ: "book", authors: "Ortiz|Moreau", title: "Salt Roads", year: "2019"}},
		// Chicago 17, 14.123: the book's number in its series after the
		// book's title.
		{"chicago_volume_of_series", one(`Ortiz, L. and I. Moreau, 2002, “Tide Tables Revisited”, in P. Okafor and A. Kurucz (eds), *Advances in Harbour Logic*, Volume 3 of *Studies in Harbours and Quays*, Leeds: Quay Publications, pp. 299–320.`),
			enWant{typ: "chapter", container: "Advances in Harbour Logic", editors: "Okafor|Kurucz", place: "Leeds", publisher: "Quay Publications", page: "299–320", volume: "-"}},
		// Editors named given name first before "(eds)" in a list that
		// inverts its authors' names; "volume 2" after the book's title.
		{"chicago_editors_given_first_volume_after_book", one(`Ortiz, L., 1984, “Tides and seasons”, in Ines M. Moreau and Paul Okafor (eds), *Handbook of Harbour Logic*, volume 2, Leeds: Quay Press, pp. 135–165.`),
			enWant{typ: "chapter", editors: "Moreau|Okafor", container: "Handbook of Harbour Logic", volume: "2", place: "Leeds", publisher: "Quay Press", page: "135–165"}},
		// An MLA list that inverts the second name too.
		{"mla_second_name_inverted", one(`Ortiz, Lena and Moreau, Ines. “Tides remain high in Leeds.” Quay Radio, https://www.quayradio.example.org/stories/tides. Accessed 15 October 2022.`),
			enWant{typ: "webpage", authors: "Ortiz|Moreau", title: "Tides remain high in Leeds", container: "Quay Radio"}},
		// An ampersand inside a word joins no names: "QUAY T&G".
		{"apa_org_ampersand_inside_word", one("QUAY T&G®. (2023). Harbour attack matrix. Retrieved from https://tg.quay.example.org/"),
			enWant{typ: "webpage", authors: "QUAY T&G®", title: "Harbour attack matrix", year: "2023", container: "-"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}

// TestNotesPublisherOnlyImprint reads Chicago notes whose imprint names
// the publisher and year only, perhaps after the edition, and cite a
// chapter or section.
func TestNotesPublisherOnlyImprint(t *testing.T) {
	refs := ParseLines([]string{
		"Pavel Orlov, *How Harbours Really Work* (Quay Press, 2021), Chapters 1–3.",
		"Ibid., Chapter 2 (Tides and Locks).",
		"Pavel Orlov and Anna Quay, *Harbour Engineering: A Top-Down Approach* (8th ed., Sea Books, 2021), Section 1.1–1.3, pp. 32–61.",
		"Pavel Orlov and Anna Quay, *Harbour Engineering* (5th ed., Sea Books, 2023), Chapter 4 (Locks).",
	})
	for i, w := range []struct{ title, publisher, edition, locator string }{
		{"How Harbours Really Work", "Quay Press", "", "Chapters 1–3"},
		{"How Harbours Really Work", "Quay Press", "", "Chapter 2"},
		{"Harbour Engineering: A Top-Down Approach", "Sea Books", "8", "32–61"},
		{"Harbour Engineering", "Sea Books", "5", "Chapter 4"},
	} {
		it := refs[i].Item
		if it.Title != w.title || it.Publisher != w.publisher || it.Edition != w.edition || refs[i].Locator != w.locator {
			t.Errorf("note %d: title %q, publisher %q, edition %q, locator %q; want %+v", i+1, it.Title, it.Publisher, it.Edition, refs[i].Locator, w)
		}
	}
	if got := NameKey(refs[2].Item.Author[len(refs[2].Item.Author)-1].Family); len(refs[2].Item.Author) != 2 || got != NameKey("Quay") {
		t.Errorf("note 3 authors %v, want Orlov and Quay", refs[2].Item.Author)
	}
}

// TestNotesCommaImprintCentralAsia reads a note that separates place,
// publisher and year with commas alone, the place a Central Asian city.
func TestNotesCommaImprintCentralAsia(t *testing.T) {
	refs := ParseLines([]string{"Orlov Anatoly, The Harbours of Central Asia, Dushanbe, Harbour Research Centre, 1992, p.14."})
	it := refs[0].Item
	if it.Title != "The Harbours of Central Asia" || it.PublisherPlace != "Dushanbe" || it.Publisher != "Harbour Research Centre" || it.Issued.Year() != 1992 || refs[0].Locator != "14" {
		t.Errorf("title %q, place %q, publisher %q, issued %v, locator %q", it.Title, it.PublisherPlace, it.Publisher, it.Issued, refs[0].Locator)
	}
}

// TestNotesInBibliographyForm reads notes typed in the bibliography's form
// (the first name inverted, a full stop before the title), perhaps after
// "See, for example,", and a short note after "See".
func TestNotesInBibliographyForm(t *testing.T) {
	refs := ParseLines([]string{
		`Orlov, Pavel, and Anna B. Quay. "Do harbours follow trade?" _Maritime History_ 12, no. 3 (2011): 201-230.`,
		"Ibid., 205.",
		"See, for example, Quay, Anna B., and Ivan Petrov. “Locks and Tides.” _Journal of Harbour Studies_ 7, no. 2 (1999): 55–71.",
		"See Orlov, 210-212.",
	})
	for i, w := range []struct{ author, title, container, volume, issue, page, locator string }{
		{"Orlov", "Do harbours follow trade?", "Maritime History", "12", "3", "201-230", ""},
		{"Orlov", "Do harbours follow trade?", "Maritime History", "12", "3", "201-230", "205"},
		{"Quay", "Locks and Tides", "Journal of Harbour Studies", "7", "2", "55–71", ""},
		{"Orlov", "Do harbours follow trade?", "Maritime History", "12", "3", "201-230", "210-212"},
	} {
		it := refs[i].Item
		got := ""
		if len(it.Author) > 0 {
			got = it.Author[0].Family
		}
		if got != w.author || it.Title != w.title || it.ContainerTitle != w.container || it.Volume != w.volume || it.Issue != w.issue || it.Page != w.page || refs[i].Locator != w.locator {
			t.Errorf("note %d: author %q title %q container %q volume %q issue %q page %q locator %q; want %+v", i+1, got, it.Title, it.ContainerTitle, it.Volume, it.Issue, it.Page, refs[i].Locator, w)
		}
	}
}

// TestDivisionLocator keeps the word of the division a note cites with its
// number, in a short note and after a bibliography-form note's imprint.
func TestDivisionLocator(t *testing.T) {
	refs := ParseLines([]string{
		"Orlov, Pavel. 2019. *Harbours of the North*. London: Quay Press. Chapter 3.",
		"Orlov and Quay, *Harbours of the North*, Chapter 4.",
		"Ibid., 12.",
	})
	for i, want := range []string{"Chapter 3", "Chapter 4", "12"} {
		if refs[i].Locator != want {
			t.Errorf("note %d locator %q, want %q", i+1, refs[i].Locator, want)
		}
	}
}

// TestNoteCommentAfterCitation reads a note whose comment runs on after
// the citation's imprint or page, and keeps the pages that follow an
// older note's dated parenthesis.
func TestNoteCommentAfterCitation(t *testing.T) {
	refs := ParseLines([]string{
		"See Pavel Orlov, Tide Tables of the North (Leeds, UK: Quay Press, 1988) for a full account of the harbour's records.",
		"Ibid., 141.",
		"Anna Ivanova, Harbours (London: Quay Press, 2004), 45, where the tides are compared.",
		`P. Orlov, "Tides and ports," Harbour Review (Sept., 1987), pp. 19–25.`,
	})
	if it := refs[0].Item; it.Title != "Tide Tables of the North" || it.Publisher != "Quay Press" || it.PublisherPlace != "Leeds, UK" {
		t.Errorf("note 1: title %q, publisher %q, place %q", it.Title, it.Publisher, it.PublisherPlace)
	}
	if refs[1].IbidOf != 1 || refs[1].Locator != "141" {
		t.Errorf("note 2: ibid of %d, locator %q", refs[1].IbidOf, refs[1].Locator)
	}
	if it := refs[2].Item; it.Publisher != "Quay Press" || refs[2].Locator != "45" {
		t.Errorf("note 3: publisher %q, locator %q", it.Publisher, refs[2].Locator)
	}
	if it := refs[3].Item; it.ContainerTitle != "Harbour Review" || it.Page != "19–25" {
		t.Errorf("note 4: container %q, page %q", it.ContainerTitle, it.Page)
	}
}

// TestNoteChapterWithoutIn reads a note that cites a chapter by its title
// in quotation marks and its book, "in" left out, with the book's imprint
// in parentheses.
func TestNoteChapterWithoutIn(t *testing.T) {
	refs := ParseLines([]string{
		"P. P. Orlov, “Prilivy Belogo morya,” Morskie zametki (Moscow: Nauka, 1994), p. 75.",
		"Ibid., p. 80.",
	})
	it := refs[0].Item
	if it.Type != "chapter" || it.ContainerTitle != "Morskie zametki" || it.Publisher != "Nauka" || it.PublisherPlace != "Moscow" || refs[0].Locator != "75" {
		t.Errorf("type %q, container %q, publisher %q, place %q, locator %q", it.Type, it.ContainerTitle, it.Publisher, it.PublisherPlace, refs[0].Locator)
	}
	if refs[1].IbidOf != 1 || refs[1].Locator != "80" {
		t.Errorf("Ibid. of %d, locator %q", refs[1].IbidOf, refs[1].Locator)
	}
}

// TestSeeNotesInAList reads notes that point to their work ("See …",
// "For a summary see …") as notes even in a list read as a bibliography,
// with the page a shortened note cites as its locator.
func TestSeeNotesInAList(t *testing.T) {
	checkParses(t, []parseCase{
		{"See T. H. Quay, Harbour Party Membership, p. 52.",
			want{author: "Quay", title: "Harbour Party Membership", locator: "52"}},
		{"See R. Orlov, A History of Twentieth-Century Harbours, pp. 185–6.",
			want{author: "Orlov", title: "A History of Twentieth-Century Harbours", locator: "185–6"}},
		{"For discussion of this 'nested dictatorship' in theory and practice see Paul Orlov and Andrei Quay, 'Creating Harbour Industry: The House that Ports Built', Harbour Review 61 (2002): 787-814.",
			want{typ: "article-journal", author: "Orlov|Quay", title: "Creating Harbour Industry: The House that Ports Built", container: "Harbour Review", volume: "61", issued: "2002", page: "787-814"}},
	})
}

// TestVolumeThenYearInParentheses reads Chicago's "Journal 61 (2002):
// 787–814" with no issue: the year in the parenthesis is the date, not an
// issue.
func TestVolumeThenYearInParentheses(t *testing.T) {
	r := Parse("Orlov, Paul. 'Creating Harbour Industry.' Harbour Review 61 (2002): 787-814.")
	if r.Item.Issue != "" || r.Item.Volume != "61" || r.Item.Issued == nil || r.Item.Issued.Year() != 2002 {
		t.Errorf("volume %q issue %q issued %v, want volume 61, no issue, 2002", r.Item.Volume, r.Item.Issue, r.Item.Issued)
	}
}

// TestTransliteratedNewspaperByDate reads a Soviet newspaper cited in a
// note by its transliterated name and the issue's date.
func TestTransliteratedNewspaperByDate(t *testing.T) {
	checkParses(t, []parseCase{
		{"Pravda, 5 February 1931.", want{typ: "article-newspaper", container: "Pravda", issued: "1931-02-05"}},
		{"Izvestiia, 12 March 1937.", want{typ: "article-newspaper", container: "Izvestiia", issued: "1937-03-12"}},
	})
}
