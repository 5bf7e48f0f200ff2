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
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseLines([]string{c.text})[0].Item.Issued.String(); got != c.want {
				t.Errorf("issued %q, want %q", got, c.want)
			}
		})
	}
}
