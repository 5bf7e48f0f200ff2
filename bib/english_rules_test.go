package bib

import (
	"strings"
	"testing"
)

// TestEnglishStyleRules checks further rules of the style manuals, each
// with an entry written for the test in the printed form the rule reads.
func TestEnglishStyleRules(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// IEEE Reference Guide, "Corporate author": the organisation before
		// the quoted title.
		{"ieee_organisation_before_quoted_title", one(`Nordwind Sensors Ltd., "Model K2 Board Datasheet," 2011. [Online]. Available: http://example.org/k2.pdf`),
			enWant{typ: "webpage", authors: "Nordwind Sensors Ltd.", title: "Model K2 Board Datasheet", year: "2011", url: "http://example.org/k2.pdf"}},
		{"ieee_organisation_manual_publisher_place", one(`Q Project Group, "Q: A System for Numerical Work," Q Society for Open Computing, Zurich, Switzerland, 2019. [Online]. Available: https://q.example.org/`),
			enWant{typ: "book", authors: "Q Project Group", title: "Q: A System for Numerical Work", publisher: "Q Society for Open Computing", place: "Zurich, Switzerland", year: "2019"}},
		{"ieee_organisation_report", one(`Lumen Labs, “Lumen-3 technical report,” 2022, accessed: 2024-01-15. [Online]. Available: https://example.com/lumen-3`),
			enWant{typ: "report", authors: "Lumen Labs", title: "Lumen-3 technical report", year: "2022", accessed: "2024-01-15"}},
		// IEEE Reference Guide, "Standards": a designation before or after
		// the quoted title.
		{"ieee_designation_before_title", one(`ABC-T Recommendation Q.77, "Quality classes for data links," International Signal Union, 2004.`),
			enWant{typ: "standard", authors: "-", title: "Quality classes for data links", publisher: "International Signal Union", year: "2004"}},
		{"ieee_rfc_after_title", one(`J. Doe et al., "A Framework for Packet Marking," RFC 9999, 2005.`),
			enWant{typ: "standard", authors: "Doe", title: "A Framework for Packet Marking", container: "-", year: "2005"}},
		// Cite Them Right: "Organisation (Year) Title" with the year glued
		// to the name.
		{"harvard_organisation_year_glued", one("Contoso(2024b) Getting started with widgets. Available at: https://learn.example.com/widgets/start (Accessed: 3 March 2025)."),
			enWant{typ: "webpage", authors: "Contoso", title: "Getting started with widgets", year: "2024", accessed: "2025-03-03"}},
		{"harvard_organisation_year_glued_question", one("Contoso(2024c) What is a gadget?.Available at: https://learn.example.com/gadget (Accessed: 3 March 2025)."),
			enWant{authors: "Contoso", title: "What is a gadget?", year: "2024"}},
		// Citing Medicine, ch. 22: web pages of organisations, "[cited …]".
		{"vancouver_organisation_web_cited", one("Royal Society of Surveyors. National survey workforce report 2012. 2013 [cited 2020 May 3]."),
			enWant{typ: "report", authors: "Royal Society of Surveyors", title: "National survey workforce report 2012", year: "2013", accessed: "2020-05-03"}},
		{"vancouver_no_date_cited", one("Heart Foundation Wales. Heart failure figures. N.d. [cited 2021 March 9]. Available from: https://www.example.org/figures"),
			enWant{typ: "webpage", authors: "Heart Foundation Wales", title: "Heart failure figures", year: "-", publisher: "-", accessed: "2021-03-09"}},
		// Chicago 17, 14.174 and IEEE: a preprint's repository and number
		// after the title.
		{"chicago_author_date_arxiv_number", one(`Moreau, Ines, and Paul Okafor. 2022. "Sparse Attention in Tiny Models." arXiv:2205.01234.`),
			enWant{typ: "article", authors: "Moreau|Okafor", title: "Sparse Attention in Tiny Models", container: "-", year: "2022"}},
		{"chicago_author_date_arxiv_preprint", one(`Moreau, Ines, and Paul Okafor. 2022. "Sparse Attention in Tiny Models." arXiv preprint arXiv:2205.01234.`),
			enWant{typ: "article", title: "Sparse Attention in Tiny Models", container: "arXiv preprint", year: "2022"}},
		{"ieee_arxiv_preprint_year_after", one(`K. Osei, "Graph sampling at scale," *arXiv preprint arXiv:1906.05432*, 2019.`),
			enWant{typ: "article", authors: "Osei", title: "Graph sampling at scale", container: "arXiv preprint", year: "2019"}},
		{"ieee_conference_arxiv_link", one(`A. Novak and B. Lee, “Shallow nets for speech,” in Proceedings of the International Conference on Speech Systems (ICSS), 2015. [Online]. Available: https://arxiv.org/abs/1501.00001`),
			enWant{typ: "paper-conference", container: "Proceedings of the International Conference on Speech Systems (ICSS)", year: "2015"}},
		// IEEE Reference Guide, "Conference proceedings": "in" marks a
		// conference's proceedings, volume and number or not; the
		// publisher follows the proceedings' title after a full stop.
		{"ieee_in_proceedings_with_volume", one(`R. Dale and S. Kim, “A lexicon for tweets,” in Proceedings of the International Conference on Weblogs and Society (ICWS), vol. 4, no. 2, 2012, pp. 101–110.`),
			enWant{typ: "paper-conference", container: "Proceedings of the International Conference on Weblogs and Society (ICWS)", volume: "4", issue: "2", page: "101–110", year: "2012"}},
		{"ieee_in_proceedings_sciences", one(`T. Obi, "Routing in small networks," in Proceedings of the 40th Annual Conference on Computer Sciences, 2007, pp. 1–9.`),
			enWant{typ: "paper-conference", container: "Proceedings of the 40th Annual Conference on Computer Sciences", page: "1–9"}},
		{"ieee_proceedings_then_publisher", one(`L. Ng, “Parsing with stacks,” inProceedings of the 2017 Conference on Parsing Methods, Volume 2 (Short Papers) . Society for Parsing, 2017, pp. 44–52.`),
			enWant{typ: "paper-conference", container: "Proceedings of the 2017 Conference on Parsing Methods, Volume 2 (Short Papers)", volume: "-", publisher: "Society for Parsing", year: "2017", page: "44–52"}},
		{"ieee_proceedings_comma_conference_name", one(`P. Ray, "Low-power radios," in Proceedings, IEEE Radio Conference, 2009, vol. 2.`),
			enWant{typ: "paper-conference", container: "Proceedings, IEEE Radio Conference", place: "-", year: "2009"}},
		// Names: a suffix after the family name (APA 7, 9.8), a mononym in
		// an IEEE list, an apostrophe before a lower-case letter, initials
		// without full stops in a note (Chicago 17, 14.20).
		{"apa_suffix_after_family", one("Marsh Jr., T. W., & Olsen, K. (2011). Rivers and roads: A history. Journal of Transport History, 32(2), 10-25."),
			enWant{typ: "article-journal", authors: "Marsh|Olsen", title: "Rivers and roads: A history", year: "2011", container: "Journal of Transport History"}},
		{"ieee_mononym_in_list", one(`R. Bose, Priyanka, T. Iyer, and M. K. Rao, “Crop yield models,” Agricultural Systems , vol. 12, pp. 1–9, 2020.`),
			enWant{typ: "article-journal", authors: "Bose|Priyanka|Iyer|Rao", title: "Crop yield models", container: "Agricultural Systems", volume: "12"}},
		{"ieee_apostrophe_lower_case", one(`F. Rossi, C. D’onofrio, and L. Bianchi, “Ontology matching,” Semantic Web J. , vol. 3, no. 1, 2019.`),
			enWant{authors: "Rossi|D’onofrio|Bianchi", title: "Ontology matching"}},
		{"chicago_note_middle_initial_without_stop", one("Mary T Collins, ‘Rails and Rivers in the Old West’, *Western History* 12, no. 2 (1990): 40–51."),
			enWant{typ: "article-journal", authors: "Collins", title: "Rails and Rivers in the Old West", container: "Western History", volume: "12", issue: "2", year: "1990"}},
		{"chicago_note_first_initial_without_stop", one("K L. Brandt, Organic Synthesis, 4th ed. (Boston: Beacon Press, 2001), 77."),
			enWant{typ: "book", authors: "Brandt", title: "Organic Synthesis", edition: "4", place: "Boston", publisher: "Beacon Press", year: "2001", locator: "77"}},
		// Chicago 17 notes: a range printed on an article or a chapter is
		// its own pages, a single page is the page cited (14.171).
		{"chicago_note_article_range_is_page", one("Ruth A Mendez, ‘Lighthouses of the North’, *Coastal Review* 7, no. 2 (1985): 41–58."),
			enWant{typ: "article-journal", authors: "Mendez", container: "Coastal Review", volume: "7", issue: "2", year: "1985", page: "41–58", locator: "-"}},
		{"chicago_note_chapter_range_is_page", one("Omar Haddad, ‘Salt Roads’, in *Desert Trade: Essays*, trans. Lena Fischer (London: Harvill Press, 1991), 12–30."),
			enWant{typ: "chapter", authors: "Haddad", title: "Salt Roads", container: "Desert Trade: Essays", place: "London", publisher: "Harvill Press", year: "1991", page: "12–30", locator: "-"}},
		{"chicago_note_book_range_is_locator", one("Omar Haddad, *Salt Roads* (London: Harvill Press, 1991), 12–30."),
			enWant{typ: "book", page: "-", locator: "12–30"}},
		// Chicago 17, 14.103–107: "ed.", "trans." and "by" after the book's
		// title end at the imprint's parenthesis; two places joined by
		// "and" (14.132).
		{"chicago_note_editors_before_imprint", one("Ana Ruiz, ‘Maps and Power’, in *Cartography Now: Essays in Method*, ed. Jonas Berg and Clara Holm (Oxford and Boston: Blackwell Academic, 2009)."),
			enWant{typ: "chapter", editors: "Berg|Holm", container: "Cartography Now: Essays in Method", place: "Oxford and Boston", publisher: "Blackwell Academic", year: "2009"}},
		{"chicago_note_by_and_trans_after_book", one("Lena Fischer, ‘Foreword’, in *Salt Roads and Other Essays*, by Omar Haddad, trans. Lena Fischer (London: Harvill Press, 1991), 2."),
			enWant{typ: "chapter", editors: "-", container: "Salt Roads and Other Essays", place: "London", publisher: "Harvill Press", locator: "2"}},
		{"chicago_note_editor_then_imprint", one("Ada Byron, ‘Engines and Games’, in *Thinking Machines: A Symposium*, ed. Walter Grey Reed (London: Pitman and Sons, Ltd, 1950), 120."),
			enWant{editors: "Reed", container: "Thinking Machines: A Symposium", place: "London", publisher: "Pitman and Sons, Ltd", year: "1950", locator: "120"}},
		{"chicago_note_places_joined_by_and", one("Karen Holt, *Paper Cities: Literature and Urban Form* (Chicago and London: The University of Chicago Press, 2011)."),
			enWant{typ: "book", place: "Chicago and London", publisher: "The University of Chicago Press", year: "2011"}},
		// Chicago 17, 14.37: prose before the citation of a note.
		{"chicago_note_prose_sentence_before", one("This argument is developed at length elsewhere. Maria Lopez, *Cities of Glass: A Study of Towers* (Boston: Beacon Press, 2008)."),
			enWant{typ: "book", authors: "Lopez", title: "Cities of Glass: A Study of Towers", place: "Boston", publisher: "Beacon Press", year: "2008"}},
		{"chicago_note_prose_in_before", one("Table 2 in Henry J. Cole, Ruth Park, and Tom Ames, Methods in Soil Science, 2nd ed. (New York: Wiley, 1995), 88."),
			enWant{typ: "book", authors: "Cole|Park|Ames", title: "Methods in Soil Science", edition: "2", place: "New York", publisher: "Wiley", locator: "88"}},
		{"chicago_note_prose_in_two_authors", []string{"Table 2 in Henry J. Cole and Ruth Park, Methods in Soil Science (New York: Wiley, 1995), 88.", "Ibid., 89."},
			enWant{typ: "book", authors: "Cole|Park", title: "Methods in Soil Science", locator: "89"}},
		{"chicago_note_quoted_title_in_book_is_no_prose", []string{"“Salt Roads,” in Desert Trade Papers, ed. Lena Fischer (London: Harvill Press, 1991), 12.", "Ibid., 13."},
			enWant{typ: "chapter", authors: "-", editors: "Fischer", title: "Salt Roads", container: "Desert Trade Papers", locator: "13"}},
		{"chicago_note_prose_then_organisation_web", []string{"The acronym is explained on the project's site. The Gizmo Foundation, ‘About Gizmo’ (The Gizmo Foundation), accessed 3 May 2019, https://gizmo.example.org/about.", "Ibid."},
			enWant{typ: "webpage", authors: "The Gizmo Foundation", title: "About Gizmo", publisher: "The Gizmo Foundation", accessed: "2019-05-03"}},
		// A bibliography heading in a note, "Family, Given I. Title. 3rd
		// ed. (Place: Publisher, Year),page".
		{"chicago_note_inverted_heading_edition", one("Marsh, Ellen K. Soil Chemistry. 2nd ed. (Boston, MA: Pearson Education, 2010),95."),
			enWant{typ: "book", authors: "Marsh", title: "Soil Chemistry", edition: "2", place: "Boston, MA", publisher: "Pearson Education", year: "2010", locator: "95"}},
		// Chicago 17, 14.29: a short note names one of two works of its
		// author by its title; the full name may be printed.
		{"chicago_short_note_chooses_by_title", []string{
			"Paul Grant, ‘Machines and Minds’, ed. Anne Fox, *The Oxford Encyclopedia of Mind* (Oxford University Press, 1999), 210.",
			"Paul Grant, ‘Thinking Engines’, *Mind and Language* 4, no. 1 (1985): 10–30.",
			"Grant, ‘Machines and Minds’, 211."},
			enWant{typ: "entry-encyclopedia", authors: "Grant", editors: "Fox", title: "Machines and Minds", container: "The Oxford Encyclopedia of Mind", publisher: "Oxford University Press", year: "1999", locator: "211"}},
		{"chicago_short_note_full_name", []string{
			"Ada Byron, ‘Engines and Games’, in *Thinking Machines*, ed. Walter Grey Reed (London: Pitman, 1950), 120.",
			"Ada Byron, ‘Engines and Games’, 121."},
			enWant{typ: "chapter", title: "Engines and Games", container: "Thinking Machines", publisher: "Pitman", year: "1950", locator: "121"}},
		// Name-year styles of the sciences: an article without its title.
		{"name_year_article_without_title", one("Oduya KT, Lindqvist P (1992) Water Res 18:401-409."),
			enWant{typ: "article-journal", authors: "Oduya|Lindqvist", title: "-", container: "Water Res", year: "1992", volume: "18", page: "401-409"}},
		{"name_year_article_without_title_bracket", one("Petrova NA, Sokolov VO (2011) Soil Science [Pochvovedenie] 4:12-19."),
			enWant{typ: "article-journal", title: "-", container: "Soil Science [Pochvovedenie]", volume: "4", page: "12-19"}},
		// APA 7, 9.19: a title ending in a question mark takes no full stop.
		{"apa_title_question_mark", one("Lund, K., & Berg, S. (2018). Why do teams fail? Small Group Research, 49(4), 388-410."),
			enWant{typ: "article-journal", title: "Why do teams fail?", container: "Small Group Research", volume: "49", issue: "4", page: "388-410"}},
		// Chicago 17, 15.38 and 15.41: a reprint's original year; a
		// quoted title with no author before the year.
		{"chicago_author_date_reprint_year", one("Lindgren, Astrid. 2004 [1945]. *The Long Summer*. New York: Viking Press."),
			enWant{typ: "book", title: "The Long Summer", year: "2004", place: "New York", publisher: "Viking Press"}},
		{"chicago_author_date_no_author", one("“Rivers of the Steppe”. 2019. Steppe Studies Journal 7 (1): 20-31."),
			enWant{typ: "article-journal", authors: "-", title: "Rivers of the Steppe", container: "Steppe Studies Journal", year: "2019", volume: "7", issue: "1", page: "20-31"}},
		// Chicago 17, 14.103: "Edited by" between the edition and the
		// imprint.
		{"chicago_bibliography_edited_by_sentence", one("Mill, J. S. 1990. *Essays on Liberty*. 3rd ed. Edited by A. B. Cole and Jane Rees. Cambridge, MA: Harvard University Press. First published 1859."),
			enWant{typ: "book", editors: "Cole|Rees", title: "Essays on Liberty", edition: "3", place: "Cambridge, MA", publisher: "Harvard University Press"}},
		// IEEE: the editors of a book after its title; places and
		// company designators in the imprint.
		{"ieee_chapter_editors_then_two_places", one(`K. Tan et al., "Sensor operating systems," in *Smart Environments*, A. Roe, B. Lin, and C. Moss, Eds. Berlin, Heidelberg: Springer, 2008, pp. 10-40.`),
			enWant{typ: "chapter", editors: "Roe|Lin|Moss", container: "Smart Environments", place: "Berlin, Heidelberg", publisher: "Springer", page: "10-40"}},
		{"ieee_book_publisher_inc", one("T. Hale and R. Amis, Data Analysis in Practice . Blue Fox Media, Inc., 2014."),
			enWant{typ: "book", title: "Data Analysis in Practice", place: "-", publisher: "Blue Fox Media, Inc", year: "2014"}},
		{"harvard_thesis_university_campus", one("Moreno, L.A. (2004) *Adaptive Caching for Web Servers*. PhD thesis. University of Texas, Austin."),
			enWant{typ: "thesis", title: "Adaptive Caching for Web Servers", place: "-", publisher: "University of Texas, Austin"}},
		// Cite Them Right: a newspaper named after the title with the day
		// of its issue; APA 7, 10.16: a site's name after the title.
		{"harvard_newspaper_with_day", one("Petrov I. Harbour plans approved [translated title]. Northern Courier, 04.03.2014. Available at: http://courier.example.org/2014/03/04/harbour (Accessed: 10.05.2016)."),
			enWant{typ: "article-newspaper", title: "Harbour plans approved [translated title]", container: "Northern Courier", year: "2014", publisher: "-", place: "-"}},
		{"harvard_newspaper_no_author", one("New bridge opens in the old town. Valley Gazette, 21.06.2019."),
			enWant{typ: "article-newspaper", authors: "-", title: "New bridge opens in the old town", container: "Valley Gazette", year: "2019"}},
		{"mla_site_with_day_stays_webpage", one(`Okoro, Ada. "Markets Rally Again." NewsNet, 3 May 2012, www.newsnet.example.com/markets.html. Accessed 9 Oct. 2017.`),
			enWant{typ: "webpage", container: "NewsNet"}},
		{"apa_site_name_after_title", one("Holm, T., & Berg, A. (2021). Grocer posts record online sales in first quarter. Qz5. https://www.qz5.example.com/2021/grocer-online-sales"),
			enWant{typ: "webpage", title: "Grocer posts record online sales in first quarter", container: "Qz5", publisher: "-", year: "2021"}},
		{"apa_organisation_site_name", one("StoreStats. (2022). Revenue analytics: shop.example.com. STST. Retrieved May 3, 2022 from https://storestats.example.com/shop"),
			enWant{typ: "webpage", authors: "StoreStats", container: "STST", publisher: "-", accessed: "2022-05-03"}},
		{"apa_book_publisher_with_link_stays_book", one("Park, J. (2020). Field methods in ecology. Springer. https://link.example.com/book/field-methods"),
			enWant{typ: "book", publisher: "Springer", container: "-"}},
		// Citing Medicine, ch. 23: an article read in PubMed Central.
		{"vancouver_pmc_article", one("Olsen K, Dahl M. Sleep loss in night-shift nurses. 2018 [cited 2021 May 2]. Available from: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/"),
			enWant{typ: "article-journal", authors: "Olsen|Dahl", title: "Sleep loss in night-shift nurses", year: "2018", accessed: "2021-05-02"}},
		// Links broken by a space where the evidence is strong: digits
		// after a DOI link that ends the entry, an identifier after a
		// path's slash.
		{"apa_doi_digits_split_at_end", one("Ng, K. L. (2009). Field notes on wetlands. Wetland Review, 12(1), 40-55. https://doi.org/10.1234/wr.2009.3512 7788"),
			enWant{typ: "article-journal", page: "40-55", url: "https://doi.org/10.1234/wr.2009.35127788"}},
		{"ieee_path_identifier_after_slash", one("A. Roy and B. Sen, “Rail scheduling,” Transport Research , vol. 9, no. 2, pp. 10–20, 2021. [Online]. Available: https://www.example.com/science/article/pii/ S0123456721000123"),
			enWant{typ: "article-journal", url: "https://www.example.com/science/article/pii/S0123456721000123"}},
		{"apa_doi_then_page_not_joined", one("Ng, K. L. (2009). Field notes on wetlands. Wetland Review, 12(1), 40-55. https://doi.org/10.1234/wr.2009.3512 Accessed 2010."),
			enWant{url: "https://doi.org/10.1234/wr.2009.3512"}},
		// APA 7, 9.11: an organisation as author before a title in
		// sentence case (not a title in the author's place, 9.12).
		{"apa_organisation_author_sentence_case_title", one("Global Water Council. (2017). Annual report on river basin health. https://www.example.org/reports/rivers"),
			enWant{authors: "Global Water Council", title: "Annual report on river basin health", year: "2017"}},
		{"apa_title_in_author_position_stays", one("Experimental psychology. (1938). Holt."),
			enWant{authors: "-", title: "Experimental psychology", publisher: "Holt"}},
		// IEEE Reference Guide, "Theses" and "Reports".
		{"ieee_thesis_after_quoted_title", one(`B. Okafor, "Routing in sparse meshes," M.S. thesis, Lagos Institute of Technology, Lagos, Nigeria, Mar. 2004.`),
			enWant{typ: "thesis", title: "Routing in sparse meshes", publisher: "Lagos Institute of Technology", place: "Lagos, Nigeria", year: "2004"}},
		{"ieee_tech_report_after_quoted_title", one(`C. Ray and D. Fox, "Queue models for bursty links," Northfield Labs, Boston, MA, Tech. Rep. 17-04, 2003.`),
			enWant{typ: "report", title: "Queue models for bursty links", publisher: "Northfield Labs", place: "Boston, MA", year: "2003"}},
		// Cite Them Right: an organisation in capitals before the date is
		// no IEEE name; the day after the quoted title is the date's.
		{"harvard_capitals_organisation_before_date", one("ITV News (2019) 'Flood warnings issued', 3 May. Available at: https://www.itv.example.com/news/1 (Accessed: 4 May 2019)."),
			enWant{authors: "ITV News", title: "Flood warnings issued", container: "-", year: "2019"}},
		{"apa_organisation_author_manual_edition", one("Modern Language Society. (2016). Handbook of the Modern Language Society for writers (8th ed.). https://doi.org/10.1000/mls-handbook"),
			enWant{authors: "Modern Language Society", title: "Handbook of the Modern Language Society for writers", edition: "8"}},
		// APA 7, 10.1: a journal's name with a subtitle after a colon is
		// no "Place: Publisher".
		{"apa_journal_with_colon_subtitle", one("Ortiz, D., & Hale, E. (2011). Outreach strategies for rural clinics. Rural Psychology Journal: Practice and Research, 22(3), 110–125."),
			enWant{typ: "article-journal", container: "Rural Psychology Journal: Practice and Research", volume: "22", issue: "3", page: "110–125", place: "-"}},
		// MLA 9, 5.68: a newspaper's date after its name.
		{"mla_newspaper_date_in_container", one(`Moss, Clara. "Harbour Plans Approved." The Daily Courier, 14 June 2011, p. B3.`),
			enWant{typ: "article-newspaper", container: "The Daily Courier", year: "2011", page: "B3"}},
		// Chicago 17, 14.20: "Given Family et al., “Title,”".
		{"chicago_note_et_al_before_quoted_title", one(`Nora B. Lind et al., "Tracking Seasonal Change in Lakes," Freshwater Biology 41, no. 2 (June 2015): 212, https://doi.org/10.1000/fb.2015.41.`),
			enWant{typ: "article-journal", authors: "Lind", title: "Tracking Seasonal Change in Lakes", container: "Freshwater Biology", volume: "41", issue: "2", year: "2015"}},
		// Citing Medicine, ch. 2: a government body with its country, the
		// edition before the imprint.
		{"vancouver_government_body_country", one("National Institute of Soil Health (US). Soils of the plains. 3rd ed. Lincoln (NE): The Institute; 2001."),
			enWant{typ: "book", authors: "National Institute of Soil Health (US)", title: "Soils of the plains", edition: "3", place: "Lincoln (NE)", publisher: "The Institute", year: "2001"}},
		// APA 7, 9.11: an organisation whose name opens with an
		// initialism; an edition with words before "ed." (MLA 9, 5.41).
		{"apa_organisation_initialism", one("U.K. Met Office. (2018). Annual climate summary for the islands. https://www.example.gov.uk/climate"),
			enWant{authors: "U.K. Met Office", title: "Annual climate summary for the islands", year: "2018"}},
		{"mla_anniversary_edition", one("Lowe, Anna. Open Fields. 25th anniversary ed., Harvest Books, 2012."),
			enWant{typ: "book", title: "Open Fields", edition: "25", publisher: "Harvest Books", year: "2012"}},
		// Chicago 17, 14.188 and 14.206: a magazine cited by date and page
		// in a note; a page with "last modified" and a name that reads
		// like a publisher.
		{"chicago_note_magazine_date_page", []string{`Ruth Keller, "The Quiet Coast," Harbor Monthly, March 3, 2001, 44.`, "Ibid., 45."},
			enWant{typ: "article-magazine", container: "Harbor Monthly", year: "2001", locator: "45"}},
		{"chicago_note_web_last_modified", []string{`"Open Atlas," Openmedia Foundation, last modified May 2, 2020, https://www.openatlas.example.org.`, "Ibid."},
			enWant{typ: "webpage", title: "Open Atlas", container: "Openmedia Foundation", year: "2020"}},
		// IEEE: "in" before proceedings whose name has no conference
		// word; IEEE Xplore's "in" before a journal stays a journal; a
		// patent's number is no container.
		{"ieee_in_advances_is_conference", one(`B. Cho et al., "Sparse coding for speech," in Advances in Speech Processing Systems, vol. 12, 2019, pp. 101–110.`),
			enWant{typ: "paper-conference", container: "Advances in Speech Processing Systems", volume: "12", page: "101–110"}},
		{"ieee_xplore_in_transactions_is_journal", one(`Li Wei, A. B. Cole, and D. Fox, "Cycle-free codes," in IEEE Transactions on Coding, vol. 40, no. 2, pp. 10-20, Feb. 2001.`),
			enWant{typ: "article-journal", container: "IEEE Transactions on Coding", volume: "40", issue: "2"}},
		{"ieee_patent_number_not_container", one(`K. Ames, "Folding ladder," U.S. Patent 5 123 456, Mar. 4, 1999.`),
			enWant{typ: "patent", title: "Folding ladder", container: "-", year: "1999"}},
		// English renderings of Russian-journal references: an access date
		// in parentheses, a month and year after the title.
		{"translit_access_date_and_title_date", one("_UNDP_ (2012). _Guide to Measuring Rural Poverty_ (May 2012). URL: https://www.example.org/rural.pdf (access date: 05.03.2024). (In Russ.)."),
			enWant{authors: "UNDP", title: "Guide to Measuring Rural Poverty", year: "2012", accessed: "2024-03-05", container: "-", publisher: "-"}},
		// Citing Medicine, ch. 3: editors after "In:" are family first,
		// two initials too.
		{"vancouver_chapter_editors_two_initials", one("Olsen KR, Dahl MT. Renal injury. In: Berger JH, Lund BM, editors. Kidney disease: a handbook. 3rd ed. Boston: Little Press; 2004. p. 120-35."),
			enWant{typ: "chapter", editors: "Berger|Lund", container: "Kidney disease: a handbook", place: "Boston", publisher: "Little Press", page: "120-35"}},
		// Chicago 17, author-date: a newspaper's day after the heading's
		// year, an organisation's year after its name, "PhD diss.".
		{"chicago_author_date_newspaper_day", one(`Okafor, Bayo. 2018. "Port Traffic Doubles." Lagos Times, June 4, 2018. https://www.lagostimes.example.com/port-traffic.`),
			enWant{typ: "article-newspaper", container: "Lagos Times", year: "2018"}},
		{"chicago_author_date_organisation_year", one(`Acme. 2019. "Terms of Service." Acme Legal. Last modified May 2, 2019. https://www.acme.example.com/terms/.`),
			enWant{typ: "webpage", authors: "Acme", title: "Terms of Service", container: "Acme Legal", year: "2019"}},
		{"chicago_author_date_phd_diss", one(`Marsh, Ellen Kay. 2011. "River Songs of the Delta." PhD diss., University of Memphis.`),
			enWant{typ: "thesis", title: "River Songs of the Delta", publisher: "University of Memphis", container: "-"}},
		// MLA 9, 5.90: an address printed without "https://".
		{"mla_bare_address", one(`Lund, Maria. "Notes on Keeping a Diary." Letters and Books, So Many Words, 3 Feb. 2018, lettersbooks.example.org/2018/02/03/diary/.`),
			enWant{typ: "webpage", container: "Letters and Books", year: "2018", url: "lettersbooks.example.org/2018/02/03/diary/"}},
		// APA 7, 10.16: an organisation's web page, "Org Name. (n.d.).
		// Page title. Retrieved … from URL"; "Title. Site. (n.d.)." stays.
		{"apa_organisation_web_page", one("National Parks Board. (n.d.). Camping rules. Retrieved March 3, 2021, from https://www.parks.example.gov/camping"),
			enWant{typ: "webpage", authors: "National Parks Board", title: "Camping rules", container: "-", accessed: "2021-03-03"}},
		{"apa_organisation_web_page_dated", one("River Clinic. (2020, June 4). Sleep hygiene. https://www.riverclinic.example.org/sleep"),
			enWant{typ: "webpage", authors: "River Clinic", title: "Sleep hygiene", year: "2020"}},
		// Oxford notes: "Title, 3rd edn (Place: Publisher, Year), p. 12."
		{"oxford_note_edition_then_imprint_page", []string{"Jane Hale, The Market Towns, 2nd edn (London: Faber, 1990), p. 31.", "Ibid., p. 33."},
			enWant{typ: "book", title: "The Market Towns", edition: "2", place: "London", publisher: "Faber", year: "1990", container: "-", locator: "33"}},
		// A SICI DOI broken at the hyphen of its ISSN.
		{"apa_sici_doi_broken_at_issn_hyphen", one("Ward, P. (1998). Tides and trade. Coastal Studies Journal, 9(2), 40-52. https://doi.org/10.1002/(SICI)1234- 5678(199802)9:2<40::AID-CSJ1>3.0.CO;2-X"),
			enWant{typ: "article-journal", page: "40-52", url: "https://doi.org/10.1002/(SICI)1234-5678(199802)9:2<40::AID-CSJ1>3.0.CO;2-X"}},
		// APA 7, 10.2: editor, translator and edition in parentheses
		// after a book's title.
		{"apa_title_parenthesis_editor_edition", one("Hart, H. W. (2011). Hart's guide to English style (K. Lane, Ed.; 3rd ed.). Oxford University Press."),
			enWant{typ: "book", title: "Hart's guide to English style", editors: "Lane", edition: "3", publisher: "Oxford University Press"}},
		{"apa_title_parenthesis_translator", one("Vygotsky, L. (1962). Thought and speech (A. B. Kozulin, Trans.). MIT Press. (Original work published 1934)"),
			enWant{typ: "book", title: "Thought and speech", publisher: "MIT Press", year: "1962"}},
		// Reading lists of evidence-based medicine: the title first, the
		// authors after it in any order, then Citing Medicine's journal
		// block with its colon and semicolon swapped, "Journal Year:
		// Vol(Issue); Pages"; or the block as Citing Medicine prints it.
		{"vancouver_authors_after_title_swapped_block", one("Counting lost patients in trials: a survey of methods. P. R. Hale, T. van Dorn, K. L. Moss. Clin Trials Rev 2011: 14(3); 201-9."),
			enWant{typ: "article-journal", authors: "Hale|van Dorn|Moss", title: "Counting lost patients in trials: a survey of methods", container: "Clin Trials Rev", year: "2011", volume: "14", issue: "3", page: "201-9"}},
		{"vancouver_authors_after_question_title", one("Do nurses read trials? A questionnaire study. Maria J Ortega, Tom Berg. Nurs Res Q 2003: 8; 77. Available in [pdf format][ort1]"),
			enWant{typ: "article-journal", authors: "Ortega|Berg", title: "Do nurses read trials? A questionnaire study", container: "Nurs Res Q", year: "2003", volume: "8", issue: "-", page: "77"}},
		{"vancouver_authors_after_quoted_title", one(`"Stop the trial now!" Lind AB, Park C. Trials Forum 2009: 31); B2-B4.`),
			enWant{typ: "article-journal", authors: "Lind|Park", title: "Stop the trial now!", container: "Trials Forum", volume: "31", page: "B2-B4"}},
		{"vancouver_authors_after_title_standard_block", one("Counting lost patients in trials. Hale PR, Moss KL. Clin Trials Rev 2011;14(3):201-9."),
			enWant{typ: "article-journal", authors: "Hale|Moss", title: "Counting lost patients in trials", container: "Clin Trials Rev", year: "2011", volume: "14", issue: "3", page: "201-9"}},
		{"vancouver_organisation_then_title_stays", one("The Society of Renal Surgeons. Guidance on kidney donation. Ren J 2004;12:33-5."),
			enWant{typ: "article-journal", authors: "The Society of Renal Surgeons", title: "Guidance on kidney donation", container: "Ren J", volume: "12", page: "33-5"}},
		// An organisation as author. APA 7, 9.11: a company's one-word
		// name before the title of its page; Cite Them Right: "(no date)";
		// Harvard: "Organisation, Year. Title."; IEEE Reference Guide,
		// "Corporate author": the organisation before an italic or quoted
		// title, with its acronym in parentheses, a version after the
		// title, a standard's designation inside the quotation marks.
		{"apa_company_one_word_before_page_title", one("Acmesoft. (2018). Widget Studio. https://widgets.example.com/"),
			enWant{typ: "webpage", authors: "Acmesoft", title: "Widget Studio", container: "-", year: "2018"}},
		{"harvard_organisation_no_date", one("Grammarville (no date) *How to cite a website*. Available at: https://grammarville.example/cite (Accessed: 2 May 2023)."),
			enWant{typ: "webpage", authors: "Grammarville", title: "How to cite a website", year: "-", accessed: "2023-05-02"}},
		{"harvard_organisation_comma_year_site", one("Northwind Data, Inc., 2024b. Backups. Northwind Handbook. [Online] Available at: https://docs.example.com/backups [Accessed 5 June 2025]."),
			enWant{typ: "webpage", authors: "Northwind Data, Inc.", title: "Backups", container: "Northwind Handbook", year: "2024", accessed: "2025-06-05"}},
		{"harvard_organisation_comma_year_book", one("River Trust, 2019. Living with floods. London: River Trust."),
			enWant{typ: "book", authors: "River Trust", title: "Living with floods", place: "London", publisher: "River Trust", year: "2019"}},
		{"ieee_organisation_italic_title_version", one("Open Geodata Steering Committee, *Geodata Reference Manual*, version 2.x, 2021. [Online]. Available: https://geodata.example.org/docs/"),
			enWant{typ: "webpage", authors: "Open Geodata Steering Committee", title: "Geodata Reference Manual", publisher: "-", container: "-", year: "2021"}},
		{"ieee_organisation_acronym_quoted_title_dash", one(`World Forestry Data Network (WFDN), "Forest Cover — 2020 Edition," 2020. [Online]. Available: https://wfdn.example.org/`),
			enWant{typ: "webpage", authors: "World Forestry Data Network (WFDN)", title: "Forest Cover — 2020 Edition", year: "2020"}},
		{"ieee_organisation_rfc_in_quoted_title", one(`Sample Mail Standards Board, "RFC 9999 — A Format for Sample Envelopes," 2019.`),
			enWant{typ: "standard", authors: "Sample Mail Standards Board", title: "A Format for Sample Envelopes", year: "2019"}},
		{"chicago_note_four_given_names_stay_person", one("Ana María Ruiz López, “Caminos de sal,” in *Rutas del desierto*, ed. Pablo Soto (Madrid: Cátedra, 2004), 12–30."),
			enWant{typ: "chapter", authors: "López", title: "Caminos de sal", container: "Rutas del desierto", publisher: "Cátedra"}},
		// MLA 9, 5.22 and 5.68: a story or poem in quotation marks, its
		// collection in italics with a comma inside, then the publisher
		// and no address: part of a book, not a web page; the book left
		// out, still a part.
		{"mla_story_in_collection_with_comma", one(`Okafor, Ada N. "The Ferry." *Harbour, Night*, Lantern House, 1988.`),
			enWant{typ: "chapter", authors: "Okafor", title: "The Ferry", container: "Harbour, Night", publisher: "Lantern House", year: "1988"}},
		{"mla_story_in_collection_bold_name", one(`**Lind, Oskar**. "Winter Tram." *Small Cities*, Northfield Press, 2015.`),
			enWant{typ: "chapter", authors: "Lind", title: "Winter Tram", container: "Small Cities", publisher: "Northfield Press", year: "2015"}},
		{"mla_poem_without_collection", one("Harrow, Jude. “Field Notes on Rain.” Graywater Press, 2001."),
			enWant{typ: "chapter", authors: "Harrow", title: "Field Notes on Rain", container: "-", publisher: "Graywater Press", year: "2001"}},
		{"mla_quoted_page_with_address_stays_web", one(`Lund, Maria. "Keeping a Diary." *Paper Trails*, Inkwell Media, 3 Feb. 2018, https://papertrails.example.org/diary/.`),
			enWant{typ: "webpage", container: "Paper Trails", publisher: "Inkwell Media"}},
		// MLA 7 and notes: the volume and issue joined by a full stop
		// before the year in parentheses, "12.3 (1999): 4-19".
		{"chicago_note_volume_dot_issue", one("Lena Ortiz, “Salt Roads of the North,” Coastal Review 41.2 (2008): 115–39."),
			enWant{typ: "article-journal", authors: "Ortiz", title: "Salt Roads of the North", container: "Coastal Review", volume: "41", issue: "2", page: "115–39", year: "2008"}},
		{"mla7_volume_dot_issue", one(`Doe, Jane. "Tides." Coastal Review 12.3 (1999): 4-19. Print.`),
			enWant{typ: "article-journal", container: "Coastal Review", volume: "12", issue: "3", page: "4-19", year: "1999"}},
		// Two names given first joined by "and" in a reference list,
		// before a quoted title (Chicago 17, 14.76) or a full stop (MLA's
		// heading printed uninverted).
		{"list_two_given_first_names_quoted_title", one("Nora Quist and Pavel Adler, “Mapping the Quiet Coast,” Harbour Lab, (March 2, 2019) https://quietcoast.example.org."),
			enWant{authors: "Quist|Adler", title: "Mapping the Quiet Coast", year: "2019"}},
		{"mla_two_given_first_names_full_stop", one("Lena M. Ortiz and Jonas K. Berg. Rivers of Stone: A Field Guide. Graywater Press, 2015."),
			enWant{typ: "book", authors: "Ortiz|Berg", title: "Rivers of Stone: A Field Guide", publisher: "Graywater Press", year: "2015"}},
		{"mla_inverted_first_name_and_second_stays", one("Ortiz, Lena M., and Jonas K. Berg. Rivers of Stone. Graywater Press, 2015."),
			enWant{typ: "book", authors: "Ortiz|Berg", title: "Rivers of Stone", publisher: "Graywater Press"}},
		// English renderings of Russian references: the description in
		// the original language printed last in brackets is left out, the
		// genre a translated subtitle names is no part of the title, and
		// a comma lost between two names printed family first is read.
		{"apa_russian_rendering_original_in_brackets", one("Petrov I.V. (1988). Rivers of the northern plain: a monograph. Moscow: Nauka. [In Russian]. [Петров И. В. Реки северной равнины: монография. – М.: Наука, 1988. – 240 с.]"),
			enWant{typ: "book", authors: "Petrov", title: "Rivers of the northern plain", place: "Moscow", publisher: "Nauka", year: "1988"}},
		{"apa_russian_rendering_textbook_lost_comma", one("Orlova E.N., Sidorov P.K. Volkov A.A. (2004). Soil physics: a textbook for universities. Moscow: Kolos. [In Russian]. [Орлова Е. Н., Сидоров П. К., Волков А. А. Физика почв: учебник для вузов. – М.: Колос, 2004.]"),
			enWant{typ: "book", authors: "Orlova|Sidorov|Volkov", title: "Soil physics", place: "Moscow", publisher: "Kolos", year: "2004"}},
		{"apa_english_subtitle_naming_a_genre_stays", one("Lane, K. (2015). Soil physics: A textbook for beginners. Fieldstone Press."),
			enWant{typ: "book", title: "Soil physics: A textbook for beginners", publisher: "Fieldstone Press"}},
		// APA 7, 10.1: a periodical named a magazine.
		{"apa_periodical_named_magazine", one("Ferreira, L. (2019). Small boats, long rivers. River Travel Magazine, 12(4), 30-35."),
			enWant{typ: "article-magazine", container: "River Travel Magazine", volume: "12", issue: "4", page: "30-35"}},
		// MLA 9, 5.70: a book's publisher with the full date of
		// publication is no newspaper.
		{"mla_book_publisher_full_date", one("**Haddad, Omar**. *Salt Roads: Trade in the Desert*. University of Tamarisk Press, March 3, 1991."),
			enWant{typ: "book", authors: "Haddad", title: "Salt Roads: Trade in the Desert", container: "-", publisher: "University of Tamarisk Press", place: "-", year: "1991"}},
		// IEEE Reference Guide: "in *Book*, A. Name and B. Name, Eds.,
		// Publisher, Year."; "in Proceedings Title, Company, Inc., Year,
		// pp. 1–9." is a paper in proceedings.
		{"ieee_chapter_editors_eds_comma", one("K. Osei, *Reading Logs*, in *Practical Debugging*, L. Ng and P. Ray, Eds., Lantern House, 2011."),
			enWant{typ: "chapter", authors: "Osei", editors: "Ng|Ray", title: "Reading Logs", container: "Practical Debugging", publisher: "Lantern House", year: "2011"}},
		{"ieee_proceedings_company_inc", one("A. Novak and B. Lee, “Sparse nets for speech,” in Advances in Speech Systems, Northwind Associates, Inc., 2016, pp. 101–109."),
			enWant{typ: "paper-conference", container: "Advances in Speech Systems", publisher: "Northwind Associates, Inc", page: "101–109", year: "2016"}},
		// MLA 9, 5.93: a talk described at the end of the entry.
		{"mla_class_lecture", one("Moreau, Ines. Rivers in Poetry. 2019, Northfield College, Leeds. Class lecture."),
			enWant{typ: "speech", authors: "Moreau", title: "Rivers in Poetry", publisher: "Northfield College", place: "Leeds", year: "2019"}},
		{"mla_keynote_address", one("Okafor, Ada. “Reading the Coast.” Harbour Writers Festival, 12 May 2017, Town Hall, Whitby. Keynote address."),
			enWant{typ: "speech", authors: "Okafor", title: "Reading the Coast", year: "2017"}},
		{"mla_title_ending_in_lecture_word_stays_book", one("Moreau, Ines. The Last Lecture. Graywater Press, 2008."),
			enWant{typ: "book", title: "The Last Lecture", publisher: "Graywater Press"}},
		// Chicago 17, 14.37 and 14.44: a note that comments before it
		// cites, its citation after "see" or a connective, a second work
		// joined by ", and" after the first one's imprint.
		{"chicago_note_see_after_comment_two_works", one("Thanks to a colleague for reading a draft. For more on river trade, see Lena Ortiz, Salt Roads of the North: A History (Coast UP, 2008), and Jonas Berg, The Ferry Towns (Harbour Press, 1999)."),
			enWant{typ: "book", authors: "Ortiz", title: "Salt Roads of the North: A History", publisher: "Coast UP", year: "2008"}},
		{"chicago_note_short_form_after_see_note", []string{"This chapter owes much to earlier work. For more, see Lena Ortiz, Salt Roads of the North: A History (Coast UP, 2008), and Jonas Berg, The Ferry Towns (Harbour Press, 1999).", "Ortiz, Salt Roads of the North, 41."},
			enWant{title: "Salt Roads of the North: A History", publisher: "Coast UP", year: "2008", locator: "41"}},
		{"chicago_note_connective_before_names", one("The map was drawn twice over a decade. Thus, Omar Haddad, The Desert Atlas (London: Harvill Press, 1991), 12."),
			enWant{typ: "book", authors: "Haddad", title: "The Desert Atlas", place: "London", publisher: "Harvill Press", year: "1991", locator: "12"}},
		// IEEE: editors with "et al., Eds." head a book; a lower-case "in"
		// after the title's full stop names its series. APA 7, 10.12: a
		// screen name in brackets after the name.
		{"ieee_editors_et_al_eds", one("K. Osei et al., Eds., Field Acoustics. London: Lantern House, 2014."),
			enWant{typ: "book", authors: "-", editors: "Osei", title: "Field Acoustics", place: "London", publisher: "Lantern House", year: "2014"}},
		{"ieee_book_in_series", one("L. Ng, Sparse Models of Hearing. in Lecture Series on Acoustics. Boston, MA, USA: Lantern House, 2012."),
			enWant{typ: "book", authors: "Ng", title: "Sparse Models of Hearing", container: "-", place: "Boston, MA, USA", publisher: "Lantern House", year: "2012"}},
		{"apa_screen_name_in_brackets", one("Okafor, A. [RiverTalks]. (2021, March 3). Reading a tide table [Video]. YouTube. https://www.youtube.com/watch?v=abc123"),
			enWant{typ: "webpage", authors: "Okafor", title: "Reading a tide table", container: "YouTube", year: "2021"}},
		// A chapter's pages printed after the edited book's publisher.
		{"chapter_pages_after_edited_book_publisher", one("Ward P., Lee K. (2012): Tides in small harbours. Chapter 3 in L. Ng et al. (eds.), *Coastal Engineering Notes*, Lantern House, p. 41-58."),
			enWant{typ: "chapter", editors: "Ng", container: "Coastal Engineering Notes", publisher: "Lantern House", page: "41-58"}},
		// MLA 7: a part of an edited book, "“Title.” Book. Eds. Names.
		// Place: Publisher, Year. Pages. Print."
		{"mla7_part_of_edited_book", one("Ortiz, Lena. “Salt and Silver.” Readings in Trade. Eds. Jonas Berg, Ana Ruiz, and Paul Okafor. Boston: Lantern House, 2006. 45-61. Print."),
			enWant{typ: "chapter", authors: "Ortiz", editors: "Berg|Ruiz|Okafor", title: "Salt and Silver", container: "Readings in Trade", place: "Boston", publisher: "Lantern House", year: "2006", page: "45-61"}},
		{"mla7_part_one_editor_hyphenated_publisher", one("Ortiz, Lena. “Salt and Silver.” Readings in Trade. Ed. Jonas Berg. Boston: Lantern-Hale, 2006. 45-61. Print."),
			enWant{typ: "chapter", editors: "Berg", place: "Boston", publisher: "Lantern-Hale", page: "45-61"}},
		// IEEE with "in" left out before the proceedings: `"Title," Proc.
		// Conference, Year.`; "Proc. Name, vol. 82" stays a journal.
		{"ieee_proc_without_in", one(`L. Ng and K. Osei, "Mapping echoes in small rooms," Proc. Acoustics: Rooms and Halls, 2011.`),
			enWant{typ: "paper-conference", authors: "Ng|Osei", container: "Proc. Acoustics: Rooms and Halls", place: "-", publisher: "-", year: "2011"}},
		{"ieee_proc_journal_with_volume", one(`L. Ng, "Ground arrays for deep listening," Proc. IEEE, vol. 71, pp. 10-19, May 1990.`),
			enWant{typ: "article-journal", container: "Proc. IEEE", volume: "71", page: "10-19"}},
		// Chicago 17, 14.121: a volume of a set in a note, "Title, vol. 2,
		// Title of the Volume (…)".
		{"chicago_note_volume_of_set", one("Lena Ortiz, The Letters of a Harbour Town, vol. 2, Trade and Tides, 1801–1840 (Coast UP, 1990), 55."),
			enWant{typ: "book", authors: "Ortiz", title: "The Letters of a Harbour Town", volume: "2", publisher: "Coast UP", year: "1990", locator: "55"}},
		// APA 7, 10.1, 10.5, 10.16: an italic name after a plain title is
		// the periodical, the proceedings or the site, numbers or not; an
		// italic report series is the series (10.4).
		{"apa_italic_periodical_no_numbers", one("Okafor, T., & Lind, M. (2021). Rivers of data in small towns. *Harbour Quarterly Review*."),
			enWant{typ: "article-journal", authors: "Okafor|Lind", title: "Rivers of data in small towns", container: "Harbour Quarterly Review", publisher: "-", year: "2021"}},
		{"apa_italic_proceedings", one("Lind, M. (2019). Counting gulls with drones. _Proceedings of the 4th Workshop on Coastal Sensing_."),
			enWant{typ: "paper-conference", title: "Counting gulls with drones", container: "Proceedings of the 4th Workshop on Coastal Sensing", publisher: "-"}},
		{"apa_italic_site_with_url", one("Lind, M. (2024, May 2). Why tides are late. *Tide Notes*. Retrieved from https://tidenotes.example.org/late"),
			enWant{typ: "webpage", title: "Why tides are late", container: "Tide Notes", publisher: "-", year: "2024"}},
		{"apa_italic_working_paper_series", one("Okafor, T. (2022). Fishing rights and prices. *Coastal Economics Working Paper No. 118*. Institute of Coastal Economics."),
			enWant{typ: "report", title: "Fishing rights and prices", container: "-", publisher: "Institute of Coastal Economics", year: "2022"}},
		{"apa_italic_title_keeps_publisher", one("Okafor, T. (2022). *Fishing rights and prices*. *Lantern House*."),
			enWant{typ: "book", title: "Fishing rights and prices", container: "-", publisher: "Lantern House"}},
		// APA 7, 9.8: with 21 or more authors, the first 19, an ellipsis,
		// then the last, sometimes with "&" kept before it; AAAI prints
		// names family first separated by semicolons, "; and" before the
		// last.
		{"apa_ellipsis_then_ampersand", one("Abe, K., Berg, J., Cole, P., ... & Zhou, L. (2020). Wind over the shelf. Journal of Shelf Studies, 4(1), 1-9."),
			enWant{typ: "article-journal", authors: "Abe|Berg|Cole|Zhou", title: "Wind over the shelf", year: "2020"}},
		{"aaai_semicolons_and_last", one("Berg, J.; Cole, P. T.; and Zhou, L. 2023. Tiny Models of Waves. arXiv:2301.00001."),
			enWant{typ: "article", authors: "Berg|Cole|Zhou", title: "Tiny Models of Waves", year: "2023"}},
		// IEEE: after the initials, everything up to the comma is the family
		// name, a capitalised particle or a second surname included.
		{"ieee_family_with_capital_particle_and_two_words", one(`K. Osei, P. Da Costa Lima, and R. Garcia Lopez, "Sound in shallow bays," J. Coast. Acoust., vol. 3, no. 2, pp. 4-9, 2018.`),
			enWant{typ: "article-journal", authors: "Osei|Da Costa Lima|Garcia Lopez", title: "Sound in shallow bays", container: "J. Coast. Acoust", volume: "3"}},
		{"ieee_two_word_family_first", one(`R. Garcia Lopez and K. Osei, "Sound in shallow bays," J. Coast. Acoust., vol. 3, pp. 4-9, 2018.`),
			enWant{authors: "Garcia Lopez|Osei", title: "Sound in shallow bays"}},
		// IEEE Reference Guide, "Reports": an institution after the quoted
		// title of a work with no address.
		{"ieee_institute_report", one(`L. Ng and K. Osei, “Harbour noise: a review,” Coastal Institute for the Study of Sound, 2021. doi: 10.0000/chiss.2021.1.`),
			enWant{typ: "report", authors: "Ng|Osei", title: "Harbour noise: a review", container: "-", publisher: "Coastal Institute for the Study of Sound", year: "2021"}},
		// Citing Medicine, ch. 1: an article title ending in its own
		// question mark before the journal; a journal dated with nothing
		// after the semicolon yet.
		{"vancouver_title_question_mark", one("Ng L, Osei K. Do gulls follow boats? Why feeding matters. J Coast Ecol. 2019 Mar 3;12(2):44-51."),
			enWant{typ: "article-journal", authors: "Ng|Osei", title: "Do gulls follow boats? Why feeding matters", container: "J Coast Ecol", year: "2019", volume: "12", issue: "2", page: "44-51"}},
		{"vancouver_question_mark_ends_title", one("Ng L, Osei K. Why do gulls follow boats? J Coast Ecol. 2019;12(2):44-51."),
			enWant{typ: "article-journal", title: "Why do gulls follow boats?", container: "J Coast Ecol", year: "2019"}},
		{"vancouver_journal_date_only", one("Ng L, Osei K. Tides and trade in small ports. Harb Econ Rev. 2022;"),
			enWant{typ: "article-journal", title: "Tides and trade in small ports", container: "Harb Econ Rev", publisher: "-", year: "2022"}},
		// APA 6 (7.03): "Retrieved from Site Name: URL".
		{"apa6_retrieved_from_site", one("Lind, M. (2014, June 3). Counting the tide.Retrieved from Harbour Notes: http://harbour.example.org/tide"),
			enWant{typ: "webpage", title: "Counting the tide", container: "Harbour Notes", year: "2014", url: "http://harbour.example.org/tide"}},
		// APA without italics: a journal with a volume and no pages, a
		// conference's or a journal's name alone before a DOI, a paper
		// presented at a conference (APA 6, 7.04).
		{"apa_plain_journal_volume_only", one("Lind, M. (2016, May). Gulls and boats. Coastal Letters, 88. doi:10.0000/cl.88.12"),
			enWant{typ: "article-journal", title: "Gulls and boats", container: "Coastal Letters", volume: "88", publisher: "-", place: "-"}},
		{"apa_plain_conference_name", one("Lind, M., & Ng, L. (2018). Sonar for small boats. 2018 Harbour Sensing Conference. doi:10.0000/hsc.2018.7"),
			enWant{typ: "paper-conference", title: "Sonar for small boats", container: "2018 Harbour Sensing Conference", publisher: "-"}},
		{"apa_plain_journal_before_doi", one("Lind, M. (2011). Salt marsh birds. Bulletin of the Coastal Society of Sciences. https://doi.org/10.0000/bcss.2011.3"),
			enWant{typ: "article-journal", title: "Salt marsh birds", container: "Bulletin of the Coastal Society of Sciences", publisher: "-"}},
		{"apa_plain_publisher_before_doi_stays", one("Lind, M. (2011). Salt marsh birds. Lantern Press. https://doi.org/10.0000/lp.2011.3"),
			enWant{typ: "book", container: "-", publisher: "Lantern Press"}},
		{"apa6_paper_presented_at", one("Lind, M., & Ng, L., (2019, June 3–5). Tide gauges at low cost. Paper presented at the 7th International Conference on Coastal Sensing, Harbour Institute, Lisbon, Portugal."),
			enWant{typ: "paper-conference", authors: "Lind|Ng", title: "Tide gauges at low cost", container: "7th International Conference on Coastal Sensing", year: "2019"}},
		// APA 7, 9.11: a group author in capitals and a word, its full
		// stop before the date, is no person with initials.
		{"apa_group_capitals_word_before_date", one("KLM Tides. (2023, May 2). Why harbours silt up. *KLM Tides*. Retrieved from https://klmtides.example.org/silt"),
			enWant{typ: "webpage", authors: "KLM Tides", title: "Why harbours silt up", container: "KLM Tides", year: "2023"}},
		// Chicago 17, 14.103 in older lists: "Title, ed. Name Name." ends
		// the title sentence with its editor.
		{"title_ending_with_editor", one("Ortiz, L. (1990). The Harbour Letters of a Trading Town, ed. Paul Okafor. Lantern Press."),
			enWant{typ: "book", authors: "Ortiz", editors: "Okafor", title: "The Harbour Letters of a Trading Town", publisher: "Lantern Press"}},
		// IEEE as Zotero renders a preprint: the date, then the server and
		// its number after the quoted title.
		{"ieee_preprint_server_after_date", one(`K. Osei and L. Ng, “Tiny nets for tide tables,” Feb. 3, 2021, arXiv: arXiv:2102.00001. doi: 10.48550/arXiv.2102.00001.`),
			enWant{typ: "article", authors: "Osei|Ng", title: "Tiny nets for tide tables", container: "-", year: "2021"}},
		{"ieee_preprint_server_year_only", one(`K. Osei, “Tiny nets for tide tables,” 2021, bioRxiv. doi: 10.1101/2021.01.01.000001.`),
			enWant{typ: "article", title: "Tiny nets for tide tables", container: "-", year: "2021"}},
		// IEEE (Zotero's rendering): "in Conference, Town, Country:
		// Publisher, Mon. Year, pp. 1–9".
		{"ieee_proceedings_place_colon_publisher", one(`K. Osei, “Sonar on a budget,” in Proceedings of the 5th Workshop on Harbour Sensing, Aveiro, Portugal: ACM, Jun. 2022, pp. 11–19. doi: 10.0000/whs.2022.2.`),
			enWant{typ: "paper-conference", title: "Sonar on a budget", container: "Proceedings of the 5th Workshop on Harbour Sensing", place: "Aveiro, Portugal", publisher: "ACM", year: "2022", page: "11–19"}},
		{"ieee_proceedings_event_place_colon_publisher", one(`K. Osei, “Sonar on a budget,” in 2022 Symposium on Harbour Sensing (SHS), Online Event: IEEE, Jun. 2022, pp. 11–19.`),
			enWant{typ: "paper-conference", container: "2022 Symposium on Harbour Sensing (SHS)", place: "Online Event", publisher: "IEEE", year: "2022"}},
		// Standards that open with their designation (BS 1629, ISO 690):
		// the title runs to the imprint, an organisation or the year.
		{"standard_designation_comma_title_imprint", one("EN 12345-2:2019, Harbour cranes – Part 2: Loads. CEN, Brussels, 2019."),
			enWant{typ: "standard", authors: "-", title: "Harbour cranes – Part 2: Loads", publisher: "CEN", place: "Brussels", year: "2019", volume: "-"}},
		{"standard_designation_full_stop_dash_in_title", one("ISO 12345:2016. Tide gauges — Vocabulary. Geneva: International Organization for Standardization; 2016."),
			enWant{typ: "standard", title: "Tide gauges — Vocabulary", place: "Geneva", publisher: "International Organization for Standardization", year: "2016"}},
		{"standard_designation_org_acronym_publisher", one("ASTM E9999-18, Standard Test Method for Salt in Harbour Mud, ASTM International, West Conshohocken, PA, 2018."),
			enWant{typ: "standard", title: "Standard Test Method for Salt in Harbour Mud", publisher: "ASTM International", place: "West Conshohocken, PA", year: "2018"}},
		{"standard_body_heading_then_designation", one("BSI. BS 9999:2017 Harbour safety. Code of practice. London: British Standards Institution; 2017."),
			enWant{typ: "standard", authors: "BSI", title: "Harbour safety. Code of practice", place: "London", publisher: "British Standards Institution"}},
		{"standard_designation_no_imprint_year_from_number", one("ISO 12345:2016, Tide gauges — Vocabulary."),
			enWant{typ: "standard", title: "Tide gauges — Vocabulary", year: "2016"}},
		{"standard_committee_with_acronym", one("EN 12345, Harbour cranes, Part 2: Loads, European Committee for Harbours (ECH), 2002."),
			enWant{typ: "standard", title: "Harbour cranes, Part 2: Loads", publisher: "European Committee for Harbours (ECH)", year: "2002"}},
		// APA 7, 10.4: a group's work issued by the group or its branch.
		{"apa_group_report_own_branch", one("Harbourline. (2024). *State of small ports 2024*. Harbourline Analytics."),
			enWant{typ: "report", authors: "Harbourline", title: "State of small ports 2024", publisher: "Harbourline Analytics"}},
		{"apa_group_book_other_publisher", one("Institute of Harbour Studies. (1988). Keeping a small port. Lantern."),
			enWant{typ: "book", authors: "Institute of Harbour Studies", publisher: "Lantern"}},
		// MLA 9, 5.22: a part of a book by one author, the author named
		// after the book.
		{"mla_part_of_book_by_author", one("“Reading the Tide.” Harbours: A Field Guide, by Lena Ortiz, 3rd ed., Lantern House, 2019."),
			enWant{typ: "chapter", authors: "Ortiz", title: "Reading the Tide", container: "Harbours: A Field Guide", edition: "3", publisher: "Lantern House", place: "-", year: "2019"}},
		// Imprints of older and GOST-trained lists: a dash before the
		// place, a state's abbreviation after the town, a second place and
		// publisher.
		{"dash_glued_before_place_state_abbreviation", one("Ortiz, L. (1971). Harbours of Nations. Trade and Tides. -Cambridge, Mass., Lantern House."),
			enWant{typ: "book", title: "Harbours of Nations. Trade and Tides", place: "Cambridge, Mass.", publisher: "Lantern House", year: "1971"}},
		{"second_place_and_publisher", one("Ortiz, L. (1964). Harbours of Nations. New York, Lantern House, London, Tide Books."),
			enWant{typ: "book", place: "New York", publisher: "Lantern House"}},
		// Chicago 17, 15.9, and Harvard: a body's name and a bare year.
		{"org_bare_year_heading", one("Harbour Research Council. 2014. *Small Ports in Change*. Leeds: Lantern Press."),
			enWant{typ: "book", authors: "Harbour Research Council", title: "Small Ports in Change", place: "Leeds", publisher: "Lantern Press", year: "2014"}},
		// APA 6, 7.05 and APA 7, 10.2: what the parenthesis after a title
		// says.
		{"apa6_thesis_kind_in_parenthesis", one("Ortiz, L. (2012). Tides of trade (Doctoral dissertation). University of Harbours, Leeds, UK."),
			enWant{typ: "thesis", title: "Tides of trade", publisher: "University of Harbours"}},
		{"apa6_thesis_kind_and_university_in_parenthesis", one("Ortiz, L. (2012). Tides of trade (Master's thesis, University of Harbours). Retrieved from http://theses.example.org/12"),
			enWant{typ: "thesis", title: "Tides of trade", publisher: "University of Harbours"}},
		{"apa_volume_in_parenthesis", one("Ortiz, L. (2012). *Tides of trade* (2nd ed., Vol. 3). Lantern Press."),
			enWant{typ: "book", title: "Tides of trade", edition: "2", volume: "3", publisher: "Lantern Press"}},
		// Papers presented at meetings: APA 7, 10.5 "[Paper presentation]";
		// Chicago 17, 14.217 and IEEE "presented at".
		{"apa7_paper_presentation_bracket", one("Ortiz, L. (2019, May 2–4). *Tides of trade* [Paper presentation]. Annual Meeting of the Harbour Society, Leeds, United Kingdom."),
			enWant{typ: "paper-conference", title: "Tides of trade", container: "Annual Meeting of the Harbour Society", publisher: "-", place: "-"}},
		{"chicago_paper_presented_at", one(`Ortiz, Lena. 2019. "Tides of Trade." Paper presented at the Annual Meeting of the Harbour Society, Leeds, May 2–4.`),
			enWant{typ: "paper-conference", title: "Tides of Trade", container: "Annual Meeting of the Harbour Society", publisher: "-"}},
		{"ieee_presented_at", one(`L. Ortiz, "Tides of trade," presented at the Harbour Systems Conf., Leeds, U.K., May 2–4, 2019.`),
			enWant{typ: "paper-conference", title: "Tides of trade", container: "Harbour Systems Conf.", year: "2019", publisher: "-"}},
		// Cite Them Right: "in Family, I. (ed.) Book." — the book's title
		// follows the mark.
		{"harvard_in_editor_ed_then_book", one("Ortiz, L. (2019) 'Tides', in Berg, J. (ed.) Harbour Studies. Leeds: Lantern Press, pp. 4-9."),
			enWant{typ: "chapter", editors: "Berg", title: "Tides", container: "Harbour Studies", place: "Leeds", publisher: "Lantern Press", page: "4-9"}},
		// Citing Medicine, ch. 3: the conference's date and place after the
		// title of the proceedings.
		{"vancouver_proceedings_date_place", one("Ortiz L. Tides of trade. In: Proceedings of the 3rd Harbour Conference; 2019 May 2-4; Leeds, UK. Leeds: Lantern Press; 2019. p. 4-9."),
			enWant{typ: "paper-conference", container: "Proceedings of the 3rd Harbour Conference", place: "Leeds", publisher: "Lantern Press", page: "4-9"}},
		// APA 7, 10.9–10.16: the description in brackets after a title
		// and a version in parentheses are no part of the title.
		{"apa_blog_post_description", one("Ortiz, L. (2021, May 3). Why tides are late [Blog post]. Retrieved from https://tides.example.org/late"),
			enWant{typ: "post-weblog", title: "Why tides are late", container: "-", year: "2021"}},
		{"apa_data_set_with_version", one("Ortiz, L. (2021). Harbour depth soundings (Version 3) [Data set]. Lantern Data. https://doi.org/10.0000/ld.3"),
			enWant{typ: "dataset", title: "Harbour depth soundings", publisher: "Lantern Data"}},
		{"apa_software_with_version", one("Ortiz, L. (2021). tidecalc (Version 1.4) [Computer software]. https://example.org/tidecalc"),
			enWant{typ: "software", title: "tidecalc"}},
		{"apa_in_press", one("Ortiz, L. (in press). Tides of trade. *Journal of Harbour Studies*."),
			enWant{typ: "article-journal", title: "Tides of trade", container: "Journal of Harbour Studies", year: "-"}},
		// Citing Medicine: "[Internet]" after the journal's abbreviation.
		{"vancouver_journal_internet_marker", one("Ortiz L. Tides of trade. J Harb Stud [Internet]. 2020 [cited 2021 May 1];17:11-19. Available from: https://example.org/jhs"),
			enWant{typ: "article-journal", container: "J Harb Stud", volume: "17", page: "11-19", year: "2020", accessed: "2021-05-01"}},
		// Chicago 17, 14.191: a newspaper read online, in a note.
		{"chicago_note_online_newspaper", one(`Lena Ortiz, "Tides of Trade," *Harbour Times*, May 3, 2019, https://harbourtimes.example.org/tides.`),
			enWant{typ: "article-newspaper", title: "Tides of Trade", container: "Harbour Times", year: "2019"}},
		// MLA 9, 5.95: a database and its address after a book's imprint.
		{"mla_book_database_address", one("Ortiz, Lena. *Tides of Trade*. Lantern Press, 2019. *Harbour Books Online*, books.example.org/tides."),
			enWant{typ: "book", publisher: "Lantern Press", place: "-", url: "books.example.org/tides"}},
		// APA 7, 10.1: one page or an article's number without "Article".
		{"apa_article_number_bare", one("Ortiz, L. (2020). Tides of trade. *Harbour Science*, 8(2), 311. https://doi.org/10.0000/hs8020311"),
			enWant{typ: "article-journal", container: "Harbour Science", volume: "8", issue: "2", page: "311"}},
		{"apa_plain_volume_and_page", one("Ortiz, L. (2020). Tides of trade. Harbour Science, 8, 311."),
			enWant{typ: "article-journal", container: "Harbour Science", volume: "8", page: "311", publisher: "-"}},
		// AGPS Harvard: a body's name and the year with no stop.
		{"agps_org_space_year", one("Harbour Research Council 2018, Small ports report, Lantern Press, Leeds."),
			enWant{authors: "Harbour Research Council", title: "Small ports report", year: "2018", publisher: "Lantern Press", place: "Leeds"}},
		// IEEE Reference Guide: a chapter in a book with its edition and
		// chapter number; a thesis with the department before the
		// university.
		{"ieee_chapter_edition_chapter_number", one(`L. Ortiz, "Tides," in *Harbour Studies*, 3rd ed. Leeds, U.K.: Lantern Press, 2019, ch. 4, pp. 41–58.`),
			enWant{typ: "chapter", container: "Harbour Studies", edition: "3", place: "Leeds, U.K.", publisher: "Lantern Press", page: "41–58"}},
		{"ieee_thesis_department_university", one(`L. Ortiz, "Tides of trade," Ph.D. dissertation, Dept. Marine Eng., Univ. Harbours, Leeds, U.K., 2019.`),
			enWant{typ: "thesis", title: "Tides of trade", publisher: "Univ. Harbours", year: "2019"}},
		// Chicago 17, 14.211: a thesis in a note, "(PhD diss., University,
		// Year)".
		{"chicago_note_thesis_in_parenthesis", one(`Lena Ortiz, "Tides of Trade" (PhD diss., University of Harbours, 2012), 45.`),
			enWant{typ: "thesis", title: "Tides of Trade", publisher: "University of Harbours", place: "-", year: "2012", locator: "45"}},
		// Chicago 17, 14.132: two places before the publisher; Springer's
		// reference style: "pp" with no full stop.
		{"two_places_semicolon_then_publisher", one("Ortiz, L. (2019). Tides of trade. London; New York: Lantern Press."),
			enWant{typ: "book", place: "London; New York", publisher: "Lantern Press"}},
		{"springer_pages_without_stop", one("Ortiz L, Berg J (2019) Tides. In: Ng K (ed) Harbour studies. Lantern Press, Leeds, pp 45–60"),
			enWant{typ: "chapter", editors: "Ng", container: "Harbour studies", publisher: "Lantern Press", place: "Leeds", page: "45–60"}},
		// IEEE: a conference name with commas in it before the town and
		// the country.
		{"ieee_conference_name_with_comma_then_place", one(`K. Osei, "Sonar on a budget," in Proc. Int. Conf. Harbours, Tides and Waves (HTW), Aveiro, Portugal, 2019, pp. 1–5.`),
			enWant{typ: "paper-conference", container: "Proc. Int. Conf. Harbours, Tides and Waves (HTW)", place: "Aveiro, Portugal", page: "1–5"}},
		// A body's work issued under its acronym is a report.
		{"ieee_org_publisher_acronym_report", one("Harbour Research Council, *Small Ports Outlook 2023*, HRC, Leeds, 2023."),
			enWant{typ: "report", authors: "Harbour Research Council", title: "Small Ports Outlook 2023", publisher: "HRC"}},
		// IEEE "in Proc. …" with no numbers: the place and the date close
		// the conference's name; commas inside the name stay when no
		// place follows.
		{"ieee_in_proceedings_place_month_no_pages", one(`K. Osei, "Sonar on a budget," in *Proceedings of HarbourSys 2015*, Aveiro, Portugal, Nov. 2015.`),
			enWant{typ: "paper-conference", container: "Proceedings of HarbourSys 2015", year: "2015"}},
		{"ieee_in_proceedings_commas_no_place", one(`K. Osei, "Sonar on a budget," in Proc. 3rd Int. Conf. Harbour Syst., Appl., and Services (HarbSys), 2015.`),
			enWant{typ: "paper-conference", container: "Proc. 3rd Int. Conf. Harbour Syst., Appl., and Services (HarbSys)", place: "-", year: "2015"}},
		// Citing Medicine: a report's number after the imprint (ch. 2), a
		// newspaper's section (ch. 5), a paper presented at a conference
		// (ch. 3).
		{"vancouver_report_number_after_imprint", one("Ortiz L. Tides of trade. Leeds: Harbour Research Centre; 2019. Report No.: HRC-7."),
			enWant{typ: "report", title: "Tides of trade", place: "Leeds", publisher: "Harbour Research Centre", year: "2019"}},
		{"vancouver_newspaper_section", one("Ortiz L. Tides of trade. Harbour Post Weekly. 2019 Mar 3;Sect. B:4."),
			enWant{typ: "article-newspaper", title: "Tides of trade", container: "Harbour Post Weekly"}},
		{"vancouver_paper_presented_at_colon", one("Ortiz L, Berg J. Tides of trade. Paper presented at: 4th Harbour Conference; 2019 May 2-4; Leeds, UK."),
			enWant{typ: "paper-conference", container: "4th Harbour Conference", place: "-", publisher: "-"}},
		// An English newspaper named by its word ("Daily", "Gazette",
		// "Chronicle") with no volume.
		{"apa_newspaper_word_no_volume", one("Ortiz, L. (2019, March 3). Tides of trade. *The Harbour Gazette*."),
			enWant{typ: "article-newspaper", container: "The Harbour Gazette"}},
		// MLA 9: a dissertation, "Title. Year. University, PhD
		// dissertation. *Database*, address."
		{"mla_dissertation_university_before_degree", one("Ortiz, Lena. *Tides of Trade*. 2012. University of Harbours, PhD dissertation. *Harbour Theses Online*, theses.example.org/12."),
			enWant{typ: "thesis", title: "Tides of Trade", publisher: "University of Harbours", year: "2012", url: "theses.example.org/12"}},
		// A periodical named by its word, with no numbers yet; a
		// publisher's name with such a word stays a publisher.
		{"author_date_periodical_word_no_numbers", one("Ortiz, L. 2021. Mareas y comercio. PUERTO. Revista de Estudios Portuarios."),
			enWant{typ: "article-journal", title: "Mareas y comercio", container: "PUERTO. Revista de Estudios Portuarios", publisher: "-"}},
		{"publisher_with_periodical_word_stays", one("Ortiz, L. (2021). Tides. Harbour Review Press."),
			enWant{typ: "book", container: "-", publisher: "Harbour Review Press"}},
		// Transliterated References: "no 3" with no full stop.
		{"issue_no_without_stop", one("Ortiz L. (2020) Tides of trade. Bulletin of Harbour Studies, no 3, pp. 12–20."),
			enWant{typ: "article-journal", container: "Bulletin of Harbour Studies", issue: "3", page: "12–20"}},
		// Cite Them Right: a blog post, "[Blog]. 3 March." after the title.
		{"harvard_blog_day_month_after_title", one("Ortiz, L. (2020) Tides of trade [Blog]. 3 March. Available at: https://tides.example.org/trade (Accessed: 1 May 2021)."),
			enWant{typ: "post-weblog", title: "Tides of trade", publisher: "-", container: "-", accessed: "2021-05-01"}},
		// MLA 7: "N.p." (no place) after a site's name is no town.
		{"mla7_site_np_nd", one("Ortiz, Lena. “Six Tides a Day.” HarbourMD, N.p., n.d. Web. 9 July 2009."),
			enWant{typ: "webpage", container: "HarbourMD", place: "-", publisher: "-", accessed: "2009-07-09"}},
		// Citing Medicine, ch. 22: a homepage with no author.
		{"vancouver_homepage_internet", one("Harbour Watch [Internet]. Leeds: Harbour Watch Trust; c2019 [updated 2020 Jan 3; cited 2021 May 1]. Available from: https://harbourwatch.example.org/"),
			enWant{typ: "webpage", authors: "-", title: "Harbour Watch", place: "Leeds", publisher: "Harbour Watch Trust", accessed: "2021-05-01"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}

// TestVancouverFourInitials reads Vancouver names with up to four
// initials, and capitals after a family name as its initials, not a
// second family name.
func TestVancouverFourInitials(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov A, Quay BT, Petrova HJWL, et al. Tides in harbour basins. Mar Eng Rev. 2021;12(3):45–52.",
			want{author: "Orlov|Quay|Petrova", title: "Tides in harbour basins", container: "Mar Eng Rev"}},
		{"Orlov S, McQuay JJV. Locks of the north. Harb Stud. 2017;14(11):654–664.",
			want{author: "Orlov|McQuay", title: "Locks of the north", issue: "11"}},
		{"Van Orlov V, Quay AB. Title of a paper. Harb Stud. 2001;3:4-5.",
			want{author: "Van Orlov|Quay"}},
	})
	r := Parse("Orlov S, McQuay JJV. Locks of the north. Harb Stud. 2017;14(11):654–664.")
	if len(r.Item.Author) != 2 || r.Item.Author[1].Given != "JJV" {
		t.Errorf("authors %+v, want McQuay with initials JJV", r.Item.Author)
	}
}

