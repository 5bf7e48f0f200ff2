package bib

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// benchLists returns the reference lists the parser benchmark reads: the
// two seed lists and every source of the labelled corpus, each a list in
// printed order, as ParseLines receives them.
func benchLists(tb testing.TB) [][]string {
	tb.Helper()
	var lists [][]string
	bySeed := map[string]int{}
	for _, g := range readGoldRefs(tb) {
		seed := g.ID[:3]
		i, ok := bySeed[seed]
		if !ok {
			i = len(lists)
			bySeed[seed] = i
			lists = append(lists, nil)
		}
		lists[i] = append(lists[i], g.Text)
	}
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	for _, file := range files {
		recs := readCorpus(tb, file)
		for start := 0; start < len(recs); {
			end := start + 1
			for end < len(recs) && recs[end].Source == recs[start].Source {
				end++
			}
			var list []string
			for _, r := range recs[start:end] {
				list = append(list, r.Text)
			}
			lists = append(lists, list)
			start = end
		}
	}
	return lists
}

// BenchmarkParse parses the seed lists and the labelled corpus and reports
// references per second.
func BenchmarkParse(b *testing.B) {
	lists := benchLists(b)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, l := range lists {
			n += len(ParseLines(l))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "refs/s")
}

// want lists the fields a table test checks; an empty field is not checked.
type want struct {
	typ, author, editor, title, container, volume, issue, page, pages string
	place, publisher, issued, accessed, medium, number, language      string
	locator                                                           string
}

// parseCase is an entry and the fields its parse must hold.
type parseCase struct {
	text string
	w    want
}

// checkParses parses each case's entry on its own and checks its fields.
func checkParses(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) { c.w.check(t, Parse(c.text)) })
	}
}

