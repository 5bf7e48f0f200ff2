package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the checks that read the body text around the markers:
// figures and note signs with nothing to point to, the form of page
// locators, quotations without a page, and names the cited entry lacks.

var (
	// chkFigureRefRe is a reference to a figure or table, in parentheses
	// ("(see Diagram 1)", "(см. рис. 2)", "(табл. 1)") or in running text
	// ("представлены в табл. 2", "на рисунке 2.1"), numbered in Arabic or,
	// as IEEE numbers tables, in Roman ("Table III"); Belarusian "табл.",
	// "мал." are matched with "Табліца", "Малюнак". Group 1 is the opening
	// parenthesis and what follows it, group 2 the name, group 4 the
	// closing parenthesis.
	chkFigureRefRe = lazyRegexp(`(?i)(\((?:(?:see|см\.|қараңыз|cf\.)\s+)?)?((?:diagram|figure|fig\.|table|chart|рис\.|рисун\p{L}*|таблиц\p{L}*|табліц\p{L}*|малюн\p{L}*|мал\.|табл\.|диаграмм\p{L}*|схем\p{L}*|сурет|кесте)\s*№?\s*(\d+(?:\.\d+)?|(?-i:[IVX]{1,5})\b|(?-i:[ПАБВГД])\.?\d+(?:\.\d+)?))(\))?`)
	// chkFigureRefNumFirstRe is the Kazakh reference with the number first:
	// "1-кесте", "2-суретте".
	chkFigureRefNumFirstRe = lazyRegexp(`(?i)(\d+)-(кесте|сурет)\p{L}*`)
	// chkCaptionNumFirstRe is a Kazakh caption with the number first:
	// "1-кесте – Эксперимент нәтижелері".
	chkCaptionNumFirstRe = lazyRegexp(`(?i)^[\s*_#>!\[]*(\d+)-(кесте|сурет)(?:[\s.:–—-]|$)`)
	// chkCaptionRe is a caption line: "Table 1.", "Рисунок 2 –", "Diagram 1:",
	// "Table II. Forecast accuracy", an appendix's "Таблица П1 –", "Таблица
	// А.1.", in an HTML page's caption too:
	// "<caption>Таблица 1. …</caption>", and in JATS XML's label of a
	// table or figure: "<table-wrap id="t1"><label>Таблица 1</label>".
	chkCaptionRe = lazyRegexp(`(?i)^(?:[\s*_#>!\[]|<(?:caption|figcaption|p|b|strong|em|i|span|table-wrap|fig|label|title)\b[^<>]*>)*((?:diagram|figure|fig\.|table|chart|рис\.|рисунок|таблиц[аяі]|табліца|малюнак|мал\.|табл\.|диаграмма|схема|сурет|кесте)\s*№?\s*(\d+(?:\.\d+)?|(?-i:[IVX]{1,5})\b|(?-i:[ПАБВГД])\.?\d+(?:\.\d+)?))(?:[\s.:–—<-]|$)`)
	// chkInlineCaptionRe is a caption run into other text, as PDF
	// extraction leaves it: "… text. Рисунок 1 – Динамика …".
	// It opens a sentence: "presented in Table 2. Self-efficacy …" is a
	// reference followed by the next sentence.
	chkInlineCaptionRe = lazyRegexp(`(?i)(?:^|[.!?»)]\s+)((?:diagram|figure|fig\.|table|chart|рис\.|рисунок|таблиц[аяі]|табліца|малюнак|мал\.|табл\.|диаграмма|схема|сурет|кесте)\s*№?\s*(\d+(?:\.\d+)?))\s*[.:–—-]\s*\p{Lu}`)
	// chkNoteSignRe is an asterisk note sign glued after a word or full stop.
	chkNoteSignRe = lazyRegexp(`[\p{L}\p{N}.,;:!?»”)]((?:\\?\*){1,3})(?:\s|$)`)
	// chkNoteTextRe is a line that opens a note marked by an asterisk.
	chkNoteTextRe = lazyRegexp(`^\s*(?:\\?\*){1,3}\s*[^\s*\\]`)
	// chkStarLegendRe is a legend of significance stars, where a table's
	// note explains them by a p-value: "Note: *** p < 0.01, * p < 0.1.",
	// "Примечание: * – р < 0,05; ** – р < 0,01".
	chkStarLegendRe = lazyRegexp(`(?:^|[\s(:;,])((?:\\?\*){1,3})\s*(?:[–—-]\s*)?[pр]\s*[<≤=]`)
	// chkLocatorFormRe reads the page abbreviation of a numeric marker and
	// whether a space follows it.
	chkLocatorFormRe = lazyRegexp(`[,:]\s*((?:[PpСсБбSsCс]|[Pp]p|стр|бб|ss)\.)(\s*)\d`)
	// chkReporterRe finds a person named before a verb of saying in the same
	// clause ("K.Syroezhkin argues", "Zuo Xuejin of the Academy, for
	// instance, argues", "И. И. Петров считает", "Л. С. Выготский
	// рассматривал", Kazakh "Т. Әбжанов … салыстырады"). Verbs in the present
	// tense report scholars, and Russian ones of thought and writing in the
	// past ("рассматривал", "определяла"), which a model or a law does in the
	// present ("Модель … выделяет"); what officials "stressed" in English
	// is not matched. A short term in quotation marks may stand between
	// ("Т. Әбжанов «толық адам» ілімін … салыстырады"); a quotation may not.
	chkReporterRe = lazyRegexp(`(` + chkName + `)(?:[^.;:!?«“]|«[^«».;:!?]+»){0,80}?(?:^|[^\p{L}])(?:argues|argue|notes|points out|contends|claims|writes|believes|asserts|maintains|observes|suggests|считает|отмечает|пишет|утверждает|полагает|указывает|(?:рассматрива|определя|выделя|подчёркива|подчеркива|отмеча|счита|указыва|полага|утвержда)(?:л|ла)|писал|писала|показал|показала|жазады|жазған|салыстырады|тұжырымдайды)(?:[^\p{L}]|$)`)
	// chkAccordingRe finds "According to X Y," and "По мнению И. И. Петрова,".
	// A scholar quoted in the past tense is introduced the same way: "Как
	// указывал Л. С. Выготский, «…»", Ukrainian "Як зазначав М. Грушевський,";
	// and one whose words are found in a work: "находим у А. В. Егорова: «…»".
	chkAccordingRe = lazyRegexp(`(?:According to|As|По мнению|На думку|Как (?:отмеча|писа|счита|указыва|полага|подчеркива|подчёркива|замеча|показа)(?:ет|л|ла)|Как пишет|Як (?:зазнача|писа|вважа|наголошу|наголошува|підкреслю|підкреслюва)(?:є|в|ла)|Як пише|находим|читаем|встречаем|знаходимо|читаємо)\s+(?:\p{Ll}+\s+){0,4}(` + chkName + `)\s*[,—–:]`)
)

