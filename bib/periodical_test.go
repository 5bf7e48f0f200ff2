package bib

import "testing"

// TestPeriodicalLayouts reads the host of an article printed without "//"
// (GOST R 7.0.5 and DSTU 8302 lists) and dates newspapers by the day.
func TestPeriodicalLayouts(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваль І. П. Вплив клімату на врожайність зернових. Агроекологічний журнал. 2019. Т. 7, № 2. С. 15–22.",
			want{typ: "article-journal", title: "Вплив клімату на врожайність зернових", container: "Агроекологічний журнал",
				volume: "7", issue: "2", page: "15–22", issued: "2019"}},
		{"Сидоренко О. Нові правила вступу. Освітній вісник. 2021. 12 берез. С. 3.",
			want{title: "Нові правила вступу", container: "Освітній вісник", issued: "2021-03-12"}},
		// A place before the year is an imprint, not a journal.
		{"Коваль І. П. Історія села. Київ. 2013. 120 с.", want{typ: "book", title: "Історія села"}},
		// A journal in an area of its own, after a dash instead of "//".
		{"Иванов И. И. Новый метод анализа. – Вестник науки. – 2010. – № 3. – С. 5–10.",
			want{typ: "article-journal", title: "Новый метод анализа", container: "Вестник науки", issue: "3", page: "5–10"}},
		{"Иванов И. И. Новый метод анализа. – М. : Наука. – 2010. – С. 5–10.", want{title: "Новый метод анализа", place: "М."}},
		{"Мельник П. Весна у місті / П. Мельник // Вечірній Львів. — 2018. — 14 квітня (№ 30). — С. 5.",
			want{typ: "article-newspaper", container: "Вечірній Львів", issued: "2018-04-14"}},
		{"Орлов К. Цены на зерно / К. Орлов // Сельская газета. – 2022. – Март (№ 3). – С. 2.",
			want{typ: "article-newspaper", container: "Сельская газета"}},
	})
}

// TestPeriodicalByName reads a periodical named by its title words, with
// no "//" before it, as the host when part numbers follow; a collection
// named as the genre of a book stays the book's.
func TestPeriodicalByName(t *testing.T) {
	r := Parse("Орлов К. Н. Древний город. Изв. Туркестанского отдела. Ташкент, вып. 3, 1928. – С. 23–42.")
	want{title: "Древний город", container: "Изв. Туркестанского отдела", page: "23–42"}.check(t, r)
	if r.Item.ContainerTitle == "" {
		t.Fatal("no host")
	}
	r = Parse("Линейные группы. Сборник. М., Мир, 1976.")
	want{typ: "book", title: "Линейные группы"}.check(t, r)
}

// TestPagesWithUnitAfter reads a range with the unit after it as the pages
// of a part, and one number with the unit as a page count.
func TestPagesWithUnitAfter(t *testing.T) {
	want{page: "12–15", issue: "4"}.check(t, Parse("Сейткали А. Тарих және қазіргі заман // Қазақ тарихы. – 2018. – № 4. – 12–15 б."))
	want{page: "45-52"}.check(t, Parse("Орлов К. Статья // Вестник науки. – 2019. – № 2. – 45-52 с."))
	r := Parse("Сейткали А. Тарих және қазіргі заман. – Алматы : Қазақ университеті, 2018. – 215 б.")
	want{pages: "215"}.check(t, r)
	if r.Item.Page != "" {
		t.Errorf("page %q; want none: 215 б. is a page count", r.Item.Page)
	}
}

// TestOJSRenderings reads journal articles as OJS sites render APA and MLA
// in Russian, Kazakh and Ukrainian.
func TestOJSRenderings(t *testing.T) {
	want{typ: "article-journal", container: "Вестник науки и образования", volume: "12", issue: "4"}.check(t,
		Parse("Ахметова, Г. С. (2019). Тілдік сана мәселелері. Вестник науки и образования, 12(4). извлечено от https://example.kz/index.php/1/article/view/77"))
	want{container: "Вісник університету. Історія", volume: "131", issue: "2", page: "10-19"}.check(t,
		Parse("Коваль, І. «Нариси історії міста». Вісник університету. Історія, вип. 131, вип. 2, Березень 2021, с. 10-19, https://doi.org/10.17721/1728-2640/2021/131.2."))
}