// check compares the fields of r that w names.
func (w want) check(t *testing.T, r Ref) {
	t.Helper()
	it := r.Item
	var authors, editors []string
	for _, n := range it.Author {
		authors = append(authors, n.Family+n.Literal)
	}
	for _, n := range it.Editor {
		editors = append(editors, n.Family+n.Literal)
	}
	for _, f := range []struct{ name, want, got string }{
		{"type", w.typ, it.Type},
		{"author", w.author, strings.Join(authors, "|")},
		{"editor", w.editor, strings.Join(editors, "|")},
		{"title", w.title, it.Title},
		{"container-title", w.container, it.ContainerTitle},
		{"volume", w.volume, it.Volume},
		{"issue", w.issue, it.Issue},
		{"page", w.page, it.Page},
		{"number-of-pages", w.pages, it.NumberOfPages},
		{"publisher-place", w.place, it.PublisherPlace},
		{"publisher", w.publisher, it.Publisher},
		{"issued", w.issued, it.Issued.String()},
		{"accessed", w.accessed, it.Accessed.String()},
		{"medium", w.medium, it.Medium},
		{"number", w.number, it.Number},
		{"language", w.language, it.Language},
		{"locator", w.locator, r.Locator},
	} {
		if f.want != "" && f.want != f.got {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
}

// TestParseGOST reads references of the GOST family as real lists print
// them: the three editions, Russian, Kazakh, Ukrainian and Belarusian
// terms, look-alike letters and typed dashes.
func TestParseGOST(t *testing.T) {
	for _, tc := range []struct {
		name, entry string
		want        want
	}{
		{"book_7_1_with_area_dashes",
			"Иванов, И. И. История Казахстана : учебник / И. И. Иванов. – Алматы : Білім, 2015. – 320 с.",
			want{typ: "book", author: "Иванов", title: "История Казахстана", place: "Алматы", publisher: "Білім", issued: "2015", pages: "320"}},
		{"book_7_0_5_without_dashes",
			"Петров А. В. Основы права. М.: Юрайт, 2019. 412 с.",
			want{typ: "book", author: "Петров", title: "Основы права", place: "М.", publisher: "Юрайт", issued: "2019", pages: "412"}},
		{"place_alone_before_year",
			"Канкава М. В. Даль как лексикограф. Тбилиси, 1958.",
			want{author: "Канкава", title: "Даль как лексикограф", place: "Тбилиси", issued: "1958"}},
		{"two_places_without_publisher",
			"Повести. Рассказы. М.; Л., 1961.",
			want{place: "М.; Л.", issued: "1961"}},
		{"volumes_area_before_place",
			"Толковый словарь живого великорусского языка. Т. 1—4. М., 1955.",
			want{title: "Толковый словарь живого великорусского языка", place: "М.", issued: "1955"}},
		{"article_in_journal",
			"Сидоров В. П. Экономика региона // Вопросы экономики. – 2018. – № 5. – С. 45–58.",
			want{typ: "article-journal", author: "Сидоров", title: "Экономика региона", container: "Вопросы экономики", issue: "5", page: "45–58", issued: "2018"}},
		{"latin_C_for_cyrillic_page_mark",
			"Сидоров В. П. Экономика региона // Вопросы экономики. – 2018. – № 5. – C. 45–58.",
			want{page: "45–58", issue: "5"}},
		{"kazakh_pages_b",
			"Әбенов Қ. Тіл мәселесі // Ақиқат. – 2019. – № 3. – Б. 12–15.",
			want{author: "Әбенов", container: "Ақиқат", issue: "3", page: "12–15"}},
		{"kazakh_page_count_bet",
			"Нұрланов Е. Қазақ әдебиеті. – Алматы : Ғылым, 2001. – 240 бет.",
			want{place: "Алматы", publisher: "Ғылым", pages: "240"}},
		{"ukrainian_issue_vyp",
			"Коваль О. М. Держава і право // Вісник Київського університету. – 2020. – Вип. 4. – С. 10–20.",
			want{typ: "article-journal", issue: "4", page: "10–20"}},
		{"hyphen_typed_for_dash",
			"Буланов В.А. Введение в акустическую спектроскопию. -Владивосток, 2001.-279 с.",
			want{author: "Буланов", title: "Введение в акустическую спектроскопию", place: "Владивосток", issued: "2001", pages: "279"}},
		{"latin_c_in_page_count",
			"Зацепина Г.Н. Физические свойства воды. -М., 1998.-184 c.",
			want{place: "М.", pages: "184"}},
		{"thesis_abstract",
			"Алексеев И.А. Использование цеолитов: Автореф. дис. ... канд. техн. наук. - М., 2001. - 17 с.",
			want{typ: "thesis", title: "Использование цеолитов", place: "М.", issued: "2001", pages: "17"}},
		{"standard_headed_by_designation",
			"ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. – Москва : Стандартинформ, 2018. – 124 с.",
			want{typ: "standard", number: "Р 7.0.100–2018", place: "Москва", publisher: "Стандартинформ", issued: "2018"}},
		{"standard_date_of_effect_is_not_issued",
			"ГОСТ 2.105–2019. Общие требования к текстовым документам. — Введ. 01.09.2020. — Москва : Стандартинформ, 2019. — 28 с.",
			want{typ: "standard", issued: "2019"}},
		{"law_in_newspaper",
			"О защите прав потребителей : федер. закон от 07.02.1992 № 2300-1 // Российская газета. – 1992. – 7 апр.",
			want{typ: "legislation", title: "О защите прав потребителей"}},
		{"word_starting_with_zakon_is_no_law",
			"Закономерности формирования движений / В. А. Боровая [и др.]. – Гомель : ГГУ, 2013. – 173 с.",
			want{typ: "book"}},
		{"archive_after_slashes",
			"Розанов И.Н. Как создавалась библиотека // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.",
			want{typ: "manuscript", author: "Розанов"}},
		{"electronic_text_2018",
			"Иванов И. И. Цифровая экономика / И. И. Иванов. – Текст : электронный // Экономика и право. – 2021. – № 2. – URL: https://example.ru/a/1 (дата обращения: 05.03.2022).",
			want{container: "Экономика и право", issue: "2", accessed: "2022-03-05", medium: "электронный"}},
		{"editors_pod_red",
			"История Казахстана / под ред. К. Н. Нурпеисова. – Алматы : Атамұра, 2010. – 400 с.",
			want{editor: "Нурпеисова", title: "История Казахстана", place: "Алматы", publisher: "Атамұра"}},
		{"belarusian_editorial_board",
			"Блакітная кніга Беларусі : энцыкл. / Рэдкал.: Н. А. Дзісько і інш. — Мн. : БелЭн, 1994. — 415 с.",
			want{editor: "Дзісько", title: "Блакітная кніга Беларусі", place: "Мн.", publisher: "БелЭн", pages: "415"}},
		{"latin_i_in_belarusian_et_al",
			"Блакiтная кнiга Беларусi : энцыкл. / Рэдкал.: Н. А. Дзiсько i iнш. — Мн. : БелЭн, 1994. — 415 с.",
			want{editor: "Дзiсько"}},
		{"et_al_in_brackets_after_three",
			"Соколов А. Б., Иванов В. Г., Петров Д. Е. [и др.] Экономика. – М. : Наука, 2010. – 200 с.",
			want{author: "Соколов|Иванов|Петров", title: "Экономика"}},
		{"genre_after_colon_dropped",
			"Административно-территориальное устройство БССР : справочник : в 2 т. – Минск : Беларусь, 1985.",
			want{title: "Административно-территориальное устройство БССР", place: "Минск"}},
		{"subtitle_after_colon_kept",
			"Степанов И. Экология человека : теория и практика. – Киев, 2010. – 300 с.",
			want{title: "Экология человека : теория и практика"}},
		{"volumes_note_after_title",
			"Энцыклапедыя гісторыі Беларусі. У 6 т. Т. 6. – Мн. : БелЭн, 2003. – 616 с.",
			want{title: "Энцыклапедыя гісторыі Беларусі", place: "Мн."}},
		{"kazakh_volume_in_title",
			"Сейфуллин С. Шығармалары, 3-том. – Алматы : Жазушы, 1987. – 400 б.",
			want{title: "Шығармалары", volume: "3", place: "Алматы", publisher: "Жазушы", pages: "400"}},
		{"volume_range_with_dash",
			"Даль В. И. Толковый словарь. Т. 1—4. – М., 1955.",
			want{volume: "1—4", place: "М."}},
		{"imprint_year_not_year_in_title_info",
			"Конституция Республики Казахстан : с изм. и доп., принятыми на референдуме 30 авг. 1995 г. – Алматы : Жеті жарғы, 2011. – 48 с.",
			want{typ: "legislation", issued: "2011", place: "Алматы"}},
		{"federal_constitutional_law_in_journal",
			"О военном положении : федеральный конституционный закон от 30 янв. 2002 г. № 1-ФКЗ // Собрание законодательства РФ. – 2002. – № 5. – Ст. 375.",
			want{typ: "legislation", title: "О военном положении"}},
		{"site_as_other_title_information",
			"eLIBRARY.RU : научная электронная библиотека : сайт. – Москва, 2000. – URL: https://elibrary.ru (дата обращения: 09.01.2018).",
			want{typ: "webpage", accessed: "2018-01-09"}},
		{"standard_designation_with_the_standard_it_follows",
			"Лебёдки судовые. Общие требования: ГОСТ 31999-2012 (IEC 60000:1995). Введ. 01.01.2014. Москва: Стандартинформ, 2014. 52 с.",
			want{typ: "standard", title: "Лебёдки судовые. Общие требования", number: "ГОСТ 31999-2012", place: "Москва", publisher: "Стандартинформ", issued: "2014"}},
		{"vancouver_numbers_after_a_comma_then_the_year",
			"Сидорова Д. И. Моделирование приливов. Труды Института морских исследований РАН, 29(1):85–100, 2017, doi: 10.15514/IMR-2017-29(1)-6",
			want{container: "Труды Института морских исследований РАН", volume: "29", issue: "1", page: "85–100", issued: "2017"}},
		{"transliterated_repeat_of_the_whole_entry",
			"Сидоров А.Г. Приливы у причалов. Морской вестник. 2010;12(3):186-7 [Sidorov AG. Tides at the quays. Morskoi vestnik. 2010;12(3):186-7 (In Russ.)].",
			want{container: "Морской вестник", volume: "12", issue: "3", page: "186-7", language: "ru"}},
		{"first_initial_typed_small",
			"Сидорова л.В. Історія мореплавства України: підручник / л.В.Сидорова. – К.: Либідь, 2006. – 250 с.",
			want{author: "Сидорова", title: "Історія мореплавства України", place: "К.", publisher: "Либідь"}},
		{"first_initial_typed_small_before_a_spaced_one",
			"Сидоров ю. В. Морская ссылка : справочник. Киев, 1983. 210 с.",
			want{author: "Сидоров", title: "Морская ссылка"}},
		{"vancouver_issue_alone_and_a_no_break_hyphen",
			"Сидоров А.Ш., Орлов А.В. Состояние морской хирургии. Хирургия моря. 2019;(3):88\u201197.",
			want{container: "Хирургия моря", issue: "3", page: "88\u201197", issued: "2019"}},
		{"access_date_as_link_active_on",
			"Свод по морским портам, январь–ноябрь 2017 г. URL: https://ports.example.ru/stat/ Ссылка активна на 30.01.2020.",
			want{accessed: "2020-01-30"}},
		{"part_of_collected_works_is_chapter",
			"Пушкин А. С. Осень / А. С. Пушкин // Собр. соч. : в 10 т. – М., 1975. – Т. 2. – С. 15–17.",
			want{typ: "chapter", volume: "2", page: "15–17", place: "М."}},
		{"latin_place_alone_in_gost",
			"Tolman W. B. Activation of small molecules / ed. by W. B. Tolman. – Weinheim, 2006. – 363 p.",
			want{place: "Weinheim", issued: "2006", pages: "363"}},
		{"publisher_alone_before_year",
			"Sommerville I. Software Engineering / I. Sommerville. — 10th ed. — Pearson, 2016. — 788 p.",
			want{publisher: "Pearson", pages: "788"}},
		{"law_number_is_not_issue_of_host",
			"О государственном регулировании : Закон Респ. Беларусь, 26 февр. 1997 г., № 22-З // Ведомости Нац. собрания. – 1997. – № 16. – Ст. 297.",
			want{typ: "legislation", issue: "16"}},
		{"thesis_with_its_institution",
			"Смирнов В. Ю. Синтез нитрилов : дис. ... канд. хим. наук / Смирнов В. Ю. ; Рос. хим.-технол. ун-т. – М., 2001. – 133 с.",
			want{typ: "thesis", author: "Смирнов", title: "Синтез нитрилов", place: "М.", pages: "133"}},
		{"entry_in_encyclopedia",
			"Шаблюк В. У. Маркава / В. У. Шаблюк // Беларуская энцыклапедыя: У 18 т. Т. 10 / Рэдкал.: Г. П. Пашкоў і інш. — Мн. : БелЭн, 2000. — С. 85.",
			want{typ: "entry-encyclopedia", author: "Шаблюк", volume: "10", page: "85"}},
		{"archive_boxes_and_storage_units",
			"Куфаев М. Н. Письмо Б. С. Боднарскому // ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.",
			want{typ: "manuscript", author: "Куфаев"}},
		{"preprint_series_is_report",
			"Велесницкий В. Ф. Конечные группы / В. Ф. Велесницкий. – Гомель : ГГУ, 2013. – 15 с. – (Препринт / Гомел. гос. ун-т ; № 2).",
			want{typ: "report", place: "Гомель", pages: "15"}},
		{"portal_as_host_is_webpage",
			"Лапичкова В. П. Стандартизация библиотечных процессов [Электронный ресурс] // Library.ru : информ.-справочный портал. – М., 2007. – URL: http://www.library.ru/1/kb/a.php (дата обращения: 24.12.2007).",
			want{typ: "webpage", accessed: "2007-12-24"}},
		{"issue_with_running_number",
			"Колпак Е. П. О моделях / Е. П. Колпак. — Текст : непосредственный // Молодой ученый. — 2016. — № 2 (106). — С. 12–20.",
			want{issue: "2 (106)", page: "12–20", issued: "2016"}},
		{"kind_in_parentheses_dropped",
			"Беклемишев Н. Д. О классификации кубических форм (диссертация). М., МГУ, 1982.",
			want{title: "О классификации кубических форм", issued: "1982"}},
		{"in_russ_language_note",
			"Ivanov I. I. Economics of regions // Voprosy ekonomiki. – 2018. – No. 5. – P. 45–58. (In Russ.)",
			want{language: "ru", issue: "5", page: "45–58"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Parse(tc.entry)
			if r.Raw != tc.entry {
				t.Fatalf("raw text altered")
			}
			tc.want.check(t, r)
		})
	}
}

// TestParseNotes reads footnote lists: the cited page is the locator, and
// Там же / Там само take the work of the note above.
func TestParseNotes(t *testing.T) {
	refs := ParseLines([]string{
		"Коваль О. Держава і право. – К. : Наукова думка, 2010. – 200 с.",
		"Там само. – С. 15.",
		"Сыроежкин К. Л. Казахстан – Китай. – Алматы : КИСИ, 2010. – С. 12.",
		"Там же. С. 40.",
	})
	for i, w := range []struct {
		ibidOf  int
		locator string
		title   string
	}{
		{0, "", "Держава і право"},
		{1, "15", "Держава і право"},
		{0, "12", "Казахстан – Китай"},
		{3, "40", "Казахстан – Китай"},
	} {
		t.Run(fmt.Sprintf("note_%d", i+1), func(t *testing.T) {
			r := refs[i]
			if r.IbidOf != w.ibidOf || r.Locator != w.locator || r.Item.Title != w.title {
				t.Errorf("ibid_of %d, locator %q, title %q; want %d, %q, %q", r.IbidOf, r.Locator, r.Item.Title, w.ibidOf, w.locator, w.title)
			}
		})
	}
}

// TestParseShortNotes resolves notes that repeat a work by its title alone
// and Там само with a volume of its own.
func TestParseShortNotes(t *testing.T) {
	refs := ParseLines([]string{
		"Фінанси підприємств: монографія/І. А. Воробйова та ін. Миколаїв, 2012. 232 с.",
		"Фінанси підприємств. С. 158.",
		"Енциклопедія історії України: у 10 т. / ред. В. М. Литвин. – К. : Наук. думка, 2012. – Т. 9. – С. 5.",
		"Там само. Т. 7. С. 18.",
	})
	t.Run("slash_without_spaces_before_initials", func(t *testing.T) {
		want{author: "Воробйова", place: "Миколаїв", issued: "2012", pages: "232"}.check(t, refs[0])
	})
	t.Run("title_alone_repeats_earlier_note", func(t *testing.T) {
		if refs[1].IbidOf != 1 || refs[1].Locator != "158" {
			t.Errorf("ibid_of %d, locator %q; want 1, 158", refs[1].IbidOf, refs[1].Locator)
		}
	})
	t.Run("tam_samo_with_own_volume", func(t *testing.T) {
		if refs[3].IbidOf != 3 || refs[3].Item.Volume != "7" || refs[3].Locator != "18" {
			t.Errorf("ibid_of %d, volume %q, locator %q; want 3, 7, 18", refs[3].IbidOf, refs[3].Item.Volume, refs[3].Locator)
		}
	})
}

// TestParseUnreadable keeps what cannot be read as an entry with empty
// fields and a warning.
func TestParseUnreadable(t *testing.T) {
	for _, s := range []string{"—", "...", "12, 45"} {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			r := Parse(s)
			if r.Raw != s || r.Item.Title != "" || len(r.Item.Author) != 0 || len(r.Warnings) == 0 {
				t.Errorf("got %+v", r)
			}
		})
	}
}

