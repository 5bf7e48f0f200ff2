package bib

import (
	"strings"
	"testing"
)

func TestSingleDashes(t *testing.T) {
	for in, want := range map[string]string{
		"Journal. –– 2015. –– Vol. 4": "Journal. – 2015. – Vol. 4",
		"P. 1397––1426":               "P. 1397–1426",
		"Россия — Китай":              "Россия — Китай",
		"a —– b":                      "a — b",
	} {
		if got := singleDashes(in); got != want {
			t.Errorf("singleDashes(%q) = %q; want %q", in, got, want)
		}
	}
	// An article in a list typed with doubled dashes reads as with single ones.
	r := Parse("Smith, John. Schools and courts // Law Quarterly. –– 2016. –– Vol. 12(3). –– Р. 40––52.")
	want{container: "Law Quarterly", volume: "12", issue: "3", page: "40–52", issued: "2016"}.check(t, r)
}

// TestInvertedNamesWithSemicolons reads every name of "Family, Given;
// Family, Given" family first, and documentation as no part of a title.
func TestInvertedNamesWithSemicolons(t *testing.T) {
	r := Parse("Doe, Jane; Roe, Richard K. Practical Networking. – Boston : Tech Press, 2019. – 300 p.")
	want{author: "Doe|Roe", title: "Practical Networking", place: "Boston", issued: "2019"}.check(t, r)
	r = Parse("Django : документация : [Электронный ресурс]. – URL: https://docs.djangoproject.com/ (дата обращения: 01.02.2026). – Текст : электронный.")
	want{title: "Django"}.check(t, r)
}

// TestTypedVariants reads typing variants of GOST fields.
func TestTypedVariants(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К. Н. Статья о выборах // Социологический журнал, том 7 № 1 (2020), стр. 100-117.",
			want{issue: "1", volume: "7", issued: "2020", page: "100-117"}},
		{"Орлов К. Н. Статья о школе // В мире науки. – 2015. – № 11.1 (71). – С. 46–48.",
			want{issue: "11.1 (71)", page: "46–48"}},
		{"Орлов К. Н. Статья о праве // Гуманитарные науки. — Ялта. – 2015. – № 2 (30). – С. 52–59.",
			want{container: "Гуманитарные науки", place: "Ялта", issue: "2 (30)"}},
		{"Історія міста. Курс лекцій / Кер. автор. кол. Л. Г. Мельник. – К., 1991. – 354 с.",
			want{editor: "Мельник"}},
		{"Белов П. Р. Очерки / П. Р. Белов. – С.-Пб. : Нестор, 2014. – 153 с.",
			want{place: "С.-Пб.", publisher: "Нестор"}},
		{"Белов П. Р. Очерки / П. Р. Белов. – С.-Петербург : Нестор, 2014. – 153 с.",
			want{place: "С.-Петербург", publisher: "Нестор"}},
		{"Історія України: запитання i вiдповiдi.Вип.1. – Полтава, 1993. – 42 с.",
			want{title: "Історія України: запитання i вiдповiдi", volume: "1"}},
	})
}

// TestAbbreviatedMedium reads "[Электрон. ресурс]" as the medium, not as a
// part of the title.
func TestAbbreviatedMedium(t *testing.T) {
	r := Parse("Ахметов Б. Теория механизмов [Электрон. ресурс]. – 2006. – URL: http://example.kz/t.htm (дата обращения: 12.03.2009).")
	want{title: "Теория механизмов", medium: "Электрон. ресурс", accessed: "2009-03-12"}.check(t, r)
}

// TestUndottedInitial reads a last initial that lost its full stop before
// the comma between authors.
func TestUndottedInitial(t *testing.T) {
	want{author: "Abenova|Tulegenova", title: "Word order in translation"}.check(t,
		Parse("Abenova Zh.T, Tulegenova Sh.N. Word order in translation // Journal of Philology. – 2019. – No. 3. – P. 10–19."))
}

