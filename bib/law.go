package bib

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// lawHeadingRe is the heading GOST 7.1-2003 (5.1.5) gives a legal act: the
// jurisdiction, then the kind of act ("Российская Федерация. Законы.",
// "Республика Казахстан. Конституция (1995).").
var lawHeadingRe = lazyRegexp(`^\s*((?:Российская Федерация|Республика Казахстан|Республика Беларусь|Кыргызская Республика|Республика Узбекистан|Россия|Казахстан|Беларусь|Украина|Україна|Қазақстан Республикасы|СССР|РСФСР|Казахская ССР))[.,]\s*(?:Законы|Закон|Указы|Указ|Постановления|Постановление|Конституция(?:\s*\(\d{4}\))?|Кодексы|Закони|Заңдар)\.\s+`)

// lawHeading takes the heading of a legal act off an entry: the
// jurisdiction it names (the act's author) and the rest of the entry, whose
// title is the act's.
func lawHeading(s string) (string, string) {
	if !includes(s, "Закон") && !includes(s, "Указ") && !includes(s, "Постановлен") &&
		!includes(s, "Конституц") && !includes(s, "Кодекс") && !includes(s, "Заңдар") {
		return "", s
	}
	m := lawHeadingRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	return s[m[2]:m[3]], s[m[1]:]
}

// actWords name the kind of a legal act, in the forms a heading prints
// them: "Закон Республики Казахстан.", "Қазақстан Республикасының Заңы.",
// "Указ Президента Российской Федерации.", "Закон України.".
var actWords = []string{"закон", "заңы", "указ", "жарлығы", "постановление", "қаулысы", "кодекс", "кодексі", "приказ", "бұйрығы", "постанова", "наказ"}

// actIssuers name who issues an act, in a heading that names the act's kind.
var actIssuers = []string{"республик", "федерац", "україн", "казахстан", "қазақстан", "президент", "правительств", "үкімет", "кабінет", "министр", "рф", "рк"}

// actHeading takes off a heading that names an act's kind and issuer as one
// sentence, without a number or date ("Қазақстан Республикасының Заңы.
// Title. — 2009 жыл, 28 тамыз."), and reports whether it did: the title of
// the act follows it, and no author is named.
func actHeading(s string) (string, bool) {
	i := strings.Index(s, ". ")
	if i <= 0 || i > 120 || strings.ContainsAny(s[:i], "0123456789«\"/:") {
		return s, false
	}
	words := strings.Fields(lower(s[:i]))
	if len(words) < 2 || len(words) > 6 {
		return s, false
	}
	first, last := words[0], words[len(words)-1]
	kind := false
	for _, w := range actWords {
		if first == w || last == w {
			kind = true
		}
	}
	if !kind || !containsAny(lower(s[:i]), actIssuers...) || strings.Contains(lower(s[:i]), "туралы") {
		return s, false // "… Білім туралы заңы": the law's name, its title
	}
	return s[i+2:], true
}

// actDateRe is the date by which a legal act or an order is cited: Russian
// "от 27 декабря 2019 г. № 988" (transliterated, "ot 19 sentyabrya 2017 g."), Kazakh "1997 жылғы 11 шілдедегі № 151-I",
// Ukrainian "від 05.09.2017 № 2145-VIII", and a date after an act's quoted
// name ("«…», 4.04.2012р.").
var actDateRe = lazyRegexp(`(?i)(?:(?:^|[\s(,;:])(?:от|від|ot)\s+(\d{1,2})\s+(\p{L}{3,})\.?\s+(\d{4})\s*(?:г|р|року|года|g\.)|(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}{3,})|(?:(?:^|[\s(,;:])(?:от|від)\s+|[»”"],\s*)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}))`)

// actDate reads the date of a legal act when no other date was read: the
// act is cited by it (GOST 7.1-2003, 7.1.6: the date of adoption).
func actDate(raw string) *Date {
	if !containsAny(raw, "жылғы", "от ", "від ", " ot ", "»,", "”,", "\",") {
		return nil
	}
	m := actDateRe.FindStringSubmatch(raw)
	if m == nil {
		return nil
	}
	day, mon, year := m[1], m[2], m[3]
	switch {
	case m[4] != "":
		year, day, mon = m[4], m[5], m[6]
	case m[7] != "":
		// "від 05.09.2017 № 2145-VIII", "«…», 4.04.2012р.": day first.
		return validDate(m[9], m[8], m[7])
	}
	mo := month(mon)
	if mo == 0 {
		return nil
	}
	return validDate(year, strconv.Itoa(mo), day)
}

