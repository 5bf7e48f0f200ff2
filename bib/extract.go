package bib

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headings are reference-list headings in English, Russian, Kazakh (in
// either alphabet), Ukrainian and Belarusian, folded (lower case, ё→е) and
// without decoration.
var headings = map[string]bool{
	"references": true, "reference list": true, "list of references": true,
	"bibliography": true, "selected bibliography": true, "notes": true,
	"endnotes": true, "footnotes": true, "sources": true, "literature": true,
	"works cited": true, "literature cited": true, "notes and references": true,
	"references and notes": true, "sources and literature": true,
	"литература": true, "список литературы": true, "список источников": true,
	"список использованных источников": true, "список использованной литературы": true,
	"список использованных источников и литературы": true,
	"библиографический список":                      true, "библиография": true, "примечания": true,
	"источники": true, "источники и литература": true, "сноски": true,
	"использованная литература": true, "литература и источники": true,
	"пайдаланылган әдебиеттер": true, "пайдаланылған әдебиеттер": true,
	"пайдаланылған әдебиеттер тізімі": true, "әдебиеттер": true,
	"әдебиеттер тізімі": true, "пайдаланған әдебиеттер": true,
	"қолданылған әдебиеттер": true, "пайдаланылған дереккөздер": true,
	"література": true, "список літератури": true, "список використаних джерел": true,
	"список використаної літератури": true, "джерела": true, "примітки": true,
	"літаратура": true, "спіс літаратуры": true, "спіс выкарыстаных крыніц": true,
	"крыніцы": true, "әдебиет": true, "пайдаланылған әдебиет": true, "әдебиеттер мен дереккөздер": true,
	"references cited": true, "cited works": true, "notes and sources": true, "sources and notes": true,
	"использованные источники": true, "список источников и литературы": true,
	"литература и примечания": true, "примечания и литература": true, "библиографические ссылки": true,
	"використані джерела": true, "бібліографія": true, "список джерел": true, "список джерел і літератури": true,
	"цитированная литература": true, "цитируемая литература": true, "список цитированной литературы": true,
	"список цитируемой литературы": true, "рекомендуемая литература": true, "список рекомендуемой литературы": true,
	// Ukrainian theses and reports (DSTU 3008) and Russian reports head
	// the list so.
	"перелік використаних джерел": true, "перелік використаної літератури": true, "перелік посилань": true,
	"перечень использованных источников": true, "перечень использованной литературы": true,
	"пайдаланылған дереккөздер тізімі": true,
	// A lecture or syllabus splits its list in two, numbered on.
	"основная литература": true, "дополнительная литература": true, "основна література": true,
	"додаткова література": true, "негізгі әдебиеттер": true, "қосымша әдебиеттер": true,
	"негізгі әдебиет": true, "қосымша әдебиет": true,
	"ádebıetter": true, "paıdalanylǵan ádebıetter": true, "ádebıetter tizimi": true,
	"спіс выкарыстанай літаратуры": true, "бібліяграфічны спіс": true,
	"ескертпелер": true, "ескертулер": true, "түсініктемелер": true, "заўвагі": true,
	"зноскі": true, "виноски": true,
	// Kyrgyz, Tatar and Bashkir journals head the list so.
	"колдонулган адабияттар": true, "колдонулган адабияттардын тизмеси": true, "адабияттар": true,
	"адабияттардын тизмеси": true, "кулланылган әдәбият": true, "кулланылган әдәбият исемлеге": true,
	"әдәбият": true, "әдәбият исемлеге": true, "файдаланылган әдәбият": true,
	"әҙәбиәт": true, "файҙаланылған әҙәбиәт": true,
	// A thesis abstract lists the author's own works, which its markers cite.
	"список публикаций по теме диссертации": true, "публикации по теме диссертации": true,
	"список работ, опубликованных по теме диссертации": true, "публикации автора по теме диссертации": true,
	"список работ, опубликованных автором по теме диссертации": true, "основные публикации по теме диссертации": true,
	"список опубликованных работ": true, "список публикаций автора": true, "список научных трудов": true,
	"список опублікованих праць за темою дисертації": true, "список публікацій здобувача": true,
	"диссертация тақырыбы бойынша жарияланған еңбектер тізімі": true,
}

// headingDecor is what Markdown, HTML, typists and wikis put around a
// heading: "## Литература", "**СПИСОК ЛИТЕРАТУРЫ:**", "<h2>Примечания</h2>",
// "Литература[править | править код]" (the edit links copied with it).
var headingDecor = lazyRegexp(`^(?:[\s#*_=>-]|<[a-zA-Z][^<>]*>)*|(?:[\s#*_:.=]|</[a-zA-Z][^<>]*>|\[(?:править|правіць|редагувати|edit)(?:\s*\|[^\[\]]*)?\])*$`)

// sectionNumber is a section number before a heading: "5.", "6 ", "V.".
var sectionNumber = lazyRegexp(`^(?:\d{1,2}|[IVX]{1,4})\.?\s+`)

// isHeading reports whether a line is a reference-list heading, also when
// it is numbered as a section ("5. Список литературы") or names the list in
// two languages ("Литература / References", "ЛИТЕРАТУРА (REFERENCES)").
func isHeading(line string) bool {
	if utf8.RuneCountInString(line) > 80 {
		return false
	}
	h := headingDecor.ReplaceAllString(line, "")
	h = strings.Trim(h, "*_ \u00a0")
	h = sectionNumber.ReplaceAllString(h, "")
	if headings[foldKey(h)] {
		return true
	}
	parts := strings.FieldsFunc(h, func(r rune) bool { return r == '/' || r == '(' || r == ')' || r == '|' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.Trim(p, " *_:.\u00a0"); p != "" && !headings[foldKey(p)] && !headingQualifier[foldKey(p)] {
			return false
		}
	}
	return true
}

// headingQualifier is what may stand in brackets beside a list heading.
var headingQualifier = map[string]bool{"transliterated": true, "transliteration": true, "in russian": true,
	"in english": true, "romanized": true, "на английском языке": true, "транслитерация": true}

// label matches a list label at the start of a line: "1.", "1)", "[1]",
// "1\." (Markdown-escaped) or a bare "1 " followed by text.
var label = lazyRegexp(`^[\s\p{Zs}]*(?:\[(\d{1,6})\]|(\d{1,6})\\?[.)]|(\d{1,6})[\s\p{Zs}])[\s\p{Zs}]*(\S.*)$`)

// mdLinkDefinition is a Markdown reference link's definition: "[1]:
// https://…", "[сайт]: https://…"; not a footnote's ("[^1]: …").
var mdLinkDefinition = lazyRegexp(`^\s{0,3}\[[^\]^][^\]]*\]:\s+\S+\s*$`)

// gluedLabel matches a label glued to the name it numbers, as a library
// catalogue's export prints a list: "1Прокопчук С. Прямокутники ядра …".
var gluedLabel = lazyRegexp(`^[\s\p{Zs}]*(\d{1,3})(\p{Lu}\p{Ll}.*)$`)

// bullet matches an unnumbered list item: "- ", "* ", "• ".
var bullet = lazyRegexp(`^[\s\p{Zs}]*[-*•–][\s\p{Zs}]+(\S.*)$`)

type labelled struct {
	num  int
	bare bool // "1 text", "1Text": no punctuation, accepted only in sequence
	sup  bool // "¹ text": a note at the foot of a page
	rest string
}

func parseLabel(line string) (labelled, bool) {
	// A note labelled with a superscript number ("¹ Иванов И. И. …"), as
	// notes copied from a typeset page print it.
	if t := strings.TrimLeft(line, " \t\u00a0"); strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹", firstRune(t)) {
		end := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹⁰", r) })
		if end > 0 {
			if n, rest := citeSuperscriptNumber(t[:end]), strings.TrimSpace(t[end:]); n > 0 && rest != "" {
				return labelled{num: n, sup: true, rest: rest}, true
			}
		}
	}
	m := label.FindStringSubmatch(line)
	if m == nil {
		if g := gluedLabel.FindStringSubmatch(line); g != nil {
			n, _ := strconv.Atoi(g[1])
			return labelled{num: n, bare: true, rest: g[2]}, true // accepted only in sequence, as a bare label
		}
	}
	if m == nil || strings.TrimSpace(m[4]) == "" {
		return labelled{}, false // a label followed by nothing but spaces RE2's \s does not know
	}
	l := labelled{rest: m[4]}
	switch {
	case m[1] != "" && strings.HasPrefix(m[4], ":"):
		return labelled{}, false // "[1]: https://…": a Markdown link's definition, no entry
	case m[1] != "":
		l.num, _ = strconv.Atoi(m[1])
	case m[2] != "":
		l.num, _ = strconv.Atoi(m[2])
	default:
		l.num, _ = strconv.Atoi(m[3])
		l.bare = true
	}
	return l, true
}

// ReadDocument finds the reference lists of an article given as plain text
// or Markdown (NFC, "\n" line ends). A list starts at a heading such as
// "References" or "Список литературы"; with no heading, the last run of
// entries numbered 1, 2, 3… that read like references is the list.
// Markdown footnote definitions ("[^1]: …") are a list of notes, last.
func ReadDocument(text string) Document {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	doc := Document{Lines: strings.Split(text, "\n")}
	doc.BodyEnd = len(doc.Lines)
	lines := joinBareLabels(doc.Lines)
	for i := 0; i < len(lines); i++ {
		if !isHeading(lines[i]) {
			continue
		}
		start := i + 1
		if j := nextNonBlank(lines, start); j < len(lines) && kindHeading(lines[j]) && labelAt(lines, j+1) == 1 {
			start = j + 1 // "**I. Нормативные правовые акты**" heads the list's first part
		}
		entries, end := readEntries(lines, start)
		if len(entries) == 0 || contentsItem(lines, i) {
			continue
		}
		if len(doc.Lists) == 0 {
			doc.BodyEnd = i
		}
		doc.Lists = append(doc.Lists, List{Heading: strings.TrimSpace(headingDecor.ReplaceAllString(doc.Lines[i], "")), HeadingLine: i + 1, Entries: entries})
		// The parts of a list split by kind, each under its own heading
		// and numbered on ("**II. Судебная практика**", "5. …").
		for {
			j := nextNonBlank(lines, end)
			last, err := strconv.Atoi(entries[len(entries)-1].Label)
			if j == len(lines) || err != nil || !kindHeading(lines[j]) || labelAt(lines, j+1) != last+1 {
				break
			}
			entries, end = readEntries(lines, nextNonBlank(lines, j+1))
			doc.Lists = append(doc.Lists, List{Heading: strings.TrimSpace(headingDecor.ReplaceAllString(doc.Lines[j], "")), HeadingLine: j + 1, Entries: entries})
		}
		i = end - 1
	}
	notes, hasNotes := FootnoteList(doc.Lines)
	if len(doc.Lists) == 0 && !hasNotes {
		if start, ok := trailingNumberedRun(lines); ok {
			entries, _ := readEntries(lines, start)
			doc.Lists = append(doc.Lists, List{Entries: entries})
			doc.BodyEnd = start
		}
	}
	if hasNotes {
		// Markdown footnote definitions are a list of notes wherever they
		// stand; a heading above them does not make them a second list.
		doc.Lists = slices.DeleteFunc(doc.Lists, func(l List) bool {
			for _, e := range l.Entries {
				if !strings.HasPrefix(e.Raw, "[^") {
					return false
				}
			}
			return true
		})
		doc.Lists = append(doc.Lists, notes)
	}
	return doc
}

// joinedLabelText stands, in the lines the list reader reads, for a bare
// label moved onto the line below it.
const joinedLabelText = "\x00"

// bareLabel is a list label alone on its line, as text from a PDF prints
// it: "1." above "Иванов И. И. Книга …".
var bareLabel = lazyRegexp(`^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s*$`)

// joinBareLabels returns the lines with each bare label moved onto the
// line of text right below it, where the entry's text starts, and left as
// joinedLabelText, so that line numbers stay.
func joinBareLabels(lines []string) []string {
	var out []string
	for i := 0; i+1 < len(lines); i++ {
		next := strings.TrimSpace(lines[i+1])
		if !bareLabel.MatchString(lines[i]) || next == "" || bareLabel.MatchString(next) {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		out[i] = joinedLabelText
		out[i+1] = strings.TrimSpace(lines[i]) + " " + next
		i++
	}
	for _, c := range numberLineNotes(lines) {
		if out == nil {
			out = slices.Clone(lines)
		}
		out[c.at] = joinedLabelText
		out[c.text] = strconv.Itoa(c.num) + ". " + strings.TrimSpace(lines[c.text])
	}
	if out == nil {
		return lines
	}
	return out
}

// numberLine is a number alone on its line: "340".
var numberLine = lazyRegexp(`^\s*(\d{1,4})\s*$`)

// numberedNote is a note whose number stands alone on the line above its
// text: the number's line index, the text's, and the number.
type numberedNote struct{ at, text, num int }

// numberLineNotes finds the notes an online reader prints with each
// note's number alone on its line and the note's one paragraph below it
// ("340", "", "См., вслед за Кноблохом, Топоров В. Н. …"): a run of at
// least three numbers that follow each other, each with one paragraph
// between it and the next. A page number alone on its line stands
// between pages of many paragraphs, not in such a run.
func numberLineNotes(lines []string) []numberedNote {
	nextText := func(i int) int {
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) != "" {
				return j
			}
		}
		return -1
	}
	var out, run []numberedNote
	flush := func() {
		if len(run) >= 3 {
			out = append(out, run...)
		}
		run = nil
	}
	for i := 0; i < len(lines); i++ {
		m := numberLine.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		j := nextText(i)
		if j < 0 || numberLine.MatchString(lines[j]) {
			flush()
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if len(run) > 0 {
			last := run[len(run)-1]
			if n != last.num+1 || nextText(last.text) != i {
				flush()
			}
		}
		run = append(run, numberedNote{at: i, text: j, num: n})
		i = j
	}
	flush()
	return out
}

// contentsItem reports whether the list heading on line i is the last
// item of a table of contents with no page numbers: the heading is printed
// again further on, and so are at least two of the items before it, as
// headings of the text ("1.2 Рабовласницькі держави …", "2. Життя …",
// then "Список літератури", then the text).
func contentsItem(lines []string, i int) bool {
	again := func(k int) bool {
		t := strings.TrimSpace(lines[k])
		for _, l := range lines[i+1:] {
			if strings.TrimSpace(l) == t {
				return true
			}
		}
		return false
	}
	if !again(i) {
		return false
	}
	items, repeated := 0, 0
	for k := i - 1; k >= 0 && items < contentsItemsBack; k-- {
		if strings.TrimSpace(lines[k]) == "" {
			continue
		}
		items++
		if again(k) {
			repeated++
		}
	}
	return repeated >= 2
}

// contentsItemsBack is how many lines before a list heading are looked at
// for the items of a table of contents it would end.
const contentsItemsBack = 5

// bareRunGoesOn reports whether the next label after line i is the number
// after n: a run of bare labels ("175 О противодействии …", "176 Кауфман
// …") that goes on from an earlier chapter's notes.
func bareRunGoesOn(lines []string, i, n int) bool {
	for k := i + 1; k < len(lines); k++ {
		if l, ok := parseLabel(lines[k]); ok {
			return l.num == n+1
		}
	}
	return false
}

// joinedAbove reports whether the label on line i was moved there from a
// line of its own above it (see joinBareLabels), blank lines between.
func joinedAbove(lines []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case lines[k] == joinedLabelText:
			return true
		case strings.TrimSpace(lines[k]) != "":
			return false
		}
	}
	return false
}