// TestKazakhVolumesNote leaves the Kazakh "in N volumes" out of the title.
func TestKazakhVolumesNote(t *testing.T) {
	want{title: "Қазақ тілінің түсіндірме сөздігі", place: "Алматы"}.check(t,
		Parse("Қазақ тілінің түсіндірме сөздігі. Он бес томдық. – Алматы: Дайк-Пресс, 2008. – 752 б."))
	for in, want := range map[string]bool{"бес томдық": true, "он бес томдық": true, "20 томдық": true, "томдық": false, "жаңа томдық": false} {
		if got := kazakhVolumes(in); got != want {
			t.Errorf("kazakhVolumes(%q) = %v; want %v", in, got, want)
		}
	}
}

// TestSpacingAndPunctuationVariants reads an entry the same whatever
// spacing and punctuation the typist used: no-break and doubled spaces,
// a hyphen for the area dash beside quotation marks, "In :" with the
// French space, "2016 г." ending the imprint, an archive typed without
// the space before its fonds, page lists and dates with tight commas.
func TestSpacingAndPunctuationVariants(t *testing.T) {
	checkParses(t, []parseCase{
		{"Иванов\u00a0И.\u00a0И. Очерки истории края [Электронный  ресурс]. –  Режим  доступа:  http://example.ru/a.html. –  Дата  обращения:  02.04.2022.",
			want{author: "Иванов", title: "Очерки истории края", medium: "Электронный ресурс", accessed: "2022-04-02"}},
		{"Бойко О.В. Педагогика детства / Под ред. Д.И. Смирнова. - М.: ИКЦ «Слово», 2003.",
			want{title: "Педагогика детства", editor: "Смирнова", place: "М.", publisher: "ИКЦ «Слово»", issued: "2003"}},
		{"Mack TR. Decision making. In : Ford JB, editor. The handbook of choice. New York (NY) : Lakeside Press; 2015. p. 13-28.",
			want{typ: "chapter", container: "The handbook of choice", publisher: "Lakeside Press", page: "13-28"}},
		{"Устав общества : принят на собрании 24 нояб. 1996 г. – Минск : Право, 2016 г. – 62 с.",
			want{issued: "2016", place: "Минск", publisher: "Право"}},
		{"Орлов К. Н. Записка о школах // ГАРФ.Ф. А-100. Оп. 1. Д. 12. Л. 14.",
			want{typ: "manuscript"}},
		{"Орлов К. Н. Письма к брату // ОР РГБ.Ф.100. Картон 7. Ед. хр. 12.",
			want{typ: "manuscript"}},
		{"Орлов К. Н. Агрогородок у реки / К. Н. Орлов // Сельская газета. – 2023. – 3 окт. – С. 1,8–9.",
			want{page: "1,8–9"}},
		{`Серикова, А. "Традиции устного творчества". Вестник университета. Серия филологическая, т. 15, вып. 2, ноябрь 2018 г., сс. 32-38.`,
			want{typ: "article-journal", container: "Вестник университета. Серия филологическая", volume: "15", issue: "2", page: "32-38"}},
	})
	// The archive is no container, typed with its space or without.
	for _, text := range []string{"Орлов К. Н. Записка о школах // ГАРФ.Ф. А-100. Оп. 1. Д. 12. Л. 14.", "Орлов К. Н. Письма к брату // ОР РГБ.Ф.100. Картон 7. Ед. хр. 12."} {
		if it := Parse(text).Item; it.ContainerTitle != "" || it.Archive == "" || !strings.HasPrefix(it.ArchiveLocation, "Ф.") {
			t.Errorf("%s: container %q, archive %q, location %q", text, it.ContainerTitle, it.Archive, it.ArchiveLocation)
		}
	}
	// A quoted name inside a GOST title leaves it to the GOST reader.
	r := Parse(`Петров П. П. "Мертвые души" Гоголя. М.: Наука, 2010. 200 с.`)
	want{title: `"Мертвые души" Гоголя`, place: "М.", publisher: "Наука", pages: "200"}.check(t, r)
	if got := parseDate("просмотрено декабрь 22,2024"); got == nil || got.String() != "2024-12-22" {
		t.Errorf("a date with no space after its comma: got %v", got)
	}
}

