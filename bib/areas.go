package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	thesisRe    = lazyRegexp(`(?i)(?:дис(?:с)?\.|дыс\.|дысертац|аўтарэф|диссертация|дисертаці|автореф(?:ерат)?\.?|дисс\.|thesis|dissertation|diss\.|ph\.\s?d\.?|phd|abstract\.?\s+(?:of\s+)?dis|author['’]?s\s+abstract|avtoref)`)
	thesisGenre = lazyRegexp(`(?i)(?:(?:автореф(?:ерат)?|аўтарэф)\.?\s+)?д[иы]с(?:с)?\.?(?:\s*…|\s*\.\.\.)?\s*(?:на\s+соиск\S*\s+уч\S*\s+степ\S*\s+)?(?:канд|д-ра|док)\S*\s+[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+нав?ук|(?:дисертація|диссертация)\s*(?:…|\.\.\.)?\s*(?:на\s+здобуття\s+\S+\s+ступеня\s+)?(?:кандидата|доктора|канд\.|д-ра)\s+[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+наук|(?:abstract\s+(?:of\s+)?)?dis\.?\s*(?:…|\.\.\.)?\s*(?:PhD|cand\.?|kand\.?|doct\S*)(?:\s+in)?\s+[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+sciences?|(?:PhD|Ph\.\s?D\.|doctoral|master'?s)\s+(?:thesis|dissertation)`)
	confRe      = gate(`(?i)материал(?:ы|ах|ов)\s|конф\.|конференц|симпозиум|proceedings|proc\.|conference|symposium|congress|тезис|сборник\s+трудов|форум|семинар|конгресс|workshop|konferentsi|konferenci`, true, "материал", "конф", "симпозиум", "proc", "conference", "symposium", "congress", "тезис", "сборник", "форум", "семинар", "конгресс", "workshop", "konferen")
	journalRe   = gate(`(?i)journal|журнал|вестник|хабаршы|вісник|весці|известия|изв\.|review|quarterly|studies|bulletin|annals|transactions|letters|проблемы|вопросы|mysl|science|research|acta|magazine|экономика|право`, true, "journal", "журнал", "вестник", "хабаршы", "вісник", "весці", "известия", "изв.", "review", "quarterly", "studies", "bulletin", "annals", "transactions", "letters", "проблемы", "вопросы", "mysl", "science", "research", "acta", "magazine", "экономика", "право")
	newspaperRe = gate(`(?i)газета|newspaper|\bgazeta\b|правда|\bpravda\b|times\b|post\b|herald|tribune|новости|ақиқат|егемен|қазақстан|известия|\bizvesti(?:y?a|ia)\b|ведомости|\bvedomosti\b|коммерсант|\bkommersant\b`, true, "газета", "newspaper", "gazeta", "правда", "pravda", "times", "post", "herald", "tribune", "новости", "ақиқат", "егемен", "қазақстан", "известия", "izvesti", "ведомости", "vedomosti", "коммерсант", "kommersant")
	lawRe       = lazyRegexp(`(?i)(?:(?:^|:\s*|^\p{L}+\s+)(?:федеральн(?:ый|ий)\s+(?:конституционный\s+|конституційний\s+)?закон|федер\.\s*закон|закон|кодекс|указ|постановление|приказ|распоряжение|конституция|заң|қаулы|бұйрық|жарлық|кодексі|постанова|наказ|розпорядження|конституція|конституциясы|декларация|декларація|конвенция|конвенція|положение\s+об?|положення\s+про)|(?:^|:\s*)(?:law|act|code)|^\p{L}+(?:\s+\p{L}+){0,5}\s+act(?:\s+of)?\s+\d{4})(?:[^\p{L}]|$)`)
	// standardHead is the designation of a standard, an RFC or a designated
	// guide or method that heads its description: "ГОСТ Р 7.0.100–2018. ",
	// "ГОСТ Р ИСО/МЭК 25010–2015. ", "РБ-100-15. ", "МУК 2.6.1.1194-03. ",
	// or a dash after it ("ГОСТ 34.602-2020 — Title").
	// certificateHead is the designation of a Soviet author's certificate
	// heading a description: "Авт. свид. СССР № 254509. ".
	certificateHead = lazyRegexp(`(?i)^(?:авт\.\s*свид\.|авт\.\s*св\.|авторское\s+свидетельство)\s*(?:СССР\s*)?№?\s*(\d[\d ]*\d)\.\s+`)
	standardHead    = lazyRegexp(`(?i)^(?:гост|gost|iso|ст\s+рк|стб|дсту|снип|сп|стп|сто|ткп|ост|rfc|(?:рб|мук|му|мр|рд)(?:-\pL+)*|р(?:-\pL+)+)[\s-]*((?:[рr]\s*)?(?:исо/мэк|iso/iec|исо|iso)?\s*\d[\d .\-–—:/]*\d)\s*(?:\.|\s[—–])\s+`)
	// ruleHead is the designation of mandatory federal norms and rules that
	// heads their description — acts, not standards: "НП-093-14. ", "ПН АЭ
	// Г 01-011-97 (ОПБ-88/97). ", "СанПиН 2.6.1.2523-09. ".
	ruleHead = lazyRegexp(`^(?:НП|ПН\s+АЭ\s+Г|СанПиН|НРБ|ОСПОРБ)[\s-]*\d[\d.\-/–]*\d(?:\s*\([^)]{1,20}\))?\s*\.\s+`)
	// ruleTail and guideTail are those designations printed after the
	// title: "Основные правила учета … НП-030-12", "Руководство …,
	// Р-ТПР-01-99".
	ruleTail      = lazyRegexp(`[\s.,]+(?:НП|ПН\s+АЭ\s+Г|СанПиН|НРБ|ОСПОРБ)[\s-]*\d[\d.\-/–]*\d$`)
	titlePartTail = lazyRegexp(`[.:,]\s*(?:Часть|Частина|Частка|Part)\s+(\d+|[IVXLC]+)$`)
	rfcTail       = lazyRegexp(`[\s.,]+(RFC\s*\d{3,5})$`)
	guideTail     = lazyRegexp(`[\s.,]+(?:(?:РБ|МУК|МУ|МР|РД)(?:-\p{Lu}+)*|Р(?:-\p{Lu}+)+)[\s-]*\d[\d.\-/–]*\d$`)
	standardRe    = lazyRegexp(`(?i)^(?:гост|gost|iso|ст\s+рк|стб|дсту|снип|сп|стп|сто|ткп|ост)\s*((?:р\s*)?\d[\p{L}\d .\-–:]*\d)`)
	patentRe      = lazyRegexp(`(?i)(?:пат\.|патент|patent|полез(?:\.|ная)\s+модель|(?:^|[^\p{L}])а\.\s?с\.)(?:\s+на\s+(?:изобретение|полезную\s+модель))?\s*(?:№\s*)?([\p{L}\d \-/]*\d)`)
	archiveRe     = lazyRegexp(`(?:Ф|ф)\.\s*[\p{L}-]*\s*\d+[^.]*\.\s*Оп\.\s*\d+[^.]*\.\s*(?:Д|д|Ед\.\s*хр)\.\s*\d+(?:[^.]*\.\s*Л\.\s*[\d\s,–-]+(?:\s*об\.?)?)?`)
	preprintRe    = lazyRegexp(`Препринт\s+(\p{Lu}[\p{Lu}\p{L}.]*)\s?[-–]?\s?(\d+)`)
	reportRe      = gate(`(?i)\breport\b|доклад|отч[её]т|working paper|policy brief|white paper|препринт|preprint|(?:^|\s)есеб[іi]|(?:^|\s)звіт|справаздач`, true, "report", "доклад", "отч", "working paper", "policy brief", "white paper", "препринт", "preprint", "есеб", "звіт", "справаздач")
	// encyclopediaRe names an encyclopedia or a dictionary as a host.
	encyclopediaRe = gate(`(?i)энцикл|энцыкл|енцикл|encyclop|энциклопедия|энциклопедиясы|словник|словар|сөздік`, true, "энцикл", "энцыкл", "енцикл", "encyclop", "словник", "словар", "сөздік")
	// archiveHost is a fonds and its units: "Ф. 573. Картон 41. Д. 55",
	// "Ф.223. Картон 79. Ед. хр. 122".
	// archiveShelf is a shelf-mark as notes type it with commas, in lower
	// case or with Ukrainian units: "Ф. 228, Оп. 3. Д. 30, Л. 26",
	// "ф. 3 (Іван Франко), од. зб. 1603, арк. 375", "ф. IV, д. 332, л. 1".
	archiveShelf  = gate(`(?:^|[\s.,])[Фф]\.\s*[\p{L}\d-]{0,6}\s*[\dIVXLC]+[\p{L}\d-]*(?:\s*\([^)]{0,40}\))?[.,]\s*(?:[Оо]п[.,]\s*\d+[\p{L}\d-]*[.,]\s*)?(?:[^;]{0,30}?[.,]\s*)?(?:Д|д|Спр|спр|Ед\.\s*хр|ед\.\s*хр|Од\.\s*зб|од\.\s*зб)\.\s*\d+`, false, "Ф.", "ф.")
	archiveHost   = gate(`(?:^|[\s.])Ф\.\s*[\p{L}-]*\s*\d+.*?(?:Картон|Ед\.\s*хр\.|Оп\.|Д\.)\s*\d+`, false, "Ф.")
	monthYearRe   = lazyRegexp(`(?i)(1[5-9]\d\d|20\d\d)\.?\s*[–—,]?\s*((?:\p{L}{3,}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,}|\p{L}{3,})(?:[^\p{L}]|$))`)
	numberRe      = lazyRegexp(`(?i)(?:№|No\.?|N)\s*([\d\-/А-ЯA-Z]+(?:-[\p{L}\d]+)?)`)
	publishedDate = gate(`(?i)(?:опубл|published|жарияланған)\.?\s*(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))\b`, true, "опубл", "published", "жарияланған")
	siteInTitle   = gate(`(?i):\s*(?:[\p{L}.-]+\s+){0,3}(?:сайт|веб-сайт|портал|сайты|sajt|sayt|portal)(?:[^\p{L}]|$)`, true, "сайт", "портал", "sajt", "sayt", "portal")
	siteMark      = gate(`(?i)\s*:\s*\[(?:сайт|site|веб-сайт|website|портал|сайты)\]`, false, "[")
	thesisInTitle = gate(`(?i)\s*:\s*(?:автореф|аўтарэф|дис|дыс|diss|thesis|phd)`, false, ":")
	seriesNumber  = gate(`^(.*?)\s*;\s*(?:вып|vol|no|№|т|issue|iss)\.?\s*(\S+)$`, false, ";")
)