// TestParseImprintWithoutYear reads an imprint that prints no year, its
// page count after the publisher, and an APA entry with no date whose
// titles are in Cyrillic.
func TestParseImprintWithoutYear(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоров П.П. Морские течения. М.: Гидрометиздат. 312 с.",
			want{typ: "book", title: "Морские течения", place: "М.", publisher: "Гидрометиздат", pages: "312"}},
		{"Сидоров П.П. (2011) Морские течения. Л.: Гидрометиздат, 312 с.",
			want{place: "Л.", publisher: "Гидрометиздат", pages: "312", issued: "2011"}},
		{"Сейітов Б. Теңіз ағыстары. Алматы: Мектеп. 240 б.",
			want{place: "Алматы", publisher: "Мектеп", pages: "240"}},
		{"Морские течения: вопросы и ответы для школьников. (n.d.). Retrieved 3 May 2021",
			want{title: "Морские течения: вопросы и ответы для школьников", author: "", accessed: "2021-05-03"}},
	})
}

// TestParseLinkedText keeps the text of a Markdown link that holds a
// title or a whole entry, with its target as the URL, and drops a link
// text that only labels the address.
func TestParseLinkedText(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоров П.П. [Морские течения](https://sea.example.org/book.pdf). М.: Наука, 2010. 200 с.",
			want{title: "Морские течения", place: "М.", publisher: "Наука", pages: "200"}},
		{"Orlov, P. (2019). [Tide tables for beginners](https://tides.example.org/t). Harbour Press.",
			want{author: "Orlov", title: "Tide tables for beginners", publisher: "Harbour Press", issued: "2019"}},
		{"[Orlov, P., Quay, A. (2016). Harbour Engineering. Sea Press](https://tides.example.org/book)",
			want{typ: "book", author: "Orlov|Quay", title: "Harbour Engineering", publisher: "Sea Press", issued: "2016"}},
		{"Морские течения [Электронный ресурс]. – [Режим доступа](https://sea.example.org/x) (дата обращения: 01.02.2020).",
			want{title: "Морские течения", accessed: "2020-02-01"}},
		// "141 c." with a Latin c, the only area after the title.
		{"*Сидоров П.П.* [Морские течения (теория и практика)](https://sea.example.org/l.pdf). &mdash; 141 c.",
			want{typ: "book", author: "Сидоров", title: "Морские течения (теория и практика)", pages: "141"}},
		// Names in emphasis with no mark before the title.
		{"*P. Orlov & A. Quay* Harbour Engineering. Sea Press, 2006. 248 p.",
			want{author: "Orlov|Quay", title: "Harbour Engineering", publisher: "Sea Press", pages: "248"}},
	})
}