// TestDescriptionsWithoutDashes reads GOST R 7.0.5 descriptions, which
// may drop the area dashes, as their dashed GOST 7.1 forms read: the title
// proper runs to the slash, the statement of responsibility to the
// imprint, a standard's date of effect stands before its imprint, and a
// Latin description with " / I. Family" stays with the GOST reader.
func TestDescriptionsWithoutDashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Гарсиа-Молина, Г. Системы баз данных. Полный курс / Г. Гарсиа-Молина, Дж. Ульман ; перевод с английского. Москва : Вильямс, 2020. 1088 с.",
			want{title: "Системы баз данных. Полный курс", author: "Гарсиа-Молина|Ульман", place: "Москва", publisher: "Вильямс", pages: "1088"}},
		{"Воспитание детей в школе: Новые подходы / Под ред. Н.Е. Орловой. М.: Новая школа, 1998.",
			want{title: "Воспитание детей в школе: Новые подходы", editor: "Орловой", place: "М.", publisher: "Новая школа"}},
		{"ГОСТ 2.105–2019. Единая система документации. Общие требования к документам. Введ. 01.09.2020. Москва : Стандартинформ, 2019. 28 с.",
			want{typ: "standard", title: "Единая система документации. Общие требования к документам", place: "Москва", issued: "2019"}},
		{"Sommerville, I. Software Engineering / I. Sommerville. 10th ed. Boston : Pearson, 2016. 816 p.",
			want{title: "Software Engineering", place: "Boston", publisher: "Pearson", pages: "816"}},
		{"Бойко О.В. Педагогика детства / Под ред. Д.И. Смирнова. М.: ИКЦ «Слово», 2003.",
			want{title: "Педагогика детства", editor: "Смирнова", place: "М.", publisher: "ИКЦ «Слово»"}},
		{"«ИСТОРИЯ ПРАВА И СОВРЕМЕННОСТЬ». Вестник университета. Юридические науки, вип. 125, вип. 1, Серпень 2023, с. 89-95.",
			want{typ: "article-journal", container: "Вестник университета. Юридические науки", page: "89-95"}},
	})
}

// TestImprintsWithoutPlaceOrColon reads imprints that print no place, or
// separate place and publisher with a semicolon: a publisher's area alone
// ends the title, an acronym before the year is a publisher, not a place.
func TestImprintsWithoutPlaceOrColon(t *testing.T) {
	for _, c := range []parseCase{
		{"Lane G. Learning Rust. – Manning Publishing – 2019. – 300 p.",
			want{title: "Learning Rust", publisher: "Manning Publishing", issued: "2019", pages: "300"}},
		{"Lane G. Clean Services. – Apress Media. – 2018. – 216 p.",
			want{title: "Clean Services", publisher: "Apress Media", issued: "2018"}},
		{"Lane G. Fast Joins / G. Lane // Proceedings of the 9th SIGMOD Conference. — ACM, 2016. — P. 785–794.",
			want{publisher: "ACM", container: "Proceedings of the 9th SIGMOD Conference", page: "785–794"}},
		{"Орлов К. Н. Сети и подстанции. СПб.; Изд-во Политехн. ун-та. 2009. - 92 с.",
			want{title: "Сети и подстанции", place: "СПб.", publisher: "Изд-во Политехн. ун-та", issued: "2009"}},
		{"Орлов К. Н. Очерки. – М.; Л., 1950. - 92 с.",
			want{title: "Очерки", place: "М.; Л.", issued: "1950"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := Parse(c.text)
			c.w.check(t, r)
			if c.w.publisher != "" && c.w.place == "" && r.Item.PublisherPlace != "" {
				t.Errorf("place %q, want none", r.Item.PublisherPlace)
			}
		})
	}
}

