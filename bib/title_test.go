package bib

import (
	"strings"
	"testing"
)

// TestTitleOfSentences reads a title of several sentences in a description
// without area dashes up to its imprint, and stops at what is no title.
func TestTitleOfSentences(t *testing.T) {
	checkParses(t, []parseCase{
		{"Стихотворения. Поэмы. Письма. М.; Л., 1965. 480 с.",
			want{title: "Стихотворения. Поэмы. Письма", place: "М.; Л.", issued: "1965", pages: "480"}},
		{"ГОСТ Р 12345–2010. Приборы измерительные. Общие технические условия. М.: Стандартинформ, 2011. 12 с.",
			want{typ: "standard", title: "Приборы измерительные. Общие технические условия", publisher: "Стандартинформ", issued: "2011"}},
		{"Коваленко О. М. Вибрані праці. Статті. Рецензії. Київ : Либідь, 2015. 220 с.",
			want{author: "Коваленко", title: "Вибрані праці. Статті. Рецензії", place: "Київ", issued: "2015"}},
		// The kind of document is no part of the title.
		{"Сергеев П. Р. Основы геодезии. Учебное пособие. М.: Недра, 2004. 310 с.",
			want{title: "Основы геодезии", publisher: "Недра"}},
		// A journal's name before its year and number is no title.
		{"Сергеев П. Р. Новый метод съемки. Геодезия и картография. 2004. № 3. С. 10–14.",
			want{title: "Новый метод съемки"}},
	})
}

// TestDesignationsEndTitle ends a title before the designations that
// follow it without a colon — a degree statement, a preprint series, a
// patent — and reads an act's kind-and-issuer heading as no author.
func TestDesignationsEndTitle(t *testing.T) {
	for _, c := range []parseCase{
		{"Орлов К.Н., Сток малых рек степной зоны, дис. … канд. геогр. наук. Институт географии РАН, Москва, 2016",
			want{typ: "thesis", title: "Сток малых рек степной зоны", publisher: "Институт географии РАН", place: "Москва", issued: "2016"}},
		{"Белов П.Р. Диалог в прозе (на материале двух языков). Автореф. канд. дисс. - Алматы, 1999.",
			want{typ: "thesis", title: "Диалог в прозе (на материале двух языков)", place: "Алматы"}},
		{"Орлов К.Н., Белов П.Р. Плотность потока в активной зоне. Препринт ИЯФ-285. – Л.: ИЯФ, 1976. – 17 с.",
			want{typ: "report", title: "Плотность потока в активной зоне", place: "Л.", publisher: "ИЯФ", pages: "17"}},
		{"Орлов К.Н. Способ измерения расхода / Патент на изобретение № 2100905, Москва, 27.06.2001.",
			want{typ: "patent", title: "Способ измерения расхода", number: "2100905"}},
		{"Қазақстан Республикасының Заңы. Білім туралы. — 2007 жыл, 27 шілде. — No 319-III.",
			want{typ: "legislation", title: "Білім туралы", issued: "2007"}},
		{"Закон Республики Казахстан. Об образовании. – Алматы : Юрист, 2007. – 60 с.",
			want{typ: "legislation", title: "Об образовании", place: "Алматы"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := Parse(c.text)
			c.w.check(t, r)
			if c.w.typ == "legislation" && (len(r.Item.Author) > 0 || r.Item.Volume != "") {
				t.Errorf("author %v, volume %q: the heading and the act's number are neither", r.Item.Author, r.Item.Volume)
			}
		})
	}
	r := Parse("Орлов К.Н., Белов П.Р. Плотность потока. Препринт ИЯФ-285. – Л.: ИЯФ, 1976.")
	if r.Item.CollectionTitle != "Препринт ИЯФ" || r.Item.CollectionNumber != "285" {
		t.Errorf("preprint series %q number %q", r.Item.CollectionTitle, r.Item.CollectionNumber)
	}
}

