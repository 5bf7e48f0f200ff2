package bib

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// doc builds a document by hand: body lines, then one numbered list whose
// entries are refs (their Line fields are assigned here).
func handDoc(body []string, lists ...[]Ref) (Document, [][]Ref) {
	d := Document{Lines: append([]string(nil), body...), BodyEnd: len(body)}
	var all [][]Ref
	for _, refs := range lists {
		d.Lines = append(d.Lines, "References")
		l := List{Heading: "References", HeadingLine: len(d.Lines)}
		for i := range refs {
			if refs[i].Label == "" {
				refs[i].Label = fmt.Sprint(i + 1)
			}
			refs[i].N = i + 1
			d.Lines = append(d.Lines, refs[i].Label+". "+refs[i].Raw)
			refs[i].Line = len(d.Lines)
			l.Entries = append(l.Entries, Entry{Label: refs[i].Label, Line: refs[i].Line, Lines: []int{refs[i].Line}, Raw: refs[i].Raw})
		}
		d.Lists = append(d.Lists, l)
		all = append(all, refs)
	}
	return d, all
}

// book is a complete GOST book entry by author, in year.
func book(author string, year int) Ref {
	raw := author + " И. И. Книга " + author + ". – М. : Наука, " + fmt.Sprint(year) + ". – 250 с."
	return Ref{Raw: raw, Item: Item{Type: "book", Author: []Name{{Family: author, Given: "И. И."}}, Title: "Книга " + author,
		PublisherPlace: "М.", Publisher: "Наука", Issued: NewDate(year), NumberOfPages: "250"}}
}

// article is a complete GOST article entry with pages.
func article(author string, year int, pages string) Ref {
	raw := author + " A. Article " + author + " // Journal. – " + fmt.Sprint(year) + ". – № 1. – P. " + pages + "."
	return Ref{Raw: raw, Item: Item{Type: "article-journal", Author: []Name{{Family: author, Given: "A."}}, Title: "Article " + author,
		ContainerTitle: "Journal", Issued: NewDate(year), Page: pages}}
}

// withRaw replaces old with new in an entry's printed text.
func withRaw(r Ref, old, new string) Ref {
	r.Raw = strings.Replace(r.Raw, old, new, 1)
	return r
}

// withLabel gives an entry its printed number.
func withLabel(r Ref, label string) Ref {
	r.Label = label
	return r
}

