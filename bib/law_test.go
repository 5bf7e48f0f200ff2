package bib

import "testing"

func TestLawHeading(t *testing.T) {
	for _, c := range []struct{ name, text, author, title string }{
		{"russian_federal_law", "Российская Федерация. Законы. О воинской обязанности и военной службе : федер. закон : [принят Гос. Думой 6 марта 1998 г.]. – М. : Ось-89, 2001. – 46 с.",
			"Российская Федерация", "О воинской обязанности и военной службе"},
		{"kazakh_constitution", "Республика Казахстан. Конституция (1995). Конституция Республики Казахстан : офиц. текст. – Алматы : Жеті жарғы, 2015. – 56 с.",
			"Республика Казахстан", "Конституция Республики Казахстан"},
		{"title_about_laws_untouched", "Законы Российской Федерации о выборах : сб. – М. : Юрист, 2003. – 200 с.",
			"", "Законы Российской Федерации о выборах"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ParseLines([]string{c.text})[0]
			author := ""
			if len(r.Item.Author) > 0 {
				author = r.Item.Author[0].Literal
			}
			if author != c.author || r.Item.Title != c.title {
				t.Errorf("author %q, title %q; want %q, %q", author, r.Item.Title, c.author, c.title)
			}
			if c.author != "" && r.Item.Type != "legislation" {
				t.Errorf("type %q, want legislation", r.Item.Type)
			}
		})
	}
}

func TestActDate(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"russian_decree", "О Государственной программе развития образования : постановление Правительства Республики Казахстан от 27 декабря 2019 г. № 988.", "2019-12-27"},
		{"kazakh_law", "Қазақстан Республикасындағы тіл туралы: Қазақстан Республикасының 1997 жылғы 11 шілдедегі № 151-I Заңы.", "1997-07-11"},
		{"imprint_year_wins", "О порядке : приказ от 5 мая 2010 г. № 3. – М. : Юрист, 2011. – 20 с.", "2011"},
		{"ukrainian_numeric", "Закон України «Про вищу освіту» від 01.07.2014 № 1556-VII.", "2014-07-01"},
		{"date_after_quoted_name", "Закон України «Про місцеве самоврядування», 21.05.1997р.", "1997-05-21"},
		{"russian_numeric", "О науке : федер. закон от 23.08.1996 № 127-ФЗ.", "1996-08-23"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseLines([]string{c.text})[0].Item.Issued.String(); got != c.want {
				t.Errorf("issued %q, want %q", got, c.want)
			}
		})
	}
}

// TestActsNamedInQuotes reads acts cited by kind and issuer with the name in
// quotation marks, acts whose kind follows the title in Ukrainian, and
// declarations, constitutions and regulations without a kind word first.
func TestActsNamedInQuotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"ЗАКОН УКРАЇНИ «Про звернення громадян» (Відомості Верховної Ради (ВВР), 1996, № 47, ст.256)",
			want{typ: "legislation", title: "Про звернення громадян", container: "Відомості Верховної Ради (ВВР)", issued: "1996", issue: "47"}},
		{"ЗАКОН УКРАЇНИ «Про наукову діяльність», (Відомості Верховної Ради (ВВР), 2016, № 3, ст.2010)",
			want{typ: "legislation", title: "Про наукову діяльність", issued: "2016", issue: "3"}},
		{"Закон Республики Казахстан «О науке» от 18 февраля 2011 года № 407-IV.",
			want{typ: "legislation", title: "О науке", number: "407-IV", issued: "2011-02-18"}},
		{"Law of Ukraine “On Higher Education”. URL: https://zakon.rada.gov.ua/laws/show/1556-18 (in Ukrainian).",
			want{typ: "legislation", title: "On Higher Education"}},
		{"Про затвердження Положення про атестацію: Наказ МОН України // Освіта України. – 2005. – № 3. – С. 4-6.",
			want{typ: "legislation", title: "Про затвердження Положення про атестацію", container: "Освіта України", issue: "3", page: "4-6"}},
		{"Конвенция о правах ребенка. – М. : Юрид. лит., 1990. – 48 с.", want{typ: "legislation", title: "Конвенция о правах ребенка"}},
		{"ҚР Білім туралы заңы. Астана, 2007.", want{typ: "legislation"}},
		{"Положение о присуждении ученых степеней : утв. постановлением Правительства РФ от 24.09.2013 № 842.",
			want{typ: "legislation", title: "Положение о присуждении ученых степеней"}},
		// "Положение" in its other sense opens a book's title.
		{"Положение крестьян в пореформенной России / П. П. Семенов. – М., 1905. – 200 с.", want{typ: "book", author: "Семенов"}},
	})
}

