package bib

import "testing"

// TestEnglishPrintedForms checks forms that reference managers and
// hand-made lists print in the English styles, each on an entry written
// for the test.
func TestEnglishPrintedForms(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// Harvard and MHRA author-date: a channel's or company's name
		// with no comma before the year and the quoted title.
		{"harvard_channel_heading_year_quoted_title", one("Code Harbour. 2021. “Sorting Lists in Go”. VideoTube. March 2021 <https://video.example.com/watch?v=abc> [accessed May 2022]."),
			enWant{typ: "webpage", authors: "Code Harbour", title: "Sorting Lists in Go", container: "VideoTube", year: "2021", url: "https://video.example.com/watch?v=abc", accessed: "2022-05"}},
		{"harvard_one_word_heading_full_date", one("Kira. 2020b. “Notes on Tide Tables”. Blogspace. May 5, 2020 <https://blogspace.example.com/kira/tides> [accessed 3 June 2021]."),
			enWant{authors: "Kira", title: "Notes on Tide Tables", container: "Blogspace", year: "2020", accessed: "2021-06-03"}},
		// MLA 9, 5.8: a screen name, lower case or in capitals, before
		// the quoted title of an image.
		{"mla_screen_name_heading", one("harbourcat. “Gulls at Dawn.” picshare, 3 May 2015, www.picshare.example.com/photos/123. Accessed 4 Apr. 2020."),
			enWant{typ: "webpage", authors: "harbourcat", title: "Gulls at Dawn", container: "picshare", url: "www.picshare.example.com/photos/123"}},
		{"mla_capitals_heading_not_initials", one("TIDEWORKS. “Harbour-icon.svg.” Media Commons, 12 Jan. 2010, media.example.org/wiki/File:Harbour-icon.svg. Accessed 1 Mar. 2021."),
			enWant{typ: "webpage", authors: "TIDEWORKS", title: "Harbour-icon.svg", container: "Media Commons"}},
		// A family name with initials before a quoted title stays a
		// person's name.
		{"family_initial_before_quoted_title_is_person", one("Ortiz L. 2015. “Tides of Trade”. Harbour Review 3 (2): 10–20."),
			enWant{authors: "Ortiz", title: "Tides of Trade"}},
		// A mark of an editor's check of the sources after a note's full
		// stop is no part of the work cited.
		{"note_check_mark_after_book", one("Lena Ortiz, *Tides of Trade* (Leeds: Harbour Press, 2004). (S)"),
			enWant{typ: "book", authors: "Ortiz", title: "Tides of Trade", place: "Leeds", publisher: "Harbour Press", year: "2004"}},
		{"note_check_mark_with_remark", one("Ines Moreau and Paul Okafor, *Gulls and Ports* (Bristol: Quay Books, 1999; 2nd ed. 2005). (S for 2005; 1999 M)"),
			enWant{typ: "book", authors: "Moreau|Okafor", title: "Gulls and Ports", place: "Bristol", publisher: "Quay Books"}},
		// Chicago 17, 14.44: a note citing two works, separated by a
		// semicolon, is read for its first.
		{"note_two_works_first_read", one(`Lena Ortiz, *Tides of Trade* (Leeds: Harbour Press, 2004); "Salt Roads," *Harbour Review* 3, no. 2 (2006): 10–20.`),
			enWant{typ: "book", authors: "Ortiz", title: "Tides of Trade", place: "Leeds", publisher: "Harbour Press", year: "2004"}},
		// Chicago 17, 14.76: three names given first, the serial comma
		// left out.
		{"note_three_given_first_no_serial_comma", one(`Ines M. Moreau, Paul Okafor and Lena K. Ortiz, "Tides and Trade," *Harbour Review* 12, no. 3 (2010): 101–19.`),
			enWant{typ: "article-journal", authors: "Moreau|Okafor|Ortiz", title: "Tides and Trade", container: "Harbour Review", volume: "12", issue: "3", page: "101–19", year: "2010"}},
		// A repository's path word "eprint" makes no preprint; arXiv's
		// address does.
		{"vancouver_eprint_path_is_no_preprint", one("Ortiz L, Moreau I. Tides of trade [Internet]. [cited 2021 Jan 5]. Available from: https://repo.example.ac.uk/id/eprint/1234/1/tides.pdf"),
			enWant{typ: "webpage", authors: "Ortiz|Moreau", title: "Tides of trade"}},
		{"vancouver_arxiv_address_is_preprint", one("Ortiz L, Moreau I. Tides of trade [Internet]. 2019 [cited 2021 Jan 5]. Available from: https://arxiv.org/abs/1234.5678v1"),
			enWant{typ: "article", title: "Tides of trade"}},
		// Citing Medicine as Spanish-language lists print it:
		// "Disponible en:" for "Available from:".
		{"vancouver_disponible_en", one("Harbour Council. Tide tables for ports [Internet]. Leeds: HC; 2004. 120 p. Disponible en: https://example.org/tides"),
			enWant{authors: "Harbour Council", title: "Tide tables for ports", place: "Leeds", publisher: "HC", year: "2004", url: "https://example.org/tides"}},
		// MLA 9, 5.6 and 5.90: a page with no author, its elements all
		// separated by commas, the address without its scheme.
		{"mla_comma_web_with_date", one("Harbour Quest on Gamestore, Quay Works Ltd., 3 Feb. 2019, shop.example.com/app/123/Harbour_Quest/. Accessed 5 Mar. 2023."),
			enWant{typ: "webpage", authors: "-", title: "Harbour Quest on Gamestore", publisher: "Quay Works Ltd.", year: "2019", url: "shop.example.com/app/123/Harbour_Quest/", accessed: "2023-03-05"}},
		{"mla_comma_web_publisher_with_comma", one("Salt Roads on Gamestore, Tidal, Inc., shop.example.com/app/456/Salt_Roads/. Accessed 5 Mar. 2023."),
			enWant{typ: "webpage", title: "Salt Roads on Gamestore", publisher: "Tidal, Inc.", year: "-", url: "shop.example.com/app/456/Salt_Roads/"}},
		{"mla_comma_web_stop_before_date", one("Gull Island on Gamestore, Quay Works. 24 Feb. 2017, shop.example.com/app/789/Gull_Island/. Accessed 12 Mar. 2023."),
			enWant{typ: "webpage", title: "Gull Island on Gamestore", publisher: "Quay Works", year: "2017"}},
		// MHRA author-date: the site's name and a bare year after the
		// quoted title; a name before a year is no month.
		{"mhra_site_then_year", one("Tidewatch. 2019a. “Reading Tide Tables | Tidewatch”. Harbourbase. 2019 <https://tidewatch.example.com/docs/tables>."),
			enWant{typ: "webpage", authors: "Tidewatch", title: "Reading Tide Tables | Tidewatch", container: "Harbourbase", year: "2019"}},
		{"mhra_site_address_then_year", one("Quayjs. 2023. “Getting Started | Quay Docs”. Quay-Js.com. 2023 <https://quay-js.example.com/docs/intro>."),
			enWant{typ: "webpage", title: "Getting Started | Quay Docs", container: "Quay-Js.com", year: "2023"}},
		// Notes that name the book first, in italics, then its authors
		// and the page; "Ibid." repeats it, and a remark on emphasis
		// (Chicago 17, 13.62) is no part of it.
		{"note_title_first_then_names_page", one("*Charting Harbours by Hand*, Lena Ortiz and Paul Okafor, 93-94."),
			enWant{typ: "book", authors: "Ortiz|Okafor", title: "Charting Harbours by Hand", locator: "93-94"}},
		{"note_title_first_ibid", []string{"*Charting Harbours by Hand*, Lena Ortiz and Paul Okafor, 93-94.", "Ibid., 99-100."},
			enWant{typ: "book", authors: "Ortiz|Okafor", title: "Charting Harbours by Hand", locator: "99-100"}},
		{"note_title_first_emphasis_mine", one("*Salt Roads Revisited*, Ines Moreau, 350-352. Emphasis mine."),
			enWant{typ: "book", authors: "Moreau", title: "Salt Roads Revisited", locator: "350-352"}},
		// APA 7, 10.4: a report's number in a sentence after the title;
		// an RFC's number makes a standard.
		{"apa_report_series_number_sentence", one("Ortiz, L., & Moreau, I. (2011). Guidelines on tide gauges. HMSA Special Publication 800-144. https://doi.org/10.9999/HMSA.SP.800-144"),
			enWant{typ: "report", authors: "Ortiz|Moreau", title: "Guidelines on tide gauges", publisher: "-", year: "2011"}},
		{"apa_report_number_with_revision", one("Harbour Standards Office. (2020). Controls for quay systems. HSO SP 800-53 Rev. 5. https://doi.org/10.9999/HSO.SP.800-53r5"),
			enWant{typ: "report", title: "Controls for quay systems", publisher: "-"}},
		{"apa_rfc_number_sentence", one("Ortiz, L., & Okafor, P. (2013). Tide Transparency. RFC 9962. https://doi.org/10.17487/RFC9962"),
			enWant{typ: "standard", title: "Tide Transparency", publisher: "-"}},
		// APA 7, 10.4: an institution after the title of a work with a
		// link issued a report.
		{"apa_institution_publisher_report", one("Ortiz, L., & Okafor, P. (2020). How ports are changing trade. Harbour Policy Institution. https://www.example.org/research/ports/"),
			enWant{typ: "report", title: "How ports are changing trade", publisher: "Harbour Policy Institution", container: "-"}},
		// APA 7, 10.5: the proceedings of a named meeting after the title,
		// italics lost; the proceedings of an academy are a journal.
		{"apa_proceedings_of_meeting_plain", one("Ortiz, L., & Okafor, P. (2009). Tamper-evident tide logs. Proceedings of the 18th Harbour Security Symposium."),
			enWant{typ: "paper-conference", container: "Proceedings of the 18th Harbour Security Symposium", publisher: "-"}},
		{"apa_proceedings_of_academy_is_journal", one("Ortiz, L., & Okafor, P. (2010). Tides and colour. Proceedings of the National Academy of Sciences. https://doi.org/10.1073/pnas.0000000107"),
			enWant{typ: "article-journal", container: "Proceedings of the National Academy of Sciences"}},
		// IEEE as reference managers print it: "[Accessed: 06-Jun-2020]".
		{"ieee_accessed_day_month_year_hyphens", one(`“Tide tables - Wiki.” [Online]. Available: https://wiki.example.org/Tide_tables. [Accessed: 06-Jun-2020].`),
			enWant{typ: "webpage", title: "Tide tables - Wiki", url: "https://wiki.example.org/Tide_tables", accessed: "2020-06-06"}},
		// Chicago 17, 14.67: the 3-em dash, or a run of underscores typed
		// for it, repeats the author of the entry above in a new work.
		{"chicago_underscores_repeat_author", []string{
			"Harbour Association of Colleges and Ports (HACP). “Member Ports (MPs).” N. d. Accessed April 21, 2017. https://www.example.org/members",
			"__________. “Port Definitions.” N. d. Accessed April 21, 2017. http://www.example.org/defs"},
			enWant{typ: "webpage", authors: "Harbour Association of Colleges and Ports (HACP)", title: "Port Definitions", accessed: "2017-04-21"}},
		{"chicago_em_dashes_repeat_author", []string{
			"Ortiz, Lena. “Tides.” Harbour Review 3, no. 2 (2001): 10–20.",
			"———. “Salt Roads.” Harbour Review 5, no. 1 (2004): 1–9."},
			enWant{typ: "article-journal", authors: "Ortiz", title: "Salt Roads", container: "Harbour Review", volume: "5", year: "2004"}},
		// Cite Them Right: "[Video Online]" after a video's italic title;
		// a channel's name with no comma before it.
		{"harvard_video_online_marker", one("Quay Components & Technologies. *Filter Records Between Two Tides* [Video Online] Available at: <https://video.example.com/watch?v=B> [Accessed 12 May 2025]."),
			enWant{typ: "webpage", authors: "Quay Components & Technologies", title: "Filter Records Between Two Tides", accessed: "2025-05-12"}},
		{"harvard_channel_before_italic_title", one("HarbourCasts. *Reading a Tide Table* [Video Online] Available at: <https://video.example.com/watch?v=C> [Accessed 12 May 2025]."),
			enWant{typ: "webpage", authors: "HarbourCasts", title: "Reading a Tide Table"}},
		// IEEE as reference managers print a preprint: the repository's
		// address, then the year.
		{"ieee_arxiv_org_then_year", one("L. Ortiz et al., “Searching for tide gauges,” arXiv.org, 2019. https://arxiv.org/abs/1905.00001."),
			enWant{typ: "article", authors: "Ortiz", title: "Searching for tide gauges", container: "arXiv.org", year: "2019"}},
		// A title that quotes another in the same marks.
		{"chicago_nested_double_quotes_magazine", one("Ortiz, Lena. “The Birth of a Port: How Two Mayors Tore Up the “Old Blueprint” to Create a Modern Quay.” Harbour Alumni Magazine, December 1999. http://archives.example.com/issues/99_12/quay.html"),
			enWant{typ: "article-magazine", title: "The Birth of a Port: How Two Mayors Tore Up the “Old Blueprint” to Create a Modern Quay", container: "Harbour Alumni Magazine", year: "1999"}},
		// Chicago 17, 14.208: "(blog)" after the blog's name.
		{"chicago_blog_word_after_name", one("Ortiz, Lena. “Tide Tables Made Simple.” _The Quay and the Shell_ (blog), April 7, 2012. Accessed February 15, 2017. http://quay.example.com/2012/04/07/tides/."),
			enWant{typ: "webpage", container: "The Quay and the Shell", year: "2012", accessed: "2017-02-15"}},
		// IEEE: the year between the book and the chapter's pages.
		{"ieee_in_book_year_pages", one("L. Ortiz, “The moment of a tide,” in Harbour Collective Motion, 2010, pp. 119–129."),
			enWant{typ: "chapter", container: "Harbour Collective Motion", year: "2010", page: "119–129"}},
		// "Standards" in a book's title makes no standard.
		{"vancouver_standards_plural_book", one("Harbour Health Organization (HHO). HHO tide growth standards: methods and development [Internet]. Geneva: HHO Press; 2006. 312 p. Available from: https://www.example.org/tides"),
			enWant{typ: "book", place: "Geneva", publisher: "HHO Press", year: "2006"}},
		// APA 7, 10.1: a journal's name with a subtitle after a colon,
		// numbers after it, is no "Place: Publisher".
		{"apa_journal_name_with_colon", one("Ortiz, L., & Moreau, I. (2021). Checks of harbour controls. Tides: A Journal of Quay Practice & Theory, 40(2), 127-148. https://doi.org/10.9999/TJQ-19-142"),
			enWant{typ: "article-journal", container: "Tides: A Journal of Quay Practice & Theory", volume: "40", issue: "2", page: "127-148", place: "-", publisher: "-"}},
		// A standard's designation before its name.
		{"apa_standard_designation_opens_title", one("International Harbour Organization. (2022). ISO/IEC 99001:2022 Tide Security, Gauges and Quay Protection. IHO."),
			enWant{typ: "standard", title: "Tide Security, Gauges and Quay Protection", publisher: "IHO", year: "2022"}},
		// An act of the European Union named by its designation.
		{"apa_eu_regulation", one("Harbour Parliament. (2024). Regulation (EU) 2024/9999 Laying Down Rules on Tides (Tides Act). Official Journal of the European Union. https://eur-lex.example.eu/eli/reg/2024/9999"),
			enWant{typ: "legislation", title: "Regulation (EU) 2024/9999 Laying Down Rules on Tides (Tides Act)", container: "Official Journal of the European Union"}},
		// An access statement typed without its space after the link
		// ends the link.
		{"ieee_accessed_glued_to_url", one("Quayco, “Tides,” Quayco. https://www.example.com/lae/tides(accessed Apr. 07, 2024)."),
			enWant{typ: "webpage", authors: "Quayco", title: "Tides", url: "https://www.example.com/lae/tides", accessed: "2024-04-07", year: "-"}},
		// Chicago 17, 14.217: the italics bound the proceedings' title,
		// its place and date included; the publisher follows.
		{"chicago_italic_proceedings_with_place", one("Ortiz, Lena, and Paul Okafor. “Towards Reading Tides.” _Proceedings of the Second ACM Conference on Harbour Interfaces, Leeds, UK, February 2017_. ACM, 2017. http://dx.doi.org/10.1145/3025171.3025193"),
			enWant{typ: "paper-conference", container: "Proceedings of the Second ACM Conference on Harbour Interfaces, Leeds, UK, February 2017", publisher: "ACM", place: "-", year: "2017"}},
		// Citing Medicine, ch. 2: organisations as editors, Spanish
		// "editores" too; persons with initials stay persons.
		{"vancouver_organisation_editor", one("Institute of Harbours (U.S.), editor. THT: tide height tables for ports: a report of the Panel on Tides [Internet]. Washington, D.C: National Harbour Press; 2001. 773 p. Available from: https://www.example.org/books/NBK1/"),
			enWant{typ: "book", editors: "Institute of Harbours (U.S.)", authors: "-", title: "THT: tide height tables for ports: a report of the Panel on Tides", place: "Washington, D.C", publisher: "National Harbour Press", year: "2001"}},
		{"vancouver_two_organisations_editores", one("Institute of Harbours (U.S.), Harbour Board (U.K.), editores. Tide intakes for quays [Internet]. Washington, D.C: National Harbours Press; 2005. 1331 p. Disponible en: https://www.example.org/catalog/10490"),
			enWant{typ: "book", editors: "Institute of Harbours (U.S.)|Harbour Board (U.K.)", title: "Tide intakes for quays", publisher: "National Harbours Press"}},
		{"vancouver_person_editors_stay_persons", one("Ortiz L, Moreau I, editors. Tides of trade. Leeds: Quay Press; 2001."),
			enWant{typ: "book", editors: "Ortiz|Moreau", title: "Tides of trade"}},
		// A Markdown link whose text is the DOI and whose target is the
		// publisher's page: both are kept.
		{"markdown_link_text_doi", one("Ortiz, Lena M. “Probabilistic Tide Models.” _Communications of the Harbour_ 55.4 (April 2012): 77-84. [doi: 10.1145/2133806.2133826](http://dl.example.org/citation.cfm?id=2133826)."),
			enWant{typ: "article-journal", container: "Communications of the Harbour", volume: "55", issue: "4", page: "77-84", url: "http://dl.example.org/citation.cfm?id=2133826"}},
		// An explanatory parenthetical after a note's link, "(citing
		// Name)", names no publisher.
		{"note_citing_parenthetical", one(`"Chief Harbour Officers," *Quay News*, 29 November 2022, https://www.example.com/2022/11/29/chief-harbour-officers (citing Tide Labs). (S)`),
			enWant{title: "Chief Harbour Officers", container: "Quay News", publisher: "-", url: "https://www.example.com/2022/11/29/chief-harbour-officers"}},
		// Markdown bold around a whole entry does not end its URL.
		{"markdown_bold_after_url", one("**Ortiz L, Moreau I. Tides of trade [Internet]. 2019 [cited 2021 Jan 5]. Available from: https://papers.example.org/abs/1234.5678v1**"),
			enWant{authors: "Ortiz|Moreau", title: "Tides of trade", url: "https://papers.example.org/abs/1234.5678v1", accessed: "2021-01-05"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}

// TestMarkdownLinkTextDOI checks that a DOI printed as a link's text is
// kept beside the link's target.
func TestMarkdownLinkTextDOI(t *testing.T) {
	it := Parse("Ortiz, Lena M. “Probabilistic Tide Models.” _Communications of the Harbour_ 55.4 (April 2012): 77-84. [doi: 10.1145/2133806.2133826](http://dl.example.org/citation.cfm?id=2133826).").Item
	if it.DOI != "10.1145/2133806.2133826" || it.URL != "http://dl.example.org/citation.cfm?id=2133826" {
		t.Errorf("DOI %q, URL %q", it.DOI, it.URL)
	}
}

// TestEnglishAuthorDateHosts checks hosts of Chicago and Harvard
// author-date entries after the year printed with the names, and dates
// with ordinal days, each on an entry written for the test.
func TestEnglishAuthorDateHosts(t *testing.T) {
	checkParses(t, []parseCase{
		// Chicago 17, 15.40: the chapter's pages after the book's title.
		{`Orlov, Pavel. 2006. "Harbour Songs." In *Tides and Quays*, 507–32. Moskva: Izdatel'skii dom "Mayak."`,
			want{typ: "chapter", title: "Harbour Songs", container: "Tides and Quays", page: "507–32", place: "Moskva"}},
		// A span of years closing a book's title is no page range.
		{`Orlov, Pavel. 2006. "Harbour Songs." In *Ports of Russia, 1917–1921*. New York: Liberty.`,
			want{typ: "chapter", container: "Ports of Russia, 1917–1921"}},
		// Chicago 17, 15.47: a magazine's issue by its month, and day.
		{`Orlov, Pavel. 1979. "Alone at Sea." *The Harbour Monthly*, Feb., 70–75.`,
			want{typ: "article-magazine", container: "The Harbour Monthly", page: "70–75", issued: "1979-02"}},
		{`Orlov, Pavel. 1979. "Alone at Sea." *The Quay Weekly*, March 5, 70–75.`,
			want{typ: "article-magazine", container: "The Quay Weekly", page: "70–75", issued: "1979-03-05"}},
		// Chicago 17, 15.49: a newspaper's day refines the year.
		{`Orlov, Pavel. 1983. "Notes on the Port." *Morskaia gazeta*, June 16, 1983.`,
			want{typ: "article-newspaper", container: "Morskaia gazeta", issued: "1983-06-16"}},
		// "In *Book* by Name" with the comma before "by" left out, and a
		// lower-case "in" after a quoted title's comma.
		{`Orlov, Pavel. 2017. "Afterword." In *Between Tide and Shore* by Ivan Petrov. New York: Quay UP.`,
			want{typ: "chapter", container: "Between Tide and Shore", publisher: "Quay UP"}},
		{`Orlov, Pavel. 2017. "Afterword," in *Between Tide and Shore*. New York: Quay UP.`,
			want{typ: "chapter", container: "Between Tide and Shore", publisher: "Quay UP"}},
		// Ordinal days, as Word's reference manager prints them in IEEE.
		{`P. Orlov, “A Short Guide to Tides,” 16th July 2019. [Online]. Available: https://tides.example.org/guide. [Accessed April 7th 2024].`,
			want{typ: "webpage", issued: "2019-07-16", accessed: "2024-04-07"}},
		{`P. Orlov, “Quays,” 2012. [Online]. Available: https://tides.example.org/quays. [Accessed 21st March 2024].`,
			want{accessed: "2024-03-21"}},
		// Harvard: a body, a site or a screen name of one word, or a
		// company with its legal form, before the year.
		{`HarbourDocs, 2022. Tide Tables. [Online] Available at: https://docs.example.org/tides [Accessed 4 Nov 2022].`,
			want{typ: "webpage", author: "HarbourDocs", title: "Tide Tables", issued: "2022"}},
		{`quaycoder42, 2021. How to read a tide table. [Online] Available at: https://code.example.org/tides [Accessed 21 Sep 2022].`,
			want{author: "quaycoder42", title: "How to read a tide table", issued: "2021"}},
		{`Harbourware. 2026. Tide documentation. Available at: https://harbourware.example.org/docs/ [Accessed 28 August 2026].`,
			want{author: "Harbourware", title: "Tide documentation", issued: "2026"}},
		{`Quay Platforms, Inc. 2026. Pier documentation. Available at: https://pier.example.org/ [Accessed 16 September 2026].`,
			want{author: "Quay Platforms, Inc", title: "Pier documentation", issued: "2026"}},
	})
}

// TestEnglishPeriodicalNumbers checks numbers and venues of articles and
// papers, each on an entry written for the test.
func TestEnglishPeriodicalNumbers(t *testing.T) {
	checkParses(t, []parseCase{
		// Pages that look like years are no date.
		{`P. Orlov and A. Quay, “Tides of the north,” Harbour Letters, vol. 33, pp. 1877–1901, 2020.`,
			want{typ: "article-journal", volume: "33", page: "1877–1901", issued: "2020"}},
		// A conference named by its acronym and the entry's year.
		{`Orlov, P., & Quay, A. (2020). "Tide prediction with attention." *ICML 2020*.`,
			want{typ: "paper-conference", container: "ICML 2020"}},
		{`Orlov, P. (2021). "Tide prediction with attention." *NeurIPS 2021*. https://arxiv.org/abs/2101.00001`,
			want{typ: "paper-conference", container: "NeurIPS 2021"}},
		// Citing Medicine: an e-locator for the pages; "[Internet]" after
		// a title with no author.
		{`Orlov P, Quay AK. Twelve years of tide tables. HarbourScience. 2021 Jan 29;10(2):giab008`,
			want{container: "HarbourScience", volume: "10", issue: "2", page: "giab008"}},
		{`TIDE13 [Internet]. 2023. Available from: https://tides.example.org/tide13`,
			want{title: "TIDE13", medium: "Internet", issued: "2023"}},
		// APA: a family name with a particle inside; a serial book's
		// volume in parentheses after its title.
		{`Orlov, P. P., Schneider von Hafen, T., Quay, F. (2019). Tides of the north. *Harbour Research: Oceans*, 124(6), 3490–3507.`,
			want{author: "Orlov|Schneider von Hafen|Quay", title: "Tides of the north", container: "Harbour Research: Oceans"}},
		{`Orlov, A. Y., & Quay, V. S. (2025). The origin of the harbour. In *Relief of the Arctic Harbours*, (12), 87–94. (in Russian).`,
			want{typ: "chapter", container: "Relief of the Arctic Harbours", volume: "12", page: "87–94"}},
		// "70:3, 339-349": the volume and issue, then the pages; Citing
		// Medicine's "70:3-9" stays volume and pages.
		{`Orlov, P. 2017. Tides of the north. Harbour Geographer, 70:3, 339-349.`,
			want{container: "Harbour Geographer", volume: "70", issue: "3", page: "339-349"}},
		{`Orlov P. Tides. Harbour J. 2017;70:3-9.`,
			want{volume: "70", page: "3-9"}},
		// A report's number stays a report's.
		{`Orlov, P. (2019). Harbour safety. NIST SP 800-53.`,
			want{typ: "report", number: "NIST SP 800-53"}},
		// Chicago: a journal whose name holds a publisher's word, its
		// volume and "no."; an issue with its running number.
		{`Orlov, Pavel. "The Second Congress." Nauka i zhizn' 3, no. 1 (2018): 158–164.`,
			want{typ: "article-journal", container: "Nauka i zhizn'", volume: "3", issue: "1", page: "158–164"}},
		{`Orlov, P. "The Second Congress." Nauka i zhizn', no. 1(99) (October 7, 2018): 158–164.`,
			want{typ: "article-journal", container: "Nauka i zhizn'", issue: "1(99)", page: "158–164", issued: "2018-10-07"}},
	})
}

// TestEnglishInCyrillicLists checks English entries as Ukrainian and
// Russian lists print them, each written for the test.
func TestEnglishInCyrillicLists(t *testing.T) {
	checkParses(t, []parseCase{
		// A page count with a Latin c (or a Cyrillic с) for "p.".
		{"Orlov P., Quay A. A. Harbour Engineering. Oxford : Sea Press, 1976. 312 c.",
			want{pages: "312", place: "Oxford", publisher: "Sea Press"}},
		{"Orlov P. Harbour Engineering. Oxford : Sea Press, 1976. 312 с.",
			want{pages: "312"}},
		// Proceedings printed where a publisher would stand.
		{"Orlov P., Quay A. TIDE: A Benchmark of Harbour Models. Proceedings of the 7th Conference on Harbour Engineering (CHE). 2023. URL: https://che.example.org/7",
			want{typ: "paper-conference", container: "Proceedings of the 7th Conference on Harbour Engineering (CHE)", publisher: "", issued: "2023"}},
	})
}

// TestEnglishInvertedListsAndOldJournals checks Harvard lists that invert
// every name, and journals dated by month in parentheses or numbered
// "6, 4 (1988)", each on an entry written for the test.
func TestEnglishInvertedListsAndOldJournals(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, Pavel, Quay, Anna and Tide, Mary (2020) Harbour studies. London: Sea Press.",
			want{author: "Orlov|Quay|Tide", title: "Harbour studies", issued: "2020"}},
		// Chicago inverts the first name only.
		{"Orlov, Pavel, Anna Quay, and Mary Tide. 2020. Harbour Studies. London: Sea Press.",
			want{author: "Orlov|Quay|Tide", title: "Harbour Studies"}},
		{`P. Orlov, "Tides in the harbour," Harbourworld (Apr., 1994), p. 53.`,
			want{container: "Harbourworld", issued: "1994-04", page: "53"}},
		{`P. Orlov and A. Quay, "Locks: a tool," Harbour Transactions on Locks, 6, 4 (1988).`,
			want{container: "Harbour Transactions on Locks", volume: "6", issue: "4", issued: "1988"}},
	})
}

