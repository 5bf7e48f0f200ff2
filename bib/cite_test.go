package bib

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindMarkers(t *testing.T) {
	type want struct {
		Raw    string
		Col    int
		Nums   []int
		Page   string
		Author string
		Year   string
		Kind   MarkerKind
	}
	tests := []struct {
		name string
		line string
		want []want
	}{
		{"numeric_plain", "as shown [1].", []want{{"[1]", 10, []int{1}, "", "", "", MarkerNumeric}}},
		{"numeric_page_latin", "text [1, p. 5].", []want{{"[1, p. 5]", 6, []int{1}, "5", "", "", MarkerNumeric}}},
		{"numeric_page_russian", "текст [5, с. 12].", []want{{"[5, с. 12]", 7, []int{5}, "12", "", "", MarkerNumeric}}},
		{"numeric_page_kazakh", "мәтін [1, б. 5].", []want{{"[1, б. 5]", 7, []int{1}, "5", "", "", MarkerNumeric}}},
		{"numeric_page_no_space", "goals [13, p.2].", []want{{"[13, p.2]", 7, []int{13}, "2", "", "", MarkerNumeric}}},
		{"numeric_page_range", "см. [4, с. 12–14]", []want{{"[4, с. 12–14]", 5, []int{4}, "12–14", "", "", MarkerNumeric}}},
		{"numeric_page_stray_full_stop", "см. [4, с. 12.]", []want{{"[4, с. 12.]", 5, []int{4}, "12", "", "", MarkerNumeric}}},
		{"numeric_pages_double_c", "см. [4, сс. 12–14]", []want{{"[4, сс. 12–14]", 5, []int{4}, "12–14", "", "", MarkerNumeric}}},
		{"see_word_kazakh_abbreviated", "(қар.: Петров, 2005, с. 12)", []want{{"(қар.: Петров, 2005, с. 12)", 1, nil, "12", "Петров", "2005", MarkerAuthorDate}}},
		{"see_word_belarusian_also", "(гл. таксама: Петров, 2005)", []want{{"(гл. таксама: Петров, 2005)", 1, nil, "", "Петров", "2005", MarkerAuthorDate}}},
		{"see_word_belarusian_cited_from", "(цыт. па: Петров, 2005)", []want{{"(цыт. па: Петров, 2005)", 1, nil, "", "Петров", "2005", MarkerAuthorDate}}},
		{"author_date_latin_kazakh_jane", "(Saǵyndyquly jáne Kúlmanov, 2017: 15)", []want{{"(Saǵyndyquly jáne Kúlmanov, 2017: 15)", 1, nil, "15", "Saǵyndyquly jáne Kúlmanov", "2017", MarkerAuthorDate}}},
		{"author_date_latin_kazakh_jane_tb", "(Sárseneva jáne t.b., 2020: 31)", []want{{"(Sárseneva jáne t.b., 2020: 31)", 1, nil, "31", "Sárseneva jáne t.b.", "2020", MarkerAuthorDate}}},
		{"author_date_no_space_after_commas", "(Петров,2005,с.12)", []want{{"(Петров,2005,с.12)", 1, nil, "12", "Петров", "2005", MarkerAuthorDate}}},
		{"author_date_pages_double_c", "(Петров, 2005, сс. 12–14)", []want{{"(Петров, 2005, сс. 12–14)", 1, nil, "12–14", "Петров", "2005", MarkerAuthorDate}}},
		{"numeric_volume_and_page", "[2, т. 1, с. 45]", []want{{"[2, т. 1, с. 45]", 1, []int{2}, "45", "", "", MarkerNumeric}}},
		{"numeric_page_after_number_kazakh", "мәтін [3, 25 б.]", []want{{"[3, 25 б.]", 7, []int{3}, "25", "", "", MarkerNumeric}}},
		{"numeric_page_cyrillic_r_typo", "[4, р. 17]", []want{{"[4, р. 17]", 1, []int{4}, "17", "", "", MarkerNumeric}}},
		{"numeric_page_after_colon", "[7: 45]", []want{{"[7: 45]", 1, []int{7}, "45", "", "", MarkerNumeric}}},
		{"numeric_page_list", "[1, с. 5, 7–8; 2]", []want{{"[1, с. 5, 7–8; 2]", 1, []int{1, 2}, "", "", "", MarkerNumeric}}},
		{"numeric_page_without_comma", "[13 с. 45]", []want{{"[13 с. 45]", 1, []int{13}, "45", "", "", MarkerNumeric}}},
		{"numeric_see_prefix", "[см. 5, 6]", []want{{"[см. 5, 6]", 1, []int{5, 6}, "", "", "", MarkerNumeric}}},
		{"numeric_semicolon", "[1; 3]", []want{{"[1; 3]", 1, []int{1, 3}, "", "", "", MarkerNumeric}}},
		{"numeric_comma_list", "[1, 2] and [5, 9]", []want{{"[1, 2]", 1, []int{1, 2}, "", "", "", MarkerNumeric}, {"[5, 9]", 12, []int{5, 9}, "", "", "", MarkerNumeric}}},
		{"ibid_word_colon_page_brackets", "[Сонда: 190]", []want{{"[Сонда: 190]", 1, nil, "190", "", "", MarkerIbid}}},
		{"interval_of_values_is_not_a_marker", "лежит в интервале [10; 20], а x ∈ [2, 5] и y = [1; 3]", nil},
		{"pair_after_other_word_is_a_marker", "по данным [10; 20]", []want{{"[10; 20]", 11, []int{10, 20}, "", "", "", MarkerNumeric}}},
		{"numeric_range_hyphen", "regions [3-7], or", []want{{"[3-7]", 9, []int{3, 4, 5, 6, 7}, "", "", "", MarkerNumeric}}},
		{"numeric_range_en_dash", "регионы [3–7]", []want{{"[3–7]", 9, []int{3, 4, 5, 6, 7}, "", "", "", MarkerNumeric}}},
		{"numeric_groups_with_pages", "[1, с. 5; 3, с. 7]", []want{{"[1, с. 5; 3, с. 7]", 1, []int{1, 3}, "", "", "", MarkerNumeric}}},
		{"marker_inside_aside", "the resources [that produce soft power[24]] to", []want{{"[24]", 39, []int{24}, "", "", "", MarkerNumeric}}},
		{"columns_count_runes", "Ёлкин писал «так» [2]", []want{{"[2]", 19, []int{2}, "", "", "", MarkerNumeric}}},
		{"decimal_comma_interval_is_not_marker", "интервал [1,31; 1,45] мс", nil},
		{"year_in_brackets_is_not_marker", "in that year [2010] the", nil},
		{"sic_is_not_marker", "he wrote [sic] and […] and [...]", nil},
		{"markdown_link_text_is_not_marker", "see [the site](http://x.org) now", nil},
		{"author_date_comma", "(Nye, 2004)", []want{{"(Nye, 2004)", 1, nil, "", "Nye", "2004", MarkerAuthorDate}}},
		{"author_date_colon_page", "power (Nye 2004: 15).", []want{{"(Nye 2004: 15)", 7, nil, "15", "Nye", "2004", MarkerAuthorDate}}},
		{"author_date_russian_brackets", "[Иванов, 2010, с. 5]", []want{{"[Иванов, 2010, с. 5]", 1, nil, "5", "Иванов", "2010", MarkerAuthorDate}}},
		{"author_date_russian_no_page", "как показано [Иванов, 2010].", []want{{"[Иванов, 2010]", 14, nil, "", "Иванов", "2010", MarkerAuthorDate}}},
		{"author_page_no_year", "[Вейнберг: 32]", []want{{"[Вейнберг: 32]", 1, nil, "32", "Вейнберг", "", MarkerAuthorDate}}},
		{"author_date_two_authors", "(Lai and Lu, 2012)", []want{{"(Lai and Lu, 2012)", 1, nil, "", "Lai and Lu", "2012", MarkerAuthorDate}}},
		{"author_date_et_al", "(Иванов и др., 2015a)", []want{{"(Иванов и др., 2015a)", 1, nil, "", "Иванов и др.", "2015a", MarkerAuthorDate}}},
		{"narrative_name_and_year", "D.P. Sterling (2018) examines", []want{{"Sterling (2018)", 6, nil, "", "Sterling", "2018", MarkerNarrative}}},
		{"narrative_with_page", "Иванов (2010, с. 5) писал", []want{{"Иванов (2010, с. 5)", 1, nil, "5", "Иванов", "2010", MarkerNarrative}}},
		{"year_alone_is_not_marker", "in that year (2018) the", nil},
		{"month_year_is_not_marker", "(May 2016)", nil},
		{"ibid_in_text_russian", "[Там же, с. 17]", []want{{"[Там же, с. 17]", 1, nil, "17", "", "", MarkerIbid}}},
		{"ibid_in_text_latin", "(Ibid., p. 7)", []want{{"(Ibid., p. 7)", 1, nil, "7", "", "", MarkerIbid}}},
		{"footnote_markdown", "text[^3] more", []want{{"[^3]", 5, []int{3}, "", "", "", MarkerFootnote}}},
		{"footnote_definition_is_not_marker", "[^3]: the note", nil},
		{"footnote_sup", "власти<sup>12</sup>.", []want{{"<sup>12</sup>", 7, []int{12}, "", "", "", MarkerFootnote}}},
		{"footnote_glued_to_word", "слова власти12 и", []want{{"12", 13, []int{12}, "", "", "", MarkerFootnote}}},
		{"footnote_glued_to_quote", "«так»3. Далее", []want{{"3", 6, []int{3}, "", "", "", MarkerFootnote}}},
		{"footnote_unicode_superscript", "власти¹² и «так»³.", []want{{"¹²", 7, []int{12}, "", "", "", MarkerFootnote}, {"³", 17, []int{3}, "", "", "", MarkerFootnote}}},
		{"acronym_digit_is_not_footnote", "CO2 and G20 and H2O", nil},
		{"unit_is_not_footnote", "площадь 5 км2 в", nil},
		{"unit_superscript_is_not_footnote", "площадь 5 км² и 3 m²", nil},
		{"numeric_see_eg_prefixes", "[см., напр.: 4; 5, с. 10–12]", []want{{"[см., напр.: 4; 5, с. 10–12]", 1, []int{4, 5}, "", "", "", MarkerNumeric}}},
		{"numeric_quoted_from_prefix", "[цит. по: 2, с. 7]", []want{{"[цит. по: 2, с. 7]", 1, []int{2}, "7", "", "", MarkerNumeric}}},
		{"author_date_organisation_suffix", "в SPSS (IBM Corp., 2019).", []want{{"(IBM Corp., 2019)", 8, nil, "", "IBM Corp.", "2019", MarkerAuthorDate}}},
		{"author_date_eg_prefix", "(см., напр.: Иванов, 2010)", []want{{"(см., напр.: Иванов, 2010)", 1, nil, "", "Иванов", "2010", MarkerAuthorDate}}},
		{"note_sign_after_year_abbreviation", "вышедшей в 1949 г.8 Далее", []want{{"8", 19, []int{8}, "", "", "", MarkerFootnote}}},
		{"note_sign_after_century_abbreviation", "в начале XX в.12, когда", []want{{"12", 15, []int{12}, "", "", "", MarkerFootnote}}},
		{"year_abbreviation_then_space_is_no_note", "в 1949 г. 8 томов", nil},
		{"field_materials_are_not_an_author", "Полевые материалы (ПМА, 2021) показывают", nil},
		{"numeric_archive_sheet_locator", "архив [5, л. 5 об.] и [5, стб. 12]", []want{{"[5, л. 5 об.]", 7, []int{5}, "", "", "", MarkerNumeric}, {"[5, стб. 12]", 23, []int{5}, "", "", "", MarkerNumeric}}},
		{"numeric_page_latin_c_typo", "[9, c. 12]", []want{{"[9, c. 12]", 1, []int{9}, "12", "", "", MarkerNumeric}}},
		{"superscript_after_per_cent_is_a_note", "сократилась на 15–20 %². Далее", []want{{"²", 23, []int{2}, "", "", "", MarkerFootnote}}},
		{"caret_superscript_works", "гипертензии^1,3–5^. Далее", []want{{"^1,3–5^", 12, []int{1, 3, 4, 5}, "", "", "", MarkerFootnote}}},
		{"sup_superscript_works", "контроль АД<sup>7, 8</sup>.", []want{{"<sup>7, 8</sup>", 12, []int{7, 8}, "", "", "", MarkerFootnote}}},
		{"caret_exponents_are_not_markers", "ИМТ ≥30 кг/м^2^, лейкоциты 5×10^9^/л", nil},
		{"decimal_pair_is_not_marker", "медиана 34,2 [31,6; 37,9] кг", nil},
		{"numeric_archive_file_and_sheet", "«так» [1, д. 45, л. 15 об.]", []want{{"[1, д. 45, л. 15 об.]", 7, []int{1}, "", "", "", MarkerNumeric}}},
		{"numeric_ukrainian_sheet_reverse", "[6, арк. 12 зв.]", []want{{"[6, арк. 12 зв.]", 1, []int{6}, "", "", "", MarkerNumeric}}},
		{"numeric_ukrainian_see", "[див.: 1; 10]", []want{{"[див.: 1; 10]", 1, []int{1, 10}, "", "", "", MarkerNumeric}}},
		{"ibid_ukrainian_lower_case", "[там само, с. 118–120]", []want{{"[там само, с. 118–120]", 1, nil, "118–120", "", "", MarkerIbid}}},
		{"ibid_russian_lower_case", "(там же, с. 5)", []want{{"(там же, с. 5)", 1, nil, "5", "", "", MarkerIbid}}},
		{"escaped_brackets_docx", `поиск» \[1, с. 5\] и \[4--6\].`, []want{{`\[1, с. 5\]`, 8, []int{1}, "5", "", "", MarkerNumeric}, {`\[4--6\]`, 22, []int{4, 5, 6}, "", "", "", MarkerNumeric}}},
		{"double_hyphen_page_range", "[11, с. 15--17]", []want{{"[11, с. 15--17]", 1, []int{11}, "15–17", "", "", MarkerNumeric}}},
		{"exponent_after_variable_is_no_note", "критерий χ^2^ Пирсона и R^2^ = 0,4", nil},
		{"pandoc_attributes_are_no_markers", `![](media/image1.png){width="5.2in" height="2.9in"}`, nil},
		{"note_sign_after_per_cent", "не превышала 10 %4), тогда", []want{{"4", 18, []int{4}, "", "", "", MarkerFootnote}}},
		{"note_sign_paren_after_word", "в личную собственность1). Далее", []want{{"1", 23, []int{1}, "", "", "", MarkerFootnote}}},
		{"numeric_after_according_to", "[по: 8, ил. 3]", []want{{"[по: 8, ил. 3]", 1, []int{8}, "", "", "", MarkerNumeric}}},
		{"numeric_dotted_article", "[1, ст. 268; 2, ст. 39.9]", []want{{"[1, ст. 268; 2, ст. 39.9]", 1, []int{1, 2}, "", "", "", MarkerNumeric}}},
		{"numeric_page_and_following", "[6, с. 45 и сл.]", []want{{"[6, с. 45 и сл.]", 1, []int{6}, "45", "", "", MarkerNumeric}}},
		{"numeric_passim", "[11, passim]", []want{{"[11, passim]", 1, []int{11}, "", "", "", MarkerNumeric}}},
		{"google_docs_note_sign", "в пространстве»[[1]](#ftnt1). Эта", []want{{"[[1]](#ftnt1)", 16, []int{1}, "", "", "", MarkerFootnote}}},
		{"google_docs_note_text_is_no_sign", "[[1]](#ftnt_ref1) Лотман Ю. М. Семиосфера. СПб., 2000. С. 523.", nil},
		{"html_sup_link_note_sign", `власти<sup><a href="#fn2" id="ref2">2</a></sup>.`, []want{{`<sup><a href="#fn2" id="ref2">2</a></sup>`, 7, []int{2}, "", "", "", MarkerFootnote}}},
		{"unicode_superscript_range", "ожирения¹⁻³. Далее", []want{{"¹⁻³", 9, []int{1, 2, 3}, "", "", "", MarkerFootnote}}},
		{"unicode_superscript_list", "массы тела⁴˒⁵ и 2016 г.⁹˒¹⁰", []want{{"⁴˒⁵", 11, []int{4, 5}, "", "", "", MarkerFootnote}, {"⁹˒¹⁰", 24, []int{9, 10}, "", "", "", MarkerFootnote}}},
		{"unicode_exponent_with_dot_is_no_note", "индекс >38,6 г/м²·⁷ у подростков", nil},
		{"ibid_belarusian", "[Тамсама, арк. 14 адв.]", []want{{"[Тамсама, арк. 14 адв.]", 1, nil, "", "", "", MarkerIbid}}},
		{"numeric_belarusian_see", "[гл.: 8; 9]", []want{{"[гл.: 8; 9]", 1, []int{8, 9}, "", "", "", MarkerNumeric}}},
		{"numeric_in_parentheses", "құзыреттілігі (1, 5 б.) және (3; 4).", []want{{"(1, 5 б.)", 15, []int{1}, "5", "", "", MarkerNumeric}, {"(3; 4)", 30, []int{3, 4}, "", "", "", MarkerNumeric}}},
		{"enumeration_in_parentheses_is_no_marker", "шарттары: (1) оқу пәндері; (2) жобалар", nil},
		{"decimal_in_parentheses_is_no_marker", "коэффициент (3,5) и (0,72)", nil},
		{"numeric_unlisted_locator", "[4, кол. 12; 7, прил. 2]", []want{{"[4, кол. 12; 7, прил. 2]", 1, []int{4, 7}, "", "", "", MarkerNumeric}}},
		{"numeric_unlisted_see_word", "[сравн.: 3; 5]", []want{{"[сравн.: 3; 5]", 1, []int{3, 5}, "", "", "", MarkerNumeric}}},
		{"numeric_ukrainian_page", "[3, стор. 45]", []want{{"[3, стор. 45]", 1, []int{3}, "45", "", "", MarkerNumeric}}},
		{"author_and_page_is_not_a_see_word", "[Вейнберг: 32]", []want{{"[Вейнберг: 32]", 1, nil, "32", "Вейнберг", "", MarkerAuthorDate}}},
		{"ieee_range_across_brackets", "dispatch [1]–[3]. Then [4], [5]", []want{{"[1]–[3]", 10, []int{1, 2, 3}, "", "", "", MarkerNumeric}, {"[4]", 24, []int{4}, "", "", "", MarkerNumeric}, {"[5]", 29, []int{5}, "", "", "", MarkerNumeric}}},
		{"numeric_roman_section", "[8, Sec. III]", []want{{"[8, Sec. III]", 1, []int{8}, "", "", "", MarkerNumeric}}},
		{"numeric_semicolon_before_page", "[1;с.12] и [9;c.24]", []want{{"[1;с.12]", 1, []int{1}, "12", "", "", MarkerNumeric}, {"[9;c.24]", 12, []int{9}, "24", "", "", MarkerNumeric}}},
		{"author_date_editors_nested", "слов (Киселева, Пайар (ред.) 1998).", []want{{"(Киселева, Пайар (ред.) 1998)", 6, nil, "", "Киселева, Пайар", "1998", MarkerAuthorDate}}},
		{"author_date_title_cut_short", "[Государственная программа…, 2019]", []want{{"[Государственная программа…, 2019]", 1, nil, "", "Государственная программа…", "2019", MarkerAuthorDate}}},
		{"sup_after_a_count_is_a_note", "участвовали 412<sup>2</sup>.", []want{{"<sup>2</sup>", 16, []int{2}, "", "", "", MarkerFootnote}}},
		{"sup_after_ten_is_a_power", "лейкоциты 5×10<sup>9</sup>/л и 10^3^ копий", nil},
		{"confidence_intervals_are_no_markers", "(ОШ 1,9 [1,3–2,7]) и (ОШ 1,6 [1,1–2,3])", nil},
		{"quartiles_after_median_are_no_markers", "Медиана возраста составила 61 [52; 70] год", nil},
		{"pair_after_year_is_a_marker", "в 2019 [5; 6]", []want{{"[5; 6]", 8, []int{5, 6}, "", "", "", MarkerNumeric}}},
		{"soft_hyphen_in_name", "[Шме\u00adлев 2002: 380]", []want{{"[Шме\u00adлев 2002: 380]", 1, nil, "380", "Шмелев", "2002", MarkerAuthorDate}}},
		{"author_date_name_particle", "(van Dijk, 2020, p. 118)", []want{{"(van Dijk, 2020, p. 118)", 1, nil, "118", "van Dijk", "2020", MarkerAuthorDate}}},
		{"author_date_volume_before_page", "(Ключевский, 1988, т. 3, с. 46)", []want{{"(Ключевский, 1988, т. 3, с. 46)", 1, nil, "46", "Ключевский", "1988", MarkerAuthorDate}}},
		{"author_date_several_pages", "(Иванов, 2010, с. 5–6, 8)", []want{{"(Иванов, 2010, с. 5–6, 8)", 1, nil, "5–6,8", "Иванов", "2010", MarkerAuthorDate}}},
		{"author_date_and_next_pages", "(Иванов, 2010, с. 5 и сл.)", []want{{"(Иванов, 2010, с. 5 и сл.)", 1, nil, "5", "Иванов", "2010", MarkerAuthorDate}}},
		{"author_date_chapter", "(Иванов, 2010, гл. 2)", []want{{"(Иванов, 2010, гл. 2)", 1, nil, "", "Иванов", "2010", MarkerAuthorDate}}},
		{"species_authority_is_no_citation", "полёвка *Microtus oeconomus* (Pallas, 1776) обычна", nil},
		{"numeric_in_sup_brackets", "продвижения<sup>[9, с. 156]</sup>.", []want{{"[9, с. 156]", 17, []int{9}, "156", "", "", MarkerNumeric}}},
		{"narrative_et_al", "scale of Chemers et al. (2001) was", []want{{"Chemers et al. (2001)", 10, nil, "", "Chemers", "2001", MarkerNarrative}}},
		{"narrative_hyphenated_name", "показала С. К. Нартова-Бочавер (1998), чаще", []want{{"Нартова-Бочавер (1998)", 16, nil, "", "Нартова-Бочавер", "1998", MarkerNarrative}}},
		{"narrative_in_square_brackets", "Н. Д. Арутюнова [1999: 920] относит", []want{{"Арутюнова [1999: 920]", 7, nil, "920", "Арутюнова", "1999", MarkerNarrative}}},
		{"narrative_two_authors_names_the_first", "as Round and Williams (2012) show", []want{{"Round and Williams (2012)", 4, nil, "", "Round", "2012", MarkerNarrative}}},
		{"author_date_year_word", "(Левада, 2000 г.; Гудков, 2012 г., с. 34)", []want{{"(Левада, 2000 г.; Гудков, 2012 г., с. 34)", 1, nil, "", "Левада", "2000", MarkerAuthorDate}}},
		{"numeric_second_volume_after_semicolon", "[6, т. 1, с. 45; т. 2, с. 112]", []want{{"[6, т. 1, с. 45; т. 2, с. 112]", 1, []int{6}, "45", "", "", MarkerNumeric}}},
		{"narrative_possessive", "Knight's (2015, p. 12) warning", []want{{"Knight's (2015, p. 12)", 1, nil, "12", "Knight", "2015", MarkerNarrative}}},
		{"numeric_theorem_locator", "доказано [5, теорема 2; 6] и [7, Lemma 3.1]", []want{{"[5, теорема 2; 6]", 10, []int{5, 6}, "", "", "", MarkerNumeric}, {"[7, Lemma 3.1]", 30, []int{7}, "", "", "", MarkerNumeric}}},
		{"author_date_section_sign", "(Гуссерль, 2004, § 33, с. 168)", []want{{"(Гуссерль, 2004, § 33, с. 168)", 1, nil, "168", "Гуссерль", "2004", MarkerAuthorDate}}},
		{"author_date_kazakh_page_after_number", "(Жұмабеков, 2020, 112 б.; Ахметова, 2019, 45-бет)", []want{{"(Жұмабеков, 2020, 112 б.; Ахметова, 2019, 45-бет)", 1, nil, "112", "Жұмабеков", "2020", MarkerAuthorDate}}},
		{"author_date_original_year_after", "(Тоуни, 2002 [1926], с. 88)", []want{{"(Тоуни, 2002 [1926], с. 88)", 1, nil, "88", "Тоуни", "2002[1926]", MarkerAuthorDate}}},
		{"author_date_initial_like_a_preposition", "(см.: В. А. Нардова, 1984, с. 56)", []want{{"(см.: В. А. Нардова, 1984, с. 56)", 1, nil, "56", "В. А. Нардова", "1984", MarkerAuthorDate}}},
		{"narrative_brackets_must_pair", "Арутюнова (1999] относит", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindMarkers([]string{tt.line})
			var g []want
			for _, m := range got {
				if m.Line != 1 {
					t.Errorf("line %d, want 1", m.Line)
				}
				g = append(g, want{m.Raw, m.Col, m.Nums, m.Page, m.Author, m.Year, m.Kind})
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("FindMarkers(%q)\n got %+v\nwant %+v", tt.line, g, tt.want)
			}
		})
	}
}