// trailingNumberedRun finds the start of the last run of at least three
// entries labelled 1, 2, 3… in order that look like references, or
// numbered on from an earlier chapter when each number stood on a line of
// its own. An outline whose items are all numbered "1." is not such a run.
func trailingNumberedRun(lines []string) (int, bool) {
	best, found := 0, false
	for i := 0; i < len(lines); i++ {
		l, ok := parseLabel(lines[i])
		if !ok || l.num != 1 && !joinedAbove(lines, i) || l.bare || l.sup {
			// Notes labelled "¹ …" stand at the foot of pages: the checker
			// reads them. Notes whose numbers stand on lines of their own
			// may go on from an earlier chapter's ("76", then its note).
			continue
		}
		entries, end := readEntries(lines, i)
		refLike := 0
		for _, e := range entries {
			if looksLikeReference(e.Raw) {
				refLike++
			}
		}
		if len(entries) >= 3 && refLike*2 > len(entries) {
			best, found = i, true
		}
		if end > i {
			i = end - 1
		}
	}
	return best, found
}

// yearOrURL is what marks a line as a reference: a year (with the letter
// that tells two works of one year apart: "2020a"), or the words an
// author-date list prints in its place, APA's "(n.d.)" and "(in press)"
// (APA 7, 9.17) and their Russian and Ukrainian forms; a URL, "//", an Ibid.
var yearOrURL = lazyRegexp(`\b(1[5-9]\d\d|20\d\d)[a-z]?\b|\((?:n\.\s?d\.|in press|forthcoming|в печати|у друці|б\.\s?[гр]\.)\)|https?://|www\.|//|\bIbid\b|Там же|\bop\. cit`)