// TestOJSVancouverRussian reads Vancouver as OJS renders it in Russian:
// "[Интернет]" is the medium and "[цитируется по …]" the access date.
func TestOJSVancouverRussian(t *testing.T) {
	r := Parse("Ахметова ГС. Тілдік сана мәселелері. Вестник науки [Интернет]. 12 март 2019 г. [цитируется по 5 май 2024 г.];12(4). доступно на: https://example.kz/index.php/1/article/view/77")
	want{typ: "article-journal", container: "Вестник науки", volume: "12", issue: "4", accessed: "2024-05-05", medium: "Интернет"}.check(t, r)
}

// TestHostAfterOneSlash reads a host typed after one slash instead of two,
// and leaves a statement of responsibility after the slash alone.
func TestHostAfterOneSlash(t *testing.T) {
	for _, c := range []parseCase{
		{"Орлов К.Н. Тепловые насосы в городах. / Энергетика. – 1998. - № 4. - С. 11-15.",
			want{typ: "article-journal", title: "Тепловые насосы в городах", container: "Энергетика", issue: "4", page: "11-15"}},
		{"Орлов К.Н., Белов П.Р. Опыт подготовки инженеров / Сборник научных трудов института. – Л.: Наука, 1988. – С. 29-30.",
			want{typ: "chapter", container: "Сборник научных трудов института", page: "29-30", publisher: "Наука"}},
		{"Белов П. Р. Степные озера // Природа. – 2001. – № 7(17). – С. 4-5.",
			want{container: "Природа", issue: "7 (17)", page: "4-5"}},
		{"Орлов К.Н. Отчет о работе / Ин-т экономики РАН. – М., 2010. – 50 с.",
			want{title: "Отчет о работе", pages: "50", place: "М."}},
		{"Ward, A. The Lakes of the North / Anne Ward. — Northern History Association, 2006. — (Research Series, No. 31).",
			want{typ: "book", title: "The Lakes of the North"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := Parse(c.text)
			c.w.check(t, r)
			if c.w.container == "" && r.Item.ContainerTitle != "" {
				t.Errorf("container %q, want none", r.Item.ContainerTitle)
			}
		})
	}
}

// TestDSTUArticleWithCopiedNames reads a DSTU 8302 description of an
// English article: the persons after the slash named given name first, as
// the article prints them, a journal abbreviated as ISO 4 abbreviates it,
// and its URL in angle brackets — an article, not a web page.
func TestDSTUArticleWithCopiedNames(t *testing.T) {
	r := Parse("Lake sediments of the north / Anna Nowak, Łukasz Wiśniewski, Mei-Ling Chen та ін. // J Limnol. – 2019. – <https://example.org/articles/12345/>.")
	want{typ: "article-journal", author: "Nowak|Wiśniewski|Chen", container: "J Limnol", issued: "2019"}.check(t, r)
	if r.Item.URL != "https://example.org/articles/12345/" {
		t.Errorf("URL %q", r.Item.URL)
	}
	r = Parse("Annual report / Northern State University. – Boston, 2010. – 50 p.")
	if len(r.Item.Author) != 1 || r.Item.Author[0].Literal != "Northern State University" {
		t.Errorf("an organisation is no list of persons: %v", r.Item.Author)
	}
}