// TestCitingMedicineBodies reads a body named with its country code, commas
// and all, as the author, and a body's page on the Internet cited with no
// place as a web page.
func TestCitingMedicineBodies(t *testing.T) {
	checkParses(t, []parseCase{
		{"Ministry of Ports, Harbours and Tides (NZ). Harbour Statistics. Wellington: MPHT; 2021.",
			want{author: "Ministry of Ports, Harbours and Tides (NZ)", title: "Harbour Statistics", place: "Wellington", publisher: "MPHT"}},
		{"Harbour Safety Agency (UK). Mooring in high winds [Internet]. Harbour Safety Agency; 2024 [cited 2025 Jan 5]. Available from: https://hsa.example.gov.uk/mooring",
			want{typ: "webpage", author: "Harbour Safety Agency (UK)", title: "Mooring in high winds"}},
	})
}

// TestLostSpaces reads a heading whose typist lost the space after the
// comma of an inverted name and after the year in parentheses.
func TestLostSpaces(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlova,Elena. (2015)Harbour Editing: Theories and Methods. Farnham: Quay. doi:10.4324/9781315500000.",
			want{author: "Orlova", title: "Harbour Editing: Theories and Methods", place: "Farnham", publisher: "Quay", issued: "2015"}},
	})
	if r := Parse("Orlova,Elena. (2015)Harbour Editing. Farnham: Quay."); r.Raw != "Orlova,Elena. (2015)Harbour Editing. Farnham: Quay." {
		t.Errorf("raw text altered: %q", r.Raw)
	}
}