// readAreas reads the fields of the areas after the title (and host):
// edition, imprint, date, volume, issue, pages, page count, series.
func readAreas(p *parsed, s string, hasHost, footnote bool) {
	it := &p.Item
	s = strings.TrimLeft(cleanSeparators(withoutDatesOfEffect(s)), " \t\n\f\r.,;:–—-")
	if i := strings.Index(s, ". "); i > 0 && genreSentence(s[:i]) {
		s = s[i+2:] // "Учебное пособие. М.: МИФИ, 2007": the kind of book before the imprint
	}
	if m := findSeries(s); m != nil {
		series := s[m[2]:m[3]]
		if !strings.HasPrefix(foldKey(series), "ed") && !thesisRe.MatchString(series) {
			if sm := seriesNumber.FindStringSubmatch(series); sm != nil {
				series, it.CollectionNumber = sm[1], sm[2]
			}
			if it.CollectionTitle == "" {
				it.CollectionTitle = strings.TrimSpace(series)
			}
			s = s[:m[0]] + s[m[1]:]
		}
	}
	if m := findIf(editionRe, s, mayBeEdition(lower(s))); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				it.Edition = g
			}
		}
		s = strings.TrimLeft(strings.Replace(s, strings.TrimLeft(m[0], " ,.;"), " ", 1), " \t\n\f\r.,;:–—-")
	}
	if mayBeThesis(lower(s)) {
		// "дис. … канд. геогр. наук. Институт, Москва, 2016": the degree
		// statement opens no imprint.
		if m := thesisGenre.FindStringIndex(s); m != nil {
			it.Genre = s[m[0]:m[1]]
			s = joinAreas(s[:m[0]], s[m[1]:])
		}
	}
	if m := findIf(preprintRe, s, strings.Contains(s, "Препринт")); m != nil {
		// "Препринт ЛИЯФ-285": a preprint series and its number.
		it.CollectionTitle, it.CollectionNumber = "Препринт "+m[1], m[2]
		i := strings.Index(s, m[0])
		s = joinAreas(s[:i], s[i+len(m[0]):])
	}
	// Imprint: "Place : Publisher, Year", "Publisher, Year", "Place, Year".
	areas := splitAreas(s)
	loose := len(areas)
	if len(areas) == 1 {
		// Footnote style separates by commas: "Book 2, Almaty: KazISS, 2010".
		for _, m := range punctSpaces(s, ",") {
			areas = append(areas, s[m[1]:])
		}
	}
	for i, area := range areas {
		if gazetteArticle(area) {
			continue // "– Ст. 1755": an article of a gazette, no imprint and no year
		}
		if place, pub, ok := readImprint(strings.TrimSpace(area), i < loose); ok {
			it.PublisherPlace, it.Publisher = place, pub
			if i := yearInImprint(area); i != nil {
				area = area[:i[1]] // "М.: Политиздат, 1983. С. 202–205": what follows the year is no imprint
			}
			if yearTailIndex(area) >= 0 {
				// GOST 7.1-2003, 4.5.5: the date of publication ends the
				// imprint; years printed elsewhere date other things
				// ("Т. 2: 1917–1922. М.: Политиздат, 1983"), and a date
				// read before with the same year may be more precise.
				if d := areaDate(area[yearTailIndex(area):]); d != nil && (it.Issued == nil || d.Year() != it.Issued.Year()) {
					it.Issued = d
				}
			}
			break
		}
	}
	if it.Issued == nil {
		it.Issued = areaDate(s)
	}
	it.Volume = strings.TrimRight(findVolume(s), ".")
	if it.Volume == "" {
		// "Түрік сөздігі, 3-том", "Title. Т. 2", "// Энциклопедия : в 18 т.
		// Т. 10": a volume printed in the title or in the host's title.
		for _, t := range []*string{&it.ContainerTitle, &it.Title} {
			if v, i := findVolumeAt(*t); v != "" {
				it.Volume = strings.TrimRight(v, ".")
				// The numbers after the volume ("том 7 № 1 (2020)") are read
				// with the areas.
				s = (*t)[i:] + ", " + s
				*t = strings.TrimRight((*t)[:i], " .,:;")
				if it.Issued == nil {
					it.Issued = areaDate(s)
				}
				break
			}
		}
	}
	if it.Volume == "" && hasHost {
		it.Volume = bareVolume(areas)
	}
	artNo := ""
	if hasHost {
		if a, i, j := articleNumber(s); a != "" {
			// "Art. 7", "Art. no. 061103": the article's number stands for
			// its pages (as the corpus labels it), and its "no." is no issue.
			artNo, s = a, s[:i]+s[j:]
		}
	}
	if v, ok := findIssue(s); ok {
		it.Issue = strings.TrimRight(v, ".")
	} else if hasHost && it.Volume != "" {
		// "Journal, 12(3), 45–67": APA prints the issue in parentheses.
		if m := findIf(apaVolume, s, strings.Contains(s, "(")); m != nil && m[1] == it.Volume {
			it.Issue = m[2]
		}
	}
	if it.Volume == "" && it.Issue == "" {
		if m := findIf(apaVolume, s, hasHost && strings.Contains(s, "(")); m != nil {
			it.Volume, it.Issue = m[1], m[2]
		}
	}
	pages := ""
	if v, iss, pg, ok := colonNumbersIn(s, hasHost); ok && (it.Volume == "" || it.Volume == v) {
		// "// Petroleum Science. 2022. 19:2343–2357", "Eng. 2026. 7(4):184":
		// Vancouver's numbers in a GOST-like host.
		it.Volume, pages = v, pg
		if it.Issue == "" {
			it.Issue = iss
		}
	} else if v, ok := findPages(s); ok {
		pages = normPages(v)
	} else if m := findIf(barePages, s, hasHost); m != nil && !yearRange(m[1], it.Issued) {
		// "// Journal. – 1996. – V. 58. – 1849-1854": the range ends the
		// part's description without "С.".
		pages = normPages(m[1])
	} else if m := findIf(unitPages, s, hasHost); m != nil {
		pages = normPages(m[1])
	}
	if v, ok := findPageCount(s); ok {
		it.NumberOfPages = v
	}
	if it.NumberOfPages == "" && pages == "" && !hasHost && it.Issued != nil {
		// "Алматы, 2002. – 140. – 109.": the page count and the page cited
		// printed without their "с.", in the areas after the year.
		it.NumberOfPages, pages = barePageAreas(areas)
	}
	if pages == "" {
		pages = artNo
	}
	if pages != "" {
		switch {
		case footnote, !hasHost, !strings.ContainsAny(pages, "-–—") && hasAnyPrefix(it.ContainerTitle, collectedWorks):
			// (A page of an author's works is the one a note cites.)
			p.Locator = pages
		default:
			it.Page = pages
		}
	}
	if mayBeThesis(lower(s+" "+it.Title)) && thesisRe.MatchString(s+" "+it.Title) {
		if m := thesisGenre.FindString(s + " " + it.Title); m != "" {
			it.Genre = m
		}
	}
}