// chkName is a person's name: initials and a family name ("J. Nye",
// "К.-Ж. Токаев", "Иванов И. И.") or two capitalised words ("Zuo Xuejin").
const chkName = `(?:\p{Lu}\.-?\s?){1,3}\s?\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`

// chkNotName are capitalised words that open a sentence, not a name.
var chkNotName = map[string]bool{
	"this": true, "these": true, "that": true, "such": true, "many": true, "some": true,
	"most": true, "our": true, "his": true, "her": true, "their": true, "its": true,
	"however": true, "thus": true, "therefore": true, "moreover": true,
	"это": true, "эти": true, "такой": true, "многие": true, "некоторые": true,
	"однако": true, "таким": true, "также": true, "as": true, "according": true,
	"но": true, "ал": true, "бірақ": true, "сондай-ақ": true, "алайда": true,
}

// bodyChecks runs the checks that need the body and the numeric markers
// but not the list.
func (c *checker) bodyChecks(numeric []Marker) {
	c.checkFigures()
	c.checkNoteSigns()
	c.checkLocatorForm(numeric)
	for _, m := range numeric {
		line := c.body[m.Line-1]
		start := chkRuneOffset(line, m.Col)
		end := start + len(m.Raw)
		before := strings.TrimRight(line[:start], " \u00a0")
		if strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "..") && !chkInitialBefore(before[:len(before)-1]) && end < len(line) && line[end] == '.' && start > len(before) {
			c.add(m.Line, m.Col, SeverityWarning, CheckMarkerAfterPeriod, "%s stands after the full stop and another full stop follows it: put the marker before the full stop", m.Raw)
		}
	}
}

// bodyLine is body line n (1-based), or "" for a line past the body (a
// note definition after the reference list, whose markers are read too).
func (c *checker) bodyLine(n int) string {
	if n < 1 || n > len(c.body) {
		return ""
	}
	return c.body[n-1]
}