// TestEnglishTitleFirstRetrieved checks APA entries with no author whose
// title, written in capitals like a name, stands before "(n.d.)" and
// "Retrieved from", each written for the test.
func TestEnglishTitleFirstRetrieved(t *testing.T) {
	checkParses(t, []parseCase{
		{"Harbour CodeGuide. (n.d.). Retrieved from Harbour Docs: https://docs.harbour.example.org/guide/",
			want{typ: "webpage", title: "Harbour CodeGuide", container: "Harbour Docs"}},
		{"HARBOUR Tide Programming Guide. (n.d.). Retrieved from [https://docs.harbour.example.org/tide/](https://docs.harbour.example.org/tide/)",
			want{typ: "webpage", title: "HARBOUR Tide Programming Guide"}},
		{"Locks. Harbour Math & Science Wiki. (n.d.). Retrieved from https://wiki.harbour.example.org/locks/",
			want{typ: "webpage", title: "Locks", container: "Harbour Math & Science Wiki"}},
		// The site named by its domain after "Retrieved from".
		{"Orlov, G. (2024, August 22). Seven tides of the harbour. Retrieved from harbourpower.org: https://harbourpower.org/knowledge/tides/",
			want{typ: "webpage", title: "Seven tides of the harbour", container: "harbourpower.org"}},
		// Cite Them Right: a page's title as its tab shows it, "| Site".
		{"Harbour tides explained | Tide Reports (no date). Available at: https://tides.example.org/x (Accessed: 24 May 2025).",
			want{typ: "webpage", title: "Harbour tides explained | Tide Reports", accessed: "2025-05-24"}},
	})
	if r := Parse("Harbour CodeGuide. (n.d.). Retrieved from Harbour Docs: https://docs.harbour.example.org/guide/"); len(r.Item.Author) != 0 {
		t.Errorf("authors %v, want none: the title stands in the author's place", r.Item.Author)
	}
}