func looksLikeReference(s string) bool {
	return yearOrURL.MatchString(s)
}

// readEntries reads a list starting at line index start, returning its
// entries and the index of the first line after the list.
//
// In a numbered list a line without a label continues the entry above it
// when it is not separated by a blank line, or, after a blank line, when it
// reads as a continuation (a URL fragment, a lower-case word, an access date).
// Anything else after a blank line ends the list. In an unnumbered list,
// paragraphs (or lines, when there are no blank lines) are entries.
func readEntries(lines []string, start int) ([]Entry, int) {
	var entries []Entry
	var more [][]string // the wrapped lines of each entry, joined once at the end
	add := func(e Entry) {
		entries = append(entries, e)
		more = append(more, nil)
	}
	join := func(n int, line string) {
		k := len(entries) - 1
		entries[k].Lines = append(entries[k].Lines, n)
		more[k] = append(more[k], strings.TrimSpace(line))
	}
	next := 0 // the label expected next; 0 before the first entry
	numbered := false
	blank := false
	i := start
	for ; i < len(lines); i++ {
		if lines[i] == joinedLabelText {
			continue
		}
		line := strings.TrimRight(lines[i], " \t\u00a0")
		if htmlListTag.MatchString(line) || mdLinkDefinition.MatchString(line) {
			continue // "<ol>", "</ol>" around an HTML list; "[1]: https://…", a link's definition
		}
		if m := htmlItem.FindStringSubmatch(line); m != nil {
			line = "- " + m[1] // "<li>…</li>": one entry, numbered by its place
		}
		if strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " ")) == "" {
			blank = true
			continue
		}
		if isHeading(line) || endMatter.MatchString(line) {
			break
		}
		// A label may skip a number or two, or repeat the one before it
		// (a slip in numbering: "9." twice) when a name or title follows
		// it, not a wrapped issue number ("№" / "11. – С. 50–61."), and
		// still open an entry. A list whose first entry has no label
		// stays unnumbered: a hanging line that opens with its year
		// ("     2021. 160 с.") is no label.
		// A label that stood on a line of its own above its entry ("14.",
		// then the entry) is a label whatever number it skips to, as a
		// fragment of a longer list prints it.
		ownLine := i > 0 && lines[i-1] == joinedLabelText
		if l, ok := parseLabel(line); ok && (next == 0 && len(entries) == 0 && (!l.bare || l.num == 1 || bareRunGoesOn(lines, i, l.num)) || l.num == next || (!l.bare && numbered && l.num > next && (l.num <= next+2 || ownLine)) || (!l.bare && numbered && l.num == next-1 && next > 1 && unicode.IsLetter(firstRune(strings.TrimSpace(l.rest))))) {
			if next == 0 || numbered {
				numbered = true
				add(Entry{Label: strconv.Itoa(l.num), Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(l.rest)})
				next = l.num + 1
				blank = false
				continue
			}
		}
		if numbered {
			if len(entries) == 0 {
				break
			}
			if blank {
				if j, ok := annotationRun(lines, i, next); ok {
					i = j // an annotated list's note on the entry above
					continue
				}
			}
			if blank && !continues(line) {
				break
			}
			join(i+1, line)
			blank = false
			continue
		}
		// An unnumbered list.
		if len(entries) == 0 && markdownHeading(line) {
			break
		}
		if m := bullet.FindStringSubmatch(line); m != nil && strings.TrimSpace(m[1]) != "" {
			add(Entry{Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(m[1])})
			blank = false
			continue
		}
		if len(entries) > 0 && !blank && (continues(line) || hangs(line, lines[entries[len(entries)-1].Line-1], lines[i-1]) ||
			imprintLine.MatchString(strings.TrimSpace(line)) && !looksLikeReference(entries[len(entries)-1].Raw+" "+strings.Join(more[len(more)-1], " "))) {
			join(i+1, line)
			continue
		}
		if len(entries) > 0 && blank && markdownHeading(line) {
			break
		}
		if !looksLikeReference(line) && len(entries) > 0 && blank {
			break
		}
		add(Entry{Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(line)})
		blank = false
	}
	for k, m := range more {
		if len(m) > 0 {
			entries[k].Raw += " " + strings.Join(m, " ")
		}
	}
	if numbered {
		entries = unflatten(entries)
	}
	return entries, i
}