// chkRuneOffset turns a 1-based rune column into a byte offset.
func chkRuneOffset(s string, col int) int {
	i := 0
	for k := 1; k < col && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// checkFigures reports a reference to a figure or table ("(see Diagram
// 1)", "в табл. 2", "2-суретте") when no caption of it stands anywhere in
// the document. A parenthesised reference is reported at its parenthesis,
// one in running text at its name.
func (c *checker) checkFigures() {
	captions := map[string]bool{}
	for _, l := range c.doc.Lines {
		if m := chkCaptionRe.FindStringSubmatch(l); m != nil {
			captions[chkFigureKey(m[1])] = true
		}
		if m := chkCaptionNumFirstRe.FindStringSubmatch(l); m != nil {
			captions[chkFigureKey(m[2]+" "+m[1])] = true
		}
		for _, m := range chkInlineCaptionRe.FindAllStringSubmatch(l, -1) {
			captions[chkFigureKey(m[1])] = true
		}
	}
	for i, l := range c.body {
		for _, loc := range chkFigureRefRe.FindAllStringSubmatchIndex(l, -1) {
			if r, _ := utf8.DecodeLastRuneInString(l[:loc[4]]); loc[2] < 0 && loc[4] > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue // inside a word: "подсхема 1"
			}
			name := l[loc[4]:loc[5]]
			at := loc[4]
			if loc[2] >= 0 && loc[8] >= 0 {
				at = loc[0]
			}
			if chkCitedLocator(l[:loc[4]]) || chkCitedWorkAfterRe.MatchString(l[loc[5]:]) {
				continue
			}
			for _, n := range append([]string{name}, chkFiguresAfter(name, l[loc[5]:])...) {
				if !captions[chkFigureKey(n)] {
					c.add(i+1, utf8.RuneCountInString(l[:at])+1, SeverityWarning, CheckMissingFigure, "%q is referred to, but the text has no %s", n, n)
				}
			}
		}
		for _, loc := range chkFigureRefNumFirstRe.FindAllStringSubmatchIndex(l, -1) {
			if r, _ := utf8.DecodeLastRuneInString(l[:loc[0]]); loc[0] > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',') {
				continue // "2,5-кесте" is no reference
			}
			name := l[loc[0]:loc[1]]
			if !captions[chkFigureKey(l[loc[4]:loc[5]]+" "+l[loc[2]:loc[3]])] {
				c.add(i+1, utf8.RuneCountInString(l[:loc[0]])+1, SeverityWarning, CheckMissingFigure, "%q is referred to, but the text has no %s", name, name)
			}
		}
	}
}

// chkCitedLocatorRe is the open citation a figure's name follows when it
// locates the figure in the cited work: "[3, рис. 5]", "(Иванов, 2010,
// табл. 2)", or in a parenthesis that gives a page of the work a review or
// commentary discusses: "(с. 233, табл. 5.4)"; the cited work may follow
// others in the group: "[4; 5, рис. 2]".
var chkCitedLocatorRe = lazyRegexp(`[\[(](?:[^\[\]()]*;)?\s*(?:\d+|\p{Lu}[^\[\]()]*?(?:1[5-9]|20)\d\d[a-zа-я]?|(?:[сСcCpPSs]|pp|стр)\.\s*\d+(?:\s*[-–—]\s*\d+)?)\s*[,.:]\s*$`)

// chkCitedWorkAfterRe is what follows a figure's name when the figure is
// one of a work cited right after it: "рис. 3 в работе [4]", "табл. 2
// из статьи [5]", "табл. 1 из пособия [7, с. 34]", "рис. 2 и 3 в [6]",
// "Fig. 3 in [4]", "табл. 4 в монографии (Иванов, 2010)". A preposition
// of place opens it, up to three words may name the work, and a citation
// closes it.
var chkCitedWorkAfterRe = lazyRegexp(`^(?:\s*(?:[–—-]|,|и|and)\s*\d{1,2})*\s*,?\s*(?:в|во|из|по|у|in|from|of|after)\s+(?:[\p{L}.-]+\s+){0,3}?[\[(]\s*(?:\d|\p{Lu}[^()\[\]]*?(?:1[5-9]|20)\d\d)`)

// chkCitedLocator reports whether the text before a figure's name ends in
// an open citation, so the figure is one of the cited work.
func chkCitedLocator(before string) bool {
	return chkCitedLocatorRe.MatchString(before)
}

// chkFigureMoreRe is a further figure or table after a reference to one,
// by a range or a list: "табл. 1–3", "(табл. 2, 3)", "рис. 1 и 2". A
// number followed by a digit, a decimal sign or a per cent sign is a
// quantity: "в табл. 2, 15 % …".
var chkFigureMoreRe = lazyRegexp(`^\s*([–—-]|,|и|and|та|і)\s*(\d{1,2})(?:$|[^\d%.,]|[.,](?:\D|$))`)

// chkFiguresAfter names the figures or tables a reference to name goes on
// to ("табл. 1" then "–3" in rest: "табл. 2", "табл. 3"), each within ten
// of the number before it.
func chkFiguresAfter(name, rest string) []string {
	at := strings.LastIndexFunc(name, func(r rune) bool { return !unicode.IsDigit(r) }) + 1
	prev, err := strconv.Atoi(name[at:])
	if err != nil || at == 0 {
		return nil
	}
	var out []string
	for {
		m := chkFigureMoreRe.FindStringSubmatchIndex(rest)
		if m == nil {
			return out
		}
		n, _ := strconv.Atoi(rest[m[4]:m[5]])
		if n <= prev || n > prev+10 {
			return out
		}
		from := n
		if strings.ContainsAny(rest[m[2]:m[3]], "–—-") {
			from = prev + 1 // a range: every number up to n
		}
		for k := from; k <= n; k++ {
			out = append(out, name[:at]+strconv.Itoa(k))
		}
		prev, rest = n, rest[m[5]:]
	}
}