// TestBodyAcronyms reads a body's acronym heading an entry as the body,
// never as a family name in capitals with one initial glued on ("OECD."
// as "OEC D."), and a body named with its acronym in parentheses before
// an APA date as the author.
func TestBodyAcronyms(t *testing.T) {
	checkParses(t, []parseCase{
		{"OECD. (2021). Harbours at a glance 2021. Paris: OECD Publishing.",
			want{typ: "book", author: "OECD", title: "Harbours at a glance 2021", place: "Paris", publisher: "OECD Publishing", issued: "2021"}},
		{"NHSA. (2019, May 2). Tide tables. National Harbour Safety Agency. https://tides.example.org/tables",
			want{typ: "webpage", author: "NHSA", title: "Tide tables", container: "National Harbour Safety Agency", issued: "2019-05-02"}},
		{"Harbour Research Council (HRC). (2018). Survey of mooring practice. Oslo: HRC.",
			want{author: "Harbour Research Council (HRC)", title: "Survey of mooring practice", place: "Oslo", publisher: "HRC", issued: "2018"}},
		{"HROA (Harbour Research Organization for Africa). (2007). Harbour statistical yearbook. Khartoum: Harbour Research Organization for Africa.",
			want{author: "HROA (Harbour Research Organization for Africa)", title: "Harbour statistical yearbook", place: "Khartoum", issued: "2007"}},
		{"IVANOV I. (2019). Harbour cranes. Moscow: Nauka.",
			want{author: "IVANOV", title: "Harbour cranes"}},
	})
	if r := Parse("ASP.NET Core documentation. Microsoft Learn. https://learn.example.com/aspnet/core/"); len(r.Item.Author) > 0 && r.Item.Author[0].Literal == "ASP" {
		t.Errorf("ASP.NET read as the body ASP: %+v", r.Item.Author)
	}
}