// TestAPATitleThenSite reads APA entries with no author whose title takes
// the author's place and whose site alone follows the date: a domain or a
// one-word name, the site's host not taken for the page's address.
func TestAPATitleThenSite(t *testing.T) {
	checkParses(t, []parseCase{
		{"CSS Grid Layout Basics. (n.d.). Www.example.org. https://www.example.org/css/grid-basics.html",
			want{typ: "webpage", author: "", title: "CSS Grid Layout Basics", container: "Www.example.org"}},
		{"How to sort a list in Python ? (2020, June 3). PyGuides. https://pyguides.example.com/sort-a-list/",
			want{typ: "webpage", author: "", title: "How to sort a list in Python", container: "PyGuides", issued: "2020-06-03"}},
		{"World Meteorological Organization. (2021). Drought. https://wmo.example.int/drought",
			want{typ: "webpage", author: "World Meteorological Organization", title: "Drought"}},
	})
	it := Parse("CSS Grid Layout Basics. (n.d.). Www.example.org. https://www.example.org/css/grid-basics.html").Item
	if it.URL != "https://www.example.org/css/grid-basics.html" || len(it.Author) > 0 {
		t.Errorf("URL %q, author %+v; want the page's address and no author", it.URL, it.Author)
	}
}

// TestAPARetrievedWithoutAddress reads an APA entry with a retrieval date
// whose address was lost in the copy as a web page.
func TestAPARetrievedWithoutAddress(t *testing.T) {
	checkParses(t, []parseCase{
		{"Questions and answers on harbour tides. (n.d.). Retrieved 14 June 2021", want{typ: "webpage", title: "Questions and answers on harbour tides"}},
		{"Orlov, P. (2019). *Harbour tides*. Quay Press.", want{typ: "book"}},
	})
}