// chkAppendixLetterRe is the letter of an appendix before a table's or
// figure's number, folded: "табл. п", "таблица а.".
var chkAppendixLetterRe = lazyRegexp(`\s[пабвгд]\.?$`)

// chkFigureKey folds "Рис. 1", "рисунок 1" and "Figure 1" to one key per kind.
func chkFigureKey(s string) string {
	s = foldKey(s)
	num := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
	if p := strings.TrimSuffix(s, num); chkAppendixLetterRe.MatchString(p) {
		// "табл. П1", "таблица А.1": an appendix's table, not table 1
		at := strings.LastIndexFunc(strings.TrimSuffix(p, "."), unicode.IsSpace) + 1
		num = p[at:] + num
	}
	word := strings.TrimSpace(strings.TrimRight(strings.TrimSuffix(s, num), " №"))
	switch {
	case strings.HasPrefix(word, "fig"):
		word = "figure"
	case strings.HasPrefix(word, "рис"), strings.HasPrefix(word, "мал"): // Belarusian "малюнак"
		word = "рисунок"
	case strings.HasPrefix(word, "табл"):
		word = "таблица"
	case strings.HasPrefix(word, "диаграмм"):
		word = "диаграмма"
	case strings.HasPrefix(word, "схем"):
		word = "схема"
	}
	return word + " " + num
}

// checkNoteSigns reports an asterisk note sign when no line of the document
// opens with note text. Emphasis (*word*, **word**) is not a note sign,
// nor are significance stars a legend explains by a p-value.
func (c *checker) checkNoteSigns() {
	texts := map[int]bool{} // note texts by their number of asterisks
	for _, l := range c.doc.Lines {
		if u := chkUnemphasize(l); chkNoteTextRe.MatchString(u) {
			texts[chkAsterisks(strings.TrimSpace(u))] = true
		}
		for _, m := range chkStarLegendRe.FindAllStringSubmatch(l, -1) {
			texts[chkAsterisks(m[1])] = true
		}
	}
	for i, l := range c.body {
		for _, loc := range chkNoteSignRe.FindAllStringSubmatchIndex(chkUnemphasize(l), -1) {
			if sign := l[loc[2]:loc[3]]; !texts[chkAsterisks(sign)] {
				c.add(i+1, utf8.RuneCountInString(l[:loc[2]])+1, SeverityWarning, CheckOrphanNoteSign, "note sign %q has no note text", sign)
			}
		}
	}
}

// chkAsterisks counts the asterisks s opens with, escaped or not: 2 for
// "**", "\*\*" and "\** text".
func chkAsterisks(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '*':
			n++
		case '\\':
		default:
			return n
		}
	}
	return n
}

// chkEmphasisRe is Markdown emphasis: *word*, **words**, ***words***.
var chkEmphasisRe = lazyRegexp(`(\*{1,3})[^*\s\\](?:[^*]*[^*\s\\])?(\*{1,3})`)

// chkUnemphasize blanks Markdown emphasis marks (keeping byte offsets), so
// that only asterisks that are not emphasis remain.
func chkUnemphasize(l string) string {
	return chkEmphasisRe.ReplaceAllStringFunc(l, func(m string) string {
		open := len(m) - len(strings.TrimLeft(m, "*"))
		closing := len(m) - len(strings.TrimRight(m, "*"))
		return strings.Repeat(" ", open) + m[open:len(m)-closing] + strings.Repeat(" ", closing)
	})
}

// checkLocatorForm reports page locators written in the minority form
// when an article writes both "p. 185" and "p.104".
func (c *checker) checkLocatorForm(ms []Marker) {
	type use struct {
		m     Marker
		space bool
	}
	var uses []use
	spaced := 0
	for _, m := range ms {
		if f := chkLocatorFormRe.FindStringSubmatch(m.Raw); f != nil {
			u := use{m, f[2] != ""}
			uses = append(uses, u)
			if u.space {
				spaced++
			}
		}
	}
	tight := len(uses) - spaced
	if spaced == 0 || tight == 0 || spaced == tight {
		return
	}
	minority := spaced < tight
	for _, u := range uses {
		if u.space == minority {
			want := "without a space (\"p.5\")"
			if !minority {
				want = "with a space (\"p. 5\")"
			}
			c.add(u.m.Line, u.m.Col, SeverityWarning, CheckLocatorFormat, "%s: most markers write the page %s", u.m.Raw, want)
		}
	}
}

// chkQuoteCloses are the closing quotation marks a direct quotation ends with.
const chkQuoteCloses = "»”\""

// checkQuotes reports a direct quotation cited without a page by a
// numbered marker.
func (c *checker) checkQuotes(ms []Marker) {
	for _, m := range ms {
		if m.Page != "" || len(m.Nums) != 1 || m.Range {
			continue
		}
		if idx, ok := c.byNum[m.Nums[0]]; ok {
			c.checkQuote(m, c.list[idx])
		}
	}
}

