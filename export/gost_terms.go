package export

import (
	"strings"
	"unicode"
)

// terms are the words and abbreviations a GOST entry prints, in the
// language of the entry: GOST R 7.0.100-2018, clause 4.8, and GOST
// 7.1-2003, clause 4.6, let the prescribed elements of a foreign
// description be given in its own language; abbreviations follow GOST
// R 7.0.12-2011 (Russian), ISO 4 / GOST 7.11-2004 (English) and their
// Kazakh counterparts used with ST RK GOST R 7.0.5.
type terms struct {
	pages      string // before a page range: С. 102–116
	pageCount  string // after a page count: 250 с.
	volume     string // Т. 6
	issue      string // № 2
	article    string // a numbered article of a law: Ст. 7598
	etAl       string // [и др.]
	gmd        string // general material designation of a remote electronic resource, 7.1-2003 and 7.0.5-2008
	gmdText    string // general material designation of print, 7.1-2003 (5.2.4)
	content    string // 7.0.100-2018 content type and means of access of an electronic resource
	print      string // and of print (7.0.100-2018, 4.10 and the examples of Appendix A)
	website    string // 7.0.100-2018 supplied other title information of a site
	accessed   string // (дата обращения: 23.04.2025)
	accessMode string // 7.1-2003 "Режим доступа"
	editor     string // 7.0.100-2018 writes the role in full
	editors    string // and in the plural for more than one
	editorAbbr string // 7.1-2003, 7.0.5-2008 abbreviate it
	translator string
	transAbbr  string
	edition    func(n string, full bool) string
	patent     string
	patentAbbr string
	noPlace    string // [Б. м.]: place of publication not known
	months     [12]string
	// familyFirst: a full name is written surname first, as Russian and
	// Kazakh title pages of dissertations print it ("Величковский Борис
	// Борисович"); an English one gives the names first ("John Smith").
	familyFirst bool
}

var ruTerms = terms{
	pages: "С.", pageCount: "с.", volume: "Т.", issue: "№", article: "Ст.",
	etAl: "[и др.]", gmd: "[Электронный ресурс]", gmdText: "[Текст]",
	content: "Текст : электронный", print: "Текст : непосредственный",
	website: "[сайт]", accessed: "дата обращения", accessMode: "Режим доступа",
	editor: "редактор", editors: "редакторы", editorAbbr: "ред.", translator: "перевод", transAbbr: "пер.",
	edition: func(n string, full bool) string {
		if full {
			return n + "-е издание"
		}
		return n + "-е изд."
	},
	patent: "Патент №", patentAbbr: "Пат.", noPlace: "[Б. м.]", familyFirst: true,
	months: [12]string{"янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."},
}

var enTerms = terms{
	pages: "P.", pageCount: "p.", volume: "Vol.", issue: "No.", article: "Art.",
	etAl: "[et al.]", gmd: "[Electronic resource]", gmdText: "[Text]",
	content: "Text : electronic", print: "Text : unmediated",
	website: "[website]", accessed: "accessed", accessMode: "Mode of access",
	editor: "editor", editors: "editors", editorAbbr: "ed. by", translator: "translated by", transAbbr: "transl. by",
	edition: func(n string, full bool) string { return n + ordinalSuffix(n) + " ed." },
	patent:  "Patent No.", patentAbbr: "Pat.", noPlace: "[S. l.]",
	months: [12]string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."},
}

var kkTerms = terms{
	pages: "Б.", pageCount: "б.", volume: "Т.", issue: "№", article: "Б.",
	etAl: "[және т.б.]", gmd: "[Электрондық ресурс]", gmdText: "[Мәтін]",
	content: "Мәтін : электрондық", print: "Мәтін : тікелей",
	website: "[сайт]", accessed: "қаралған күні", accessMode: "Қол жеткізу режимі",
	editor: "редактор", editors: "редакторлар", editorAbbr: "ред.", translator: "аударған", transAbbr: "ауд.",
	edition: func(n string, full bool) string {
		if full {
			return n + "-басылым"
		}
		return n + "-бас."
	},
	patent: "Патент №", patentAbbr: "Пат.", noPlace: "[Б. м.]", familyFirst: true,
	months: [12]string{"қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."},
}

func ordinalSuffix(n string) string {
	if strings.HasSuffix(n, "11") || strings.HasSuffix(n, "12") || strings.HasSuffix(n, "13") {
		return "th"
	}
	switch {
	case strings.HasSuffix(n, "1"):
		return "st"
	case strings.HasSuffix(n, "2"):
		return "nd"
	case strings.HasSuffix(n, "3"):
		return "rd"
	}
	return "th"
}

// entryLanguage is "ru", "kk" or "en": the language field when it names
// one, else the script of the title (Kazakh letters make it Kazakh,
// other Cyrillic Russian). Other languages take the English terms, as
// GOST lists in Russia print a Latin-script entry.
func entryLanguage(lang, title string) string {
	l := strings.ToLower(lang)
	switch {
	case strings.HasPrefix(l, "kk") || strings.HasPrefix(l, "kaz"):
		return "kk"
	case strings.HasPrefix(l, "ru") || strings.HasPrefix(l, "uk") || strings.HasPrefix(l, "be"):
		return "ru"
	case l != "":
		return "en"
	}
	cyr := false
	for _, r := range title {
		if r < 0x400 {
			continue // Latin, digits, punctuation: most of an English title
		}
		if isKazakhLetter(r) {
			return "kk"
		}
		if unicode.Is(unicode.Cyrillic, r) {
			cyr = true
		}
	}
	if cyr {
		return "ru"
	}
	return "en"
}

// isKazakhLetter: the letters of the Kazakh alphabet Russian lacks, but
// І, which Ukrainian and Belarusian have too.
func isKazakhLetter(r rune) bool {
	switch r {
	case 'Ә', 'ә', 'Ғ', 'ғ', 'Қ', 'қ', 'Ң', 'ң', 'Ө', 'ө', 'Ұ', 'ұ', 'Ү', 'ү', 'Һ', 'һ':
		return true
	}
	return false
}

func termsFor(lang string) *terms {
	switch lang {
	case "ru":
		return &ruTerms
	case "kk":
		return &kkTerms
	}
	return &enTerms
}

// cityNames pairs the full and abbreviated names of the only places GOST
// R 7.0.12-2011 (clause 4.1.2) abbreviates in the publication area.
// 7.0.100-2018 writes them in full (its examples: "Москва : Наука"),
// 7.1-2003 and 7.0.5-2008 abbreviate them ("М. : Наука").
var cityNames = [][2]string{{"Москва", "М."}, {"Санкт-Петербург", "СПб."}, {"Ленинград", "Л."}, {"Ростов-на-Дону", "Ростов н/Д"}}

func placeName(p string, full bool) string {
	for _, c := range cityNames {
		if full && p == c[1] {
			return c[0]
		}
		if !full && p == c[0] {
			return c[1]
		}
	}
	return p
}