// TestBareDOIAtEnd reads a DOI printed with no label or link at the end
// of an entry, glued to the full stop before it or to a PubMed Central
// number after it, and keeps it out of the publisher.
func TestBareDOIAtEnd(t *testing.T) {
	for _, c := range []struct{ text, doi, publisher string }{
		{"Orlova, E. (2004), Harbours without Quays, Cambridge, MA: Harbour University Press.10.1215/9780000000001-020",
			"10.1215/9780000000001-020", "Harbour University Press"},
		{"Orlova, E. (2021). Quay walls. Harbour Studies, 3(2), 1–10. 10.1000/hs.2021.123",
			"10.1000/hs.2021.123", ""},
		{"Orlova, E. (2021). Quay walls. Harbour Studies, 22(7): pp. 1067–1081.10.1007/s10000-021-01306-zPMC8318935",
			"10.1007/s10000-021-01306-z", ""},
	} {
		r := Parse(c.text)
		if r.Item.DOI != c.doi || r.Item.Publisher != c.publisher {
			t.Errorf("%s\n DOI %q publisher %q, want %q and %q", c.text, r.Item.DOI, r.Item.Publisher, c.doi, c.publisher)
		}
	}
}

// TestPubMedCopies reads the forms a list copied from PubMed or a web page
// keeps: affiliation numbers glued to the initials, a stray backslash
// before the first initial, and a volume numbered in Roman figures.
func TestPubMedCopies(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlova MS1, Quay RD, Harbour SH2. Tides and moorings. J Harb Stud. 2002 Jul 10;288(2):199-206.",
			want{author: "Orlova|Quay|Harbour", title: "Tides and moorings", container: "J Harb Stud", volume: "288", issue: "2"}},
		{`\W. H. Orlov, "Radial tide feeders," in *2001 IEEE Harbour Engineering Society Winter Meeting*, 2001, pp. 908-912.`,
			want{author: "Orlov", title: "Radial tide feeders"}},
		{"Orlov, A., & Quay, H. (1999). Tides of the north. In J. Harbour (Ed.), History of harbours. Volume II, The sea routes (pp. 23–34). Delhi: Harbour Publishing.",
			want{typ: "chapter", volume: "II", page: "23–34"}},
	})
	// A resolution's number is no affiliation mark.
	r := Parse("Harbour Action Plan 2013-2020 (resolution WHA66.10, 27 May 2013), http://harbours.example.org/a.pdf")
	if strings.Contains(r.Item.Title, "WHA.10") {
		t.Errorf("title %q lost the resolution's number", r.Item.Title)
	}
}