// checkQuote reports marker m, which cites entry r with no page, when it
// follows a direct quotation and r is paginated (not a web page, nor an
// act or ruling, quoted from a legal database by its paragraphs) and does
// not give the page itself (a note ending in a page gives it).
// chkSpeechTagRe is a few words after a quotation that say who wrote it,
// before its marker: "«…», – пишет автор", "«…», – отмечал он", "«…», –
// писал К. Д. Ушинский", Kazakh "«…» деп жазады".
var chkSpeechTagRe = lazyRegexp(`[»”"],?\s*(?:[–—-]\s*)?(?:деп\s+)?(?:[\p{L}.]+\s+){0,3}?(?:пишет|писал|писала|отмечает|отмечал|отмечала|подч[её]ркивает|подч[её]ркивал|указывает|указывал|утверждает|утверждал|замечает|замечал|жазады|жазған|жазды|айтады|айтқан)(?:\s+[\p{L}.]+){0,3}$`)

func (c *checker) checkQuote(m Marker, r Ref) {
	if m.Page != "" || m.Locator != "" || r.Locator != "" || chkIssueDayRe.MatchString(m.Raw) || r.Item.Type == "webpage" || r.Item.Type == "post-weblog" || r.Item.URL != "" && r.Item.Page == "" || chkLegalEntry(r) && r.Item.Page == "" {
		return
	}
	if c.notes && chkNotePage(r.Raw) != "" || chkNoteSheetRe.MatchString(strings.TrimSpace(r.Raw)) {
		return // a note ending in "186 б." or "Арк. 3" gives its place, read or not
	}
	line := c.bodyLine(m.Line)
	before := strings.TrimRight(line[:chkRuneOffset(line, m.Col)], " \u00a0.")
	if loc := chkSpeechTagRe.FindStringIndex(before); loc != nil {
		_, size := utf8.DecodeRuneInString(before[loc[0]:])
		before = before[:loc[0]+size] // "«…», – пишет он [4]", "«…» деп жазады [4]": the quotation's end
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune(chkQuoteCloses, last) {
		return
	}
	q := chkQuotedBefore(before)
	open := strings.LastIndexAny(before[:len(before)-utf8.RuneLen(last)], "«“\"„")
	if len(strings.Fields(q)) < 5 || TitleKey(q) != "" && strings.Contains(TitleKey(r.Item.Title), TitleKey(q)) ||
		open >= 0 && chkWorkKindRe.MatchString(before[:open]) {
		return // a short term or the title of the work, not a quotation
	}
	c.add(m.Line, m.Col, SeverityWarning, CheckQuoteNoPage, "%s follows a direct quotation but gives no page", m.Raw)
}

// chkWorkKindRe is the word for a kind of work before its title in
// quotes, perhaps translated from the language it is listed in: "после
// публикации «Оценки экосистем на пороге тысячелетия» [1]", "в докладе
// «…»", "the report "…" [3]": the title of the cited work, no quotation
// that wants a page.
var chkWorkKindRe = lazyRegexp(`(?i)(?:публикаци|книг|монографи|стать|доклад|отч[её]т|сборник|учебник|словар|роман|повест|рассказ|поэм|пьес|жарияланым|кітаб|баяндама|report|book|monograph|article|paper|novel|volume)\p{L}*\s+(?:\p{L}+\s+){0,2}$`)

// chkNoteSheetRe is the archive sheet a note ends with: "Л. 18.", "Л. 44 об.",
// Ukrainian "Арк. 12 зв.", Belarusian "Арк. 14 адв.".
var chkNoteSheetRe = lazyRegexp(`(?:^|[\s.,–—-])(?:[Лл]|[Аа]рк)\.\s*\d+(?:\s*[-–—]\s*\d+)?(?:\s*(?:об|зв|адв)\.?)?\s*\.?$`)

// chkIssueDayRe is a newspaper's issue cited by its day after the year,
// "(Правда, 1942, 3 июня)", which places a quotation as a page would.
var chkIssueDayRe = lazyRegexp(`(?:1[5-9]|20)\d\d\s*,\s*\d{1,2}\s+(?:янв|февр?|марта?|апр|мая|июня?|июля?|авг|сент?|окт|нояб|дек)`)

// chkQuotedBefore returns the quotation that s ends with, without its marks.
func chkQuotedBefore(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	body := s[:len(s)-size]
	if i := strings.LastIndexAny(body, "«“\""); i >= 0 {
		return body[i+1:]
	}
	return ""
}

// checkNames reports a marker whose sentence names people (with initials,
// or before a verb of saying) none of whom the cited entry mentions: the
// text quotes someone through the entry without "as cited in", or the
// number points at the wrong entry.
func (c *checker) checkNames(ms []Marker) {
	for k, m := range ms {
		if len(m.Nums) != 1 {
			continue
		}
		idx, ok := c.byNum[m.Nums[0]]
		if !ok || c.list[idx].AsCitedIn || chkCitedByRe.MatchString(m.Raw) {
			continue // a note "Цит. по: …" or a marker "[Цит. по: 6, с. 112]" quotes the named author through another's work
		}
		line := c.bodyLine(m.Line)
		at := chkRuneOffset(line, m.Col)
		sentence := chkSentenceBefore(line[:at])
		if k > 0 && ms[k-1].Line == m.Line && strings.HasSuffix(strings.TrimRight(line[:at], " \u00a0"), sentence) {
			// "Т. Л. Мигунова считает …2, хотя … сохранялся3": the name
			// before an earlier marker of the sentence is that marker's.
			if prev := chkRuneOffset(line, ms[k-1].Col) + len(ms[k-1].Raw); prev > at-len(sentence) && prev <= at {
				sentence = line[prev:at]
			}
		}
		names, words := chkSentenceNames(sentence)
		if len(names) == 0 {
			continue
		}
		keys := chkWordKeys(c.entryText(idx))
		found := false
		for _, n := range words {
			if chkNameIn(n, keys) {
				found = true
				break
			}
		}
		// "Д. Ахметов, опираясь на работы Ж. Бодрийяра, утверждает …":
		// the sentence names the entry's own author too.
		families := chkWordKeys(strings.Join(chkEntryFamilies(c.list[idx]), " "))
		for _, w := range strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if r, _ := utf8.DecodeRuneInString(w); !found && unicode.IsUpper(r) && utf8.RuneCountInString(w) > 1 && chkNameIn(w, families) {
				found = true
			}
		}
		if !found {
			c.add(m.Line, m.Col, SeverityWarning, CheckNameMismatch, "the sentence names %s, but entry %s does not: a secondary citation without \"as cited in\", or the wrong number?", names[0], c.label(idx))
		}
	}
}