// TestVolumeWithItsTitle reads a volume of a set whose number is followed
// by the volume's own title after a colon ("Т. 4: Title", "У 6 т. Т. 4:
// Title").
func TestVolumeWithItsTitle(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"Орлов К. История края. Т. 4: Край в составе империи. – Минск : Наука, 2005. – 519 с.", "Минск"},
		{"Гісторыя краю: У 6 т. Т. 4: Край у складзе імперыі / К. Орлов [і інш.]. – Мінск : Навука, 2005. – 519 с.", "Мінск"},
		{"Гісторыя краю: У 6 т. 4-том: Край у складзе імперыі / К. Орлов [і інш.]. – Мінск : Навука, 2005. – 519 с.", "Мінск"},
	} {
		want{volume: "4", place: c.place, pages: "519"}.check(t, Parse(c.text))
	}
}

// TestYearSentenceEndsPublisher reads a GOST R 7.0.5 imprint whose year
// follows the publisher after a full stop instead of a comma.
func TestYearSentenceEndsPublisher(t *testing.T) {
	checkParses(t, []parseCase{
		{"Орлов К. Н. Течения в трубах. М.: Энергоиздат. 1981. 246 с.",
			want{title: "Течения в трубах", place: "М.", publisher: "Энергоиздат", issued: "1981", pages: "246"}},
		{"Орлов К. Н. Течения в трубах. – М. : Энергоиздат. – 1981. – 246 с.",
			want{publisher: "Энергоиздат", issued: "1981", pages: "246"}},
	})
}

// TestKazakhTranslator reads the Kazakh translator's role "Ауд." in a
// statement of responsibility, which ends before the imprint.
func TestKazakhTranslator(t *testing.T) {
	r := Parse("Орлов К.Н. Жол жазбалары. / Ауд. Сейітов Р. Алматы: Ана тілі, 1995. 104 б.")
	want{title: "Жол жазбалары", place: "Алматы", publisher: "Ана тілі", pages: "104"}.check(t, r)
	if len(r.Item.Translator) != 1 || r.Item.Translator[0].Family != "Сейітов" {
		t.Errorf("translator %v", r.Item.Translator)
	}
}

// TestTranslationAfterStop reads a transliterated title's bracketed
// translation typed as a sentence of its own as part of the title, and
// leaves a bracket that is no translation ("[б. и.]") to the imprint.
func TestTranslationAfterStop(t *testing.T) {
	checkParses(t, []parseCase{
		{"Sergeev, P.P. Teoriya uprugosti. [Theory of elasticity.] Leningrad: Sudostroenie, 1978, 410p. (in Russian).",
			want{author: "Sergeev", title: "Teoriya uprugosti [Theory of elasticity]", place: "Leningrad", publisher: "Sudostroenie", issued: "1978", pages: "410", language: "ru"}},
		{"Иванов И. И. Книга. [Б. м.] : [б. и.], 2001. – 100 с.", want{title: "Книга", place: "[Б. м.]", publisher: "[б. и.]"}},
	})
}

// TestTypedSeparators reads separators and page keys as lists type them:
// a space inside "//", an area dash glued to a full stop and a key
// ("2002.-№7", ".-С.2-7"), Ukrainian "Стор." and an undotted "стр".
func TestTypedSeparators(t *testing.T) {
	checkParses(t, []parseCase{
		{"Бойко Т. Ринок праці / Т. Бойко, В. Ткач / / Економіка України.- 2006. - № 4",
			want{typ: "article-journal", author: "Бойко|Ткач", container: "Економіка України", issue: "4", issued: "2006"}},
		{"Мельник О. Реформа освіти //Освіта.-2003.- №11.-С.5-9.", want{container: "Освіта", issue: "11", page: "5-9"}},
		{"Мельник О. Реформа освіти //Освіта.- 2003.-№11 – С. 5-9.", want{container: "Освіта", issue: "11", page: "5-9"}},
		{"Гриценко П. Соціологія праці - К.: Либідь, 1998. - Стор.212", want{place: "К.", publisher: "Либідь", locator: "212"}},
		{"Петренко І. Історія краю. – Львів, 2001. – 240 стор.", want{place: "Львів", pages: "240"}},
		{"Омаров Б. Демография Казахстана. Алма-Ата, 1985. стр 77", want{place: "Алма-Ата", issued: "1985", locator: "77"}},
		// ".-" before a small letter joins an abbreviation.
		{"Сидоров П. Статья // Материалы науч.-практ. конф. – М., 2010. – С. 5–7.", want{container: "Материалы науч.-практ. конф", page: "5–7"}},
	})
}