// TestVancouverAheadOfIssue reads a paper cited with its journal and year
// alone, as papers published ahead of their issue are: the year is no part
// of the journal's name, and with a DOI a one-word name is a journal's,
// not a publisher's.
func TestVancouverAheadOfIssue(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P. Tidal records of a northern harbour. Journal of Coastal Studies. 2024.",
			want{typ: "article-journal", title: "Tidal records of a northern harbour", container: "Journal of Coastal Studies", issued: "2024"}},
		{"Orlov P, Ivanova A. Tidal records of a northern harbour. Oceanography. 2025. https://doi.org/10.1234/ocean.2025.001",
			want{typ: "article-journal", container: "Oceanography", issued: "2025"}},
		{"Orlov P. Tidal records of a northern harbour. London: Quay Press; 2025.",
			want{typ: "book", publisher: "Quay Press", place: "London"}},
	})
}

// TestBodyIssuingItsOwnWork reads a work whose author is the body that
// publishes it as a report, in APA and in Citing Medicine, and leaves a
// press's book a book.
func TestBodyIssuingItsOwnWork(t *testing.T) {
	checkParses(t, []parseCase{
		{"Harbour Authority. (2024). *Annual tide survey 2023*. Harbour Authority.",
			want{typ: "report", author: "Harbour Authority", title: "Annual tide survey 2023"}},
		{"Coastal Trust. Flood risk in northern ports. Leeds: Coastal Trust; 2022.",
			want{typ: "report", author: "Coastal Trust", place: "Leeds", publisher: "Coastal Trust"}},
		{"Quay Books. (2020). *A history of harbours*. Quay Books.",
			want{typ: "book"}},
	})
}