// maxAnnotationLines is the most lines an annotation of an entry may
// take (see annotationRun).
const maxAnnotationLines = 8

// annotationRun reports whether line i of a numbered list, after a blank
// line, opens an annotation of the entry above, as an annotated list
// prints one: paragraphs indented or set in italics ("    *Учебник, в
// котором …*"), up to the next entry, labelled next. It returns the last
// line of the annotation.
func annotationRun(lines []string, i, next int) (int, bool) {
	last := -1
	for j := i; j < len(lines) && j < i+maxAnnotationLines; j++ {
		t := strings.TrimSpace(strings.ReplaceAll(lines[j], "\u00a0", " "))
		if t == "" {
			continue
		}
		if _, ok := parseLabel(lines[j]); ok {
			break
		}
		if indent(lines[j]) < 2 && !strings.HasPrefix(t, "*") && !strings.HasPrefix(t, "_") {
			return 0, false
		}
		// A note is sentences; a heading of the list's next part
		// ("*Статьи в изданиях, индексируемых в Scopus:*", "**II.
		// Судебная практика**") is not.
		name := strings.TrimSpace(headingDecor.ReplaceAllString(t, ""))
		if !strings.ContainsRune(".!?…", lastRune(strings.TrimRight(t, "*_ "))) || markdownHeading(t) || kindRoman.MatchString(name) || kindPlain.MatchString(t) {
			return 0, false
		}
		last = j
	}
	return last, last >= 0 && next > 0 && labelAt(lines, last+1) == next
}

