package bib

import "testing"

func TestTrimHostNumbers(t *testing.T) {
	for _, c := range []struct{ name, in, want, year string }{
		{"year_and_no", "Vestnik Tomskogo universiteta - TSPU Bulletin, 2007, no.", "Vestnik Tomskogo universiteta - TSPU Bulletin", "2007"},
		{"year_and_vol", "Mekhatronika, avtomatizatsiya, upravlenie [Mechatronics], 2019, vol.", "Mekhatronika, avtomatizatsiya, upravlenie [Mechatronics]", "2019"},
		{"year_alone", "Voprosy istorii, 2016", "Voprosy istorii", "2016"},
		{"title_with_a_year_kept", "Россия в 2020 году: прогнозы", "Россия в 2020 году: прогнозы", ""},
		{"series_number_kept", "Lecture Notes in Computer Science, vol. 10856", "Lecture Notes in Computer Science, vol. 10856", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			it := Item{ContainerTitle: c.in}
			trimHostNumbers(&it)
			if it.ContainerTitle != c.want {
				t.Errorf("container %q, want %q", it.ContainerTitle, c.want)
			}
			if got := it.Issued.String(); got != c.year {
				t.Errorf("issued %q, want %q", got, c.year)
			}
		})
	}
}

// "Family. I. I." is a typing slip for "Family I. I."; an abbreviated
// organisation ("Рос. Кн. палата") is not a name.
func TestFamilyNameWithFullStop(t *testing.T) {
	r := ParseLines([]string{"Арнольд. В.И. Дополнительные главы теории обыкновенных дифференциальных уравнений. М.: Наука, 1978, 304 с."})[0]
	if len(r.Item.Author) != 1 || r.Item.Author[0].Family != "Арнольд" || r.Item.Title != "Дополнительные главы теории обыкновенных дифференциальных уравнений" {
		t.Errorf("author %+v, title %q", r.Item.Author, r.Item.Title)
	}
	r = ParseLines([]string{"Отчет о НИР : 06-02 / Рос. Кн. палата; рук. А.А. Джиго. - М., 2000. - 250 с."})[0]
	for _, a := range r.Item.Author {
		if a.Family == "Рос" {
			t.Errorf("an abbreviation read as a name: %+v", r.Item.Author)
		}
	}
}

func TestImprintWithoutColon(t *testing.T) {
	for _, c := range []struct{ in, place, publisher string }{
		{"М. Мир, 1972", "М.", "Мир"},
		{"СПб. Питер, 2010", "СПб.", "Питер"},
		{"М.: Наука, 1990", "М.", "Наука"},
		{"Алматы, 2015", "Алматы", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			if p, pub := splitImprint(c.in); p != c.place || pub != c.publisher {
				t.Errorf("splitImprint(%q) = %q, %q; want %q, %q", c.in, p, pub, c.place, c.publisher)
			}
		})
	}
}