// TestAGUCitationNumbers reads the citation numbers AGU journals print in
// place of pages, "e2021JA030071", as the article's page.
func TestAGUCitationNumbers(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P., & Ivanova, A. (2021). Tidal heating of the upper ocean. Journal of Geophysical Research: Oceans, 126, e2020JC016789. https://doi.org/10.1029/2020JC016789",
			want{typ: "article-journal", container: "Journal of Geophysical Research: Oceans", volume: "126", page: "e2020JC016789"}},
		{"Orlov, P. (2019). Tides at the shelf break. Geophysical Research Letters, 46(3), L04101.",
			want{volume: "46", issue: "3", page: "L04101"}},
	})
}

// TestAccessedWithSlashes reads an access date written with slashes, the
// month first as American English writes it, or the day first when the
// first number cannot be a month; the year is no publication date.
func TestAccessedWithSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{`"Harbour Tide Data." Quay Press, https://quay.example.org/tides. Accessed 3/7/2023`,
			want{accessed: "2023-03-07"}},
		{`"Harbour Tide Data." Quay Press, https://quay.example.org/tides. Accessed 25/11/2022`,
			want{accessed: "2022-11-25"}},
	})
	if d := Parse(`"Harbour Tide Data." Quay Press, https://quay.example.org/tides. Accessed 3/7/2023`).Item.Issued; d != nil {
		t.Errorf("issued %v, want none: the year is the access date's", d)
	}
}