// TestKazakhActsAndGazettes reads a Kazakh act whose issuer precedes its
// name in quotation marks and whose kind follows it, and acts cited by
// their place in an official gazette, with or without their title.
func TestKazakhActsAndGazettes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Қазақстан Республикасының «Тіл туралы» Заңы. – Алматы, 1997.",
			want{typ: "legislation", title: "Тіл туралы", place: "Алматы", issued: "1997"}},
		{"Қазақстан Республикасының «Мәдениет туралы» 2006 жылғы 15 желтоқсандағы № 207 Заңы.",
			want{typ: "legislation", title: "Мәдениет туралы", number: "207", issued: "2006-12-15"}},
		{"СЗ СССР. 1935. № 12. Ст. 98.",
			want{typ: "legislation", container: "СЗ СССР", issue: "12", issued: "1935"}},
		{"О печати // Собрание узаконений. 1918. № 10. Ст. 155.",
			want{typ: "legislation", title: "О печати", container: "Собрание узаконений", issue: "10"}},
		{"О связи : федер. закон от 07.07.2003 № 126-ФЗ // СЗ РФ. 2003. № 28. Ст. 2895.",
			want{typ: "legislation", title: "О связи", container: "СЗ РФ", issue: "28", issued: "2003"}},
	})
	if r := Parse("СЗ СССР. 1935. № 12. Ст. 98."); len(r.Item.Author) > 0 || len(r.Item.Editor) > 0 {
		t.Errorf("gazette read as a person: %+v %+v", r.Item.Author, r.Item.Editor)
	}
}

// TestPatentsTitleFirst reads a patent described title first, its
// designation as other title information ("Title : пат. N Рос.
// Федерация", "Title : а. с. SU N"), and keeps a heading's last initial
// when an area dash follows the statement of responsibility.
func TestPatentsTitleFirst(t *testing.T) {
	checkParses(t, []parseCase{
		{"Датчик давления : а. с. SU 912345 / А. Б. Орлов, В. Г. Белов. – Опубл. 15.06.1982.",
			want{typ: "patent", author: "Орлов|Белов", title: "Датчик давления", issued: "1982-06-15"}},
		{"Приемное устройство: пат. 2100001 Рос. Федерация: МПК7 Н 04 J 13/00 / Орлова В.И.; заявитель Ин-т связи. № 2000100001/09; заявл. 18.12.00; опубл. 20.08.02, Бюл. № 23. 3 с.",
			want{typ: "patent", author: "Орлова", title: "Приемное устройство", issued: "2002-08-20", pages: "3"}},
		{"Приемное устройство: пат. 2100001 Рос. Федерация. № 2000100001/09; заявл. 18.12.00; опубл. 20.08.02, Бюл. № 23. 3 с.",
			want{typ: "patent", title: "Приемное устройство"}},
	})
	// A Soviet author's certificate heading the description, its authors
	// before the title or after it.
	checkParses(t, []parseCase{
		{"Авт. свид. СССР № 512345. Орлов А. Б., Белов В. Г. Способ очистки воды; опубл. 12.04.1976.",
			want{typ: "patent", author: "Орлов|Белов", title: "Способ очистки воды", number: "512345", issued: "1976-04-12"}},
		{"Авт. свид. СССР № 612345. Способ очистки воды / Орлов А. Б.; опубл. 05.02.1978.",
			want{typ: "patent", author: "Орлов", title: "Способ очистки воды", issued: "1978-02-05"}},
	})
	r := Parse("Пат. 2100001 Российская Федерация, МПК H04J 13/00. Приемное устройство / Орлова В.И. – № 2000100001/09; заявл. 18.12.00; опубл. 20.08.02.")
	if len(r.Item.Author) != 1 || r.Item.Author[0].Given != "В.И." {
		t.Errorf("author %+v, want Орлова В.И.", r.Item.Author)
	}
}

