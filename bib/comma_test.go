package bib

import "testing"

// TestCommaAreas reads short descriptions whose areas are run together with
// commas alone, as encyclopaedias and old reading lists print them, and
// imprints typed with no punctuation at all.
func TestCommaAreas(t *testing.T) {
	checkParses(t, []parseCase{
		{"Петров А.А. Очерки по истории Полесья, СПб., 1902.", want{author: "Петров", title: "Очерки по истории Полесья", place: "СПб.", issued: "1902"}},
		{"Словарь говоров Гродненщины, ч. 1-3, Мінск, 1979-83.", want{title: "Словарь говоров Гродненщины", volume: "1-3", place: "Мінск", issued: "1979"}},
		{"Атлас говоров Полесья, ч. 1-2, Мiнск, 1971.", want{title: "Атлас говоров Полесья", volume: "1-2", place: "Мiнск", issued: "1971"}},
		{"Сидоров В.В. Говоры Понеманья, в кн.: Славянские языки, т. 2, М., 1971.", want{typ: "chapter", author: "Сидоров", title: "Говоры Понеманья", container: "Славянские языки", volume: "2", place: "М.", issued: "1971"}},
		{"Кузьмин П. Р. Теория групп, М., Наука, 1977.", want{title: "Теория групп", place: "М.", publisher: "Наука", issued: "1977"}},
		{"Ж. Сапаров Қазақ әдебиетінің тарихы Алматы 2001", want{author: "Сапаров", title: "Қазақ әдебиетінің тарихы", place: "Алматы", issued: "2001"}},
		{"Б. Оспанов Экономика негіздері. Астана2010", want{title: "Экономика негіздері", place: "Астана", issued: "2010"}},
		// A sentence before the place names the publisher: left as it is.
		{"Орлов К.Н., Сток малых рек, дис. … канд. геогр. наук. Институт географии РАН, Москва, 2016", want{publisher: "Институт географии РАН"}},
	})
}

// TestImprintSentences reads a publisher printed as a sentence before the
// place, a Soviet publisher named by one common word, a title marked whole
// by Markdown italics, a place whose publisher is not printed ("Самара:
// 2011"), and the type of a resource typed after a slash.
func TestImprintSentences(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлова Е. Сибирская деревня. Томский гос. ун-т. Томск, 2005. 210 с.", want{title: "Сибирская деревня", publisher: "Томский гос. ун-т", place: "Томск", pages: "210"}},
		{"Соколова Т. В. Лексика городских говоров : дис. ... канд. филол. наук. Самара: 2011. 198 с.", want{typ: "thesis", place: "Самара", issued: "2011", pages: "198"}},
		{"Лебедев П. Р. Очерки истории края. Омск: 1998. 120 с.", want{typ: "book", place: "Омск", issued: "1998", pages: "120"}},
		{"Громов А. В. Численные методы. Практикум. М.: Юрайт, 2019. 148 с.", want{title: "Численные методы", place: "М.", pages: "148"}},
		{"Шолохов М. А. Тихий Дон : роман. – М. : Худож. лит., 1985. – 700 с.", want{title: "Тихий Дон", pages: "700"}},
		{"Повесть временных лет. – М. : Наука, 1950. – 400 с.", want{title: "Повесть временных лет"}},
		{"Флора Казахстана. Том I–IX. — Алма-Ата: Изд-во АН КазССР, 1956–1966.", want{title: "Флора Казахстана", volume: "I–IX", place: "Алма-Ата"}},
		{"Орлова Н. П. Алгебра и геометрия. В 2 частях. Ч. 2 : учебник. М.: Юрайт, 2020. 300 с.", want{title: "Алгебра и геометрия", volume: "2", pages: "300"}},
		{"Бухгольц Н. Н. Основной курс теоретической механики. Физматгиз, 1959.", want{publisher: "Физматгиз", issued: "1959"}},
		{"**Ландау Л. Д.** *Механика. Теоретическая физика.* Наука, 1988.", want{author: "Ландау", title: "Механика. Теоретическая физика", publisher: "Наука"}},
		{"Курс лекций по алгебре [Электронный ресурс] / Электрон. дан. https://example.edu/algebra, свободный.", want{typ: "webpage", title: "Курс лекций по алгебре"}},
	})
	if it := Parse("Курс лекций по алгебре [Электронный ресурс] / Электрон. дан. https://example.edu/algebra, свободный.").Item; len(it.Author) > 0 {
		t.Errorf("the resource's type read as author %v", it.Author)
	}
}