// TestHeadingVariants reads headings and statements real lists type
// loosely: a title in small letters after initials, a last initial without
// its full stop before "и др.", a hyphen a PDF turned into ">", an
// organisation named with its acronym or ending in "Банк", and editors
// named in a sentence of their own instead of after a slash.
func TestHeadingVariants(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К.Н. перенапряжения в сетях: учеб. пособие. – СПб.: Лань, 2016. – 224 с.",
			want{author: "Орлов", title: "перенапряжения в сетях", place: "СПб."}},
		{"Орлов К.Н., Белов П.Р., Лаптев Г.А и др. Топливные сборки реактора. – Л.: Наука, 1992.",
			want{author: "Орлов|Белов|Лаптев", title: "Топливные сборки реактора"}},
		{"Orlov K.N., Petrov>Vodkin N.N. Reactor Fuel // Proc. of the Fuel Conference. – Paris, 2009. – P. 5-9.",
			want{author: "Orlov|Petrov-Vodkin", title: "Reactor Fuel"}},
		{"International Federation of Surveyors (FIG). Land Records 2020: A Review. — Copenhagen: FIG, 2020. — 96 p.",
			want{author: "International Federation of Surveyors (FIG)", title: "Land Records 2020: A Review"}},
		{"Ұлттық Банк. Төлем жүйелерi туралы деректер. — Алматы, 2025.",
			want{author: "Ұлттық Банк", title: "Төлем жүйелерi туралы деректер", place: "Алматы"}},
		{"Повесть временных лет. Под редакцией В.П. Орловой. – Москва, 1950. – С. 23.",
			want{title: "Повесть временных лет", editor: "Орловой", place: "Москва"}},
		{"Воспитание детей. Под ред. Н.Е. Белой. М.: Школа, 1998.",
			want{title: "Воспитание детей", editor: "Белой", place: "М.", publisher: "Школа"}},
	})
}

// TestUndottedFirstInitial reads a heading whose first initial lost its
// full stop before the second ("Орлов К Н. Title").
func TestUndottedFirstInitial(t *testing.T) {
	want{author: "Орлов", title: "Театр өнері", container: "Шығармалар"}.check(t, Parse("Орлов К Н. Театр өнері // Шығармалар. - Алматы: Жазушы, 1969. - 33-57."))
	want{title: "США И Канада"}.check(t, Parse("США И Канада. – М., 2000."))
}

// TestBareNumbersAfterYear reads numbers printed alone after the year,
// their "с." lost: the page count, then the page cited; and a Kazakh
// degree statement after the title's colon as no part of it.
func TestBareNumbersAfterYear(t *testing.T) {
	r := Parse("Орлов К.Н. Сахнадағы шешендік дәстүр: филол.ғылымдарының канд.дисс.: 10.02.02 - Алматы, 2002. - 140. -109.")
	want{typ: "thesis", title: "Сахнадағы шешендік дәстүр", pages: "140", locator: "109", place: "Алматы"}.check(t, r)
	r = Parse("Орлов К.Н. Словарь терминов. - 2-е изд. М.: Наука, 2002. - 709.")
	want{pages: "709", issued: "2002"}.check(t, r)
	if r := Parse("Орлов К.Н. Книга. – М.: Наука, 2001. – 2002."); r.Item.NumberOfPages != "" {
		t.Errorf("a year is no page count: %q", r.Item.NumberOfPages)
	}
}