var (
	apaVolume = lazyRegexp(`(?:^|[,;:.\s])(\d+)\s*\(\s*([\w–-]+)\s*\)`)
	// A range with the unit after it is the part's pages: "– 12–15 б.",
	// "12-15 бб.", "45–52 с." (a count is one number: "215 б.").
	unitPages = lazyRegexp(`(?:^|[\s,.–—])(\d+\s*[-–—]\s*\d+)\s*(?:бб|б|бет|с|сс|стр|p|pp|S)\.?(?:[\s,;]|$)`)
	barePages = lazyRegexp(`(?:[,:]\s*|\)\s*[,:]?\s*|[-–—]\s+)(\d+\s*[-–—]\s*\d+|e\d+)\s*\.?\s*$`)
)

// bareVolume is a volume printed as a bare number in the area after a
// periodical's year, as mathematical journals cite ("// Ann. Probab. 1985.
// 13. N 2. P. 469–477", "// Теория вероятн. и примен. 1964. 9. № 1"), or "".
func bareVolume(areas []string) string {
	volume := func(a string) bool { return len(a) > 0 && len(a) <= 3 && allDigits(a) }
	for i, a := range areas {
		a = strings.TrimRight(strings.TrimSpace(a), ".")
		if i > 0 && volume(a) && yearSeg(strings.TrimRight(strings.TrimSpace(areas[i-1]), ".")) {
			return a
		}
		if y, v, ok := strings.Cut(a, ". "); ok && len(y) == 4 && yearSeg(y) {
			if v, _, _ = strings.Cut(v, "."); volume(v) {
				return v // "1985. 13": no area is split at a stop before a number
			}
		}
	}
	return ""
}

// readImprint reads an area as "Place : Publisher, Year", "Publisher,
// Year", "Place, Year" or a lone place or publisher.
//
// loose accepts any short text before a year as a publisher; it is off for
// the comma-separated parts of an area, which are mostly other fields.
func readImprint(a string, loose bool) (place, publisher string, ok bool) {
	if a == "" || startsWithField(a) {
		return "", "", false
	}
	if i := yearInImprint(a); i != nil {
		a = a[:i[1]]
	} else if placeThenYear(a) {
		a = a[:strings.IndexByte(a, ' ')+5] // "Менск 1993, с. 327": a place and its year, no comma between
	}
	yt := yearTailIndex(a)
	hadYear, bare := yt >= 0, a
	if hadYear {
		bare = a[:yt]
	}
	if !hadYear && endsInLetterStop(bare) {
		if m := extentTail.FindStringIndex(bare); m != nil {
			bare = bare[:m[0]] // "М.: Наука. 200 с.": no year, the extent ends the area
		}
	}
	// "Казань: 2003": a place whose publisher is not printed keeps its colon.
	bare = strings.TrimSpace(strings.Trim(bare, " ,;:"))
	if strings.HasSuffix(bare, ".") && !abbreviationBefore(bare) && !placeWords[foldKey(bare)] { // "СПб." keeps its stop
		bare = strings.TrimSuffix(bare, ".")
	}
	if bare == "" || startsWithField(bare) || romanVolumeAt(bare, 0) >= 0 || hasURLStart(bare) || endsWithDay(bare) {
		return "", "", false
	}
	words := countFields(bare)
	nameOnly := false
	switch {
	case strings.Contains(bare, ":") && mayBeImprint(a) && imprintStarts(a):
	case isPlace(bare) || isPublisher(bare):
	case knownPlaceColon(bare):
		// "Київ: “Лібра” – 1995": a known place and its publisher, the year
		// in an area of its own; what follows the publisher's name after a
		// comma or colon is no part of it.
		nameOnly = true
	case loose && hadYear && words <= 6:
	default:
		return "", "", false
	}
	place, publisher = splitImprint(bare)
	if publisher != "" && startsWithField(publisher) {
		publisher = ""
	}
	if i := strings.IndexByte(publisher, ';'); i > 0 && strings.Contains(publisher[i:], ":") {
		// "М. : Дашков и К° ; Ростов н/Д : Наука-Спектр": the first of two
		// imprints (GOST 7.1-2003, 4.6.4.2).
		publisher = strings.TrimSpace(publisher[:i])
	}
	if nameOnly {
		publisher = publisherNameOnly(publisher)
	}
	return place, strings.TrimRight(publisher, ".,"), true
}

// extentTail is a page count after the publisher in an area with no
// year: "Наука. 200 с.", "Наука, 200 с.", "Ғылым. 456 б.".
var extentTail = lazyRegexp(`[.,]\s*(?:[IVXLC]+,\s*)?\d+\s*(?:с|c|б|стр|p|pp|S)\.?$`)