// TestTransliteratedReferences reads the References lists of Russian
// journals: a soft sign typed as an apostrophe inside a surname, the
// journal's year and numbers after commas, and a textbook's kind as the
// title's last sentence.
func TestTransliteratedReferences(t *testing.T) {
	checkParses(t, []parseCase{
		{"Gur’yanov P.A., Zhil'tsov V.V. Teplovye skhemy [Heat schemes]. Moscow, Energiya Publ., 1985. 210 p. (In Russ.)",
			want{author: "Gur’yanov|Zhil'tsov", title: "Teplovye skhemy [Heat schemes]", place: "Moscow", pages: "210", language: "ru"}},
		{"Kovalev’ S. Il’ina T. Rynok truda. Voprosy ekonomiki, 2012, no. 7, pp. 44-58. (In Russ.)",
			want{typ: "article-journal", container: "Voprosy ekonomiki", issued: "2012", issue: "7", page: "44-58"}},
		{"Orlova E.V. Klastery v regione. Regional'naya ekonomika, 2018, vol. 14, no. 2, pp. 10-20.", want{container: "Regional'naya ekonomika", volume: "14", issue: "2", page: "10-20"}},
		{"Petrenko O. Sociology. Training manual. – Kyiv: Lybid, 2009. 312 p.", want{title: "Sociology", place: "Kyiv", publisher: "Lybid"}},
		{"Гарсиа-Молина Г. Системы баз данных. Полный курс. – М. : Вильямс, 2003. – 1088 с.", want{title: "Системы баз данных. Полный курс"}},
	})
}

// TestTightAreaDashes reads area dashes typed with no spaces after a full
// stop (".–Гомель"), a DOI that such a dash ends, and an article number
// whose "no." is no issue.
func TestTightAreaDashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Сидоренко, А. П. Группы и кольца / А. П. Сидоренко.–Минск : БГУ, 2015.–48 с.–(Препринт / Белорус. гос. ун-т ; № 5).",
			want{place: "Минск", publisher: "БГУ", issued: "2015", pages: "48"}},
		{"Lee, K. Mesh networks / K. Lee // Sensors.–2019.–Vol. 19, no. 4.–Art. 12.–DOI 10.3390/s19040012.–Текст : электронный.",
			want{container: "Sensors", volume: "19", issue: "4"}},
		{"Petrova A. Thin films // Physical Review B. – 2020. – Vol. 101. – Art. no. 045301.", want{volume: "101", page: "045301"}},
	})
	if it := Parse("Lee, K. Mesh networks / K. Lee // Sensors.–2019.–Vol. 19, no. 4.–Art. 12.–DOI 10.3390/s19040012.–Текст : электронный.").Item; it.DOI != "10.3390/s19040012" {
		t.Errorf("DOI %q, want 10.3390/s19040012", it.DOI)
	}
	if it := Parse("Petrova A. Thin films // Physical Review B. – 2020. – Vol. 101. – Art. no. 045301.").Item; it.Issue != "" {
		t.Errorf("an article number read as the issue %q", it.Issue)
	}
}