// TestQuotationOpensTitle reads an APA title that opens with a quotation
// and goes on after a colon as one title, not a quoted title and a host.
func TestQuotationOpensTitle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlova, A., & Quay, A. (2017). “Harbours should speak Kazakh”: Language policy in port towns. Harbour Research in Education, 2(2), 13-20.",
			want{title: "“Harbours should speak Kazakh”: Language policy in port towns", container: "Harbour Research in Education", volume: "2", issue: "2", page: "13-20"}},
		// A small word after the colon begins the kind of work, no subtitle.
		{"Orlov, A. S. (2006), “Improving the training of harbour pilots”: avtoref. dis. ... kand. nauk : [24.00.01]; LDUFK. Lviv. 20 s. (in Ukraine).",
			want{title: "Improving the training of harbour pilots"}},
	})
}

// TestReportSeriesAtEnd reads a report series and its number closing an
// entry as the series, and the work as a report.
func TestReportSeriesAtEnd(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, A., Quay, L. and Harbour, P. (2002) Port Strategies in West Africa. Washington DC. World Bank Policy Research Working Paper 2867.",
			want{typ: "report", title: "Port Strategies in West Africa"}},
		{"Orlov, A. (2019). Harbour economics. London: Centre for Port Studies. Discussion Paper No. 12.",
			want{typ: "report", title: "Harbour economics", place: "London", publisher: "Centre for Port Studies"}},
	})
	r := Parse("Orlov, A. (2019). Harbour economics. London: Centre for Port Studies. Discussion Paper No. 12.")
	if r.Item.CollectionTitle != "Discussion Paper" || r.Item.CollectionNumber != "12" {
		t.Errorf("series %q number %q, want Discussion Paper 12", r.Item.CollectionTitle, r.Item.CollectionNumber)
	}
}