// TestFullNameHeading reads a Kazakh heading of a family and a given name
// in full, in either order, and leaves two-word titles alone.
func TestFullNameHeading(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сейітқызы Ұлжан. Өзен атауларының сөздігі. – Орал: Полиграф, 2001. – 172 б.",
			want{author: "Сейітқызы", title: "Өзен атауларының сөздігі", pages: "172"}},
		{"Ерлан Сапаров. Дала жолы. – Алматы: Жазушы, 1997. – 500 б.",
			want{author: "Сапаров", title: "Дала жолы"}},
		// A known given name marks the person when neither word ends as
		// a family name does (Ukrainian notes print "Прізвище Ім'я.").
		{"Коваль Остап. Нариси з історії міста. - Т.2. - К., 1988. - 312 с.",
			want{author: "Коваль", title: "Нариси з історії міста", volume: "2", place: "К.", issued: "1988"}},
		{"Ольга Гончар. Листи. – Львів: Каменяр, 2004.",
			want{author: "Гончар", title: "Листи", place: "Львів"}},
	})
	for _, text := range []string{"Советский Союз. Сборник статей. – М., 2001.", "Новая Россия. Сборник статей. – М., 2001.",
		"Тарас Бульба. М., 1990.", "Иван Грозный. – Л.: Лениздат, 1975."} {
		if r := Parse(text); len(r.Item.Author) > 0 {
			t.Errorf("%s: author %v, want none", text, r.Item.Author)
		}
	}
}

// TestHeadingOfEditors reads a heading marked as editors or compilers
// ("(ред.)", "(сост.)"), the date after the mark included.
func TestHeadingOfEditors(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К. Н. (ред.) (2009). Социология труда. М.: Наука.", want{editor: "Орлов", title: "Социология труда", issued: "2009"}},
		{"Орлов К. Н., Белов П. Р. (сост.) Хрестоматия. – М.: Наука, 2009. – 200 с.", want{editor: "Орлов|Белов", title: "Хрестоматия", pages: "200"}},
	})
}

// TestCollectionKindAfterAdjectives drops other title information that
// names the kind of a collection or site after adjectives qualifying it, and
// a Kazakh degree statement that ends in "автореф.".
func TestCollectionKindAfterAdjectives(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваль О. Школи краю / О. Коваль // Полтавська старовина: Науковий краєзнавчий збірник. — 2009. — Вип. 2. — С. 40-52.",
			want{container: "Полтавська старовина", issue: "2", page: "40-52"}},
		{"Орлов В. Выборы 1937 г. // Урал в XX веке: Проблемы истории: Уральские чтения 2001 г.; Межвуз. сб. науч. тр. / Под ред. П. Петрова. Екатеринбург, 2003. С. 10–20.",
			want{typ: "chapter", container: "Урал в XX веке: Проблемы истории", page: "10–20"}},
		{"Ахметов Б.С. Қазақ тіліндегі етістік: филол. ғыл. канд. …автореф. -Алматы: 2004. –24 б.",
			want{typ: "thesis", title: "Қазақ тіліндегі етістік", place: "Алматы", pages: "24"}},
	})
}

// TestThesisAndRomanVolumes ends a title at a Ukrainian or Russian degree
// statement written out in full, and reads a volume numbered in roman
// figures ("Кн. II", "Т. IV") in either GOST edition.
func TestThesisAndRomanVolumes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваленко П. Козацькі печатки XVII ст. Дисертація ... кандидата історичних наук.- Київ, 2008.- С.12-14.",
			want{typ: "thesis", title: "Козацькі печатки XVII ст", place: "Київ", locator: "12-14"}},
		{"Смирнов А. А. Городские ремесла. Диссертация на соискание ученой степени кандидата исторических наук. – Казань, 1999. – 210 с.",
			want{typ: "thesis", title: "Городские ремесла", place: "Казань", pages: "210"}},
		{"Карамзин Н. М. История государства Российского. Кн. III – М., 1989, с. 120.", want{title: "История государства Российского", volume: "III", place: "М.", locator: "120"}},
		{"Платонов С. Ф. Сочинения. Т. IV. – СПб., 1912. – С. 45.", want{title: "Сочинения", volume: "IV", locator: "45"}},
	})
}