// TestACMReferenceFormat reads the ACM Reference Format: persons given
// name first, the year after them, a journal's volume, issue and date in
// parentheses, an article's number, and the pages that close a paper's
// imprint.
func TestACMReferenceFormat(t *testing.T) {
	checkParses(t, []parseCase{
		{"Pavel Orlov, Anna Ivanova, Sergei Petrov, and Olga Sidorova. 2021. Tidal models of northern harbours. Commun. ACM 64, 3 (2021), 55–63.",
			want{typ: "article-journal", author: "Orlov|Ivanova|Petrov|Sidorova", title: "Tidal models of northern harbours", container: "Commun. ACM", volume: "64", issue: "3", page: "55–63", issued: "2021"}},
		{"Pavel Orlov, Anna Ivanova, and Sergei Petrov. 2020. Harbour queues. ACM Comput. Surv. 53, 2, Article 41 (March 2020), 30 pages.",
			want{volume: "53", issue: "2", page: "41", issued: "2020"}},
		{"Pavel Orlov and Anna Ivanova. 2019. Berth scheduling. In Proceedings of the Harbour Systems Conference. Quay Press, Leeds, UK, 101–110.",
			want{typ: "paper-conference", container: "Proceedings of the Harbour Systems Conference", publisher: "Quay Press", page: "101–110"}},
	})
}