// TestIEEEMeetingDays keeps the meeting's days that IEEE Xplore prints
// after a proceedings' name out of the container and dates the paper by
// the first day.
func TestIEEEMeetingDays(t *testing.T) {
	checkParses(t, []parseCase{
		{`R. Orlov, "Steady tides at the quay," in *2020 International Seminar on Harbour Technology (ISHT)*, 22-23 July 2020 2020, pp. 119-122.`,
			want{typ: "paper-conference", container: "2020 International Seminar on Harbour Technology (ISHT)", issued: "2020-07-22", page: "119-122"}},
	})
}

// TestYearThenColon reads the year closed by a colon after the names, as
// some British journals print it ("Orlov, K and Quay, R . 2000: Title.").
func TestYearThenColon(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, K and Quay, R . 2000: Harbour standards during transition. Journal of Harbour Economics 28(3): 502–523.",
			want{author: "Orlov|Quay", title: "Harbour standards during transition", container: "Journal of Harbour Economics", issued: "2000", volume: "28", issue: "3"}},
	})
}

// TestRomanJournalVolume reads a journal's volume in Roman figures, as
// British notes print it, and keeps a book's volume after a note's imprint
// out of the container.
func TestRomanJournalVolume(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, ‘The Quay as a Place’, *Journal of Harbour Studies*, vol. xciii, 1996, pp. 263–78.",
			want{typ: "article-journal", container: "Journal of Harbour Studies", volume: "xciii", issued: "1996", page: "263–78"}},
		{"Orlov, P., ‘Tides’, Harbour Review, vol. XII. 1968, pp. 3–21.",
			want{typ: "article-journal", container: "Harbour Review", volume: "XII", issued: "1968"}},
		{"Pavel Orlov, Quays and Tides, trans. Lev Quay (New York: Penguin Classics, 2005), vol. II, Part 1, p. 340.",
			want{typ: "book", title: "Quays and Tides", place: "New York", issued: "2005", locator: "340"}},
	})
}