// TestResponsibilityEndsAtPlace ends a statement of responsibility at the
// place of publication that follows it without an area dash, even when a
// dash comes later, and reads a degree statement typed before the slash.
func TestResponsibilityEndsAtPlace(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлова, Е. В. Рынок труда региона : дис. ... канд. экон. наук : 08.00.05 / Елена Викторовна Орлова. Казань, 2012 – 180 с.",
			want{typ: "thesis", title: "Рынок труда региона", place: "Казань", issued: "2012", pages: "180"}},
		{"Петров, П. П. Рынок жилья : автореф. дис. ... канд. экон. наук : 08.00.05 / Петр Петрович Петров. М. , 2011, – 24 с.",
			want{typ: "thesis", title: "Рынок жилья", place: "М.", issued: "2011", pages: "24"}},
		{"Основы менеджмента: Учебное пособие / Под ред. И.П. Коваля. Х., 1996.", want{editor: "Коваля", place: "Х.", issued: "1996"}},
		{"Иванов И.И., Петров П.П. Теория машин /Под ред. С.С. Сидорова: Учебное пособие. – М.: Машиностроение, 2005. – 300 с.",
			want{editor: "Сидорова", place: "М.", publisher: "Машиностроение", pages: "300"}},
	})
}

// TestTitleSentencesInBracketsAndYearSpans keeps a bracketed statement's
// abbreviations ("[принят Гос. Думой …]") and a span of years in the title
// ("1864 – 1917") from ending the title, so the imprint after them is read.
func TestTitleSentencesInBracketsAndYearSpans(t *testing.T) {
	checkParses(t, []parseCase{
		{"Об обороне: федер. закон: [принят Гос. Думой 24 апр. 1996 г.: одобр. Советом Федерации 15 мая 1996 г.]. М.: Юрид. лит., 1999. 32 с.",
			want{typ: "legislation", title: "Об обороне", place: "М.", publisher: "Юрид. лит", issued: "1999", pages: "32"}},
		{"Ковальчук, П. Шляхта і сяляне. Аграрнае пытанне на беларускіх землях. 1795 – 1861 / П. Ковальчук. Гродна, 2004.",
			want{title: "Шляхта і сяляне. Аграрнае пытанне на беларускіх землях. 1795 – 1861", place: "Гродна", issued: "2004"}},
	})
}

// TestWebTitlesAndDesignations reads the designation "Электронный ресурс"
// typed without brackets, the whole text before "[Электронный ресурс]" as
// the title of an entry without a heading, and names of things that look
// like a family and initials ("Реактор GFR", "WebSocket API") as titles.
func TestWebTitlesAndDesignations(t *testing.T) {
	checkParses(t, []parseCase{
		{"Насос ЦНС. Электронный ресурс:http://example.ru/nasos.html (дата доступа 04.02.2019).",
			want{typ: "webpage", title: "Насос ЦНС", medium: "Электронный ресурс", accessed: "2019-02-04"}},
		{"A Guide to Pumps Электронный ресурс: https://example.org/guide.pdf (дата доступа 04.02.2019).",
			want{title: "A Guide to Pumps"}},
		{"WebGL Shaders. Web Reference [Электронный ресурс]. – URL: https://example.org/fetch (дата обращения: 11.03.2026). – Текст : электронный.",
			want{typ: "webpage", title: "WebGL Shaders. Web Reference", accessed: "2026-03-11"}},
		{"Реактор на солях (MSR). URL: http://example.ru/msr (дата обращения: 04.02.2019).",
			want{title: "Реактор на солях (MSR)"}},
	})
	for _, text := range []string{
		"Насос ЦНС. Электронный ресурс:http://example.ru/nasos.html (дата доступа 04.02.2019).",
		"WebGL Shaders. Web Reference [Электронный ресурс]. – URL: https://example.org/fetch (дата обращения: 11.03.2026).",
		"GraphQL REST API [Электронный ресурс]. – URL: https://example.org/api (дата обращения: 03.07.2026).",
		"Реактор GFR. URL: http://example.ru/gfr (дата обращения: 04.02.2019).",
	} {
		if r := Parse(text); len(r.Item.Author) > 0 {
			t.Errorf("%s: author %+v, want none", text, r.Item.Author)
		}
	}
	for _, c := range []parseCase{
		{"Smith AB, McDonald JR. Title of a study. J Med. 2010;5:1-5.", want{author: "Smith|McDonald", title: "Title of a study"}},
		{"Иванов C. A. Заглавие. М., 2000.", want{author: "Иванов"}},
	} {
		c.w.check(t, Parse(c.text))
	}
}