// TestGOSTDOILink keeps a "https://doi.org/…" link printed on its own at
// the end of a GOST entry as its URL as well as its DOI (after "DOI:" it
// is the DOI alone, as the gold file has it).
func TestGOSTDOILink(t *testing.T) {
	for _, text := range []string{
		"Сидоров А.С. Приливы у причалов // Морские технологии. 2023. № 12. С. 1493-1521. https://doi.org/10.1134/S0000000018030045",
	} {
		r := Parse(text)
		if r.Item.URL != "https://doi.org/10.1134/S0000000018030045" || !strings.EqualFold(r.Item.DOI, "10.1134/S0000000018030045") {
			t.Errorf("%s\n URL %q DOI %q", text, r.Item.URL, r.Item.DOI)
		}
	}
}

// TestThesisInstitutionNotPublisher keeps the institution a thesis names
// in its statement of responsibility out of the publisher: a thesis has no
// publication area (GOST 7.1-2003, 7.5).
func TestThesisInstitutionNotPublisher(t *testing.T) {
	for _, text := range []string{
		"Смирнов В. Ю. Синтез нитрилов : дис. ... канд. хим. наук / Смирнов В. Ю. ; Рос. хим.-технол. ун-т. – М., 2001. – 133 с.",
		"Сидоренко Оксана Валентинівна. Морські порти: Дис... канд. екон. наук: 08.06.02 / Одеський нац. ун-т. - Одеса, 1999. - 199 арк.",
	} {
		if r := Parse(text); r.Item.Type != "thesis" || r.Item.Publisher != "" {
			t.Errorf("%s\n type %q publisher %q, want a thesis with no publisher", text, r.Item.Type, r.Item.Publisher)
		}
	}
}