// endsInLetterStop reports s ending in a letter or a letter and a full
// stop, as a page count's unit does.
func endsInLetterStop(s string) bool {
	s = strings.TrimSuffix(s, ".")
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// publisherNameOnly cuts what follows a publisher's name after a comma or
// colon when it is a number, a volume or pages: "Знання-Прес, 208", "Ин-т:
// VII том", "Publisher, pp. 15–20".
func publisherNameOnly(s string) string {
	for i := 0; i < len(s); i++ {
		if (s[i] == ',' || s[i] == ':' || s[i] == '.') && i+1 < len(s) && s[i+1] == ' ' {
			if rest := strings.TrimSpace(s[i+1:]); startsWithField(rest) || romanNumeralWord(rest) || strings.HasPrefix(rest, "pp") {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

// romanNumeralWord reports a word of roman figures opening s, "VII том".
func romanNumeralWord(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// knownPlaceColon reports an imprint that opens with a known place and a
// colon.
func knownPlaceColon(s string) bool {
	place, pub, ok := strings.Cut(s, ":")
	return ok && strings.TrimSpace(pub) != "" && isPlace(strings.TrimSpace(place))
}

// endsWithDay reports text that ends with a day and a month ("м. Мукачево,
// 4-5 жовт."): the place and dates of a conference, whose year is no
// imprint's.
func endsWithDay(s string) bool {
	f := strings.Fields(tail(s, 40))
	if len(f) < 2 {
		return false
	}
	d := f[len(f)-2]
	return isDigit(d[len(d)-1]) && month(strings.TrimSuffix(f[len(f)-1], ".")) > 0
}

// splitAreas splits at area separators (and, for lists without dashes, at
// a full stop before "Place :").
func splitAreas(s string) []string {
	dashes := areaDashes(s)
	if len(dashes) == 0 {
		return splitAtStops(s)
	}
	var out []string
	last := 0
	for _, m := range dashes {
		if m[0] < last {
			continue
		}
		out = append(out, splitAtPlace(s[last:m[0]])...)
		last = m[1]
	}
	out = append(out, splitAtPlace(s[last:])...)
	if len(out) == 1 {
		// Footnote style separates by commas: "Publisher, 2007, p. 118".
		return []string{s}
	}
	return out
}

// effectDate is the date a standard or an act takes effect ("Введ.
// 01.09.2020", "Дата введения 2020-09-01"), not its date of publication.
var effectDate = gate(`(?i)\[?(?:(?:на\s+заміну|взамен)[^;\]]{0,40};\s*)?(?:введ\.?(?:\s+(?:РБ|в\s+РФ))?|дата\s+введения|введ[её]н[оа]?|чинний\s+від|уведено\s+вперше|вперше)\s*:?\s*(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2}\b)\]?`, true, "введ", "чинний", "вперше")

// officialEdition is the edition statement of a standard or an act, "Изд.
// офиц.", "Вид. офіц.": no publisher.
var officialEdition = gate(`(?i)(?:изд|вид)\.\s*офі?и?ц\.?`, true, "офиц", "офіц")

// withoutDatesOfEffect removes the dates a document takes effect, and its
// official edition statement.
func withoutDatesOfEffect(s string) string {
	if m := effectDate.FindStringIndex(s); m != nil {
		s = s[:m[0]] + s[m[1]:]
	}
	if m := officialEdition.FindStringIndex(s); m != nil {
		s = s[:m[0]] + s[m[1]:]
	}
	return s
}

// findSeries finds the series area in parentheses that ends the
// description (GOST 7.1-2003, 4.6): "(Серия ; вып. 3)".
func findSeries(s string) []int {
	if !strings.HasSuffix(strings.TrimRight(s, " \t\n\f\r."), ")") {
		return nil
	}
	return seriesRe.FindStringSubmatchIndex(s)
}

// mayBeEdition is editionRe's prefilter on lower-cased text: "изд.",
// "басылым", or "ed" after a number ("2nd ed.", "3 rev. ed.").
func mayBeEdition(low string) bool {
	if containsAny(low, "изд", "бас") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(low[i:], "ed")
		if j < 0 {
			return false
		}
		k := skipSpaceBack(low, i+j)
		if strings.HasSuffix(low[:k], "rev.") {
			k = skipSpaceBack(low, k-len("rev."))
		}
		if k >= 2 && containsAny(low[k-2:k], "st", "nd", "rd", "th") {
			k -= 2
		}
		if k > 0 && isDigit(low[k-1]) {
			return true
		}
		i += j + 1
	}
}

// splitAtPlace splits an area at a full stop before "Place :".
func splitAtPlace(s string) []string {
	if !strings.Contains(s, ":") {
		return []string{s}
	}
	var out []string
	last := 0
	for i := 0; i < len(s); {
		e := areaSplitEnd(s, i)
		if e < 0 {
			i++
			continue
		}
		if s[i] == '.' && !hasDash(s[i:e]) {
			out = append(out, s[last:i])
			last = i + 1
		}
		i = e
	}
	return append(out, s[last:])
}

// firstPlace is the text before the first comma, semicolon or colon: where
// an imprint names its first place.
func firstPlace(s string) string {
	head := s
	if len(head) > 100 {
		head = head[:100] // a place is short (isPlace reads 48 bytes at most)
	}
	if i := strings.IndexAny(head, ",;:"); i >= 0 {
		return s[:i]
	}
	return s
}

// splitAtStops splits the areas of a description without dashes (GOST R
// 7.0.5-2008, 4.3: the full stop may stand for ". – ") at each full stop
// that ends a word, not an abbreviation, before a place of publication or
// another field. A publisher's name runs from its colon to the year and
// is not split.
func splitAtStops(s string) []string {
	var out []string
	last := 0
	for _, m := range punctSpaces(s, ".") {
		after := s[m[1]:]
		if yearSentence(after) && !abbreviationBefore(s[:m[0]+1]) {
			// "М.: Энергоатомиздат. 1981. 246 с.": the year ends the
			// publisher's name, even one after a colon.
			out = append(out, s[last:m[0]])
			last = m[1]
			continue
		}
		if editionEnd(s[last:m[0]]) && (fieldish(after) || isPlace(firstPlace(after))) {
			// "9-е изд., доп. и испр. М.: Политиздат, 1983": the edition
			// statement's last abbreviation ends its area.
			out = append(out, s[last:m[0]])
			last = m[1]
			continue
		}
		if abbreviationBefore(s[:m[0]+1]) && !statementEnd(s[last:m[0]]) || publisherColon(s[last:m[0]]) || !startsSentence(after) || !(fieldish(after) || isPlace(firstPlace(after)) || placeSentence(after)) {
			continue
		}
		out = append(out, s[last:m[0]])
		last = m[1]
	}
	return append(out, s[last:])
}

// placeSentence reports a place of publication as a sentence of its own
// before a transliterated publisher: "Moscow. Logos Publ., 2010".
func placeSentence(s string) bool {
	place, rest, ok := strings.Cut(s, ". ")
	if !ok || !isPlace(place) {
		return false
	}
	pub, _, _ := strings.Cut(rest, ",")
	return marksPubl(pub)
}

// marksPubl reports a transliterated publisher's name marked "Publ." as
// GOST R 7.0.5's References print it: "NGTU Publ.", "Logos Publ".
func marksPubl(s string) bool { return strings.HasSuffix(strings.TrimRight(s, "."), " Publ") }

// statementEnd reports text that ends with an abbreviation that closes a
// statement, after which an area may begin: "и др", "і інш", "та ін",
// "et al", a year's "г" or "р" ("… 2004 г. Минск : …").
func statementEnd(s string) bool {
	low := lower(tail(s, 12))
	if hasAnySuffix(low, []string{" и др", " і інш", " та ін", " et al", " и др.]"}) {
		return true
	}
	if t := strings.TrimSuffix(strings.TrimSuffix(low, " г"), " р"); t != low {
		return len(t) >= 4 && allDigits(t[len(t)-4:]) // "2004 г.", Ukrainian "2018 р."
	}
	return volumeEnd(s)
}

// volumeEnd reports text that ends with a volume's number in roman figures,
// whose full stop ends the area: "Словарь. Т. I" before ". М., 1964".
func volumeEnd(s string) bool {
	t := tail(s, 12)
	i := strings.LastIndexByte(t, ' ')
	if i < 0 || strings.Trim(t[i+1:], "IVXLC") != "" {
		return false
	}
	j := strings.LastIndexByte(strings.TrimRight(t[:i], " ."), ' ') // the space before "Т."
	return romanVolumeAt(t, j+1) >= 0
}

// publisherColon reports a colon in an area that may open a publisher's
// name, not the one after a volume's number ("Т. 2: 1917–1922", "1-том:
// Адам", the volume's title follows it) or after a role ("Рэдкалегія:").
func publisherColon(s string) bool {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	// The last word alone is read, not the whole text before it: a long
	// entry's stops would make the reading quadratic.
	if w := lower(lastWord(before)); w != "" {
		if editorWords.MatchString(w) || hasAnySuffix(w, []string{"-том", "-т.", "-бөлім", "-кітап"}) {
			return false
		}
	}
	if e := len(before) - len(strings.TrimRight(before, "0123456789")); e > 0 {
		w := lastWord(strings.TrimRight(before[:len(before)-e], " "))
		return w == "" || !hasAnyPrefix(w, []string{"Т.", "Т", "Вып.", "Ч.", "Кн.", "Vol.", "Том", "Вип.", "Кітап", "Бөлім"})
	}
	return true
}

// patentAfterColon is the index of the colon that introduces a patent's
// designation after its title ("Устройство : пат. 2187888 Рос.
// Федерация", "Счетчик : а. с. SU 935780"), or -1.
func patentAfterColon(t string) int {
	for i := 0; i < len(t); i++ {
		if t[i] != ':' {
			continue
		}
		low := lower(strings.TrimLeft(t[i+1:min(len(t), i+40)], " "))
		if low == "пат" || hasAnyPrefix(low, []string{"пат.", "пат ", "патент", "а. с.", "а.с.", "авт. свид", "авторское свид", "полез. модель", "полезная модель"}) {
			return i
		}
	}
	return -1
}

// editionEnd reports text that ends with an edition statement: "2-е
// изд", "9-е изд., доп. и испр", "3rd ed".
func editionEnd(s string) bool {
	low := lower(tail(s, 60))
	return hasAnySuffix(low, editionEnds) && mayBeEdition(low) && strings.ContainsAny(low, "0123456789")
}

// editionEnds are the abbreviations an edition statement ends with.
var editionEnds = []string{"-е изд", "-ое изд", "испр", "доп", "перераб", "стер", "расш", "-е вид", " ed", " edn"}

// yearSentence reports a sentence that is a year alone: "1981.", "1981".
func yearSentence(s string) bool {
	return startsYear(s) && (len(s) == 4 || s[4] == '.' || s[4] == ',')
}

func normPages(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// areaDate reads the date of publication from the areas: a full date where
// printed, a year range ("1993-1994"), a year followed by a month and day
// ("2013. – April 29").
func areaDate(s string) *Date {
	if !hasDigitRun(s, 4) {
		return nil
	}
	if m := findIf(ymdRe, s, mayBeYMD(s)); m != nil {
		if d := validDate(m[1], m[2], m[3]); d != nil {
			return d
		}
	}
	if m := findIf(dmyRe, s, mayBeDMY(s)); m != nil {
		if d := validDate(m[3], m[2], m[1]); d != nil {
			return d
		}
	}
	m := findYear(s)
	if m == nil {
		return nil
	}
	y, _ := strconv.Atoi(s[m[2]:m[3]])
	d := NewDate(y)
	if m[4] >= 0 {
		y2, _ := strconv.Atoi(s[m[4]:m[5]])
		if y2 > y {
			d.Parts = append(d.Parts, []int{y2})
			return d
		}
	}
	if mm := findMonthYear(s[m[2]:]); mm != nil && mm[1] == s[m[2]:m[3]] {
		if md := monthDay.FindStringSubmatch(mm[2]); md != nil {
			addMonthDay(d, md)
		}
	} else if word, year, ok := monthBeforeYearIn(s); ok && year == s[m[2]:m[3]] && month(word) > 0 {
		d.Parts[0] = append(d.Parts[0], month(word))
		if day := dayBefore(s, word); day > 0 {
			d.Parts[0] = append(d.Parts[0], day) // a newspaper's "3 лютага 2017"
		}
	} else if dm := dayMonthArea.FindStringSubmatch(s[m[3]:]); dm != nil && month(dm[2]) > 0 {
		// "1917. — 20 (7) октября", "1918. — № 63. — 26 жовтня": an
		// issue's day in an area of its own after the year (the Old Style
		// day in parentheses).
		if day, _ := strconv.Atoi(dm[1]); day >= 1 && day <= 31 {
			d.Parts[0] = append(d.Parts[0], month(dm[2]), day)
		}
	}
	return d
}

// dayMonthArea is a day and a month's name opening an area: "— 20 (7)
// октября", ". 5 марта".
var dayMonthArea = lazyRegexp(`[–—.,;]\s+(\d{1,2})(?:\s*\(\d{1,2}\))?\s+(\p{L}{3,})`)

// dayBefore is the day of the month printed just before the month's name
// word in s ("23 января 2016"), or 0.
func dayBefore(s, word string) int {
	i := strings.Index(s, word)
	if i < 0 {
		return 0
	}
	b := strings.TrimRight(s[:i], " ")
	j := len(b)
	for j > 0 && j > len(b)-2 && isDigit(b[j-1]) {
		j--
	}
	if j == len(b) || j > 0 && (isDigit(b[j-1]) || b[j-1] == '.') {
		return 0
	}
	day, _ := strconv.Atoi(b[j:])
	if day > 31 {
		return 0
	}
	return day
}

// monthYearAt is monthYearRe anchored at the year it starts from.
var monthYearAt = lazyRegexp(`(?i)^(1[5-9]\d\d|20\d\d)\.?\s*[–—,]?\s*((?:\p{L}{3,}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,}|\p{L}{3,})(?:[^\p{L}]|$))`)

// findMonthYear reads "2013. – April 29" from s, which starts with the
// year; a later year is searched for only when one is printed.
func findMonthYear(s string) []string {
	if mayMonthYearAt(s) {
		if m := monthYearAt.FindStringSubmatch(s); m != nil {
			return m
		}
	}
	for i := 1; i+4 <= len(s); i++ {
		if isYearAt(s, i) {
			return monthYearRe.FindStringSubmatch(s)
		}
	}
	return nil
}

// addMonthDay adds "April 29", "29 April" or "March" to a year.
func addMonthDay(d *Date, md []string) {
	if len(md) < 6 {
		return // monthDay did not match
	}
	var mon, day int
	switch {
	case md[1] != "":
		mon = month(md[1])
		day, _ = strconv.Atoi(md[2])
	case md[3] != "":
		day, _ = strconv.Atoi(md[3])
		mon = month(md[4])
	default:
		mon = month(md[5])
	}
	if mon == 0 || len(d.Parts) != 1 || len(d.Parts[0]) != 1 {
		return
	}
	d.Parts[0] = append(d.Parts[0], mon)
	if day > 0 && day <= 31 {
		d.Parts[0] = append(d.Parts[0], day)
	}
}

// isNewspaperIssue reports a periodical dated like a newspaper (GOST
// 7.1-2003, 7.7: "// Известия. – 2006. – 15 февр."): no volume, and a day
// printed with the month — or a month alone when the title says it is a
// newspaper ("Березень (№ 3)").
func isNewspaperIssue(it *Item) bool {
	if it.Volume != "" || it.Issued == nil || len(it.Issued.Parts) == 0 {
		return false
	}
	switch n := len(it.Issued.Parts[0]); {
	case n == 3:
		// A journal's issue dated to the day online stays a journal's.
		return !journalRe.MatchString(it.ContainerTitle) || newspaperRe.MatchString(it.ContainerTitle)
	case n == 2:
		return newspaperRe.MatchString(it.ContainerTitle)
	}
	return false
}

// siteRoot reports a URL with no path: a site's address, not a page's.
func siteRoot(u string) bool {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	_, path, _ := strings.Cut(u, "/")
	return path == ""
}

// partAsVolume moves the number of a part of a book ("Вып. 2", "Вип. 1")
// from issue to volume: only periodicals have issues in CSL. A number
// printed after "№" or "No" is a serial's issue and stays one ("//
// Конференциум : сб. трудов. – 2015. – № 1", "Вісник. 2012. No 4").
func partAsVolume(it *Item, plain string) {
	switch it.Type {
	case "book", "chapter", "paper-conference", "entry-encyclopedia", "report", "thesis":
		if it.Volume == "" && it.Issue != "" && !issueMarked(plain, it.Issue) {
			it.Volume, it.Issue = it.Issue, ""
		}
	}
}

// titlePart moves the part that ends a title to the volume: "Толковый
// словарь. Часть 1", "Цивільне право: Частина 1" name a work in parts.
func titlePart(it *Item) {
	if m := titlePartTail.FindStringSubmatchIndex(it.Title); m != nil && it.Volume == "" && it.Type != "legislation" {
		it.Volume, it.Title = it.Title[m[2]:m[3]], strings.TrimRight(it.Title[:m[0]], " .:,")
	}
}

// issueMarked reports whether plain prints the issue after "№", "No" or
// "N" ("№ 1", "No. 4", "N 2").
func issueMarked(plain, issue string) bool {
	for from := 0; ; {
		k := strings.Index(plain[from:], issue)
		if k < 0 {
			return false
		}
		at := from + k
		before := strings.TrimRight(plain[:at], " .")
		if (strings.HasSuffix(before, "№") || strings.HasSuffix(before, "No") || strings.HasSuffix(before, " N")) &&
			(at+len(issue) == len(plain) || !isDigit(plain[at+len(issue)])) {
			return true
		}
		from = at + len(issue)
	}
}

// fondsIndex is where the fonds ("Ф. 1") starts in an archive's name and
// shelf-mark ("ГАРФ. Ф. 1", "ГАРФ.Ф. 1" typed without its space), or -1.
func fondsIndex(s string) int {
	return indexWhere(s, "Ф.", func(i int) bool { return i == 0 || s[i-1] == ' ' || s[i-1] == '.' })
}

// reportSeries name a series of reports as a host: "// Stanford InfoLab
// Technical Report".
var reportSeries = []string{"technical report", "tech. rep", "working paper", "research report"}

// preprintServer reports a preprint posted to arXiv (or a like server): a
// host or identifier naming it ("// arXiv preprint", "arXiv:1009.6119",
// "URL: https://arxiv.org/abs/…"); low is the entry lower-cased.
func preprintServer(it *Item, low string) bool {
	return strings.Contains(low, "arxiv") && (strings.Contains(lower(it.ContainerTitle), "arxiv") ||
		strings.Contains(low, "arxiv:") || strings.Contains(lower(it.URL), "arxiv.org"))
}

// journalStems are words that ISO 4 abbreviates in journal titles ("J
// Cheminform", "Chem. Res. Toxicol.", "Nucleic Acids Res.").
var journalStems = map[string]bool{"J": true, "Res": true, "Chem": true, "Phys": true, "Biol": true, "Lett": true,
	"Rev": true, "Sci": true, "Med": true, "Pharmacol": true, "Cheminform": true, "Toxicol": true, "Nucl": true,
	"Eng": true, "Appl": true, "Math": true, "Geophys": true, "Ecol": true, "Environ": true, "Mol": true}

// isoJournal reports a host title abbreviated as ISO 4 abbreviates
// journal titles: a word of journalStems, or two abbreviated words.
func isoJournal(title string) bool {
	dotted := 0
	for _, w := range strings.Fields(title) {
		if journalStems[strings.TrimSuffix(w, ".")] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); strings.HasSuffix(w, ".") && len(w) <= 9 && unicode.IsUpper(r) {
			dotted++
		}
	}
	return dotted >= 2
}

// barePageAreas reads areas that print a number alone after the area of
// the year: the first is the page count, a second the page cited.
func barePageAreas(areas []string) (count, cited string) {
	seenYear := false
	for _, a := range areas {
		a = strings.TrimRight(strings.TrimSpace(a), ".")
		switch {
		case !seenYear:
			seenYear = yearTailIndex(a) >= 0
		case a == "" || len(a) > 4 || strings.Trim(a, "0123456789") != "" || len(a) == 4 && startsYear(a):
			return count, cited
		case count == "":
			count = a
		default:
			return count, a
		}
	}
	return count, cited
}

// yearRange reports a range of two years ("1985–1987"), not of pages: it
// is the date issued was read from, or there is no other date.
func yearRange(r string, issued *Date) bool {
	a, b, ok := strings.Cut(normDash(r), "-")
	if !ok || len(a) != 4 || len(b) != 4 || !startsYear(a) || !startsYear(b) || b < a {
		return false
	}
	y, _ := strconv.Atoi(a)
	return issued == nil || issued.Year() == y
}

// joinAreas joins the areas left on either side of a field taken out of
// a description, with one area separator between them.
func joinAreas(left, right string) string {
	left = strings.TrimRight(left, " .,;:–—-")
	right = strings.TrimLeft(right, " .,;:–—-")
	if left == "" || right == "" {
		return left + right
	}
	return left + ". – " + right
}

// periodicalKind names a periodical as the kind of the document described:
// ": научный журнал", ": науково-практ. журнал", ": газета".
var periodicalKind = gate(`(?i):\s*(?:[\p{L}.-]+\s+){0,3}(?:журнал|журн\.|газета|часопіс|бюллетень|бюлетень)(?:[^\p{L}]|$)`, true, "журн", "газет", "часопіс", "бюлет", "бюллет")

// mayBePatent is patentRe's prefilter on lower-cased text: "пат", "patent",
// an author's certificate "а.с.".
func mayBePatent(low string) bool {
	return containsAny(low, "пат", "patent", "а.с.", "а. с.", "полез. модель", "полезная модель")
}

// dayDated reports a date to the day.
func dayDated(d *Date) bool {
	return d != nil && len(d.Parts) > 0 && len(d.Parts[0]) == 3
}

// paperName reports a title short enough to be a periodical's name alone:
// at most four words, no figure, colon or quotation.
func paperName(t string) bool {
	return t != "" && countFields(t) <= 4 && !strings.ContainsAny(t, "0123456789:«»\"")
}

// archiveIndex finds an archive's shelf-mark, fonds to file ("Ф. 1. Оп. 2.
// Д. 3. Л. 4", or as archiveShelf reads it), or nil.
func archiveIndex(s string) []int {
	if strings.Contains(s, "Оп.") {
		if loc := archiveRe.FindStringIndex(s); loc != nil {
			return loc
		}
	}
	if i := strings.Index(s, "; "); i > 0 {
		s = s[:i] // a note citing two works is read by its first
	}
	return archiveShelf.FindStringIndex(s)
}

// inferType decides the CSL type from what the entry contains.
func inferType(p *parsed, hasHost bool) {
	it := &p.Item
	text := it.Title + " " + it.ContainerTitle
	low := p.rawLow
	switch {
	case archiveIndex(p.plain) != nil:
		it.Type = "manuscript"
		loc := archiveIndex(p.plain)
		it.ArchiveLocation = strings.TrimLeft(strings.TrimSpace(p.plain[loc[0]:loc[1]]), ".,")
		if y := it.Issued.Year(); y > 0 && !strings.Contains(p.plain[:loc[0]]+p.plain[loc[1]:], strconv.Itoa(y)) {
			it.Issued = nil // "од. зб. 1603": a unit's number, no year
		}
		// "ГАРФ. Ф. 1. Оп. 2…", "ЦА ФСБ. Ф. 3…": the archive, one
		// sentence, precedes the fonds; the heading parser must not read
		// it as a name.
		if head := strings.TrimRight(strings.TrimSpace(p.plain[:loc[0]]), ".,; "); head != "" && !strings.Contains(head, ". ") {
			it.Archive, it.Author, it.Title = head, nil, ""
		}
		// "Title // ГАРФ. Ф. 1. Оп. 2. Д. 3": the archive is no container.
		if c := fondsIndex(it.ContainerTitle); c >= 0 {
			if c > 0 {
				it.Archive = strings.TrimRight(it.ContainerTitle[:c], ". ")
			}
			it.ContainerTitle = ""
		}
	case hasHost && archiveHost.MatchString(it.ContainerTitle):
		// "Письмо … // ОР РГБ. Ф. 573. Картон 41. Д. 55": a file of an
		// archive arranged by boxes or storage units instead of inventories.
		it.Type = "manuscript"
		c := archiveHost.FindStringIndex(it.ContainerTitle)
		it.Archive = strings.TrimRight(it.ContainerTitle[:c[0]], ". ")
		it.ArchiveLocation = strings.TrimLeft(it.ContainerTitle[c[0]:], ". ")
		it.ContainerTitle = ""
	case !hasHost && len(it.Author) == 0 && !mayBePatent(low) && it.Publisher == "" && it.PublisherPlace == "" && dayDated(it.Issued) && paperName(it.Title):
		// "Голос Киева. — 1917. — 20 (7) октября.", "Державний вістник. —
		// 1918. — № 63. — 26 жовтня. — С. 1": a note citing a paper's issue
		// by its name and day.
		it.Type, it.ContainerTitle, it.Title = "article-newspaper", it.Title, ""
	case !hasHost && len(it.Author) == 0 && len(it.Editor) == 0 && !mayBePatent(low) && (periodicalKind.MatchString(p.plain) || it.Issue != "" && it.NumberOfPages != "" && strings.Contains(p.plain, "№")):
		// "Вестник … : научно-технический журнал. – Кемерово, 1999–",
		// "Бібліотечний форум України. — 2006. — № 1. — 74 с.": a journal,
		// or one of its issues, described whole.
		it.Type = "periodical"
	case p.patent != "":
		it.Type, it.Number, it.Issue, it.ContainerTitle = "patent", p.patent, "", ""
		if i := strings.Index(lower(it.Title), "; опубл"); i > 0 {
			it.Title = it.Title[:i] // "Title; опубл. 17.10.1969": the date of publication
		}
		if m := publishedDate.FindStringSubmatch(p.plain); m != nil {
			it.Issued = parseDate(fullYear(m[1]))
		}
	case p.number != "":
		it.Type, it.Number = "standard", p.number
	case mayBeStandard(it.Title) && standardRe.MatchString(it.Title):
		it.Type = "standard"
		m := standardRe.FindStringSubmatchIndex(it.Title)
		it.Number = strings.TrimSpace(it.Title[m[2]:m[3]])
		if name := strings.TrimLeft(it.Title[m[1]:], " .*:"); startsUpper(name) {
			it.Title = name // "СНиП 2.01.07-85* Нагрузки и воздействия": the designation, then the name
		}
	case !hasOpCitWord(it.Title) && (mayBeLaw(it.Title) && lawRe.MatchString(it.Title) || (len(it.Author) == 0 && mayBeLaw(p.plain) && lawRe.MatchString(p.plain))) || kazakhActTitle(it.Title),
		hasHost && len(it.Author) == 0 && gazette(it.ContainerTitle) && (strings.Contains(p.plain, "Ст.") || strings.Contains(p.plain, "ст.")):
		it.Type = "legislation"
		if m := numberRe.FindStringSubmatch(it.Title); m != nil && strings.ContainsAny(m[1], "0123456789") {
			it.Number = m[1] // "№ 273-ФЗ", not the "n" of "On Education"
		}
	case !hasHost && mayBePatent(low) && patentRe.MatchString(p.plain):
		it.Type = "patent"
		it.Number = strings.TrimSpace(patentRe.FindStringSubmatch(p.plain)[1])
		// GOST 7.1-2003, 7.6: "Title : пат. 123 Рос. Федерация : МПК …" —
		// the designation is other title information; in the other order,
		// "Пат. 123 Страна, МПК … . Заглавие", the title follows the
		// classification.
		if i := patentAfterColon(it.Title); i > 0 {
			it.Title = strings.TrimSpace(it.Title[:i])
		} else if i := strings.LastIndex(it.Title, ". "); i > 0 && patentRe.MatchString(it.Title) {
			it.Title = strings.TrimSpace(it.Title[i+2:])
		}
		if m := publishedDate.FindStringSubmatch(p.plain); m != nil {
			it.Issued = parseDate(fullYear(m[1]))
		}
		it.Issue = ""
	case !hasHost && mayBeThesis(low) && thesisRe.MatchString(p.plain):
		it.Type = "thesis"
	case preprintServer(it, low):
		it.Type = "article"
	case hasHost && containsAny(lower(it.ContainerTitle), reportSeries...):
		it.Type = "report"
	case hasHost && encyclopediaRe.MatchString(it.ContainerTitle):
		it.Type = "entry-encyclopedia"
	case hasHost && p.inBook && !p.talk:
		it.Type = "chapter" // "В книге: Title. – 2011. – С. 103-105": a part of a book, dated or not
	case hasHost && (p.talk || confRe.MatchString(it.ContainerTitle)):
		it.Type = "paper-conference"
	case hasHost && collectionHost(it.ContainerTitle):
		// "// Проблемы лесоведения : сб. науч. тр. – Гомель, 2023. – Вып.
		// 39": a collection says it is one; its "Вып." numbers a volume.
		it.Type = "chapter"
	case hasHost && len(it.Editor) == 0 && (it.Issue != "" && (it.PublisherPlace == "" || issueMarked(p.plain, it.Issue) || journalRe.MatchString(it.ContainerTitle)) || (it.Volume != "" || journalRe.MatchString(it.ContainerTitle) || isoJournal(it.ContainerTitle)) && it.Publisher == "" && it.PublisherPlace == ""):
		// An issue number makes the host a periodical, even with the
		// imprint some lists print for it ("// Право и образование. – М. :
		// НОУ СГА, 2015. – № 2"); a part's "Вып." with a place is a book's
		// ("// Расы и народы. – Вып. 3. – М., 1979").
		it.Type = "article-journal"
		if isNewspaperIssue(it) {
			it.Type = "article-newspaper"
		}
	case hasHost && (len(it.Editor) > 0 || it.Publisher != "" || it.PublisherPlace != ""):
		it.Type = "chapter"
	case hasHost && it.URL != "" && it.Accessed == nil && isNewspaperIssue(it) && siteRoot(it.URL):
		// "// Союз - Евразия. 27.03.2017 // http://zviazda.by": a paper's
		// issue of that day, and the address of the paper's site, not of a
		// page.
		it.Type = "article-newspaper"
	case hasHost && it.URL != "" && it.Page == "" && (it.Issued == nil || len(it.Issued.Parts) == 0 || len(it.Issued.Parts[0]) > 1 || it.Accessed != nil):
		// A host with its year alone and a link but no access date is a
		// periodical read online ("// Molecules. – 2023. – <https://…>");
		// GOST 7.0.100's web pages give the date they were seen, posts
		// the day they were written ("2013.09.27").
		it.Type = "webpage"
	case hasHost && newspaperRe.MatchString(it.ContainerTitle):
		it.Type = "article-newspaper"
	case hasHost:
		it.Type = "article-journal"
		if isNewspaperIssue(it) {
			it.Type = "article-newspaper" // "// Наша ніва. 9 лістапада 2015."
		}
	case it.URL != "" && it.PublisherPlace == "" && it.NumberOfPages == "" && it.ISBN == "" && it.Edition == "" && (it.Publisher == "" || !isPublisher(it.Publisher)):
		it.Type = "webpage"
		if it.ContainerTitle == "" && it.Publisher != "" {
			it.ContainerTitle, it.Publisher = it.Publisher, ""
		}
	case reportRe.MatchString(text + " " + it.CollectionTitle):
		it.Type = "report"
	case it.Medium == "Web":
		it.Type = "webpage" // MLA 7: "Site. N.p., n.d. Web. 5 May 2012."
	default:
		it.Type = "book"
	}
	if siteInTitle.MatchString(it.Title) || siteInTitle.MatchString(it.ContainerTitle) || siteMark.MatchString(it.Title) {
		// GOST R 7.0.100-2018: "eLIBRARY.RU : научная электронная библиотека : сайт".
		it.Type = "webpage"
	}
	if m := siteMark.FindStringIndex(it.ContainerTitle); m != nil {
		// GOST R 7.0.100-2018, 5.4: "// Название : [сайт]" names a website.
		it.ContainerTitle = strings.TrimSpace(it.ContainerTitle[:m[0]] + it.ContainerTitle[m[1]:])
		it.Type = "webpage"
	}
	if it.Type == "webpage" && it.ContainerTitle == "" && it.Publisher != "" {
		it.ContainerTitle, it.Publisher = it.Publisher, ""
	}
	if it.Type == "thesis" {
		// GOST 7.1-2003, 7.5: "дис. … / Name ; Univ." — the institution
		// where the thesis was defended belongs to the statement of
		// responsibility, not to a publication area a thesis has none of.
		if it.Genre == "" {
			it.Genre = strings.TrimSpace(thesisGenre.FindString(p.plain))
		}
		// GOST prints the degree as other title information: "Title : дис. …".
		if m := thesisInTitle.FindStringIndex(it.Title); m != nil && m[0] > 0 {
			it.Title = strings.TrimSpace(it.Title[:m[0]])
		}
	}
}

// gazetteArticle reports an area that numbers an article or column of a
// gazette or a collection of laws: "Ст. 1755", "Ст.1755", "Стб. 479".
func gazetteArticle(area string) bool {
	a := strings.TrimSpace(area)
	for _, mark := range []string{"Ст.", "ст.", "Стб.", "стб.", "Art."} {
		if rest, ok := strings.CutPrefix(a, mark); ok {
			rest = strings.TrimLeft(rest, " ")
			return rest != "" && isDigit(rest[0])
		}
	}
	return false
}

// Cheap prefilters: most entries are none of these, and the case-folding
// regular expressions are the parser's most expensive step.
func containsAny(low string, words ...string) bool {
	for _, w := range words {
		if includes(low, w) {
			return true
		}
	}
	return false
}

// thesisStems are the words of a thesis or its abstract, lower-case.
var thesisStems = newWordList("дис.", "дисс", "дисертац", "автореф", "дыс.", "дысертац", "аўтарэф", "thesis", "dissertation", "diss.", "phd", "ph.", "abstract dis", "abstract. dis", "s abstract", "avtoref")

func mayBeThesis(low string) bool {
	return thesisStems.in(low)
}

// lawWords open the name of a legal act (GOST 7.1-2003, 7.9): at the start
// of the title or after its colon.
var lawWords = []string{"федер", "закон", "кодекс", "указ", "постановление", "приказ", "распоряжение", "конституция", "постанова", "наказ", "розпорядження", "конституція", "декларац", "конвенц", "положение о", "положення про", "law", "act", "code", "заң", "қаулы", "бұйрық", "жарлық"}

// mayBeLaw is lawRe's prefilter: a law word at the start of s, after its
// first word ("Гражданский кодекс") or after a colon.
func mayBeLaw(s string) bool {
	low := lower(s)
	if a, _ := fieldSpan(low, 1); hasAnyPrefix(low[a:], lawWords) {
		return true // the law words hold no space: the second field's rest may follow
	}
	for k := 0; ; {
		if hasAnyPrefix(low[k:], lawWords) {
			return true
		}
		c := strings.IndexByte(low[k:], ':')
		if c < 0 {
			return false
		}
		k = skipSpace(low, k+c+1)
	}
}

// hasAnyPrefix reports whether s starts with one of the words.
func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func mayBeStandard(s string) bool {
	a, b := fieldSpan(s, 0)
	low := lower(s[a:b])
	return standardStems.in(low)
}

// standardStems begin the designations of standards, lower-case.
var standardStems = newWordList("гост", "gost", "iso", "ст", "дсту", "снип", "сп", "стп", "сто", "ткп", "ост")

// fullYear writes out the two-digit year of a patent's "опубл. 20.08.02"
// (Russian patent documents print DD.MM.YY): 00–39 are 2000–2039, 40–99
// are 1940–1999. A four-digit year is kept.
func fullYear(date string) string {
	i := strings.LastIndexByte(date, '.')
	if i < 0 || len(date)-i-1 != 2 {
		return date
	}
	century := "20"
	if date[i+1] >= '4' {
		century = "19"
	}
	return date[:i+1] + century + date[i+1:]
}

// colonNumbersIn finds colonNumbers at the start of s or of one of its
// sentences, in the areas of a host.
func colonNumbersIn(s string, hasHost bool) (volume, issue, pages string, ok bool) {
	for k := 0; hasHost && k < len(s); {
		afterSemicolon := k > 0 && s[k-1] == ';'
		// "2025 г. [цитируется …];11(2):373-86": after a semicolon only a
		// range is read, a single number there being an article's.
		if v, iss, pg, ok := colonNumbers(strings.TrimLeft(s[k:], " –—")); ok && (!afterSemicolon || strings.ContainsAny(pg, "–—-\u2011")) {
			return v, iss, pg, true
		}
		n := strings.IndexAny(s[k:], ".;,")
		if n < 0 {
			break
		}
		k += n + 1
	}
	return "", "", "", false
}

// colonNumbers reads an area that is Vancouver's volume, issue and pages
// alone: "19:2343–2357", "7(4):184", "12:421", "(4):69-77" (ending the
// area, with at most a full stop, a comma, a DOI or a link's label after
// it).
func colonNumbers(a string) (volume, issue, pages string, ok bool) {
	i := digitsEnd(a, 0)
	if i > 5 || i >= len(a) || i == 0 && a[0] != '(' {
		return "", "", "", false // "(4):69-77": an issue without a volume
	}
	volume = a[:i]
	if a[i] == '(' {
		j := digitsEnd(a, i+1)
		if j == i+1 || j >= len(a) || a[j] != ')' {
			return "", "", "", false
		}
		issue, i = a[i+1:j], j+1
	}
	if i >= len(a) || a[i] != ':' {
		return "", "", "", false
	}
	k := i + 1
	if k < len(a) && a[k] == 'e' {
		k++ // an article number: "e22292"
	}
	e := digitsEnd(a, k)
	if e == k {
		return "", "", "", false
	}
	for _, d := range []string{"–", "—", "-", "\u2011"} { // U+2011, the no-break hyphen
		if strings.HasPrefix(a[e:], d) {
			if f := digitsEnd(a, e+len(d)); f > e+len(d) {
				e = f
			}
			break
		}
	}
	r := strings.TrimLeft(a[e:], " .,;")
	if len(r) >= 4 && allDigits(r[:4]) && (len(r) == 4 || !isDigit(r[4])) {
		r = strings.TrimLeft(r[4:], " .,;") // "29(1):85–100, 2017, doi: …": the year after the pages
	}
	if r != "" && !hasAnyPrefix(r, vancouverAfterPages) {
		return "", "", "", false
	}
	return volume, issue, normPages(a[i+1 : e]), true
}

// vancouverAfterPages open what Vancouver prints after the pages: the DOI,
// a licence, the link's label ("Available from:", OJS's Russian "доступно
// на:").
var vancouverAfterPages = []string{"doi", "DOI", "CC ", "Available", "available", "доступно", "Доступно", "URL", "Режим"}

// articleNumber finds an article number, "Art. 7", "Art. no. 061103",
// "Article 12", "art. e1234", "ART 15094", and returns it with the span it
// takes in s.
func articleNumber(s string) (num string, start, end int) {
	for _, key := range []string{"Art. no.", "Art. No.", "art. no.", "Art.", "art.", "Article", "ART"} {
		i := strings.Index(s, key)
		if i < 0 || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		j := skipSpace(s, i+len(key))
		k := j
		if k < len(s) && s[k] == 'e' {
			k++
		}
		e := digitsEnd(s, k)
		if e == k || e < len(s) && isWordByte(s[e]) {
			continue
		}
		if key == "ART" {
			return s[i:e], i, e // "– ART 15094": the journal's own designation, printed whole
		}
		return s[j:e], i, e
	}
	return "", 0, 0
}

// collectionKinds name a collection of papers in a host's other title
// information, lower-case.
var collectionKinds = []string{"сб. науч", "сб. ст", "сб. тр", "сборник", "зб. наук", "зб. ст", "збірник", "зборнік", "зб. навук", "жинақ"}

// collectionHost reports a host whose other title information says it is
// a collection of papers: "Title : сб. науч. тр.", "Title : зб. наук. пр.".
func collectionHost(c string) bool {
	i := strings.Index(c, " : ")
	if i < 0 {
		i = strings.Index(c, ": ")
	}
	return i > 0 && hasAnyPrefix(lower(strings.TrimLeft(c[i+1:], ": ")), collectionKinds)
}