// unflatten splits the entries of a numbered list that a PDF's text or a
// pasted paragraph ran together ("1. Иванов И. И. Книга. М., 2001. 2.
// Петров П. П. …"): an entry holds the next label when it follows the
// full stop of a whole reference (a year or URL before it, no
// abbreviation's stop) and a capital letter follows it.
func unflatten(entries []Entry) []Entry {
	var out []Entry
	for _, e := range entries {
		n, err := strconv.Atoi(e.Label)
		for err == nil {
			i := nextLabelIn(e.Raw, n+1)
			if i < 0 {
				break
			}
			rest := Entry{Label: strconv.Itoa(n + 1), Line: e.Line, Lines: e.Lines, Raw: strings.TrimSpace(e.Raw[i+len(strconv.Itoa(n+1))+1:])}
			e.Raw = strings.TrimSpace(e.Raw[:i])
			out = append(out, e)
			e, n = rest, n+1
		}
		out = append(out, e)
	}
	return out
}

// nextLabelIn is where label "n." opens a new reference inside s, or -1.
func nextLabelIn(s string, n int) int {
	label := " " + strconv.Itoa(n) + ". "
	i := indexWhere(s, label, func(i int) bool {
		before := s[:i]
		r, _ := utf8.DecodeRuneInString(s[i+len(label):])
		return strings.HasSuffix(before, ".") && unicode.IsUpper(r) && looksLikeReference(before) && !abbreviationBefore(before)
	})
	if i < 0 {
		return -1
	}
	return i + 1
}