// TestBodyNamedLikeAPerson reads a body whose name ends in an
// organisation's word as a body, not as a person given name first.
func TestBodyNamedLikeAPerson(t *testing.T) {
	checkParses(t, []parseCase{
		{"World Bank. Harbour Development Report 2010 (World Bank, 2010).",
			want{typ: "report", author: "World Bank", title: "Harbour Development Report 2010", publisher: "World Bank", issued: "2010"}},
	})
}

// TestPublisherBeforePlace reads an imprint printed publisher first,
// "Publisher: Place", when only the part after the colon names a place.
func TestPublisherBeforePlace(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P. (1975). Harbours of the Pamirs. Quayside: Dushanbe.",
			want{place: "Dushanbe", publisher: "Quayside", issued: "1975"}},
		{"Orlov, P. 1997: Harbour welfare. In: Quay, J et al. (eds). Household Welfare in Ports. Macmillan: Basingstoke, UK.",
			want{typ: "chapter", place: "Basingstoke, UK", publisher: "Macmillan"}},
		{"Orlov, P. (1975). Harbours of the Pamirs. Dushanbe: Quayside.",
			want{place: "Dushanbe", publisher: "Quayside"}},
	})
}

// TestBodyBeforeColon reads a body named before BioMed Central's colon as
// the author, and leaves a product's documentation in the title.
func TestBodyBeforeColon(t *testing.T) {
	checkParses(t, []parseCase{
		{"World Bank: Harbour Development Indicators. 2013. http://databank.example.org/data/views",
			want{author: "World Bank", title: "Harbour Development Indicators", issued: "2013"}},
		{"Institute for Harbour Metrics and Evaluation: Port Profile: Kazakhstan. 2013. http://www.example.org/files/profile.pdf",
			want{author: "Institute for Harbour Metrics and Evaluation", title: "Port Profile: Kazakhstan"}},
	})
	r := Parse("QuayJS Documentation: A progressive harbour framework. URL: https://docs.example.com/ (accessed 01.02.2024).")
	if len(r.Item.Author) > 0 {
		t.Errorf("author %v, want none: a product's documentation is no body", r.Item.Author)
	}
}