// TestHostKinds types a part by its host: a preprint server (arXiv), a
// series of technical reports, a conference's collection after a slash
// typed without spaces; and reads a Kazakh annual report as a report.
func TestHostKinds(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov K., Lane G. Sparse Graph Sampling // arXiv preprint. — 2019. — arXiv:1901.01234.",
			want{typ: "article", container: "arXiv preprint", issued: "2019"}},
		{"Lane G. Fast Joins / G. Lane. — Текст : электронный // arXiv. — 2024. — URL: https://arxiv.org/abs/2401.01234 (дата обращения: 08.04.2026).",
			want{typ: "article"}},
		{"Lane G., Orlov K. Ranking Pages by Links // Northern University Technical Report. — 2001.",
			want{typ: "report", container: "Northern University Technical Report"}},
		{"Орлов К.Н., Белов П.Р. Опыт работы датчиков кислорода в контуре/Сб. докл. конференции «Теплофизика-2000». – Обнинск, 2001. – С. 12-20.",
			want{typ: "paper-conference", title: "Опыт работы датчиков кислорода в контуре", page: "12-20", place: "Обнинск"}},
		{"Қаржы агенттiгiнiң 2023 жылғы есебi. — Астана, 2024.",
			want{typ: "report", place: "Астана"}},
	})
	// A slash inside a word of the title is no host's.
	want{title: "TCP/IP Illustrated", place: "Boston"}.check(t, Parse("TCP/IP Illustrated / W. R. Stevens. – Boston : Addison-Wesley, 1994. – 576 p."))
}

// TestCollectionsNamedInWords reads hosts named "В книге:" or "В сб.:" —
// even without a full stop before them — and abstracts ("Тез. докл.")
// after a slash typed without spaces.
func TestCollectionsNamedInWords(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К.Н. Каскады центрифуг. В книге: Процессы разделения изотопов. – Звенигород, 2005. – С.50-55.",
			want{container: "Процессы разделения изотопов", page: "50-55"}},
		{"Орлов К.Н., Белов П.Р. Маршруты обхода «Уран» В книге: Безопасность АЭС. – Обнинск, 2009. – С. 103-105.",
			want{title: "Маршруты обхода «Уран»", container: "Безопасность АЭС", page: "103-105"}},
		{"Орлов К.Н. Датчики кислорода/Тез. докл. конф. «Теплоносители». – Обнинск, 2003. – С. 57.",
			want{typ: "paper-conference", container: "Теплоносители", page: "57"}},
	})
}

// TestPartNumbersWithoutMarkers reads a part's pages printed as a bare
// range in the last area, and an issue number glued to the area dash;
// a range of years stays the date.
func TestPartNumbersWithoutMarkers(t *testing.T) {
	for _, c := range []parseCase{
		{"Lane G., Orlov K. Ozone trends // J. of Atmosph. Phys.- 1996. – V. 58. - 1849-1854.",
			want{volume: "58", page: "1849-1854", issued: "1996"}},
		{"Орлов К. Н. Театр өнері // Шығармалар: Он екі томдық. - Алматы: Жазушы, 1969. - 11-том. - 33-57.",
			want{volume: "11", page: "33-57"}},
		{"Орлов К. Н. Статья о школе // Журнал. – 2010. –№9. – С. 5-9.",
			want{issue: "9", page: "5-9"}},
		{"Орлов К. Н. Статья о школе // Труды института. – 1985–1987.",
			want{issued: "1985/1987"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := Parse(c.text)
			c.w.check(t, r)
			if c.w.page == "" && r.Item.Page != "" {
				t.Errorf("page %q, want none", r.Item.Page)
			}
		})
	}
}

// TestSeriesAndPluralPages reads a periodical's series printed after a
// full stop as part of its title (GOST 7.1-2003, 7.1.7), a series whose
// name begins as "материалы" does as no conference, and "Сс."/"сс." as
// pages and page count.
func TestSeriesAndPluralPages(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К. Н. Распухание сталей // Вопросы науки. Серия: Материаловедение и новые материалы. – 2008. – Вып. 2 (71). – С. 3-13.",
			want{typ: "article-journal", container: "Вопросы науки. Серия: Материаловедение и новые материалы", issue: "2 (71)", page: "3-13"}},
		{"Орлов К. Н. Кристаллы / К. Н. Орлов // Журнал физики. – 1925. – Т. 57. – № 3. – Сс. 209–240.",
			want{page: "209–240", volume: "57", issue: "3"}},
		{"Орлов К. Н. Теория поля. – М. : Наука, 1987. – 527 сс.",
			want{pages: "527", publisher: "Наука"}},
	})
}