// nextNonBlank is the index of the first line at or after i that holds
// text, or len(lines).
func nextNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(strings.ReplaceAll(lines[i], "\u00a0", " ")) == "" {
		i++
	}
	return i
}

// labelAt is the number of the list label on the first line at or after
// i that holds text, or 0.
func labelAt(lines []string, i int) int {
	if j := nextNonBlank(lines, i); j < len(lines) {
		if l, ok := parseLabel(lines[j]); ok && !l.bare {
			return l.num
		}
	}
	return 0
}

// kindRoman is a Roman section number before the name of a list's part.
var kindRoman = lazyRegexp(`^[IVX]{1,4}\.\s+\p{L}`)

// kindHeading reports whether a line heads a part of a list split by kind:
// short, no reference, and in bold or italics, a Markdown heading, opened
// by a Roman number or a few plain words ("**I. Нормативные правовые
// акты**", "*Публикации в других изданиях:*", "### Литература", "II.
// Судебная практика", "Электронные ресурсы").
func kindHeading(line string) bool {
	t := strings.TrimSpace(line)
	name := strings.TrimSpace(headingDecor.ReplaceAllString(t, ""))
	if name == "" || utf8.RuneCountInString(name) > 80 || looksLikeReference(name) {
		return false
	}
	return emphasised(t) || markdownHeading(t) || kindRoman.MatchString(name) || kindPlain.MatchString(t)
}