// TestParseTitleStatements keeps out of the title what GOST prints after
// it: a thesis's specialty, a sentence naming the preface's author, and a
// roman volume number before the part's title.
func TestParseTitleStatements(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоров, П. П. Морские течения : специальность 25.00.28 «Океанология» : дис. … канд. геогр. наук / Сидоров П. П. – Москва, 2010. – 150 с.",
			want{typ: "thesis", title: "Морские течения", place: "Москва", pages: "150"}},
		{"Сидоренко, П. П. Морські течії : спеціальність 11.00.07 : автореф. дис. … канд. геогр. наук / Сидоренко П. П. – Київ, 2010. – 20 с.",
			want{typ: "thesis", title: "Морські течії"}},
		{"Сидоров П.П. Морские течения для училищ. Предисл. А.А. Орлова. М.: Высшая школа, 1989. 287 с.",
			want{title: "Морские течения для училищ", place: "М.", publisher: "Высшая школа"}},
		{"Сидоров П.П. Очерки морских течений. Т. IV: Материалы наблюдений. – СПб., 1883.",
			want{title: "Очерки морских течений", volume: "IV", place: "СПб.", issued: "1883"}},
		// The language a translation is made from.
		{"Сидоров П. Вибрані праці з океанології. Переклад з чеської та англійської / П. Сидоров. - М.: Наука, 2010. - 232 с.",
			want{title: "Вибрані праці з океанології", pages: "232"}},
		{"Сидоров П. Избранные труды по океанологии. Пер. с чешск. и англ. / П. Сидоров. - М.: Наука, 2010. - 232 с.",
			want{title: "Избранные труды по океанологии", publisher: "Наука"}},
		// Ukrainian "довід. вид." (a reference book) names the kind.
		{"Морські течії. Рік 1939: Довід. вид. - К.: Наук. думка, 2007. - 227 с.",
			want{title: "Морські течії. Рік 1939", place: "К."}},
		// Abbreviated kinds: "Уч.пос.", "Практ. по курсу", "Практ. посіб.".
		{"Сидоренко Ю.А. Управління портом: Уч.пос. -М.: Юніті-Д., 2001.-446с",
			want{title: "Управління портом", place: "М.", pages: "446"}},
		{"Сидоренко В.А. Управління портом: Практ. по курсу. -СПб.: ІВЕСЕП, 2000.-144с.",
			want{title: "Управління портом", place: "СПб."}},
		// A part of a work in parts; a kind abbreviated with its own stop.
		{"Сидоренко Л. М. Морське право України: Частина 1. Навч. посібн. – К., 2004. – 360с.",
			want{title: "Морське право України", volume: "1", place: "К."}},
		{"Морской словарь. Часть 2. / Под ред. В. М. Орлова. – Городец. – 2006.",
			want{title: "Морской словарь", volume: "2"}},
		// An act's date and number after its name.
		{"Морський кодекс України від 23 травня 1995 р. №176/95-ВР // Відомості Верховної Ради України. - 1995. – №47-52. – Ст. 349.",
			want{typ: "legislation", title: "Морський кодекс України", container: "Відомості Верховної Ради України"}},
		// An RFC's designation closing the title.
		{"Orlov P., Quay A. The Harbour Protocol. RFC 7777. — IETF, 2011. — Текст : электронный.",
			want{typ: "standard", title: "The Harbour Protocol", number: "RFC 7777", publisher: "IETF"}},
		{"Сидоров П.П. Очерки морских течений. Вып. II: Материалы наблюдений. – СПб., 1883.",
			want{title: "Очерки морских течений", volume: "II", place: "СПб."}},
	})
}