func TestFindMarkersPageList(t *testing.T) {
	ms := FindMarkers([]string{"[1, с. 5, 7–8; 2]"})
	if len(ms) != 1 || !reflect.DeepEqual(ms[0].Pages, []string{"5,7–8", ""}) {
		t.Fatalf("got %+v", ms)
	}
}

// TestFindMarkersLocator: a locator that is not a page (an archive sheet,
// a column) is kept apart from the page, so that a quotation it follows
// has its place.
func TestFindMarkersLocator(t *testing.T) {
	for line, want := range map[string]string{
		"[6, арк. 27–28]":   "арк. 27–28",
		"[1, д. 45, л. 3]":  "д. 45, л. 3",
		"[4, стб. 45]":      "стб. 45",
		"[2, т. 3, с. 7]":   "",
		"[5, л. 12 об.; 6]": "л. 12 об.",
		"[3, с. 5, ил. 3]":  "ил. 3",
	} {
		ms := FindMarkers([]string{line})
		if len(ms) != 1 || ms[0].Locator != want {
			t.Errorf("FindMarkers(%q) = %+v, want locator %q", line, ms, want)
		}
	}
}

func TestFindMarkersAttached(t *testing.T) {
	ms := FindMarkers([]string{"ambitions.[25] The end. [20]"})
	if len(ms) != 2 || !ms[0].Attached || ms[1].Attached {
		t.Fatalf("got %+v, want [25] attached and [20] spaced", ms)
	}
}