// yearAbbrev takes the full stop off the year's abbreviation after a
// date ("2011 г. №", "2011 р. №").
var yearAbbrev = strings.NewReplacer(" г. ", " г ", " р. ", " р ", "г. №", "г №", "р. №", "р №")

// quotedActKinds open the heading of an act cited by its kind and issuer
// with its name in quotation marks, lower-case.
var quotedActKinds = []string{"закон", "федеральный закон", "федеральный конституционный закон", "распоряжение", "розпорядження", "указ", "постановление", "постанова", "наказ", "приказ", "кодекс", "заң", "law", "federal law", "decree"}

// gazettes begin the names of the official gazettes acts are cited from,
// lower-cased and abbreviated as notes print them ("СЗ РФ. 1996. № 25.
// Ст. 2954", "СУ РСФСР. 1922. № 4. Ст. 44").
var gazettes = []string{"су рсфср", "су ссср", "сз рф", "сз ссср", "собрание законодательства", "собр. законодательства",
	"собрание узаконений", "собр. узаконений", "собрание постановлений", "ведомости вс", "ведомости верховного совета",
	"ведомости снд", "відомості верховної ради", "ввр", "бюллетень нормативных актов", "сап рк", "сапп рк",
	"ведомости парламента", "қазақстан республикасы парламентінің жаршысы",
	// regional gazettes: "Ведомости МГД, 2000, № 7, ст. 27.", "Вестник ЗС СПб, 2000, № 12."
	"ведомости мгд", "ведомости московской городской думы", "вестник зс", "вестник законодательного собрания",
	"собрание актов президента", "ведамасці вярхоўнага савета"}

// gazette reports the name of an official gazette.
func gazette(s string) bool {
	return hasLowerPrefix(strings.TrimSpace(s), gazettes)
}

// gazetteOnly reports a note that cites an act by its place in a gazette
// alone, "СУ РСФСР. 1922. № 4. Ст. 44.", "СЗ РФ, 1994, № 13, ст. 1447.":
// no heading, no title.
func gazetteOnly(s string) bool {
	return (includes(s, "Ст.") || includes(s, "ст.")) && includes(s, "№") && gazette(s)
}

// kazakhIssuers name the state in the genitive before an act's name in
// quotation marks, its kind following the name: "Қазақстан
// Республикасының «…» Заңы".
var kazakhIssuers = []string{"қазақстан республикасының", "қр-ның", "қр "}

// kazakhActKinds are the kinds of Kazakh acts, lower-cased, named after
// the act's name: "… туралы заңы", "«…» Заңы".
var kazakhActKinds = []string{"заңы", "кодексі", "жарлығы", "қаулысы", "бұйрығы", "конституциясы"}

// quotedAct reads an act cited by its kind and issuer with its name in
// quotation marks, as lists in Ukraine and Kazakhstan often print it:
// "ЗАКОН УКРАЇНИ «Про освіту» (Відомості Верховної Ради, 2017, № 38-39,
// ст. 380)", "Law of Ukraine “On Education”. URL: …". It returns the entry
// in GOST's order, the name first ("Про освіту // Відомості Верховної
// Ради. – 2017. – № 38-39. – Ст. 380"), and whether it did; the name is the
// act's title, and no author is named.
func quotedAct(s string) (string, bool) {
	head := s
	if len(head) > 160 {
		head = head[:160]
	}
	kind := hasLowerPrefix(head, quotedActKinds)
	kindAfter := !kind && hasLowerPrefix(head, kazakhIssuers)
	if !kind && !kindAfter {
		return s, false
	}
	open := strings.IndexAny(s, "«“\"„")
	if open < 0 || open > 160 || strings.Contains(yearAbbrev.Replace(revisionNotes.ReplaceAllString(s[:open], "")), ". ") {
		return s, false // "№ 273-ФЗ (ред. от 04.08.2023) «…»", "от 7 февраля 2011 г. № 3-ФЗ": the revision's stops and the year's are no sentence's
	}
	q, n := utf8.DecodeRuneInString(s[open:])
	closer := map[rune]string{'«': "»", '“': "”", '"': "\"", '„': "“"}[q]
	end := strings.Index(s[open+n:], closer)
	if end <= 0 {
		return s, false
	}
	title := strings.TrimSpace(s[open+n : open+n+end])
	after := strings.TrimLeft(s[open+n+end+len(closer):], " ,.:;")
	if title == "" {
		return s, false
	}
	if kindAfter {
		// "Қазақстан Республикасының «Білім туралы» Заңы": the issuer
		// before the name, the kind after it.
		// "«…» 2015 жылғы 24 қарашадағы № 418-V Заңы": its date and
		// number may stand before the kind.
		words := strings.Fields(after)
		k := 0
		for k < len(words) && k < 10 && !slices.Contains(kazakhActKinds, strings.TrimRight(lower(words[k]), ".,;")) {
			k++
		}
		if k == len(words) || k == 10 {
			return s, false
		}
		info := strings.Join(words[:k], " ")
		after = strings.TrimLeft(strings.Join(words[k+1:], " "), " ,.:;–—-")
		if info != "" {
			return title + " : закон " + info + ". – " + after, true
		}
	}
	if strings.HasPrefix(after, "(") {
		// "(Відомості Верховної Ради (ВВР), 2017, № 38-39, ст.380)": where
		// the act was published.
		if c := strings.LastIndexByte(after, ')'); c > 0 {
			if host, ok := actSource(after[1:c]); ok {
				return title + " // " + host + strings.TrimLeft(after[c+1:], " ."), true
			}
		}
	}
	if m := revisionNotes.FindStringIndex(after); m != nil && m[0] == 0 {
		after = strings.TrimLeft(after[m[1]:], " ,.:;") // "(ред. от 08.12.2020) // СЗ РФ"
	}
	if after == "" {
		return title + ".", true
	}
	if w, _, _ := strings.Cut(lower(after), " "); w == "от" || w == "від" || w == "of" || strings.HasPrefix(after, "№") || after[0] >= '0' && after[0] <= '9' {
		// "«…» от 11 июля 1997 года № 151-I": the act's date and number
		// are other title information, as GOST prints them ("Title :
		// закон от … № …").
		return title + " : закон " + after, true
	}
	return title + ". – " + after, true
}

