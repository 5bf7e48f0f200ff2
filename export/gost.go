package export

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// edition is a GOST edition whose rules a list follows.
type edition int

const (
	ed100 edition = iota // GOST R 7.0.100-2018, bibliographic description
	ed705                // GOST R 7.0.5-2008, bibliographic reference
	ed71                 // GOST 7.1-2003, bibliographic description
)

func parseEdition(s string) (edition, error) {
	switch s {
	case "", "7.0.100-2018", "7.0.100":
		return ed100, nil
	case "7.0.5-2008", "7.0.5":
		return ed705, nil
	case "7.1-2003", "7.1":
		return ed71, nil
	}
	return 0, fmt.Errorf("unknown GOST style %q: use 7.0.100-2018, 7.0.5-2008 or 7.1-2003", s)
}

// GOST writes a numbered reference list in the GOST edition o.Style, in
// the order o.Sort, as o.As (text, markdown or html). Each entry uses the
// terms of its own language (see entryLanguage).
func GOST(w io.Writer, items []bib.Item, o Options) error {
	ed, err := parseEdition(o.Style)
	if err != nil {
		return err
	}
	var mk markup
	switch o.As {
	case "", "text":
		mk = markText
	case "markdown", "md":
		mk = markMarkdown
	case "html":
		mk = markHTML
	default:
		return fmt.Errorf("unknown GOST markup %q: use text, markdown or html", o.As)
	}
	order, err := gostOrder(items, o.Sort)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(w, 64<<10)
	if mk == markHTML {
		out.WriteString("<ol>\n")
	}
	var e gostEntry
	for n, i := range order {
		e.reset(&items[i], ed)
		e.write()
		if mk == markHTML {
			out.WriteString("<li>")
		} else {
			out.WriteString(strconv.Itoa(n + 1))
			out.WriteString(". ")
		}
		e.render(out, mk)
		if mk == markHTML {
			out.WriteString("</li>")
		}
		out.WriteByte('\n')
	}
	if mk == markHTML {
		out.WriteString("</ol>\n")
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("gost: %w", err)
	}
	return nil
}

type markup int

const (
	markText markup = iota
	markMarkdown
	markHTML
)

// nbsp joins initials to each other and to the surname, and a term to
// its number ("С. 102"), so that a line never breaks inside them.
const nbsp = "\u00a0"

// gostEntry builds the text of one entry; italic holds the byte ranges
// set in italics.
type gostEntry struct {
	it     *bib.Item
	ed     edition
	t      *terms
	b      bytes.Buffer // reused from entry to entry: Reset keeps its memory
	italic [][2]int
}

func (e *gostEntry) reset(it *bib.Item, ed edition) {
	e.it, e.ed = it, ed
	e.t = termsFor(entryLanguage(it.Language, it.Title))
	e.b.Reset()
	e.italic = e.italic[:0]
}

// render writes the entry in the markup: plain text, Markdown (escaped,
// *italics*) or HTML (escaped, <i>).
func (e *gostEntry) render(out *bufio.Writer, mk markup) {
	if mk == markText {
		out.Write(e.b.Bytes())
		return
	}
	s := e.b.String()
	esc := html.EscapeString
	open, close := "<i>", "</i>"
	if mk == markMarkdown {
		esc, open, close = markdownEscape, "*", "*"
	}
	at := 0
	for _, r := range e.italic {
		out.WriteString(esc(s[at:r[0]]))
		out.WriteString(open)
		out.WriteString(esc(s[r[0]:r[1]]))
		out.WriteString(close)
		at = r[1]
	}
	out.WriteString(esc(s[at:]))
}

var markdownReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`", "<", `\<`, ">", `\>`)

func markdownEscape(s string) string { return markdownReplacer.Replace(s) }

// isPart tells a component part, described as "part // host" (GOST R
// 7.0.100-2018, section 7, analytical description; GOST 7.1-2003, 7.1;
// GOST R 7.0.5-2008, 6.1).
func isPart(it *bib.Item) bool {
	switch it.Type {
	case "chapter", "paper-conference", "article-journal", "article-magazine",
		"article-newspaper", "entry-encyclopedia", "entry-dictionary", "entry":
		return it.ContainerTitle != ""
	case "webpage", "post-weblog", "post", "legislation":
		return it.ContainerTitle != ""
	}
	return false
}

// isSerialHost tells a part whose host is a serial or a site, where the
// host's date, volume and issue follow its title.
func isSerialHost(it *bib.Item) bool {
	switch it.Type {
	case "article-journal", "article-magazine", "article-newspaper", "webpage", "post-weblog", "post", "legislation":
		return true
	}
	return false
}

// isElectronic: a remote resource (URL) or one marked electronic.
func isElectronic(it *bib.Item) bool {
	if it.URL != "" {
		return true
	}
	m := strings.ToLower(it.Medium)
	return strings.Contains(m, "electronic") || strings.Contains(m, "электрон") || strings.Contains(m, "online")
}

// write builds the entry: the description of the resource, or of the part
// and, after "//", of its host.
func (e *gostEntry) write() {
	it := e.it
	e.titleArea()
	part := isPart(it)
	if part {
		// GOST R 7.0.100-2018, section 7 (analytical description): the part's content
		// type precedes "//" (its examples: "/ А. Грязев. – Текст :
		// электронный // Газета.ru : [сайт]"), for print as for
		// electronic parts ("– Текст : непосредственный // Вопросы ...").
		if e.ed == ed100 {
			e.area(e.contentType())
		}
		e.b.WriteString(" // ")
		e.hostArea()
		e.hostFacts()
	} else {
		e.wholeFacts()
	}
	e.notes()
	if !part && e.ed == ed100 {
		// 7.0.100-2018: the content type and means of access area is
		// required and closes the description of a whole resource, after
		// the ISBN and the URL ("– ISBN … – Текст : непосредственный";
		// "– URL: … (дата обращения: 09.01.2018). – Текст : электронный").
		e.area(e.contentType())
	}
	e.end()
}

// contentType is the content type and means of access area of GOST R
// 7.0.100-2018 (clause 4.10; Appendix A examples): "Текст : электронный"
// for a remote electronic resource, "Текст : непосредственный" for print.
func (e *gostEntry) contentType() string {
	if isElectronic(e.it) {
		return e.t.content
	}
	return e.t.print
}

// area starts a new area: ". – " (GOST R 7.0.100-2018, 4.3; GOST
// 7.1-2003, 4.6), with no period after one the element ends with. A GOST
// R 7.0.5-2008 reference replaces the period and dash by a period (its
// clause 4.4 allows it, and every example of the standard does it:
// "Тарасова В. И. Политическая история Латинской Америки : учеб. для
// вузов. 2-е изд. М. : Проспект, 2006. С. 305–412.").
func (e *gostEntry) area(s string) {
	if e.ed == ed705 {
		e.sep(". ")
	} else {
		e.sep(". – ")
	}
	e.b.WriteString(s)
}

// sep writes a separator whose leading period is dropped when the text
// already ends with a period, "?" or "!".
func (e *gostEntry) sep(sep string) {
	if strings.HasPrefix(sep, ".") && e.endsWithStop() {
		sep = sep[1:]
	}
	e.b.WriteString(sep)
}

// endsWithStop tells whether the entry so far ends with ".", "?", "!" or "…".
func (e *gostEntry) endsWithStop() bool {
	b := e.b.Bytes()
	if len(b) == 0 {
		return false
	}
	switch b[len(b)-1] {
	case '.', '?', '!':
		return true
	}
	return bytes.HasSuffix(b, []byte("…"))
}

func (e *gostEntry) end() {
	if !e.endsWithStop() {
		e.b.WriteByte('.')
	}
}

// persons are the authors that are people; an organisation is never a
// heading (GOST 7.80-2000, 5.2 names persons in headings; an
// organisation goes to the statement of responsibility).
func headingAuthors(it *bib.Item) []bib.Name {
	// A patent is described under its designation, the inventors in the
	// statement of responsibility (GOST R 7.0.100-2018 and GOST 7.1-2003
	// examples: "Патент № 2637215 Российская Федерация ... / Иванов И. И.").
	if it.Type == "patent" || len(it.Author) == 0 || len(it.Author) > 3 || it.Author[0].Literal != "" {
		return nil
	}
	for _, a := range it.Author {
		if a.Literal != "" {
			return it.Author[:1]
		}
	}
	return it.Author
}

// titleArea writes the heading, the title and the statement of
// responsibility.
//
// Heading: the first of one to three authors, "Иванов, И. И." (GOST
// 7.80-2000, 5.2, used by GOST 7.1-2003 and GOST R 7.0.100-2018, 5.1);
// in a reference, one, two or three authors, "Иванов И. И., Петров П. П.",
// not repeated after the title (GOST R 7.0.5-2008, 4.10.1-4.10.2), set in
// italics as in its examples. Four or more authors: no heading, the entry
// begins with the title.
func (e *gostEntry) titleArea() {
	it := e.it
	head := headingAuthors(it)
	if len(head) > 0 {
		start := e.b.Len()
		if e.ed == ed705 {
			for i, a := range head {
				if i > 0 {
					e.b.WriteString(", ")
				}
				e.b.WriteString(invertedName(a, false))
			}
		} else {
			e.b.WriteString(invertedName(head[0], true))
		}
		if e.ed == ed705 {
			e.italic = append(e.italic, [2]int{start, e.b.Len()})
		}
		e.sep(". ")
		if !bytes.HasSuffix(e.b.Bytes(), []byte(" ")) {
			e.b.WriteByte(' ')
		}
	}
	switch it.Type {
	case "standard":
		// A standard is described under its designation, then its title
		// (GOST 7.1-2003 and GOST R 7.0.100-2018 examples: "ГОСТ Р 7.0.100–2018.
		// Библиографическая запись...").
		if it.Number != "" {
			e.b.WriteString(it.Number)
			e.sep(". ")
		}
	case "patent":
		// GOST R 7.0.100-2018 examples: "Патент № 2637215 Российская
		// Федерация"; GOST 7.1-2003: "Пат. 2187888 Российская Федерация".
		if it.Number != "" {
			if e.ed == ed100 {
				e.b.WriteString(e.t.patent + nbsp + it.Number)
			} else {
				e.b.WriteString(e.t.patentAbbr + " " + it.Number)
			}
			e.sep(". ")
		}
	}
	main, other := splitTitle(it.Title)
	e.b.WriteString(main)
	if gmd := e.gmd(); gmd != "" {
		e.b.WriteString(" " + gmd)
	}
	// Other title information after " : " (prescribed punctuation of the
	// title area, GOST R 7.0.100-2018 and GOST 7.1-2003, 5.2): the subtitle,
	// then the kind of document.
	if other != "" {
		e.b.WriteString(" : " + other)
	}
	switch it.Type {
	case "thesis", "report", "standard", "legislation":
		if it.Genre != "" {
			e.b.WriteString(" : " + it.Genre)
		}
	}
	switch {
	case it.Type == "legislation" && it.Number != "":
		// "Об образовании в Российской Федерации : федеральный закон №
		// 273-ФЗ" (GOST R 7.0.100-2018, Appendix A).
		e.b.WriteString(" " + e.t.issue + nbsp + it.Number)
	case it.Type == "report" && it.Number != "":
		// The report's number is other title information after the
		// kind of report: "отчет о НИР (заключ.) : 02-02" (GOST 7.1-2003,
		// Appendix A).
		e.b.WriteString(" : " + it.Number)
	}
	if it.Volume != "" && !isPart(it) && !isSerialHost(it) {
		e.sep(". ")
		e.b.WriteString(e.t.volume + nbsp + it.Volume)
	}
	if it.ContainerTitle != "" && !isPart(it) && it.Type != "book" {
		// A website or collection named but not described as a host.
		e.b.WriteString(" : " + it.ContainerTitle)
	}
	e.responsibility(len(head))
}

// gmd is the general material designation, right after the title proper.
// GOST 7.1-2003 (5.2.4) gives it for every resource, "[Текст]" for print
// (its Appendix A: "Первые библиографические списки на Руси [Текст] /
// А. Г. Глухов // Мир библиографии"), "[Электронный ресурс]" for an
// electronic one; GOST R 7.0.5-2008 only for an electronic resource (its
// examples of print have none: "Тарасова В. И. Политическая история ...
// : учеб. для вузов"); GOST R 7.0.100-2018 dropped the element.
func (e *gostEntry) gmd() string {
	switch {
	case e.ed == ed100:
		return ""
	case isElectronic(e.it):
		return e.t.gmd
	case e.ed == ed71:
		return e.t.gmdText
	}
	return ""
}

// splitTitle splits the title proper from other title information at
// the first colon ("Soft Power: The Means" → "Soft Power", "The Means").
func splitTitle(t string) (string, string) {
	t = strings.TrimSpace(t)
	if i := strings.Index(t, ": "); i > 0 {
		return strings.TrimRight(t[:i], " "), strings.TrimSpace(t[i+2:])
	}
	return t, ""
}

// responsibility writes the statement of responsibility after " / ":
// the authors, initials first, then editors and translators after " ; "
// (title and statement of responsibility area; GOST 7.1-2003, 5.2.6). One to three
// authors are all named, even when in the heading (GOST 7.1-2003,
// 5.2.6.8), except in a 7.0.5-2008 reference (4.10.2). Four or more:
// GOST R 7.0.100-2018 names the first three, 7.1-2003 (5.2.6.9) and
// 7.0.5-2008 the first, then "[и др.]".
func (e *gostEntry) responsibility(headed int) {
	it := e.it
	var parts []string
	var persons, orgs []bib.Name
	for i, a := range it.Author {
		switch {
		case a.Literal != "":
			orgs = append(orgs, a)
		case e.ed == ed705 && i < headed:
			// in the heading already (GOST R 7.0.5-2008, 4.10.2)
		default:
			persons = append(persons, a)
		}
	}
	if len(persons) > 0 {
		if s := e.thesisAuthor(persons); s != "" {
			parts = append(parts, s)
		} else {
			parts = append(parts, e.names(persons, e.ed == ed100))
		}
	}
	if len(orgs) > 0 {
		// An organisation is a statement of its own after " ; ", after
		// the persons: "/ А. М. Блюмин ; Ин-т гос. упр., права и инновац.
		// технологий" (GOST 7.1-2003, 5.2.6.1; GOST R 7.0.100-2018, 5.1.5).
		parts = append(parts, e.names(orgs, true))
	}
	if !isPart(e.it) || len(it.Editor) == 0 {
		if r := e.roleStatement(it.Editor, true); r != "" {
			parts = append(parts, r)
		}
	}
	if r := e.roleStatement(it.Translator, false); r != "" {
		parts = append(parts, r)
	}
	if it.Type == "thesis" && it.Publisher != "" && e.ed == ed100 {
		// The university of a thesis follows its author: "/ Величковский
		// Б. Б. ; Московский государственный университет. – Москва, 2017"
		// (GOST R 7.0.100-2018 examples of dissertations). The older
		// editions' examples name no university: "Фенухин В. И.
		// Этнополитические конфликты ... : дис. ... канд. полит. наук. М.,
		// 2002." (GOST R 7.0.5-2008), "... / Белозеров Иван Валентинович. –
		// М., 2002. – 215 с." (GOST 7.1-2003, Appendix A).
		parts = append(parts, it.Publisher)
	}
	if len(parts) > 0 {
		e.b.WriteString(" / " + strings.Join(parts, " ; "))
	}
}

// thesisAuthor is the statement of responsibility of a dissertation or
// its abstract whose author's given names are known in full: surname
// first and the names in full, as on the title page — "/ Величковский
// Борис Борисович ;" (GOST R 7.0.100-2018, Appendix A), "/ Белозеров Иван
// Валентинович." (GOST 7.1-2003, Appendix A); an English name as an
// English title page prints it, "/ John Robert Smith". Empty otherwise.
func (e *gostEntry) thesisAuthor(ps []bib.Name) string {
	if e.it.Type != "thesis" || e.ed == ed705 || len(ps) != 1 {
		return ""
	}
	given := strings.TrimSpace(ps[0].Given)
	if given == "" || strings.Contains(given, ".") || len(strings.Fields(given)) < 2 {
		return ""
	}
	if !e.t.familyFirst {
		return given + " " + familyName(ps[0])
	}
	return familyName(ps[0]) + " " + given
}

// names lists names initials first, joined by commas: all of one to
// three; of four or more the first three (threeOfMany, GOST R
// 7.0.100-2018, 5.1.5.4) or the first (GOST 7.1-2003, 5.2.6.9; GOST R
// 7.0.5-2008), then "[и др.]".
func (e *gostEntry) names(ns []bib.Name, threeOfMany bool) string {
	limit := len(ns)
	if limit > 3 {
		limit = 1
		if threeOfMany {
			limit = 3
		}
	}
	var s strings.Builder
	for i, a := range ns[:limit] {
		if i > 0 {
			s.WriteString(", ")
		}
		s.WriteString(directName(a))
	}
	if limit < len(ns) {
		s.WriteString(" " + e.t.etAl)
	}
	return s.String()
}

// roleStatement names editors or translators after their role, the role
// in full in 7.0.100-2018 (its examples: "редактор", "перевод с
// английского") and abbreviated by GOST R 7.0.12-2011 in the older
// editions ("ред.", "пер."), names initials first in the nominative.
func (e *gostEntry) roleStatement(ns []bib.Name, editor bool) string {
	if len(ns) == 0 {
		return ""
	}
	role := e.t.transAbbr
	switch {
	case editor && e.ed == ed100 && len(ns) > 1:
		role = e.t.editors
	case editor && e.ed == ed100:
		role = e.t.editor
	case editor:
		role = e.t.editorAbbr
	case e.ed == ed100:
		role = e.t.translator
	}
	var s strings.Builder
	s.WriteString(role)
	limit := len(ns)
	if limit > 3 {
		limit = 1
	}
	for i, n := range ns[:limit] {
		if i > 0 {
			s.WriteByte(',')
		}
		s.WriteString(" " + directName(n))
	}
	if limit < len(ns) {
		s.WriteString(" " + e.t.etAl)
	}
	return s.String()
}

// hostArea writes the host's title and, for a book host, its editors
// (GOST R 7.0.100-2018, 7.3.4: the first statement of responsibility of
// the host is required).
func (e *gostEntry) hostArea() {
	it := e.it
	main, other := splitTitle(it.ContainerTitle)
	e.b.WriteString(main)
	if other != "" {
		e.b.WriteString(" : " + other)
	}
	if e.ed != ed71 && (it.Type == "webpage" || it.Type == "post-weblog" || it.Type == "post") {
		// 7.0.100-2018, 7.3.3 examples: "// Высшая школа экономики :
		// [сайт]"; GOST R 7.0.5-2008 examples: "// Восточный фронт армии
		// адмирала А. В. Колчака : [сайт]".
		e.b.WriteString(" : " + e.t.website)
	}
	if r := e.roleStatement(it.Editor, true); r != "" {
		e.b.WriteString(" / " + r)
	}
}

// hostFacts writes the host's edition, publication, volume, issue and the
// part's pages, each as an area (GOST R 7.0.100-2018, 7.3; GOST 7.1-2003,
// 7.1.5): "// Вопросы экономики. – 2018. – Т. 6, № 2. – С. 102–116";
// GOST R 7.0.5-2008 with periods: "// Вопр. экономики. 2006. № 2. С. 43–56.".
func (e *gostEntry) hostFacts() {
	it := e.it
	add := func(s string) {
		if s != "" {
			e.area(s)
		}
	}
	if isSerialHost(it) {
		add(e.year())
		issue := ""
		if it.Issue != "" {
			issue = e.t.issue + nbsp + it.Issue
		}
		if dm := e.dayMonth(); dm != "" && it.Type != "legislation" && it.Type != "article-journal" {
			// A newspaper's issue follows its date: "– 2002. – 8 июня
			// (№ 104)" (GOST 7.1-2003, 7.2 examples).
			if issue != "" {
				dm += " (" + issue + ")"
				issue = ""
			}
			add(dm)
		}
		var vi []string
		if it.Volume != "" {
			vi = append(vi, e.t.volume+nbsp+it.Volume)
		}
		if issue != "" {
			vi = append(vi, issue)
		}
		add(strings.Join(vi, ", "))
	} else {
		add(e.editionStatement())
		add(e.publication())
		if it.Volume != "" {
			add(e.t.volume + nbsp + it.Volume)
		}
	}
	switch {
	case it.Type == "legislation" && it.Section != "":
		add(e.t.article + nbsp + it.Section)
	case it.Page != "":
		add(e.t.pages + nbsp + dashRange(it.Page))
	}
	// The series of a part, or a serial's rubric, closes the host's
	// description: "// Мир библиографии. – 1998. – № 2. – С. 81–82. –
	// (Biblioarchivum)" (GOST 7.1-2003, 7.2 examples).
	add(e.series())
}

// wholeFacts writes the edition, publication, physical description and
// series areas of a whole resource.
func (e *gostEntry) wholeFacts() {
	it := e.it
	add := func(s string) {
		if s != "" {
			e.area(s)
		}
	}
	add(e.editionStatement())
	pub := e.publication()
	if pub == "" {
		pub = e.year()
	}
	add(pub)
	if it.Type == "webpage" || it.Type == "article-newspaper" || it.Type == "article-magazine" {
		add(e.dayMonth())
	}
	// Physical description: the page count, "250 с." (7.0.100-2018, 6.6;
	// 7.1-2003, 5.5); pages of a part cited as a whole, "С. 5–10".
	switch {
	case it.NumberOfPages != "":
		add(it.NumberOfPages + nbsp + e.t.pageCount)
	case it.Page != "":
		add(e.t.pages + nbsp + dashRange(it.Page))
	}
	add(e.series())
	if it.Archive != "" || it.ArchiveLocation != "" {
		add(strings.TrimSpace(strings.Join([]string{it.Archive, it.ArchiveLocation}, ". ")))
	}
}

// notes writes the identifier and note areas: ISBN, DOI, then the URL
// with the date of access — "URL: … (дата обращения: 23.04.2025)"
// (GOST R 7.0.5-2008, references to electronic resources; GOST R
// 7.0.100-2018, notes area), "Режим доступа: …" in GOST 7.1-2003 (7.82-2001 form).
//
// In a GOST R 7.0.5-2008 reference they follow with ". " like every area
// (its example: "// Жилищное право. 2007. № 1. URL:
// http://www.gilpravo.ru (дата обращения: 20.08.2007)").
func (e *gostEntry) notes() {
	it := e.it
	area := e.area
	if it.ISBN != "" && !isPart(it) {
		area("ISBN " + it.ISBN)
	}
	if it.DOI != "" {
		area("DOI: " + it.DOI)
	}
	if it.URL == "" {
		return
	}
	if e.ed == ed71 {
		area(e.t.accessMode + ": " + it.URL)
	} else {
		area("URL: " + it.URL)
	}
	if it.Accessed != nil {
		e.b.WriteString(" (" + e.t.accessed + ": " + dottedDate(it.Accessed) + ")")
	}
}

// editionStatement: "2-е изд." (7.1-2003, 5.3), "2-е издание" (7.0.100-2018
// writes words in full), "2nd ed.", "2-бас.".
func (e *gostEntry) editionStatement() string {
	ed := strings.TrimSpace(e.it.Edition)
	if ed == "" {
		return ""
	}
	if !isNumber(ed) {
		return ed
	}
	return e.t.edition(ed, e.ed == ed100)
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// publication: "Place : Publisher, Year" (7.0.100-2018, 6.5; 7.1-2003,
// 5.4); "[Б. м.]" when only the publisher is known; the place of a thesis
// without its university is "Москва, 2010".
func (e *gostEntry) publication() string {
	it := e.it
	place := placeName(it.PublisherPlace, e.ed == ed100)
	pub := it.Publisher
	if it.Type == "thesis" {
		pub = "" // in the statement of responsibility
	}
	var s strings.Builder
	switch {
	case place != "" && pub != "":
		s.WriteString(place + " : " + pub)
	case place != "":
		s.WriteString(place)
	case pub != "":
		s.WriteString(e.t.noPlace + " : " + pub)
	}
	if y := e.year(); y != "" {
		if s.Len() > 0 {
			s.WriteString(", ")
		}
		s.WriteString(y)
	}
	return s.String()
}

// year is the year of issue, a range with an en dash ("1993–1994").
func (e *gostEntry) year() string {
	d := e.it.Issued
	if d == nil {
		return ""
	}
	if len(d.Parts) == 0 {
		return d.Literal
	}
	y := strconv.Itoa(d.Parts[0][0])
	if len(d.Parts) > 1 && d.Parts[1][0] != d.Parts[0][0] {
		y += "–" + strconv.Itoa(d.Parts[1][0])
	}
	return y
}

// dayMonth is the day and month of a newspaper issue or a web page,
// "15 мая" (7.0.100-2018 examples: "– 2019. – 2 авг.").
func (e *gostEntry) dayMonth() string {
	d := e.it.Issued
	if d == nil || len(d.Parts) == 0 || len(d.Parts[0]) < 2 {
		return ""
	}
	m := d.Parts[0][1]
	if m < 1 || m > 12 {
		return ""
	}
	if len(d.Parts[0]) < 3 {
		return e.t.months[m-1]
	}
	return strconv.Itoa(d.Parts[0][2]) + nbsp + e.t.months[m-1]
}

// series: "(Series ; 5)" (7.0.100-2018, 6.7; 7.1-2003, 5.6).
func (e *gostEntry) series() string {
	it := e.it
	if it.CollectionTitle == "" {
		return ""
	}
	if it.CollectionNumber != "" {
		return "(" + it.CollectionTitle + " ; " + it.CollectionNumber + ")"
	}
	return "(" + it.CollectionTitle + ")"
}

// dottedDate writes a date of access "23.04.2025".
func dottedDate(d *bib.Date) string {
	if len(d.Parts) == 0 {
		return d.Literal
	}
	p := d.Parts[0]
	s := strconv.Itoa(p[0])
	if len(p) > 1 {
		s = twoDigits(p[1]) + "." + s
	}
	if len(p) > 2 {
		s = twoDigits(p[2]) + "." + s
	}
	return s
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// dashRange writes a range with an en dash, "102–116" (GOST R
// 7.0.100-2018 and GOST 7.1-2003 write ranges with an en dash).
func dashRange(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	b := []byte(s)
	var out strings.Builder
	for i, c := range b {
		if c == '-' && i > 0 && i+1 < len(b) && isDigitByte(b[i-1]) && isDigitByte(b[i+1]) {
			out.WriteString("–")
			continue
		}
		out.WriteByte(c)
	}
	return out.String()
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