// emphasised reports whether a whole line is set in bold or italics
// ("**…**", "*…*", "_…_").
func emphasised(t string) bool {
	return len(t) > 2 && (t[0] == '*' && t[len(t)-1] == '*' || t[0] == '_' && t[len(t)-1] == '_')
}

// kindPlain is the name of a list's part as plain text, as a document
// saved without its styles prints it: a few words opened by a capital,
// with no digit and no full stop ("Нормативные правовые акты", "Научная
// литература:"). The callers ask the next line to carry the next number.
var kindPlain = lazyRegexp(`^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}:?$`)

// htmlListTag is a line that opens or closes an HTML list.
var htmlListTag = lazyRegexp(`^\s*</?(?:ol|ul)\b[^<>]*>\s*$`)

// htmlItem is an item of an HTML list on one line: "<li>Иванов И. И. …</li>".
var htmlItem = lazyRegexp(`^\s*<li\b[^<>]*>\s*(.*?)\s*(?:</li>)?\s*$`)

// endMatter opens what a journal prints after the reference lists: the
// dates the article was received and accepted, the authors' details, the
// form to cite it by. Such a line ends a list; it is no entry.
var endMatter = lazyRegexp(`(?i)^[\s*_#>]*(?:\(?статья\s+(?:поступила|получена|принята)|поступила\s+(?:в\s+редакцию|\d)|дата\s+поступления|стаття\s+надійшла|надійшла\s+до\s+редакції|мақала\s+редакцияға|received\b|submitted\b|информация\s+об\s+авторах|сведения\s+об\s+авторах|об\s+авторах|відомості\s+про\s+авторів|інформація\s+про\s+авторів|авторлар\s+туралы|information\s+about\s+the\s+authors?|about\s+the\s+authors?|для\s+цитирования|for\s+citation|конфликт\s+интересов|conflict\s+of\s+interests?|вклад\s+авторов|contribution\s+of\s+the\s+authors)`)