// findings renders the findings of a rule set as "line:col rule" strings,
// leaving out info findings unless asked.
func render(fs []Finding, info bool) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == SeverityInfo && !info {
			continue
		}
		out = append(out, fmt.Sprintf("%d:%d %s", f.Line, f.Col, f.Rule))
	}
	sort.Strings(out)
	return out
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		body  []string
		lists [][]Ref
		info  bool
		want  []string
	}{
		{
			name:  "clean_numeric_list",
			body:  []string{"Первое [1]. Второе [2, с. 5]. Снова [1]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011)}},
			want:  nil,
		},
		{
			name:  "number_with_no_entry",
			body:  []string{"Текст [1], [2] и [3]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011)}},
			want:  []string{"1:18 missing-entry"},
		},
		{
			name:  "entry_never_cited",
			body:  []string{"Only [1]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011)}},
			want:  []string{"4:1 uncited-entry"},
		},
		{
			name:  "range_en_dash_past_the_end",
			body:  []string{"Работы [1] и [2–4]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012)}},
			want:  []string{"1:14 range-past-end"},
		},
		{
			name:  "range_covers_entries",
			body:  []string{"Works [1-3]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012)}},
			want:  nil,
		},
		{
			name:  "page_outside_article_pages",
			body:  []string{"As shown [1, p. 120] and [1, p. 105]."},
			lists: [][]Ref{{article("Smith", 2018, "102-116")}},
			want:  []string{"1:10 page-out-of-range"},
		},
		{
			name:  "second_page_of_a_list_outside",
			body:  []string{"См. [1, с. 103, 120]."},
			lists: [][]Ref{{article("Smith", 2018, "102-116")}},
			want:  []string{"1:5 page-out-of-range"},
		},
		{
			name:  "page_beyond_page_count_russian",
			body:  []string{"Как сказано [1, с. 300]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:13 page-out-of-range"},
		},
		{
			name:  "not_in_order_of_first_citation",
			body:  []string{"Сначала [1], затем [3], потом [2]; снова [1]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012)}},
			want:  []string{"1:31 citation-order"},
		},
		{
			name:  "same_work_listed_twice",
			body:  []string{"Works [1] and [2]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Иванов", 2010)}},
			want:  []string{"4:1 duplicate-entry"},
		},
		{
			name:  "ibid_with_no_antecedent",
			body:  []string{"Note [1]."},
			lists: [][]Ref{{{Raw: "Там же. С. 5.", IbidOf: 0, Locator: "5", Warnings: []string{"Ibid. with no entry before it"}}}},
			want:  []string{"3:1 ibid-no-antecedent"},
		},
		{
			name: "notes_reused_and_backwards",
			body: []string{"One [1]. Two [2]. Again [1]. Three [3]."},
			lists: [][]Ref{{
				{Raw: "Иванов И. И. Книга. – М., 2010. – С. 5.", Locator: "5", Item: Item{Type: "book", Issued: NewDate(2010)}},
				{Raw: "Там же. – С. 7.", Locator: "7", IbidOf: 1, Item: Item{Type: "book", Issued: NewDate(2010)}},
				{Raw: "Петров П. П. Статья. – 2011. – С. 9.", Locator: "9", Item: Item{Type: "book", Issued: NewDate(2011)}},
			}},
			want: []string{"1:25 duplicate-note", "1:25 note-order"},
		},
		{
			name: "note_page_outside_its_article",
			body: []string{"Note [1], note [2]."},
			lists: [][]Ref{{
				{Raw: "Иванов И. И. Статья // Вестник. – 2010. – № 2. – С. 10–20. – С. 25.", Locator: "25", Item: Item{Type: "article-journal", Page: "10-20", Issued: NewDate(2010)}},
				{Raw: "Там же. – С. 12.", Locator: "12", IbidOf: 1, Item: Item{Type: "article-journal", Page: "10-20", Issued: NewDate(2010)}},
			}},
			want: []string{"3:1 page-out-of-range"},
		},
		{
			name:  "author_date_russian",
			body:  []string{"Как показано [Иванов, 2010, с. 5], но (Петров, 2011) и [Иванов, 2012]; также (Сидоров 2012: 7)."},
			lists: [][]Ref{{book("Иванов", 2010), book("Сидоров", 2012)}},
			want:  []string{"1:39 author-date-no-entry", "1:56 author-date-year"},
		},
		{
			name:  "author_date_uncited_entry",
			body:  []string{"(Nye, 2004)."},
			lists: [][]Ref{{book("Nye", 2004), book("Keohane", 1989)}},
			want:  []string{"4:1 uncited-entry"},
		},
		{
			name:  "narrative_citation_counts_as_cited",
			body:  []string{"Как показал Nye (2004), сила притягательна (Иванов, 2010). В Казахстане (2015) тоже."},
			lists: [][]Ref{{book("Nye", 2004), book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name: "organisation_named_in_parentheses_counts_as_cited",
			body: []string{"Рост составил 5 % (Бюро национальной статистики, 2020), как показал анализ (Иванов, 2010)."},
			lists: [][]Ref{{book("Иванов", 2010), {Raw: "Бюро национальной статистики. Итоги. – Астана, 2020.", Item: Item{Type: "report", Issued: NewDate(2020),
				Author: []Name{{Literal: "Бюро национальной статистики"}}}}}},
			want: nil,
		},
		{
			name: "author_named_in_title_of_entry",
			body: []string{"Курс на модернизацию (Назарбаев, 2012) и анализ (Иванов, 2010)."},
			lists: [][]Ref{{book("Иванов", 2010), {Raw: "Послание Президента Республики Казахстан Н. Назарбаева народу Казахстана. – Астана, 2012.",
				Item: Item{Type: "speech", Issued: NewDate(2012)}}}},
			want: nil,
		},
		{
			name:  "author_page_without_year",
			body:  []string{"Как писал автор [Вейнберг: 32]."},
			lists: [][]Ref{{book("Вейнберг", 1999)}},
			want:  nil,
		},
		{
			name: "transliterated_list_checked_once",
			body: []string{"Текст [1] и [2]."},
			lists: [][]Ref{
				{book("Иванов", 2010), book("Петров", 2011)},
				{book("Ivanov", 2010), book("Petrov", 2011)},
			},
			info: true,
			want: []string{"5:1 parallel-list"},
		},
		{
			name: "gost_book_without_publisher_and_url_without_access_date",
			body: []string{"Текст [1] и [2]."},
			lists: [][]Ref{{
				{Raw: "Иванов И. И. Книга. – М., 2010. – 250 с.", Item: Item{Type: "book", Issued: NewDate(2010), PublisherPlace: "М."}},
				{Raw: "Сайт. – URL: http://x.kz/a (дата обращения: 01.02.2020) – Текст : электронный.", Item: Item{Type: "webpage", URL: "http://x.kz/a"}},
			}},
			info: true,
			want: []string{"3:1 missing-publisher", "4:1 missing-access-date"},
		},
		{
			name: "url_repairs_reported",
			body: []string{"Текст [1] и [2]."},
			lists: [][]Ref{{
				{Raw: "a", Item: Item{Type: "webpage", URL: "http://b.kz/2", Accessed: NewDate(2020)}, Repairs: []Repair{{Field: "URL", Before: "http://b.kz/2", After: "", Rule: RuleURLMoved}}},
				{Raw: "b", Item: Item{Type: "webpage", URL: "http://b.kz/2", Accessed: NewDate(2020)}, Repairs: []Repair{{Field: "URL", Before: "", After: "http://b.kz/2", Rule: RuleURLMoved}, {Field: "URL", Before: "http://b.kz/ 3", After: "http://b.kz/3", Rule: RuleURLSpace}}},
			}},
			info: true,
			want: []string{"3:1 url-moved", "4:1 url-moved", "4:1 url-repaired"},
		},
		{
			name:  "secondary_citation_without_original",
			body:  []string{"Текст [1]."},
			lists: [][]Ref{{{Raw: "Цит. по: Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.", AsCitedIn: true, Item: book("Иванов", 2010).Item}}},
			want:  []string{"3:1 secondary-citation"},
		},
		{
			name:  "marker_between_two_full_stops",
			body:  []string{"foreign publics. [1, p.2]. Next [1, p.3]."},
			lists: [][]Ref{{article("Nye", 2017, "1-7")}},
			want:  []string{"1:18 marker-after-period"},
		},
		{
			name:  "quotation_without_page",
			body:  []string{"Он писал: «если страна обладает культурой, достойной восхищения» [1]."},
			lists: [][]Ref{{article("Ванг", 1993, "")}},
			info:  false,
			want:  []string{"1:66 quote-no-page"},
		},
		{
			name:  "quotation_without_page_author_date",
			body:  []string{"Он писал: «культура есть память, которая не передаётся по наследству» (Иванов, 2010)."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:71 quote-no-page"},
		},
		{
			name:  "mixed_locator_spacing",
			body:  []string{"[1, p.2] [1, p.3] [1, p. 4]"},
			lists: [][]Ref{{article("Nye", 2017, "1-7")}},
			want:  []string{"1:19 locator-format"},
		},
		{
			name:  "sentence_names_author_entry_lacks",
			body:  []string{"Как отмечает И. И. Петров, культура важна [1]. По мнению Иванова, тоже [1, с. 5]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:43 name-mismatch"},
		},
		{
			name:  "figure_referred_but_missing",
			body:  []string{"Рост заметен (см. рис. 2) и (см. табл. 1) [1].", "Таблица 1 – Данные"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:14 missing-figure"},
		},
		{
			name:  "figure_caption_inline_or_image",
			body:  []string{"Рост заметен (рис. 2) и (табл. 3), а также (Figure 4) [1].", "Текст. Рисунок 2 – Динамика роста", "![Таблица 3. Данные](t.png)", "**Figure 4.** Growth"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "figure_referred_in_running_text",
			body:  []string{"Итоги приведены в табл. 2 и на рисунке 1 [1].", "Рисунок 1 – Динамика"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:19 missing-figure"},
		},
		{
			name:  "figure_with_section_number",
			body:  []string{"Схема показана на рис. 2.1, данные – в табл. 2.2 [1].", "Рисунок 2.1 – Схема установки", "Таблица 2.1 – Данные"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:40 missing-figure"},
		},
		{
			name:  "kazakh_figure_number_first",
			body:  []string{"Нәтиже өсті (1-кесте), ал 2-суретте басқаша [1].", "1-кесте – Нәтижелер"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:27 missing-figure"},
		},
		{
			name:  "figure_word_inside_a_word_is_no_reference",
			body:  []string{"Подсхема 3 не рассматривается [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "unresolved_op_cit_is_not_asked_for_a_year",
			body:  []string{"Первое [1], второе [2]."},
			lists: [][]Ref{{book("Иванов", 2010), {Raw: "Петров П. П. Указ. соч. – С. 15.", Locator: "15", Warnings: []string{"op. cit. with no earlier work by Петров"}}}},
			info:  true,
			want:  []string{"4:1 ibid-no-antecedent"},
		},
		{
			name:  "asterisk_note_sign_without_note",
			body:  []string{"Открыт в ноябре 2012.* Далее [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:22 orphan-note-sign"},
		},
		{
			name:  "note_sign_beside_emphasis",
			body:  []string{"*Аннотация* открыт в 2012.* Далее **жирный** [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:27 orphan-note-sign"},
		},
		{
			name:  "escaped_sign_with_note_text",
			body:  []string{"Асыл М.Б.\\*, автор текста [1].", "\\*e-mail: a@b.kz"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "emphasis_is_not_a_note_sign",
			body:  []string{"*Аннотация* и **жирный** [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "slogan_in_quotes_is_a_name",
			body:  []string{"Лозунг «Один народ, одна страна, одна судьба для всех граждан» стал популярным [1]. Далее текст без ссылок, но с лозунгом «Один народ, одна страна, одна судьба для всех»."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "sentence_names_entry_author_beside_another",
			body:  []string{"Д. Иванов, опираясь на работы Ж. Бодрийяра, утверждает, что медиа важны [1, с. 5]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "long_quotation_without_citation",
			body:  []string{"Газеты опубликовали статьи «Китай продвигает свою культуру за рубежом ради имиджа». Это важно [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:28 uncited-quote"},
		},
		{
			name:  "name_in_genitive_matches_entry",
			body:  []string{"По мнению А. В. Лукина, китайская модель иная [1]. Как пишет Дж. Смит, тоже [2]."},
			lists: [][]Ref{{book("Лукин", 2013), book("Smith", 2001)}},
			want:  nil,
		},
		{
			name:  "official_who_stressed_is_not_a_reported_author",
			body:  []string{"В 1997 г. Н. А. Назарбаев подчеркнул важность стратегии [1]. Chairman Xi Jinping stressed the point [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name:  "scholar_named_in_english_not_in_entry",
			body:  []string{"Zuo Xuejin of the Academy, for instance, argues that power is dual [1]. As J. Mattern points out, it is relational [1]."},
			lists: [][]Ref{{book("Barr", 2015)}},
			want:  []string{"1:116 name-mismatch", "1:68 name-mismatch"},
		},
		{
			name:  "year_abbreviation_is_not_a_sentence_end",
			body:  []string{"Понятие введено в 1990 г. [1, с. 25]. Далее."},
			lists: [][]Ref{{book("Най", 2006)}},
			want:  nil,
		},
		{
			name:  "place_and_year_is_not_a_citation",
			body:  []string{"Память (Иванов, 2010) обсуждалась на конференции (Алматы, 2015)."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name: "footnote_signs_against_notes",
			body: []string{"Курс[^1] и оценка[^2], снова[^1] и[^3].", "", "[^1]: Иванов И. И. Книга. – М., 2010. – С. 5.", "[^2]: Там же. – С. 7."},
			lists: [][]Ref{{
				{Raw: "Иванов И. И. Книга. – М., 2010. – С. 5.", Locator: "5", Item: Item{Type: "book", Issued: NewDate(2010)}},
				{Raw: "Там же. – С. 7.", Locator: "7", IbidOf: 1, Item: Item{Type: "book", Issued: NewDate(2010)}},
			}},
			want: []string{"1:29 duplicate-note", "1:29 note-order", "1:35 missing-entry"},
		},
		{
			name: "superscripts_on_short_lines_are_affiliations",
			body: []string{
				"Асыл М.Б.<sup>1</sup>, Дәуен Д.Б.<sup>1</sup>",
				"Внешняя политика Казахстана строится на принципе многовекторности, как писал президент<sup>1</sup>, и эксперты с этим согласны<sup>2</sup>.",
			},
			lists: [][]Ref{{
				{Raw: "Токаев К. К. Под стягом независимости. – Алматы : Білім, 1997. – С. 45.", Locator: "45", Item: Item{Type: "book", Issued: NewDate(1997)}},
				{Raw: "Там же. – С. 52.", Locator: "52", IbidOf: 1, Item: Item{Type: "book", Issued: NewDate(1997)}},
			}},
			want: nil,
		},
		{
			name:  "mixed_numeric_and_author_date_cite_together",
			body:  []string{"Сначала [1], затем (Петров, 2011) и [Петров, 2011, с. 7], а также [3]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012)}},
			want:  nil,
		},
		{
			name:  "in_text_ibid_without_antecedent_and_page_past_count",
			body:  []string{"Сначала [Там же, с. 5], затем [Иванов, 2010, с. 7] и [Там же, с. 900]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:54 page-out-of-range", "1:9 ibid-no-antecedent"},
		},
		{
			name:  "name_of_a_law_is_not_a_quotation",
			body:  []string{"Принят Закон Республики Казахстан «О языках в Республике Казахстан от 1997 года». Это важно [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name: "markers_but_no_list",
			body: []string{"Текст [1]."},
			want: []string{"1:7 no-list"},
		},
		{
			name:  "full_stops_inside_numeric_markers",
			body:  []string{"Итог [1. С. 120] и [2. Т. 2. С. 5; 1. С. 104], архив [3. Л. 27 об.]."},
			lists: [][]Ref{{article("Smith", 2018, "102-116"), book("Петров", 2011), book("Сидоров", 2012)}},
			want:  []string{"1:6 page-out-of-range"},
		},
		{
			name:  "ibid_with_a_full_stop_before_the_page",
			body:  []string{"Итог [1, с. 104]. Далее [Там же. С. 120]."},
			lists: [][]Ref{{article("Smith", 2018, "102-116")}},
			want:  []string{"1:25 page-out-of-range"},
		},
		{
			name:  "see_words_with_capitals_and_more_see_words",
			body:  []string{"[См.: 1; 2] и [Цит. по: 3, с. 12], [подробнее: 4]."},
			lists: [][]Ref{{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012), book("Орлов", 2013)}},
			want:  nil,
		},
		{
			name:  "kazakh_volume_before_the_page",
			body:  []string{"[1, 2-т., 300 б.]"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:1 page-out-of-range"},
		},
		{
			name: "year_letter_must_match_the_entry",
			body: []string{"(Smith, 2019c) and (Smith, 2019a)."},
			lists: [][]Ref{{
				withRaw(book("Smith", 2019), "2019.", "2019a."),
				withRaw(article("Smith", 2019, "1-10"), "2019.", "2019b."),
			}},
			want: []string{"1:1 author-date-year", "4:1 uncited-entry"},
		},
		{
			name: "cyrillic_year_letter_matches_latin",
			body: []string{"(Smith, 2019а) и (Smith, 2019б)."},
			lists: [][]Ref{{
				withRaw(book("Smith", 2019), "2019.", "2019a."),
				withRaw(article("Smith", 2019, "1-10"), "2019.", "2019b."),
			}},
			want: nil,
		},
		{
			name:  "wrong_year_of_an_authors_one_entry_is_not_also_uncited",
			body:  []string{"(Иванов, 2011)"},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  []string{"1:1 author-date-year"},
		},
		{
			name: "ibid_note_page_beyond_the_book",
			body: []string{"Текст[^1] и ещё[^2].", "", "[^1]: Иванов И. И. Книга. – М., 2010. – 250 с.", "[^2]: Там же. – 412 б."},
			lists: [][]Ref{{
				{Raw: "Иванов И. И. Книга. – М., 2010. – 250 с.", Item: Item{Type: "book", Issued: NewDate(2010), NumberOfPages: "250"}},
				{Raw: "Там же. – 412 б.", IbidOf: 1, Item: Item{Type: "book", Issued: NewDate(2010), NumberOfPages: "250"}},
			}},
			want: []string{"7:1 page-out-of-range"},
		},
		{
			name:  "indexed_variable_is_not_a_marker",
			body:  []string{"Наблюдение x[25] = 3,7 сравнивают с прогнозом [1]."},
			lists: [][]Ref{{book("Иванов", 2010)}},
			want:  nil,
		},
		{
			name: "group_author_of_several_words",
			body: []string{"(World Bank, 2021) and (Smith, 2020); (Asian Development Bank, 2021)."},
			lists: [][]Ref{{
				{Raw: "World Bank. (2021). Kazakhstan: Youth employment. World Bank Group.", Item: Item{Type: "report", Author: []Name{{Literal: "World Bank"}}}},
				book("Smith", 2020),
			}},
			want: []string{"1:39 author-date-no-entry"},
		},
		{
			name: "list_number_printed_twice",
			body: []string{"A [1], B [2], C [3]."},
			lists: [][]Ref{{
				withLabel(book("Иванов", 2010), "1"), withLabel(book("Петров", 2011), "2"),
				withLabel(book("Орлов", 2012), "2"), withLabel(book("Сидоров", 2013), "3"),
			}},
			want: []string{"5:1 duplicate-label"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, refs := handDoc(tt.body, tt.lists...)
			got := render(Check(d, refs), tt.info)
			if tt.info {
				got = filterRules(got, tt.want)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Check()\n got %q\nwant %q\nall: %v", got, tt.want, Check(d, refs))
			}
		})
	}
}

// filterRules keeps the findings whose rule one of want names.
func filterRules(got, want []string) []string {
	rules := map[string]bool{}
	for _, w := range want {
		rules[w[strings.LastIndex(w, " ")+1:]] = true
	}
	var out []string
	for _, g := range got {
		if rules[g[strings.LastIndex(g, " ")+1:]] {
			out = append(out, g)
		}
	}
	return out
}

func TestCheckNotesBesideReferences(t *testing.T) {
	body := []string{"Многовекторность [1, с. 5] подтверждают эксперты, которые пишут об этом уже много лет подряд[^1], и другие авторы [2][^2][^2]."}
	d, refs := handDoc(body, []Ref{
		{Raw: "Эксперты сходятся во мнении.", Locator: "", Item: Item{Type: "document"}},
		{Raw: "Там же.", IbidOf: 1, Item: Item{Type: "document"}},
	}, []Ref{book("Иванов", 2010), book("Петров", 2011)})
	d.Lists[0].Heading = "Примечания"
	d.Lists[1].Heading = "Список литературы"
	got := render(Check(d, refs), true)
	// Note 2, "Там же.", follows a remark that cites no work.
	want := []string{"1:122 duplicate-note", "4:1 ibid-no-antecedent"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCheckBracketsCiteNumberedNotes(t *testing.T) {
	body := []string{"Курс [1] и оценка [2]."}
	bibliography := []Ref{book("Иванов", 2010), book("Петров", 2011), book("Сидоров", 2012)}
	for i := range bibliography {
		bibliography[i].Label = "•"
	}
	d, refs := handDoc(body, []Ref{
		{Raw: "Иванов И. И. Книга. – С. 5.", Locator: "5", Item: Item{Type: "book"}},
		{Raw: "Там же. – С. 7.", Locator: "7", IbidOf: 1, Item: Item{Type: "book"}},
	}, bibliography)
	d.Lists[0].Heading = "Примечания"
	d.Lists[1].Heading = "Литература"
	if got := render(Check(d, refs), false); len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

func TestFindingColumnsCountRunes(t *testing.T) {
	d, refs := handDoc([]string{"Ёжик «кот» [2]."}, []Ref{book("Иванов", 2010)})
	fs := Check(d, refs)
	for _, f := range fs {
		if f.Rule == CheckMissingEntry {
			if f.Col != 12 {
				t.Errorf("col %d, want 12", f.Col)
			}
			return
		}
	}
	t.Fatalf("no missing-entry finding in %v", fs)
}

// TestCheckPageFootNotes covers notes printed at the foot of their pages,
// each after the paragraph that carries its sign.
func TestCheckPageFootNotes(t *testing.T) {
	long := "Постановление о конфискации байских хозяйств было принято в конце августа того года"
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{
			name: "notes_after_paragraphs_checked",
			body: []string{long + "¹.", "¹ Иванов И. И. Конфискация. – М. : Наука, 2010. – С. 15.", long + "³.", "² Там же. – С. 48."},
			want: []string{"3:84 missing-entry", "4:1 uncited-entry"},
		},
		{
			name: "op_cit_in_a_page_note_without_antecedent",
			body: []string{long + "¹.", long + "².", "Примечания", "¹ Иванов И. И. Статья // Вопросы философии. – 1990. – № 3. – С. 10–20.", "² Сергеев С. С. Указ. соч. – С. 25."},
			want: []string{"5:1 ibid-no-antecedent"},
		},
		{
			name: "notes_numbered_afresh_on_every_page",
			body: []string{long + "¹.", long + "².", "¹ Иванов И. И. Конфискация. – М. : Наука, 2010. – С. 15.", "² Там же. – С. 48.", "12",
				long + "¹.", "¹ Петров П. П. Аул. – Алматы : Ғылым, 1995. – С. 7."},
			want: nil,
		},
		{
			name: "sign_with_no_note_on_its_page",
			body: []string{long + "¹.", "¹ Иванов И. И. Конфискация. – М. : Наука, 2010. – С. 15.", "12",
				long + "¹.", long + "².", "¹ Петров П. П. Аул. – Алматы : Ғылым, 1995. – С. 7."},
			want: []string{"5:84 missing-entry"},
		},
		{
			name: "affiliations_before_any_sign_are_not_notes",
			body: []string{"**А. Б. Иванов**¹", "¹ Казахский национальный университет им. аль-Фараби, Алматы", long + "."},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, refs := handDoc(tt.body)
			got := render(Check(doc, refs), false)
			sameFindings(t, got, tt.want)
		})
	}
}

// TestCheckSuperscriptLabelledNotes reads a whole text whose notes list,
// under its heading, is labelled with superscript digits.
func TestCheckSuperscriptLabelledNotes(t *testing.T) {
	text := strings.Join([]string{
		"# Проба", "",
		"Первая мысль высказана в статье, опубликованной в журнале «Вопросы философии» в 1990 году¹. Вторая мысль изложена в монографии о русской философии².", "",
		"Примечания", "",
		"¹ Иванов И. И. Статья // Вопросы философии. – 1990. – № 3. – С. 10–20.",
		"² Сергеев С. С. Указ. соч. – С. 25.",
	}, "\n")
	doc := ReadDocument(text)
	refs := make([][]Ref, len(doc.Lists))
	for i, l := range doc.Lists {
		refs[i] = ParseEntries(l.Entries)
	}
	got := render(Check(doc, refs), false)
	want := []string{"8:1 ibid-no-antecedent"}
	sameFindings(t, got, want)
}

// TestCheckNotesHeadingBeforeWorks: a list of comment notes under a
// Belarusian or Kazakh notes heading placed before the list of works is
// the notes' list; the numbered markers cite the works after it.
func TestCheckNotesHeadingBeforeWorks(t *testing.T) {
	for _, heading := range []string{"Заўвагі", "Ескертулер"} {
		got := readChecked(
			"Паэма даўно вывучаецца [1; 2]. Крытыкі пісалі пра яе¹, а таксама пра іншыя творы [3, с. 45].",
			"",
			heading,
			"",
			"1. Тут і далей цытаты падаюцца ў арыгінальным правапісе.",
			"",
			"Спіс літаратуры",
			"",
			"1. Адамовіч А. М. Маштабнасць прозы. Мінск : Мастацкая літаратура, 1972. 344 с.",
			"2. Гніламёдаў У. В. Якуб Колас. Мінск : Беларуская навука, 1999. 255 с.",
			"3. Лойка А. А. Гісторыя беларускай літаратуры. Мінск : Вышэйшая школа, 1989. 416 с.",
			"4. Навуменка І. Я. Якуб Колас. Мінск : Навука і тэхніка, 1981. 304 с.",
		)
		want := []string{"12:1 uncited-entry"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", heading, got, want)
		}
	}
}

// TestNoteSignsBesideUnits reads superscripts after units of measure: an
// exponent is no note sign, but a note sign may follow it.
func TestNoteSignsBesideUnits(t *testing.T) {
	tests := []struct {
		line string
		want []int // the note numbers read
	}{
		{"площадью около 16,4 тыс. км²¹. Далее", []int{1}},
		{"минерализация 1,5 г/дм³, ускорение 9,8 м/с²", nil},
		{"площадь 20 км² и доля 15 %²", []int{2}},
		{"власти¹² и рынка³", []int{12, 3}},
	}
	for _, tt := range tests {
		var got []int
		for _, m := range lineMarkers(1, tt.line) {
			if m.Kind == MarkerFootnote {
				got = append(got, m.Nums...)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: notes %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestShortSentenceCarriesNoteSigns: a short paragraph that is a sentence
// carries note signs; an author line of the same length does not.
func TestShortSentenceCarriesNoteSigns(t *testing.T) {
	for line, want := range map[string]bool{
		"**Выводы.** Для стабилизации режима необходимо регулирование стока⁴.": true,
		"**Е. К. Тулегенова¹, А. М. Рахимов²**":                                false,
	} {
		if got := chkRunningText(line); got != want {
			t.Errorf("chkRunningText(%q) = %v, want %v", line, got, want)
		}
	}
}

// readChecked reads a whole text as ibid check does and returns its errors
// and warnings.
func readChecked(lines ...string) []string {
	return render(readFindings(lines...), false)
}

// sameFindings reports findings that differ from those wanted, in order.
func sameFindings(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// readFindings reads a whole text as ibid check does and returns its
// errors and warnings whole, messages and all.
func readFindings(lines ...string) []Finding {
	doc := ReadDocument(strings.Join(lines, "\n"))
	refs := make([][]Ref, len(doc.Lists))
	for i, l := range doc.Lists {
		refs[i] = ParseEntries(l.Entries)
	}
	var out []Finding
	for _, f := range Check(doc, refs) {
		if f.Severity != SeverityInfo {
			out = append(out, f)
		}
	}
	return out
}

// TestCheckVancouverSuperscripts: superscript numbers that cite several
// works or a range are citations of a numbered list, used again as often
// as needed, not note signs used once.
func TestCheckVancouverSuperscripts(t *testing.T) {
	long := "Артериальная гипертензия остаётся ведущим фактором риска сердечно-сосудистых заболеваний"
	got := readChecked(
		long+"^1,2^. "+long+"^3^.",
		long+" и ожирения^1^; ИМТ ≥30 кг/м^2^; "+long+"^4^.",
		"",
		"## Литература",
		"",
		"1. Иванов И.И. Гипертензия. Кардиология. 2019;59(3):45-52.",
		"2. Петров П.П. Ожирение. Кардиология. 2018;58(2):10-18.",
		"3. Сидоров С.С. Приверженность. Терапия. 2020;12(1):5-9.",
	)
	want := []string{"2:210 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckListSplitByKind: "Источники" and "Литература" numbered on are
// one list, ordered by kind rather than by first citation.
func TestCheckListSplitByKind(t *testing.T) {
	got := readChecked(
		"Историки писали об этом [3; 4], документы это подтверждают [1, д. 45, л. 3; 2, с. 12], см. также [5].",
		"",
		"## Источники и литература",
		"",
		"### Источники",
		"",
		"1. Государственный архив Новосибирской области (ГАНО). Ф. П-4. Оп. 33.",
		"2. Эвакуация в СССР, 1941–1942 : сб. док. М. : Наука, 1994. 240 с.",
		"",
		"### Литература",
		"",
		"3. Куманев Г. А. На службе фронта и тыла. М. : Наука, 1976. 456 с.",
		"4. Гарнаева Л. А. Эвакуация промышленности в Западную Сибирь. Новосибирск : Наука, 1989. 192 с.",
	)
	want := []string{"1:98 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckTextForms covers forms of the running text that are no
// findings: an organisation's name in quotes after its legal form, a
// marker after the abbreviation of "years", a Ukrainian table caption, a
// quotation cited by archive sheet; and one that is: a table referred to
// in running text with no caption.
func TestCheckTextForms(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"organisation_name_in_quotes", []string{"ФГБОУ ВО «Рязанский государственный медицинский университет имени академика Павлова» и работа [1]."}, nil},
		{"marker_after_years_abbreviation", []string{"Перші праці з'явилися наприкінці 1980-х рр. [1]. Далі."}, nil},
		{"ukrainian_table_caption", []string{"Таблиця 1. Кількість голодуючих", "Як видно з табл. 1, голод зріс [1]."}, nil},
		{"belarusian_captions", []string{"Табліца 1 – Населеныя пункты", "Малюнак 2. Карта", "Матэрыял (гл. табл. 1, мал. 2) [1]."}, nil},
		{"belarusian_figure_without_caption", []string{"Карта паказана на мал. 3 [1]."}, []string{"1:19 missing-figure"}},
		{"quotation_cited_by_archive_sheet", []string{"У протоколі зазначалося: «Смертність серед дітей сягає загрозливих розмірів» [1, арк. 27–28]."}, nil},
		{"table_in_running_text_without_caption", []string{"Results are presented in Table 2. Self-efficacy correlated [1]."}, []string{"1:26 missing-figure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, refs := handDoc(tt.body, []Ref{book("Иванов", 2010)})
			got := render(Check(d, refs), false)
			sameFindings(t, got, tt.want)
		})
	}
}

// TestCheckRuleNotes reads notes printed below a rule at the foot of each
// page and labelled "1)", signs flattened to digits before ")".
func TestCheckRuleNotes(t *testing.T) {
	long := "Переселенческое движение в Сибирь в начале века стало главным направлением аграрной политики"
	got := readChecked(
		long+" правительства1). "+long+"2).",
		"",
		"______________",
		"",
		"1) Дубровский С. М. Столыпинская земельная реформа. М. : Изд-во АН СССР, 1963. С. 412.",
		"2) Там же. С. 418.",
		"",
		long+", по официальным данным, не превышала 10 %3), "+long+"4).",
		"",
		"______________",
		"",
		"3) Зырянов П. Н. Указ. соч. С. 112.",
		"",
		"1) Какие цели преследовало правительство?",
	)
	want := []string{"12:1 ibid-no-antecedent", "8:231 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckIbidAfterRemark: an Ibid. note right after a note that is a
// remark (no work, no year, no page) has nothing to point back to; after
// an archive file it has.
func TestCheckIbidAfterRemark(t *testing.T) {
	long := "Хомяков говорил о соборной церкви, толкуя славянский перевод символа веры, и повторял это"
	for _, tt := range []struct {
		name, first string
		want        []string
	}{
		{"after_a_remark", "Это противопоставление повторяется во всех богословских сочинениях Хомякова.", []string{"7:1 ibid-no-antecedent"}},
		{"after_an_archive_file", "ГАСО. Ф. 5. Оп. 1. Д. 2137. Л. 18.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := readChecked(long+"¹. "+long+"².", "", "## Примечания", "", "¹ "+tt.first, "", "² Там же. С. 88.")
			sameFindings(t, got, tt.want)
		})
	}
}

// TestCheckConverterMarksInList: a list a DOCX-to-Markdown converter wrote
// ("1\\.", " -- ", "С. 45--52") is read for its pages.
func TestCheckConverterMarksInList(t *testing.T) {
	got := readChecked(
		"Проектное обучение признаётся условием развития умений \\[1, с. 120\\].",
		"",
		"**Список литературы**",
		"",
		"1\\. Савенков, А. И. Психологические основы исследовательского подхода / А. И. Савенков // Педагогика. -- 2006. -- № 4. -- С. 45--52.",
	)
	want := []string{"1:56 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckLawsFirst: a list that opens with normative acts lists them by
// legal force, not by first citation; the works after them still are.
func TestCheckLawsFirst(t *testing.T) {
	list := func(works ...string) []string {
		out := []string{"", "## Литература", "",
			"1. Гражданский кодекс Российской Федерации (часть первая) : федер. закон от 30.11.1994 № 51-ФЗ // Собрание законодательства РФ. 1994. № 32. Ст. 3301.",
			"2. О защите права собственности : постановление Пленума ВС РФ № 10 от 29.04.2010 // Российская газета. 2010. 21 мая."}
		for i, w := range works {
			out = append(out, fmt.Sprintf("%d. %s", i+3, w))
		}
		return out
	}
	works := []string{"Суханов Е. А. Вещное право. М. : Статут, 2017. 560 с.", "Скловский К. И. Собственность. М. : Статут, 2010. 893 с."}
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"laws_cited_after_works", "Собственность – вещное право [3, с. 12; 4], закреплённое в кодексе [1, ст. 209] и толкуемое судами [2, п. 12].", nil},
		{"works_out_of_order", "Собственность – вещное право [4, с. 12; 3], закреплённое в кодексе [1, ст. 209] и толкуемое судами [2, п. 12].", []string{"1:30 citation-order"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := readChecked(append([]string{tt.body}, list(works...)...)...)
			sameFindings(t, got, tt.want)
		})
	}
}

// TestCheckParenNumbers: list numbers in parentheses are citations in a
// text that cites so (pages or several works in parentheses, no brackets);
// beside bracketed markers a number in parentheses is a formula's.
func TestCheckParenNumbers(t *testing.T) {
	list := []string{"", "## Әдебиеттер тізімі", "",
		"1. Uerz D. Teacher educators' competences // Teaching and Teacher Education. – 2018. – Vol. 70. – P. 12–23.",
		"2. Redecker C. DigCompEdu. – Luxembourg : Publications Office of the EU, 2017. – 95 p.",
		"3. Ferrari A. DIGCOMP. – Luxembourg : Publications Office of the EU, 2013. – 50 p."}
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"parentheses_cite", "Құзыреттілік кәсіби құзыреттіліктің бөлігі (1, 5 б.). Ол алты саладан тұрады (2, 16 б.; 3) және (4).", []string{"1:44 page-out-of-range", "1:97 missing-entry"}},
		{"formula_beside_brackets", "Құзыреттілік кәсіби құзыреттіліктің бөлігі [1, с. 15]. Формула (4) алты саладан тұрады [2, с. 16; 3].", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := readChecked(append([]string{tt.body}, list...)...)
			sameFindings(t, got, tt.want)
		})
	}
}

// TestSentenceBeforeAfterNoteSign: a note sign after a full stop ends the
// sentence, so the next sentence's note is not checked against the name
// the sentence before gives.
func TestSentenceBeforeAfterNoteSign(t *testing.T) {
	got := chkSentenceBefore("Edward Schatz was among the first to argue so.⁷ Koch's later work extends the analysis.")
	if want := "Koch's later work extends the analysis"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCheckHTMLNotes reads an HTML page: notes under "<h2>Примечания</h2>",
// each labelled "<p><sup>n</sup>", cited by "<sup>n</sup>" signs.
func TestCheckHTMLNotes(t *testing.T) {
	long := "Городовое положение впервые ввело в сибирских городах всесословное самоуправление"
	got := readChecked(
		"<p>"+long+"<sup>1</sup>. Из 1 842 избирателей участвовали 412<sup>2</sup>. "+long+"<sup>3</sup>.</p>",
		"",
		"<h2>Примечания</h2>",
		"",
		"<p><sup>1</sup> Нардова В. А. Городское самоуправление в России. Л. : Наука, 1984. С. 62.</p>",
		"<p><sup>2</sup> Вибе П. П. Указ. соч. С. 56–58.</p>",
	)
	want := []string{"1:230 missing-entry", "6:1 ibid-no-antecedent"}
	sameFindings(t, got, want)
}

// TestCheckCitedLiteratureHeading: "ЦИТИРОВАННАЯ ЛИТЕРАТУРА" heads an
// unnumbered author-date list.
func TestCheckCitedLiteratureHeading(t *testing.T) {
	got := readChecked(
		"Обыкновенная бурозубка – массовый вид таёжной зоны (Ивантер, 1975; Наумов, 1964).",
		"",
		"ЦИТИРОВАННАЯ ЛИТЕРАТУРА",
		"",
		"Ивантер Э. В., 1975. Популяционная экология мелких млекопитающих. Л.: Наука. 246 с.",
		"",
		"Наумов Н. П., 1963. Экология животных. М.: Высшая школа. 618 с.",
	)
	want := []string{"1:52 author-date-year"}
	sameFindings(t, got, want)
}

// TestCheckNotePages: a note's page past the pages of its book, and an
// op. cit. after a "see" word with no earlier work by the author.
func TestCheckNotePages(t *testing.T) {
	long := "Обманом считается и намеренное умолчание об обстоятельствах, о которых лицо должно было сообщить"
	got := readChecked(
		long+"[^1]. "+long+"[^2]. "+long+"[^3].",
		"",
		"[^1]: Тузов Д. О. Теория недействительности сделок. М. : Статут, 2007. 602 с. С. 640.",
		"",
		"[^2]: Подробнее см.: Сарбаш С. В. Указ. соч. С. 112–115.",
		"",
		"[^3]: См. также: Тузов Д. О. Указ. соч. С. 45.",
	)
	want := []string{"3:1 page-out-of-range", "5:1 ibid-no-antecedent"}
	sameFindings(t, got, want)
}

// TestCheckWrappedListLines: in a list of hard-wrapped lines, an entry
// headed "van Dijk J." opens in lower case, and "London: Sage, 2005."
// after a full stop is the imprint of the entry above, which had no year.
func TestCheckWrappedListLines(t *testing.T) {
	got := readChecked(
		"Цифровое неравенство описано давно (Norris, 2001; van Dijk, 2005; van Dijk, 2020, p. 118).",
		"",
		"Литература",
		"Norris P. Digital Divide: Civic Engagement, Information Poverty, and the",
		"Internet Worldwide. Cambridge: Cambridge University Press, 2001. 303 p.",
		"van Dijk J. The Deepening Divide: Inequality in the Information Society.",
		"London: Sage, 2005. 240 p.",
		"van Dijk J. The Digital Divide. Cambridge: Polity, 2020. 208 p.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckAlphabeticalList: a numbered list in alphabetical order
// (Cyrillic, then Latin) is not in order of first citation by design; the
// same works numbered in another order are.
func TestCheckAlphabeticalList(t *testing.T) {
	works := []string{
		"Асмолов А. Г. Психология личности. М. : Смысл, 2007. 528 с.",
		"Ёлкин В. В. Учебная самостоятельность. М. : Наука, 2001. 200 с.",
		"Каптерев П. Ф. Избранные педагогические сочинения. М. : Педагогика, 1982. 704 с.",
		"Шамова Т. И. Активизация учения школьников. М. : Педагогика, 1982. 208 с.",
		"Bandura A. Self-efficacy. New York : Freeman, 1997. 604 p.",
		"Little D. Learner autonomy. Dublin : Authentik, 1991. 65 p.",
	}
	text := func(order []int) []string {
		lines := []string{"Самостоятельность изучена [5; 3], [1], [6], [4] и [2].", "", "Список литературы", ""}
		for k, i := range order {
			lines = append(lines, fmt.Sprintf("%d. %s", k+1, works[i]))
		}
		return lines
	}
	if got := readChecked(text([]int{0, 1, 2, 3, 4, 5})...); len(got) != 0 {
		t.Errorf("alphabetical list: got %q, want no findings", got)
	}
	got := readChecked(text([]int{3, 0, 5, 1, 2, 4})...)
	if len(got) == 0 || !strings.Contains(strings.Join(got, "|"), "citation-order") {
		t.Errorf("list in no order: got %q, want citation-order warnings", got)
	}
}

// TestCheckFigureOfCitedWork: "[3, рис. 5]" locates a figure in the cited
// work, not in the article; "(рис. 3)" with no caption is still reported.
func TestCheckFigureOfCitedWork(t *testing.T) {
	got := readChecked(
		"Полоса смещается, как следует из данных [1, рис. 5] и [2, табл. 2], а распределение показано на диаграмме (рис. 3).",
		"",
		"Список литературы",
		"",
		"1. Петров П. П. Спектры комплексов // Журнал неорганической химии. 2012. Т. 57, № 3. С. 421–430.",
		"2. Иванов И. И. Комплексы меди. М. : Наука, 2010. 268 с.",
	)
	want := []string{"1:107 missing-figure"}
	sameFindings(t, got, want)
}

// TestCheckPastTenseReporter: "Как указывал Л. С. Выготский, «…» [1, …]"
// quotes Vygotsky through entry 1, which does not name him; "Як зазначав
// М. Грушевський" before his own work is no finding.
func TestCheckPastTenseReporter(t *testing.T) {
	got := readChecked(
		"Как указывал Л. С. Выготский, «воспитание должно быть организовано так, чтобы ученик воспитывался» [1, с. 57]. Як зазначав М. Грушевський, «земля мусить перейти в руки тих, хто її обробляє» [2, с. 74].",
		"",
		"Список литературы",
		"",
		"1. Шамова Т. И. Активизация учения школьников. М. : Педагогика, 1982. 208 с.",
		"2. Грушевський М. С. На порозі Нової України. Нью-Йорк ; Львів, 1992. 210 с.",
	)
	want := []string{"1:100 name-mismatch"}
	sameFindings(t, got, want)
}

// TestCheckUkrainianAuthorDate: "і" and "та" between two authors, "та ін."
// for et al., "б. р." for an entry with no year, and the pages an APA
// entry prints at its end when the parser read none.
func TestCheckUkrainianAuthorDate(t *testing.T) {
	got := readChecked(
		"Рамку описано (Спірін і Овчарук, 2020, с. 88; Петренко та ін., 2020, с. 17; Морзе та Биков, 2019; МОН України, б. р.).",
		"",
		"Список використаних джерел",
		"",
		"МОН України. (б. р.). *Концептуально-референтна рамка цифрової компетентності*. https://mon.gov.ua/ua/osvita (дата звернення: 10.02.2023).",
		"",
		"Морзе, Н. В., & Биков, В. Ю. (2019). Цифрова компетентність педагога. *Відкрите освітнє е-середовище*, (6), 112–125.",
		"",
		"Петренко, Л. М., Кравець, С. П., & Бажеєв, Ю. О. (2020). Цифрові навички студентів. *Професійна освіта*, (4), 12–24.",
		"",
		"Спірін, О. М., & Овчарук, О. В. (2020). Цифрова компетентність учителя. *Інформаційні технології в освіті*, (3), 12–24.",
	)
	want := []string{"1:15 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckUkrainianOpCit: "Зазнач. праця" with no earlier work by the
// author has no antecedent; a repeat of a repeat ("Вказ. праця" after
// "Цит. за: … Зазнач. праця") has its page checked against the work
// behind both.
func TestCheckUkrainianOpCit(t *testing.T) {
	got := readChecked(
		"Закон ухвалено¹. Селяни скаржилися². Історики писали про декларативність³. Пізніше теж⁴.",
		"",
		"## Примітки",
		"",
		"1. Лозовий В. С. Аграрна революція в Україні. Кам'янець-Подільський : Аксіома, 2004. 412 с.",
		"2. Цит. за: Лозовий В. С. Зазнач. праця. С. 218.",
		"3. Лозовий В. С. Вказ. праця. С. 430.",
		"4. Гриценко А. П. Зазнач. праця. С. 96.",
	)
	want := []string{"7:1 page-out-of-range", "8:1 ibid-no-antecedent"}
	if strings.Join(got[1:], "|") != strings.Join(want, "|") || !strings.HasSuffix(got[0], "secondary-citation") {
		t.Errorf("got %q, want a secondary citation and %q", got, want)
	}
}

// TestCheckUkazPratsyaOpCit: Ukrainian and Belarusian notes written with
// the Russian abbreviation before their own word for the work ("Указ.
// праця", "Указ. праца") are op. cits. as well: a "Там само" after one
// has its page checked against the work behind it.
func TestCheckUkazPratsyaOpCit(t *testing.T) {
	for _, work := range []string{"праця", "праца"} {
		got := readChecked(
			"Закон ухвалено¹. Селяни скаржилися². Пізніше теж³.",
			"",
			"## Примітки",
			"",
			"1. Лозовий В. С. Аграрна революція в Україні. Кам'янець-Подільський : Аксіома, 2004. 412 с. С. 12.",
			"2. Цит. за: Лозовий В. С. Указ. "+work+". С. 218.",
			"3. Там само. С. 430.",
		)
		want := "7:1 page-out-of-range"
		if len(got) != 2 || got[1] != want {
			t.Errorf("Указ. %s: got %q, want a secondary citation and %q", work, got, want)
		}
	}
}

// TestCheckQuoteNotePlace: a quotation whose note ends in an archive sheet
// has its place; one whose note ends in a book's extent ("288 с.") has no
// page.
func TestCheckQuoteNotePlace(t *testing.T) {
	got := readChecked(
		"Комиссар доповідав: «селянство не вірить уже ні Раді, ні комітетам»[1]. Как показал историк, «именно здесь возникло большинство новых поселков»[2].",
		"",
		"________________",
		"",
		"[1] ДАПО. Ф. Р-1. Оп. 1. Спр. 7. Арк. 3 зв.",
		"[2] Кондрашин В. В. Крестьянство Южного Урала. Оренбург : ОГПУ, 2003. 288 с.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "quote-no-page") || !strings.HasPrefix(got[0], "1:") {
		t.Errorf("got %q, want one quote-no-page at the second quotation", got)
	}
}

// TestCheckGluedVancouverLists: superscript lists and ranges flattened and
// glued to words ("заболеваний1,2", "когортах3–5") cite the list of
// works, numbers used again; "SpO2" and "кг/м2" cite nothing.
func TestCheckGluedVancouverLists(t *testing.T) {
	var list []string
	for i := 1; i <= 5; i++ {
		list = append(list, fmt.Sprintf("%d. Author%c A. Title %d. J Med. 2020;%d(1):1-9.", i, 'A'+i, i, i))
	}
	got := readChecked(append([]string{
		"Гипертензия – фактор риска заболеваний1,2, в том числе в когортах3–5 с SpO2 не ниже 93 % и ИМТ 29 кг/м2. Это подтверждено ранее2,6.",
		"",
		"ЛИТЕРАТУРА",
	}, list...)...)
	if len(got) != 1 || !strings.HasSuffix(got[0], "missing-entry") {
		t.Errorf("got %q, want only the missing entry 6", got)
	}
}

// TestCheckTwoYearsAndInPress: "(Выготский, 1934/1982)" and "(Бахтин,
// [1929] 2000)" match an entry of either year, "(Осин, в печати)" an
// entry with no year; a wrong pair of years is still reported.
func TestCheckTwoYearsAndInPress(t *testing.T) {
	got := readChecked(
		"Смысл изучен (Выготский, 1934/1982, с. 346; Бахтин, [1929] 2000, с. 12; Осин, в печати; Божович, 1968/1995).",
		"",
		"## Литература",
		"",
		"Бахтин М. М. Проблемы творчества Достоевского // Собрание сочинений : в 7 т. М. : Русские словари, 2000. Т. 2. С. 5–175.",
		"",
		"Божович Л. И. Личность и ее формирование в детском возрасте. СПб. : Питер, 2008. 400 с.",
		"",
		"Выготский Л. С. Мышление и речь // Собрание сочинений : в 6 т. М. : Педагогика, 1982. Т. 2. С. 5–361.",
		"",
		"Осин Е. Н. Смысловая регуляция учебной деятельности // Психология. Журнал Высшей школы экономики. В печати.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "author-date-year") {
		t.Errorf("got %q, want one author-date-year for Божович", got)
	}
}

// TestCheckIbidAfterArticleNote: "Там же" after a note that cites an
// article by its page range checks its page against that range; an op.
// cit. of an editor named in an earlier note has its antecedent.
func TestCheckIbidAfterArticleNote(t *testing.T) {
	got := readChecked(
		"Один[^1]. Два[^2]. Три[^3]. Четыре[^4].",
		"",
		"[^1]: Богданов Д. Е. Преддоговорная ответственность // Вестник экономического правосудия РФ. 2016. № 3. С. 80–92.",
		"[^2]: Там же. С. 95.",
		"[^3]: Договорное право : постатейный комментарий / отв. ред. А. Г. Карапетов. М. : М-Логос, 2017. С. 941.",
		"[^4]: Карапетов А. Г. Указ. соч. С. 945.",
	)
	want := []string{"4:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNarrativeYear: a narrative citation whose author is listed,
// but not for its year, is reported, particles and all ("Т. А. ван Дейк
// (1993)" with works of 1989 and 2013); one whose name matches no entry
// (a place, a declined name) is not.
func TestCheckNarrativeYear(t *testing.T) {
	got := readChecked(
		"Т. А. ван Дейк (1993) и Ф. де Соссюр (1977) писали о языке, как и Москва (2001) (ван Дейк, 1989; ван Дейк, 2013, с. 12).",
		"",
		"## Литература",
		"",
		"ван Дейк Т. А. Язык. Познание. Коммуникация. М. : Прогресс, 1989. 312 с.",
		"",
		"ван Дейк Т. А. Дискурс и власть. М. : Либроком, 2013. 344 с.",
		"",
		"де Соссюр Ф. Труды по языкознанию. М. : Прогресс, 1977. 696 с.",
	)
	want := []string{"1:11 author-date-year"}
	sameFindings(t, got, want)
}

// TestCheckSourcesThenLiterature: unnumbered "Источники" and "Литература"
// are one list; a newspaper is cited by its year and day, which places a
// quotation; an archive file by its shelf mark and sheet; a page may
// follow a full stop ("[Исупов, 2008. С. 520]").
func TestCheckSourcesThenLiterature(t *testing.T) {
	got := readChecked(
		"Газета писала о «небывалых темпах монтажа оборудования под открытым небом» (Советская Сибирь, 1941, 14 дек.). Жилья не хватало (ГАНО. Ф. П-4. Оп. 33. Д. 45. Л. 12–14; Исупов, 2008. С. 520).",
		"",
		"## Источники и литература",
		"",
		"### Источники",
		"",
		"ГАНО. Ф. П-4. Оп. 33. Д. 45.",
		"",
		"Советская Сибирь. 1941. 14 дек.",
		"",
		"### Литература",
		"",
		"Исупов В. А. Главный резерв победы. Новосибирск : Изд-во СО РАН, 2008. 402 с.",
	)
	want := []string{"1:128 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckAsteriskLevels: "***" with notes "*" and "**" only has no note
// text; escaped asterisks count the same.
func TestCheckAsteriskLevels(t *testing.T) {
	got := readChecked(
		"Ярмарка открылась* [1]. Торговали скотом** [1]. Купцы давали в долг*** [1].",
		"",
		"\\* В 1873 г.",
		"",
		"\\*\\* Подробнее о торговле скотом.",
		"",
		"## Список литературы",
		"",
		"1. Шоинбаев Т. Ж. Торговля в степи. Алматы : Ғылым, 1982. 180 с.",
	)
	want := []string{"1:68 orphan-note-sign"}
	sameFindings(t, got, want)
}

// TestCheckWordHTMLNotes: signs "[\[1\]](#_ftn1)" and notes
// "[\[1\]](#_ftnref1) …" as Word's HTML export leaves them through Pandoc.
func TestCheckWordHTMLNotes(t *testing.T) {
	got := readChecked(
		"Голод охватил губернию[\\[1\\]](#_ftn1). Комиссия работала «в условиях полного отсутствия средств и транспорта»[\\[2\\]](#_ftn2).",
		"",
		"------------------------------------------------------------------------",
		"",
		"[\\[1\\]](#_ftnref1) Голод в Поволжье, 1919–1925 гг. : сб. документов. М. : Новый хронограф, 2014. 848 с.",
		"",
		"[\\[2\\]](#_ftnref2) Там же. С. 862.",
		"",
		"[\\[3\\]](#_ftnref3) Там же. С. 12.",
	)
	want := []string{"7:1 page-out-of-range", "9:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckListSections: one list split by bold Roman-numbered sections
// numbered on is one list ordered by kind; an uncited copy of a cited
// work is a duplicate, not also uncited.
func TestCheckListSections(t *testing.T) {
	got := readChecked(
		"Закон изменен [2]. Суд разъяснил [3]. В литературе [5, с. 45; 4]. Кодекс [1].",
		"",
		"**Список использованных источников**",
		"",
		"**I. Нормативные правовые акты**",
		"",
		"1. Гражданский кодекс Российской Федерации (часть вторая) от 26.01.1996 № 14-ФЗ // Собрание законодательства РФ. 1996. № 5. Ст. 410.",
		"2. Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей» // Ведомости СНД и ВС РФ. 1992. № 15. Ст. 766.",
		"",
		"**II. Судебная практика**",
		"",
		"3. Постановление Пленума Верховного Суда РФ от 28.06.2012 № 17 // Бюллетень Верховного Суда РФ. 2012. № 9.",
		"",
		"**III. Специальная литература**",
		"",
		"4. Андреев В. К. Правовой статус цифровых платформ // Журнал российского права. 2021. № 5. С. 52–64.",
		"5. Богданов Е. В. Информационные посредники в гражданском праве // Российский юридический журнал. 2020. № 4. С. 40–51.",
		"6. Богданов Е. В. Информационные посредники в гражданском праве // Российский юридический журнал. 2020. № 4. С. 40–51.",
	)
	want := []string{"18:1 duplicate-entry"}
	sameFindings(t, got, want)
}

// TestCheckCoauthorsTellWorksApart: two works of one first author and
// year are told apart by the co-authors a citation names, so each page is
// checked against its own work.
func TestCheckCoauthorsTellWorksApart(t *testing.T) {
	got := readChecked(
		"Тревожность росла (Иванова и др., 2020, с. 47; Иванова, Ершов, 2020, с. 18). Обзор (Иванова, Ершов, 2020, с. 31).",
		"",
		"## Литература",
		"",
		"Иванова Е. А., Ершов С. В. Психологическое благополучие студентов // Психологическая наука и образование. 2020. Т. 25, № 5. С. 12–24.",
		"",
		"Иванова Е. А., Кузьмина Н. А., Павлов К. В. Тревожность студентов // Вопросы психологии. 2020. № 4. С. 40–51.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") || !strings.HasPrefix(got[0], "1:84") {
		t.Errorf("got %q, want one page-out-of-range at the second parenthesis", got)
	}
}

// TestCheckBareLabels: list labels alone on their lines, as text from a
// PDF prints them, open the entries below them.
func TestCheckBareLabels(t *testing.T) {
	got := readChecked(
		"Запасы велики [1]. Опыт Китая [2, p. 38].",
		"Литература",
		"1.",
		"Шпуров И.В. Трудноизвлекаемые запасы нефти // Недропользование",
		"XXI век. 2018. № 1. С. 30–39.",
		"2.",
		"Wang D., Cheng J. Viscous-elastic polymer // SPE Annual Technical Conference. 2000. P. 30–36.",
		"3.",
		"Муслимов Р.Х. Нефтеотдача. Казань: Фэн, 2012. 664 с.",
	)
	want := []string{"1:31 page-out-of-range", "9:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckGluedPairsAndGaps: "[10,11]" cites two works, "[1,31]" is a
// decimal; a range over a number the list skips cites a missing entry,
// not a range past the end.
func TestCheckGluedPairsAndGaps(t *testing.T) {
	var list []string
	for _, i := range []int{1, 2, 4, 5, 6, 7, 8, 9, 10, 11} {
		list = append(list, fmt.Sprintf("%d. Author%c A. Title %d // J Med. 2020. Vol. %d. P. 1–9.", i, 'A'+i, i, i))
	}
	got := readChecked(append([]string{
		"Пневмония часта[1-2,4]. Резистентность растет[5–9] (ДИ [1,31]), а также[10,11].",
		"",
		"## Литература",
		"",
	}, list...)...)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
	got = readChecked(append([]string{"Пневмония часта[1-4].[5–11]", "", "## Литература", ""}, list...)...)
	want := []string{"1:16 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckArticleNumberIsNoPage: "Art. 60", an article's number read as
// its one page, does not make a cited page 1123 out of range; a single
// printed page still does.
func TestCheckArticleNumberIsNoPage(t *testing.T) {
	got := readChecked(
		"Аугментация данных [1, p. 1123]. Заметка [2, p. 7].",
		"",
		"## Литература",
		"",
		"1. Shorten C., Khoshgoftaar T. M. A survey on image data augmentation // Journal of Big Data. 2019. Vol. 6. Art. 60.",
		"2. Petrov P. A note on data // Data Journal. 2020. Vol. 3. P. 5.",
	)
	if len(got) != 1 || !strings.HasPrefix(got[0], "1:42 ") || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want one page-out-of-range at [2, p. 7]", got)
	}
}

// TestCheckYearLettersAndIbidGroups: "(Ferguson, 2012a, b)" cites both
// works of 2012; "(…; Там само, с. 45)" repeats the work before it in the
// same parenthesis, and its page is checked against that work.
func TestCheckYearLettersAndIbidGroups(t *testing.T) {
	got := readChecked(
		"Аналітика навчання (Ferguson, 2012a, b; Вилкова, 2019а,б). Підлітки (Коваленко, 2019, с. 40; Там само, с. 45).",
		"",
		"## Література",
		"",
		"Вилкова К. А. Цифровой след студента // Вопросы образования. 2019а. № 2. С. 8–30.",
		"",
		"Вилкова К. А. Learning analytics в российских вузах // Высшее образование в России. 2019б. № 5. С. 25–40.",
		"",
		"Ferguson R. Learning analytics: drivers, developments and challenges // International Journal of Technology Enhanced Learning. 2012a. Vol. 4. P. 304–317.",
		"",
		"Ferguson R. The state of learning analytics in 2012. Milton Keynes : Open University, 2012b. 18 p.",
		"",
		"Коваленко О. М. Критичне мислення підлітків // Український педагогічний журнал. 2019. № 3. С. 30–42.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want only the page of Там само", got)
	}
}

// TestCheckHeadingNoteSigns: a sign at the end of a Markdown heading is a
// note sign (a title's or a section's note); pages written out as
// "45–46-беттер" are read.
func TestCheckHeadingNoteSigns(t *testing.T) {
	got := readChecked(
		"# Волнения 1905–1907 гг.¹",
		"",
		"## Введение²",
		"",
		"Аграрное движение отличалось особой остротой, как показали исследования последних лет³.",
		"",
		"## Примечания",
		"",
		"1. Статья подготовлена при поддержке РНФ.",
		"2. Даты приводятся по старому стилю.",
		"3. Есиков С. А. Российская деревня. Тамбов : ТГТУ, 1998. 244 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
	got = readChecked(
		"Ұстаным дамытылды [1, 45–46-беттер].",
		"",
		"## Әдебиеттер",
		"",
		"1. Айғабылұлы А. Қазақ тілінің терминологиясы. Алматы : Ғылым, 2005. 40 б.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want the page past the book's 40 pages", got)
	}
}

// TestCheckUnreadFormsStaySilent: forms a paper cites or prints that are
// no problem of its citations give no finding: a species' authority after
// its Latin name, the journal's dates after the list, an HTML list, an
// organisation cited in the other script, a narrative citation with a
// declined group author, a volume of collected works printed over years.
func TestCheckUnreadFormsStaySilent(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
	}{
		{"species_authority", []string{
			"Полёвка *Microtus oeconomus* (Pallas, 1776) и бурозубка *S. araneus* (Linnaeus, 1758) обычны (Ивантер, 1975).",
			"",
			"## Литература",
			"",
			"Ивантер Э. В. Популяционная экология мелких млекопитающих. Л. : Наука, 1975. 246 с.",
		}},
		{"dates_after_list", []string{
			"Учёты проводили по стандартной методике (Кучерук, 1963).",
			"",
			"## Литература",
			"",
			"Кучерук В. В. Учёт грызунов. М. : Изд-во АН СССР, 1963. 120 с.",
			"",
			"Статья поступила в редакцию 14.02.2021; принята к публикации 20.04.2021.",
		}},
		{"html_list_items", []string{
			"<p>Диабет утяжеляет течение болезни<sup>1,2</sup>.</p>",
			"<h2>Литература</h2>",
			"<ol>",
			"<li>Дедов И. И. Сахарный диабет // Сахарный диабет. 2021. Т. 24, № 3. С. 204–221.</li>",
			"<li>Zhu L. Blood glucose control // Cell Metab. 2020. Vol. 31. P. 1068–1077.</li>",
			"</ol>",
		}},
		{"organisation_in_other_script", []string{
			"Понятие закреплено Конвенцией (ЮНЕСКО, 2003) и развито позже (Лотман, 1992).",
			"",
			"## Литература",
			"",
			"Лотман Ю. М. Культура и взрыв. М. : Гнозис, 1992. 272 с.",
			"",
			"Convention for the Safeguarding of the Intangible Cultural Heritage. Paris : UNESCO, 2003.",
		}},
		{"declined_group_author", []string{
			"По данным Росстата (2022), доля занятых снизилась (Капелюшников, 2019).",
			"",
			"## Литература",
			"",
			"Капелюшников, Р. И. (2019). Феномен старения населения. *Экономическая политика*, 14(2), 8–53.",
			"",
			"Росстат. (2022). *Труд и занятость в России*. Москва.",
		}},
		{"collected_works_over_years", []string{
			"Собор восстановил порядок (Соловьёв, 1989, кн. 5, с. 9–12; Ключевский, 1988, т. 3, с. 46).",
			"",
			"## Литература",
			"",
			"Ключевский В. О. Сочинения : в 9 т. М. : Мысль, 1987–1990.",
			"",
			"Соловьёв С. М. Сочинения : в 18 кн. М. : Мысль, 1988–1995.",
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := readChecked(tc.lines...); len(got) != 0 {
				t.Errorf("got %q, want no findings", got)
			}
		})
	}
}

// TestCheckManyUncitedIsANote: when most of a list is uncited, the text
// cites in a form not read; one info note says so, not a warning per entry.
func TestCheckManyUncitedIsANote(t *testing.T) {
	got := readChecked(
		"Проблема изучена [1]; её касались многие {2}, {3}, {4}, {5}.",
		"",
		"## Литература",
		"",
		"1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.",
		"2. Петров П. П. Книга. М. : Наука, 2002. 200 с.",
		"3. Сидоров С. С. Книга. М. : Наука, 2003. 200 с.",
		"4. Козлов К. К. Книга. М. : Наука, 2004. 200 с.",
		"5. Орлов О. О. Книга. М. : Наука, 2005. 200 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no warnings", got)
	}
}

// TestCheckAmbiguousOpCit: an op. cit. of an author with two works before
// it cannot say which is meant, so its page is not checked.
func TestCheckAmbiguousOpCit(t *testing.T) {
	got := readChecked(
		"Бердяев писал о свободе[^1] и о конце истории[^2]; позже он вернулся к этому[^3].",
		"",
		"[^1]: Бердяев Н. А. Философия свободного духа. М. : Республика, 1994. С. 17.",
		"[^2]: Бердяев Н. А. Опыт эсхатологической метафизики // Царство Духа. М. : Республика, 1995. С. 164–286.",
		"[^3]: Бердяев Н. А. Указ. соч. С. 25.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckWrappedPageNotes: notes at the foot of PDF pages, wrapped over
// two lines and numbered on through the text between running heads, are
// read whole, and a sign with no note is reported.
func TestCheckWrappedPageNotes(t *testing.T) {
	long := "Вопрос о размерах ясачного обложения давно обсуждается в историографии"
	got := readChecked(
		long+" и в источниках¹.",
		"",
		"¹ Зуев А. С. Русские и аборигены на крайнем северо-востоке Сибири во второй половине XVII –",
		"первой четверти XVIII века. Новосибирск : НГУ, 2002. 288 с.",
		"",
		"                                                   113",
		"ВЕСТНИК УНИВЕРСИТЕТА. 2021. Т. 8, № 3 (31)",
		"",
		long+" и в литературе²,",
		"о чём см. также³.",
		"",
		"² Там же. С. 300.",
	)
	want := []string{"10:16 missing-entry", "12:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckCitationsOutsideTheBody: list numbers cited inside Markdown
// notes cite the list; an edition a note describes once ("Здесь и далее
// цитируется по …") is cited; an abbreviation the text introduces names
// the group author it stands for.
func TestCheckCitationsOutsideTheBody(t *testing.T) {
	got := readChecked(
		"Братства изучались давно [1][^1].",
		"",
		"[^1]: Подробнее см.: [2, с. 45].",
		"",
		"## Литература",
		"",
		"1. Крыжановский Е. М. Очерки по истории братств. М. : Изд-во АН СССР, 1961. 210 с.",
		"2. Соколов А. Н. Братства Великого княжества Литовского // Вестник БГУ. Сер. 3. 2012. № 2. С. 20–28.",
	)
	if len(got) != 1 || !strings.HasPrefix(got[0], "3:") || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want only the note's page past the article's pages", got)
	}
	got = readChecked(
		"Герой говорит о себе (т. 5, с. 99)[^1], что отмечал и Бахтин [Бахтин 2002: 262].",
		"",
		"[^1]: Здесь и далее цитируется по изданию: Достоевский Ф. М. Полн. собр. соч. : в 30 т. Л. : Наука, 1972–1990.",
		"",
		"## Литература",
		"",
		"Бахтин М. М. Собрание сочинений : в 7 т. М. : Русские словари, 2002. Т. 6. 504 с.",
		"",
		"Достоевский Ф. М. Полное собрание сочинений : в 30 т. Л. : Наука, 1972–1990.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
	got = readChecked(
		"Так пишет руководство (American Psychological Association [APA], 2020) и его дополнение (APA, 2021).",
		"",
		"## References",
		"",
		"American Psychological Association. (2020). *Publication manual of the American Psychological Association* (7th ed.).",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "author-date-year") {
		t.Errorf("got %q, want the year of (APA, 2021)", got)
	}
}

// TestCheckPlainPartsAndTitleInitials: a list split by kind under plain
// subheadings is one list ordered by kind; an abbreviation spelling the
// initials of a title cites the entry headed by it.
func TestCheckPlainPartsAndTitleInitials(t *testing.T) {
	got := readChecked(
		"Закон [3] и практика [1]; литература [2, с. 45].",
		"",
		"СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ",
		"",
		"Нормативные правовые акты",
		"",
		"1. О несостоятельности (банкротстве) : Федеральный закон от 26.10.2002 № 127-ФЗ // Собрание законодательства РФ. 2002. № 43. Ст. 4190.",
		"",
		"Научная литература",
		"",
		"2. Сухов Д. В. Особенности банкротства физических лиц // Юрист. 2018. № 11. С. 30–36.",
		"3. Витрянский В. В. Банкротство. М. : Статут, 2019. 128 с.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want only the page of entry 2", got)
	}
	got = readChecked(
		"Падзел пацверджаны атласам (ДАБМ, 1963).",
		"",
		"## Літаратура",
		"",
		"Дыялекталагічны атлас беларускай мовы / пад рэд. Р. І. Аванесава. Мінск : Выд-ва АН БССР, 1963. 1006 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckAuthorDateInNotes: a work an author-date paper cites only in a
// note at the foot of the page is cited.
func TestCheckAuthorDateInNotes(t *testing.T) {
	long := "Пенсионеры реже пользуются онлайн-банкингом и электронными государственными услугами"
	got := readChecked(
		long+"¹, хотя пандемия ускорила их цифровизацию (Гладкова, 2022, с. 44).",
		"",
		"¹ Ср. иную интерпретацию: навыки производны от мотивации (Selwyn, 2004).",
		"",
		"## Литература",
		"",
		"Гладкова А. А. Пожилые интернет-пользователи // Социологические исследования. 2022. № 5. С. 40–50.",
		"",
		"Selwyn N. The information aged // Journal of Aging Studies. 2004. Vol. 18, no. 4. P. 369–384.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckPlacedQuotations: a quotation placed by a parenthesis of its
// own (an edition's volume and page, an informant) or by the article of a
// law before it needs no citation of the list; one nothing places does.
func TestCheckPlacedQuotations(t *testing.T) {
	for _, line := range []string{
		"Поэт пишет: «Накрапывало, – но не гнулись и травы в грозовом мешке» (т. 1, с. 132).",
		"Как говорит участница, «здесь или в магазин, или в бюджетку за двадцать тысяч» (жен., 24 года, Углич).",
		"Запрет закреплён в п. 1 ст. 10 ГК РФ: «не допускаются осуществление гражданских прав исключительно с намерением причинить вред».",
		"Обком сообщал, что «заводы размещаются в зданиях, совершенно не приспособленных для производства» [ИсА. Ф. П-17. Оп. 1. Д. 2715. Л. 34].",
		"В отчете говорилось, что «крестьяне не желают подписывать грамоты ни под каким видом» [ЦГА РК, ф. 5, оп. 1, д. 12, л. 3].",
	} {
		got := readChecked(line+" Это отмечалось [1].", "", "## Литература", "", "1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.")
		if len(got) != 0 {
			t.Errorf("%s: got %q, want no findings", line, got)
		}
	}
	got := readChecked(
		"Автор писал: «здесь или в магазин, или в бюджетку за двадцать тысяч, а больше ничего нет». Это отмечалось [1].",
		"", "## Литература", "", "1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.")
	if len(got) != 1 || !strings.HasSuffix(got[0], "uncited-quote") {
		t.Errorf("got %q, want the uncited quotation", got)
	}
}

// TestCheckAbbreviatedOfficeAndScripts: an office cited by an abbreviation
// of several words, with the year its imprint prints, is its entry; an op.
// cit. in Cyrillic repeats a work its author wrote in Latin script.
func TestCheckAbbreviatedOfficeAndScripts(t *testing.T) {
	got := readChecked(
		"Источник: данные Бюро (БНС АСПР РК, 2023) и расчёты (Barro, 2001).",
		"",
		"## Литература",
		"",
		"Barro R. J. Human capital and growth // American Economic Review. 2001. Vol. 91, no. 2. P. 12–17.",
		"",
		"Бюро национальной статистики АСПР РК. Регионы Казахстана в 2022 году : стат. сб. Астана, 2023. 412 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
	got = readChecked(
		"Шюц перенёс понятие в социологию[^1] и оговаривал отличие от Гуссерля[^2].",
		"",
		"[^1]: Schütz A., Luckmann T. Strukturen der Lebenswelt. Konstanz : UVK, 2003. 693 S.",
		"[^2]: Шюц А. Указ. соч. С. 45.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckWebReferenceLinks: list numbers a web page links to their
// entries ("[\[2\]](#ref2)") cite the list in order, and the digits of
// link targets ("](#ref3)", "{#fig1}") are no note signs; Pandoc's anchor
// spans and "--" in the entries do not hide their pages.
func TestCheckWebReferenceLinks(t *testing.T) {
	got := readChecked(
		"Понятие рассмотрено ранее [\\[1\\]](#ref1), затем в работах [\\[3\\]](#ref3) и [\\[2, с. 45\\]](#ref2) (см. [рис. 1](#fig1)).",
		"",
		"![Рис. 1. Схема](fig1.png){#fig1}",
		"",
		"## Литература",
		"",
		"1.  []{#ref1}Гудкова Т. А. Цифровая грамотность // Информатика и образование. 2019. № 8. С. 4--12.",
		"2.  []{#ref2}Уваров А. Ю. Цифровая компетентность // Вопросы образования. 2020. № 4. С. 31--38.",
		"3.  []{#ref3}Блинова Н. В. Готовность педагогов // Профессиональное образование. 2021. № 2. С. 40--47.",
	)
	want := []string{"1:77 citation-order", "1:77 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckListAcrossPageBreak: a numbered list broken by a page number
// and a running head, as a PDF's text breaks it, goes on after them.
func TestCheckListAcrossPageBreak(t *testing.T) {
	got := readChecked(
		"О.В. Кривошеева",
		"",
		"Переименования изучены [1, с. 14] и [2], а также в [3, с. 50].",
		"",
		"Литература",
		"",
		"1. Ламин В.А. Новосибирск: очерки истории. Новосибирск : Наука, 2004. 288 с.",
		"2. Паперный В. Культура Два. М. : Новое литературное обозрение, 1996. 384 с.",
		"",
		"58           Вестник Томского государственного университета. 2021. № 41",
		"",
		"О.В. Кривошеева",
		"",
		"3. Ремнев А.В. Память о дореволюционном городе // Сибирские исторические исследования. 2017. № 2. С. 31–48.",
		"4. Малышева С.Ю. Советская праздничная культура. М. : РОССПЭН, 2005. 399 с.",
	)
	want := []string{"15:1 uncited-entry", "3:52 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckUnreadLocatorsAndGroupBodies: a bracket with a locator the
// marker patterns do not read ("[1, теорема 2; 2]") keeps its works from
// being called uncited, an interval "[2; 3]" cites nothing, a body named
// with a word in lower case ("Ministry of Agriculture") cites its entry
// and has its page checked, and an article written out places a quotation.
func TestCheckUnreadLocatorsAndGroupBodies(t *testing.T) {
	got := readChecked(
		"Задача сведена к системе уравнений [1, теорема 2; 2], а на промежутке [2; 3] функция выпукла [3].",
		"",
		"## Литература",
		"",
		"1. Джумабаев Д. С. Признаки разрешимости // ЖВМиМФ. 1989. Т. 29, № 1. С. 50–66.",
		"2. Асанова А. Т. Корректная разрешимость // Дифференциальные уравнения. 2005. Т. 41, № 3. С. 337–346.",
		"3. Нахушев А. М. Задачи со смещением. М.: Наука, 2006. 287 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
	got = readChecked(
		`Article 6(3) of the Constitution provides that land is owned "on the grounds, conditions and within the limits established by law".`,
		"Foreign persons held 2.1 million hectares (Ministry of Agriculture, 2016, p. 104), as earlier reviews show (Spoor, 2012).",
		"",
		"## References",
		"",
		"Ministry of Agriculture of the Republic of Kazakhstan. (2016). *National report on the state and use of land*. Astana. 96 p.",
		"",
		"Spoor, M. (2012). Agrarian reform and transition. *Journal of Peasant Studies*, 39(1), 175–194.",
	)
	want := []string{"2:43 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckSiglaAndRulings: a source cited by an abbreviation the paper's
// list of sources does not define is reported, the defined ones are not;
// a ruling quoted from a legal database needs no page.
func TestCheckSiglaAndRulings(t *testing.T) {
	got := readChecked(
		"Слово отмечено в говорах [СРНГ, вып. 8: 341; Даль, т. 1: 528] и в словаре [БАС, т. 4: 128], его история изучена [Аникин 2005: 21].",
		"",
		"Источники и сокращения",
		"",
		"Даль – Даль В. И. Толковый словарь живого великорусского языка : в 4 т. – М. : Рус. яз., 1978–1980.",
		"",
		"СРНГ – Словарь русских народных говоров. – М. ; Л. ; СПб. : Наука, 1965–2019. – Вып. 1–52.",
		"",
		"## Литература",
		"",
		"Аникин А. Е. Опыт семантического словаря заимствований. – Новосибирск : Наука, 2005. – 190 с.",
	)
	want := []string{"1:75 author-date-no-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		"Суд указал, что «должник действовал исключительно с намерением причинить вред кредиторам» [1], как отмечено в литературе [2, с. 50].",
		"",
		"## Список литературы",
		"",
		"1. Определение Верховного Суда РФ от 28.04.2018 № 305-ЭС17-15048 по делу № А40-185310/2016 // СПС «КонсультантПлюс».",
		"2. Карапетов А. Г. Борьба за признание судебного правотворчества. – М. : Статут, 2011. – 308 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckHTMLLinksAndUnknownHeadings: list numbers inside HTML links
// ("[<a href="#ref2">2</a>, с. 45]") are read and reported at their
// printed column, tags after an HTML list are no entries, and a list under
// a heading the list reader does not know is found by its references.
func TestCheckHTMLLinksAndUnknownHeadings(t *testing.T) {
	got := readChecked(
		`<p>Библиотеки ведут репозитории <a href="#ref1">[1]</a>, см. [<a href="#ref3">3</a>] и [<a href="#ref2">2</a>, с. 45].</p>`,
		"<h2>Литература</h2>",
		"<ol>",
		`<li id="ref1">Шрайберг Я. Л. Открытая наука // Научные и технические библиотеки. 2019. № 9. С. 3–22.</li>`,
		`<li id="ref2">Семенов Е. В. Правовые основы открытого доступа. М. : Статут, 2018. 40 с.</li>`,
		`<li id="ref3">Цветкова В. А. Информационные ресурсы науки. М. : БАН, 2020. 344 с.</li>`,
		"</ol>",
		"</article>",
	)
	want := []string{"1:88 citation-order", "1:88 page-out-of-range"}
	sameFindings(t, got, want)
	got = readChecked(
		"Kirme sózder zerttelgen (Aldasheva, 1997: 212; Baitursynuly, 1992: 45), sózdik derekteri paıdalanyldy (QTTS, 2008, 15-t.).",
		"",
		"**Qoldanylǵan ádebıetter**",
		"",
		"Aldasheva A. M. Qazaq tilindegi kirme termınder. – Almaty: Ǵylym, 1997. – 208 b.",
		"",
		"Baitursynuly A. Til taǵylymy. – Almaty: Ana tili, 1992. – 448 b.",
		"",
		"Qazaq tiliniń túsindirme sózdigi: 15 tomdyq. – Almaty: Dáýir, 2008–2011.",
	)
	want = []string{"1:25 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckDirectionsNamesakesAndSources: crystal directions "[110]" past
// the list's end are no citations; initials tell two namesakes' works of
// one year apart; "Sources" defining the abbreviations of archives, then
// an unnumbered "References", are one list, the archives cited by their
// shelf marks; a quotation placed by an archive file in parentheses
// needs no marker.
func TestCheckDirectionsNamesakesAndSources(t *testing.T) {
	got := readChecked(
		"Образцы ориентированы вдоль [100] и [110] [1]; модуль измерен по методике [2, с. 1568].",
		"",
		"## Литература",
		"",
		"1. Philipps V. Tungsten as material for plasma-facing components // Journal of Nuclear Materials. – 2011. – Vol. 415, No. 1. – P. S2–S9.",
		"2. Oliver W.C., Pharr G.M. An improved technique for determining hardness // Journal of Materials Research. – 1992. – Vol. 7, No. 6. – P. 1564–1583.",
	)
	if len(got) != 0 {
		t.Errorf("directions: got %q, want no findings", got)
	}
	got = readChecked(
		"Поддержка изучена (Александров А. А., 2015, с. 48; Александров Д. А., 2015, с. 140).",
		"",
		"## Литература",
		"",
		"Александров А. А. Организационная поддержка педагога // Психологический журнал. 2015. Т. 36, № 4. С. 45–56.",
		"",
		"Александров Д. А. Социальные сети учителей // Вопросы образования. 2015. № 2. С. 118–135.",
	)
	want := []string{"1:19 page-out-of-range"}
	sameFindings(t, got, want)
	got = readChecked(
		`Officials reported that "the settled points lack water, wood and seed" (CSA RK. F. 5. Op. 9. D. 451. L. 8), as Kindler shows (Kindler, 2018, p. 171).`,
		"",
		"## Sources",
		"",
		"1. CSA RK – Central State Archive of the Republic of Kazakhstan. F. 5. Op. 9. D. 451.",
		"",
		"## References",
		"",
		"Kindler, R. (2018). *Stalin's Nomads: Power and Famine in Kazakhstan*. Pittsburgh: University of Pittsburgh Press. 328 p.",
	)
	if len(got) != 0 {
		t.Errorf("sources: got %q, want no findings", got)
	}
}

// TestCheckChapterNotesNumberedOn: a thesis's notes below each page's
// rule run on through a chapter's pages and start again at 1 in the next
// chapter; each sign is matched with the note of its number on its page.
func TestCheckChapterNotesNumberedOn(t *testing.T) {
	long := "Подготовка реформы велась в обстановке строгой секретности, и даже члены губернских комитетов не знали замысла"
	got := readChecked(
		long+"¹.",
		"______________",
		"¹ Захарова Л. Г. Самодержавие и отмена крепостного права. – М. : Изд-во МГУ, 1984. – С. 45.",
		"",
		"14",
		"",
		long+"².",
		"______________",
		"² Литвак Б. Г. Переворот 1861 года в России. – М. : Политиздат, 1991. – С. 117.",
		"",
		"15",
		"",
		long+"¹, "+long+"².",
		"______________",
		"¹ Зайончковский П. А. Отмена крепостного права в России. – М. : Просвещение, 1968. – 368 с.",
	)
	want := []string{"13:" + fmt.Sprint(2*len([]rune(long))+4) + " missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckDatesTablesTitles: New Style dates in brackets ("1 [14]
// марта", "[12–13 марта]") cite nothing; a list kept as a table is read
// row by row; a title in quotes after "публикации" needs no page; of an
// author's two entries, the one no citation cites is the work a citation
// with a wrong year meant.
func TestCheckDatesTablesTitles(t *testing.T) {
	got := readChecked(
		"Приказ от 1 [14] марта [1] и потери 27–28 февраля [2–3 марта] описаны в [2, с. 45].",
		"",
		"## Список литературы",
		"",
		"1. Бурджалов Э. Н. Вторая русская революция. – М. : Наука, 1967. – 408 с.",
		"2. Мартынов Е. И. Царская армия в февральском перевороте. – Л., 1927. – 204 с.",
		"3. Миллер В. И. Солдатские комитеты русской армии. – М. : Наука, 1974. – 331 с.",
	)
	want := []string{"7:1 uncited-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		"Концепция распространилась после публикации «Оценки экосистем на пороге тысячелетия» [1], оценки даны в [2, с. 112].",
		"",
		"## Список литературы",
		"",
		"| № | Источник |",
		"|---|---|",
		"| 1 | Millennium Ecosystem Assessment. Ecosystems and Human Well-being: Synthesis. – Washington, DC : Island Press, 2005. – 137 p. |",
		"| 2 | Тишков А. А. Экосистемные услуги лесов Москвы. – М. : ИГ РАН, 2016. – 104 с. |",
	)
	want = []string{"1:105 page-out-of-range"}
	sameFindings(t, got, want)
	got = readChecked(
		"Формула переосмыслена [Топоров 1995: 260; Топоров 2003: 12].",
		"",
		"**ЛИТЕРАТУРА**",
		"",
		"ТОПОРОВ В. Н. Миф. Ритуал. Символ. Образ. М.: Прогресс, 1995. 624 с.",
		"",
		"ТОПОРОВ В. Н. Петербургский текст. М.: Наука, 2009. 820 с.",
	)
	want = []string{"1:23 author-date-year"}
	sameFindings(t, got, want)
}

// TestCheckMLA: a paper citing by author and page with no year, as MLA
// asks ("(Winner 137)", "(Kirabayev 44; Myrzakhmetuly 210)"), is read
// when its citations name authors of the list: pages are checked
// (abbreviated ranges written out), unknown authors and uncited entries
// reported; "(Table 2)" is no citation (only a table the text lacks).
func TestCheckMLA(t *testing.T) {
	got := readChecked(
		`Winner calls it an epic (Winner 137), others disagree (Kirabayev 44; Myrzakhmetuly 210; Smagulova 5), see the figures (Table 2) and (Kudaibergenova 118–20).`,
		"",
		"## Works Cited",
		"",
		"Kirabayev, Serik. *Mukhtar Auezov: Life and Work*. Gylym, 1997.",
		"",
		"Kudaibergenova, Diana T. *Rewriting the Nation in Modern Kazakh Literature*. Lexington Books, 2017. 110 pp.",
		"",
		"Myrzakhmetuly, Mekemtas. *Auezov and Abai*. Sanat, 1996.",
		"",
		"Tazhibayeva, Sagira. \"The Kazakh Novel after Independence.\" *Central Asian Survey*, vol. 30, no. 2, 2011, pp. 225–39.",
		"",
		"Winner, Thomas G. *The Oral Art and Literature of the Kazakhs of Russian Central Asia*. Duke UP, 1958.",
	)
	want := []string{"11:1 uncited-entry", "1:119 missing-figure", "1:133 page-out-of-range", "1:55 author-date-no-entry"}
	sameFindings(t, got, want)
}

// TestCheckNarrativeNamesakes: initials printed before a name ("J. Kim",
// "S. Kim (2019, p. 96)") choose among namesakes' works of one year, in a
// parenthesis and in a narrative citation, whose page is then checked.
func TestCheckNarrativeNamesakes(t *testing.T) {
	got := readChecked(
		"Grades follow digital literacy (J. Kim, 2019; S. Kim, 2019). J. Kim (2019, p. 1430) found it for some students, whereas S. Kim (2019, p. 96) found it for all.",
		"",
		"## References",
		"",
		"Kim, J. (2019). Self-regulation and achievement. *Computers & Education*, 128, 1425–1438.",
		"",
		"Kim, S. (2019). Digital literacy and grades. *Asia Pacific Education Review*, 20(1), 81–92.",
	)
	want := []string{"1:124 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckTeXAndLetterLabels: a LaTeX source's \cite commands cite its
// \bibitem entries (a key with no entry reported, a page in the optional
// argument checked); a list label with a letter ("4а.") is an entry of
// its own, cited by "[4а]", and a label the list lacks is reported.
func TestCheckTeXAndLetterLabels(t *testing.T) {
	got := readChecked(
		`Результаты получены в \cite{Lev87, Naim69}, оценка --- по \cite[с.~640]{Naim69}, а также в \cite{Sars23}.`,
		"",
		`\begin{thebibliography}{9}`,
		`\bibitem{Lev87} Левитан Б.~М. Обратные задачи Штурма--Лиувилля. М.: Наука, 1984. 240~с.`,
		`\bibitem{Naim69} Наймарк М.~А. Линейные дифференциальные операторы. М.: Наука, 1969. 528~с.`,
		`\bibitem{Yurko07} Юрко В.~А. Введение в теорию обратных спектральных задач. М.: Физматлит, 2007. 384~с.`,
		`\end{thebibliography}`,
	)
	want := []string{"1:59 page-out-of-range", "1:92 missing-entry", "6:1 uncited-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		"Документы проанализированы [1; 1а, с. 30] и [2], сравнение дано в [2а].",
		"",
		"## Список литературы",
		"",
		"1. Абрамова Е. Н. Электронная торговля в ЕАЭС // Евразийский юридический журнал. 2021. № 5. С. 12–16.",
		"1а. Абрамова Е. Н. Трансграничная торговля // Журнал российского права. 2022. № 4. С. 15–28.",
		"2. Каудыров Т. Е. Право Евразийского экономического союза. Алматы : Жеті жарғы, 2019. 312 с.",
	)
	want = []string{"1:28 page-out-of-range", "1:67 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckRomanTablesAndPlacedDuplicates: tables numbered in Roman, as
// IEEE numbers them, are matched with their captions; two entries of one
// article (first author, year, volume and pages) are a duplicate however
// their titles and journals are written.
func TestCheckRomanTablesAndPlacedDuplicates(t *testing.T) {
	got := readChecked(
		"Accuracy is given in Table II and compared in Table III [1], [2].",
		"",
		"Table II. Forecast accuracy",
		"",
		"## References",
		"",
		"[1] D. Eerkes-Medrano, R. C. Thompson, and D. C. Aldridge, \"Microplastics in freshwater systems: a review,\" *Water Research*, vol. 75, pp. 63–82, 2015.",
		"[2] D. Eerkes-Medrano, R. C. Thompson, and D. C. Aldridge, \"Microplastics in freshwater systems: A review of the emerging threats,\" *Water Res.*, vol. 75, pp. 63–82, 2015.",
	)
	want := []string{"1:47 missing-figure", "8:1 duplicate-entry"}
	sameFindings(t, got, want)
}

// TestCheckNamedAndRomanNotes: Markdown notes defined under names
// ("[^kasymbaev]") are numbered in order of their first sign, and Word's
// endnotes numbered in Roman ("[\[iv\]](#_edn4)") by their value; a sign
// with no note, an uncited note and an Ibid. past its book are reported
// at their printed places.
func TestCheckNamedAndRomanNotes(t *testing.T) {
	long := "Торговое значение Семипалатинска определялось его положением на пути из Сибири в Туркестан"
	got := readChecked(
		long+"[^kas]. "+long+"[^pot], "+long+"[^pot-ibid] и[^none].",
		"",
		"[^kas]: Касымбаев Ж. К. Города Восточного Казахстана. – Алма-Ата : Наука, 1990. – С. 45.",
		"[^pot]: Потанин Г. Н. Письма. – Иркутск, 1988. – Т. 2. – 296 с.",
		"[^pot-ibid]: Там же. – С. 310.",
		"[^unused]: Небольсин П. И. Очерки торговли. – СПб., 1856. – С. 34.",
	)
	n := len([]rune(long))
	want := []string{fmt.Sprintf("1:%d missing-entry", 3*n+30), "5:1 page-out-of-range", "6:1 uncited-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		long+`[\[i\]](#_edn1), `+long+`[\[ii\]](#_edn2).`,
		"",
		"------------------------------------------------------------------------",
		"",
		`[\[i\]](#_ednref1) Степное положение 1891 г. // Материалы по истории Казахстана. – Алма-Ата, 1960. – Т. 1. – С. 371–410.`,
		"",
		`[\[ii\]](#_ednref2) Там же. – С. 420.`,
		"",
		`[\[iii\]](#_ednref3) Кузнецов В. С. Цинская империя. – Новосибирск : Наука, 1983. – С. 120.`,
	)
	want = []string{"7:1 page-out-of-range", "9:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckEtAlVariants: "с соавт.", "және басқалар" and "та співавт."
// before a year read as "and others", and findings keep their columns.
func TestCheckEtAlVariants(t *testing.T) {
	got := readChecked(
		"Сходные данные получены ранее (Фофанова с соавт., 2017, с. 31; Омарова және басқалар, 2021).",
		"",
		"## Литература",
		"",
		"Фофанова Т. В., Агеев Ф. Т., Смирнова М. Д. Отечественный опросник // Кардиология. 2017. Т. 57, № 5. С. 18–25.",
		"",
		"Омарова Г. Қ., Тұрсынова А. Б., Сәрсенова Ж. Ж. Оқу сауаттылығын бағалау // ҚазҰПУ хабаршысы. 2019. № 3. 88–96 б.",
	)
	want := []string{"1:31 author-date-year", "1:31 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckSectionsAndCollectedWorks: an author-date citation of a
// section by its sign has its page checked, and collected works cited by
// volume with no year are cited.
func TestCheckSectionsAndCollectedWorks(t *testing.T) {
	got := readChecked(
		"Мир анализируется как экзистенциал (Хайдеггер, 1997, § 18, с. 470), что отмечал и Белинский (Белинский, т. 9, с. 563), как и Шпигельберг (Шпигельберг, 2002, с. 112).",
		"",
		"## Литература",
		"",
		"Белинский В. Г. Полное собрание сочинений : в 13 т. М. : Изд-во АН СССР, 1953–1959.",
		"",
		"Хайдеггер М. Бытие и время. М. : Ad Marginem, 1997. 452 с.",
		"",
		"Шпигельберг Г. Феноменологическое движение. М. : Логос, 2002. 680 с.",
	)
	want := []string{"1:36 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckOpCitShortForms: "Ук. соч." and "Указ. изд." are op. cit.:
// one with no earlier work by its author has no antecedent, one after the
// work has its page checked against it.
func TestCheckOpCitShortForms(t *testing.T) {
	got := readChecked(
		"Платежи превышали цену земли¹. Разница доходила до двух раз². Выводы осторожнее³.",
		"",
		"## Примечания",
		"",
		"1. Корнилов А. А. Крестьянская реформа. СПб. : Изд. Д. Е. Жуковского, 1905. 264 с.",
		"2. Корнилов А. А. Указ. изд. С. 298.",
		"3. Дружинин Н. М. Ук. соч. С. 80.",
	)
	want := []string{"6:1 page-out-of-range", "7:1 ibid-no-antecedent"}
	sameFindings(t, got, want)
}

// TestCheckBelarusianCitedAfter: a note that opens "Цыт. па:" quotes
// through a secondary source, as "Цит. по:" does.
func TestCheckBelarusianCitedAfter(t *testing.T) {
	got := readChecked(
		"Паэт называў свае санеты «першымі ў нас спробамі чыстага мастацтва»[^1].",
		"",
		"[^1]: Цыт. па: Гарэцкі М. Гісторыя беларускай літаратуры. Вільня : Выд. Б. А. Клецкіна, 1920. С. 301.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "3:1 secondary-citation") {
		t.Errorf("got %q, want one secondary citation at 3:1", got)
	}
}

// TestCheckMarkerAcrossPageBreak: a marker that a PDF's page break cuts
// ("[6, с." at the foot of a page, "88–90]" after the page number and
// running head) is read whole, at the line it opens on; a sentence that
// ends at the foot of a page joins nothing.
func TestCheckMarkerAcrossPageBreak(t *testing.T) {
	head := "ВЕСТНИК ОМСКОГО УНИВЕРСИТЕТА. 2021. Т. 19, № 2"
	got := readChecked(
		head,
		"Разложение выполнено по методике [1, с.",
		head,
		"46",
		"88–90]. Данные пересчитаны в цены 2019 г. [2].",
		"Так считают и другие [2].",
		head,
		"47",
		"Список литературы",
		"1. Shorrocks A. F. The Class of Additively Decomposable Inequality Measures // Econometrica. – 1980. – Vol. 48, no. 3. – P. 613–625.",
		"2. Регионы России : стат. сб. – М. : Росстат, 2020. – 1242 с.",
	)
	want := []string{"2:34 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckShortenedRepeatNote: a note that gives a work again by author
// and title alone has its page checked against the full note before it.
func TestCheckShortenedRepeatNote(t *testing.T) {
	got := readChecked(
		"Кеңес билігі орнағаннан кейін [1]. Мектептердің жартысы жабылды [2]. Басқа дерек [3].",
		"",
		"## Әдебиеттер тізімі",
		"",
		"1. Қойгелдиев М. Алаш қозғалысы. – Алматы : Санат, 1995. – 368 б.",
		"2. Қойгелдиев М. Алаш қозғалысы. – 410 б.",
		"3. Сонда. – 112 б.",
	)
	want := []string{"6:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckMDPIMarkers: "[9,10]" cites two works that follow each other,
// a page in parentheses after a bracket ("[3] (p. 58)") is that work's
// page, and "in Ref. [2]." puts no marker after a full stop.
func TestCheckMDPIMarkers(t *testing.T) {
	got := readChecked(
		"Indices were reviewed in Ref. [1]. Earlier surveys [2,3] relied on single parameters, as in the survey [3] (p. 58).",
		"",
		"## References",
		"",
		"1. Tyagi, S.; Sharma, B. Water Quality Index. *Am. J. Water Resour.* **2013**, *1*, 34–38.",
		"2. Horton, R.K. An Index-Number System. *J. Water Pollut. Control Fed.* **1965**, *37*, 300–306.",
		"3. Sadykov, Zh. Groundwater Quality of the Ili Depression. *Bull. KazNU Geogr. Ser.* **2012**, *2*, 45–52.",
	)
	want := []string{"1:104 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNarrativeForms: a narrative citation of two authors, the second
// with initials, cites their joint work, not the second author's own; a
// declined name with one initial and two years checks each year.
func TestCheckNarrativeForms(t *testing.T) {
	got := readChecked(
		"У працях С. Шевчука (2015; 2019) компетентність пов'язується з риторикою (Bates, 2019). Л. Мацько та Л. Кравець (2007) виокремлюють три складники.",
		"",
		"**Список використаних джерел**",
		"",
		"Кравець О. М. Культура мовлення вчителя. Київ : Ленвіт, 2012. 184 с.",
		"",
		"Мацько Л. І., Кравець Л. В. Культура української фахової мови. Київ : Академія, 2007. 360 с.",
		"",
		"Шевчук С. В. Риторика : підручник. Київ : Алерта, 2015. 264 с.",
		"",
		"Bates A. W. Teaching in a Digital Age. Vancouver : Tony Bates Associates, 2019. 626 p.",
	)
	want := []string{"1:13 author-date-year", "5:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckNoteLabelTwiceLater: a note label defined again after the next
// note ("7, 8, 7, 9") is a slip, reported as such, and the signs after it
// keep their notes: a sign past the last number has none.
func TestCheckNoteLabelTwiceLater(t *testing.T) {
	got := readChecked(
		"Первое[^1]. Второе[^2]. Третье[^3]. Четвёртое[^4].",
		"",
		"[^1]: Брагинский М. И. Договорное право. Кн. 1. М. : Статут, 2011. 847 с.",
		"",
		"[^2]: Там же. С. 265.",
		"",
		"[^1]: Сарбаш С. В. Договор энергоснабжения. М. : Статут, 2014. 312 с.",
		"",
		"[^3]: Там же. С. 118.",
	)
	want := []string{"1:46 missing-entry", "7:1 duplicate-note"}
	sameFindings(t, got, want)
}

// TestCheckKazakhVolumeAuthorDate: "(Әуезов, 1985, 2-т., 45 б.)" cites a
// volume of collected works, and "Сонда, 4-т., 121 б." in the same
// parenthesis cites it again.
func TestCheckKazakhVolumeAuthorDate(t *testing.T) {
	got := readChecked(
		"Жазушы айтқан (Әуезов, 1985, 2-т., 45 б.; Сонда, 4-т., 121 б.). Қирабаев та жазды (Қирабаев, 2001, 410 б.).",
		"",
		"**Әдебиеттер тізімі**",
		"",
		"Әуезов М. Жиырма томдық шығармалар жинағы. – Алматы : Жазушы, 1979–1985.",
		"",
		"Қирабаев С. Әуезов және әдебиет. – Алматы : Ғылым, 2001. – 384 б.",
	)
	want := []string{"1:83 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckArticleIndices: the superscript index of an article inserted
// into a code ("ст. 188³⁹ КУпАП", "ст. 22<sup>1</sup>") is no note sign.
func TestCheckArticleIndices(t *testing.T) {
	got := readChecked(
		"Відповідальність встановлено ст. 188³⁹ КУпАП¹. Судді посилалися на ст. 22<sup>1</sup> Закону² і на статтю 16² Кодексу³.",
		"",
		"## Примітки",
		"",
		"1. Кодекс України про адміністративні правопорушення : Закон від 07.12.1984 № 8073-X.",
		"2. Про захист персональних даних : Закон України від 01.06.2010 № 2297-VI.",
		"3. Там само. Ст. 16².",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckSeveralPagesOneFinding: "[1, pp. 1, 5]" with both pages outside
// the entry's is one finding naming both.
func TestCheckSeveralPagesOneFinding(t *testing.T) {
	got := readChecked(
		"Restructuring followed in 2017 [1, pp. 1, 5].",
		"",
		"## References",
		"",
		"1. Deryugin A. N. Budget Loans and Regional Debt. Economic Policy, 2018, vol. 13, no. 4, pp. 28–47.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want one page-out-of-range", got)
	}
}

// TestCheckReviewedBookTable: a table named in a parenthesis that gives a
// page of the reviewed book ("(с. 233, табл. 5.4)") is that book's table.
func TestCheckReviewedBookTable(t *testing.T) {
	got := readChecked(
		"Доля общинного землевладения составляла 77 % (с. 233, табл. 5.4), что расходится с данными [1, с. 188].",
		"",
		"## Литература",
		"",
		"1. Иванова Н. А., Желтова В. П. Сословное общество Российской империи. М. : Новый хронограф, 2009. 748 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckKazakhNotesHeading: "Ескертпелер" heads a list of notes.
func TestCheckKazakhNotesHeading(t *testing.T) {
	got := readChecked(
		"Жарғы хандық билікті жойды¹. Зерттеушілер қолдайды².",
		"",
		"## Ескертпелер",
		"",
		"1. Уәлиханов Ш. Ш. Шығармаларының бес томдық жинағы. – Алматы : ҚСЭ, 1985. – 4-т. – 464 б.",
		"2. Сонда. – 480 б.",
	)
	want := []string{"6:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckFigureRangesAndLists: "табл. 1–3" and "(табл. 2, 3)" refer to
// every table named; "в табл. 2, 15 % …" to table 2 alone.
func TestCheckFigureRangesAndLists(t *testing.T) {
	got := readChecked(
		"Результаты представлены в табл. 1–3. Различия сохранялись (табл. 2, 3), а в табл. 2, 15 % пациентов выбыли [1].",
		"",
		"**Таблица 1.** Характеристика пациентов",
		"",
		"**Таблица 2.** Достижение целевого АД",
		"",
		"## Литература",
		"",
		"1. Mills K. T., He J. The global epidemiology of hypertension // Nature Reviews Nephrology. 2020. Vol. 16, no. 4. P. 223–237.",
	)
	want := []string{"1:27 missing-figure", "1:60 missing-figure"}
	sameFindings(t, got, want)
}

// TestCheckPandocNoBreakSpace: a marker with Pandoc's escaped no-break
// spaces ("^\[6,\ с.\ 152\]^") is read, its page checked.
func TestCheckPandocNoBreakSpace(t *testing.T) {
	got := readChecked(
		`Использован опросник^\[1,\ с.\ 152\]^.`,
		"",
		"**Список литературы**",
		"",
		`1\. Солдатова Г. У. Цифровая компетентность подростков и родителей. М. : Фонд Развития Интернет, 2013. 144 с.`,
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want one page-out-of-range", got)
	}
}

// TestCheckOldGOSTArticlePages: an article described as GOST 7.1-76 had
// it ("— «Вопросы экономики», 1974, № 3, с. 42—51.") has its pages.
func TestCheckOldGOSTArticlePages(t *testing.T) {
	got := readChecked(
		"Рост фондовооруженности сопровождается ростом квалификации [1, с. 30—31; 2].",
		"",
		"ЛИТЕРАТУРА",
		"1. Федоренко И. П. Фондовооруженность и производительность труда. — «Вопросы экономики», 1974, № 3, с. 42—51.",
		"2. Лемешев М. Я. Межотраслевые связи сельского хозяйства. М., «Экономика», 1968. 96 с.",
	)
	if len(got) != 1 || !strings.HasSuffix(got[0], "page-out-of-range") {
		t.Errorf("got %q, want one page-out-of-range", got)
	}
}

// TestCheckKazakhLatinMarkers: in the Latin alphabet of 2021 pages are
// "210 b." and "88–90 bb.", the ibid. is "Sonda", and an archive file
// ending "23-p." has no empty page.
func TestCheckKazakhLatinMarkers(t *testing.T) {
	got := readChecked(
		"Aýyldardyń kóshi sıpattalady [1, 210 b.]. Normalar ártúrli boldy [Sonda, 150 b.]. Qujattar tolyq [2, 23-p.].",
		"",
		"**Ádebıetter tizimi**",
		"",
		"1. Qozybaev M. Q. Tarıh zerdesi. – Almaty : Ǵylym, 1998. – 196 b.",
		"2. QR OMA. 19-q. 1-t. 322-is. 23-p.",
	)
	want := []string{"1:30 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckEnglishCommaPairs: in an English text "[2,12]" cites two works
// (a decimal takes a point there); in a Russian one it stays a decimal.
func TestCheckEnglishCommaPairs(t *testing.T) {
	en := readChecked(
		"The results of the survey confirm the need for the monitoring of nitrate and of the salinity of the wells in the irrigated districts of the basin and of the delta [1]; see also the data of the earlier surveys and of the reviews [2,12].",
		"",
		"## References",
		"",
		"1. Smith, J.; Karimov, B. Groundwater in Central Asia. *Water* **2019**, *11*, 1234.",
		"2. Horton, R.K. An Index-Number System. *J. Water Pollut. Control Fed.* **1965**, *37*, 300–306.",
	)
	if len(en) != 1 || !strings.HasSuffix(en[0], "missing-entry") {
		t.Errorf("English: got %q, want one missing-entry", en)
	}
	ru := readChecked(
		"Отношение шансов составило 2,4 (ДИ [1,31]) по данным [1], что согласуется с [2].",
		"",
		"## Литература",
		"",
		"1. Mills K. T., He J. The global epidemiology of hypertension // Nature Reviews Nephrology. 2020. Vol. 16, no. 4. P. 223–237.",
		"2. Бойцов С. А. Артериальная гипертония // Кардиоваскулярная терапия и профилактика. 2014. Т. 13, № 4. С. 4–14.",
	)
	if len(ru) != 0 {
		t.Errorf("Russian: got %q, want no findings", ru)
	}
}

// TestCheckNotesListCitesWorks: the bracketed numbers inside a numbered
// list of notes beside the list of works cite the works.
func TestCheckNotesListCitesWorks(t *testing.T) {
	got := readChecked(
		"Теория не исчерпывается понятием аппрезентации [1]¹.",
		"",
		"## Примечания",
		"",
		"1. Ср.: [2, с. 45; 3].",
		"",
		"## Литература",
		"",
		"1. Гуссерль Э. Картезианские размышления. СПб. : Наука, 1998. 315 с.",
		"2. Зайцева Н. Феноменологическая теория интерсубъективности // Логос. 2011. № 3. С. 50–71.",
	)
	want := []string{"5:9 missing-entry", "5:9 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestLabelNumbersSlipForMissing keeps the numbers of a list in which an
// earlier number is printed where the next one belongs ("6, 7, 6, 9"):
// the slip is printed twice and its own number stays missing.
func TestLabelNumbersSlipForMissing(t *testing.T) {
	var list []Ref
	for _, l := range []string{"5", "6", "7", "6", "9"} {
		list = append(list, Ref{Label: l})
	}
	byNum, twice := chkLabelNumbers(list)
	if _, ok := byNum[8]; ok {
		t.Errorf("number 8 found an entry: %v", byNum)
	}
	if byNum[9] != 4 || byNum[6] != 1 {
		t.Errorf("byNum = %v, want 6 → 1 and 9 → 4", byNum)
	}
	if len(twice) != 1 || twice[0] != 3 {
		t.Errorf("twice = %v, want [3]", twice)
	}
}

// TestCheckDeclinedNarrativePage: a narrative citation whose name is
// declined checks its page against the one work of that year.
func TestCheckDeclinedNarrativePage(t *testing.T) {
	got := readChecked(
		"Это согласуется с выводами Е. Н. Даниловой (2000, с. 215) и Даниловой (2000, с. 12) (Ядов, 1995).",
		"",
		"## Литература",
		"",
		"Ядов В. А. Механизмы идентичности // Мир России. 1995. № 3. С. 158–181.",
		"Данилова Е. Н. Проблема социальных идентификаций // Социологический журнал. 2000. № 3–4. С. 5–27.",
	)
	want := []string{"1:34 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNoteCitationsAtTheirSigns: a work first cited in a note that
// cites the numbered list counts as cited where the note's sign stands,
// when the list is numbered so; a list numbered with the notes' works
// after the body's stays in order too.
func TestCheckNoteCitationsAtTheirSigns(t *testing.T) {
	long := "Читательская грамотность понимается в этих исследованиях широко"
	list := []string{
		"",
		"1. Светловская Н. Н. Обучение детей чтению. М. : Академия, 2001. 288 с.",
		"2. Кубасова О. В. Выразительное чтение. М. : Академия, 1998. 144 с.",
		"3. Антошин М. К. Читательская грамотность. М. : Педагогика, 2019. 120 с.",
	}
	for name, body := range map[string][]string{
		"numbered_at_signs":   {long + " [1]. " + long + "[^1] [3].", "", "[^1]: См.: [2, с. 14]."},
		"numbered_after_body": {long + " [1]. " + long + "[^1] [2].", "", "[^1]: См.: [3, с. 14]."},
	} {
		got := readChecked(append(append(body, "", "## Список литературы"), list...)...)
		if len(got) != 0 {
			t.Errorf("%s: got %q, want no findings", name, got)
		}
	}
}

// TestCheckHTMLPageFootnotes reads the notes of an HTML page: signs that
// link to their notes around whatever they print, and notes, after a
// rule, whose paragraphs open with the link back, as Word saves footnotes
// ("#_ftnN", "[1]") and endnotes ("#_ednN", "[i]") and Google Docs
// saves notes ("#ftntN", the note's text in a span after "&nbsp;").
func TestCheckHTMLPageFootnotes(t *testing.T) {
	word := func(kind, shown string) (func(n string) string, func(n, text string) string) {
		return func(n string) string {
				return `<a href="#_` + kind + n + `" name="_` + kind + `ref` + n + `" title=""><span class=MsoFootnoteReference>[` + shown + n + `]</span></a>`
			}, func(n, text string) string {
				return `<p class=MsoFootnoteText><a href="#_` + kind + `ref` + n + `" name="_` + kind + n + `" title=""><span class=MsoFootnoteReference>[` + shown + n + `]</span></a> ` + text + `</p>`
			}
	}
	gdocs := func(n string) string {
		return `<sup><a href="#ftnt` + n + `" id="ftnt_ref` + n + `">[` + n + `]</a></sup>`
	}
	gnote := func(n, text string) string {
		return `<div><p class="c3"><a href="#ftnt_ref` + n + `" id="ftnt` + n + `">[` + n + `]</a><span class="c4">&nbsp;` + text + `</span></p></div>`
	}
	pandoc := func(n string) string {
		return `<sup><a href="#fn` + n + `" class="footnote-ref" id="fnref` + n + `" role="doc-noteref">` + n + `</a></sup>`
	}
	pnote := func(n, text string) string {
		return `<li id="fn` + n + `"><p>` + text + `<a href="#fnref` + n + `" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`
	}
	wsign, wnote := word("ftn", "")
	esign, enote := word("edn", "i")
	for _, tt := range []struct {
		name string
		sign func(string) string
		note func(string, string) string
	}{{"word_footnotes", wsign, wnote}, {"word_endnotes", esign, enote}, {"google_docs", gdocs, gnote}, {"pandoc", pandoc, pnote}} {
		before := "<p>Переселенцы осели в лесостепных уездах" + tt.sign("1") + ", а их хозяйства сравнялись со старожильческими" + tt.sign("2") + ". Об этом писали и другие"
		got := readChecked(
			before+tt.sign("3")+".</p>",
			`<hr align=left size=1 width="33%">`,
			tt.note("1", "Горюшкин Л. М. Аграрные отношения в Сибири. Новосибирск : Наука, 1976. 368 с. С. 112."),
			tt.note("2", "Там же. С. 380."),
		)
		// The third sign, a note the page lacks, is reported at its link
		// (at the superscript around it, where the link holds the bare number).
		at := strings.Index(tt.sign("3"), "<a")
		if strings.HasPrefix(tt.sign("3"), "<sup>") && !strings.Contains(tt.sign("3"), "[") {
			at = 0
		}
		col := utf8.RuneCountInString(before) + at + 1
		want := []string{fmt.Sprintf("1:%d missing-entry", col), "4:1 page-out-of-range"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, want)
		}
	}
}

// TestCheckOpCitOfCoauthors: an op. cit. of a work by two authors names
// both ("Сүлейменов Б. С., Басин В. Я. Аталған еңбек"); a "Сонда" after
// it points to their book, and its own page ("160 б.", which the parser
// may not read, giving the page of the note before) is checked, also
// when a second work follows it in the note.
func TestCheckOpCitOfCoauthors(t *testing.T) {
	for name, third := range map[string]string{
		"alone":           "Сонда. – 160 б.",
		"before_a_second": "Сонда. – 160 б.; Сүлейменов Б. С., Басин В. Я. Аталған еңбек. – 12 б.",
	} {
		var got []string
		for _, f := range readFindings(
			"Бірінші сөйлем мұнда жазылған, ол ұзын болуы керек[^1]. Екінші сөйлем де ұзын болуы керек[^2]. Үшінші сөйлем де бар[^3].",
			"",
			"[^1]: Сүлейменов Б. С., Басин В. Я. Восстание 1916 года в Казахстане. – Алма-Ата : Наука, 1977. – 152 с. – С. 5.",
			"",
			"[^2]: Сүлейменов Б. С., Басин В. Я. Аталған еңбек. – 88 б.",
			"",
			"[^3]: "+third,
		) {
			got = append(got, fmt.Sprintf("%d %s %s", f.Line, f.Rule, f.Message))
		}
		want := "7 page-out-of-range entry 3 (Ibid. of entry 1) cites page 160, but the entry has 152 pages"
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

// TestCheckBareIbidAfterWrongPage: a bare "Там же." repeats the page of
// the note before; a page past the end is reported once, at that note.
func TestCheckBareIbidAfterWrongPage(t *testing.T) {
	got := readChecked(
		"Первое утверждение, высказанное в давней монографии[^1]. Второе утверждение о том же предмете[^2]. Третье утверждение[^3].",
		"",
		"[^1]: Петров П. П. Труды по истории. М. : Наука, 2005. 480 с. С. 12.",
		"",
		"[^2]: Петров П. П. Указ. соч. – С. 500.",
		"",
		"[^3]: Там же.",
	)
	want := []string{"5:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckSignificanceStars: stars after estimates in a table, which the
// table's note explains by p-values, are no note signs; a star no legend
// or note text explains still is.
func TestCheckSignificanceStars(t *testing.T) {
	table := []string{
		"Informal workers are less satisfied (Maloney, 2004).", "",
		"| Variable | Pooled | FE |", "|---|---|---|", "| Informal | −0.12*** | −0.04* |", "",
	}
	list := []string{"", "## References", "", "Maloney, W. F. (2004). Informality revisited. *World Development*, *32*(7), 1159–1178."}
	for legend, want := range map[string]int{
		"Note: *** p < 0.01, * p < 0.1.":            0,
		"Примечание: * – р < 0,05; *** – р < 0,01.": 0,
		"Note: *** p < 0.01.":                       1,
	} {
		got := readChecked(append(append(append([]string{}, table...), legend), list...)...)
		if len(got) != want {
			t.Errorf("%s: got %q, want %d orphan signs", legend, got, want)
		}
	}
}

// TestCheckNumberAfterRange: a number after a range in one marker
// ("[1–2, 5]") with no entry is a missing entry, the range being within
// the list.
func TestCheckNumberAfterRange(t *testing.T) {
	got := readChecked("Первая [1–2, 5]. Вторая [3, 4].", "", "## Литература", "",
		"1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.",
		"2. Петров П. П. Книга. М. : Наука, 2002. 200 с.",
		"3. Сидоров С. С. Книга. М. : Наука, 2003. 200 с.",
		"4. Орлов О. О. Книга. М. : Наука, 2004. 200 с.")
	want := []string{"1:8 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckFigureOfAWorkInAGroup: a figure named after the number of a
// work that follows others in one marker ("[4; 5, рис. 2]") is the cited
// work's figure, not one the text lacks.
func TestCheckFigureOfAWorkInAGroup(t *testing.T) {
	got := readChecked("Выступы эффективнее лунок [1; 2, рис. 2].", "", "## Литература", "",
		"1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.",
		"2. Петров П. П. Книга. М. : Наука, 2002. 200 с.")
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckYAMLMetadataBlock: the YAML block a Pandoc Markdown file opens
// with is no text: its title in quotes is no uncited quotation.
func TestCheckYAMLMetadataBlock(t *testing.T) {
	got := readChecked("---", `title: "Городское самоуправление Сибири в 1870–1892 гг. и его финансы"`, "author: \"И. Г. Ковалева\"", "---", "",
		"Первые думы открыты в 1871 г. [1].", "", "## Литература", "",
		"1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.")
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckHTMLCaption: a table's caption in an HTML page's <caption> is
// the table's caption: the table is no missing one.
func TestCheckHTMLCaption(t *testing.T) {
	got := readChecked("<p>Число участков росло (табл. 1) [1].</p>", "<table>", "<caption>Таблица 1. Врачебные участки</caption>", "</table>",
		"", "## Литература", "", "1. Иванов И. И. Книга. М. : Наука, 2001. 200 с.")
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckLegalDatabaseNotes: a legal database prints note signs as
// "*(n)" glued to the word and opens each note with its sign; a formula's
// product "2*(3)" after a space is no sign.
func TestCheckLegalDatabaseNotes(t *testing.T) {
	got := readChecked(
		"Устав 1884 года лишил советы права избирать ректора*(1). Проект 1905 года вернул его*(2), а Временные правила подтвердили*(4).",
		"Штраф считают как 2 *(3) от суммы долга.",
		"",
		"─────────────────────────────",
		"",
		"*(1) Щетинина Г. И. Университеты в России и устав 1884 года. М. : Наука, 1976. С. 215.",
		"",
		"*(2) Иванов А. Е. Указ. соч. С. 112.",
		"",
		"*(3) Там же. С. 114.",
	)
	want := []string{"10:1 uncited-entry", "1:122 missing-entry", "8:1 ibid-no-antecedent"}
	sameFindings(t, got, want)
}

// TestCheckSpacedFlatSigns: in a text whose superscripts were flattened
// to digits glued to the word, a number typed after a space is a note
// sign where the signs before it lead to it, and a count or a part's
// number ("в розділі 3.") is not; a quotation of several sentences is
// cited by the sign after it.
func TestCheckSpacedFlatSigns(t *testing.T) {
	got := readChecked(
		"«Місце, на якому виникло місто, мало оборонні властивості. З одного боку були горби, з іншого ж забагнена річка»1.",
		"Археологи виявили поблизу міста поселення трипільців, що змінює уявлення про поширення цієї культури 2.",
		"Городищ цієї доби на Львівщині відомо понад 40, про них ідеться в розділі 3. Експедиція працювала на горі три сезони поспіль3.",
		"",
		"Примітки",
		"",
		"1 Історія Львова : у 3 т. Львів : Центр Європи, 2006. Т. 1. С. 25.",
		"2 Археологи знайшли під Львовом поселення трипільців // Zaxid.net. 2016. 18 лип.",
		"3 Корчинський О. Городище на горі Лисівка // Археологічні дослідження в Україні. 1998. С. 112–114.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckGluedListLabels: a list whose labels are glued to the names
// ("1Прокопчук С."), as a library catalogue exports it, is a numbered list.
func TestCheckGluedListLabels(t *testing.T) {
	got := readChecked(
		"Про реформу писала преса [1, с. 20], а правники її коментували [2, с. 130; 4].",
		"",
		"Список використаних джерел",
		"",
		"1Прокопчук С. Прямокутники ядра / С. Прокопчук // Урядовий кур'єр. – 2007. – 21 бер. – С. 1, 20.",
		"2Авер'янов В. Б. Реформування адміністративного права / В. Б. Авер'янов. – К. : Ін Юре, 2006. – 120 с.",
		"3Кравченко С. Уряд і преса / С. Кравченко // Дзеркало тижня. – 2007. – 17 лют. – С. 4.",
	)
	want := []string{"1:64 missing-entry", "1:64 page-out-of-range", "7:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckBasicAndExtraLists: a lecture's list under "Основная
// литература" and "Дополнительная литература", numbered on, is one list.
func TestCheckBasicAndExtraLists(t *testing.T) {
	got := readChecked(
		"Термины изучены подробно [1; 2, с. 45], а история вопроса описана отдельно [3, с. 12; 5].",
		"",
		"Основная литература:",
		"",
		"1. Реформатский А. А. Что такое термин и терминология. М. : Изд-во АН СССР, 1959. 14 с.",
		"2. Лейчик В. М. Терминоведение: предмет, методы, структура. М. : ЛКИ, 2007. 256 с.",
		"",
		"Дополнительная литература:",
		"",
		"3. Татаринов В. А. История отечественного терминоведения. М. : Московский лицей, 1994. 408 с.",
		"4. Суперанская А. В. Общая терминология. М. : Наука, 1989. 246 с.",
	)
	want := []string{"11:1 uncited-entry", "1:76 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckPartOfBookPages: an entry that names the pages of a book it
// used ("… 2010. С. 98–112.") has its citations checked within them.
func TestCheckPartOfBookPages(t *testing.T) {
	got := readChecked(
		"Опрос показал падение доверия [1, с. 120], хотя в целом оценки устойчивы [1, с. 101; 2].",
		"",
		"## Список литературы",
		"",
		"1. Горшков М. К., Шереги Ф. Э. Молодежь России: социологический портрет. М. : ЦСПиМ, 2010. С. 98–112.",
		"2. Зубок Ю. А., Чупров В. И. Молодежь в обществе риска. М. : Наука, 2001. 230 с.",
	)
	want := []string{"1:31 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckBareCommaLists: three or more rising numbers with bare commas
// cite that many works ("[8,9,10,11,12]"); a decimal has one comma.
func TestCheckBareCommaLists(t *testing.T) {
	var list []string
	for i := 1; i <= 12; i++ {
		list = append(list, fmt.Sprintf("%d. Автор%c А. Б. Книга %d. М. : Наука, 2001. 200 с.", i, 'А'+rune(i), i))
	}
	got := readChecked(append([]string{
		"Подходов много [1–7], чаще других самосогласование [8,9,10,11,12]; погрешность не превышает [0,25] и [3,12].",
		"",
		"## Список литературы",
		"",
	}, list...)...)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckGermanAndPolishExtents: a book's extent printed "296 S." or
// "312 s." bounds the pages cited from it; "S. 12–18" is no extent.
func TestCheckGermanAndPolishExtents(t *testing.T) {
	got := readChecked(
		"Онейроид описан давно (Mayer-Gross, 1924, S. 310), как и фразеологизмы (Kowalski, 2001, s. 340; Lewicki, 2003, s. 16).",
		"",
		"## Литература",
		"",
		"Kowalski J. Frazeologia polska. Warszawa : PWN, 2001. 312 s.",
		"",
		"Lewicki A. Studia frazeologiczne // Poradnik Językowy. 2003. Z. 3. S. 12–18.",
		"",
		"Mayer-Gross W. Selbstschilderungen der Verwirrtheit. Berlin : Springer, 1924. 296 S.",
	)
	want := []string{"1:23 page-out-of-range", "1:72 page-out-of-range"} // 340 of 312 pages; 16 within 12–18
	sameFindings(t, got, want)
}

// TestCheckBareExtentAfterYear: a transliterated References entry that
// prints a book's extent as a bare number after the year ("Moscow:
// Aspekt-Press, 2000, 352. (In Russ.)") bounds the pages cited from it.
func TestCheckBareExtentAfterYear(t *testing.T) {
	got := readChecked(
		"Opposition was defined by Trubetskoy [1, p. 360] and applied to morphology [2, p. 100].",
		"",
		"## References",
		"",
		"1. Trubetskoi N. S. Fundamentals of phonology. Moscow: Aspekt-Press, 2000, 352. (In Russ.)",
		"2. Khlebnikova I. B. Oppositions in morphology. Moscow: MOPI im. N. K. Krupskoi, 1969, 132. (In Russ.)",
	)
	want := []string{"1:38 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNotePageStrAfterNumber: a note's page printed after the
// number with "стр." ("Там же, 340 стр.") is the page it cites.
func TestCheckNotePageStrAfterNumber(t *testing.T) {
	got := readChecked(
		"Стилистическую окраску описал И. Р. Гальперин[^1]. Он же разделил лексику на три слоя[^2], а позднее уточнил это деление[^3].",
		"",
		"[^1]: Гальперин И.Р. Стилистика английского языка. – М.: Высшая школа, 1981. – 334 с. – С.63.",
		"[^2]: Там же, 70-72 стр.",
		"[^3]: Там же, 340 стр.",
	)
	want := []string{"5:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckSiteFurnitureInList: a site's banner line printed again and
// again, here between a list's entries, is no line of an entry; a title
// after "на тему" is a name, not a quotation wanting a citation.
func TestCheckSiteFurnitureInList(t *testing.T) {
	ad := "i Надоели баннеры? Вы всегда можете отключить рекламу."
	got := readChecked(
		"Текст научной работы на тему «Восстановление учебно-материальной базы сталинградских вузов в 1945-1953 годах»",
		ad,
		"Вузы города лишились учебных корпусов [1, с. 45], общежитий и лабораторий [2; 3].",
		"",
		"СПИСОК ЛИТЕРАТУРЫ",
		"",
		"1. Сталинградская битва : энциклопедия. Волгоград : Издатель, 2012. 800 с.",
		"2. ГАВО. Ф. Р-2116. Оп. 2. Д. 41.",
		"",
		ad,
		"",
		"3. Кузнецов А. А. Высшая школа Сталинграда. Волгоград : Изд-во ВолГУ, 2008. 156 с.",
	)
	if len(got) != 0 {
		t.Errorf("got %q, want no findings", got)
	}
}

// TestCheckNumberLineNotes: notes printed with each number alone on the
// line above the note's paragraph, numbered on from earlier chapters, are
// a list of notes; a page number alone between pages is not.
func TestCheckNumberLineNotes(t *testing.T) {
	got := readChecked(
		"Топоров видел архаизм в происхождении флексий славянского генитива340. Мейе считал иначе341, как и Курилович342.",
		"",
		"Примечания",
		"",
		"340",
		"",
		"Топоров В.Н. Несколько соображений о происхождении флексий славянского генитива. Wien, 1975, c. 287.",
		"",
		"341",
		"",
		"Мейе А. Общеславянский язык. М., 1951, с. 20.",
		"",
		"342",
		"",
		"Курилович Е. Указ. соч., с. 40.",
		"",
		"343",
		"",
		"Kurylowicz J. The inflectional categories of Indo-European. Heidelberg, 1964, p. 80.",
	)
	want := []string{"15:1 ibid-no-antecedent", "19:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckContentsEndingInListHeading: a table of contents with no page
// numbers whose last item is the list's heading heads no list; the list
// under the same heading at the end is the one the text cites.
func TestCheckContentsEndingInListHeading(t *testing.T) {
	got := readChecked(
		"реферат",
		"\"Зародження класового суспільства. Життя древніх східних слов'ян\"",
		"зміст",
		"1. Зародження класового суспільства",
		"2. Життя древніх східних слов'ян",
		"Список літератури",
		"1. Зародження класового суспільства",
		"Залізний вік почався на початку I тисячоліття до н.е. [1, с. 45].",
		"2. Життя древніх східних слов'ян",
		"Слов'яни займалися землеробством [2, с. 530].",
		"Список літератури",
		"1. Бойко О. Д. Історія України : посібник. – К. : Академвидав, 2004. – 656 с.",
		"2. Субтельний О. Україна: історія. – К. : Либідь, 1991. – 512 с.",
	)
	want := []string{"10:34 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckAngleBracketNotes: a legal database's signs "<1>" after a space
// and its notes opening "<1>" after a line of hyphens.
func TestCheckAngleBracketNotes(t *testing.T) {
	got := readChecked(
		"Владение рассматривается как фактическое господство над вещью <1>. Скловский полагает, что владение есть факт <2>, а не право <4>.",
		"",
		"--------------------------------",
		"",
		"<1> Суханов Е.А. Вещное право. М.: Статут, 2017. С. 45.",
		"",
		"<2> Скловский К.И. Указ. соч. С. 201.",
		"",
		"<3> Там же. С. 202.",
	)
	want := []string{"1:127 missing-entry", "7:1 ibid-no-antecedent", "9:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckWikiNotes: a wiki's notes under "Зноскі", after the edit link
// "правіць" printed under every heading, numbered by place; a note whose
// back links say it is cited twice ("↑ 1 2") may be.
func TestCheckWikiNotes(t *testing.T) {
	got := readChecked(
		"Прадмет",
		"",
		"правіць",
		"",
		"Гістарыяграфія вывучае гісторыю вывучэння айчыннай гісторыі[1]. Яна звязана з арганізацыяй навукі[2], летапісамі[3] і іх даследчыкамі[1][4].",
		"",
		"Зноскі",
		"",
		"правіць",
		"",
		"↑ 1 2 Міхнюк У. М. Гістарыяграфія гісторыі Беларусі. — Мінск : БДПУ, 2004. — С. 5.",
		"↑ Касюк М. П. Гістарыяграфія гісторыі Беларусі. — Мінск, 2001. — С. 8–9.",
		"↑ Улашчык М. М. Уводзіны ў вывучэнне летапісання. — М. : Навука, 1985. — 264 с.",
	)
	want := []string{"5:137 missing-entry"}
	sameFindings(t, got, want)
}

// TestCheckDoubledSignsAndSpacedRuleNotes: a sign printed twice in a row
// ("[2][2]") cites once, and notes below a rule saved a paragraph apart
// are read to the last.
func TestCheckDoubledSignsAndSpacedRuleNotes(t *testing.T) {
	got := readChecked(
		"Выбор как процесс выпал из поля анализа[1][1]. Его вернули институционалисты[2][2], а затем и другие[4][4].",
		"",
		"--------------------------------------------------------------------------------",
		"",
		"[1] Саймон Г. Рациональность как процесс и продукт мышления // THESIS. 1993. Вып. 3. С. 16–38.",
		"",
		"[2] Норт Д. Институты, институциональные изменения и функционирование экономики. М.: Начала, 1997. 180 с.",
		"",
		"[3] Ходжсон Дж. Экономическая теория и институты. М.: Дело, 2003. 464 с.",
	)
	want := []string{"1:101 missing-entry", "9:1 uncited-entry"}
	sameFindings(t, got, want)
}

// TestCheckReaderNotesNumberedOn: notes whose numbers stand on lines of
// their own and go on from an earlier chapter (76, 77, …) are the notes,
// with no heading above them.
func TestCheckReaderNotesNumberedOn(t *testing.T) {
	got := readChecked(
		"Хайек обратился к шотландскому Просвещению в статье 1945 г.76 Формулировку он взял у Фергюсона77, а развил позднее78.",
		"",
		"76",
		"",
		"Хайек Ф. Индивидуализм и экономический порядок. Челябинск: Социум, 2011. 393 с. С. 7–40.",
		"",
		"77",
		"",
		"Там же. С. 402.",
		"",
		"78",
		"",
		"Фергюсон А. Опыт истории гражданского общества. М.: РОССПЭН, 2000. 391 с. С. 120.",
	)
	want := []string{"9:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckLibreOfficeNotes: LibreOffice's own HTML notes ("#sdfootnote1sym"
// and "#sdfootnote1anc") and the same notes through Pandoc's Markdown
// ("[^1^](#sdfootnote1sym)", "[1](#sdfootnote1anc)text", a note wrapped
// over lines with no indent).
func TestCheckLibreOfficeNotes(t *testing.T) {
	got := readChecked(
		`<p>Категория закреплена в ст. 10 ГК РФ<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>, но раскрыта в общих чертах<a class="sdfootnoteanc" name="sdfootnote3anc" href="#sdfootnote3sym"><sup>3</sup></a>.</p>`,
		`<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Грибанов В. П. Пределы осуществления и защиты гражданских прав. М., 1972. С. 63.</p></div>`,
		`<div id="sdfootnote2"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote2sym" href="#sdfootnote2anc">2</a>Бару М. И. Указ. соч. С. 117.</p></div>`,
	)
	want := []string{"1:153 missing-entry", "3:1 ibid-no-antecedent", "3:1 uncited-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		"Положение утверждено 1 января 1864 г.[^1^](#sdfootnote1sym) Первые собрания открылись в 1867 г.[^2^](#sdfootnote2sym)",
		"",
		"[1](#sdfootnote1anc)Веселовский Б. Б. История земства за сорок лет. Т. 4. СПб. :",
		"Изд-во О. Н. Поповой, 1911. 496 с. С. 212.",
		"",
		"[2](#sdfootnote2anc)Там же. С. 520.",
	)
	want = []string{"6:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckConverterBackLinks: notes that end with a converter's link
// back to their sign ("[↑](#footnote-ref-2)", "<a …>↑</a>") give their
// page; an HTML list of notes may open on the line of its "<ol>".
func TestCheckConverterBackLinks(t *testing.T) {
	got := readChecked(
		"Кейнс связывал инвестиции с ожиданиями[\\[1\\]](#footnote-1), а не со ставкой[\\[2\\]](#footnote-2); монетаристы – с денежной массой[\\[3\\]](#footnote-3).",
		"",
		"1. Кейнс Дж. М. Общая теория занятости, процента и денег. М. : Гелиос АРВ, 2002. 352 с. С. 140. [↑](#footnote-ref-1)",
		"",
		"2. Там же. С. 360. [↑](#footnote-ref-2)",
		"",
		"3. Фридмен М. Количественная теория денег. М. : Эльф пресс, 1996. 131 с. С. 20. [↑](#footnote-ref-3)",
	)
	want := []string{"5:1 page-out-of-range"}
	sameFindings(t, got, want)
	got = readChecked(
		`<p>Думы зависели от администрации<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>, что подтверждают и омские материалы<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup>.</p>`,
		`<ol><li id="footnote-1"><p>Нардова В. А. Городское самоуправление в России. Л. : Наука, 1984. 260 с. С. 62. <a href="#footnote-ref-1">↑</a></p></li>`,
		`<li id="footnote-2"><p>Там же. С. 270. <a href="#footnote-ref-2">↑</a></p></li></ol>`,
	)
	want = []string{"3:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNatbibNotesBeforeAndAfter: natbib's citation with a note
// before and after the key ("\citep[см.][с.~330]{Auzan2013}") cites the
// page in the note after.
func TestCheckNatbibNotesBeforeAndAfter(t *testing.T) {
	got := readChecked(
		`Колея институтов описана подробно \citep[см.][с.~330]{Auzan2013}, а доверие \citep[с.~45]{Radaev2003}.`,
		`\begin{thebibliography}{9}`,
		`\bibitem{Auzan2013} Аузан~А.\,А. Экономика всего. М.: Манн, Иванов и Фербер, 2013. 320~с.`,
		`\bibitem{Radaev2003} Радаев~В.\,В. Социология рынков. М.: ГУ ВШЭ, 2003. 328~с.`,
		`\end{thebibliography}`,
	)
	want := []string{"1:35 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckChicagoShortNote: a Chicago short note ("Names, «Title», 20.")
// repeats the article an earlier note gave in full, and its bare page is
// checked against that article's pages.
func TestCheckChicagoShortNote(t *testing.T) {
	got := readChecked(
		"Kazakh plural endings are often lost in English.[^1] The examples come from fiction.[^2] Others agree.[^3]",
		"",
		"[^1]: Begmatova A., Kulzhanova B., «Қазақ тіліндегі көптік жалғаулары, оның ерекшеліктері», *Eurasian Journal of Philology* 149, no. 3 (2015): 12–18.",
		"[^2]: Begmatova and Kulzhanova, «Қазақ тіліндегі көптік жалғаулары», 20.",
		"[^3]: Begmatova and Kulzhanova, «Қазақ тіліндегі көптік жалғаулары», 15.",
	)
	want := []string{"4:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckReportListHeadings: an unnumbered list under the headings
// Ukrainian theses and Russian reports give it ("ПЕРЕЛІК ВИКОРИСТАНИХ
// ДЖЕРЕЛ", "Перечень использованных источников") is the list.
func TestCheckReportListHeadings(t *testing.T) {
	for _, heading := range []string{"ПЕРЕЛІК ВИКОРИСТАНИХ ДЖЕРЕЛ", "Перечень использованных источников", "ПЕРЕЛІК ПОСИЛАНЬ"} {
		got := readChecked(
			"Цифрову компетентність описано раніше (Морзе, 2006, с. 400).",
			"",
			heading,
			"",
			"Морзе Н. В. Основи інформаційно-комунікаційних технологій. Київ : BHV, 2006. 352 с.",
		)
		want := []string{"1:39 page-out-of-range"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", heading, got, want)
		}
	}
}

// TestCheckLinkDefinitionsBeforeEntries: Markdown link definitions
// ("[1]: https://…") between a list's heading and its entries are neither
// entries nor labels.
func TestCheckLinkDefinitionsBeforeEntries(t *testing.T) {
	got := readChecked(
		"Стандарт описано в [1], а книгу цитуємо за [2, с. 130].",
		"",
		"## ПЕРЕЛІК ВИКОРИСТАНИХ ДЖЕРЕЛ",
		"",
		"[1]: https://eips.ethereum.org/EIPS/eip-2535",
		"[3]: https://ethereum.org/en/web3/",
		"",
		"1. ERC-2535: Diamonds, Multi-Facet Proxy, no. 2535, February 2020 [Електронний ресурс] – Режим доступу: [https://eips.ethereum.org/EIPS/eip-2535][1].",
		"",
		"2. Mastering Ethereum / [Andreas M. Antonopoulos, Gavin Wood]. – 2019, с. 127-128",
	)
	want := []string{"1:44 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckOwnLineLabelsWithGaps: a list whose numbers stand on lines of
// their own above its entries may skip numbers, as a fragment of a longer
// list does ("14.", "25.", "31."); each number still opens an entry.
func TestCheckOwnLineLabelsWithGaps(t *testing.T) {
	got := readChecked(
		"Печать изучали С. Я. Махонина [Махонина, 2011] и Б. И. Есин [Есин, 2012, с. 470].",
		"",
		"Список литературы",
		"",
		"14.",
		"Махонина С.Я. История русской журналистики начала XX века :",
		"учеб. пособие. М.: Флинта : Наука, 2011. 240 с.",
		"",
		"25.",
		"Есин Б.И. История русской журналистики (1703 - 1917). – М.:",
		"Флинта, 2012. – 464 с.",
		"",
		"31.",
		"Западов А.В. История русской журналистики XVIII–XIX веков. М.: Высшая школа, 1973. 518 с.",
	)
	want := []string{"14:1 uncited-entry", "1:61 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckNotesNumberedOnAndGlued: notes under a heading numbered on
// from an earlier chapter with bare labels ("175 …"), and notes below a
// rule whose flattened numbers are glued to their first word ("1Мигунова");
// a sign glued to a Cyrillic abbreviation ("ООН180.") is read, one figure
// of the abbreviation's own ("(СД2)") is not.
func TestCheckNotesNumberedOnAndGlued(t *testing.T) {
	got := readChecked(
		"Основу составляет закон 2006 г.175 Словари перечислены у И. М. Кауфмана176, а стандарты – в конвенциях ООН178. У больных (СД2) риск выше.",
		"",
		"Примечания",
		"",
		"175 О противодействии терроризму : федер. закон от 06.03.2006 г. № 35-ФЗ // Рос. газета. 2006. 10 марта.",
		"176 Кауфман И. М. Терминологические словари : библиография. М., 1961. 352 с. С. 12.",
		"177 Там же. С. 360.",
	)
	want := []string{"1:107 missing-entry", "7:1 page-out-of-range", "7:1 uncited-entry"}
	sameFindings(t, got, want)
	got = readChecked(
		"Губернская реформа разделила власть на местах1. Т. Л. Мигунова считает ее первой попыткой создать систему местных судов2, хотя сословный характер учреждений сохранялся3.",
		"",
		"____________________",
		"",
		"1Мигунова Т. Л. Административно-судебная реформа Екатерины II. М. : Юристъ, 2008. 280 с. С. 45.",
		"2Там же. С. 286.",
		"3Ерошкин Н. П. История государственных учреждений дореволюционной России. М. : Высшая школа, 1983. 352 с. С. 112.",
	)
	want = []string{"6:1 page-out-of-range"}
	sameFindings(t, got, want)
}

// TestCheckColumnHelpers covers the readers of a PDF's text kept with its
// layout in two columns: the body's gutter and the list's.
func TestCheckColumnHelpers(t *testing.T) {
	row := func(l, r string) string { return l + strings.Repeat(" ", 40-utf8.RuneCountInString(l)) + r }
	body := []string{row("Левая колонка текста один [1].", "правая колонка [4]."), row("вторая строка слева", "вторая справа"),
		row("третья строка слева [2].", "третья справа"), row("четвёртая слева", "четвёртая справа"), row("пятая слева [3].", "пятая справа")}
	if col, from, to, ok := chkGutter(body); !ok || col != 40 || from != 0 || to != 4 {
		t.Errorf("chkGutter = %d, %d, %d, %v; want 40, 0, 4, true", col, from, to, ok)
	}
	if _, _, _, ok := chkGutter(body[:4]); ok {
		t.Error("chkGutter: four lines read as two columns")
	}
	list := []string{row("1. Иванов И. И. Книга. М. :", "4. Петров П. П. Статья //"), row("   Наука, 2010. 200 с.", "   Журнал. 2019. № 1."),
		row("2. Сидоров С. С. Книга. М.,", "   С. 5–10."), row("   2011. 100 с.", "5. Орлов О. О. Книга. М.,"), row("3. Белов Б. Б. Книга. М.,", "   2015. 90 с.")}
	if col, ok := chkListGutter(list); !ok || col != 40 {
		t.Errorf("chkListGutter = %d, %v; want 40, true", col, ok)
	}
	left, right := chkColumnHalves(list[:1], 40)
	if left[0] != "1. Иванов И. И. Книга. М. :" || right[0] != "4. Петров П. П. Статья //" {
		t.Errorf("chkColumnHalves = %q, %q", left, right)
	}
}

// TestCheckShortNotesAndBackPages covers a wiki's short notes and the back
// pages an edition's endnotes end with.
func TestCheckShortNotesAndBackPages(t *testing.T) {
	for raw, want := range map[string]string{
		"↑ 1 2 Шевченко, 2015, с. 45.":               "Шевченко, 2015, с. 45",
		"↑ Лурье, 1988.":                             "Лурье, 1988",
		"↑ Перейти к: а б Кочетков, 1979, с. 12—14.": "Кочетков, 1979, с. 12—14",
		"↑ Амур // Большая российская энциклопедия. — М., 2005. — Т. 1. — С. 612.": "",
	} {
		got := ""
		if sm := chkShortNoteRe.FindStringSubmatch(raw); sm != nil {
			got = sm[1]
		}
		if got != want {
			t.Errorf("chkShortNoteRe(%q) = %q, want %q", raw, got, want)
		}
	}
	for raw, want := range map[string]bool{"Там же. С. 41. — 4.": true, "Кн. 7. С. 44. — 3.": true, "М. : Наука. — 2010.": false, "С. 12–14.": false} {
		if got := chkBackPageRe.MatchString(raw); got != want {
			t.Errorf("chkBackPageRe(%q) = %v, want %v", raw, got, want)
		}
	}
	for author, want := range map[string]bool{"Всемирный банк": true, "World Bank": true, "Иванов": false, "данные опроса": false} {
		if got := chkNamesBody(author); got != want {
			t.Errorf("chkNamesBody(%q) = %v, want %v", author, got, want)
		}
	}
}

// TestCheckPapersInOneFile checks each paper of a file of two against its
// own list, and leaves a list and its "References" one paper.
func TestCheckPapersInOneFile(t *testing.T) {
	text := "Первая работа [1], [2, с. 5].\n\nЛитература\n\n1. Иванов И. И. Книга. М. : Наука, 2010. 200 с.\n2. Петров П. П. Книга. М. : Наука, 2011. 100 с.\n\n" +
		"Вторая работа [1], [3].\n\nЛитература\n\n1. Сидоров С. С. Книга. М. : Наука, 2012. 90 с.\n2. Орлов О. О. Книга. М. : Наука, 2013. 80 с.\n"
	doc := ReadDocument(text)
	if got := chkPaperStarts(doc); len(got) != 1 || got[0] != 1 {
		t.Fatalf("chkPaperStarts = %v, want [1]", got)
	}
	var refs [][]Ref
	for _, l := range doc.Lists {
		refs = append(refs, ParseEntries(l.Entries))
	}
	if got := strings.Join(render(Check(doc, refs), false), " "); got != "13:1 uncited-entry 8:20 missing-entry" {
		t.Errorf("findings = %q", got)
	}
	ad := ReadDocument("Первая (Иванов, 2010; Орлов, 2012).\n\nЛитература\n\nИванов И. И. Книга. М. : Наука, 2010. 200 с.\n\nОрлов О. О. Книга. М. : Наука, 2012. 90 с.\n\n## Вторая работа\n\n" +
		"Вторая (Петров, 2011; Иванов, 2010).\n\nЛитература\n\nПетров П. П. Книга. М. : Наука, 2011. 100 с.\n\nСидоров С. С. Книга. М. : Наука, 2013. 80 с.\n")
	if got := chkPaperStarts(ad); len(got) != 1 || got[0] != 1 {
		t.Errorf("chkPaperStarts(author-date) = %v, want [1]", got)
	}
	two := ReadDocument("Текст [1].\n\nСписок литературы\n\n1. Иванов И. И. Книга. М., 2010. 200 с.\n\nReferences\n\n1. Ivanov I. I. Kniga. Moscow, 2010. 200 p.\n")
	if got := chkPaperStarts(two); got != nil {
		t.Errorf("chkPaperStarts(list and References) = %v, want nil", got)
	}
}

// TestCheckRuleNotesWrappedYear keeps a note's wrapped line that opens
// with its year ("2007. 520 с.") in the note, below a rule.
func TestCheckRuleNotesWrappedYear(t *testing.T) {
	notes := chkRuleNotes([]string{"-----", "[1] Иванов И. И. Книга. М. : Наука,", "2007. 520 с.", "", "[2] Там же. С. 5."})
	if len(notes) != 2 || notes[0].Raw != "Иванов И. И. Книга. М. : Наука, 2007. 520 с." {
		t.Errorf("chkRuleNotes = %+v", notes)
	}
}

// TestCheckInlineNotesAndLineNumbers covers Pandoc's inline notes, a
// review copy's line numbers and names romanised the Ukrainian way.
func TestCheckInlineNotesAndLineNumbers(t *testing.T) {
	l := "Текст.^[Иванов И. И. Книга [Электронный ресурс]. М., 2010.] И ещё^[Там же. С. 5.] конец."
	var got []string
	spans, _ := chkInlineNoteSpans(l)
	for _, loc := range spans {
		got = append(got, l[loc[0]:loc[1]])
	}
	tex := `вдвое\footnote{Нардова~В.~А. Указ. соч. С.~198.}: с~318`
	if _, texts := chkInlineNoteSpans(tex); len(texts) != 1 || chkTeXMarks.Replace(tex[texts[0][0]:texts[0][1]]) != "Нардова В. А. Указ. соч. С. 198." {
		t.Errorf("chkInlineNoteSpans(%q) = %v", tex, texts)
	}
	if want := []string{"^[Иванов И. И. Книга [Электронный ресурс]. М., 2010.]", "^[Там же. С. 5.]"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("chkInlineNoteSpans = %q, want %q", got, want)
	}
	var numbered []string
	for i := 1; i <= 12; i++ {
		numbered = append(numbered, fmt.Sprintf("%-4dстрока текста номер %d", i, i))
	}
	numbered[0] = "1   Заголовок статьи"
	lines, widths, ok := chkStripLineNumbers(numbered)
	if !ok || lines[1] != "строка текста номер 2" || widths[1] != 4 {
		t.Errorf("chkStripLineNumbers = %q, %v, %v", lines, widths, ok)
	}
	if _, _, ok := chkStripLineNumbers(append([]string{"Примечания"}, numbered[1:]...)); ok {
		t.Error("chkStripLineNumbers: notes under a heading read as line numbers")
	}
	for cyr, lat := range map[string]string{"Грушевський": "Hrushevskyi", "Дорошенко": "Dorošenko", "Когут": "Kohut"} {
		if chkUkrainianKey(cyr) != chkUkrainianKey(lat) {
			t.Errorf("chkUkrainianKey(%q) = %q, chkUkrainianKey(%q) = %q", cyr, chkUkrainianKey(cyr), lat, chkUkrainianKey(lat))
		}
	}
}

// TestCheckUnicodePowerOfTen reads "10⁹/л" as a power of ten, not a sign.
func TestCheckUnicodePowerOfTen(t *testing.T) {
	for _, m := range FindMarkers([]string{"Обследовано 412 пациентов (лейкоциты 6,2 × 10⁹/л), что согласуется с данными регистра.⁵"}) {
		if m.Raw != "⁵" {
			t.Errorf("FindMarkers read %q as a marker", m.Raw)
		}
	}
}

// TestCheckCarriesPage: a marker with a page cites a work again; a note's
// sign has none.
func TestCheckCarriesPage(t *testing.T) {
	for _, tc := range []struct {
		m    Marker
		i    int
		want bool
	}{
		{Marker{Nums: []int{5}, Page: "118"}, 0, true},
		{Marker{Nums: []int{5}}, 0, false},
		{Marker{Nums: []int{1, 5}, Pages: []string{"5", ""}}, 1, false},
		{Marker{Nums: []int{1, 5}, Pages: []string{"", "118"}}, 1, true},
	} {
		if got := chkCarriesPage(tc.m, tc.i); got != tc.want {
			t.Errorf("chkCarriesPage(%+v, %d) = %v, want %v", tc.m, tc.i, got, tc.want)
		}
	}
}

// TestCheckNoteBlocks finds the runs of Markdown notes each chapter numbers
// from 1.
func TestCheckNoteBlocks(t *testing.T) {
	es := func(labels ...string) []Entry {
		var out []Entry
		for _, l := range labels {
			out = append(out, Entry{Label: l})
		}
		return out
	}
	if got := chkNoteBlocks(es("1", "2", "3", "1", "2")); fmt.Sprint(got) != "[0 3]" {
		t.Errorf("chkNoteBlocks(1 2 3 1 2) = %v, want [0 3]", got)
	}
	if got := chkNoteBlocks(es("1", "2", "3")); got != nil {
		t.Errorf("chkNoteBlocks(1 2 3) = %v, want nil", got)
	}
	if got := chkNoteBlocks(es("1", "2", "2", "3")); got != nil {
		t.Errorf("chkNoteBlocks(1 2 2 3) = %v, want nil: a slip, not a new chapter", got)
	}
}

// TestCheckSpeechTagsAndReporters: a quotation's end before a speech tag,
// and the scholars a sentence names before a verb of writing.
func TestCheckSpeechTagsAndReporters(t *testing.T) {
	for s, want := range map[string]bool{
		"«Қайрат, ақыл, жүрек үшеуі таласып» деп жазады":     true,
		"«Самостоятельность – основание учения», – писал он": true,
		"«учебной инициативой»":                              false,
	} {
		if got := chkSpeechTagRe.MatchString(s); got != want {
			t.Errorf("chkSpeechTagRe(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"Л. С. Выготский рассматривал её как результат перехода":        "Л. С. Выготский",
		"Ал Т. Әбжанов «толық адам» ілімін ойшылдарымен салыстырады":    "Т. Әбжанов",
		"Модель DigCompEdu выделяет 22 компетенции в шести областях":    "",
		"Э. П. Гаврилов, например, полагал, что толкование недопустимо": "Э. П. Гаврилов",
	} {
		names, _ := chkSentenceNames(s)
		got := ""
		if len(names) > 0 {
			got = names[0]
		}
		if got != want {
			t.Errorf("chkSentenceNames(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCheckTypographyAndCaretNumbers: a word processor's spaces and dashes
// read as plain ones, and "^[2,3]^" as superscript citations, not a note.
func TestCheckTypographyAndCaretNumbers(t *testing.T) {
	l := "[6\u20118], [4, с.\u2009112], По\u00adка\u00adза\u00adте\u00adли"
	locs, repl := chkTypographySpans(l)
	var b strings.Builder
	at := 0
	for k, loc := range locs {
		b.WriteString(l[at:loc[0]] + repl[k])
		at = loc[1]
	}
	b.WriteString(l[at:])
	if got := b.String(); got != "[6-8], [4, с. 112], Показатели" {
		t.Errorf("chkTypographySpans read %q", got)
	}
	if spans, _ := chkInlineNoteSpans("детей^[2,3]^. Текст^[Там же. С. 5.]"); len(spans) != 1 {
		t.Errorf("chkInlineNoteSpans = %v, want the one note", spans)
	}
}

// TestCheckRunInList reads a list run into one line with its heading.
func TestCheckRunInList(t *testing.T) {
	got := readChecked(
		"Текст [1], [2, с. 500] и [3].",
		"",
		"СПИСОК ЛИТЕРАТУРЫ 1. Иванов И. И. Книга. М. : Наука, 2010. 200 с. 2. Петров П. П. Книга. М. : Наука, 2011. 100 с. 3. Сидоров С. С. Книга. М. : Наука, 2012. 90 с. 4. Орлов О. О. Книга. М. : Наука, 2013. 80 с.",
	)
	sameFindings(t, got, []string{"1:12 page-out-of-range", "3:1 uncited-entry"})
}

// TestCheckAsterismAndSeeWords: an asterism stands for a rule above notes,
// and "См" opening a name is no "see".
func TestCheckAsterismAndSeeWords(t *testing.T) {
	for _, l := range []string{"* * *", "***", "⁂", "__________"} {
		if !chkRuleRe.MatchString(l) {
			t.Errorf("chkRuleRe(%q) = false, want true", l)
		}
	}
	if chkRuleRe.MatchString("* Сокращённая версия.") {
		t.Error("chkRuleRe read a note's asterisk as a rule")
	}
	for s, want := range map[string]string{"Смирнов А. В. Указ. соч. С. 156.": "Смирнов", "См.: Смирнов А. В. Указ. соч.": "Смирнов"} {
		if m := chkOpCitRe.FindStringSubmatch(s); m == nil || m[1] != want {
			t.Errorf("chkOpCitRe(%q) = %q, want author %q", s, m, want)
		}
	}
}

// TestCheckUnknownPartAfter joins a list's foreign part under a heading
// the list reader does not know, and leaves a "References" alone.
func TestCheckUnknownPartAfter(t *testing.T) {
	lines := []string{"## Литература", "", "Иванов И. И. Книга. М. : Наука, 2010. 200 с.", "",
		"**Литература на иностранных языках**", "", "Smith J. Book. London : Sage, 2011. 100 p.", "", "Brown K. Book. Oxford : OUP, 2012. 90 p."}
	if part := chkUnknownPartAfter(lines, 3); len(part) != 2 {
		t.Errorf("chkUnknownPartAfter = %+v, want the two foreign entries", part)
	}
	lines[4] = "References"
	if part := chkUnknownPartAfter(lines, 3); part != nil {
		t.Errorf("chkUnknownPartAfter(References) = %+v, want nil", part)
	}
}

// TestCheckPapersOfMixedStyles: a file of collected papers in different
// styles is checked paper by paper, a numbered list followed by an
// author-date paper's unnumbered one and a paper of notes.
func TestCheckPapersOfMixedStyles(t *testing.T) {
	got := readChecked(
		"Текст первой статьи [1; 2], затем [3].",
		"",
		"**Литература**",
		"",
		"1. Орлов О. О. Книга. – М. : Наука, 2010. – 200 с.",
		"2. Белов Б. Б. Книга. – М. : Наука, 2011. – 120 с.",
		"",
		"Текст второй статьи (Жуков, 2015; Орлов, 2010).",
		"",
		"**Литература**",
		"",
		"Жуков Ж. Ж. Книга. – М. : Наука, 2014. – 90 с.",
		"",
		"Текст третьей статьи¹. Еще одна мысль².",
		"",
		"**Примечания**",
		"",
		"1. Лавров Л. Л. Книга. – М. : Наука, 2001. – 100 с. – С. 15.",
		"2. Клюев К. К. Указ. соч. – С. 4.",
	)
	sameFindings(t, got, []string{"19:1 ibid-no-antecedent", "1:35 missing-entry", "8:21 author-date-no-entry", "8:21 author-date-year"})
}

// TestCheckDivisionSignRanges: "[3÷5]" is a range of list numbers, as
// engineering texts write one; the sign between quantities and decimals
// is left alone.
func TestCheckDivisionSignRanges(t *testing.T) {
	got := readChecked(append([]string{"Толщина 0,2÷0,5 мм, Re = 2300÷4000, интервал [0,2÷0,5] [1]. Формулы известны [2÷4], их уточняли [1; 5÷7]."}, chkBooks(6)...)...)
	sameFindings(t, got, []string{"1:97 range-past-end"})
}

// TestCheckFigureNamedBeforeItsWork: "рис. 3 в работе [4]" and "табл. 1
// из пособия [2, с. 34]" name figures of the works cited after them; "на
// рис. 2" with no caption and no work after it is still reported.
func TestCheckFigureNamedBeforeItsWork(t *testing.T) {
	got := readChecked(append([]string{"Модель представлена на рис. 3 в работе [1], уровни сведены в табл. 2 из статьи [2], критерии — в табл. 1 из пособия [2, с. 34]; ср. Fig. 4 in [1]. Итоги показаны на рис. 2 и в работах [1; 2]."}, chkBooks(2)...)...)
	sameFindings(t, got, []string{"1:166 missing-figure"})
}

// TestCheckKyrgyzTatarIbid: "Ошол эле жерде" (Kyrgyz) and "Шунда ук"
// (Tatar) are an in-text Ibid., its page checked against the work before.
func TestCheckKyrgyzTatarIbid(t *testing.T) {
	got := readChecked(
		"Бул маселе изилденген [1, 12-б.]. Ал кийин да айтылган [Ошол эле жерде, 290-б.]. Бу фикер дә бар [2, 14 б.], (Шунда ук, 15 б.).",
		"",
		"**Колдонулган адабияттар**",
		"",
		"1. Асанов А. А. Китеп. – Бишкек : Илим, 2010. – 272 б.",
		"2. Садыков С. С. Китап. – Казан : Мәгариф, 2011. – 120 б.",
	)
	sameFindings(t, got, []string{"1:56 page-out-of-range"})
	for _, s := range []string{"Ошол эле жерде, 47-б.", "ошол жерде", "Шунда ук, 52 б."} {
		if _, ok := ibidMarker(s); !ok {
			t.Errorf("ibidMarker(%q) = false, want an Ibid.", s)
		}
	}
}

// TestCheckNumberedNarrativeQuotePage: the page in parentheses right
// after a quotation that follows a numbered marker is the quoted work's
// page ("Лотман [1] писал: «…» (с. 282)"); one after another marker's
// bracket or a parenthesis between is not.
func TestCheckNumberedNarrativeQuotePage(t *testing.T) {
	got := readChecked(
		"Ю. М. Лотман [1] подчеркивал: «Петербург оказывается городом-утопией и городом-призраком» (с. 282). Л. К. Долгополов [2] отмечал, что роман «подводит итог всему петербургскому мифу» (с. 438).",
		"",
		"Шмелев [1] писал о «городе» [2, с. 5] (с. 900), а Орлов [2] (1990) — о «мифе» (с. 900).",
		"",
		"## Литература",
		"",
		"1. Орлов О. О. Статья // Семиосфера. – СПб. : Искусство, 2000. – С. 275–292.",
		"2. Белов Б. Б. Книга. – Л. : Советский писатель, 1988. – 416 с.",
	)
	sameFindings(t, got, []string{"1:183 page-out-of-range"})
}

// TestCheckJATS reads an article kept as JATS XML: markers through
// "<xref>", a "<ref-list>" with no title whose "<ref>" elements are
// printed over several lines, each read from its first citation (the
// English twin is no entry), a table's "<label>" as its caption, and the
// front matter's figures as no note signs.
func TestCheckJATS(t *testing.T) {
	got := readChecked(
		`<article dtd-version="1.2"><front><article-meta><volume>93</volume><aff id="aff1"><label>1</label>Институт1</aff></article-meta></front>`,
		`<body><sec><title>Введение</title>`,
		`<p>Известно [<xref ref-type="bibr" rid="r1">1</xref>, с. 140], см. также [<xref ref-type="bibr" rid="r2">2</xref>; <xref ref-type="bibr" rid="r4">4</xref>] (табл. 1).</p>`,
		`<table-wrap id="t1"><label>Таблица 1</label><caption><p>Итоги</p></caption></table-wrap>`,
		`</sec></body><back><ref-list>`,
		`<ref id="r1">`,
		`  <label>1</label>`,
		`  <citation-alternatives><mixed-citation xml:lang="ru">Орлов О. О. Книга. М.: Наука, 2010. 128 с.</mixed-citation>`,
		`  <mixed-citation xml:lang="en">Orlov O. O. Kniga. Moscow: Nauka, 2010. 128 p. (In Russ.)</mixed-citation></citation-alternatives>`,
		`</ref>`,
		`<ref id="r2"><label>2</label><mixed-citation>Белов Б. Б. Книга. М.: Наука, 2011. 120 с.</mixed-citation></ref>`,
		`<ref id="r3"><label>3</label><mixed-citation>Жуков Ж. Ж. Книга. М.: Наука, 2012. 90 с.</mixed-citation></ref>`,
		`</ref-list></back></article>`,
	)
	sameFindings(t, got, []string{"12:1 uncited-entry", "3:13 page-out-of-range", "3:74 missing-entry"})
}

// TestCheckWikiRefNotes reads a wiki's source: "<ref>…</ref>" notes at
// their signs, a named note used again (no second use reported, and an
// Ibid. after it finds its work), a name no note defines, and
// "{{примечания}}" as the place of the notes, not a list.
func TestCheckWikiRefNotes(t *testing.T) {
	got := readChecked(
		`Думы учреждены в 1870 году<ref name="m">''Орлов О. О.'' Книга. — М.: Наука, 1999. — 548 с. — С. 47.</ref>. Ценз сохранился<ref name="m" />, управа избиралась<ref>Там же. — С. 560.</ref>.`,
		`Позже изучено слабо<ref name="x" />, а расходы росли<ref>Белов Б. Б. Указ. соч. — С. 8.</ref>.`,
		"",
		"== Примечания ==",
		"{{примечания}}",
	)
	sameFindings(t, got, []string{"1:1 page-out-of-range", "2:1 ibid-no-antecedent", "2:20 missing-entry"})
}

// TestCheckFB2Notes reads a FictionBook 2 file: signs linked to notes
// ("<a l:href="#n_2" type="note">2</a>", with or without brackets), the
// notes' body of sections printed over several lines, each labelled by its
// title, and the description's figures as no text.
func TestCheckFB2Notes(t *testing.T) {
	got := readChecked(
		`<FictionBook xmlns:l="http://www.w3.org/1999/xlink"><description><date>2015</date><id>8F2A9C41</id><version>1.1</version></description>`,
		`<body><section><p>Текст с мыслью<a l:href="#n_1" type="note">[1]</a>. Еще мысль<a l:href="#n_2" type="note">2</a> и <emphasis>вывод</emphasis><a l:href="#n_4" type="note">[4]</a>.</p></section></body>`,
		`<body name="notes">`,
		`<section id="n_1">`,
		`<title><p>1</p></title>`,
		`<p>Орлов О. О. Книга. М. : Наука, 1999. 212 с. С. 18.</p>`,
		`</section>`,
		`<section id="n_2"><title><p>2</p></title><p>Там же. С. 230.</p></section>`,
		`<section id="n_3"><title><p>3</p></title><p>Белов Б. Б. Указ. соч. С. 8.</p></section>`,
		`</body></FictionBook>`,
	)
	sameFindings(t, got, []string{"2:143 missing-entry", "8:1 page-out-of-range", "9:1 ibid-no-antecedent", "9:1 uncited-entry"})
}

// TestCheckAnnotatedList reads a numbered list whose entries are followed
// by annotations, indented or in italics after a blank line, to its end;
// an unindented paragraph after the list still ends it.
func TestCheckAnnotatedList(t *testing.T) {
	got := readChecked(
		"Фонд описан [1; 2, с. 300], модели даны в [3].",
		"",
		"## Список литературы",
		"",
		"1. Орлов О. О. Книга. – М. : Наука, 1991. – 272 с.",
		"",
		"    *Классический учебник; изложены основы фондоведения 1990-х гг.*",
		"",
		"2. Белов Б. Б. Книга. – М. : Наука, 2015. – 288 с.",
		"",
		"   _Второе издание дополнено главами об электронных документах._",
		"",
		"3. Жуков Ж. Ж. Книга. – М. : Наука, 2004. – 424 с.",
		"4. Лавров Л. Л. Книга. – М. : Наука, 2016. – 170 с.",
		"",
		"Сведения об авторах: Орлов О. О., профессор.",
	)
	sameFindings(t, got, []string{"14:1 uncited-entry", "1:13 page-out-of-range"})
}

// TestCheckPandocCiteKeys reads Pandoc's citations by key against the
// works of its YAML block's "references:": pages checked against a page
// count and a page range, a key no work holds reported, in-text
// "@key [с. 5]" read, no order warning (a style orders the list).
func TestCheckPandocCiteKeys(t *testing.T) {
	got := readChecked(
		"---",
		`title: "Обзор"`,
		"references:",
		"- id: orlov2020",
		"  type: book",
		"  author:",
		"  - family: Орлов",
		"    given: О. О.",
		"  title: Книга",
		"  publisher: Наука",
		"  publisher-place: М.",
		"  issued: 2020",
		"  number-of-pages: 240",
		"- id: belov2021",
		"  type: article-journal",
		"  author:",
		"  - family: Белов",
		"    given: Б. Б.",
		"  title: Статья",
		"  container-title: Вопросы экономики",
		"  issued: 2021",
		"  page: 112-135",
		"...",
		"",
		"Известно [@belov2021, с. 118; @orlov2020], а @orlov2020 [с. 260] пишет иное [@ivanov2019].",
	)
	sameFindings(t, got, []string{"25:46 page-out-of-range", "25:77 missing-entry"})
}

// TestCheckEndNoteUnformatted reads EndNote's unformatted citations
// ("{Орлов, 2010 #3@45}") as the author-date citations they stand for.
func TestCheckEndNoteUnformatted(t *testing.T) {
	got := readChecked(
		"Известно {Орлов, 2011 #3@45; Белов, 2012 #7}, а позже {Белов, 2012 #7@300}.",
		"",
		"Список литературы",
		"",
		"Белов Б. Б. Книга. – М. : Наука, 2012. – 200 с.",
		"",
		"Орлов О. О. Книга. – М. : Наука, 2010. – 120 с.",
	)
	sameFindings(t, got, []string{"1:10 author-date-year", "1:55 page-out-of-range"})
}

// TestCheckHomoglyphsAndItalicNames: Latin letters that look Cyrillic,
// typed into a Russian name or page ("Pобер", "c. 230"), read as the
// Cyrillic ones; authors' names in italics inside citations ("[*Орлов*
// 2010: 45]") read without the marks; an English "(c. 1900)" is left.
func TestCheckHomoglyphsAndItalicNames(t *testing.T) {
	got := readChecked(
		"Известно (Pобер, 2021, c. 230; Cмирнова, 2020). См. также [*Орлов* 2010: 45; *Белов* 2011], Kорнилова (2020) и (c. 1900).",
		"",
		"## Литература",
		"",
		"Белов Б. Б. Книга. М. : Наука, 2012. 300 с.",
		"",
		"*Корнилова К. К.* Книга. М. : Наука, 2020. 100 с.",
		"",
		"Орлов О. О. Книга. М. : Наука, 2010. 40 с.",
		"",
		"Робер Р. Р. Книга. М. : Наука, 2021. 212 с.",
		"",
		"Смирнова С. С. Книга. М. : Наука, 2020. 100 с.",
	)
	sameFindings(t, got, []string{"1:10 page-out-of-range", "1:59 author-date-year", "1:59 page-out-of-range"})
}

// TestCheckBibLaTeXFilecontents reads the BibTeX records a LaTeX source
// keeps in "filecontents" as its list, cited by biblatex's commands.
func TestCheckBibLaTeXFilecontents(t *testing.T) {
	got := readChecked(
		`\begin{filecontents*}{\jobname.bib}`,
		`@article{Orlov2005,`,
		`  author  = {Орлов, О. О. and Белов, Б. Б.},`,
		`  title   = {Статья},`,
		`  journal = {Вестник},`,
		`  year    = {2005},`,
		`  pages   = {1490--1503},`,
		`}`,
		`@book{Zhukov1976,`,
		`  author    = {Жуков, Ж. Ж.},`,
		`  title     = {Книга},`,
		`  publisher = {Наука},`,
		`  address   = {М.},`,
		`  year      = {1976},`,
		`  pagetotal = {544},`,
		`}`,
		`\end{filecontents*}`,
		`\begin{document}`,
		`Известно \autocite[с.~1510]{Orlov2005}, а также \textcite{Lavrov1965} на $[0, l]$.`,
		`\end{document}`,
	)
	sameFindings(t, got, []string{"19:10 page-out-of-range", "19:49 missing-entry", "9:1 uncited-entry"})
}

// TestCheckHTMLItemValues numbers an HTML list's items by their own
// "<li value="n">" across two lists split by an advertisement.
func TestCheckHTMLItemValues(t *testing.T) {
	got := readChecked(
		"<p>Известно [1; 3, с. 150] и [4].</p>",
		"<h2>Литература</h2>",
		"<ol>",
		`<li value="1">Орлов О. О. Книга. – М. : Наука, 2010. – 200 с.</li>`,
		"</ol>",
		`<div class="ad">Реклама.</div>`,
		"<ol>",
		`<li value="2">Белов Б. Б. Книга. – М. : Наука, 2011. – 120 с.</li>`,
		`<li value="3">Жуков Ж. Ж. Книга. – М. : Наука, 2012. – 140 с.</li>`,
		"</ol>",
	)
	sameFindings(t, got, []string{"1:13 page-out-of-range", "1:30 missing-entry", "8:1 uncited-entry"})
}

// TestCheckReviewWordsSledAndAppendixTables: words that name what is cited
// inside a bracket ("[см. обзоры 1, 2]", "[подробнее в 3]"), "сл." and "и
// след." after a page, and an appendix's tables ("табл. П1" with its
// caption after the list, "табл. П3" with none) told from table 1.
func TestCheckReviewWordsSledAndAppendixTables(t *testing.T) {
	got := readChecked(
		"Известно [см. обзоры 1, 2] и [подробнее в 3]; ср. (Орлов, 2010, с. 48 и след.; Белов, 2012, с. 112 сл.). Пороги — в табл. П1, районы — в табл. П3 (табл. 1).",
		"",
		"Таблица 1 – Итоги",
		"",
		"## Литература",
		"",
		"1. Белов Б. Б. Книга. – М. : Наука, 2011. – 120 с.",
		"2. Жуков Ж. Ж. Книга. – М. : Наука, 2012. – 140 с.",
		"3. Орлов О. О. Книга. – М. : Наука, 2010. – 200 с.",
		"",
		"## Приложение",
		"",
		"Таблица П1 – Пороговые значения",
	)
	sameFindings(t, got, []string{"1:138 missing-figure", "1:51 author-date-year"})
}

// TestCheckEllipsisRanges: "[1…3]" and "[4...6]" are ranges of list
// numbers; "[0...255]", a span of values, is not.
func TestCheckEllipsisRanges(t *testing.T) {
	got := readChecked(append([]string{"Модели описаны [1…3], обзоры — [4...6]; яркость пикселя лежит в [0...255], а итоги даны в [6...8]."}, chkBooks(6)...)...)
	sameFindings(t, got, []string{"1:91 range-past-end"})
}

// TestCheckItalicNamesNotTitles: names in italics inside a citation of
// two authors are read ("[*Орлов*, *Белов* 2011: 12]"), a narrative name
// before its year too ("*Жуков* (2015)"); a title in italics in a
// parenthesis with a year ("(*Война и мир*, 1869)") is no citation.
func TestCheckItalicNamesNotTitles(t *testing.T) {
	got := readChecked(
		"Известно [*Орлов*, *Белов* 2011: 12], о чем писал и *Жуков* (2015); роман (*Война и мир*, 1869) тоже.",
		"",
		"## Литература",
		"",
		"*Жуков Ж. Ж.* Книга. М. : Наука, 2014. 100 с.",
		"",
		"*Орлов О. О., Белов Б. Б.* Книга. М. : Наука, 2011. 10 с.",
	)
	sameFindings(t, got, []string{"1:10 page-out-of-range", "1:54 author-date-year"})
}

// chkBooks is the reference list of n books (six at most) that several
// check tests cite by number, after a blank line and its heading.
func chkBooks(n int) []string {
	return append([]string{"", "## Литература", ""}, []string{
		"1. Орлов О. О. Книга. – М. : Наука, 2010. – 200 с.",
		"2. Белов Б. Б. Книга. – М. : Наука, 2011. – 120 с.",
		"3. Жуков Ж. Ж. Книга. – М. : Наука, 2014. – 90 с.",
		"4. Лавров Л. Л. Книга. – М. : Наука, 2001. – 100 с.",
		"5. Клюев К. К. Книга. – М. : Наука, 2003. – 110 с.",
		"6. Гусев Г. Г. Книга. – М. : Наука, 2005. – 130 с.",
	}[:n]...)
}