func TestPatentTwoDigitYear(t *testing.T) {
	r := ParseLines([]string{"Приемопередающее устройство: пат. 2187888 Рос. Федерация. № 2000131736/09; заявл. 18.12.00; опубл. 20.08.02, Бюл. № 23. 3 с."})[0]
	if r.Item.Type != "patent" || r.Item.Issued.String() != "2002-08-20" {
		t.Errorf("type %q, issued %q; want patent, 2002-08-20", r.Item.Type, r.Item.Issued.String())
	}
	for in, want := range map[string]string{"20.08.02": "20.08.2002", "01.02.85": "01.02.1985", "01.02.1985": "01.02.1985"} {
		if got := fullYear(in); got != want {
			t.Errorf("fullYear(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestVancouverNumbersInGOSTHost reads Vancouver's "volume(issue):pages"
// after the year of a host introduced by "//", a part printed with its
// authors but no title, and an abbreviated journal title that opens with
// an initial.
func TestVancouverNumbersInGOSTHost(t *testing.T) {
	checkParses(t, []parseCase{
		{"Novak P., Horak J. Scale inhibitors in pipelines // Energy Reports. 2021. 7:1150–1162, CC BY",
			want{typ: "article-journal", author: "Novak|Horak", container: "Energy Reports", volume: "7", page: "1150–1162", issued: "2021"}},
		{"Chen L. Thermal regime of wells // Fluids. 2023. 8(3):95. doi:10.3390/fluids8030095",
			want{container: "Fluids", volume: "8", issue: "3", page: "95"}},
		{"Kumar S., Patel R. // J. Nat. Gas Sci. Eng. 2018. 52:310–322.",
			want{author: "Kumar|Patel", container: "J. Nat. Gas Sci. Eng", volume: "52", page: "310–322"}},
	})
	if it := Parse("Kumar S., Patel R. // J. Nat. Gas Sci. Eng. 2018. 52:310–322.").Item; it.Title != "" || len(it.Editor) != 0 {
		t.Errorf("names before the host: title %q, editors %v; want none", it.Title, it.Editor)
	}
}

// TestHostYearTypedInTitle reads a year typed after a journal's title with
// no full stop ("Вестник 2001. № 6"), and keeps a title that ends in a year
// of its own when the year of the host is printed apart.
func TestHostYearTypedInTitle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Жұмабеков Е. Қоғам және мемлекет / Ақиқат 2003. № 4.", want{container: "Ақиқат", issued: "2003", issue: "4"}},
		{"Сергеев П. Реформа // Вопросы экономики 1999. № 2. С. 40-52.", want{container: "Вопросы экономики", issued: "1999", issue: "2", page: "40-52"}},
		{"Сергеев П. Прогноз // Россия 2030. – М., 2012. – С. 5-9.", want{container: "Россия 2030", issued: "2012", place: "М."}},
	})
}

// TestAPAIssueWithoutVolume reads APA 7's periodical numbers as Russian and
// Kazakh journals print them without a volume: "Journal, (4), 12–24."
func TestAPAIssueWithoutVolume(t *testing.T) {
	checkParses(t, []parseCase{
		{"Петрова, А. А. (2021). Школьная реформа. Педагогика, (3), 33–41.",
			want{typ: "article-journal", container: "Педагогика", issue: "3", page: "33–41", issued: "2021"}},
		{"Сейітов, Б. (2018). Тіл мәдениеті. Хабаршы, (1-2), 10-18.", want{container: "Хабаршы", issue: "1-2", page: "10-18"}},
	})
}

// TestProceedingsWithoutSlashes reads a paper in proceedings described in
// GOST R 7.0.5's form without "//" whose host names the conference in
// quotation marks, and keeps the OJS and Chicago forms whose title is
// quoted after the heading.
func TestProceedingsWithoutSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Садыкова А. Б. Цифровые навыки учителей. Материалы междунар. науч.-практ. конф. «Образование и наука». Алматы, 2019. С. 44–48.",
			want{typ: "paper-conference", title: "Цифровые навыки учителей", container: "Образование и наука", place: "Алматы", page: "44–48"}},
		{"Садыкова, Айгуль Б. 2019. «Цифровые навыки учителей». Вестник КазНУ, вып. 2 (май):44-48.", want{title: "Цифровые навыки учителей"}},
	})
}

// TestHostAreasWithCommas reads a host whose areas are typed with commas
// ("// Известия вузов. Ядерная энергетика, 2004, №4, С.70-83"), and leaves
// the hosts whose commas already separate areas or a place.
func TestHostAreasWithCommas(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов П.П. Теплообмен в каналах // Известия вузов. Машиностроение, 2011, №7, С.15-22.",
			want{typ: "article-journal", container: "Известия вузов. Машиностроение", issued: "2011", issue: "7", page: "15-22"}},
		{"Петров П. Статья // Вопр. Экономики, 1995. - № 4, С. 10-19.", want{container: "Вопр. Экономики", issue: "4", page: "10-19"}},
		{"Сидоров С. Очерк // Вспомогательные исторические дисциплины, т. 12, Л., 1981, с. 100-110.", want{container: "Вспомогательные исторические дисциплины", volume: "12"}},
	})
}

// TestMeetingNamedInQuotes reads a host named by the kind of its papers and
// a meeting's name in quotation marks as the meeting's name, the title
// proper of the proceedings; a collection named so without a meeting keeps
// its whole name.
func TestMeetingNamedInQuotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов В.А. Опыт создания датчиков/Сб. докл. конференции «Теплоносители в ядерных технологиях». Т. 2. – 1999. – С. 631.",
			want{typ: "paper-conference", container: "Теплоносители в ядерных технологиях", volume: "2", page: "631"}},
		{"Орлов М.Е. Достижения/Тез. докл. межотраслевого семинара «Теплоносители в быстрых реакторах». – 2010. – С. 26.",
			want{container: "Теплоносители в быстрых реакторах", page: "26"}},
		{"Орлов А. Статья // Сборник научных трудов вузов России «Проблемы экономики». – 2019. – № 3. – С. 5–9.",
			want{container: "Сборник научных трудов вузов России «Проблемы экономики»"}},
	})
}