// TestFederalNormsAndGuides reads Russian designated documents: mandatory
// federal norms and rules ("НП-…", "ПН АЭ Г …", "СанПиН …") are acts,
// designated guides and methods ("РБ-…", "МУК …", "Р-ТПР-…") standards,
// their designation printed before or after the title and no part of it.
func TestFederalNormsAndGuides(t *testing.T) {
	checkParses(t, []parseCase{
		{"НП-001-15. Общие положения обеспечения безопасности атомных станций. – М.: НТЦ ЯРБ, 2016. – 74 с.",
			want{typ: "legislation", title: "Общие положения обеспечения безопасности атомных станций", publisher: "НТЦ ЯРБ", issued: "2016"}},
		{"Правила устройства и безопасной эксплуатации оборудования НП-089-15. – М., 2015. – 120 с.",
			want{typ: "legislation", title: "Правила устройства и безопасной эксплуатации оборудования", place: "М.", issued: "2015"}},
		{"СанПиН 2.6.1.2523-09. Нормы радиационной безопасности (НРБ-99/2009). – М., 2009. – 100 с.",
			want{typ: "legislation", title: "Нормы радиационной безопасности (НРБ-99/2009)"}},
		{"РБ-001-18. Рекомендации по оценке надежности оборудования. – М.: Ростехнадзор, 2018. – 60 с.",
			want{typ: "standard", title: "Рекомендации по оценке надежности оборудования", publisher: "Ростехнадзор"}},
		{"Методика контроля сварных соединений, РД-ЭО-0487-03. – М., 2003.",
			want{typ: "standard", title: "Методика контроля сварных соединений", issued: "2003"}},
		// A title that ends with a number is no designation.
		{"Петров А. А. Реакторы типа РБМК-1000. – М.: Энергоатомиздат, 1990. – 200 с.",
			want{typ: "book", title: "Реакторы типа РБМК-1000"}},
	})
}

// TestActRevisionNotes reads an act's name in quotation marks as its title
// when a note on its revision or adoption stands before or after the name,
// and drops such a note from a title.
func TestActRevisionNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{`Федеральный конституционный закон от 31.12.1996 № 1-ФКЗ "О судебной системе Российской Федерации" (ред. от 16.04.2022) // Собрание законодательства РФ. – 1997. – № 1. – Ст. 1.`,
			want{typ: "legislation", title: "О судебной системе Российской Федерации", container: "Собрание законодательства РФ", issue: "1", issued: "1997"}},
		{"Федеральный закон от 27.07.2006 № 152-ФЗ (ред. от 08.08.2024) «О персональных данных». – URL: https://www.consultant.ru/document/cons_doc_LAW_61801/ (дата обращения: 10.03.2025).",
			want{typ: "legislation", title: "О персональных данных", accessed: "2025-03-10"}},
		{"Распоряжение Правительства РФ от 28.07.2017 № 1632-р «Об утверждении программы „Цифровая экономика“» (с изм. и доп.) // Собрание законодательства РФ. – 2017. – № 32. – Ст. 5138.",
			want{typ: "legislation", container: "Собрание законодательства РФ"}},
		{"Трудовой кодекс Российской Федерации (с изменениями на 1 апреля 2025 года) // Собрание законодательства РФ. – 2002. – № 1. – Ст. 3.",
			want{typ: "legislation", title: "Трудовой кодекс Российской Федерации"}},
	})
}

// TestStandardTitleSentences reads a standard's title of several
// sentences (group, subject, aspect) after its designation, with a stop or
// a dash after the designation, to the imprint or the date it took
// effect, which dates no publication.
func TestStandardTitleSentences(t *testing.T) {
	checkParses(t, []parseCase{
		{"ГОСТ Р 57580.1-2017 — Безопасность финансовых операций. Защита информации финансовых организаций. Базовый состав организационных и технических мер. Введён 01.01.2018.",
			want{typ: "standard", title: "Безопасность финансовых операций. Защита информации финансовых организаций. Базовый состав организационных и технических мер"}},
		{"ГОСТ 19.701-90. Единая система программной документации. Схемы алгоритмов, программ, данных и систем. М.: Стандартинформ, 2010. 24 с.",
			want{typ: "standard", title: "Единая система программной документации. Схемы алгоритмов, программ, данных и систем", place: "М.", publisher: "Стандартинформ", issued: "2010", pages: "24"}},
	})
	checkParses(t, []parseCase{
		{"ДСТУ 8302:2015. Інформація та документація. Бібліографічне посилання. Загальні положення та правила складання.",
			want{typ: "standard", title: "Інформація та документація. Бібліографічне посилання. Загальні положення та правила складання"}},
		{"Про освіту : Закон України від 5 верес. 2017 р. № 2145-VIII. URL: https://zakon.rada.gov.ua/laws/show/2145-19 (дата звернення: 01.03.2024).",
			want{typ: "legislation", title: "Про освіту", issued: "2017-09-05"}},
	})
	if d := Parse("ГОСТ 34.201-2020 — Информационная технология. Виды, комплектность и обозначение документов. Введён 01.01.2022.").Item.Issued; d != nil {
		t.Errorf("issued %v: the date it took effect dates no publication", d)
	}
}