func markdownHeading(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), "#")
}

var continuation = lazyRegexp(`^[\[<(]?(?:https?://|www\.|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/|doi|DOI|URL|//|\(accessed|\(дата|\(retrieved|accessed|Retrieved|[–—-]\s)`)

// continues reports whether a line reads as the continuation of the entry
// above it rather than as new text.
func continues(line string) bool {
	t := strings.TrimSpace(line)
	if continuation.MatchString(t) {
		return true
	}
	if particleHeading.MatchString(t) {
		return false // "van Dijk J. …" opens an entry in lower case
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// hangs reports whether a line of an unnumbered list continues the entry
// whose first line is first: it is indented deeper (a hanging indent), the
// line above stops on a separator (a GOST area dash, "//", a comma), or it
// starts with a digit or punctuation, as wrapped pages and volumes do,
// where entries start with a name or a title.
func hangs(line, first, prev string) bool {
	if indent(line) > indent(first) {
		return true
	}
	p := strings.TrimRight(prev, " \t\u00a0")
	if strings.HasSuffix(p, "//") || strings.ContainsRune("–—-/,:;&", lastRune(p)) {
		return true
	}
	// A line above that stops mid-sentence is wrapped, unless this line
	// opens with a name heading ("Иванов И. И.", "Smith, J.").
	if !strings.ContainsRune(".)]>", lastRune(p)) && !nameHeading.MatchString(strings.TrimSpace(line)) && !strings.Contains(p[max(0, len(p)-30):], "://") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line))
	return unicode.IsDigit(r) || strings.ContainsRune(",.;:)–—", r)
}

// imprintLine is a wrapped line that holds a book's imprint, "Place:
// Publisher, Year.": it continues an entry that has no year yet, even
// after a full stop ("… in the Information Society." / "London: Sage, 2005.").
var imprintLine = lazyRegexp(`^\p{Lu}[\p{L}.\- ]{0,25}(?:;\s*\p{Lu}[\p{L}.\- ]{0,25})?\s?:\s*[^,:]{1,60},\s*(?:1[5-9]|20)\d\d\b`)

// particleHeading is the start of an entry headed by a family name with
// a particle in lower case: "van Dijk J.", "de Souza, M.", "von Hayek F.".
var particleHeading = lazyRegexp(`^(?:van|von|de|der|den|di|du|da|dos|le|la|ten|ter|al-|el-)\s*\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.\s?){1,3}`)

// nameHeading is the start of an entry headed by a person: a family name
// and initials, either way round, with or without a comma.
var nameHeading = lazyRegexp(`^(?:\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\p{Ll}+)`)

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func indent(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// SplitLabel splits a printed list label ("12.", "[12]", "12)") from an
// entry given on one line, returning the label digits and the entry text.
func SplitLabel(line string) (string, string) {
	if l, ok := parseLabel(line); ok && !l.bare {
		return strconv.Itoa(l.num), strings.TrimSpace(l.rest)
	}
	return "", strings.TrimSpace(line)
}