// TestHostNamedAsBook types a part whose host is introduced as a book ("В
// книге:", "У кн.:") as a chapter, even with a year and pages only.
func TestHostNamedAsBook(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов А.М., Белов Е.Е. Решение задач оптимизации В книге: Безопасность АЭС и подготовка кадров. – 2011. – С. 103-105.",
			want{typ: "chapter", container: "Безопасность АЭС и подготовка кадров", page: "103-105", issued: "2011"}},
		{"Орлов А. Статья // Вестник. – 2011. – № 3. – С. 5-9.", want{typ: "article-journal"}},
	})
}

// TestArxivPreprintHost reads Google Scholar's GOST export of a preprint,
// "//arXiv preprint arXiv:1409.1556. – 2014.": the server is the host, the
// identifier its number, the year after the full stop and dash the date —
// no span of years "1556 – 2014".
func TestArxivPreprintHost(t *testing.T) {
	r := Parse("Lee K., Park J. Sparse attention for long documents //arXiv preprint arXiv:2103.01234. – 2021.")
	want{container: "arXiv preprint", issued: "2021", number: "arXiv:2103.01234"}.check(t, r)
}

// TestHostHeadedByAuthor reads a host that opens with its own author's
// heading as a book: the part is a chapter, and the name is no part of the
// host's title.
func TestHostHeadedByAuthor(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов В. Г. Письмо к другу // Орлов В. Г. Собр. соч.: В 10 т. – Т. 3. – С. 120.",
			want{typ: "chapter", author: "Орлов", container: "Собр. соч.", volume: "3"}},
		{"Из записок лицеиста // Белов А.Н. Очерки русской журналистики. – М., 1961. – Вып. 2. – С. 45.",
			want{typ: "chapter", container: "Очерки русской журналистики", place: "М.", issued: "1961"}},
		{"Орлов И.А. Модели пористости // ВАНТ. Серия: Материаловедение. 2019. № 3. С. 12–20.",
			want{typ: "article-journal", container: "ВАНТ. Серия: Материаловедение", issue: "3"}},
		{"Orlov A.I. Waves in plasma // Lobachevskii J. Math. 2021. 42:110–118.",
			want{typ: "article-journal", container: "Lobachevskii J. Math"}},
	})
}

// TestUkrainianAccessMode reads the DSTU label "Режим доступу до ресурсу:"
// before a link and a material designation with its letters swapped.
func TestUkrainianAccessMode(t *testing.T) {
	checkParses(t, []parseCase{
		{"Керування пам'яттю [Електорнний ресурс] // Посібник ядра. Режим доступу до ресурсу: https://example.org/mm/index.html",
			want{typ: "webpage", title: "Керування пам'яттю", container: "Посібник ядра", medium: "Електорнний ресурс"}},
	})
}

// TestTranslitHostBeforeImprint reads the host of a part in the References
// of Russian journals, named with its translation in brackets before the
// imprint and no "//": a journal with its numbers, a collection of a
// conference; and TeX's "--" between pages.
func TestTranslitHostBeforeImprint(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P.P. Prilivy i otlivy [Tides and ebbs]. Morskoy vestnik [Marine Bulletin]. Moscow: Nauka Publ., 2019, vol. 3, no. 12, pp. 15--30.",
			want{typ: "article-journal", container: "Morskoy vestnik [Marine Bulletin]", volume: "3", issue: "12", page: "15--30", place: "Moscow", publisher: "Nauka Publ"}},
		{"Orlov P.P. Prilivy [Tides]. Morskie chteniya: Sbornik statey II Mezhdunarodnoy nauchnoy konferentsii [Marine Readings: Collected Papers of the 2nd International Conference]. Moscow: MGU Publ., 2020, pp. 61-64.",
			want{typ: "paper-conference", container: "Morskie chteniya", page: "61-64", place: "Moscow"}},
	})
}