// TestParsePlaceYearWithoutComma reads notes typed with commas whose
// imprint prints a known place and its year with no comma between.
func TestParsePlaceYearWithoutComma(t *testing.T) {
	checkParses(t, []parseCase{
		{"А. Сідарэвіч, Гісторыя аднаго мястэчка, Менск 1995, с. 41.",
			want{title: "Гісторыя аднаго мястэчка", place: "Менск", issued: "1995", locator: "41"}},
		{"А. Сідарэвіч, Гісторыя аднаго мястэчка, Вільня. 1931, с. 12.",
			want{title: "Гісторыя аднаго мястэчка", place: "Вільня", issued: "1931", locator: "12"}},
		// A capitalised word and a year that name no place stay in the title.
		{"А. Сідарэвіч, Беларусь, Травень 1944, Менск, 1995, с. 41.",
			want{place: "Менск", issued: "1995"}},
	})
}

// TestParseStatementForms reads statements of responsibility as lists and
// citeproc's GOST styles print them.
func TestParseStatementForms(t *testing.T) {
	checkParses(t, []parseCase{
		// The volume closes the title area before the slash; all the
		// persons after it are authors.
		{"Сидоров, П.П. Морские течения. Т. 1 / П.П. Сидоров, А.А. Орлов, В.В. Лодкин. – Санкт-Петербург : Наука, 2018. – 504 с.",
			want{author: "Сидоров|Орлов|Лодкин", title: "Морские течения", volume: "1", place: "Санкт-Петербург"}},
		{"Сидоров, П.П. Морские течения. Кн. II / П.П. Сидоров, А.А. Орлов. – М. : Наука, 2018. – 504 с.",
			want{author: "Сидоров|Орлов", volume: "II"}},
		// A full stop typed between a name and the comma before the next.
		{"Морська психологія: Навч. посіб. / О.В. Сидоренко., Л.В. Орлова, З.В. Причальна та ін. - К.: Просвіта, 2001. - 416 с.",
			want{author: "Сидоренко|Орлова|Причальна", place: "К.", publisher: "Просвіта"}},
		{"Orlov, A. (1971). Harbour Growth. -Cambridge, Mass., The Sea Press of Harbour University.",
			want{author: "Orlov", publisher: "The Sea Press of Harbour University"}},
		// Transliterated "под ред.".
		{"Sidorov P.P. Morskie techeniya: uchebnik / pod red. A.S. Orlova. – M.: Nauka, 2010. – 300 s.",
			want{author: "Sidorov", editor: "Orlova", place: "M.", publisher: "Nauka", pages: "300"}},
		// A team of authors in brackets, "and etc." adding nobody.
		{"Harbour studies. Book 1 / [team of authors: Orlov P.P., Quay A.A. and etc.]. – Karlsruhe: Sea, 2020. – 196 p.",
			want{author: "Orlov|Quay", place: "Karlsruhe", pages: "196"}},
		// The role after the name; the short title repeated before the slash.
		{"Сидоров, П.П. Морские течения / П.П. Сидоров; А.А. Орлов ред. . – М. : Наука, 2011. – 319 сс.",
			want{author: "Сидоров", editor: "Орлов", pages: "319"}},
		{"Сидоров, П.П. Морские течения: что я о них думаю. Морские течения / П.П. Сидоров. – Троицк : Тровант, 1998. – 368 с.",
			want{title: "Морские течения: что я о них думаю", place: "Троицк"}},
	})
}