// chkWordKeys returns the NameKey of every word of s.
func chkWordKeys(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if k := NameKey(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// chkNameIn reports whether a name (one word) occurs among the word keys,
// allowing a case ending of up to two letters on either side, so that
// "Лукина" in the text finds "Лукин" in the entry and "Ивановой" finds
// "Иванова".
func chkNameIn(name string, keys []string) bool {
	n := NameKey(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"))
	if n == "" {
		return false
	}
	for _, k := range keys {
		a, b := n, k
		if len(a) > len(b) {
			a, b = b, a
		}
		if len(b)-len(a) > 2 || len(a) < 3 {
			if a == b {
				return true
			}
			continue
		}
		if strings.HasPrefix(b, a) || len(a) >= 4 && strings.HasPrefix(b, a[:len(a)-1]) {
			return true
		}
	}
	return false
}

// entryText is the printed text of an entry and, for an Ibid., of the
// entry it points back to.
func (c *checker) entryText(i int) string {
	r := c.list[i]
	s := r.Raw
	if r.IbidOf > 0 && r.IbidOf <= len(c.list) {
		s += " " + c.list[r.IbidOf-1].Raw
	}
	for _, n := range append(append([]Name{}, r.Item.Author...), r.Item.Editor...) {
		s += " " + n.String()
	}
	return s
}

// chkSentenceBefore returns the sentence that ends where a marker starts (or
// just before it, for "… individuals. [13]"). A full stop after an initial
// ("J. Nye") does not end a sentence.
func chkSentenceBefore(s string) string {
	s = strings.TrimRight(s, " \u00a0.")
	for i := len(s) - 1; i > 0; i-- {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != ']' {
			continue
		}
		j := chkSkipSigns(s, i+1) // "… threats.⁷ Natalie Koch …"
		if j+1 >= len(s) || s[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[j+1:])
		if !unicode.IsUpper(next) && !strings.ContainsRune("«“\"[", next) {
			continue
		}
		if s[i] == '.' && chkInitialBefore(s[:i]) {
			continue
		}
		return s[j+1:]
	}
	return s
}

// chkSkipSigns returns the byte offset in s after the superscript note
// signs that start at offset i, as a note sign after a full stop prints.
func chkSkipSigns(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹⁰˒⁻", r) {
			break
		}
		i += size
	}
	return i
}

// chkInitialBefore reports whether s ends with a single capital letter (an
// initial) or a short abbreviation such as "e.g" or "cf", "гг" (years),
// Ukrainian "рр" (years) and "тис" (thousand), Kazakh "жж" (years), and
// the words that name a marker: "in Ref. [8]", "see refs. [3,4]".
func chkInitialBefore(s string) bool {
	j := strings.LastIndexAny(s, " (\u00a0.") + 1
	w := s[j:]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) // an initial, or "г." (year), "в." (century)
	}
	switch strings.ToLower(w) {
	case "e.g", "i.e", "cf", "vs", "etc", "al", "pp", "vol", "no", "ed", "eds", "ref", "refs",
		"см", "др", "им", "гг", "вв", "тыс", "млн", "млрд", "трлн", "руб", "ул", "стр", "проф", "акад", "т.д", "т.п", "т.е", "и.о",
		"рр", "тис", "ст", "грн", "жж", "ғғ":
		return true
	}
	return false
}