// TestImprintAfterSlashes reads "//" typed before a book's own imprint as
// no host, and a place whose colon was lost before a quoted publisher.
func TestImprintAfterSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов А.А. и др. «Ядерные технологии».// – М.: Энергоатомиздат. 2012. 180 стр.",
			want{typ: "book", title: "Ядерные технологии", place: "М.", publisher: "Энергоатомиздат", pages: "180"}},
		{"Орлов П.Л. «Опыт и теория»//М. «Наука», 1981. Стр. 430.",
			want{typ: "book", place: "М.", publisher: "«Наука»", issued: "1981"}},
		{"Орлов И. Статья // Москва. – 2001. – № 5. – С. 3–9.",
			want{typ: "article-journal", container: "Москва", issue: "5"}},
	})
}

// TestStatementEndsAtKnownPlace ends a statement of responsibility at the
// initial before a known place and its colon or year even when an area
// dash follows later, the initial keeping its stop.
func TestStatementEndsAtKnownPlace(t *testing.T) {
	checkParses(t, []parseCase{
		{"Основи права : навч. посіб. / Орлов Д. Т., Білик О. С. Запоріжжя : ЗНУ, 2016. – 389 с.",
			want{author: "Орлов|Білик", place: "Запоріжжя", publisher: "ЗНУ", issued: "2016", pages: "389"}},
		{"Рослини Карпат / Орлов М., Білик Я. Чернівці, 2022. – 184 с.",
			want{author: "Орлов|Білик", place: "Чернівці", issued: "2022", pages: "184"}},
		{"Очерки / А. А. Орлов, Б. Б. Белов. – М. : Наука, 1990. – 200 с.",
			want{author: "Орлов|Белов", place: "М.", publisher: "Наука"}},
	})
	want{author: "Орлов|Белов", place: "М.", issued: "1995", pages: "380"}.check(t,
		Parse("Методы анализа / Орлов И.С., Белов Л.Л. [и др.] -М., 1995.-380 с."))
	r := Parse("Основи права / Орлов Д. Т., Білик О. С. Запоріжжя : ЗНУ, 2016. – 389 с.")
	if len(r.Item.Author) != 2 || r.Item.Author[1].Given != "О. С." {
		t.Errorf("authors %+v, want the second with given О. С.", r.Item.Author)
	}
}

// TestVolumeBeforeStatement reads the statement of responsibility after a
// volume's designation and its other title information, and after a
// genre sentence with its volumes note: neither is a place and publisher.
func TestVolumeBeforeStatement(t *testing.T) {
	checkParses(t, []parseCase{
		{"Кримінальне право. У 3-х томах. Т. 2: посібник / П. С. Орленко [и др.]. — К.: Знання, 2011. — 512 с.",
			want{typ: "book", author: "Орленко", title: "Кримінальне право", volume: "2", place: "К.", publisher: "Знання", pages: "512"}},
		{"Основи економіки. Довідник : У 3 кн. / Г. Р. Білан. – Львів : Світ, 2009. – Кн. 2. – 410 с.",
			want{typ: "book", author: "Білан", title: "Основи економіки", volume: "2", place: "Львів", publisher: "Світ", issued: "2009"}},
	})
}