// TestHostEditorsInParentheses reads the editors a book's title holds in
// parentheses after "In", as Wiley's Harvard prints them.
func TestHostEditorsInParentheses(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P. and Ivanova, A. (2014). Tidal heating. In Harbour Physics (eds J. Smith, R. Brown and G. White). https://doi.org/10.1002/123456.ch7",
			want{typ: "chapter", container: "Harbour Physics", editor: "Smith|Brown|White"}},
		{"Orlov, P. (2014). Tidal heating. In Harbour Physics (ed. J. Smith), 73–83. Chichester: Quay Press.",
			want{typ: "chapter", container: "Harbour Physics", editor: "Smith", page: "73–83"}},
	})
}

// TestForthcomingHost reads a paper announced as forthcoming in a host,
// or after "In" glued to the host's name, as a paper in proceedings, and
// takes the meeting's year from the proceedings' name when no other date
// is printed.
func TestForthcomingHost(t *testing.T) {
	checkParses(t, []parseCase{
		{`P. Orlov and A. Ivanova. "Tidal records of the Caspian harbours" to appear in Proceedings of HARB 2019.`,
			want{typ: "paper-conference", container: "Proceedings of HARB 2019", issued: "2019"}},
		{`P. Orlov, A. Ivanova. "Tidal records". InProceedings of the Harbour Conference, 2016, pp. 15-20.`,
			want{typ: "paper-conference", container: "Proceedings of the Harbour Conference", page: "15-20"}},
	})
}