// TestParseStatementPersonsAndBodies reads persons named given name first
// in a Cyrillic statement of responsibility, and bodies named there.
func TestParseStatementPersonsAndBodies(t *testing.T) {
	checkParses(t, []parseCase{
		{"Морские течения / Иван Петров, Пётр Сидоров. — Москва : Наука, 2010. — 100 с.",
			want{author: "Петров|Сидоров", place: "Москва"}},
		{"HarbourKit / Винсент Ф. Орлов, Серена С. Квей. — Текст : электронный // GitHub Pages : [сайт]. — URL: https://harbour.example.org/ (дата обращения: 23.05.2026).",
			want{author: "Орлов|Квей"}},
		// Bodies: a name in capitals, a last word that names a body, one
		// Cyrillic name with no initial.
		{"Tide API / HDN Web Docs. — Текст : электронный // HDN : [сайт]. — URL: https://harbour.example.org/api (дата обращения: 23.05.2026).",
			want{author: "HDN Web Docs"}},
		{"Harbour 12 Documentation / Harbour Project. — Текст : электронный // Harbour : [сайт]. — URL: https://harbour.example.org/docs (дата обращения: 23.05.2026).",
			want{author: "Harbour Project"}},
		{"Конституція України : станом на 1 жовтня 2017 р. / Верховна Рада України. Київ : Право, 2017. 93 с.",
			want{author: "Верховна Рада України"}},
	})
}

// TestParseOfficialExamples reads forms of the official GOST 7.1 example
// lists (the Belarusian VAK's among them): designations as other title
// information, parallel titles, deposited manuscripts, utility models.
func TestParseOfficialExamples(t *testing.T) {
	checkParses(t, []parseCase{
		{"Морские каталоги. Общие требования = Марскія каталогі. Агульныя патрабаванні : ГОСТ 7.99-2003. – Взамен ГОСТ 7.99-80 ; введ. РБ 01.07.04. – Минск : БелГИСС, 2004. – 3 с.",
			want{typ: "standard", title: "Морские каталоги. Общие требования", number: "ГОСТ 7.99-2003", place: "Минск", pages: "3"}},
		{"О безопасности причалов : ТР ТС 099/2013 : принят 02.07.2013 : вступ. в силу 01.02.2014 / Евраз. экон. комис. – Минск : Экономэнерго, 2013. – 38 с.",
			want{typ: "standard", title: "О безопасности причалов", number: "ТР ТС 099/2013", publisher: "Экономэнерго"}},
		{"Сидоров, П. П. Анализ морских текстов : практикум / П. П. Сидоров. – М., 2017. – 23 с. – Деп. в ИНИОН РАН 31.10.2017, № 61999.",
			want{typ: "manuscript", title: "Анализ морских текстов", number: "61999", pages: "23", issue: ""}},
		{"Тренажер для лоцманов : полез. модель RU 99999 / П. П. Сидоров, А. А. Орлов. – Опубл. 10.08.2000.",
			want{typ: "patent", title: "Тренажер для лоцманов", number: "RU 99999", issued: "2000-08-10"}},
	})
	if r := Parse("Сидоров, П. П. Анализ морских текстов : практикум / П. П. Сидоров. – М., 2017. – 23 с. – Деп. в ИНИОН РАН 31.10.2017, № 61999."); r.Item.Issue != "" {
		t.Errorf("a deposited manuscript's number read as issue %q", r.Item.Issue)
	}
}

// TestParsePageCountForms reads page counts with the unnumbered pages
// after a comma, and a bracketed kind of book after the title.
func TestParsePageCountForms(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоров И. Т. Сборник задач по навигации : Учебное пособие. - 2-е изд., доп.. - М. : Морфлот, 2001. - 93, [4] с.: табл.",
			want{title: "Сборник задач по навигации", pages: "93", publisher: "Морфлот"}},
		{"Сидоров В. Л. Физика моря : [учебное пособие для морских специальностей вузов] / В. Л. Сидоров. - М. : Наука, 1977. - 672 с.",
			want{title: "Физика моря", pages: "672"}},
		// A comma closing the entry after the count.
		{"Сидоров В. Л. Физика моря. - М. : Наука, 1977. - 672,", want{title: "Физика моря"}},
		// Transliterated counts: "s." for "с.", "b." for the Kazakh "б.".
		{"Sidorov V.L. (1977) Fizika morya. – M.: Nauka, 1977. – 672 s. [Sidorov V.L. (1977) Physics of the sea. – M.: Nauka, 1977. – 672 p.] (in Russian)",
			want{pages: "672", issued: "1977"}},
		{"Sidorov V.L. (1998). Teniz fizikasy. – Almaty: Rauan, 1998. – 304 b.", want{pages: "304"}},
	})
	if r := Parse("Sidorov V. L. Atlas of the Sea, 2000b."); r.Item.NumberOfPages != "" {
		t.Errorf("a year's letter read as a page count: %q", r.Item.NumberOfPages)
	}
}