func TestAuthorDateGroups(t *testing.T) {
	ms := FindMarkers([]string{"(Nye, 2004; Keohane, 1989: 12)"})
	if len(ms) != 1 {
		t.Fatalf("got %d markers, want 1", len(ms))
	}
	gs := AuthorDateGroups(ms[0])
	if len(gs) != 2 || gs[0].Author != "Nye" || gs[1].Author != "Keohane" || gs[1].Year != "1989" || gs[1].Page != "12" {
		t.Fatalf("got %+v", gs)
	}
}

// FuzzCheck: marker finding and checking never panic, and every marker
// and finding points inside the text.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Текст [1, с. 5] и [3–7], (Nye, 2004) [^2] власти12 «цитата из шести слов подряд здесь».",
		"[1,31; 1,45] [sic] […] [that [24]] <sup>3</sup> (см. рис. 1) 2012.*",
		"[Иванов, 2010, с. 5]; [Вейнберг: 32]. publics. [13, p.2]. [2, т. 1, с. 4]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		for _, m := range FindMarkers(lines) {
			if m.Line < 1 || m.Line > len(lines) || m.Col < 1 || m.Col > utf8.RuneCountInString(lines[m.Line-1]) {
				t.Fatalf("marker %+v outside the text", m)
			}
		}
		doc := Document{Lines: append(lines, "References", "1. Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.", "2. Там же. – С. 5."), BodyEnd: len(lines)}
		doc.Lists = []List{{Heading: "References", HeadingLine: len(lines) + 1, Entries: []Entry{
			{Label: "1", Line: len(lines) + 2, Lines: []int{len(lines) + 2}, Raw: "Иванов И. И. Книга. – М. : Наука, 2010. – 250 с."},
			{Label: "2", Line: len(lines) + 3, Lines: []int{len(lines) + 3}, Raw: "Там же. – С. 5."},
		}}}
		refs := [][]Ref{ParseEntries(doc.Lists[0].Entries)}
		for _, x := range Check(doc, refs) {
			if x.Line < 1 || x.Line > len(doc.Lines) || x.Col < 1 {
				t.Fatalf("finding %+v outside the text", x)
			}
		}
		FixList(doc, FindMarkers(lines))
	})
}