// TestMLAProceedings reads a paper in proceedings as MLA 9 prints it, the
// proceedings, their publisher and the year before the pages, and leaves
// IEEE's place and country after a conference's name a place.
func TestMLAProceedings(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, Pavel, et al. “Tidal Records.” Proceedings of the 5th Harbour Conference: Main Volume, Quay Press, 2021, pp. 285–97.",
			want{typ: "paper-conference", container: "Proceedings of the 5th Harbour Conference: Main Volume", publisher: "Quay Press", issued: "2021", page: "285–97"}},
	})
}

// TestMLAJournalPublisher reads the publisher MLA 9 may print among a
// journal's numbers, and reads no season or month as one.
func TestMLAJournalPublisher(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, Pavel, et al. “Tidal Models.” Harbour Computing Surveys, vol. 52, no. 1, Quay Press, 2019, pp. 1–38.",
			want{typ: "article-journal", container: "Harbour Computing Surveys", volume: "52", issue: "1", publisher: "Quay Press", issued: "2019"}},
	})
	if it := Parse("Orlov, Pavel. “Tides.” Harbour Review, vol. 8, no. 2, Spring 2019, pp. 1–38.").Item; it.Publisher != "" {
		t.Errorf("publisher %q, want none: a season dates the issue", it.Publisher)
	}
}

// TestEditorsMarkedAfter reads editors named after a book's title with
// their mark after them, before the imprint.
func TestEditorsMarkedAfter(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P., 2000 [1790], *A Treatise of Tides*, A.B. Ivanova and C.D. Petrov (eds), Oxford: Quay Press.",
			want{typ: "book", author: "Orlov", editor: "Ivanova|Petrov", title: "A Treatise of Tides", place: "Oxford", publisher: "Quay Press"}},
	})
}

// TestSpringerChapters reads chapters as Springer prints them: the series
// and its volume after the book, then "Springer, Cham", in the APA-like
// form of its web pages and in the LNCS style.
func TestSpringerChapters(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P., Ivanova, A. (2016). Tidal models. In: Smith, J., Brown, K. (eds) Harbour Systems. HARB 2016. Advances in Harbour Computing, vol 470. Quay, Cham. https://doi.org/10.1007/978-3-319-39639-2_15",
			want{typ: "chapter", editor: "Smith|Brown", container: "Harbour Systems", volume: "470", publisher: "Quay", place: "Cham"}},
		{"Orlov, P., Ivanova, A.: Tidal models. In: Smith, J., Brown, K. (eds.) Harbour Systems, LNCS, vol. 9470, pp. 15–30. Quay, Cham (2016)",
			want{typ: "chapter", container: "Harbour Systems", volume: "9470", page: "15–30", publisher: "Quay", place: "Cham", issued: "2016"}},
		{"Orlov, P., Ivanova, A.: Tidal models. In: Proceedings of the Harbour Conference, pp. 15–30. Quay Press, Leeds (2016)",
			want{typ: "paper-conference", container: "Proceedings of the Harbour Conference", page: "15–30", publisher: "Quay Press", place: "Leeds"}},
	})
}