// TestEditorsAndHostsTypedLoosely reads Ukrainian editors' words after a
// slash typed without spaces or as a sentence of their own, an issue typed
// after a host's title with no stop, and a paper cited as a talk at a
// conference named in quotes.
func TestEditorsAndHostsTypedLoosely(t *testing.T) {
	checkParses(t, []parseCase{
		{"Основи економіки: Підручник/під заг. ред. О. П. Коваля, І. М. Гнатюк. - К.: Знання, 2004. - 400 с.",
			want{editor: "Коваля|Гнатюк", title: "Основи економіки", place: "К.", publisher: "Знання"}},
		{"Основи права/за ред. Коваля О.П. - Львів, 2008",
			want{editor: "Коваля", title: "Основи права", place: "Львів"}},
		{"Історія міста. Під ред. Проф. О. П. Коваля. - Львів: Світ, 2002. - 320 с.",
			want{editor: "Коваля", title: "Історія міста", publisher: "Світ"}},
		{"Орлова А. Поэма и её время // Звезда № 6 1965",
			want{typ: "article-journal", container: "Звезда", issue: "6", issued: "1965"}},
		{"Орлов Д.Д. О переписи // Демограф Weekly №571-572, http://example.ru/weekly/0571.php",
			want{container: "Демограф Weekly", issue: "571-572"}},
		{"Orlov A.V., Belov V.N. Damping of oscillations // Proc. of the International Conference “Physics and Control”.– St.Petersburg, 2003, pp. 121-126.",
			want{container: "Proc. of the International Conference “Physics and Control”", place: "St.Petersburg", page: "121-126"}},
		{"ОРЛОВ В.Л. ФИЛЬТРЫ // НАУЧНЫЙ ВЕСТНИК серия Авионика No 89(7)",
			want{container: "НАУЧНЫЙ ВЕСТНИК серия Авионика", issue: "89 (7)"}},
		{"Орлов В.М. Атомная энергетика будущего. Доклад на VII Международной конференции «Энергетика и общество». Москва. 12-14.05.2015.",
			want{typ: "paper-conference", title: "Атомная энергетика будущего", container: "Энергетика и общество", place: "Москва", issued: "2015-05-14"}},
	})
}

// TestPublicBodyHeadings reads a public body named before the title of its
// statistical or official publication as the author, and "стат. сб." as
// the kind of book.
func TestPublicBodyHeadings(t *testing.T) {
	checkParses(t, []parseCase{
		{"Госкомстат. Регионы страны: стат. сб. М., 2002. 860 с.",
			want{author: "Госкомстат", title: "Регионы страны", place: "М.", issued: "2002", pages: "860"}},
		{"Бюро статистики АСПР РК. Регионы в 2021 году : стат. сб. Астана, 2022. 412 с.",
			want{author: "Бюро статистики АСПР РК", title: "Регионы в 2021 году", place: "Астана", issued: "2022"}},
		{"Министерство образования РФ. Примерная программа. М., 2021.",
			want{author: "Министерство образования РФ", title: "Примерная программа", place: "М."}},
	})
	if r := Parse("Государственный язык. Сборник статей. М., 2001."); len(r.Item.Author) > 0 {
		t.Errorf("author %+v: a title's first sentence is no body", r.Item.Author)
	}
}

// TestIssueMarkedStaysIssue keeps a number printed after "№" or "No" an
// issue whatever the host's kind, and moves a part's "Вып." to volume.
func TestIssueMarkedStaysIssue(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов А. Статья // Форум АСОУ : сборник материалов конференций. – 2015. – № 1. – С. 20–34.",
			want{issue: "1", page: "20–34"}},
		{"Вісник палати. 2012. No 4. С. 18–20.", want{issue: "4"}},
		{"Орлов А. Статья // Сборник трудов. – Вып. 2. – М., 2001. – С. 5–9.", want{volume: "2"}},
	})
}