// revisionNotes are the notes on an act's revision or adoption printed
// after its name or kind, no part of the title: "(ред. от 08.12.2020)",
// "(с изм. и доп.)", "(принята всенародным голосованием 12.12.1993 …)",
// "(зі змінами)", "(1995 жылғы 30 тамызда … қабылданды)".
var revisionNotes = gate(`(?i)\s*[–—-]?\s*\((?:в\s+ред|ред\.|с\s+изм|с\s+послед|с\s+доп|принят|утв|зі\s+змін|в\s+редакц|із\s+змін|[^()]{0,100}?(?:қабылданды|толықтыруларымен|өзгерістерімен))[^()]*(?:\([^()]*\)[^()]*)*\)`, true, "ред", "изм", "послед", "доп", "принят", "утв", "змін", "қабылданды", "толықтыруларымен", "өзгерістерімен")

// approvedByAct is a statement that an act approved the document — a state
// programme, a concept, a regulation — which makes the document itself an
// act: "… : утв. постановлением Правительства РФ от …", "… – затверджено
// наказом …", "… – ҚР Үкіметінің … № 592 қаулысымен бекітілген".
var approvedByAct = gate(`(?i)\s*[:.–—-]\s*(?:(?:утв(?:\.|ержден[аоы]?)|затв(?:\.|ерджен[аоі]?)|utv(?:\.|erzhden[aoy]?))\s+(?:постановлени|приказ|указ|распоряжени|наказ|постанов|розпорядж|рішенн|решени|postanovleni|prikaz|ukaz|rasporyazheni)|[^.:]{0,120}?(?:қаулы|бұйрығ|жарлығ)\pL*\s+бекітілген)`, true, "утв", "затв", "бекітілген", "utv")

// actSource reads the publication an act is cited from, "Відомості
// Верховної Ради (ВВР), 2017, № 38-39, ст.380", as GOST areas: the gazette,
// then its year and numbers ("Відомості Верховної Ради (ВВР). – 2017. –
// № 38-39. – Ст. 380.").
func actSource(s string) (string, bool) {
	var parts []string
	for _, p := range strings.Split(s, ", ") {
		if !strings.HasPrefix(lower(p), "ст.") {
			parts = append(parts, p) // "ст. 380": the act's article in the gazette, no page
		}
	}
	for i, p := range parts {
		if i > 0 && yearSeg(strings.TrimRight(strings.TrimSpace(p), ".")) {
			out := strings.Join(parts[:i], ", ")
			for _, q := range parts[i:] {
				out += ". – " + upperFirst(strings.TrimSpace(q))
			}
			return out + ". ", true
		}
	}
	return "", false
}

// kazakhActTitle reports a Kazakh act's title, which names the act's kind
// last: "ҚР Білім туралы заңы", "… туралы Жарлығы".
func kazakhActTitle(title string) bool {
	if strings.HasSuffix(title, ")") {
		title = revisionNotes.ReplaceAllString(title, "") // "… Конституциясы (1995 жылғы … қабылданды)"
	}
	low := lower(strings.TrimRight(title, ". "))
	for _, k := range kazakhActKinds {
		if before, ok := strings.CutSuffix(low, k); ok && strings.HasSuffix(before, " ") {
			return true
		}
	}
	return false
}