// chkSentenceNames returns the people a sentence reports (named before a
// verb of saying or after "According to"), as printed, and their family
// names: both words of a name without initials, since "Zuo Xuejin" is in
// an entry when either word is.
func chkSentenceNames(s string) (names []string, words []string) {
	for _, re := range []*regex{chkReporterRe, chkAccordingRe} {
		for pos := 0; pos < len(s); {
			loc := re.FindStringSubmatchIndex(s[pos:])
			if loc == nil {
				break
			}
			name := strings.TrimSpace(s[pos+loc[2] : pos+loc[3]])
			parts := strings.Fields(strings.NewReplacer(".", ". ").Replace(name))
			first := strings.ToLower(parts[0])
			if citeNotAuthor[first] || chkNotName[first] {
				// "As J. Mattern": the name starts after the first word.
				pos += loc[2] + len(strings.Fields(name)[0])
				continue
			}
			names = append(names, name)
			for _, w := range parts {
				if !strings.HasSuffix(w, ".") {
					words = append(words, w)
				}
			}
			pos += loc[1]
		}
	}
	return names, words
}

// chkLongQuoteRe is a quotation of six words or more in «», “” or "".
var chkLongQuoteRe = lazyRegexp(`«[^«»]*»|“[^“”]*”|"[^"]*"`)

// checkUncitedQuotes reports a sentence that quotes six words or more when
// no marker stands in it or right after it.
func (c *checker) checkUncitedQuotes(ms []Marker) {
	byLine := map[int][]int{} // line → byte offsets of its markers
	for _, m := range ms {
		line := c.body[m.Line-1]
		byLine[m.Line] = append(byLine[m.Line], chkRuneOffset(line, m.Col))
	}
	for i, line := range c.body {
		quotes := chkLongQuoteRe.FindAllStringIndex(line, -1)
		if len(quotes) == 0 {
			continue
		}
		spans := chkSentenceSpans(line)
		for _, sp := range spans {
			var q []int
			for _, loc := range quotes {
				if loc[0] >= sp[0] && loc[0] < sp[1] && len(strings.Fields(line[loc[0]:loc[1]])) >= 6 && !chkInParens(line, loc[0]) && !chkDocumentName(line[:loc[0]]) && !c.workTitleLine(i, line, loc) {
					q = loc
					break
				}
			}
			if q == nil {
				continue
			}
			// A quotation of several sentences runs on past its first
			// sentence: its citation is in the sentence it ends in.
			end := sp[1]
			for _, s2 := range spans {
				if q[1] > s2[0] && q[1] <= s2[1] {
					end = s2[1]
				}
			}
			end = max(end, q[1])
			// A parenthesis may place the quotation; so may an archive
			// file's shelf mark in brackets.
			cited := chkPlacedAfter(line[q[1]:end]) || chkPlacedAfter(chkEnclosedAfter(line[q[1]:], '(', ')')) ||
				chkLawPlaceRe.MatchString(line[sp[0]:q[0]]) || citeShelfMarkRe.MatchString(chkEnclosedAfter(line[q[1]:], '[', ']'))
			for _, at := range byLine[i+1] {
				cited = cited || at >= sp[0] && at < end
			}
			if !cited {
				c.add(i+1, utf8.RuneCountInString(line[:q[0]])+1, SeverityWarning, CheckUncitedQuote, "the quotation %s has no citation", chkEllipsis(line[q[0]:q[1]], 40))
			}
		}
	}
}

// chkPlaceParenRe is a parenthesis that places a quotation without
// citing the list: the volume and page of the edition a paper announces
// once ("(т. 1, с. 132)", "(там же)"), an article of a law or a paragraph
// of a ruling ("(п. 1 постановления …)"), an informant of the author's
// own field work ("(жен., 24 года, Углич)").
var chkPlaceParenRe = lazyRegexp(`\([^()]*(?:\d|(?i:там же|там само|тамсама|ibid|сонда))[^()]*\)`)

// chkLawPlaceRe is an article, part or paragraph of a law named before a
// quotation of its words in the same sentence: "закреплён в п. 1 ст. 10
// ГК РФ: «…»", "согласно ч. 2 ст. 5 Закона «…»", the word written out
// ("Article 6(3) of the Constitution provides that "…"", "статья 10
// Кодекса гласит: «…»", Kazakh "Конституцияның 6-бабында: «…»"). The law
// is quoted by its article, not a work of the list.
var chkLawPlaceRe = lazyRegexp(`(?:^|[\s(])(?:(?:ст|стт|ч|п|пп|абз|подп|art|sec)\.\s*\d|(?i:articles?|sections?|clauses?|стать[яиеюй]|статт[яіею])\s+\d)|\d-\s?(?:бап|баб)`)