// TestStatementRanks leaves academic ranks and degrees out of the names
// of a statement of responsibility, and reads the editor of a translation.
func TestStatementRanks(t *testing.T) {
	checkParses(t, []parseCase{
		{"Фінанси підприємств : підручник / За заг. ред. к.е.н. О. П. Гнатюка. – Київ : Основа, 2010. – 300 с.",
			want{editor: "Гнатюка", title: "Фінанси підприємств", place: "Київ", publisher: "Основа"}},
		{"Гражданское право / под ред. д-ра юрид. наук, проф. А. П. Сергеева и акад. РАН Ю. К. Толстого. – М. : Проспект, 2012.",
			want{editor: "Сергеева|Толстого", title: "Гражданское право", place: "М.", publisher: "Проспект"}},
		{"Теория горения / Пер. с нем. под ред. чл.-корр. АН СССР В. Н. Кондратьева. – М. : Мир, 1968. – 420 с.",
			want{editor: "Кондратьева", title: "Теория горения", place: "М.", publisher: "Мир"}},
		{"История науки / Рос. акад. наук, Ин-т истории естествознания. – М. : Наука, 2001. – 240 с.",
			want{title: "История науки", place: "М.", publisher: "Наука"}},
	})
	r := Parse("История науки / Рос. акад. наук, Ин-т истории естествознания. – М. : Наука, 2001. – 240 с.")
	if len(r.Item.Editor) > 0 || len(r.Item.Author) > 0 && !strings.Contains(r.Item.Author[0].Literal, "акад. наук") {
		t.Errorf("a body's name lost its words: author %+v editor %+v", r.Item.Author, r.Item.Editor)
	}
}

// TestGenreInfoLeftOut leaves other title information that names the kind
// of act or book out of the title: decrees, orders, addresses, problem
// books, year-books, dictionaries named by an adjective, official texts.
func TestGenreInfoLeftOut(t *testing.T) {
	checkParses(t, []parseCase{
		{"О земле : Декрет Всерос. съезда Советов от 26 окт. 1917 г. // Декреты Советской власти. – М., 1957. – Т. 1. – С. 17–20.",
			want{title: "О земле"}},
		{"Об учетной политике : приказ М-ва финансов Респ. Беларусь, 12 мая 2010 г., № 45. – Минск, 2010.",
			want{title: "Об учетной политике"}},
		{"Сборник задач по алгебре : задачник / А. Б. Орлов. – М. : Наука, 1990. – 200 с.",
			want{title: "Сборник задач по алгебре", author: "Орлов"}},
		{"Названия рек Сибири: гидронимический словарь. — Томск: ТГУ, 2001. — 300 с.",
			want{title: "Названия рек Сибири", place: "Томск"}},
		{"Рішення Конституційного Суду: щорічник: офіційне видання. — К.: Право, 2003. — 200 с.",
			want{title: "Рішення Конституційного Суду", place: "К."}},
		// An abbreviated kind that closes the title lost its stop with it;
		// exhibition catalogues; a course of lectures in a sentence.
		{"Коваль І. М. Фізика: механіка і термодинаміка : підр. Львів : Світ, 2011. 320 с.",
			want{title: "Фізика: механіка і термодинаміка", place: "Львів"}},
		{"Скарби музеїв Полтавщини : кат. вист. / Полтав. обл. б-ка. Полтава, 2012. 48 с.",
			want{title: "Скарби музеїв Полтавщини"}},
		// A Belarusian manual; compilers who edit, named by their role.
		{"Коваль П. Паэтыка : дапаможнік. – Мінск : БДУ, 2004. – 200 с.",
			want{title: "Паэтыка", place: "Мінск"}},
		{"Орлов П. Прилив // Словарь морских терминов / Редакторы-составители А. Б. Иванов и В. Г. Петров. – М., 1974.",
			want{author: "Орлов", editor: "Иванов|Петров", container: "Словарь морских терминов"}},
		{"Сучасна українська мова. Курс лекцій. – К. : Либідь, 2005. – 300 с.",
			want{title: "Сучасна українська мова", place: "К."}},
	})
}