// TestApprovedByAct reads a document approved by an act — a programme, a
// concept — as an act itself, the approval no part of its title.
func TestApprovedByAct(t *testing.T) {
	checkParses(t, []parseCase{
		{"Стратегия развития физической культуры и спорта до 2030 года : утв. распоряжением Правительства РФ от 24.11.2020 № 3081-р. – URL: http://government.ru/docs/2 (дата обращения: 01.03.2024).",
			want{typ: "legislation", title: "Стратегия развития физической культуры и спорта до 2030 года"}},
		{"Концепція розвитку освіти на 2022–2030 роки. – затверджено наказом МОН України від 12.01.2022 № 15.",
			want{typ: "legislation", title: "Концепція розвитку освіти на 2022–2030 роки"}},
		{"Білім беруді дамытудың 2023–2029 жылдарға арналған тұжырымдамасы. – ҚР Үкіметінің 2023 жылғы 28 наурыздағы № 249 қаулысымен бекітілген.",
			want{typ: "legislation", title: "Білім беруді дамытудың 2023–2029 жылдарға арналған тұжырымдамасы"}},
	})
}

// TestKazakhLawNamedByItsSubject reads "… X туралы заңы" — the law on X —
// as the act's title, not as a heading naming its kind and issuer, and a
// Kazakh volume "3-т." between area dashes.
func TestKazakhLawNamedByItsSubject(t *testing.T) {
	checkParses(t, []parseCase{
		{"Қазақстан Республикасының Тіл туралы заңы. 1997 жылғы 11 шілдедегі № 151-I. – Алматы, 1997.",
			want{typ: "legislation", title: "Қазақстан Республикасының Тіл туралы заңы", issued: "1997-07-11"}},
		{"Мүсірепов Ғ. Ұлпан. – 2-т. – Алматы : Жазушы, 1974. – 360 б.",
			want{typ: "book", title: "Ұлпан", volume: "2", publisher: "Жазушы", pages: "360"}},
	})
}

// TestStandardEffectAndOfficialEdition reads a DSTU or GOST standard whose
// date of effect is printed in brackets ("[Чинний від 2010-02-18]",
// "[На заміну …; чинний від …]") and whose edition is "Вид. офіц." or
// "Изд. офиц.": neither is part of the title, nor a publisher.
func TestStandardEffectAndOfficialEdition(t *testing.T) {
	checkParses(t, []parseCase{
		{"ДСТУ 4163:2020. Уніфікована система документації. Вимоги до оформлення документів. [Чинний від 2020-09-01]. Вид. офіц. Київ, 2020. 37 с.",
			want{typ: "standard", title: "Уніфікована система документації. Вимоги до оформлення документів", place: "Київ", issued: "2020", pages: "37"}},
		{"ДСТУ 3017:2015. Видання. Основні види. [На заміну ДСТУ 3017-95; чинний від 2016-07-01]. Вид. офіц. Київ : ДП «УкрНДНЦ», 2016. 41 с.",
			want{typ: "standard", title: "Видання. Основні види", place: "Київ", publisher: "ДП «УкрНДНЦ»", issued: "2016"}},
		{"ГОСТ Р 7.0.97-2016. Организационно-распорядительная документация. Введ. 2017-07-01. Изд. офиц. М. : Стандартинформ, 2018. 32 с.",
			want{typ: "standard", title: "Организационно-распорядительная документация", place: "М.", publisher: "Стандартинформ", issued: "2018"}},
	})
}

// TestDatesInTitleInfo keeps a date written out in other title information
// ("станом на 1 січ. 2019 р.") in the title, with the statement of
// responsibility after it, and reads a conference's place and dates as no
// imprint.
func TestDatesInTitleInfo(t *testing.T) {
	checkParses(t, []parseCase{
		{"Податковий кодекс України : станом на 1 січ. 2019 р. / О. В. Гриценко та ін. Київ : Алерта, 2019. 600 с.",
			want{author: "Гриценко", title: "Податковий кодекс України : станом на 1 січ. 2019 р", place: "Київ", publisher: "Алерта"}},
		{"Сучасні проблеми економіки : матеріали наук. конф., м. Рівне, 14-15 берез. 2019 р. Рівне : НУВГП, 2019. 210 с.",
			want{title: "Сучасні проблеми економіки", place: "Рівне", publisher: "НУВГП", issued: "2019"}},
	})
}

