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

func TestActDate(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"russian_decree", "О Государственной программе развития образования : постановление Правительства Республики Казахстан от 27 декабря 2019 г. № 988.", "2019-12-27"},
		{"kazakh_law", "Қазақстан Республикасындағы тіл туралы: Қазақстан Республикасының 1997 жылғы 11 шілдедегі № 151-I Заңы.", "1997-07-11"},
		{"imprint_year_wins", "О порядке : приказ от 5 мая 2010 г. № 3. – М. : Юрист, 2011. – 20 с.", "2011"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseLines([]string{c.text})[0].Item.Issued.String(); got != c.want {
				t.Errorf("issued %q, want %q", got, c.want)
			}
		})
	}
}
