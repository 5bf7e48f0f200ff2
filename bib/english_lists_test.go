package bib

import "testing"

// TestEnglishListForms checks further printed forms of the English
// styles, each on an entry written for the test: renderings by reference
// managers, lists in other languages that follow an English style.
func TestEnglishListForms(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// A doi.org link is the URL as well as the DOI in APA 7, Cyrillic
		// names and titles too; GOST's "DOI: link" names the DOI alone.
		{"apa_cyrillic_doi_link_is_url", one("Орлова Л. М., Петров А. В. (2019). Приливы и отливы: модель. *Морские науки*, 7(2), 10–20. https://doi.org/10.12345/ms-2019-2-10-20"),
			enWant{typ: "article-journal", authors: "Орлова|Петров", container: "Морские науки", volume: "7", issue: "2", url: "https://doi.org/10.12345/ms-2019-2-10-20"}},
		{"gost_doi_label_link_is_doi_only", one("Орлова Л. М. Приливы и отливы // Морские науки. 2019. Т. 7, № 2. С. 10–20. DOI: https://doi.org/10.12345/ms-2019-2-10-20."),
			enWant{container: "Морские науки", url: "-"}},
		// Citing Medicine as reference managers render web pages: the
		// site's name where a publisher would stand, with no place and no
		// semicolon before the year; a preprint server so named is the
		// preprint's container.
		{"vancouver_homepage_site_after_cited", one("Tidebase [Internet]. [cited 2024 Feb 20]. Tidebase. Available from: https://tidebase.example.org"),
			enWant{typ: "webpage", title: "Tidebase", container: "Tidebase", publisher: "-", accessed: "2024-02-20"}},
		{"vancouver_preprint_server_as_site", one("Ortiz L, Moreau I. Tide models without gauges [Internet]. medRxiv. 2021 [cited 2022 Mar 1]. Available from: https://www.medrxiv.example.org/content/2021.01.01.000001v1"),
			enWant{typ: "article", authors: "Ortiz|Moreau", title: "Tide models without gauges", container: "medRxiv", publisher: "-", year: "2021"}},
		{"vancouver_code_host_as_site", one("quaycoder. tide-tools/README.md at main · quaycoder/tide-tools [Internet]. GitHub. 2022 [cited 2024 Aug 21]. Available from: https://github.com/quaycoder/tide-tools/blob/main/README.md"),
			enWant{typ: "webpage", container: "GitHub", publisher: "-", year: "2022"}},
		{"vancouver_publisher_with_semicolon_stays", one("Ortiz L. Tide tables [Internet]. Leeds: Quay Press; 2019 [cited 2022 Mar 1]. Available from: https://quay.example.org/tides"),
			enWant{place: "Leeds", publisher: "Quay Press", container: "-"}},
		// MLA 9, 5.47: a version after the site, bare or with its word,
		// names no publisher.
		{"mla_bare_version_no_publisher", one(`"Quay Buttons." QuayUI, 2.3.1, https://quayui.example.io/en/2.3.1/components/button/. Accessed 1 Mar. 2023.`),
			enWant{typ: "webpage", title: "Quay Buttons", container: "QuayUI", publisher: "-", accessed: "2023-03-01"}},
		{"mla_version_word_no_publisher", one(`"Tide Charts." Harbour Docs, version 0.104.1, https://docs.example.org/0.104.1/charts/. Accessed 4 Mar. 2023.`),
			enWant{typ: "webpage", container: "Harbour Docs", publisher: "-"}},
		// APA 7, 10.1: an article's number of letters and digits where
		// the pages stand.
		{"apa_letters_digits_article_number", one("Harbour Study Group. (2015). Estimating tide heights. *Marine Review, 349*(6251), aac4716. https://doi.org/10.9999/mr.aac4716"),
			enWant{typ: "article-journal", container: "Marine Review", volume: "349", issue: "6251", page: "aac4716"}},
		// A DOI broken at a full stop before digits that are no date.
		{"apa_doi_wrapped_before_dotted_digits", one("Ortiz, L. (2004). Tides as glue. Journal of Harbour Studies, 86(4), 585-598. https://doi.org/10.9999/0022-3514. 86.4.585"),
			enWant{page: "585-598", url: "https://doi.org/10.9999/0022-3514.86.4.585"}},
		// APA 7, 10.2: the note on the first publication names no place;
		// a publisher named by its partners holds commas.
		{"apa_partners_publisher_original_published", one("Ortiz, L. (1965). *Tides of trade* (C. L. Rahn, Trans.). Holt, Rinehart and Winston. (Original work published 1911)"),
			enWant{typ: "book", title: "Tides of trade", publisher: "Holt, Rinehart and Winston", place: "-", year: "1965"}},
		{"harvard_partners_publisher_with_ampersand", one("Ortiz, L. (1970) Tides of trade. Harcourt, Brace & World."),
			enWant{typ: "book", publisher: "Harcourt, Brace & World", place: "-"}},
		// A person's name uninverted, with a middle initial, before APA's
		// date, as reference managers print a name held in one field.
		{"apa_given_first_name_with_initial", one("Lena M. Ortiz. (2021, May 11). tidepy. CodeHub. https://www.codehub.example.com/lmortiz/tidepy"),
			enWant{typ: "webpage", authors: "Ortiz", title: "tidepy", container: "CodeHub", year: "2021"}},
		{"apa_given_first_name_book", one("Lena M. Ortiz. (2019). *Tides of trade*. Quay Press."),
			enWant{typ: "book", authors: "Ortiz", title: "Tides of trade", publisher: "Quay Press"}},
		// APA 7, 10.1 and 10.5: a periodical or proceedings cited with its
		// pages alone, plain or in italics.
		{"apa_newspaper_pages_alone", one("Ortiz, L. (2010). In harbour towns, tides really matter. Harbour Post, 39-51."),
			enWant{typ: "article-newspaper", title: "In harbour towns, tides really matter", container: "Harbour Post", page: "39-51", publisher: "-", place: "-"}},
		{"apa_section_pages_alone", one("Ortiz, L. (2010). Tides really matter. Harbour Times, A1–A4."),
			enWant{container: "Harbour Times", page: "A1–A4"}},
		{"apa_italic_proceedings_pages_alone", one(`Moreau I. A., Okafor P. (2019). Reading tides by sonar. *Proc. II Int. Forum "Harbour Engineering — 2019" (HE-2019)*, 33–39. https://doi.org/10.9999/he-2019-33-39`),
			enWant{typ: "paper-conference", container: `Proc. II Int. Forum "Harbour Engineering — 2019" (HE-2019)`, page: "33–39", publisher: "-"}},
		// APA 7: the last author printed without initials before the date.
		{"apa_last_author_family_alone", one("Ortiz, L., & Moreau. (2011). Tides as glue. Journal of Harbour Studies, 46(2), 141–161."),
			enWant{typ: "article-journal", authors: "Ortiz|Moreau", title: "Tides as glue", year: "2011", container: "Journal of Harbour Studies"}},
		// Harvard as reference managers render a web page: the name
		// after "[online]" is the site's, an institution's too.
		{"harvard_online_site_institution", one("Harbour Institute (2022). Tide heights of the North Sea: ports, quays and docks. [online] Harbour Institute. Available at: https://www.harbour.example.org/article/tides."),
			enWant{typ: "webpage", authors: "Harbour Institute", container: "Harbour Institute", publisher: "-"}},
		// biblatex's standard style: names given first joined by "and"
		// or followed by "et al.", the quoted title closed by a full stop
		// outside, "In: Journal Vol.Issue (Year), pp.", the proceedings'
		// date in parentheses after their title.
		{"biblatex_article_two_names", one("Lena Ortiz and Paul Okafor. “Reading Tides”. In: Harbour Review 12.2 (2019), pp. 1–9."),
			enWant{typ: "article-journal", authors: "Ortiz|Okafor", title: "Reading Tides", container: "Harbour Review", volume: "12", issue: "2", page: "1–9", year: "2019"}},
		{"biblatex_article_et_al_labels", one("Lena Ortiz et al. “Reading Tides with Sonar”. In: Harbour 5.3 (2023), pp. 770–786. issn: 2624-8611. doi: 10.9999/harbour5030050. url: https://www.example.org/2624-8611/5/3/50."),
			enWant{typ: "article-journal", authors: "Ortiz", container: "Harbour", volume: "5", issue: "3", page: "770–786", url: "https://www.example.org/2624-8611/5/3/50"}},
		{"biblatex_proceedings_date_after_title", one("Lena Ortiz and Paul Okafor. “Reading tides”. In: Proceedings - 2015 International Conference on Harbour Computing, ICHC 2015 (Apr. 2015). doi: 10.9999/ICHC.2015.7100688."),
			enWant{typ: "paper-conference", container: "Proceedings - 2015 International Conference on Harbour Computing, ICHC 2015", year: "2015"}},
		// An organisation's name before a quoted title stays one name.
		{"organisation_heading_quoted_title_stays", one("Harbour and Quay Board. “Tide Tables”. 2019. https://www.example.org/tides"),
			enWant{authors: "Harbour and Quay Board", title: "Tide Tables"}},
		// Chicago 17, 14.116 and 14.121: a note on a work in several
		// volumes, its extent after the title dropped, the volume and
		// page cited after the imprint ("8: 1,309"), or the volume
		// named after the title; a body named in a note.
		{"note_volumes_extent_volume_colon_page", one("L.M. Ortiz, Laws of the Harbour, 10 vols. (Leeds: Quay Publishing Company, 1897), 8: 1,309."),
			enWant{typ: "book", authors: "Ortiz", title: "Laws of the Harbour", volume: "8", locator: "1,309", place: "Leeds", publisher: "Quay Publishing Company", year: "1897"}},
		{"note_volume_word_after_title_body_author", one("Quayside County Book Committee, Historic Quayside County, Volume 1 (Leeds: D. Harbour Co., 1986), 667."),
			enWant{typ: "book", authors: "Quayside County Book Committee", title: "Historic Quayside County", volume: "1", locator: "667"}},
		// Chicago 17, 14.20: an initial and a given name before the family
		// name in a note; a particle keeps a family name of two words.
		{"note_initial_then_given_name", one("J. Lena Ortiz, The Harbour of Leeds and the Early Days of the Quay (Leeds: Lakeside Press, 1929), 55."),
			enWant{typ: "book", authors: "Ortiz", locator: "55", publisher: "Lakeside Press"}},
		{"note_initial_particle_family", one("G. De Francisci Morales, The Harbour of Leeds (Leeds: Lakeside Press, 1929), 55."),
			enWant{authors: "De Francisci Morales"}},
		// Chicago 17, 14.191: a newspaper cited by its name and date alone.
		{"note_newspaper_name_and_date", one("Leeds Daily News, April 15, 1879."),
			enWant{typ: "article-newspaper", title: "-", authors: "-", container: "Leeds Daily News", year: "1879"}},
		{"note_newspaper_day_first", one("Harbour Times, 3 May 1950."),
			enWant{typ: "article-newspaper", container: "Harbour Times"}},
		// Chicago 17, 14.232 and 14.29: a note on an archival document —
		// its title runs on over the parts in small letters, the box and
		// the repository follow — and the shortened notes that repeat it
		// by the first words of its title, alone or before another work.
		{"note_archival_document", []string{
			"Survey notes of work done by L. M. Ortiz, chain man for P.Q. Okafor, Harbour Court, case files, Box 201-5668, Harbour State Library and Archives, Leeds [HSLA].",
			"Ibid., 5."},
			enWant{typ: "manuscript", title: "Survey notes of work done by L. M. Ortiz, chain man for P.Q. Okafor", publisher: "-", locator: "5"}},
		{"note_short_title_repeats_archival", []string{
			"Survey notes of work done by L. M. Ortiz, chain man for P.Q. Okafor, Harbour Court, case files, Box 201-5668, Harbour State Library and Archives, Leeds [HSLA].",
			"Ibid., 5.",
			"Survey notes of work done by L. M. Ortiz, 14-18."},
			enWant{typ: "manuscript", title: "Survey notes of work done by L. M. Ortiz, chain man for P.Q. Okafor", locator: "14-18"}},
		{"note_ibid_pages_then_second_work", []string{
			"Survey notes of work done by L. M. Ortiz, chain man for P.Q. Okafor, Harbour Court, Box 12, Harbour Archives.",
			"Ibid., 2-14; Anonymous, “Tide Creek,” Handbook of Harbours, https://www.example.org/handbook/tide-creek (accessed July 31, 2024)."},
			enWant{typ: "manuscript", locator: "2-14", url: "-"}},
		{"note_archival_letter_dated", []string{
			"Lena Ortiz to Paul Okafor, March 3, 1880, Harbour Board Papers, Box 12, Folder 4, State Archives, Leeds.",
			"Ibid."},
			enWant{typ: "manuscript", title: "Lena Ortiz to Paul Okafor", year: "1880"}},
		// A description with its place and year is no shortened title.
		{"note_list_book_place_year_not_short_title", []string{
			"Okafor P. Tides of the North. Leeds, 1929.",
			"Ibid., 5."},
			enWant{authors: "Okafor", title: "Tides of the North", year: "1929", locator: "5"}},
		// TeX's dashes and ties are read outside links only: hyphens
		// after a slash are a path's.
		{"apa_link_path_hyphens_kept", one("Harbour Labour Office. (2012). Tide work report. https://www.example.org/groups/public/---reports/---docs/tides_1.pdf"),
			enWant{url: "https://www.example.org/groups/public/---reports/---docs/tides_1.pdf"}},
		// English renderings of Ukrainian and Russian references: a genre
		// or the body responsible in a sentence before "Place: Publisher".
		{"translit_genre_sentence_before_imprint", one("Ortiz, L. M. (Ed.) (2012). Istoriya gavani. Navch. posib. Kyyiv: Centr uchbovoyi literatury. [In Ukrainian]."),
			enWant{typ: "book", editors: "Ortiz", title: "Istoriya gavani", place: "Kyyiv", publisher: "Centr uchbovoyi literatury"}},
		{"translit_body_sentence_before_imprint", one("Ortiz, L. M. (Ed.) (2010). Gavan i more: osoblyvosti. Instytut gavani NAN Ukrayiny. Kyyiv: Universytet «Gavan». [In Ukrainian]."),
			enWant{title: "Gavan i more: osoblyvosti", place: "Kyyiv", publisher: "Universytet «Gavan»"}},
		// APA 7, 10.3 without "In": the book named after the chapter's
		// title, the chapter's pages in parentheses, then the imprint.
		{"translit_chapter_host_without_in", one("Ortiz, L. M. (2017). Gavani i morya [Harbours and seas]. Theory and practice of harbour research (pp. 380–397). Maikop: Magarin O.G. Publ. (In Russ.)"),
			enWant{typ: "chapter", container: "Theory and practice of harbour research", page: "380–397", place: "Maikop", locator: "-"}},
		// A Russian dissertation or its abstract rendered in English: the
		// degree in brackets as a sentence of its own, then the city.
		{"translit_dissertation_bracket_city", one("Ortiz, L.M. (2013). Gavani i morya [Harbours and seas]. [Author’s abstr. doct. phil. diss.]. Orel. (In Russ.)"),
			enWant{typ: "thesis", title: "Gavani i morya [Harbours and seas]", place: "Orel", publisher: "-"}},
		{"translit_candidate_dissertation_bracket", one("Ortiz, L.M. (2013). Gavani i morya [Harbours and seas]. [Cand. Sci. (Geogr.) diss.]. Moscow. (In Russ.)"),
			enWant{typ: "thesis", title: "Gavani i morya [Harbours and seas]", place: "Moscow"}},
		// APA 7, 10.8: a preprint server named after the title holds the
		// preprint.
		{"apa_preprint_server_container", one("Ortiz, L., & Moreau, I. (2017). Detecting tides via crowdsourcing. PsyArXiv. https://doi.org/10.99999/osf.io/abcde"),
			enWant{typ: "article", container: "PsyArXiv", publisher: "-"}},
		{"vancouver_preprint_server_publisher_semicolon", one("Ortiz L, Moreau I. Tide models [Internet]. bioRxiv; 2020 [cited 2024 Dec 20]. Available from: https://www.example.org/content/2020.10.21.000001v1"),
			enWant{typ: "article", publisher: "bioRxiv", container: "-"}},
		// A language note glued to the link is no part of it.
		{"link_language_note_glued", one("Entsyklopediya gavaney. Retrieved from: https://example.com.ua/search_articles.php?id=13770.[In Ukrainian]."),
			enWant{url: "https://example.com.ua/search_articles.php?id=13770"}},
		// APA 7, 9.12: no author, the title before the date.
		{"apa_title_before_date_article", one("Tide tables of the northern ports. (2019). Journal of Harbour Studies, 89(2), 10–20."),
			enWant{typ: "article-journal", authors: "-", title: "Tide tables of the northern ports", container: "Journal of Harbour Studies", volume: "89", issue: "2", page: "10–20", year: "2019", publisher: "-"}},
		{"apa_title_before_date_book", one("Tide tables of the northern ports. (2019). Quay Press."),
			enWant{typ: "book", title: "Tide tables of the northern ports", publisher: "Quay Press", year: "2019"}},
		// APA 7, 10.3 with "(Eds.)" left out: the names after "In" before
		// the book's title are its editors.
		{"apa_in_editors_without_mark", one("Ortiz, L. M. (2000). The new tide studies. In D. Moreau, M. Okafor, & R. Ivanič, Situated tides in context (pp. 180–209). Quay Press."),
			enWant{typ: "chapter", editors: "Moreau|Okafor|Ivanič", container: "Situated tides in context", page: "180–209", publisher: "Quay Press"}},
		// Chicago 17, 14.281: a constitution or an act cited by its name
		// and the article or section.
		{"note_constitution_article_section", one("Harbour Constitution of 1876, Article 16, Section 57."),
			enWant{typ: "legislation", title: "Harbour Constitution of 1876", year: "1876"}},
		{"note_act_section_sign", one("Harbour Safety Act, § 4."),
			enWant{typ: "legislation", title: "Harbour Safety Act", year: "-"}},
		// MLA 9, 5.6: the first name inverted with an initial before the
		// given name, the second given first.
		{"mla_initial_before_given_name", one("Ortiz, L. Michael, and Paula Okafor. Invitation to Harbour Science. 6th ed., Quay Learning, 2013."),
			enWant{typ: "book", authors: "Ortiz|Okafor", title: "Invitation to Harbour Science", edition: "6", publisher: "Quay Learning", place: "-"}},
		// A report's number in a sentence of its own before the imprint.
		{"harvard_report_number_before_imprint", one("Harbour Audit Office (2020) *Tideway: A Progress Update*. HC 1229. London: Harbour Audit Office."),
			enWant{typ: "report", title: "Tideway: A Progress Update", place: "London", publisher: "Harbour Audit Office"}},
		// Harvard as site generators print it: the site's address as the
		// author before the date, "(n.d.)" too; the address is no link.
		{"harvard_site_address_author_no_date", one("www.harbourpsychology.org. (n.d.). Box Plot | Harbour Psychology. [online] Available at: https://www.harbourpsychology.org/boxplots.html."),
			enWant{typ: "webpage", authors: "www.harbourpsychology.org", title: "Box Plot | Harbour Psychology", url: "https://www.harbourpsychology.org/boxplots.html", year: "-"}},
		{"harvard_site_address_author_year", one("tideplot.com. (2019). Box Plots. [online] Available at: https://tideplot.com/python/box-plots/."),
			enWant{typ: "webpage", authors: "tideplot.com", title: "Box Plots", year: "2019"}},
		// An entry of a handbook read online is an encyclopedia's; a
		// chapter of a printed handbook stays a chapter.
		{"note_online_handbook_entry", one("Anonymous, “Tide Creek,” Handbook of Harbours, https://www.example.org/handbook/entries/tide-creek (accessed July 31, 2024)."),
			enWant{typ: "entry-encyclopedia", title: "Tide Creek", container: "Handbook of Harbours"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}