// TestBioMedCentralChapter reads a chapter as BioMed Central prints it:
// "In Book. Edited by: Family A, Family B. Place: Publisher; Year:pages."
func TestBioMedCentralChapter(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P: Tides of the port. In Quays of the World: Lessons from Harbours. Edited by: Quay J, Orlova L, Jakab M. Copenhagen: Nordic Harbour Observatory and the Baltic Office for Ports; 2010:25–63.",
			want{typ: "chapter", author: "Orlov", editor: "Quay|Orlova|Jakab", title: "Tides of the port", container: "Quays of the World: Lessons from Harbours",
				place: "Copenhagen", publisher: "Nordic Harbour Observatory and the Baltic Office for Ports", issued: "2010", page: "25–63"}},
	})
	r := Parse("Orlov P: Tides of the port. In Quays of the World. Edited by: Quay J, Orlova L. Copenhagen: Nordic Press; 2010:25–63.")
	if r.Item.Volume != "" {
		t.Errorf("volume %q, want none: the year closes the imprint", r.Item.Volume)
	}
}

// TestArticleNumberAfterVolume reads the article's number that AGU's
// journals print in place of pages: "Journal, 115, A10202."
func TestArticleNumberAfterVolume(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, P. V., and J. G. Quay (2010), Effects of the tides on the quays, J. Harbour Res., 115, A10202.",
			want{typ: "article-journal", container: "J. Harbour Res", volume: "115", page: "A10202", issued: "2010"}},
		{"Orlov, P. V. (2012), Tides, J. Harbour Res., 117, A10202. https://doi.org/10.1029/2010JA015461",
			want{typ: "article-journal", volume: "117", page: "A10202"}},
	})
}

// TestTwoLetterInitialLast reads a transliterated Russian name printed
// family name first whose last initial takes two letters, "Orlov S. Yu.
// (2007).", as one person, not as a given name before the family "Yu".
func TestTwoLetterInitialLast(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov S. Yu. (2007). Harbour economics: Problems and possibilities. Moscow, Ekonomika Publ. (In Russ.)",
			want{author: "Orlov", title: "Harbour economics: Problems and possibilities"}},
		{"Quay A. Zh. (2010). Tides of the north. Moscow, Nauka Publ.",
			want{author: "Quay", title: "Tides of the north"}},
	})
}

// TestBookBeforeItsEditors reads a chapter's book named before its editors
// and translators, as some Harvard lists print it, and keeps a list of
// editors before the book as editors.
func TestBookBeforeItsEditors(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, M. M. (1988a). Forms of tide in the harbour. In The Dialogic Harbour, M. Quay (ed.), C. Emerson and M. Quay (trans.), 84-258. Austin: University of Texas Press.",
			want{typ: "chapter", editor: "Quay", container: "The Dialogic Harbour", page: "84-258", place: "Austin", publisher: "University of Texas Press"}},
		{"de Orlova, Robert (1987). Schemas for harbour communication. In Harbour Discourse, Laszlo Quay (ed.), 49-99. Berlin: Mouton de Gruyter.",
			want{typ: "chapter", editor: "Quay", container: "Harbour Discourse", page: "49-99"}},
		{"Orlov, G., and A. Quay, 2002, “On Harbour Semantics”, in S. Flesca, S. Greco and G. Ianni (eds), *Harbours in Logic*, Berlin: Springer, pp. 198–209.",
			want{editor: "Flesca|Greco|Ianni", container: "Harbours in Logic"}},
	})
}

// TestThesisInstitutionAndVersions takes a thesis's university from APA's
// bracket as its publisher, not the database after it; reads editors and
// translators in a parenthesis after the title; and keeps MLA's version
// ("E-book,") out of the imprint.
func TestThesisInstitutionAndVersions(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, S. (2021). *Numerical Modeling of Harbour Materials* [Doctoral dissertation, Quay Technological University]. ProQuest Dissertations Publishing.",
			want{typ: "thesis", title: "Numerical Modeling of Harbour Materials", publisher: "Quay Technological University"}},
		{"Orlov, S. (2019). Harbour tides [Master's thesis, University of Quay]. ProQuest Dissertations and Theses Global.",
			want{typ: "thesis", publisher: "University of Quay"}},
		{"Orlov, M. M. (1981). The dialogical harbour: four essays (Ed. M. Quay, Trans. C. Emerson & M. Quay). Austin: University of Texas Press.",
			want{title: "The dialogical harbour: four essays", editor: "Quay", place: "Austin"}},
		{"Orlova, Paula J. *How to Write a Harbour*. E-book, American Harbour Association, 2007.",
			want{title: "How to Write a Harbour", publisher: "American Harbour Association", medium: "E-book"}},
	})
}

// TestTransliteratedThesis reads the theses of Russian and Ukrainian
// References in their transliterated and translated forms: the mark and
// the degree after the title, then the institution, the place, the year
// and the pages.
func TestTransliteratedThesis(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, A. S. (2006), “Improving the training of harbour pilots”: avtoref. dis. ... kand. nauk z fiz. vikh. i sportu : [24.00.01]; LDUFK. Lviv. 20 s. (in Ukraine).",
			want{typ: "thesis", author: "Orlov", title: "Improving the training of harbour pilots", publisher: "LDUFK", place: "Lviv", pages: "20", issued: "2006"}},
		{"Quay, H.M. (2000), “Theory of harbour training (based on judo material)”: avtoref. dis... d-ra ped. nauk: [13.00.02; 13.00.04]; NPU im. M.P.Drahomanova. Kyiv. 41 s. (in Ukraine).",
			want{typ: "thesis", title: "Theory of harbour training (based on judo material)", publisher: "NPU im. M.P.Drahomanova", place: "Kyiv", pages: "41"}},
		{"Orlov A.S. Improvement of harbour therapy: Author’s abstract. dis. ... Cand. vet. nauk / A.S. Orlov. – Krasnodar, 2016. 20 p.",
			want{typ: "thesis", title: "Improvement of harbour therapy", place: "Krasnodar", pages: "20", issued: "2016"}},
		{"Orlov A.S. Portovye sooruzheniya [Harbour structures]. Avtoref. dis. kand. tekhn. nauk. Moscow, 2010. 24 p.",
			want{typ: "thesis", title: "Portovye sooruzheniya [Harbour structures]", place: "Moscow", pages: "24"}},
		{"Orlov A.S. Harbour tides: Dr. Sci. (Eng.) Dissertation. Moscow, 2010. 300 p.",
			want{typ: "thesis", title: "Harbour tides", place: "Moscow", pages: "300"}},
		{"Quay B.D. \"Methods of evaluating harbour performances\": author's abstract. thesis Ph.D. ped. of science Kyiv, 1992. 27 p.",
			want{typ: "thesis", title: "Methods of evaluating harbour performances", place: "Kyiv", issued: "1992", pages: "27"}},
		{"Orlova, Oksana Igorevna. “Portov: Lichnost’ i deiatel’nost’. Avtoreferat.” Riazanskii gosudarstvennyi universitet im. S. M. Esenina, 2005.",
			want{typ: "thesis", title: "Portov: Lichnost’ i deiatel’nost’", publisher: "Riazanskii gosudarstvennyi universitet im. S. M. Esenina"}},
		{"V. V. Orlov, Author’s Abstract of Candidate (Tech. Sci.) Thesis [in Russian], Moscow (1996).",
			want{typ: "thesis", author: "Orlov", place: "Moscow", issued: "1996"}},
	})
}

// TestSlashBeforeVancouverJournal reads GOST's slashes typed once before
// the journal of a Vancouver entry, with the place after the journal, and
// before a book's "In:".
func TestSlashBeforeVancouverJournal(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov OI, Quay FO, Harbour A. Modern ways of detecting harbour tides / Bulletin of the Institute of Ports. -Dushanbe. 2017; 1:91-96",
			want{typ: "article-journal", title: "Modern ways of detecting harbour tides", container: "Bulletin of the Institute of Ports", place: "Dushanbe", issued: "2017", volume: "1", page: "91-96"}},
		{"Orlov OI, Quay FO. The risks of harbour tides in migrant workers / Harbour and lung diseases. 2020; 1(98):16-21.",
			want{typ: "article-journal", title: "The risks of harbour tides in migrant workers", container: "Harbour and lung diseases", issued: "2020", issue: "98"}},
		{"Orlov S.A., Quay T.I. Plants as a tool for harbour health assessment / In: Encyclopedia of Harbour Health. Burlington: Elsevier, 2011. Vol. 4. PP. 571-579.",
			want{typ: "entry-encyclopedia", title: "Plants as a tool for harbour health assessment", container: "Encyclopedia of Harbour Health"}},
	})
}

// TestFamilyNamesOnlyHeading reads a heading of family names alone
// before the year in parentheses, as informal Harvard lists copy the
// in-text citation.
func TestFamilyNamesOnlyHeading(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, Quay & Harbour (2022), Do Financial Incentives Affect Tides? Evidence from Ports, IUJ working paper EMS-2022-01",
			want{author: "Orlov|Quay|Harbour", title: "Do Financial Incentives Affect Tides? Evidence from Ports", issued: "2022"}},
		{"Orlov & Quay (2018), Harbour Tides, American Journal of Harbours 123(5):1296-1340",
			want{author: "Orlov|Quay", title: "Harbour Tides", container: "American Journal of Harbours", volume: "123", issue: "5", page: "1296-1340", issued: "2018"}},
	})
}

// TestSeriesInParenthesesAfterTitle reads a book's series and number in
// the parenthesis after its title.
func TestSeriesInParenthesesAfterTitle(t *testing.T) {
	r := Parse("M. Orlov and I.A. Quay, Eds., Handbook of Harbour Functions (Applied Mathematics Series 55). Washington, DC: NBS, 1964, pp. 32–33.")
	if r.Item.Title != "Handbook of Harbour Functions" || r.Item.CollectionTitle != "Applied Mathematics Series" || r.Item.CollectionNumber != "55" {
		t.Errorf("title %q series %q %q", r.Item.Title, r.Item.CollectionTitle, r.Item.CollectionNumber)
	}
}

// TestIEEEJournalSeries leaves a journal's series letter out of its name.
func TestIEEEJournalSeries(t *testing.T) {
	checkParses(t, []parseCase{
		{"R.E. Orlov, “New results in harbour filtering”, J. Basic Eng., ser. D, vol. 83, pp. 95–108, 1961.",
			want{typ: "article-journal", container: "J. Basic Eng.", volume: "83", page: "95–108"}},
	})
}

// TestTwoPlacesJoinedByAnd reads "Osh and Brussels" as the place of a
// note's imprint, and a transliterated site's ": sajt" as GOST's ": сайт".
func TestTwoPlacesJoinedByAnd(t *testing.T) {
	checkParses(t, []parseCase{
		{"International Harbour Group, Central Asia: Water and Ports, Osh and Brussels, 2002, p. 16.",
			want{title: "Central Asia: Water and Ports", place: "Osh and Brussels", issued: "2002"}},
		{"Sidorov, I. Deficit prichalov / I. Sidorov. - Tekst : elektronnyj // Rossijskaya gazeta : sajt. - 2023. - 17 avg. - URL: https://rg.ru/2023/08/17/x.html.",
			want{typ: "webpage", container: "Rossijskaya gazeta"}},
	})
}