// TestGazetteOnlyNotes reads notes that cite an act by its place in an
// official gazette alone, the article ("ст.") in small letters and the
// areas typed with commas.
func TestGazetteOnlyNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"СЗ РФ. 1997, № 21. ст. 2411.", want{typ: "legislation", container: "СЗ РФ", issue: "21", issued: "1997"}},
		{"Ведомости ВС СССР, 1979, № 12, ст. 203.", want{typ: "legislation", container: "Ведомости ВС СССР", issue: "12", issued: "1979"}},
		{"Ведомости МГД, 2001, № 3, ст. 15.", want{typ: "legislation", container: "Ведомости МГД", issue: "3", issued: "2001"}},
	})
}

// TestOrganisationStandards reads the standards of an enterprise or an
// organisation (СТП, СТО), Belarus's technical codes (ТКП) and branch
// standards (ОСТ) as standards, the designation out of the title.
func TestOrganisationStandards(t *testing.T) {
	checkParses(t, []parseCase{
		{"СТП 02–2019. Курсовые работы. Общие требования. – Гомель : ГГУ, 2019. – 40 с.",
			want{typ: "standard", title: "Курсовые работы. Общие требования", place: "Гомель", publisher: "ГГУ"}},
		{"ТКП 45-1.02-295-2014. Строительство. Проектная документация. – Минск : Минстройархитектуры, 2014. – 50 с.",
			want{typ: "standard", title: "Строительство. Проектная документация"}},
	})
}

// TestKazakhPlainActs reads Kazakh acts cited without quotation marks:
// the kind before or after the name, or the name alone, the state named in
// it; a book about a person ("Абай туралы …") stays a book.
func TestKazakhPlainActs(t *testing.T) {
	checkParses(t, []parseCase{
		{"Қазақстан Республикасының Заңы Тіл туралы",
			want{typ: "legislation", title: "Тіл туралы"}},
		{"Мәдениет туралы Қазақстан Республикасының Заңы 2006 жылғы 15 желтоқсандағы № 207.",
			want{typ: "legislation", title: "Мәдениет туралы", issued: "2006-12-15"}},
		{"Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы",
			want{typ: "legislation", title: "Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы"}},
		{"Абай туралы естеліктер. – Алматы : Жазушы, 1995. – 200 б.",
			want{typ: "book", title: "Абай туралы естеліктер"}},
	})
}

// TestKazakhAdoptionNotes reads a Kazakh act whose notes on its adoption
// and amendments follow its name in parentheses.
func TestKazakhAdoptionNotes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Қазақстан Республикасының Еңбек кодексі (2015 жылғы 23 қарашада қабылданды) (2023.01.01. берілген өзгерістер мен толықтыруларымен)",
			want{typ: "legislation", title: "Қазақстан Республикасының Еңбек кодексі"}},
	})
}

// TestActInCollectionOfLaws dates an act cited from a collection of laws
// by the collection's year, never by the article's number ("Ст. 1755"),
// and reads a Ukrainian translation's "федеральний закон" as an act.
func TestActInCollectionOfLaws(t *testing.T) {
	checkParses(t, []parseCase{
		{"О морских портах: федеральный закон от 24.04.2008 № 48-ФЗ // Собрание законодательства РФ. – 2008. – № 17. – Ст. 1755.",
			want{typ: "legislation", title: "О морских портах", container: "Собрание законодательства РФ", issued: "2008"}},
		{"Про морські порти: федеральний закон від 24.04.2008 № 48-ФЗ (ред. від 18.07.2009) [Текст] / / Збори законодавства РФ.- 2008. - № 17.- Ст.1755;",
			want{typ: "legislation", title: "Про морські порти", issued: "2008"}},
	})
	if r := Parse("О морских портах: федеральный закон от 24.04.2008 № 48-ФЗ // Собрание законодательства РФ. – 2008. – № 17. – Ст. 1755."); r.Item.PublisherPlace != "" {
		t.Errorf("publisher-place %q read from the article's number", r.Item.PublisherPlace)
	}
}