// TestTransliteratedJournalWithoutSlashes reads GOST R 7.0.5's article
// without "//" in a transliterated list: "Title. Journal. 2010. No. 3. Pp.
// 5–10." — the year's area is no volume — and leaves a Vancouver book's
// "Publisher; 1941. p. 308" a book.
func TestTransliteratedJournalWithoutSlashes(t *testing.T) {
	checkParses(t, []parseCase{
		{"Sidorenko P.P. Rynok zhil'ya [Housing market]. Voprosy ekonomiki. 2011. No. 4. Pp. 12-20. (In Russ.)",
			want{typ: "article-journal", container: "Voprosy ekonomiki", issued: "2011", issue: "4", page: "12-20"}},
		{"Kovalenko O. Civil Procedure Reform. Law Review of Kyiv University. 2014. pp. 88-93. (in Ukrainian).",
			want{typ: "article-journal", container: "Law Review of Kyiv University", issued: "2014", page: "88-93"}},
		{"Barthold VV. Turkestan down to the Mongol invasion. Volume 1. Moscow: Oriental Literature; 1963. p. 45.",
			want{typ: "book", locator: "45"}},
	})
	if it := Parse("Sidorenko P.P. Rynok zhil'ya [Housing market]. Voprosy ekonomiki. 2011. No. 4. Pp. 12-20. (In Russ.)").Item; it.Volume != "" {
		t.Errorf("the year read as volume %q", it.Volume)
	}
}

// TestCyrillicNameParticles reads a surname with a particle as Russian
// lists print it ("ван Дейк Т. А.", "де Соссюр Ф.").
func TestCyrillicNameParticles(t *testing.T) {
	checkParses(t, []parseCase{
		{"фон Нейман Дж. Теория самовоспроизводящихся автоматов. – М. : Мир, 1971. – 382 с.", want{author: "фон Нейман", title: "Теория самовоспроизводящихся автоматов", publisher: "Мир"}},
		{"де Бройль Л. Революция в физике. М.: Атомиздат, 1965. 232 с.", want{author: "де Бройль", title: "Революция в физике"}},
	})
}

// TestParallelTranslationDropped reads the original's numbers, not those of
// the English translation cited after it in brackets.
func TestParallelTranslationDropped(t *testing.T) {
	r := Parse("Orlov, P.P., Thermal stresses in welded joints // Defektoskopiya. 2008. No. 5. Pp. 12–19 [Russ. J. Nondestr. Test. (Engl. Transl.), 2008, vol. 44, no. 5, pp. 301–308].")
	if it := r.Item; it.Page != "12–19" || it.Volume == "44" || it.Issue != "5" {
		t.Errorf("page %q, volume %q, issue %q: want the original's 12–19 and no. 5", it.Page, it.Volume, it.Issue)
	}
	if !strings.Contains(r.Raw, "Engl. Transl.") {
		t.Errorf("the raw text lost the translation: %q", r.Raw)
	}
}

// TestPleiadesCommaStyle reads the comma style of Russian journals' English
// translations, "Family, I.I., Title, Journal, Year, vol. N, no. N, pp.
// X–Y": the journal is the last segment before the year, full stops and
// all.
func TestPleiadesCommaStyle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Sokolov, V.V. and Orlova, E.E., Plasma heating in tokamaks, Plasma Phys. Rep., 2015, vol. 41, no. 7, pp. 550–561.",
			want{author: "Sokolov|Orlova", title: "Plasma heating in tokamaks", container: "Plasma Phys. Rep.", volume: "41", issue: "7", page: "550–561", issued: "2015"}},
		{"Petrov, P.P., Acoustic testing, Defektoskopiya, 2010, no. 8, pp. 3–11.",
			want{title: "Acoustic testing", container: "Defektoskopiya", issued: "2010", issue: "8", page: "3–11"}},
		// A title with commas in another style keeps them.
		{"Smith, J. Cats, dogs, and mice. Journal of Zoology, 2010, vol. 5, no. 2, pp. 1-9.", want{title: "Cats, dogs, and mice", container: "Journal of Zoology"}},
	})
}