// TestParsePatronymicHeading reads a person named in full, family name
// first, heading a dissertation's record, as the author.
func TestParsePatronymicHeading(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоренко Оксана Валентинівна. Морські порти півдня України: Дис... канд. екон. наук: 08.06.02 / Одеський нац. ун-т. - Одеса, 1999. - 199л.",
			want{typ: "thesis", author: "Сидоренко", title: "Морські порти півдня України", place: "Одеса", issued: "1999", pages: "199"}},
		{"Сидоров Сергей Николаевич. Гавани Балтики : Дис... канд. ист. наук: 07.00.02 / Калининградский гос. ун-т. - Калининград, 1996. - 180 с.",
			want{typ: "thesis", author: "Сидоров", title: "Гавани Балтики", pages: "180"}},
	})
}

// TestParseReviewNote keeps a review's note on the reviewed book out of
// the review's own fields.
func TestParseReviewNote(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сідарэвіч, Т. А. [Рэцэнзія] / Т. А. Сідарэвіч // Весн. Марскога ун-та. – 2013. – № 1. – С. 127–128. – Рэц. на кн.: Марскі слоўнік. – Віцебск : ВДУ, 2012.",
			want{typ: "article-journal", container: "Весн. Марскога ун-та", issue: "1", page: "127–128", issued: "2013"}},
	})
	if r := Parse("Сидоров, П. П. [Рецензия] / П. П. Сидоров // Морской журнал. – 2020. – № 2. – С. 5–7. – Рец. на кн.: Морской словарь. – М. : Наука, 2019."); r.Item.Publisher != "" || r.Item.PublisherPlace != "" {
		t.Errorf("the reviewed book's imprint read as the review's: %q, %q", r.Item.PublisherPlace, r.Item.Publisher)
	}
}

// TestParseVolumesNoteParts keeps the number of parts out of the title.
func TestParseVolumesNoteParts(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сідарэвіч, М.П. Нарысы марской гісторыі: У 2 ч. Ч. 2 / М.П. Сідарэвіч. - Мн.: Беларусь, 2000. - 300 с.",
			want{title: "Нарысы марской гісторыі", place: "Мн."}},
		// The slash typed without spaces after the part's number.
		{"Сідарэвіч, М.П. Нарысы марской гісторыі: У 2 ч. Ч. 2/М.П. Сідарэвіч. - Мн.: Беларусь, 2000. - 300 с.",
			want{title: "Нарысы марской гісторыі", volume: "2", place: "Мн."}},
	})
}

// TestParseTwoImprints reads the first of two imprints joined by ";".
func TestParseTwoImprints(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоров, Е. П. Методы навигации : учеб. пособие / Е. П. Сидоров. – М. : Дашков и К° ; Ростов н/Д : Наука-Спектр, 2012. – 224 с.",
			want{place: "М.", publisher: "Дашков и К°", issued: "2012"}},
		{"Сидоренко В.Г. Основи навігації. - М.: Рефл-бук; К.: Ваклер, 2000. - 528с.",
			want{place: "М.", publisher: "Рефл-бук", pages: "528"}},
	})
}

// TestParseKnownPlaceImprint reads an imprint that opens with a known place
// and a colon, its year in an area of its own, and stops the publisher's
// name before the numbers after it.
func TestParseKnownPlaceImprint(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоренко П. Вступ до навігації. – Київ: “Лоція” – 1995. С. 75",
			want{place: "Київ", publisher: "“Лоція”", issued: "1995", locator: "75"}},
		{"Морська теорія: Підручник / За ред. В.Д. Сидоренка. - 7-ме вид. - К.: Знання-Прес, 208. - 719 с.",
			want{place: "К.", publisher: "Знання-Прес", pages: "719"}},
	})
}

// TestCapitalFirstInitialKeepsUTF8 reads a small initial whose capital has
// another length in UTF-8 (U+1C80 has U+0412) without breaking the text.
func TestCapitalFirstInitialKeepsUTF8(t *testing.T) {
	text := "Сидоров \u1c80.В. Морские течения. – М.: Наука, 2010. – 300 с."
	r := Parse(text)
	if r.Raw != text {
		t.Fatalf("raw text altered: %q", r.Raw)
	}
	for _, f := range []string{r.Item.Title, r.Item.Publisher, r.Item.PublisherPlace} {
		if !utf8.ValidString(f) {
			t.Errorf("field %q is not valid UTF-8", f)
		}
	}
	for _, n := range r.Item.Author {
		if !utf8.ValidString(n.Family + n.Given) {
			t.Errorf("name %+v is not valid UTF-8", n)
		}
	}
}

// TestGluedSlashBeforeEditors reads a statement of editors after a slash
// typed with no spaces, "Title/Під. ред. Name", the abbreviation's stop
// doubled too.
func TestGluedSlashBeforeEditors(t *testing.T) {
	checkParses(t, []parseCase{
		{"Загальна теорія причалів/Під. ред. В.В. Орлова. М., 2006. С. 35-47.",
			want{editor: "Орлова", title: "Загальна теорія причалів", place: "М.", issued: "2006"}},
		{"Теория причалов/Под ред. И.И. Сидорова. – М.: Наука, 1990. – 300 с.",
			want{editor: "Сидорова", title: "Теория причалов", publisher: "Наука"}},
	})
}