func TestFootnoteList(t *testing.T) {
	lines := []string{"Текст[^1] и[^2].", "", "[^1]: Иванов И. И. Книга.", "    – М., 2010. – С. 5.", "[^2]: Там же.", "[^x]: не заметка с номером"}
	l, ok := FootnoteList(lines)
	if !ok || len(l.Entries) != 2 {
		t.Fatalf("got %+v", l)
	}
	if e := l.Entries[0]; e.Label != "1" || e.Line != 3 || !reflect.DeepEqual(e.Lines, []int{3, 4}) || e.Raw != "Иванов И. И. Книга. – М., 2010. – С. 5." {
		t.Errorf("entry 1: %+v", e)
	}
	gd, ok := FootnoteList([]string{"Текст[[1]](#ftnt1).", "---", "[[1]](#ftnt_ref1) Лотман Ю. М. Семиосфера. СПб., 2000. С. 523."})
	if !ok || len(gd.Entries) != 1 || gd.Entries[0].Label != "1" || gd.Entries[0].Line != 3 || !strings.HasPrefix(gd.Entries[0].Raw, "Лотман") {
		t.Errorf("Google Docs notes: got %+v", gd)
	}
	if _, ok := FootnoteList([]string{"no notes"}); ok {
		t.Error("a text without definitions has a footnote list")
	}
}