// TestPeriodicalReadOnline types a part whose host prints its year and a
// link but no access date as a journal article, and one that gives the
// date it was seen as a web page.
func TestPeriodicalReadOnline(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlova J. Free online tools / J. Orlova, B. Belov // Molecules. – 2023. – <https://www.example.org/pmc/articles/PMC1/>",
			want{typ: "article-journal", container: "Molecules", issued: "2023"}},
		{"Орлов А. Россия в экономике / А. Орлов // Внешняя политика. – 2013. – ( http://example.ru/inner/?id=13 )",
			want{typ: "article-journal", container: "Внешняя политика"}},
		{"Орлов А. Новости технологий / А. Орлов // Хроника : сайт. – 2025. – URL: https://example.ru/news (дата обращения: 01.02.2025).",
			want{typ: "webpage"}},
	})
}

// TestNewspaperDates reads a newspaper's issue date written out in the
// host, in Russian, Ukrainian and Belarusian, as the day the work
// appeared; and a paper's site address after it as no web page.
func TestNewspaperDates(t *testing.T) {
	checkParses(t, []parseCase{
		{"Петров И. Весна в степи // Степная правда. 14 марта 2019 г. № 22. – С. 4.",
			want{typ: "article-newspaper", author: "Петров", container: "Степная правда", issue: "22", page: "4", issued: "2019-03-14"}},
		{"Коваль А. Новий сезон // Культура і життя. 5 квітня 2018. – С. 2.",
			want{typ: "article-newspaper", container: "Культура і життя", issued: "2018-04-05"}},
		{"Навуменка А. Кніжны свет // Звязда. No 12. 17 студзеня 2020. - С. 5.",
			want{typ: "article-newspaper", container: "Звязда", issue: "12", issued: "2020-01-17"}},
		{"Іваноў П. Памяць вёскі // Наша ніва. 9 лістапада 2015.",
			want{typ: "article-newspaper", issued: "2015-11-09"}},
		{"Сидоров В. Новый роман // Литературная газета. 12.05.2016 // http://lgz.ru",
			want{typ: "article-newspaper", container: "Литературная газета", issued: "2016-05-12"}},
		// A page of a site dated the day it was written stays a web page.
		{"Сидоров В. Новый роман // Литературная газета. 12.05.2016. URL: http://lgz.ru/article/1234",
			want{typ: "webpage", issued: "2016-05-12"}},
		// A comma inside parentheses ends no title, a date after it notwithstanding.
		{"Наука и образование : сборник материалов конференции (г. Омск, 12 декабря 2014 г.) / под ред. С. С. Чернова. – Омск : Полиграф, 2014. – 201 с.",
			want{typ: "book", title: "Наука и образование", editor: "Чернова", place: "Омск", publisher: "Полиграф", issued: "2014"}},
	})
}

// TestBareVolumeAfterYear reads the volume that mathematical journals print
// as a bare number after the year ("1985. 13. N 2"), and leaves "№ 5" an
// issue.
func TestBareVolumeAfterYear(t *testing.T) {
	checkParses(t, []parseCase{
		{"Petrov V. On sums of independent variables // Theory Probab. Appl. 1972. 17. N 3. P. 401–420.",
			want{typ: "article-journal", container: "Theory Probab. Appl", volume: "17", issue: "3", page: "401–420", issued: "1972"}},
		{"Колмогоров А.Н. Об аналитических методах // Успехи матем. наук. 1938. 5. С. 5–41.",
			want{volume: "5", page: "5–41", issued: "1938"}},
		{"Колмогоров А.Н. Об аналитических методах // Успехи матем. наук. – 1938. – № 5. – С. 5–41.",
			want{issue: "5", page: "5–41"}},
	})
}