// TestEnglishActs reads legal acts cited in English as the References of
// Russian, Kazakh and Ukrainian journals translate them: the name in
// quotation marks is the title, the date the act's, the number no part of
// the record; a code is named by its title and dated.
func TestEnglishActs(t *testing.T) {
	checkParses(t, []parseCase{
		{"Government of the Harbour Republic. Order of the Government of the Harbour Republic No. 207-p dated 13 February 2019 “On the approval of the Quay Strategy”. http://example.org/docs/35733/ (accessed 05.10.2022).",
			want{typ: "legislation", author: "Government of the Harbour Republic", title: "On the approval of the Quay Strategy", issued: "2019-02-13", accessed: "2022-10-05"}},
		{"Federal Law No. 273-FZ of 29 December 2012 “On Harbours in the Russian Federation”.",
			want{typ: "legislation", title: "On Harbours in the Russian Federation", issued: "2012-12-29"}},
		{"On Harbours in the Russian Federation. Federal Law No. 273-FZ of 29.12.2012. (In Russ.)",
			want{typ: "legislation", title: "On Harbours in the Russian Federation", issued: "2012-12-29", language: "ru"}},
		{"Maritime Code of the Republic of Quay of June 26, 1997, No. 786-IIc. Available at: (in Russian)",
			want{typ: "legislation", title: "Maritime Code of the Republic of Quay", issued: "1997-06-26"}},
		{`Law of Ukraine "On Harbours". URL: https://zakon.example.ua/laws/show/2145-19#Text (in Ukrainian).`,
			want{typ: "legislation", title: "On Harbours", language: "uk"}},
	})
	r := Parse("Federal Law No. 273-FZ of 29 December 2012 “On Harbours in the Russian Federation”.")
	if r.Item.Issue != "" || r.Item.Number != "" || len(r.Item.Author) > 0 {
		t.Errorf("issue %q number %q author %v: an act's number and kind are no issue, number or author", r.Item.Issue, r.Item.Number, r.Item.Author)
	}
}

// TestTransliteratedApproval reads a standard approved by an order, cited
// in transliteration, as an act dated by the order.
func TestTransliteratedApproval(t *testing.T) {
	checkParses(t, []parseCase{
		{"Federal'nyj gosudarstvennyj obrazovatel'nyj standart po napravleniyu 09.03.04 Portovoe delo: utv. Prikazom Ministerstva obrazovaniya RF ot 19 sentyabrya 2017 g. № 920.",
			want{typ: "legislation", title: "Federal'nyj gosudarstvennyj obrazovatel'nyj standart po napravleniyu 09.03.04 Portovoe delo", issued: "2017-09-19"}},
	})
	for _, c := range []struct {
		word string
		want int
	}{{"sentyabrya", 9}, {"dekabrya", 12}, {"iyulya", 7}, {"DeKalb", 0}, {"Senate", 0}, {"Map", 0}} {
		if got := month(c.word); got != c.want {
			t.Errorf("month(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}

// TestStandardDesignationBeforeName takes a building code's designation,
// printed before its name with no full stop, out of the title.
func TestStandardDesignationBeforeName(t *testing.T) {
	checkParses(t, []parseCase{
		{"СНиП 2.01.07-85* Нагрузки на причалы. М, 2004 (редакция 2017)",
			want{typ: "standard", title: "Нагрузки на причалы", number: "2.01.07-85"}},
	})
}

// TestQuotedActWithWrittenDate reads an act's name in guillemets after
// its kind, a date with the month written out and "г.", and its number.
func TestQuotedActWithWrittenDate(t *testing.T) {
	checkParses(t, []parseCase{
		{"Федеральный закон от 07 февраля 2011 г. № 3-ФЗ «О порте» // Портовая газета. – 2011. – 8 февр.",
			want{typ: "legislation", title: "О порте"}},
		{"Закон України від 5 вересня 2017 р. № 2145-VIII «Про причали» // Відомості Верховної Ради. – 2017. – № 38. – Ст. 380.",
			want{typ: "legislation", title: "Про причали"}},
	})
}

// TestStandardRevisionNote leaves a code's revision note in parentheses
// out of its title.
func TestStandardRevisionNote(t *testing.T) {
	checkParses(t, []parseCase{
		{"СП 63.133310-2012. Портовые и каменные конструкции. (актуализированная редакция СНиП 52-01-2003.)",
			want{typ: "standard", title: "Портовые и каменные конструкции"}},
	})
}