// TestPlaceColonYear ends a title before a known place and its colon
// followed by the year, the publisher left out.
func TestPlaceColonYear(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов А.А. Очерки истории края. Документы и материалы. Томск: 2011. — 210 с.",
			want{title: "Очерки истории края. Документы и материалы", place: "Томск", issued: "2011", pages: "210"}},
		{"Орлов А.А. Итоги: 2011 год. — М.: Наука, 2012. — 210 с.",
			want{title: "Итоги: 2011 год", place: "М.", publisher: "Наука"}},
	})
}

// TestEditionAndSeriesForms reads "12-ое издание" after a comma as the
// edition, "Изд. 2." as one, and a series in parentheses after a hyphen
// typed for the area dash.
func TestEditionAndSeriesForms(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов Г. Go. Полное руководство, 3-ое издание. -- СПб.: Питер, 2022. -- 800 с.",
			want{title: "Go. Полное руководство", place: "СПб.", publisher: "Питер"}},
		{"Орлов А. А. Город у моря. - М. : Наука, 2017. - 299 с. - (Библиотека краеведа ; вып. 12).",
			want{title: "Город у моря", volume: "", pages: "299"}},
	})
	if it := Parse("Орлов Г. Go. Полное руководство, 3-ое издание. -- СПб.: Питер, 2022. -- 800 с.").Item; it.Edition != "3" {
		t.Errorf("edition %q, want 3", it.Edition)
	}
	if it := Parse("Орлов А. А. Город у моря. - М. : Наука, 2017. - 299 с. - (Библиотека краеведа ; вып. 12).").Item; it.CollectionTitle != "Библиотека краеведа" || it.CollectionNumber != "12" || it.Volume != "" {
		t.Errorf("series %q %q volume %q, want Библиотека краеведа 12 and no volume", it.CollectionTitle, it.CollectionNumber, it.Volume)
	}
	if it := Parse("Орлов П. О. Смутное время. Изд. 2. – М.: Наука, 2016. – 288 с.").Item; it.Edition != "2" || it.Title != "Смутное время" {
		t.Errorf("title %q edition %q, want Смутное время and 2", it.Title, it.Edition)
	}
}

// TestPlaceBeforePublisherWithoutColon splits a known place off a
// publisher printed after it with no colon, as catalogue exports do, and
// leaves publishers named after their towns alone.
func TestPlaceBeforePublisherWithoutColon(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов І. С. Нові технології / І. С. Орлов — Харків Видавничий дім 2001 — 140 с.",
			want{place: "Харків", publisher: "Видавничий дім", issued: "2001"}},
		{"Page, L., Brin, S. The Ranking of Pages. – Oxford University Press, 1999. – 17 p.",
			want{publisher: "Oxford University Press"}},
	})
}

// TestLookAlikeEditionAndShortAccessYear ends a title before an edition
// typed with a Cyrillic "е" and reads an access date with a two-digit
// year.
func TestLookAlikeEditionAndShortAccessYear(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov, I. Harbour Methods. Principles & Practice. 3rd еdition / I. Orlov. – Sea Books, 2001. – 853 p.",
			want{title: "Harbour Methods. Principles & Practice", pages: "853"}},
		{"Причалы и доки // Гавань URL: https://example.org/docks (дата обращения: 20.09.25).",
			want{accessed: "2025-09-20"}},
	})
}

// TestRomanPages reads pages numbered in roman figures, as prefaces are,
// and leaves a lone capital after "С." (an initial) alone.
func TestRomanPages(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов А. Предисловие // Орлов А. Избранное. — М., 1990. — С. XII–XIV.",
			want{typ: "chapter", page: "XII–XIV"}},
		{"Орлов А. Предисловие // Орлов А. Избранное. — М., 1990. — С. XII.",
			want{page: "XII"}},
	})
	if pg := Parse("Орлов А. Предисловие // Избранное. — М., 1990. — С. I.").Item.Page; pg != "" {
		t.Errorf("page %q from a lone capital, want none", pg)
	}
}