// kazakhPlainAct reads a Kazakh act cited without quotation marks: its
// kind before its name ("Қазақстан Республикасының Заңы Білім туралы"),
// after it ("Педагог мәртебесі туралы Қазақстан Республикасының Заңы 2019
// жылғы 27 желтоқсандағы № 293-VІ ҚРЗ."), or its name alone, the state
// named in it ("Қазақстан Республикасындағы тіл туралы"). It returns the
// entry in GOST's order, "Name : закон …", and whether it did.
func kazakhPlainAct(s string) (string, bool) {
	t := strings.TrimRight(strings.TrimSpace(s), ". ")
	if len(t) > 300 || !strings.Contains(t, "туралы") || strings.ContainsAny(t, "«“\"/") {
		return s, false
	}
	low := lower(t)
	if len(low) != len(t) {
		return s, false // the offsets below are the text's
	}
	const about, law = " туралы", " қазақстан республикасының заңы"
	if name, ok := strings.CutPrefix(low, law[1:]+" "); ok && strings.HasSuffix(name, about) {
		return t[len(t)-len(name):] + " : закон.", true
	}
	if i := strings.Index(low, about+law); i > 0 {
		info := strings.TrimSpace(t[i+len(about+law):])
		return strings.TrimSpace(t[:i+len(about)]+" : закон "+info) + ".", true
	}
	if strings.HasSuffix(low, about) && strings.Contains(low, "республика") && !strings.Contains(t, ". ") {
		return t + " : закон.", true
	}
	return s, false
}

// enActRe is a legal act cited in English, as the References of Russian,
// Kazakh and Ukrainian journals translate it: the issuing body perhaps,
// the kind of act with its number and date, then its name in quotation
// marks: "President of the Russian Federation. Decree of the President of
// the Russian Federation No. 474 dated 21 July 2020 “On the national
// development goals …”", "Federal Law No. 273-FZ of 29 December 2012 “On
// Education in the Russian Federation”", `Law of Ukraine "On Education"`.
var enActRe = lazyRegexp(`^(?:([A-Z][^.“"«]{3,80}?)\.\s+)?((?:Federal\s+(?:Constitutional\s+)?)?(?:Law|Decree|Resolution|Order|Decision|Regulation|Ordinance|Directive)\b(?:[^“"«.]|No\.){0,120}?)\s*[“"«]([^”"»]{4,300})[”"»]`)

// enActTitleFirstRe is such an act named first: "On Education in the
// Russian Federation. Federal Law No. 273-FZ of 29.12.2012.".
var enActTitleFirstRe = lazyRegexp(`^(On\s[^.]{3,250})\.\s+((?:Federal\s+(?:Constitutional\s+)?)?(?:Law|Decree|Resolution|Order|Decision|Regulation)\b(?:[^.]|No\.){0,80}?(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}))`)

// enCodeRe is a code of laws cited by its name and date: "Civil Code of
// Georgia of June 26, 1997, No. 786-IIc".
var enCodeRe = lazyRegexp(`^((?:[A-Z][a-z]+\s+){1,3}Code\s+of\s+(?:the\s+)?[A-Z][^,.]{2,60}?)\s+of\s+((?:[A-Z][a-z]+\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+|\d{1,2}\.\d{1,2}\.)\d{4})`)

// readEnglishAct reads a legal act cited in English and reports whether s
// was one. The act's number is no part of its record, as for acts cited
// in Russian.
func readEnglishAct(p *parsed, s string) bool {
	if !containsAny(s, "Law", "Decree", "Resolution", "Order", "Decision", "Regulation", "Ordinance", "Directive", "Code") {
		return false
	}
	it := &p.Item
	if m := enActRe.FindStringSubmatch(s); m != nil && (m[1] == "" || isOrgName(m[1])) {
		if m[1] != "" {
			it.Author = []Name{{Literal: m[1]}}
		}
		it.Title, it.Type = strings.TrimSpace(m[3]), "legislation"
		if d := parseDate(m[2]); d != nil {
			it.Issued = d
		}
		return true
	}
	if m := enActTitleFirstRe.FindStringSubmatch(s); m != nil {
		it.Title, it.Type = strings.TrimSpace(m[1]), "legislation"
		it.Issued = parseDate(m[2])
		return true
	}
	if m := enCodeRe.FindStringSubmatch(s); m != nil {
		it.Title, it.Type = m[1], "legislation"
		it.Issued = parseDate(m[2])
		return true
	}
	return false
}