// chkEnclosedAfter is the parenthesis (open '(', close ')') or bracket
// right after a quotation's closing mark, whole even where full stops
// inside it end the sentence early: "(CSA RK. F. 5. Op. 9. D. 451. L. 8)",
// "[ИсА. Ф. П-17. Оп. 1. Д. 2715. Л. 34]"; "" when none follows.
func chkEnclosedAfter(s string, open, close byte) string {
	t := strings.TrimLeft(s, " \u00a0,")
	if t == "" || t[0] != open {
		return ""
	}
	if i := strings.IndexByte(t, close); i > 0 {
		return t[:i+1]
	}
	return ""
}

// chkPlacedAfter reports whether the rest of a quotation's sentence, s,
// places it by a parenthesis of its own (see chkPlaceParenRe).
func chkPlacedAfter(s string) bool {
	return chkPlaceParenRe.MatchString(s)
}

// chkDocumentKinds are the words before the name of a law, programme or
// treaty ("Закон «О языках в Республике Казахстан»"), of a slogan, or of an
// event or a heading ("лозунг «…»", "конференция «…»"), or of the topic
// a work is on ("статья на тему «…»", "по теме «…»", "тақырыбы «…»"): a
// name, not a quotation that needs a citation. The title of an article or
// book quoted in the text still wants its source.
var chkDocumentKinds = lazyRegexp(`(?i)(?:на тем|по тем|тақырыб|закон|кодекс|программ|концепци|стратеги|указ|постановлени|послани|доктрин|проект|инициатив|конвенци|договор|соглашени|деклараци|хартия|лозунг|девиз|слоган|призыв|рубрик|конференци|форум|конкурс|фестивал|выставк|заң|бағдарлама|тұжырымдама|ұран|law|act|programme|program|strategy|concept|doctrine|initiative|project|convention|treaty|agreement|declaration|charter|slogan|motto|conference)\p{L}*\s+(?:\p{L}+\s+){0,3}$`)

// chkOrgFormRe is the legal form of an organisation in capitals before its
// name in quotes: "ФГБОУ ВО «Рязанский государственный медицинский
// университет»", "ТОО «…»", "ГБУ РО «…»".
var chkOrgFormRe = lazyRegexp(`(?:^|[\s(,;])\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*$`)

// chkDocumentName reports whether the text before a quotation names the
// kind of document the quotation is the name of, or the legal form of the
// organisation it names.
func chkDocumentName(before string) bool {
	return chkDocumentKinds.MatchString(before) || chkOrgFormRe.MatchString(before)
}

// chkGenreLineRe is a line that names the kind of a student's or
// conference work alone, as the title page prints it above the work's
// title in quotes: "реферат", "Курсова робота", "Доклад на тему".
var chkGenreLineRe = lazyRegexp(`(?i)^[\s*_]*(?:реферат|курсов(?:ая|а) (?:работа|робота)|контрольн(?:ая|а) (?:работа|робота)|дипломн(?:ая|а) (?:работа|робота)|доклад|доповідь|эссе|есе|баяндама)(?:\s+на\s+тему)?[\s:*_]*$`)

// workTitleLine reports whether the quotation at loc is the whole of body
// line i and the line above names the kind of work it is the title of
// ("реферат", then "«Зародження класового суспільства …»").
func (c *checker) workTitleLine(i int, line string, loc []int) bool {
	if strings.TrimSpace(line[:loc[0]]) != "" || strings.Trim(line[loc[1]:], " .") != "" {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if t := strings.TrimSpace(c.body[k]); t != "" {
			return chkGenreLineRe.MatchString(t)
		}
	}
	return false
}

// chkInParens reports whether byte offset i stands inside an open parenthesis
// (a gloss or a project title, not a quotation).
func chkInParens(s string, i int) bool {
	return strings.Count(s[:i], "(") > strings.Count(s[:i], ")")
}

// chkSentenceSpans splits a line into sentences as byte spans. A marker after
// the full stop ("… individuals. [13] Next") belongs to the sentence before.
func chkSentenceSpans(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' || s[i+1] != ' ' {
			continue
		}
		j := i + 2
		if s[j] == '[' { // markers after the full stop stay with this sentence
			if k := strings.IndexByte(s[j:], ']'); k > 0 {
				j += k + 1
				for j < len(s) && (s[j] == ' ' || s[j] == '.') {
					j++
				}
			}
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		if j >= len(s) || !unicode.IsUpper(next) && !strings.ContainsRune("«“\"", next) || chkInitialBefore(s[:i]) {
			continue
		}
		out = append(out, [2]int{start, j})
		start = j
		i = j - 1
	}
	return append(out, [2]int{start, len(s)})
}

// chkEllipsis shortens s to n characters.
func chkEllipsis(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