// TestMorePlaces reads regional cities of Ukraine, Belarus, Russia and
// Kazakhstan as places of publication, two-word names whole.
func TestMorePlaces(t *testing.T) {
	checkParses(t, []parseCase{
		// Kazakh lists abbreviate Almaty "А.", the year typed with "ж."
		{"Сейітов Б. Тіл білімі. – А.,2009ж.", want{title: "Тіл білімі", place: "А.", issued: "2009"}},
		// A colon typed for the title's stop and the area's dash.
		{"Сейітов Б. Тіл білімі:   Алматы, 2007ж", want{title: "Тіл білімі", place: "Алматы", issued: "2007"}},
		{"Орлов П. П. Економіка порту. – Біла Церква, 2003. – 180 с.", want{place: "Біла Церква", issued: "2003"}},
		{"Орлов П. П. Гісторыя порта. – Бабруйск, 2011. – 90 с.", want{place: "Бабруйск", issued: "2011"}},
		{"Орлов П. П. История порта. – Нижний Тагил, 2011. – 90 с.", want{place: "Нижний Тагил", issued: "2011"}},
	})
}

// TestPageCountCapital reads "320 С." with a capital as the page count,
// and "2015 С. 45–50" as a year and the pages.
func TestPageCountCapital(t *testing.T) {
	checkParses(t, []parseCase{
		{"Теорія права / за ред. В.В. Орлова. — К.: Юрінком, 1997. — 320 С.", want{pages: "320", issued: "1997"}},
		{"Орлов В. Статья // Журнал. – 2015 С. 45–50.", want{page: "45–50", issued: "2015", pages: ""}},
	})
	if n := Parse("Орлов В. Статья // Журнал. – 2015 С. 45–50.").Item.NumberOfPages; n != "" {
		t.Errorf("page count %q from the year, want none", n)
	}
}

// TestTranslitThesisAbstracts reads English renderings of a Russian
// dissertation's abstract as theses, the degree statement no part of the
// title.
func TestTranslitThesisAbstracts(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P.P. Tidal regime of the northern harbours: Author's abstract. dis. ... Cand. geogr. nauk / P.P. Orlov. – Arkhangelsk, 2014. 22 p.",
			want{typ: "thesis", author: "Orlov", title: "Tidal regime of the northern harbours", place: "Arkhangelsk"}},
		{"Orlov P.P. Tidal regime of the northern harbours: author’s abstract of dissertation of candidate of geographical sciences. Arkhangelsk, 2014. 22 p.",
			want{typ: "thesis", title: "Tidal regime of the northern harbours"}},
	})
}

// TestQuotedPublisherAfterPlace reads a publisher in guillemets after its
// place with the colon lost, a dash inside the quoted name parting no
// areas, and a volume's number before a page, "Т.1 с.617", no page count.
func TestQuotedPublisherAfterPlace(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваль О. Народні промисли. Львів «Світ – Прес», 2004. 300 с.",
			want{place: "Львів", publisher: "«Світ – Прес»", issued: "2004", pages: "300"}},
		{"О. Коваль, «Народні промисли» у 3т., Львів «Світ», 2004,Т.2 с.117",
			want{place: "Львів", publisher: "«Світ»", volume: "2", locator: "117"}},
	})
	if it := Parse("О. Коваль, «Народні промисли» у 3т., Львів «Світ», 2004,Т.2 с.117").Item; it.NumberOfPages != "" {
		t.Errorf("number of pages %q, want none: Т.2 numbers a volume", it.NumberOfPages)
	}
}

// TestBelarusianChrestomathy leaves the Belarusian kind "Хрэстаматыя" out
// of the title.
func TestBelarusianChrestomathy(t *testing.T) {
	checkParses(t, []parseCase{
		{"Беларуская паэзія XIX ст.: Хрэстаматыя. 2 выд. Мн., 1988;", want{title: "Беларуская паэзія XIX ст.", place: "Мн."}},
	})
}