// TestGenreSentenceBeforeImprint reads the kind of book printed as its own
// sentence before the imprint, or after the editor's name and a colon, in a
// description without area dashes.
func TestGenreSentenceBeforeImprint(t *testing.T) {
	checkParses(t, []parseCase{
		{"Кузнецов А. Б. Теория управления. Учебное пособие. Казань: КГУ, 2012. 220 с.", want{title: "Теория управления", place: "Казань", publisher: "КГУ", pages: "220"}},
		{"Орлов В. В. Физика плазмы /Под ред. С. С. Петрова: Учебное пособие. М.: МИФИ, 2009. 310 с.", want{editor: "Петрова", place: "М.", publisher: "МИФИ", pages: "310"}},
		// Reference books and readers name their kind so too, and "for
		// teachers" after a colon is a manual's kind.
		{"Орлов В. В. Свойства металлов. Справочник. – М.: Металлургия, 1970. – 300 с.", want{title: "Свойства металлов", place: "М.", publisher: "Металлургия"}},
		{"Қазақ поэзиясы. Хрестоматия. – Алматы: Мектеп, 1985.", want{title: "Қазақ поэзиясы", place: "Алматы", publisher: "Мектеп"}},
		{"Орлов В. В. Уроки чтения в 5 классе: пособие для учителя. – М.: Просвещение, 1984. – 128 с.", want{title: "Уроки чтения в 5 классе", publisher: "Просвещение"}},
		{"Orlov V. Radiation damage: multiple-author monograph / edited by P. Belov. – Moscow: MEPhI, 2014. – 280 pp.", want{title: "Radiation damage", editor: "Belov", place: "Moscow"}},
	})
}

// TestStatementRepeatsHeading reads the heading author repeated after the
// slash with the feminine ending lost or added as one person.
func TestStatementRepeatsHeading(t *testing.T) {
	r := Parse("Orlova V.N. Russian grammar / V.N. Orlov, P.P. Belov. - M.: Nauka, 1979. - 432 p.")
	if got := len(r.Item.Author); got != 2 || r.Item.Author[0].Family != "Orlova" || r.Item.Author[1].Family != "Belov" {
		t.Errorf("authors %+v, want Orlova and Belov", r.Item.Author)
	}
	r = Parse("Иванова И. И. Заглавие / И. И. Иванова, П. П. Иванов. – М., 2000.")
	if got := len(r.Item.Author); got != 2 {
		t.Errorf("authors %+v, want Иванова and Иванов (other initials)", r.Item.Author)
	}
}

// TestEditionAndVolumeTitleBeforeImprint reads an edition statement with
// its modifiers ("9-е изд., доп. и испр.") as ending its area before the
// place, a volume's colon and its years ("Т. 2: 1917–1922") as no
// publisher or date, and the imprint's year as the date of publication.
func TestEditionAndVolumeTitleBeforeImprint(t *testing.T) {
	checkParses(t, []parseCase{
		{"Собрание документов (1900–1950). Т. 3: 1921–1930. 4-е изд., перераб. и доп. Л.: Лениздат, 1975. С. 12–15.",
			want{volume: "3", place: "Л.", publisher: "Лениздат", issued: "1975"}},
		{"Орлова Г.Н. Свойства воды.-2-е изд., испр. -М., 1999. -200 с.",
			want{place: "М.", issued: "1999", pages: "200"}},
		{"Орлов А. Очерки. М., Гос. изд. политической литературы, 1958.",
			want{place: "М.", publisher: "Гос. изд. политической литературы", issued: "1958"}},
	})
}

// TestAreasAfterClosingAbbreviations splits the areas of a description
// without dashes after "и др.", "і інш." and a year's "г.", and after a
// colon that follows a role or a volume's number rather than a place.
func TestAreasAfterClosingAbbreviations(t *testing.T) {
	checkParses(t, []parseCase{
		{"Гарады Беларусі: Энцыклапедыя. Т.1. Гомельская вобласць / Рэдкалегія: Г. П. Пашкоў і інш. Мн.: БелЭн, 2004. 632 с.",
			want{place: "Мн.", publisher: "БелЭн", issued: "2004"}},
		{"Орлов А. Сөздік. 1-том: Адам. Алматы: Дайк-Пресс, 2009.",
			want{place: "Алматы", publisher: "Дайк-Пресс", issued: "2009"}},
		{"Устав : с изм., принятыми 24 нояб. 1996 г. и 17 окт. 2004 г. Минск : Право, 2016. 62 с.",
			want{place: "Минск", publisher: "Право", issued: "2016"}},
		{"Орлов А. А. Очерки / А. А. Орлов и др. М.: Наука, 1990. 200 с.",
			want{place: "М.", publisher: "Наука", issued: "1990"}},
	})
}