// TestTransliteratedYearVolumeAndPubl reads the References of Russian
// journals in Latin letters: the journal before "Year, v. N" and a
// publisher marked "Publ." after its place, with a comma or a stop.
func TestTransliteratedYearVolumeAndPubl(t *testing.T) {
	checkParses(t, []parseCase{
		{"Petrov A., Sidorov B. Heat transfer in rod bundles. Thermal Engineering. 2015, v. 62, pp. 120-128.",
			want{typ: "article-journal", author: "Petrov|Sidorov", title: "Heat transfer in rod bundles", container: "Thermal Engineering", volume: "62", page: "120-128", issued: "2015"}},
		{"Petrov A. Boiling crisis. Nuclear Energy and Technology. 2017, v. 3(4), pp. 291-296.",
			want{container: "Nuclear Energy and Technology", volume: "3", issue: "4", issued: "2017"}},
		{"Orlov S.M., Belov A.V. Passive Safety Systems. N. Novgorod, NNGU Publ., 2013, 77 p. (in Russian).",
			want{typ: "book", place: "N. Novgorod", publisher: "NNGU Publ", issued: "2013", pages: "77"}},
		{"Orlov S.M. Reactor Plants. From Design to Operation. Moscow. Energoatomizdat Publ., 2010, 604 p. (in Russian).",
			want{title: "Reactor Plants. From Design to Operation", place: "Moscow", publisher: "Energoatomizdat Publ", pages: "604"}},
		{"Орлов А.А. Перепись // Исторические дисциплины, т. 31, С-Пб, 2010, стр. 429-435",
			want{typ: "chapter", container: "Исторические дисциплины", volume: "31", place: "С-Пб", page: "429-435"}},
	})
	for _, w := range []string{"n.", "N.", "novgorod"} {
		if isPlace(w) {
			t.Errorf("%q is a place: only the whole \"N. Novgorod\" is", w)
		}
	}
}

// TestYearLettersEPagesAndLatinBooks reads a year told apart by its letter
// ("2001a") in a host's areas, an electronic journal's "e34–e41" pages, and
// a book in Latin letters described as GOST R 7.0.5 does.
func TestYearLettersEPagesAndLatinBooks(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov I., Belov H. Vole dynamics // Ecology. 2001a. Vol. 82, N 6. P. 1505–1520.",
			want{container: "Ecology", issued: "2001", volume: "82", issue: "6", page: "1505–1520"}},
		{"Orlov C. T. Diet and outcome // Lancet Healthy Longev. 2021. Vol. 2, N 1. P. e34–e41.",
			want{page: "e34–e41", volume: "2"}},
		{"Орлов В. С. Реакції організму. Медичний вісник. 2020. т. 24, № 1. С. 67—73.",
			want{typ: "article-journal", container: "Медичний вісник", volume: "24", issue: "1", page: "67—73"}},
		{"Орлоў А. А. Кафля // Беларуская энцыклапедыя: У 18 т. / Рэдкал.: Г. П. Пашкоў [і інш.]. т. 8: Канто — Кулі. — Мн.: БелЭн, 1999. — 572 с. — С. 188.",
			want{typ: "entry-encyclopedia", container: "Беларуская энцыклапедыя", volume: "8", place: "Мн."}},
		{"Orlov H. Information and Choice. Amsterdam: North-Holland, 1967. 488 p.",
			want{author: "Orlov", title: "Information and Choice", place: "Amsterdam", publisher: "North-Holland", issued: "1967", pages: "488"}},
	})
}