func TestAuthorDateGroupsYears(t *testing.T) {
	for _, tt := range []struct {
		name string
		line string
		want string
	}{
		{"two_years_one_author", "(Иванов, 2010, 2012)", "Иванов 2010 ; Иванов 2012 "},
		{"bare_year_repeats_author", "(Иванов, 2010; 2012, с. 5)", "Иванов 2010 ; Иванов 2012 5"},
		{"two_authors", "[Nye, 2004; Keohane 1989: 12]", "Nye 2004 ; Keohane 1989 12"},
		{"idem_after_author", "[Вежбицкая 1996: 35–37; её же 2001: 14]", "Вежбицкая 1996 35–37; Вежбицкая 2001 14"},
		{"editors_nested", "(Schiffrin 1987; Киселева, Пайар (ред.) 1998)", "Schiffrin 1987 ; Киселева, Пайар 1998 "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := FindMarkers([]string{tt.line})
			if len(ms) != 1 {
				t.Fatalf("got %d markers", len(ms))
			}
			var got []string
			for _, g := range AuthorDateGroups(ms[0]) {
				got = append(got, g.Author+" "+g.Year+" "+g.Page)
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tt.want)
			}
		})
	}
}

// TestFindMarkersWrapped reads markers a hard-wrapped line breaks.
func TestFindMarkersWrapped(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // "line:col raw"
	}{
		{"numeric_page_wrapped", []string{"перенос [2, с.", "45] и [1]."}, []string{"1:9 [2, с. 45]", "2:7 [1]"}},
		{"author_date_wrapped", []string{"как показано (Smith et", "al., 2019), далее"}, []string{"1:14 (Smith et al., 2019)"}},
		{"bracket_closed_on_its_own_line", []string{"текст [1] и (примечание", "без года) далее"}, []string{"1:7 [1]"}},
		{"name_hyphenated_at_line_break", []string{"начала 2000-х гг. (Галицкий, Леви-", "нская, 2009; Добринская, Мартыненко, 2019)."}, []string{"1:19 (Галицкий, Левинская, 2009; Добринская, Мартыненко, 2019)"}},
		{"compound_name_at_line_break", []string{"см. (Бонч-", "Осмоловская, 2010)"}, []string{"1:5 (Бонч-Осмоловская, 2010)"}},
		{"closer_too_far_is_no_marker", []string{"текст [2, с.", strings.Repeat("слово ", 10) + "45]"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range FindMarkers(tt.lines) {
				got = append(got, fmt.Sprintf("%d:%d %s", m.Line, m.Col, m.Raw))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("FindMarkers(%q)\n got %q\nwant %q", tt.lines, got, tt.want)
			}
		})
	}
}

// TestAuthorDateSerialComma: three authors with a serial comma before
// "and" or "&" are one work's authors, with or without a comma before the
// year.
func TestAuthorDateSerialComma(t *testing.T) {
	for inner, want := range map[string]string{
		"Abylkhozhin, Kozybayev, and Tatimov 1989, 75": "Abylkhozhin, Kozybayev, and Tatimov|1989|75",
		"Ryan, Deci, & Grolnick, 1995, p. 12":          "Ryan, Deci, & Grolnick|1995|12",
	} {
		ms, ok := authorDateWorks(inner, false)
		if !ok || len(ms) != 1 || ms[0].Author+"|"+ms[0].Year+"|"+ms[0].Page != want {
			t.Errorf("authorDateWorks(%q) = %+v, %v; want one work %s", inner, ms, ok, want)
		}
	}
}