// TestOJSVancouverRussianLabels reads Vancouver as OJS renders it with
// Russian labels for Kazakh journals: "[Интернет]", "[цитируется по …]",
// the numbers after a semicolon, an issue without a volume, pages cut
// short, "доступно на:".
func TestOJSVancouverRussianLabels(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сейтқали А, Омаров Б. ҚАЗАҚ ДАЛАСЫНДАҒЫ ҚАЛАЛАР. Вестник истории [Интернет]. 12 март 2021 г. [цитируется по 5 май 2024 г.];8(3):112-19. доступно на: https://example.kz/index.php/hist/article/view/12",
			want{typ: "article-journal", author: "Сейтқали|Омаров", container: "Вестник истории", volume: "8", issue: "3", page: "112-19", accessed: "2024-05-05"}},
		{"Омаров Б. ЕЛ ТАРИХЫ. Вестник истории [Интернет]. 2 сентябрь 2019 г. [цитируется по 5 май 2024 г.];(2):45-52. доступно на: https://example.kz/index.php/hist/article/view/7",
			want{typ: "article-journal", container: "Вестник истории", issue: "2", page: "45-52"}},
	})
}

// TestWholePeriodical types a journal described whole, named a journal in
// its other title information, and one issue described with its number and
// extent, as periodical.
func TestWholePeriodical(t *testing.T) {
	checkParses(t, []parseCase{
		{"Вестник Омского университета : научный журнал. - Омск : ОмГУ, 1996-2020. - Выходит ежеквартально.", want{typ: "periodical"}},
		{"Бібліотечна планета [Текст]. — 2010. — № 3. — 48 с.", want{typ: "periodical"}},
		{"Труды института : сб. науч. тр. Вып. 5. — Киев, 2009. — 200 с.", want{typ: "book"}},
	})
}

// TestArticleDesignationART reads an electronic journal's article
// designation "ART 15094" in a GOST host's areas as the article's page.
func TestArticleDesignationART(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов В. В. Причалы Севера // Гавань. – 2016. – № 3. – ART 16021. – 0,5 п. л. – URL: http://example.ru/2016/16021.htm.",
			want{typ: "article-journal", container: "Гавань", issue: "3", page: "ART 16021"}},
	})
}

// TestHostInfoAndPublicationDate leaves the kind, the edition and the
// occasion out of a host's title, and reads "Дата публ.:" as the page's
// date.
func TestHostInfoAndPublicationDate(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов, М. Причалы / М. Орлов // Гавань и город : к 150-летию порта / сост. Я. Белов. – М., 2023. – С. 79–101.",
			want{container: "Гавань и город", page: "79–101"}},
		{"Орлов, П. Положение о причалах // КонсультантПлюс. Беларусь : справ. правовая система (дата обращения: 01.10.2025).",
			want{container: "КонсультантПлюс. Беларусь"}},
		{"Орлов, В. Порт растёт / В. Орлов // Гавань сегодня. – URL: https://example.by/articles/port.html. – Дата публ.: 12.09.2024.",
			want{container: "Гавань сегодня", issued: "2024-09-12"}},
	})
}

// TestCollectionHost reads a part of a host that calls itself a
// collection of papers as a chapter, its "Вып." the volume.
func TestCollectionHost(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов, А. Б. Причалы и доки / А. Б. Орлов // Проблемы портов : сб. науч. тр. / НАН Беларуси, Ин-т портов. – Гомель, 2021. – Вып. 12. – С. 15–28.",
			want{typ: "chapter", container: "Проблемы портов", volume: "12", page: "15–28"}},
		{"Орлов, А. Б. Причалы / А. Б. Орлов // Вестник портов. – 2021. – Вып. 12. – С. 15–28.",
			want{typ: "article-journal", container: "Вестник портов"}},
	})
}

// TestJournalKindInfo leaves a journal's kind ("наук.-практ. журн.",
// "науч. журн.") out of its title, as host and as a periodical described
// whole.
func TestJournalKindInfo(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов Т. Причали / Орлов Т. // Вісник порту : наук.-практ. журн. — Київ : Порт, 2007. — № 1. — С. 20.",
			want{container: "Вісник порту", issue: "1"}},
		{"Вісник порту [Текст] : Науково-практ. журнал. — К., 2008. — № 9. — 52 с.",
			want{title: "Вісник порту"}},
	})
}