// TestSourceMarkup reads lists copied from TeX and wiki sources: a TeX tie
// "~" is a space and " -- " a dash; wiki bold and italics (three and two
// apostrophes) are emphasis marks, no part of a name or title. A URL's "/~user" keeps
// its tilde.
func TestSourceMarkup(t *testing.T) {
	checkParses(t, []parseCase{
		{"А.А.~Смирнов, Б.В.~Орлов, Теория поля. -- Москва: Наука, 1990.",
			want{author: "Смирнов|Орлов", title: "Теория поля", place: "Москва", publisher: "Наука", issued: "1990"}},
		{"Петров П.П. Линейная алгебра -- 5-е изд. М.: Физматлит, 2004.",
			want{author: "Петров", title: "Линейная алгебра", place: "М.", publisher: "Физматлит"}},
		{"'''Соколов И.И.''' Основы геодезии: Учебник / И.И. Соколов — М.: Недра, 1995. — 300 с.",
			want{author: "Соколов", title: "Основы геодезии", place: "М.", publisher: "Недра", pages: "300"}},
		{"Кузнецов А. ''Очерки истории''. М., 2001. 200 с.", want{author: "Кузнецов", title: "Очерки истории", place: "М."}},
	})
	if r := Parse("Орлов И. Заметки. URL: http://example.org/~orlov/notes.html (дата обращения: 01.02.2020)."); r.Item.URL != "http://example.org/~orlov/notes.html" {
		t.Errorf("URL = %q, want the tilde kept", r.Item.URL)
	}
}

// TestLostCommaBetweenNames reads a second name headed by its family and
// initials that the list printed with no comma after the first one's
// initials, and leaves an initials-first name and an abbreviation alone.
func TestLostCommaBetweenNames(t *testing.T) {
	checkParses(t, []parseCase{
		{"Коваль Н. Б., Гнатюк О. М. Савчук А. І. Ринок праці. Київ : Знання, 2019. 200 с.",
			want{author: "Коваль|Гнатюк|Савчук", title: "Ринок праці"}},
		{"Петров И. И. Сидоров П. П. Очерки. М., 2001. 100 с.", want{author: "Петров|Сидоров", title: "Очерки"}},
		{"Gray, B. UML. Basics / B. Gray, J. Rowe. – London : Pitman, 2020. – 496 p.", want{author: "Gray|Rowe", title: "UML. Basics"}},
	})
}

// TestPublisherOpensArea reads "Изд-во …" after the title as the
// publisher, with no place before it, and a Kazakh translator "… тілінен
// аударған" as the translator, no author. (The one-word author heading
// "Бабур." is not read yet.)
func TestPublisherOpensArea(t *testing.T) {
	checkParses(t, []parseCase{
		{"Фомин А. Б. Очерки фразеологии. — Изд-во Томск. ун-та, 1990.", want{title: "Очерки фразеологии", publisher: "Изд-во Томск. ун-та", issued: "1990"}},
		{"Бабур. Бабырнама. / Шағатай тілінен аударған Н. Келімбетов. – Алматы: Ғылым, 1993. - 300 бет.", want{place: "Алматы", publisher: "Ғылым"}},
	})
	if r := Parse("Бабур. Бабырнама. / Шағатай тілінен аударған Н. Келімбетов. – Алматы: Ғылым, 1993. - 300 бет."); len(r.Item.Translator) != 1 || r.Item.Translator[0].Family != "Келімбетов" {
		t.Errorf("translator %v, want Келімбетов", r.Item.Translator)
	}
}

// TestStatementSlips reads a statement of responsibility with persons named
// given name first and "[et.al]" after them, one in brackets after a
// collective's words, and an ISBN printed bare after the page count.
func TestStatementSlips(t *testing.T) {
	checkParses(t, []parseCase{
		{"Graph Retrieval / Maria Lopez [et.al] — Текст : электронный // arXiv. — 2024.", want{author: "Lopez", container: "arXiv"}},
		{"Цифровая экономика / [авт. кол. : А. А. Орлов, Б. Б. Белов и др.]. – Москва : Наука, 2019. – 208 с.", want{author: "Орлов|Белов", place: "Москва"}},
	})
	if r := Parse("Книга памяти. — Киев : Наука, 2009. — 384 с. 9789660244795."); r.Locator != "" || r.Item.NumberOfPages != "384" {
		t.Errorf("locator %q, pages %q; want no locator and 384 pages", r.Locator, r.Item.NumberOfPages)
	}
}
