package bib

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entryKind says what a printed entry is beyond a plain reference.
type entryKind int

const (
	kindFull   entryKind = iota
	kindIbid             // Ibid., Там же: the work of the entry above
	kindShort            // "Author, op. cit.": an earlier work of that author
	kindIdem             // Он же, Idem: the author of the entry above, a new work
	kindFailed           // nothing could be read
)

// parsed is a Ref with what resolution across entries needs.
type parsed struct {
	Ref
	kind       entryKind
	urls       []Found // every URL printed in the entry, in order
	short      []Name  // the author named by a shortened repeat
	number     string  // the designation of a standard that heads the entry
	patent     string  // the number of an author's certificate that heads the entry
	deposit    string  // the number of a deposited manuscript ("Деп. в ИНИОН … № 59159")
	urlOnly    bool    // the URL field came from the entry's only URL
	plain      string  // Raw with one plain space between words (singleSpaced)
	rawLow     string  // plain lower-cased, once per entry for every step that asks
	talk       bool    // cited as a talk at a named conference (talkAtConference)
	inBook     bool    // the host was introduced as a book ("В книге:", "В кн.:")
	givenHead  []Name  // persons named given name first before a title in Markdown emphasis (givenFirstHeading)
	headText   string  // the text givenHead was read from
	shortTitle bool    // a note of a title and a page alone, which may be the first words of an earlier note's title (Chicago 17, 14.29)
	published  *Date   // the day a page was put online, "Дата публ.: 12.09.2024", its date when no other is printed
	wholeTitle string  // text that is the whole title when the title opens what is left: the first span in single asterisks holding a sentence end, or what precedes "[Электронный ресурс]"
}

var (
	nbspRe       = lazyRegexp(`[\x{00a0}\x{2007}\x{202f}\t]`)
	accessedRe   = lazyRegexp(`(?i)[(\[]\s*(?:accessed|last accessed|date accessed|retrieved|viewed|date of access|access date|data\s+obra[sš]\p{L}*|data\s+zvernenn\p{L}*|дата обращения|дата звернення|дата звароту|қаралған күні|қаралды|дата доступа|ссылка активна на|посилання активне на|цитируется по|цитовано)(?:\s+on)?\s*:?\s*([^)\]]*)[)\]]`)
	publishedOn  = lazyRegexp(`(?i)\s*[–—-]?\s*дата\s+(?:публ\.|публикации|публікації|апубл\.)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4})\.?`)
	accessedBare = lazyRegexp(`(?i)(?:accessed|retrieved|viewed|access\s+date|data\s+obra[sš]\p{L}*|data\s+zvernenn\p{L}*|дата\s+обращения|дата\s+доступа|дата\s+звернення|дата\s+звароту|қаралған\s+күні|ссылка\s+активна\s+на|посилання\s+активне\s+на)(?:\s+on)?\s*:?\s*(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})(?:,?\s*from)?`)
	bareMediumRe = lazyRegexp(`(?i)((?:электронный|электрон\.|електронний|электрондық)\s+ресурс|electronic\s+resource)\s*[:.]?`)
	mediumRe     = lazyRegexp(`(?i)\[\s*(electronic resource|электронный ресурс|электрон\.\s*ресурс|электрондық ресурс|ел[еe]кт\p{L}{3,6}ий ресурс|електрон\.\s*ресурс|электронны рэсурс|online|интернет|інтернет)\s*\]`)
	textMarkRe   = lazyRegexp(`(?i)\[\s*(?:текст|text|мәтін)\s*\]`)
	contentRe    = lazyRegexp(`(?i)[.\s]*[–—-]?\s*(?:текст|text|мәтін|изображение)\s*:\s*(электронный|непосредственный|electronic|unmediated|электронды|тікелей)`)
	langRe       = lazyRegexp(`(?i)[(\[]\s*((?:in|на)\s*(chinese|russian|russ|kazakh|english|ukrainian|ukr|belarusian|german|french|japanese|korean|turkish|рус|каз|англ|укр|бел|кит)\.?(?:\s+(?:яз|lang)\.?)?)\s*[)\]]`)
	ibidRe       = lazyRegexp(`(?i)^(?:ibid(?:em)?|ib|там\s+же|там\s+само|tam\s+zhe|tam\s+samo|тамсама|сонда|id|loc\.?\s*cit)\.?(?:$|[\s,.:;—–-])`)
	// seeRe is a note's or list entry's referral word, no part of the
	// work: "См.:", "См., напр.:", "Подробнее см.:", "Див., наприклад:",
	// "Cf.", "See also"; and the language of a translation that an
	// encyclopedia's list names first ("Рус. пер. — Title").
	seeRe        = lazyRegexp(`(?i)^(?:(?:рус|бел|укр|каз|англ|нем|франц)\.\s*пер\.\s*[—–-]\s*|(?:подробнее\s+)?(?:см|див|cf|ср|пор)[.,](?:\s+(?:также|також|also))?(?:,?\s*(?:напр\.|например|наприклад|e\.\s?g\.))?,?\s*:?|see\s+also\s*:?|see\s*:|подробнее\s*:)\s*`)
	asCitedRe    = lazyRegexp(`(?i)^(?:as\s+cited\s+in|cited\s+in|quoted\s+in|цит\.?\s+по|цит\.?\s+за|цыт\.?\s+па|цитата\s+по)\s*:?\s*`)
	idemRe       = lazyRegexp(`(?i)^(?:он\s+же|она\s+же|они\s+же|его\s+же|idem|eadem|його\s+ж|її\s+ж)[.,]?\s+`)
	leadingPages = lazyRegexp(`^[\s,.:]*(?:pp?|С|с|стр|Б|б|S)\.\s*(\d+(?:\s*[-–—]\s*\d+)?(?:\s+(?:and|и|та|і)\s+\d+)?)(?:[,:;]\s+\p{L}|\.\s+\p{Lu}|\.?\s*$)`)
	locatorRe    = lazyRegexp(`(?:^|[\s,.:;—–])(?:(?:С|C|с|P|p|Pp|pp|Б|б|S|s|стр)\.?\s*)?(\d+(?:\s*[-–—]\s*\d+)?|[ivxlc]{1,6}(?:\s*[-–—]\s*[ivxlc]{1,6})?)\s*\.?\s*$`)
	apaYear      = lazyRegexp(`^\s*[,.]?\s*\(\s*(\d{4}[a-z]?|n\.\s?d\.|б\.\s?г\.)(?:\s*,\s*([^)]*))?\)\s*[.,]?\s*`)
	cmsYear      = lazyRegexp(`^\s*[.,]?\s*(\d{4})[a-z]?(?:\.\s*|,\s*)\p{Lu}`)
	quoteOpen    = "“\"«„‘'"
	orgAPA       = gate(`^(\p{Lu}[^.()]{1,120}?)\.\s*\(\s*(\d{4}[a-z]?|n\.\s?d\.)(?:\s*,\s*([^)]*))?\)\s*\.\s*`, false, "(").checkedBy(mayOrgAPA)
	parenImprint = gate(`\s\(([^()]{2,60}:\s*[^()]{2,80},\s*\d{4})\)`, false, "(").checkedBy(mayParenImprint)
	apaBracket   = gate(`\s*\[([^\[\]]*(?:dissertation|thesis|report|диссертация)[^\[\]]*)\]`, false, "dissertation", "thesis", "report", "диссертация")
)

// Parse reads one reference as printed (without its list label) into a Ref.
// The raw text is kept as given; an entry that cannot be read keeps empty
// fields and a warning.
func Parse(raw string) Ref {
	return parseEntry(raw, newListText(raw), false).Ref
}

func parseEntry(raw string, ctx *listText, footnote bool) parsed {
	p := parsed{Ref: Ref{Raw: raw}, plain: raw}
	if strings.Contains(raw, "&") && strings.Contains(raw, ";") {
		// "Title. &mdash; 141 c.": a list copied from a page's source.
		p.plain = html.UnescapeString(raw)
	}
	if strings.Contains(p.plain, "~") || strings.Contains(p.plain, "--") {
		p.plain = texTypography(p.plain)
	}
	if hasOddSpace(p.plain) || strings.Contains(p.plain, "  ") {
		p.plain = singleSpaced(p.plain)
	}
	p.plain = lostSpaces(p.plain)
	if fixed := mojibakeGuillemets(p.plain); fixed != p.plain {
		p.Repairs = append(p.Repairs, Repair{Field: "text", Before: p.plain, After: fixed, Rule: RuleMojibakeGuillemets})
		p.plain = fixed
	}
	p.rawLow = lower(p.plain)
	it := &p.Item
	s, low := p.plain, p.rawLow
	s, reps, warns := unlink(s)
	p.Repairs = append(p.Repairs, reps...)
	p.Warnings = append(p.Warnings, warns...)

	// URLs and DOIs first: everything after them is read with them removed.
	p.urls = findURLs(s, ctx.raw)
	var accessedAfter string
	s = withoutURLs(s, p.urls)
	for _, f := range p.urls {
		p.Repairs = append(p.Repairs, f.Repairs...)
		if f.After != "" {
			accessedAfter = f.After
		}
		if d := DOIOf(f.URL); d != "" {
			if it.DOI == "" {
				it.DOI = d
			}
			if f.Label != "URL" {
				continue
			}
		}
		if it.URL == "" {
			it.URL = f.URL
			p.urlOnly = true
		} else if it.URL != f.URL {
			p.urlOnly = false
			p.Warnings = append(p.Warnings, "more than one URL; kept the first, "+f.URL+" is not stored in a field")
		}
	}
	if m := findDOILabel(s, it.DOI == ""); m != nil {
		d, end := s[m[2]:m[3]], m[1]
		for _, dash := range []string{".–", ".—"} {
			if i := strings.Index(d, dash); i > 0 {
				d, end = d[:i], m[2]+i // "DOI 10.3390/x.–Текст : электронный": the next area
			}
		}
		if next, nend := nextToken(s, end); strings.HasSuffix(d, ".") && doiWrapTok.MatchString(next) {
			joined := d + strings.TrimRight(next, ".,;")
			p.Repairs = append(p.Repairs, Repair{Field: "DOI", Before: s[m[2]:nend], After: joined, Rule: RuleDOIWrap})
			d, end = joined, nend
		}
		if d = normalizeDOI(d); wellFormedDOI.MatchString(d) {
			it.DOI = d
			s = s[:m[0]] + " " + s[end:]
		} else {
			p.Warnings = append(p.Warnings, "DOI "+d+" is not well formed (10.NNNN/suffix); not stored")
		}
	} else if m := findBareDOI(s, it.DOI == ""); m != nil {
		d := s[m[2]:m[3]]
		if i := strings.LastIndex(d, "PMC"); i > 0 && strings.Trim(d[i+3:], "0123456789") == "" {
			d = d[:i] // PubMed's export glues the PMC number (and PMID) on
		}
		it.DOI = normalizeDOI(d)
		s = s[:m[2]] + s[m[1]:]
	}

	mayAccess := containsAny(low, "access", "retriev", "viewed", "дата", "активн", "data obra", "data zvern", "қаралған", "қаралды", "цитируется", "цитовано")
	if mayAccess {
		s = readAccessed(&p, s)
		if m := publishedOn.FindStringSubmatchIndex(s); m != nil {
			// "– Дата публ.: 12.09.2024": the day a page was put online
			// (the examples of Belarus's VAK), the page's date.
			p.published = parseDate(s[m[2]:m[3]])
			s = s[:m[0]] + s[m[1]:]
		}
	}
	if it.Accessed == nil {
		s = readWebMedium(&p, s)
	}
	if it.Accessed == nil {
		s = readDateBeforeLink(&p, s)
	}
	if it.Accessed == nil && accessedAfter != "" {
		// A bare date right after the URL of a web page is its access date.
		it.Accessed = parseDate(accessedAfter)
	}
	if strings.Contains(s, "[") {
		if m := mediumRe.FindStringSubmatchIndex(s); m != nil {
			it.Medium = s[m[2]:m[3]]
			if before := strings.TrimSpace(s[:m[0]]); !strings.Contains(before, "/") && !hasAreaDash(before) {
				// GOST 7.1-2003, 4.2.3: the designation follows the title
				// proper, sentences and all ("Flask. Документация
				// [Электронный ресурс]").
				p.wholeTitle = before
			}
			s = s[:m[0]] + " " + s[m[1]:]
		}
		s = textMarkRe.ReplaceAllString(s, " ")
	}
	if it.Medium == "" && it.URL != "" && containsAny(low, "ресурс", "resource") {
		// "Title. Электронный ресурс: http://…": the designation typed
		// without its brackets before a link.
		if m := bareMediumRe.FindStringSubmatchIndex(s); m != nil {
			it.Medium = s[m[2]:m[3]]
			s = s[:m[2]] + " " + s[m[1]:]
		}
	}
	if m := findContent(s, low); m != nil {
		if k := foldKey(m[1]); k == "электронный" || k == "electronic" || k == "электронды" {
			it.Medium = m[1]
		}
		s = strings.Replace(s, m[0], " ", 1)
	}
	if m := findIf(langRe, s, containsAny(low, "(in", "[in", "(на ", "[на ")); m != nil {
		it.Language = languageCode(m[2])
		it.Note = m[1]
		if i := strings.Index(s, m[0]); strings.HasPrefix(strings.TrimSpace(m[0]), "[") && strings.HasPrefix(s[i+len(m[0]):], ", ") && startsUpper(s[i+len(m[0])+2:]) && !hasAnyPrefix(s[i+len(m[0])+2:], []string{"No.", "Vol.", "V."}) {
			// "Title [in Russian], Publisher, Place (1955)" (AIP): the
			// note closes the title (a journal's, "[in Russian], No. 11,
			// 7–11 (2007)", is read with its numbers).
			s = s[:i] + ". " + s[i+len(m[0])+2:]
		} else {
			s = strings.Replace(s, m[0], " ", 1)
		}
	}
	if m := findIf(isbnRe, s, strings.Contains(low, "isbn")); m != nil {
		it.ISBN = strings.TrimSpace(m[1])
		s = strings.Replace(s, m[0], " ", 1)
	}
	if m := findIf(issnRe, s, strings.Contains(low, "issn")); m != nil {
		it.ISSN = m[1]
		s = strings.Replace(s, m[0], " ", 1)
	}
	if strings.Contains(s, "*") {
		p.wholeTitle = italicSentences(s)
	}
	if includes(s, ". *") || includes(s, ". _") {
		if names, rest := givenFirstHeading(s); names != nil {
			p.givenHead, p.headText = names, strings.TrimSpace(s[:len(s)-len(rest)])
		}
	}
	if strings.HasPrefix(s, "*") {
		s = stopAfterHeading(s)
	} else if i := strings.Index(s, " *"); i > 0 && i < 120 && !strings.Contains(s[:i], ". ") {
		if w := lastWord(s[:i]); utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
			// "Rusanov V D, Fridman A A *Title*": the names end at the
			// title's emphasis, their last initial undotted.
			s = s[:i] + "." + s[i:]
		}
	}
	if strings.ContainsAny(s, "*_") || strings.Contains(s, "''") {
		s = replaceEmphasis(s, func(m string) string { return strings.Trim(m, "*_'") })
	}
	if strings.Contains(s, "\\") {
		s = mdEscape.ReplaceAllString(s, "$1")
		if len(s) > 1 && s[0] == '\\' && enIsLetter(s[1]) {
			s = s[1:] // "\W. H. Kersting, …": a stray backslash before the first initial
		}
	}
	s = strings.ReplaceAll(s, "...", "…")
	s = dropAffiliationMarks(s)
	s = cleanSeparators(dropNotes(translationAfterStop(parallelTranslation(s))))
	if footnote || strings.Contains(s, "; ") {
		s = firstWorkOfNote(s, footnote)
	}
	if m := findIf(seeRe, s, s != "" && seeStarts[s[0]]); m != nil {
		s = s[len(m[0]):]
	} else if strings.Contains(s, ":") && containsAny(s, "см", "див", "См", "Див") {
		if m := seeInside.FindStringIndex(s); m != nil && m[0] < 300 {
			s = s[m[1]:] // "Огляд праць про мову див.: Багалій Д. …": the note's words before the work
		}
	}

	// Back-references.
	switch {
	case mayBeIbid(s) && ibidRe.MatchString(s):
		p.kind = kindIbid
		rest := ibidRe.ReplaceAllString(s, "")
		if i := strings.Index(rest, "; "); i >= 0 {
			rest = rest[:i] // "Ibid., 2-14; Name, Title…": the next work cited in the note
		}
		if t := strings.TrimLeft(rest, " ,.:"); startsDivision(t) {
			// "Ibid., Chapter 3 (Memory Management)": the chapter cited.
			p.Locator = divisionCited(t)
		} else if m := leadingPages.FindStringSubmatch(rest); m != nil {
			// "Ibid., p. 6, phase 3.", "Ibid., p. 4: the instruction …": the
			// page the note opens with, comment after it.
			p.Locator = normDash(m[1])
			if strings.IndexFunc(m[1], unicode.IsLetter) >= 0 {
				p.Locator = strings.Join(strings.Fields(m[1]), " ") // "4 and 8"
			}
		} else if m := locatorRe.FindStringSubmatchIndex(rest); m != nil && !archiveLeaf(rest[:m[2]]) {
			p.Locator = normDash(rest[m[2]:m[3]])
		}
		// "Там само. Т. 7. С. 18": the same work, another volume.
		p.Item.Volume = strings.TrimRight(findVolume(rest), ".")
		return p
	case mayBeOpCit(low):
		head, after, ok := opCit(s)
		if !ok {
			break
		}
		if names, _, _ := parseNames(strings.TrimSpace(head)); len(names) > 0 {
			p.kind = kindShort
			p.short = names
			if lm := locatorRe.FindStringSubmatch(after); lm != nil {
				p.Locator = normDash(lm[1])
			}
			return p
		}
	}
	if m := asCitedRe.FindString(s); m != "" {
		p.AsCitedIn = true
		s = s[len(m):]
	} else if i := citedViaIndex(s, low); i >= 0 {
		// "ЦА ФСБ. Ф. 3. Оп. 4. Д. 1. Л. 16. Цит. по: Family I. Title…":
		// the note names the work it quotes the document from.
		p.AsCitedIn = true
		s = s[i:]
		p.plain, p.rawLow = s, lower(s) // the archive's shelf-mark types nothing
	}
	if m := idemRe.FindString(s); m != "" {
		p.kind = kindIdem
		s = s[len(m):]
	}
	compilers, s := compilersLead(s)
	if t := tail(s, 12); emptyPageAt(t) >= 0 {
		p.Warnings = append(p.Warnings, "the cited page is empty")
		s = s[:len(s)-len(t)+emptyPageAt(t)]
	}

	var jurisdiction, site string
	jurisdiction, s = lawHeading(s)
	act := false
	if jurisdiction == "" {
		s, act = actHeading(s)
	}
	if jurisdiction == "" && !act {
		s, act = quotedAct(s)
	}
	if jurisdiction == "" && !act {
		s, act = kazakhPlainAct(s)
	}
	if t, ok := talkAtConference(s); ok {
		s, p.talk = t, true
	}
	if !act && gazetteOnly(s) {
		s = "// " + s // the gazette is the act's host; no title is printed
	}
	platform := ""
	if len(p.urls) > 0 {
		platform, s = readingPlatform(s)
	}
	if m := ruleHead.FindString(s); m != "" {
		s, act = s[len(m):], true // "НП-093-14. Title": federal norms and rules are acts
	}
	site, s = siteHeading(s, p.urls)
	if !readPhysics(&p, s) && !readPleiades(&p, s) && (hasCyrillic(s) || !readTranslitThesis(&p, s, footnote)) && (gostDesignation(p.plain) || translitJournal(s) || gostLatinBook.MatchString(s) || translitImprint.MatchString(s) || !readEnglish(&p, s, footnote)) {
		if site == "" {
			// Left to the GOST reader: English styles read an organisation
			// as author themselves.
			site, s = orgHeading(s)
		}
		readBody(&p, s, footnote)
		if m := quotedIssue.FindStringSubmatch(s); m != nil && len(it.Author) == 0 && it.ContainerTitle == "" {
			periodicalIssue(it, m)
		}
		if apaYearAfterNames(p.plain) {
			// APA 7 with Cyrillic names and titles: the link is the URL
			// too, as the English reader keeps it.
			doiLinkURL(&p)
		} else {
			// GOST: a "https://doi.org/…" link printed on its own is the
			// work's URL as well as its DOI; after "DOI:" it names the DOI
			// alone (the gold file's 002-09, 002-11).
			unlabelledDOILinkURL(&p)
		}
	}
	if compilers != nil {
		it.Editor = append(compilers, it.Editor...)
	}
	if jurisdiction != "" && len(it.Author) == 0 {
		it.Author = []Name{{Literal: jurisdiction}}
		it.Type = "legislation"
	}
	if t := it.Title; t != "" && isDigit(t[len(t)-1]) {
		// The designations end with a figure; most titles do not.
		if m := ruleTail.FindStringIndex(t); m != nil && m[0] > 0 {
			it.Title, act = t[:m[0]], true
		} else if m := guideTail.FindStringIndex(t); m != nil && m[0] > 0 {
			it.Title, it.Type = t[:m[0]], "standard"
		} else if m := rfcTail.FindStringSubmatchIndex(t); m != nil && m[0] > 0 {
			it.Title, it.Type, it.Number = t[:m[0]], "standard", t[m[2]:m[3]] // "The WebSocket Protocol. RFC 6455"
		}
	}
	if m := approvedByAct.FindStringIndex(it.Title); m != nil && m[0] > 0 {
		it.Title, act = cleanTitle(it.Title[:m[0]]), true
	} else if !act && it.Type != "legislation" && containsAny(p.rawLow, approvedByAct.stems...) && approvedByAct.re.MatchString(p.plain) {
		act = true
		for _, w := range [...]string{"утв", "затв", "utv"} {
			if t, ok := strings.CutSuffix(it.Title, ": "+w); ok {
				it.Title = t // the title cut at the approval's abbreviation, "Title: utv. Prikazom …"
			}
		}
	}
	if it.Type == "legislation" || act {
		it.Title = strings.TrimSpace(revisionNotes.ReplaceAllString(it.Title, ""))
		if m := actDateTail.FindStringIndex(it.Title); m != nil && m[0] > 0 {
			it.Title = it.Title[:m[0]] // "Господарський кодекс України від 16 січня 2003 р."
		}
	}
	if act {
		it.Type = "legislation"
		if it.ContainerTitle == "" {
			// "— No 191-IV": the act's own number, no part of a volume.
			it.Volume, it.Issue = "", ""
		}
	}
	if site != "" && len(it.Author) == 0 {
		it.Author = []Name{{Literal: site}}
	}
	if t, ok := strings.CutSuffix(it.Title, " [Internet]"); ok {
		// Citing Medicine, ch. 22: "Title [Internet]" names the medium.
		it.Title = t
		if it.Medium == "" {
			it.Medium = "Internet"
		}
	}
	if it.Issued == nil && p.published != nil {
		it.Issued = p.published
	}
	isoDateTail(it)
	conferenceVenue(it)
	emphasisSpans(&p)
	copyrightHost(it)
	divisionLocator(&p)
	repairWords(&p, ctx)
	trimHostNumbers(it)
	if it.Type == "article-journal" && strings.Contains(it.Title, ", ") {
		pleiadesHost(it, p.plain)
	}
	dropHostExtent(it)
	if platform != "" {
		it.ContainerTitle = platform // after dropHostExtent: the page count is the book's own
		if it.Type == "webpage" || it.Type == "chapter" {
			it.Type = "book"
		}
	}
	volumeOfTwoIssues(it, p.plain)
	if it.Issued == nil {
		it.Issued = actDate(p.plain)
	} else if it.Type == "legislation" && it.ContainerTitle == "" && len(it.Issued.Parts) == 1 && len(it.Issued.Parts[0]) == 1 {
		// An act cited from a gazette is dated by the gazette's issue.
		if d := actDate(p.plain); d != nil && d.Year() == it.Issued.Year() {
			it.Issued = d // "від 5 верес. 2017 р.": the act's day, not its year alone
		}
	}
	droppedImprint(it)
	if t, c, ok := strings.Cut(it.Title, " / "); ok && it.ContainerTitle == "" && (it.Volume != "" || it.Issue != "") && startsUpper(c) && !strings.ContainsAny(c, ".,") {
		// "Title / Journal. 2020; 1(98):16-21.": GOST's slashes typed
		// once before a journal's name in a Vancouver entry; what follows
		// the slash names no person.
		it.Title, it.ContainerTitle, it.Type = t, c, "article-journal"
		if book, ok := strings.CutPrefix(c, "In: "); ok {
			// "Title / In: Encyclopedia of …. Place: Publisher, 2011. Vol. 4.
			// PP. 571-579.": a part of a book.
			it.ContainerTitle, it.Type = book, "chapter"
			if encyclopediaRe.MatchString(book) {
				it.Type = "entry-encyclopedia"
			}
		}
		if it.Issued == nil {
			if m := findYear(p.plain); m != nil {
				it.Issued = parseDate(p.plain[m[2]:m[3]])
			}
		}
	}
	if p.Locator != "" {
		// "Family, Title, p. 52.": the page cited read off with its mark
		// left behind.
		it.Title = strings.TrimSuffix(strings.TrimSuffix(it.Title, ", pp"), ", p")
	}
	if !strings.ContainsFunc(it.Title, unicode.IsLetter) {
		it.Title = "" // numbers and marks alone name no work
	}
	if it.Title == "" && len(it.Author) == 0 && it.ContainerTitle == "" && it.Archive == "" {
		if p.kind != kindIdem {
			p.kind = kindFailed
		}
		p.Warnings = append(p.Warnings, "no author or title could be read")
	}
	return p
}

// apaYearAfterNames reports APA 7's year in parentheses closing the
// names, "Family, I. I. (2019). Title", as lists of Cyrillic references in
// that style print it.
func apaYearAfterNames(s string) bool {
	i := strings.Index(s, ". (")
	if i < 0 || i > 200 {
		return false
	}
	t := s[i+len(". ("):]
	return startsYear(t) && strings.HasPrefix(t[4:], "). ")
}

// readingPlatform splits off the electronic library a book is read on,
// which GOST R 7.0.100-2018 names after "//" at the end of the book's own
// description: "… – Москва : Юрайт, 2020. – 128 с. – Текст : электронный
// // Образовательная платформа Юрайт [сайт]. – URL: …", "… // Лань :
// электронно-библиотечная система. – URL: …". The description before the
// slashes holds a year and a page count, as no part's does, and a URL
// follows (the caller knows the entry's URLs); it returns the
// platform's name and the entry without it, or "" and s.
func readingPlatform(s string) (string, string) {
	i := strings.Index(s, "//")
	if i <= 0 {
		return "", s
	}
	comp := s[:i]
	if _, ok := findPageCount(comp); !ok || findYear(comp) == nil {
		return "", s
	}
	host := strings.TrimSpace(s[i+2:])
	rest := ""
	if d, ok := firstAreaDash(host); ok {
		host, rest = host[:d[0]], host[d[1]:]
	}
	name, _, _ := strings.Cut(host, " : ")
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(name, ". "), "[сайт]")) // "Платформа Юрайт [сайт]."
	if name == "" || strings.Contains(name, "//") {
		return "", s
	}
	return name, strings.TrimRight(strings.TrimSpace(comp), " –—-.") + ". – " + rest
}

// collectiveWords open a statement of responsibility that names a team of
// authors: "кол. авт.", "кол. автор.", "авт. кол.", "колектив авторів",
// "коллектив авторов".
var collectiveWords = gate(`(?i)^(?:кол\.\s*авт(?:ор)?\.?|авт\.\s*кол(?:ектив)?\.?|колектив\s+авторів|коллектив\s+авторов|team\s+of\s+authors)\s*[:.,]?\s*`, true, "кол", "team")

// standardTitle is the title of a standard whose designation headed the
// entry, in a description without area dashes: a standard's title is
// sentences of group, subject and aspect ("Защита информации. Разработка
// безопасного программного обеспечения. Общие требования"), which run to
// the imprint, the date it took effect or the end of the entry. It
// returns "" when the areas are marked by dashes or a slash.
func standardTitle(s string) string {
	if hasAreaDash(s) || slashIndex(s) >= 0 {
		return "" // the title runs to the dash or the slash anyway
	}
	if m := effectDate.FindStringIndex(s); m != nil && s[m[0]] == '[' {
		s = s[:m[0]] // "Title [Чинний від 2010-02-18]. Вид. офіц.": the bracket ends it
	}
	for _, m := range punctSpaces(s, ".") {
		after := s[m[1]:]
		if fieldish(after) || isPlace(firstPlace(after)) || placeAndPublisher(after) || effectDateAt(after) {
			return s[:m[0]]
		}
	}
	return strings.TrimRight(strings.TrimSpace(s), ".") // nothing but the title follows the designation
}

// yearSpanBefore reports text that is a span of years ("1849–1856") and
// nothing more up to the slash n bytes on.
func yearSpanBefore(s string, n int) bool {
	if n > len(s) {
		return false
	}
	t := strings.TrimRight(s[:n], " .")
	if len(t) < 9 || !startsYear(t) {
		return false
	}
	d := rangeDash(t, 4)
	y := strings.TrimSpace(t[4+d:])
	return d > 0 && len(y) == 4 && allDigits(y)
}

// effectDateAt reports a date of effect that opens s: "Введ. 2004-07-01".
func effectDateAt(s string) bool {
	m := effectDate.FindStringIndex(firstSentence(s))
	return m != nil && m[0] == 0
}

// sameFamilies reports two non-empty lists of persons with the same family
// names in the same order.
func sameFamilies(a, b []Name) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Family == "" || foldKey(a[i].Family) != foldKey(b[i].Family) {
			return false
		}
	}
	return true
}

// pageOnly is a page and nothing else: "с.49", "p. 12–14".
var pageOnly = gate(`^(?:с|С|стр|p|pp|P|S|б|Б)\.\s*\d+(?:\s*[–-]\s*\d+)?\.?$`, false, ".")

// quotedIssue is a note that cites a periodical's issue by the
// periodical's name in quotation marks alone: "«Большевик», №№13–14, 1928,
// с.74", "«Правда» от 30 сентября 1928".
var quotedIssue = gate(`^[«“"]([^»”"]{2,80}?)[»”"]?,?\s+(?:(?:№№?|No\.?)\s*(\d+(?:\s*[–-]\s*\d+)?)|от\s+(\d{1,2}\s+\pL+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}))`, false, "«", "“", "\"")

// periodicalIssue makes the entry the issue quotedIssue matched: the name
// is the container, no title is printed, and a date with its day makes
// the periodical a newspaper.
func periodicalIssue(it *Item, m []string) {
	it.ContainerTitle, it.Title = strings.TrimSpace(m[1]), ""
	it.Publisher, it.PublisherPlace = "", ""
	it.Type = "article-journal"
	if m[2] != "" {
		it.Issue = strings.ReplaceAll(m[2], " ", "")
	}
	if d := parseDate(m[3]); d != nil {
		it.Issued, it.Type = d, "article-newspaper"
	}
}

// mayBeIbid is ibidRe's prefilter: the letters of Ibid., Id., Там же, Там
// само, Тамсама and Сонда (or Tam zhe, Tam samo transliterated), whatever
// emphasis marks, spaces and full stops stand among them, begin with "ib",
// "id", "тамже", "тамсам", "сонда", "tamzhe" or "tamsam".
func mayBeIbid(s string) bool {
	var first [6]rune
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		first[n] = unicode.ToLower(r)
		if n++; n == len(first) {
			break
		}
	}
	l := string(first[:n])
	return strings.HasPrefix(l, "ib") || strings.HasPrefix(l, "id") || strings.HasPrefix(l, "loccit") || strings.HasPrefix(l, "тамже") || strings.HasPrefix(l, "tamzhe") || strings.HasPrefix(l, "tamsam") ||
		strings.HasPrefix(l, "тамсам") || strings.HasPrefix(l, "сонда")
}

// mayBeOpCit is opCit's prefilter: op. cit., loc. cit., указ. соч.,
// цит. соч., вказ. праця, назв. праця, зазнач. праця, цит. праця, in any
// case.
func mayBeOpCit(s string) bool { return hasOpCitWord(s) }

// findDOILabel finds "DOI: 10.…" when the entry has no DOI yet; the
// search runs only when a DOI prefix "10." is printed.
func findDOILabel(s string, want bool) []int {
	if !want || !strings.Contains(s, "10.") {
		return nil
	}
	return doiLabel.FindStringSubmatchIndex(s)
}

// dropAffiliationMarks drops the affiliation numbers PubMed's pages glue
// to a Vancouver list's initials ("Sulkowski MS1, Moore RD", "Paintsil
// E1, He H"): in the names before the first full stop, digits right after
// one to three capitals that follow a capitalised word and a space, before
// a comma or that full stop.
func dropAffiliationMarks(s string) string {
	head := s
	if i := strings.Index(s, ". "); i > 0 {
		head = s[:i+1]
	}
	if strings.IndexAny(head, "0123456789") < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(head); i++ {
		if !isDigit(head[i]) || i == 0 || !isCapital(head[i-1]) {
			continue
		}
		j := i
		for j < len(head) && isDigit(head[j]) {
			j++
		}
		k := i - 1
		for k > 0 && isCapital(head[k-1]) {
			k--
		}
		if j-i > 2 || i-k > 3 || k < 2 || head[k-1] != ' ' || !enIsLetter(head[k-2]) || j == len(head) || head[j] != ',' && head[j] != '.' ||
			head[j] == '.' && j+1 < len(head) || !isCapital(head[strings.LastIndexByte(head[:k-1], ' ')+1]) {
			continue
		}
		b.WriteString(s[last:i])
		last = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// findBareDOI finds a DOI printed with no label or link at the end of an
// entry ("… Harvard University Press.10.1215/9780822385882-020"), when the
// entry has no DOI yet.
func findBareDOI(s string, want bool) []int {
	if !want || !strings.Contains(s, "10.") {
		return nil
	}
	return bareDOI.FindStringSubmatchIndex(s)
}

// contentWords name the content type of GOST R 7.0.100-2018, 4.5
// ("Текст : электронный"); contentRe matches from the spaces, full stops
// and dash before the first of them.
var contentWords = []string{"текст", "text", "мәтін", "изображение"}

// findContent finds the content and media type area.
func findContent(s, entryLow string) []string {
	if !containsAny(entryLow, contentWords...) {
		return nil
	}
	low := lower(s)
	q := -1
	for _, w := range contentWords {
		if i := strings.Index(low, w); i >= 0 && (q < 0 || i < q) {
			q = i
		}
	}
	switch {
	case q < 0:
		return nil
	case len(low) != len(s):
		return contentRe.FindStringSubmatch(s) // offsets in low are not offsets in s
	}
	w := q
	for w > 0 && strings.ContainsRune(".–—- \t\n\f\r", lastRune(s[:w])) {
		_, n := utf8.DecodeLastRuneInString(s[:w])
		w -= n
	}
	return contentRe.FindStringSubmatch(s[w:])
}

// findIf runs re on s only when the cheap test ok says it may match.
func findIf(re *regex, s string, ok bool) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// readAccessed reads the access date of an electronic resource ("дата
// обращения: 01.02.2020", GOST R 7.0.100-2018, 4.13; APA "Retrieved May 5,
// 2021") and returns s without it.
func readAccessed(p *parsed, s string) string {
	it := &p.Item
	if m := accessedRe.FindStringSubmatch(s); m != nil {
		if d := accessDate(m[1]); d != nil {
			it.Accessed = d
		} else {
			p.Warnings = append(p.Warnings, "access date "+strings.TrimSpace(m[1])+" not read")
		}
		return strings.Replace(s, m[0], " ", 1)
	}
	if m := accessedBare.FindStringSubmatch(s); m != nil {
		if d := parseDate(m[1]); d != nil {
			it.Accessed = d
			return strings.Replace(s, m[0], " ", 1)
		}
	}
	return s
}

func languageCode(s string) string {
	k := foldKey(strings.TrimSuffix(s, "."))
	for _, c := range []struct{ prefix, code string }{
		{"chin", "zh"}, {"кит", "zh"}, {"russ", "ru"}, {"рус", "ru"}, {"kaz", "kk"}, {"каз", "kk"},
		{"eng", "en"}, {"англ", "en"}, {"ukr", "uk"}, {"укр", "uk"}, {"bel", "be"}, {"бел", "be"},
		{"germ", "de"}, {"fren", "fr"}, {"jap", "ja"}, {"kor", "ko"}, {"turk", "tr"},
	} {
		if strings.HasPrefix(k, c.prefix) {
			return c.code
		}
	}
	return ""
}

var (
	emptyPar = lazyRegexp(`\(\s*\)|\[\s*\]`)
)

// seeInside is a referral word with its colon after a note's own words:
// "… див.: ", "… см.: ".
var seeInside = lazyRegexp(`(?i)\s(?:см|див)\.?\s*:\s+`)

// seeStarts are the first bytes of the texts seeRe reads.
var seeStarts = firstBytes("С", "с", "Д", "д", "П", "п", "C", "c", "S", "s", "Р", "Б", "У", "К", "А", "Н", "Ф")

// citedViaMarks open the work a note quotes another document from.
var citedViaMarks = []string{". цит. по", ". цит по", ". цит. за", ". цит за", "; цит. по"}

// citedViaIndex is where the work after a mid-note "Цит. по:" starts in
// s (low is s lower-cased), or -1.
func citedViaIndex(s, low string) int {
	if !includes(low, "цит") || len(low) != len(s) {
		return -1
	}
	for _, m := range citedViaMarks {
		if i := strings.Index(low, m); i >= 0 {
			j := i + len(m)
			j = skipSpace(s, j)
			if j < len(s) && s[j] == ':' {
				j++
			}
			return skipSpace(s, j)
		}
	}
	return -1
}

// cleanSeparators tidies what removing fields left behind: empty brackets,
// doubled separators, a dangling dash or "//" at the end.
func cleanSeparators(s string) string {
	s = typedForms(singleDashes(s))
	if strings.Contains(s, "()") || strings.Contains(s, "[]") || strings.Contains(s, "( ") || strings.Contains(s, "[ ") {
		s = emptyPar.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "  ") {
		s = collapseSpaces(s)
	}
	for i := 0; i < 4; i++ {
		before := s
		s = dropSpaceBeforePunct(collapseDashDot(s))
		s = strings.TrimSpace(collapseSeps(s))
		if t := tail(s, 24); hasDash(t) || strings.Contains(t, "//") {
			if i := sepJunkIndex(t); i >= 0 {
				s = strings.TrimSpace(s[:len(s)-len(t)+i])
			}
		}
		if strings.HasPrefix(s, "//") {
			s = strings.TrimSpace(s[2:])
		}
		s = strings.Replace(s, "// //", "//", -1)
		if s == before {
			break
		}
	}
	return strings.TrimRight(s, " ,;:/")
}

func normDash(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return strings.NewReplacer("–", "-", "—", "-", "−", "-").Replace(s)
}

// areaStarts are the first bytes of the texts opensArea recognises.
var areaStarts = firstBytes("0", "V", "Т", "T", "Том", "Book", "Вып", "Вип", "Iss", "No", "№", "N", "P", "Pp", "pp", "С", "C", "Б", "S", "p", "с", "б", "стр", "Кн", "Ч", "URL", "DOI", "ISBN", "Изд", "Вид-во", "[", "In:", "Режим", "Текст", "Text", "Препринт", "Автореф", "автореф", "Дис", "дис")

// mayBeImprint is imprintStarts' prefilter. "Place : Publisher" needs a
// capital and a colon after at most three words of place; "Publisher,
// Year" a comma before any other separator, then a digit.
func mayBeImprint(s string) bool {
	// An imprint's first separator comes within its first words: look no
	// further, or a call for every dash of a long entry scans it all.
	if len(s) > 160 {
		s = s[:160]
	}
	if c := strings.IndexByte(s, ':'); c >= 0 {
		r, _ := utf8.DecodeRuneInString(s)
		if unicode.IsUpper(r) && len(strings.Fields(s[:c])) <= 5 && !strings.ContainsAny(s[:c], "0123456789") {
			return true
		}
	}
	k := strings.IndexAny(s, ",:;.")
	if k < 0 || s[k] != ',' {
		return false
	}
	e := skipSpace(s, k+1)
	return e < len(s) && s[e] >= '0' && s[e] <= '9'
}

// fieldish reports whether text after a separator starts an area or field
// rather than continuing a title.
func fieldish(s string) bool {
	return len(s) > 0 && areaStarts[s[0]] && opensArea(s) || mayBeImprint(s) && imprintStarts(s) && !genreAfterColon(s) || placeColonYear(s)
}

// placeColonYear reports a known place and its colon followed by the year,
// the publisher left out: "Кемерово: 2009. — 347 с.".
func placeColonYear(s string) bool {
	c := strings.IndexByte(s, ':')
	if c <= 0 || c > 40 {
		return false
	}
	rest := strings.TrimLeft(s[c+1:], " ")
	return startsYear(rest) && isPlace(strings.TrimSpace(s[:c]))
}

// withoutRepeatedShortTitle drops the short title that citeproc's GOST
// styles repeat after the title proper and its subtitle, before the
// slash: "Школа Ландау: что я о ней думаю. Школа Ландау / М.И. Каганов".
func withoutRepeatedShortTitle(title string) string {
	t := strings.TrimRight(title, ". ")
	i := strings.LastIndex(t, ". ")
	if i <= 0 {
		return title
	}
	short := t[i+2:]
	if !strings.Contains(short, " ") || !strings.HasPrefix(lower(t[:i]), lower(short)) || len(short) == i {
		return title
	}
	return t[:i]
}

// worksHostAt reports an author's collected works named after a dash as
// the host of a part, as notes print it: "Title. — Творы, т. 2. Минск,
// 1928, стр. 24", "Title. — Сочинения. Т. 3. М., 1955".
func worksHostAt(s string) bool {
	return hasAnyPrefix(s, collectedWorks) && volumeAfterWorks(s)
}

// volumeAfterWorks reports a volume named right after the works' title.
func volumeAfterWorks(s string) bool {
	for _, w := range collectedWorks {
		if strings.HasPrefix(s, w) {
			rest := strings.TrimLeft(s[len(w):], " .,:")
			return startsWithField(rest) || romanVolumeAt(rest, 0) >= 0
		}
	}
	return false
}

// collectedWorks name an author's collected or selected works.
var collectedWorks = []string{"Творы", "Твори", "Сочинения", "Собр. соч.", "Собрание сочинений", "Полн. собр. соч.", "Полное собрание сочинений",
	"Зібр. творів", "Зібрання творів", "Повне зібр. творів", "Избр. произв.", "Избранные произведения", "Шығармалары", "Шығ. жин."}

// commaPeriodical reads the periodical of a note typed with commas after
// a title in guillemets: "«Title», Народна творчість, 1983, 6, с. 45",
// "«Title», — «Наша ніва», 1906, № 1, стр. 4": a name that is no place,
// then the year and a number.
func commaPeriodical(plain, title, tail string) (string, string, bool) {
	if title == "" || !strings.Contains(plain, title+"»") && !strings.Contains(plain, title+" »") {
		return "", "", false
	}
	s := strings.TrimLeft(tail, " ,—–-")
	name, rest, ok := strings.Cut(s, ", ")
	if !ok || !startsYear(rest) || len(rest) < 6 || rest[4] != ',' {
		return "", "", false
	}
	after := strings.TrimSpace(rest[5:])
	if !startsWithField(after) || strings.HasPrefix(after, "с.") || strings.HasPrefix(after, "стр.") {
		return "", "", false // "Київ, 2004, с. 12": a book's imprint and page
	}
	name = strings.Trim(name, "«»\"“” ")
	if name == "" || isPlace(name) || isPublisher(name) || strings.Count(name, " ") > 8 {
		return "", "", false
	}
	return name, rest, true
}

// placeThenYear reports a known place and a year with no comma between
// them, as notes typed with commas print the imprint: "…, Менск 1993, с.
// 327", "…, Вільня. 1994, с. 19".
func placeThenYear(s string) bool {
	w, rest, ok := strings.Cut(s, " ")
	return ok && startsYear(rest) && isPlace(strings.TrimSuffix(w, "."))
}

// genreAfterColon reports a title and the kind of its document after the
// colon, "Педагогіка : навч. посіб.", where an imprint would print its
// publisher: a host's title in a part described without "//"; or the
// kind before the colon, "Підручник : У 2 кн.", where a place would be.
func genreAfterColon(s string) bool {
	c := strings.IndexByte(s, ':')
	if c <= 0 {
		return false
	}
	before := strings.TrimSpace(s[:c])
	return genreSentence(before) || !isPlace(before) && isGenre(strings.TrimSpace(s[c+1:]))
}

// archiveLeaf reports text that ends with an archive's leaf mark, "Л." or
// "Лл." ("Там же. Оп.4. Д.2241. Л.685"): the number after it is part of the
// file's shelf mark, no page the note cites.
func archiveLeaf(before string) bool {
	t := strings.TrimRight(before, " ")
	return strings.HasSuffix(t, " Л.") || strings.HasSuffix(t, " Лл.") || t == "Л." || t == "Лл." ||
		strings.HasSuffix(t, ".Л.") || strings.HasSuffix(t, ".Лл.")
}

// gostDesignation reports the general material designation of GOST
// 7.1-2003 after a title, "[Электронный ресурс]", which makes an entry in
// Latin letters a GOST description, not an English style's. (GOST R
// 7.0.100's "– Текст : электронный" is appended to English-style
// entries too, and decides nothing.)
func gostDesignation(raw string) bool {
	return includes(raw, "ресурс]") && mediumRe.MatchString(raw)
}

// talkAtConference reads a paper cited as a talk at a named conference,
// "Title. Доклад на X Международной … конференции «Name». Москва.
// 25-27.05.2016.", as a part of the conference's proceedings: "Title //
// Name. – Москва. 25-27.05.2016.".
func talkAtConference(s string) (string, bool) {
	i := strings.Index(s, ". Доклад на ")
	if i < 0 {
		i = strings.Index(s, ". Доповідь на ")
	}
	if i < 0 || strings.Contains(s, "//") {
		return s, false
	}
	sentence := s[i+2:]
	open := strings.Index(sentence, "«")
	if open < 0 || !containsAny(lower(sentence[:open]), meetingWords...) {
		return s, false
	}
	end := strings.Index(sentence[open:], "»")
	if end < 0 {
		return s, false
	}
	name := sentence[open+len("«") : open+end]
	rest := strings.TrimLeft(sentence[open+end+len("»"):], " .,")
	if place, after, ok := strings.Cut(rest, ". "); ok && isPlace(place) {
		rest = place + ", " + after // "Москва. 25-27.05.2016": the place and dates of the meeting
	}
	return s[:i] + " // " + name + ". – " + rest, true
}

// translitJournalRe is the host of GOST R 7.0.5's References in Latin
// letters as Russian journals print them, "Journal. 2012, v. 242, pp.",
// or a book's transliterated publisher marked "Publ." ("Moscow, Nauka
// Publ., 2010").
var translitJournalRe = gate(`\.\s*(?:1[5-9]|20)\d\d,\s*(?:v|vol|V|Vol)\.\s*\d|\s[Pp]ubl\.,\s*(?:1[5-9]|20)\d\d`, false, ", v.", ", vol.", ", V.", ", Vol.", ",v.", ",vol.", "ubl.,").checkedBy(mayTranslitJournal)

// gostLatinBook is a book in Latin letters described as GOST R 7.0.5 does
// ("Theil H. Economics and Information Theory. Amsterdam: North-Holland,
// 1967. 488 p."): the heading's initials after the family without a comma,
// "Place: Publisher, Year" and the page count last. Vancouver, the one
// English style with such a heading, prints "Publisher; Year".
var gostLatinBook = gate(`^\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}[^:;]*\.\s+\p{Lu}[\p{L}.\- ]*:\s*[^,;:]+,\s*(?:1[5-9]|20)\d\d\.\s*\d+\s*(?:p|pp|P)\.\s*$`, false, " p.", " pp.", " P.", "p.", "pp.").checkedBy(endsInPageCount)

// translitImprint is a Russian description transliterated letter for
// letter, as the References of Russian journals and transliterated notes
// print it: a city's abbreviation after the title ("… rusi. M., 2004.",
// "T. I. M.; L., 1962.", "SPb.: Nauka, 1998") or the page area "S. 289"
// after the year. English styles write neither: their initials before "M.,"
// follow another initial, and their pages are "p." or "pp.".
var translitImprint = checked{lazyRegexp(`[\p{Ll}'’»)]\.\s+(?:[-–—]\s+)?(?:M|L|SPb|K|Mn)\.(?:\s*;\s*(?:M|L|SPb)\.)?\s*[,:]\s*(?:\p{Lu}[^,]*,\s*)?(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d\.\s+(?:T\.\s*[IVX\d]+\.\s+)?(?:S|Stb)\.\s*\d+(?:[-–]\d+)?\.?\s*$`), mayTranslitImprint}

// translitJournal reports an article or a book of a transliterated list
// (see translitJournalRe): the GOST reader's, not an English style's.
func translitJournal(s string) bool {
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i] // "(Russ. ed.: … Moscow, Mir Publ., 1978)": the original's imprint is another's
	}
	return translitJournalRe.MatchString(s)
}

// stopAfterHeading puts a full stop after names in emphasis that open an
// entry and end in a letter where the title follows with no mark: "*A.
// Name & B. Name* Title" (reading lists in Markdown set the authors so).
func stopAfterHeading(s string) string {
	i := strings.Index(s[1:], "* ")
	if i < 0 || i > 120 {
		return s
	}
	i++
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+2:])
	if !unicode.IsLetter(r) || !unicode.IsUpper(next) || strings.Count(s[:i], " ") > 8 {
		return s
	}
	return s[:i+1] + "." + s[i+1:]
}

// reviewedWork opens the note on the work a review discusses.
var reviewedWork = gate(`[\s.]*[–—-]\s*(?:Рец|Рэц|Рецензия|Рецензія|Рэцэнзія)\.?\s+на\s+(?:кн\.|книгу|кнігу|кн)?\s*:`, false, "Рец", "Рэц")

// depositNote is a deposited manuscript's note, "Деп. в ВИНИТИ
// 12.05.2003, № 845-В2003", "Деп. в ИНИОН РАН № 59159".
var depositNote = gate(`[\s.–—-]*Деп\.\s+в\s+.{2,60}?(?:№|No\.?|N)\s*(\d[\w-]*)\.?`, false, "Деп.")

// designationInfo is a standard's or a technical regulation's designation
// printed as other title information, " : ГОСТ 7.22-2003", " : ТКП
// 455-2012 (09100)", " : СТБ ISO 11145-2024", ": ГОСТ 31223-2012 (IEC
// 61242:1995)" (the standard it follows is no part of the designation),
// and the mark after it.
var designationInfo = gate(`\s?:\s((?:ГОСТ|СТБ|ТКП|ТР ТС|СНиП|ДСТУ|СТ РК|СП|ISO)(?:\s+(?:Р|ISO|IEC|EN))*\s+[\dA-Z][\d.\-–/:]*\d(?:\s\(\d+\))?)(\s\((?:IEC|ISO|EN|МЭК|ИСО)[^)]{1,30}\))?(?:\s*[.:]\s|\s*$)`, false, "ГОСТ", "СТБ", "ТКП", "ТР ТС", "СНиП", "ДСТУ", "СТ РК", "СП ", "ISO")

// readBody reads authors, title and the areas after them.
func readBody(p *parsed, s string, footnote bool) {
	it := &p.Item
	if m := standardHead.FindStringSubmatch(s); m != nil {
		// GOST R 7.0.100-2018, 7.2: "ГОСТ 7.32–2017. Title. – Place, Year":
		// the designation heads the description and the title follows it.
		p.number, s = strings.TrimSpace(m[1]), s[len(m[0]):]
		if t := standardTitle(s); t != "" && p.wholeTitle == "" {
			p.wholeTitle = t
		}
	}
	if m := certificateHead.FindStringSubmatch(s); m != nil {
		// "Авт. свид. СССР № 254509. Names. Title; опубл. 17.10.1969.": the
		// certificate's designation heads the description.
		p.patent, s = strings.ReplaceAll(m[1], " ", ""), s[len(m[0]):]
	}
	if m := reviewedWork.FindStringIndex(s); m != nil && m[0] > 0 {
		// GOST 7.1-2003, 7.2: a review's note on the work reviewed, "– Рец.
		// на кн.: Title. – Place, 2012": not the review's own areas.
		s = strings.TrimRight(s[:m[0]], " .–—-") + "."
	}
	if m := depositNote.FindStringSubmatchIndex(s); m != nil {
		// GOST 7.1-2003, 7.2: a manuscript deposited with an information
		// centre, "– Деп. в ИНИОН РАН 10.03.2005, № 59159": its number is
		// no issue's.
		p.deposit, s = s[m[2]:m[3]], strings.TrimRight(s[:m[0]], " .–—-")+"."+s[m[1]:]
	}
	if m := designationInfo.FindStringSubmatchIndex(s); m != nil && p.number == "" {
		// GOST 7.1-2003, 7.5: "Title : ГОСТ 7.22-2003. – Взамен …", "Title
		// : ТР ТС 032/2013 : принят …": the designation as other title
		// information.
		end := m[3]
		if m[5] > 0 {
			end = m[5]
		}
		p.number, s = strings.TrimSpace(s[m[2]:m[3]]), s[:m[0]]+s[end:]
	}
	if i := strings.Index(s, "//"); i >= 0 && imprintAfterSlashes(s[i+2:]) {
		// "Title».// – М.: Изд-во, 2012": the slashes typed before the
		// book's own imprint introduce no host.
		s = s[:i] + ". – " + strings.TrimLeft(s[i+2:], " –—-")
	}
	if i := strings.Index(s, "//"); i > 0 && (translatorWords.MatchString(strings.TrimSpace(s[i+2:])) || editorWords.MatchString(strings.TrimSpace(s[i+2:]))) {
		// "Title // Пер. с англ. под ред. …": the slashes typed for the
		// one before the statement of responsibility introduce no host.
		s = s[:i] + "/" + s[i+2:]
	}
	comp, host, hasHost := splitHost(s)
	if hasHost {
		if i, j := dashStatementAt(comp); i > 0 {
			// "Title. - Е.Лукашова, Б. Віолін// Host": the persons after
			// a dash typed for the slash.
			comp = comp[:i] + " / " + comp[j:]
		}
	}
	names, rest, reps := parseNames(comp)
	if p.givenHead != nil && strings.HasPrefix(comp, p.headText) {
		// "Andrew S. Tanenbaum, David J. Wetherall. *Title*": the emphasis
		// bounds the names, which no initials-first reading may cut short.
		names, rest, reps = p.givenHead, comp[len(p.headText):], nil
	}
	namesOnly := hasHost && strings.Trim(rest, " .,") == "" // "He Y. et al. // Sci. Rep. 2020. 10:14223": no title printed
	if len(names) > 0 && !namesOnly && !headingEnd(rest) && !lowerTitleAfterInitials(names, rest) {
		names, rest, reps = nil, comp, nil
	}
	if len(names) == 0 {
		if n, r, ok := fullNameHeading(comp); ok {
			names, rest = n, r
		} else if n, r, ok := quotedTitleHeading(comp); ok {
			names, rest = n, r
		}
	}
	p.Repairs = append(p.Repairs, reps...)
	it.Author = names
	if e := edMarkEnd(rest); e >= 0 && len(names) > 0 && strings.HasPrefix(strings.TrimSpace(rest[:e]), "(") {
		// "Иванов И. И. (ред.) (2009). Title": the heading names editors.
		it.Author, it.Editor, rest = nil, names, " "+rest[e:]
	}
	if len(names) == 0 {
		// APA and Harvard: an organisation as author, "Name. (2020)."
		if m := orgAPA.FindStringSubmatch(rest); m != nil {
			it.Author = []Name{{Literal: m[1]}}
			names = it.Author
			rest = rest[len(m[1]):]
		}
	}
	if m := apaYear.FindStringSubmatch(rest); m != nil && len(names) > 0 {
		if d := parseDate(m[1] + " " + m[2]); d != nil {
			it.Issued = d
			if md := monthDay.FindStringSubmatch(strings.TrimSpace(m[2])); m[2] != "" && md != nil {
				addMonthDay(it.Issued, md)
			}
		}
		rest = rest[len(m[0]):]
	} else if m := cmsYear.FindStringSubmatch(rest); m != nil && len(names) > 0 {
		// "Name. 2004. Title", and "Name, 1995, Title", "Name 1988.Title"
		// as lists typed by hand print it.
		it.Issued = parseDate(m[1])
		_, size := utf8.DecodeLastRuneInString(m[0])
		rest = rest[len(m[0])-size:]
		if t, place, pub, ok := commaImprintAfter(rest); ok {
			// "Name, 1995, Title, Київ, «Мистецтво»": the year read, the
			// place and the publisher close the entry.
			rest, it.PublisherPlace, it.Publisher = t, place, pub
		}
	}
	rest = strings.TrimLeft(rest, " ,.:;")
	if i := repeatedHeadingAt(rest, names); i > 0 {
		// "Литвин, І. С. Нові інформаційні технології І. С. Литвин —
		// Тернопіль …": a catalogue export dropped the slash, and the
		// heading's person named again opens the statement of
		// responsibility.
		rest = rest[:i] + "/ " + rest[i:]
	} else if i, j := nameBeforePlaceAt(rest); len(names) == 0 && i > 0 {
		// "Title Қасым Жұмалиев Алматы: Ғылым, 1965": a person named in
		// full between the title and a known place, slash and dash lost.
		rest = rest[:i] + "/ " + strings.TrimSpace(rest[i:j]) + ". – " + rest[j:]
	}
	if e := inHostEnd(rest); e >= 0 && !hasHost && strings.Contains(rest[:e], "кн") {
		// "у кн.: Host. Place, Year": a part named by its host alone.
		host, hasHost, rest, p.inBook = rest[e:], true, "", true
	}
	dashStyle := hasHost || hasAreaDash(rest)
	if !dashStyle {
		rest = bareImprint(commaAreas(rest))
	}
	if m := parenImprint.FindStringSubmatchIndex(rest); m != nil {
		// Chicago notes: "Title (Place: Publisher, 2004), 5."
		rest = rest[:m[0]] + ". – " + rest[m[2]:m[3]] + ". – " + strings.TrimLeft(rest[m[1]:], " ,")
		dashStyle = true
	}
	title, tail := splitTitle(rest, dashStyle)
	if len(names) > 0 && pageOnly.MatchString(rest) {
		// "Р. Дэвис, с. 49": a short note names the author and the page,
		// its work cited in full elsewhere.
		title, tail = "", rest
	}
	if t := p.wholeTitle; t != "" && strings.HasPrefix(rest, t) && len(t) > len(title) {
		// "*Динамика полёта. Устойчивость и управляемость.* Машиностроение,
		// 1965": Markdown italics mark the whole title, sentences and all.
		title, tail = strings.TrimRight(t, ". "), rest[len(t):]
	}
	if m := apaBracket.FindStringSubmatch(title); m != nil {
		// APA: "Title [Doctoral dissertation, University]".
		it.Genre = strings.TrimSpace(strings.SplitN(m[1], ",", 2)[0])
		title = strings.Replace(title, m[0], "", 1)
	}
	if m := titleEdition.FindStringSubmatch(title); m != nil {
		// APA prints the edition after the title: "Title (2nd ed.)".
		it.Edition = m[1]
		title = strings.Replace(title, m[0], "", 1)
	}
	tail = strings.TrimSpace(tail)
	if strings.HasPrefix(tail, "/") {
		title = withoutRepeatedShortTitle(title)
	}
	it.Title = cleanTitle(title)

	// Statement of responsibility: "/ J. McClory", "/ под ред. И. И. Иванова".
	if i := strings.Index(tail, " / "); i > 0 && mayBeThesis(lower(tail[:i])) {
		// "Title : автореф. дис. … канд. наук : 08.00.05 / Name. М., 2010":
		// the degree statement (other title information) before the slash.
		if d, ok := firstAreaDash(tail); !ok || d[0] > i {
			if g := thesisGenre.FindString(tail[:i]); g != "" {
				it.Genre, tail = g, tail[i+1:]
			}
		}
	}
	if t := strings.TrimLeft(tail, ". "); editorNext(t) {
		tail = "/ " + t // "Title. Под редакцией В. П. Орловой. – М., 1950": no slash typed
	}
	vol := ""
	if t := strings.TrimLeft(tail, ". "); (startsWithField(t) || romanVolumeAt(t, 0) >= 0) && strings.Contains(t, " / ") {
		if i := strings.Index(t, " / "); i <= 16 || volumeInfoBefore(t, i) {
			// "Title. Т. 1 / Names. – Place", "Title. Т. 1 : підручник /
			// Names": the volume (and its other title information) closes
			// the title area before the statement of responsibility.
			vol, tail = t[:i], t[i+1:]
		}
	}
	if strings.HasPrefix(tail, "/") && !strings.HasPrefix(tail, "//") {
		resp, after := cutArea(strings.TrimSpace(tail[1:]))
		if !hasHost && slashHost(resp, after, names) {
			host, hasHost, tail = strings.TrimSpace(tail[1:]), true, ""
		} else {
			readResponsibility(p, resp)
			tail = after
		}
	}
	if vol != "" {
		tail = vol + ". – " + strings.TrimLeft(tail, " .–—-")
	}
	if !hasHost {
		if e := inHostEnd(tail); e >= 0 {
			host, hasHost, p.inBook = tail[e:], true, strings.Contains(tail[:e], "кн")
			tail = ""
		} else if h, ok := dashHost(tail); ok {
			host, hasHost, tail = h, true, ""
		} else if t := strings.TrimLeft(tail, " .–—-"); worksHostAt(t) {
			host, hasHost, p.inBook, tail = t, true, true, "" // "Title. — Творы, т. 2. Минск, 1928"
		} else if t := strings.TrimLeft(tail, " .,"); !hostSlashes(p.plain) && periodicalHost(t) {
			host, hasHost, tail = t, true, ""
		}
	}
	areas, commaNote := tail, false
	if hasHost {
		container, htail := readHost(p, host)
		it.ContainerTitle = container
		// The host's areas number the issue; numbers left before "//"
		// are the part's own ("Закон … № 22-З // Ведомости. – № 16").
		areas = strings.TrimSpace(htail + " – " + tail)
	} else if c, rest, ok := commaPeriodical(p.plain, it.Title, tail); ok {
		it.ContainerTitle, hasHost, areas, commaNote = c, true, rest, true
		if d := digitsEnd(rest, 6); d > 6 && d < len(rest) && rest[d] == ',' {
			it.Issue = rest[6:d] // "1983, 6, с. 45": the issue's bare number
		}
	} else if !dashStyle {
		tail = strings.TrimLeft(tail, " .,;:")
		if c, rest, ok := englishHost(tail); ok {
			it.ContainerTitle = c
			hasHost = true
			areas = rest
		} else if c, t, ok := stoppedBookHost(it.Title, tail, len(it.Author) > 0 && len(it.Editor) > 0); ok && !footnote {
			it.Title, it.ContainerTitle = t, c
			hasHost = true
		} else if c, rest, ok := stoppedHostInAreas(tail); ok && !footnote {
			if j := kindSentence(c); j > 0 {
				// "Сайрам. Очерк. Сборник …": the title's last sentence
				// before the one naming the host's kind.
				it.Title, c = it.Title+". "+c[:j], c[j+2:]
			}
			it.ContainerTitle, areas = c, rest
			hasHost = true
		}
	}
	readAreas(p, areas, hasHost, footnote)
	placeInPublisher(it)
	if commaNote && it.Page != "" && !isRange(it.Page) {
		p.Locator, it.Page = it.Page, "" // a note's one page is the page it cites
	}
	inferType(p, hasHost)
	if p.deposit != "" {
		it.Type, it.Number = "manuscript", p.deposit
	}
	partAsVolume(it, p.plain)
	authorYearNote(p)
	it.Title = cutTitleInfo(it.Title)
	titlePart(it)
	it.ContainerTitle = withoutJournalKind(meetingName(cutTitleInfo(it.ContainerTitle)))
	if i := strings.Index(it.ContainerTitle, " arXiv:"); i > 0 {
		// "// arXiv preprint arXiv:1409.1556": the preprint's identifier
		// follows the server's name.
		it.Number, it.ContainerTitle = strings.TrimSpace(it.ContainerTitle[i:]), strings.TrimRight(it.ContainerTitle[:i], " ,.")
	}
}

// stoppedBookHost reads the book a part is printed in when the
// description drops the "//", as DSTU 8302:2015 lists do: "Title.
// Адміністративне право України : підручник. Київ : Юрінком Інтер, 2009.
// С. 195–197." The part's pages are a range, and the sentence after the
// title names a collection or a textbook (hostKinds), or is a book whose
// editors the statement after it names (edited: "Author. Title. Book / за
// ред. Name"), the part's author heading the entry. It returns the host,
// the part's title and whether it read one.
func stoppedBookHost(title, tail string, edited bool) (string, string, bool) {
	i := strings.Index(title, ". ")
	if j := kindSentence(title); j > i && i > 0 {
		i = j // "Сайрам. Очерк. Сборник …": the host is the sentence naming its kind
	}
	if i <= 0 || abbreviationBefore(title[:i+1]) {
		return "", title, false
	}
	host := title[i+2:]
	if !printsPageRange(tail) && (!encyclopediaRe.MatchString(host) || !printsPage(tail)) {
		return "", title, false // an entry of a dictionary may take one page
	}
	if !edited && !containsAny(lower(host), hostKinds...) {
		return "", title, false
	}
	return cleanTitle(host), cleanTitle(title[:i]), true
}

// stoppedHostInAreas reads the host of such a part when the title ended
// before it and the host opens the areas: "Title. Актуальні проблеми
// права : матеріали міжнар. конф. (Київ, 12–13 трав. 2016 р.). Київ, 2016.
// С. 45–48." The host names a collection (hostKinds) and runs to the
// sentence that opens the imprint; the part's pages are a range. It
// returns the host, the areas after it and whether it read one.
func stoppedHostInAreas(tail string) (string, string, bool) {
	if !printsPageRange(tail) || fieldish(tail) {
		return "", tail, false
	}
	for _, m := range punctSpaces(tail, ".") {
		after := tail[m[1]:]
		if abbreviationBefore(tail[:m[0]+1]) || !placeAndPublisher(after) && !isPlace(firstPlace(after)) {
			continue
		}
		host := strings.TrimSpace(tail[:m[0]])
		if !containsAny(lower(host), hostKinds...) && !(strings.HasSuffix(host, "]") && knownPlaceColon(after)) {
			// (The References of Russian journals name the host with its
			// translation in brackets: "Title [Translation]. Akademicheskiy
			// vestnik [Academic Bulletin]. Moscow: ASOU Publ., 2018, V. 1,
			// I. 27, pp. 15–30.")
			return "", tail, false
		}
		return cleanTitle(host), after, true
	}
	return "", tail, false
}

// namesItsKind reports a sentence that names the kind of its book after a
// colon, a collection or a textbook (hostKinds), before any slash: "Право
// як буття вченого : зб. наук. пр. / упоряд. …", the host of a part
// described without "//".
func namesItsKind(s string) bool {
	if i := strings.Index(s, " / "); i >= 0 {
		s = s[:i]
	}
	return indexWhere(s, " : ", func(i int) bool { return isGenre(s[i+3:]) && containsAny(lower(s[i+3:]), hostKinds...) }) >= 0
}

// kindSentence returns where the sentence that names a host's kind
// (hostKinds) begins in s, at its ". ", or -1 when the first sentence
// names it.
func kindSentence(s string) int {
	k := indexAny(lower(s), hostKinds)
	if k < 0 {
		return -1
	}
	return strings.LastIndex(s[:k], ". ")
}

// indexAny returns the index of the first of words in s, or -1.
func indexAny(s string, words []string) int {
	first := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// printsPageRange reports pages printed as a range, a part's own: "С. 45–48".
func printsPageRange(s string) bool {
	v, ok := findPages(s)
	return ok && strings.ContainsAny(v, "–-—")
}

// printsPage reports a page printed with its mark: "С. 683".
func printsPage(s string) bool {
	_, ok := findPages(s)
	return ok
}

// hostKinds name the kinds of books parts are printed in, lower-cased:
// collections, proceedings, textbooks, collective monographs,
// encyclopedias and dictionaries.
var hostKinds = []string{"збірник", "зб.", "сборник", "сб.", "матеріали", "материалы", "праці", "труды", "тези", "тезисы",
	"підручник", "учебник", "посібник", "пособие", "енциклопед", "энциклопед", "конференц", "жинақ", "оқулық",
	"монографія", "монография", "словник", "словарь", "довідник", "справочник", "handbook", "companion", "encyclopedia", "dictionary"}

// issueAfterTitle is where an issue number typed after a host's title
// with no stop begins (" № 4", " №571", " No 89(7)"), or -1.
func issueAfterTitle(title string) int {
	for _, mark := range []string{" №", " No ", " No. "} {
		i := strings.Index(title, mark)
		if i <= 0 {
			continue
		}
		if j := skipSpace(title, i+len(mark)); j < len(title) && isDigit(title[j]) {
			return i
		}
	}
	return -1
}

// meetingWords are the stems of the kinds of scholarly meetings, lower-case:
// "конференции", "семинара", "симпозиума", "нараді".
var meetingWords = []string{"конф", "семинар", "семінар", "симпоз", "совещ", "нарад", "форум", "школ", "чтени", "читан", "конгрес"}

// meetingRe is a host named by the kind of its papers and a name in
// quotation marks: "Сб. докл. конференции «Name»", "Тез. докл.
// межотраслевого семинара «Name»".
var meetingRe = gate(`^((?:Сб\.|Тез\.|Тезисы|Материалы|Матеріали|Труды|Праці|Сборник|Збірник)[^«»]*)«([^«»]+)»\.?$`, false, "«")

// meetingName is the meeting's name of a host meetingRe matches whose
// words before the quotation name a meeting (meetingWords): the title
// proper of the proceedings, the kind of their papers being other title
// information. Any other host is returned as it is.
func meetingName(host string) string {
	if m := meetingRe.FindStringSubmatch(host); m != nil && containsAny(lower(m[1]), meetingWords...) {
		return strings.TrimSpace(m[2])
	}
	return host
}

// hostSlashes reports the "//" that introduces a host, not the one of a
// URL's "://".
func hostSlashes(s string) bool {
	return indexWhere(s, "//", func(i int) bool { return i == 0 || s[i-1] != ':' }) >= 0
}

// splitHost splits "component // host" at the first "//".
func splitHost(s string) (string, string, bool) {
	i := strings.Index(s, "//")
	if i < 0 {
		return s, "", false
	}
	host := strings.TrimSpace(strings.Trim(strings.TrimSpace(s[i+2:]), "/"))
	return strings.TrimSpace(s[:i]), host, host != ""
}

// imprintAfterSlashes reports text after "//" that opens with a place of
// publication and its colon or a quoted publisher ("– М.: Наука",
// "М. «Наука», 1981"): an imprint, where a host would print its title.
func imprintAfterSlashes(h string) bool {
	h = strings.TrimLeft(h, " –—-")
	w, after, ok := strings.Cut(h, " ")
	if !ok {
		return false
	}
	if strings.HasSuffix(w, ":") {
		w, after = strings.TrimSuffix(w, ":"), ":"
	}
	after = strings.TrimLeft(after, " ")
	return isPlace(w) && (strings.HasPrefix(after, ":") || strings.HasPrefix(after, "«") || strings.HasPrefix(after, "\""))
}

// headingEnd reports whether text after a list of names starts the title:
// a separator, or a capital letter or quotation mark after a space.
func headingEnd(rest string) bool {
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(quoteOpen+"[", r):
		return true
	case strings.ContainsRune(",.:;(/", r):
		return true
	case unicode.IsSpace(r):
		t := strings.TrimSpace(rest)
		r2, _ := utf8.DecodeRuneInString(t)
		return unicode.IsUpper(r2) || unicode.IsDigit(r2) || strings.ContainsRune(quoteOpen+"[", r2)
	}
	return strings.ContainsRune(quoteOpen, r)
}

// firstWorkOfNote is the first work a note cites when it cites several,
// separated by semicolons ("ПСРЛ. – Т. 1. – Стб. 479; Котляр Н. Ф.
// Title…"): the note is read for its first work, as GOST R 7.0.5-2008
// (7.2) lets one note join references.
//
// Outside a list of notes the joined reference must be plainer: the first
// ends with a number (its page, column or year), no statement of
// responsibility runs across the semicolon, and a title follows the next
// heading ("ПСРЛ. – Т. 1. – Стб. 479; Котляр Н.Ф. Отражение …").
func firstWorkOfNote(s string, footnote bool) string {
	i := indexWhere(s, "; ", func(i int) bool {
		if footnote && i > 0 && acronymHead(s[i+2:]) {
			return true // "…; ОГАЧО. Ф. 596…", "…; ПСС. Т. 2…": an archive's or an edition's acronym
		}
		names, rest, _ := parseNames(s[i+2:])
		if i <= 0 || len(names) == 0 || !headingEnd(rest) {
			return false
		}
		if footnote {
			return true
		}
		before := strings.TrimRight(s[:i], " .")
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		return before != "" && isDigit(before[len(before)-1]) && !strings.Contains(before, " / ") && unicode.IsUpper(r)
	})
	if i < 0 {
		return s
	}
	return strings.TrimRight(s[:i], " .") + "."
}

// editorNext reports a sentence that names the editors, typed after the
// title without GOST's slash: "Под редакцией В. П. Орловой", "Под ред. …".
func editorNext(s string) bool {
	return hasAnyPrefix(s, []string{"Под", "под", "Під", "під", "За ред", "Pod ", "pod "}) && editorWords.MatchString(s) || hasAnyPrefix(s, roleSentences)
}

// actDateTail is the date of adoption, and the number, after an act's
// name: " від 16 січня 2003 р.", " от 29.12.2012 г. № 273-ФЗ".
var actDateTail = lazyRegexp(`\s+(?:від|от|ад)\s+(?:\d{1,2}\s+\p{L}+|\d{1,2}\.\d{1,2}\.)\s*\d{4}\s*(?:р\.?|г\.?|года|року)?(?:\s*(?:№|N)\s*\S+)?\s*$`)

// roleSentences open a sentence of the statement of responsibility that
// follows a title with no slash: "Title. Предисл. В. Б. Name. М.: …".
var roleSentences = []string{"Предисл. ", "Вступ. ст. ", "Вступ. статья ", "Послесл. ", "Коммент. ", "Передм. ", "Післям. ", "Прадмова "}

// lowerTitleAfterInitials reports a title typed in small letters after a
// heading that ends in initials ("Титков В.В. перенапряжение и
// молниезащита"): a word that joins no further name.
func lowerTitleAfterInitials(names []Name, rest string) bool {
	if !strings.HasSuffix(names[len(names)-1].Given, ".") {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && utf8.RuneCountInString(w) > 3
}

// quotePairs close each opening quotation mark.
var quotePairs = map[rune]string{'“': "”\"", '"': "\"”", '«': "»", '„': "“”\"", '‘': "’'", '\'': "'’"}

// splitTitle finds where the title ends. A title in quotation marks ends at
// its closing mark when a separator follows it.
func splitTitle(s string, dashStyle bool) (string, string) {
	r, n := utf8.DecodeRuneInString(s)
	if closers, ok := quotePairs[r]; ok {
		if j := strings.IndexAny(s[n:], closers); j >= 0 {
			_, cn := utf8.DecodeRuneInString(s[n+j:])
			after := s[n+j+cn:]
			t := strings.TrimSpace(after)
			title := s[n : n+j]
			if t == "" || strings.ContainsAny(t[:1], ",.:;/([–—") || strings.HasSuffix(title, ",") || strings.HasSuffix(title, ".") {
				title = strings.TrimRight(title, ",")
				return title, strings.TrimLeft(after, " ,.")
			}
		}
	}
	end := titleEnd(s, dashStyle)
	return s[:end], s[end:]
}

// titleEnd returns the byte offset where the title ends in s.
func titleEnd(s string, dashStyle bool) int {
	end := len(s)
	slash := slashIndex(s)
	if slash < 0 {
		slash = gluedHostSlash(s)
	}
	if slash >= 0 {
		end = slash
	}
	for _, m := range areaDashes(s[:end]) {
		if yearSpanDash(s, m) {
			continue
		}
		// A hyphen typed for the dash, or a dash glued to the full stop
		// (".–St.Petersburg", "”.– St.Petersburg"), separates areas, not
		// a title's parts.
		typed := s[m[0]] == '.' && (strings.Contains(s[m[0]:m[1]], "-") || dashLen(s, m[0]+1) > 0)
		if typed || fieldish(strings.TrimSpace(s[m[1]:])) || dashIsArea(s[:m[0]], s[m[1]:]) || s[m[0]] == '.' && isDashHost(s[m[0]:]) || worksHostAt(strings.TrimSpace(s[m[1]:])) {
			end = m[0]
			break
		}
	}
	if i := inHostAfter(s[:end]); i >= 0 {
		// "In:" inside a title is rare; as a host it follows a comma or period.
		end = i
	}
	for _, m := range punctSpaces(s[:end], ",") {
		if (fieldish(s[m[1]:]) || placeThenYear(s[m[1]:])) && strings.Count(s[:m[0]], "(") <= strings.Count(s[:m[0]], ")") {
			// "конференции (г. Новосибирск, 12 декабря 2014 г.)": a comma
			// inside parentheses ends no title.
			end = placeBefore(s, m[0])
			break
		}
	}
	if i := strings.Index(s[:end], "… "); i > 0 && fieldish(s[i+len("… "):]) {
		end = i + len("…") // "Саркел… С. 140": a note's title cut short (the mark kept) before the page
	}
	for _, m := range punctSpaces(s[:end], ".?!") {
		after := s[m[1]:]
		if abbreviationBefore(s[:m[0]+1]) && (dashStyle || !statementEnd(s[:m[0]])) || strings.Count(s[:m[0]], "[") > strings.Count(s[:m[0]], "]") {
			continue // "[принят Гос. Думой …]": a bracket's sentences end no title
		}
		if d, ok := firstAreaDash(after[:min(len(after), 24)]); ok && d[0] <= 5 && yearSpanDash(after, d) && slash > m[0] || slash > m[0] && yearSpanBefore(after, slash-m[1]) {
			continue // "… землях. 1864 – 1917 / Author", "Письма. 1849–1856 / изд. подгот.": the title's span of years
		}
		if s[m[0]] == '.' && !hostSlashes(s) && periodicalHost(after) {
			end = m[0] // "Title. Изв. Общества. Ташкент, вып. 3": the host
			break
		}
		if !dashStyle && s[m[0]] == '.' {
			if n := titleSentences(after); n > 0 {
				end = m[1] + n
				break
			}
		}
		// The title proper runs to the slash before the statement of
		// responsibility, sentences and all ("UML. Основы моделирования /
		// М. Фаулер"); without one, a new sentence may start the areas.
		if fieldish(after) || placeAndPublisher(after) || editorNext(after) || (!dashStyle && end != slash && startsSentence(after)) {
			end = m[0]
			if s[m[0]] == '?' || s[m[0]] == '!' {
				end++
			}
			break
		}
	}
	return end
}

var titleEdition = gate(`\s*\((\d+)(?:st|nd|rd|th)?\.?\s+(?:rev\.\s+)?ed(?:ition)?\.?\)`, false, "ed").checkedBy(digitAfterParen)

// hostWords name the host of a component part: "In:", "in", "В кн.:",
// "В книге:", "В сб.:", "В:".
var hostWords = []string{"In:", "In", "in:", "in", "В кн.:", "В кн.", "В книге:", "В сб.:", "В сборнике:", "В:", "в кн.:", "в кн.", "в сб.:"}

// inHostAfter is the index of the comma or full stop before a host named
// by "In:" and a capitalised title, or -1; "В книге:" and "В сб.:", which
// no title holds, need no stop before them.
func inHostAfter(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != '.' && !(s[i] == ' ' && (strings.HasPrefix(s[i+1:], "В книге:") || strings.HasPrefix(s[i+1:], "В сб.:"))) {
			continue
		}
		k := skipSpace(s, i+1)
		if k == i+1 && s[i] != ' ' {
			continue
		}
		for _, w := range hostWords {
			if !strings.HasPrefix(s[k:], w) {
				continue
			}
			e := skipSpace(s, k+len(w))
			if r, _ := utf8.DecodeRuneInString(s[e:]); e > k+len(w) && unicode.IsUpper(r) {
				return i
			}
		}
	}
	return -1
}

// placeBefore moves the end of a title before a place of publication that
// precedes the comma at end: "Лекции по группам Ли. М., Наука, 1979"
// (GOST R 7.0.5-2008 without area dashes).
func placeBefore(s string, end int) int {
	i := strings.LastIndex(s[:end], ". ")
	if i > 0 && isPlace(strings.TrimSpace(s[i+2:end])) {
		return i
	}
	return end
}

// dashIsArea reports whether a dash after a title opens an area: the text
// after it starts with a place or publisher, not with more title words.
func dashIsArea(before, after string) bool {
	after = strings.TrimSpace(after)
	if strings.HasSuffix(strings.TrimSpace(before), ".") {
		return true // ". – " is GOST's area separator
	}
	return isPlace(firstPlace(after)) || isPlace(strings.TrimSpace(firstSentence(after))) || mayBeImprint(after) && imprintStarts(after) && !strings.Contains(firstClause(after), " ") ||
		publisherArea(after)
}

// gluedHostSlash is the index of a slash typed without spaces between a
// title and its host ("…теплоносителе/Сб. докл. конф.", "…Fuel/In
// Proceedings of …"), or -1: the text after it opens with a periodical's,
// collection's or conference's title word.
func gluedHostSlash(s string) int {
	return indexWhere(s, "/", func(i int) bool {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsLetter(r) && r != '.' {
			return false
		}
		after := strings.TrimPrefix(s[i+1:], "In ")
		r, _ := utf8.DecodeRuneInString(after)
		return unicode.IsUpper(r) && (periodicalNext(after) || confRe.MatchString(firstSentence(after)))
	})
}

// placeAndPublisher reports an imprint whose place and publisher are
// separated by a semicolon or comma instead of a colon ("СПб.; Изд-во
// Политехн. ун-та, 2009").
func placeAndPublisher(s string) bool {
	place := firstPlace(s)
	if len(place) == len(s) || s[len(place)] == ':' || !isPlace(place) {
		return false
	}
	rest := strings.TrimSpace(s[len(place)+1:])
	return isPublisher(firstSentence(rest)) && !isPlace(firstPlace(rest))
}

// publisherArea reports an area that names a publisher alone, its place
// and year left out or in areas of their own ("Packt Publishing – 2016",
// "O’Reilly Media. – 2011"): a few words, one of them a publisher's.
func publisherArea(s string) bool {
	area := s
	if m, ok := firstAreaDash(s); ok {
		area = s[:m[0]]
	}
	area = strings.TrimRight(strings.TrimSpace(area), ".")
	n := len(strings.Fields(area))
	return n > 0 && n <= 4 && len(area) < 60 && isPublisher(area) && !strings.ContainsAny(area, ":,;")
}

func firstClause(s string) string {
	if i := strings.IndexAny(s, ":,"); i >= 0 {
		return s[:i]
	}
	return s
}

// abbrevWords end in a full stop inside titles and names without ending
// them: "Vol.", "Inc.", "им.", "изд.", "ун-т." (GOST 7.0.12-2011 abbreviations).
var abbrevWords = map[string]bool{
	"Vs": true, "vs": true, "St": true, "st": true, "Dr": true, "dr": true, "Mr": true, "mr": true,
	"Mrs": true, "mrs": true, "No": true, "no": true, "Vol": true, "vol": true, "Ed": true, "ed": true,
	"Eds": true, "eds": true, "Inc": true, "inc": true, "Co": true, "co": true, "Jr": true, "jr": true,
	"Sr": true, "sr": true, "Etc": true, "etc": true, "Pp": true, "pp": true, "т": true, "г": true,
	"им": true, "ул": true, "проф": true, "акад": true, "изд": true, "гос": true, "нац": true,
	"ун-т": true, "ин-т": true, "U.S": true, "U.K": true,
	// Words of periodical and conference titles abbreviated by ISO 4 and
	// IEEE: "Proc. IEEE INFOCOM", "Int. Conf.", "Trans. Inf. Theory".
	"Proc": true, "Conf": true, "Int": true, "Symp": true, "Trans": true, "Natl": true, "Intl": true,
	// Roles of a statement of responsibility, whose names follow them:
	// "/ Под ред. Н. Е. Орловой", "/ сост. И. И. Иванов", "/ рэд. …".
	"ред": true, "Ред": true, "рэд": true, "Рэд": true, "сост": true, "Сост": true, "отв": true, "Отв": true,
	"гл": true, "общ": true, "науч": true, "пер": true, "Пер": true, "укл": true, "Укл": true, "құраст": true,
	"ауд": true, "Ауд": true,
	// Months abbreviated before a year ("станом на 10 жовт. 2016 р."),
	// which ends no title.
	"янв": true, "февр": true, "апр": true, "авг": true, "сент": true, "окт": true, "нояб": true, "дек": true,
	"січ": true, "лют": true, "берез": true, "квіт": true, "трав": true, "черв": true, "лип": true, "серп": true,
	"верес": true, "жовт": true, "листоп": true, "груд": true,
}

// abbreviationBefore reports whether s ends in an abbreviation and its
// full stop: a word of abbrevWords, an initial ("A.", "Ch."), or "U.S.".
// Only the last 16 bytes are looked at.
func abbreviationBefore(s string) bool {
	t := tail(s, 16)
	if !strings.HasSuffix(t, ".") {
		return false
	}
	t = t[:len(t)-1]
	w := t[strings.LastIndexAny(t, " \t\n\f\r(")+1:]
	if abbrevWords[w] {
		return true
	}
	r := []rune(w)
	switch len(r) {
	case 1:
		return unicode.IsUpper(r[0])
	case 2:
		return unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
	case 3:
		return unicode.IsUpper(r[0]) && r[1] == '.' && unicode.IsUpper(r[2])
	}
	return false
}

// tail returns at most the last n bytes of s, cut at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(quoteOpen+"[(", r)
}

// placeNext reports text that starts with one word of place followed by
// ":" or ", year" ("Чернівці: Букрек", "Чернівці, 2022"): after an initial
// only an imprint that plain ends the statement of responsibility.
func placeNext(s string) bool {
	i := strings.IndexAny(s, ":,")
	if i <= 0 || strings.ContainsAny(s[:i], ". ") && !isPlace(s[:i]) {
		return false
	}
	if s[i] == ':' {
		return !isGenre(strings.TrimSpace(s[i+1:])) // "Бормана: Учебное пособие": a name and the kind of book, no "Place:"
	}
	j := skipSpace(s, i+1)
	return j < len(s) && isDigit(s[j])
}

// cutArea splits s at the end of its first area.
func cutArea(s string) (string, string) {
	end := len(s)
	m, dashed := firstAreaDash(s)
	if dashed {
		end = m[0]
	}
	if i := strings.Index(s[:end], "] -"); i >= 0 && unicode.IsUpper(firstRune(s[i+len("] -"):])) {
		// "/ Иванов И.С. [и др.] -М., 1995": a hyphen typed for the dash
		// after a bracket, with no stop.
		return strings.TrimSpace(s[:i+1]), ". – " + s[i+len("] -"):]
	}
	// A full stop before a place ends the area even when a dash follows
	// later: "/ Ольга Григорьевна Гисина. Майкоп, 2013 – 148 с.".
	for _, m := range punctSpaces(s[:end], ".?!") {
		after := s[m[1]:]
		if abbreviationBefore(s[:m[0]+1]) && (!placeNext(after) || dashed && !isPlace(strings.TrimSpace(firstPlace(after)))) {
			// An initial or "и др.": the statement goes on, unless a
			// place follows — before a later dash, a known one ("/ Д. Т.
			// Орлов. Запоріжжя : ЗНУ, 2016. – 389 с.").
			continue
		}
		if fieldish(after) || isPlace(firstPlace(after)) || stoppedJournal.MatchString(after) || namesItsKind(after) {
			// "/ O. Lee, N. Bern. Journal. 2022. No 4. P. 64–84": a
			// periodical's title and areas follow the names without "//".
			return statementBefore(s, m[0]), s[m[0]:]
		}
	}
	if dashed {
		return statementBefore(s, m[0]), s[m[0]:]
	}
	return strings.TrimRight(s, ". "), ""
}

// statementBefore is s up to the separator at i, an initial's full stop
// kept ("/ Чугаева В.И. – № …").
func statementBefore(s string, i int) string {
	if s[i] == '.' && abbreviationBefore(s[:i+1]) {
		i++
	}
	return strings.TrimSpace(s[:i])
}

var (
	editorWords = lazyRegexp(`(?i)^(?:(?:под\.?\s+(?:общ(?:ей)?\.?\s*|науч(?:ной)?\.?\s*)?ред(?:акцией)?\.?|pod\s+(?:obshch?(?:ei|ej)\.?\s+|obshch\.\s*)?red(?:\.|aktsi[ei][ij]|akci[ei]j)|отв\.\s*ред\.?|гл\.\s*ред\.?|науч\.\s*ред\.?|ред\.(?:-сост\.)?|сост\.|редакторы?-составител[иь]|составители|ed(?:ited)?\.?\s+by|eds?\.|жауапты\s+ред\.|жалпы\s+ред\.|бас\s+ред\.|құраст\.|за\s+(?:заг\.\s+|загальною\s+)?ред(?:акцією|\.)|під\.?\s+(?:заг\.\s*|загальною\s+)?ред(?:акцією)?\.?|уклад\.|склад\.|укладальнік|упоряд\.|голов\.\s*ред\.|пад\s+рэд\.|рэдкал(?:\.|егія)?|редкол(?:\.|легия)?|рэд\.|гал\.\s*рэд\.|відп\.\s*ред\.|укл\.|ed\.|(?:кер|рук)\.\s*авт(?:ор)?\.\s*кол\.)(?:\s*(?:проф|акад|доц|д-ра?|канд)\.)*)\s*:?\s*`)
	// nameRanks are the academic ranks and degrees printed before a
	// person's name in a statement of responsibility: "проф.", "академіка
	// АпрН України", "чл.-корр. АН СССР", "д-ра экон. наук", "доктора
	// юридичних наук", "д.е.н." — no part of the name, which follows with
	// a capital ("Рос. акад. наук" is a body's name).
	nameRanks       = lazyRegexp(`(^|[:.,]\s*|\s(?i:и|і|та|and)\s+|\s)(?:(?:(?i:акад(?:\.|емик[ау]?|еміка)|чл\.?\s?-\s?корр?\.|член-корр(?:\.|еспондента))(?:\s+(?:\p{Lu}\p{L}*\p{Lu}\p{L}*|України|Украины|Беларуси|Беларусі|России))*|(?i:проф(?:\.|ессора|есора)|доц(?:\.|ента)|(?:д-ра|докт\.|доктора|канд\.|кандидата)\s+(?:[\p{L}.-]+\s+){0,3}?наук|[дк]\.\s?\p{L}{1,3}\.\s?н\.))(?:\s*,\s*|\s+))+(\p{Lu})`)
	etAlTail        = lazyRegexp(`(?i)\s*(?:,\s*|\s+and\s+)?\[?(?:et\.?\s*al|и\s+др|та\s+ін|etc)\.?\]?\.?$`)
	authorRole      = lazyRegexp(`(?i)^авт\.\s*-?\s*(?:упоряд|сост|укл|уклад|құраст)\.\s*:?\s*`)
	otherRole       = lazyRegexp(`(?i)^(?:(?:изд\.\s*)?подгот\.|худож\.|маст\.|ил\.|фот\.|пер\.\s+и\s+коммент\.|коммент\.)`)
	translatorWords = checked{lazyRegexp(`(?i)^(?:пер\.(?:\s+с\s+\p{L}+\.?)*|перевод|transl?(?:ated)?\.?(?:\s+by)?|аударған|ауд\.|(?:[\p{L}-]+\s+){0,3}(?:тілінен|тілден)\s+аударған|пер\.\s+з\s+\p{L}+\.)\s*:?\s*`), mayTranslatorWords}
	seriesWords     = lazyRegexp(`(?i)edition|series|серия|papers?|report|доклад|брошюр|bulletin|vol\.`)
)

// readResponsibility reads a GOST statement of responsibility. Persons
// repeating the heading add no author (the heading's form of the given
// name wins); editors and translators get their roles.
func readResponsibility(p *parsed, resp string) {
	it := &p.Item
	if hasAnyPrefix(lower(resp), []string{"электрон", "електрон", "electronic"}) {
		return // "/ Электрон. дан.": the resource's type typed after a slash, no person
	}
	if containsAny(resp, "нау", "ака", "проф", "н.", "корр", "доц") {
		resp = nameRanks.ReplaceAllString(resp, "$1$2") // "под ред. чл.-корр. АН СССР П. Г. Романкова и канд. техн. наук М. И. Курочкиной"
	}
	for _, part := range strings.Split(resp, ";") {
		part = strings.TrimSpace(strings.TrimRight(strings.TrimLeft(strings.TrimSpace(part), "["), "]")) // "/ [авт. кол. : …]"
		if part == "" {
			continue
		}
		if m := collectiveWords.FindString(part); m != "" {
			// "/ кол. авт. : Г. Бичко, …", "/ кол. автор.; за ред. …": the
			// words say a team wrote it, and name no one.
			if part = strings.TrimSpace(part[len(m):]); part == "" {
				continue
			}
		}
		if m := authorRole.FindString(part); m != "" {
			part = part[len(m):] // "/ авт.-упоряд.: М. Петрик та ін.": authors who compiled it
		}
		if m := editorWords.FindString(part); m != "" {
			names, _, _ := parseNames(part[len(m):])
			it.Editor = append(it.Editor, names...)
			continue
		}
		if r := strings.TrimRight(part, " ."); strings.HasSuffix(r, " ред") || strings.HasSuffix(r, " пер") {
			// "; Ф.И. Шамхалов ред.": citeproc's GOST styles print the
			// role after the name.
			names, _, _ := parseNames(strings.TrimSuffix(strings.TrimSuffix(r, " ред"), " пер"))
			if strings.HasSuffix(r, " ред") {
				it.Editor = append(it.Editor, names...)
			} else {
				it.Translator = append(it.Translator, names...)
			}
			continue
		}
		if otherRole.MatchString(part) {
			continue // illustrators, compilers of data: not authors
		}
		if m := translatorWords.FindString(part); m != "" {
			if e := editorWords.FindString(strings.TrimSpace(part[len(m):])); e != "" {
				// "Пер. с польск. под ред. П. Г. Романкова": the translation's
				// editor named, its translator not.
				names, _, _ := parseNames(strings.TrimSpace(part[len(m):])[len(e):])
				it.Editor = append(it.Editor, names...)
				continue
			}
			names, _, _ := parseNames(part[len(m):])
			it.Translator = append(it.Translator, names...)
			continue
		}
		part = strings.TrimPrefix(strings.TrimPrefix(part, "By "), "by ")
		if m := etAlTail.FindStringIndex(part); m != nil && m[0] > 0 {
			part = part[:m[0]] // "/ Rahul Raja [et.al]": the others are not named
		}
		names, _, _ := parseNames(part)
		if sn := statementNames(part); len(sn) > len(names) && hasCyrillic(part) {
			names = sn // "/ Винсент Ф. Скальфани, Серена С. Ральф": given names first
		}
		switch {
		case len(names) > 0 && len(it.Author) == 0:
			it.Author = names
		case len(names) > 0:
			it.Author = mergeStatement(it.Author, names)
		case len(it.Author) == 0 && len(statementNames(part)) > 0:
			it.Author = statementNames(part)
		case len(it.Author) == 0 && len(patronymicNames(part)) > 0:
			it.Author = patronymicNames(part)
		case seriesWords.MatchString(part) && it.CollectionTitle == "":
			it.CollectionTitle = strings.TrimRight(part, ". ")
		case len(it.Author) == 0:
			it.Author = []Name{{Literal: strings.TrimRight(part, ". ")}}
		}
	}
}

// mergeStatement combines the heading authors with the persons of the
// statement of responsibility (GOST 7.1-2003, 4.1.3: up to three authors
// head the description and all are repeated after the slash).
func mergeStatement(heading, stmt []Name) []Name {
	out := append([]Name(nil), heading...)
	for _, n := range stmt {
		dup := false
		for _, h := range heading {
			if sameFamily(NameKey(h.Family), NameKey(n.Family)) && sameInitials(h.Given, n.Given) {
				dup = true
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// sameFamily reports family names, as NameKey folds them, that are one
// person's: equal, or one with the feminine "-а" the heading and the
// statement disagree on ("Prokhorova V.N. … / V.N. Prokhorov", a slip
// of the list's author or of a transliterator).
func sameFamily(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	rest, ok := strings.CutPrefix(b, a)
	return ok && len(a) >= 4 && rest == "a" // NameKey has transliterated a Cyrillic "а"
}

// sameInitials reports given names that agree as far as both are printed:
// "С. Ю." and "С.Ю." or "С.", not "С. В." (two authors of one family).
func sameInitials(a, b string) bool {
	ia, ib := initialsOf(a), initialsOf(b)
	if len(ia) > len(ib) {
		ia, ib = ib, ia
	}
	return strings.HasPrefix(ib, ia)
}

// initialsOf is the first letter of each part of a given name.
func initialsOf(g string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(g, func(r rune) bool { return r == '.' || r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(cyrillicTwin(unicode.ToUpper(r)))
	}
	return b.String()
}

// abbreviatedJournalHead reports a host whose abbreviated title reads as a
// name: "J. Petrol. Explor. Prod. Technol." is no editor "J. Petrol" —
// one name, initial first, its surname cut by a full stop, the initial
// ISO 4's "J." or the next word another capitalised abbreviation.
func abbreviatedJournalHead(names []Name, host, rest string) bool {
	if len(names) != 1 || names[0].Given == "" || !strings.HasPrefix(host, names[0].Given) || !strings.HasPrefix(rest, ". ") {
		return false
	}
	if names[0].Given == "J." {
		return true // ISO 4's "J." for "Journal": "J. Nat. Gas Sci. Eng."
	}
	w, _, _ := strings.Cut(rest[2:], " ")
	r, _ := utf8.DecodeRuneInString(w)
	return strings.HasSuffix(w, ".") && len(w) <= 10 && unicode.IsUpper(r)
}

// readHost reads the host after "//" or "In:": editors named before the
// host title, the host title, and what follows it.
func readHost(p *parsed, host string) (string, string) {
	it := &p.Item
	host = strings.TrimSpace(host)
	if e := inHostEnd(host); e >= 0 {
		p.inBook = strings.Contains(host[:e], "кн") // "В книге:", "В кн.:", "У кн.:": the host is a book
		host = host[e:]
	}
	names, rest, _ := parseNames(host)
	if abbreviatedJournalHead(names, host, rest) {
		names, rest = nil, host
	}
	if len(names) == 0 && isEdAfterName(host) {
		if n, r, _, ok := parseName(host, true); ok {
			names, rest = []Name{n}, r
		}
	}
	if len(names) > 0 && sameFamilies(names, it.Author) && edMarkEnd(rest) < 0 {
		// "// Виноградов В.В. Избранные труды": the part's own author heads
		// the collection of his works; he is its author, not its editor.
		names, host = nil, strings.TrimLeft(rest, " ,.")
		p.inBook = true
	}
	if len(names) > 0 {
		if e := max(edMarkEnd(rest), 0); e > 0 || strings.HasPrefix(strings.TrimSpace(rest), ",") || strings.HasPrefix(strings.TrimSpace(rest), ".") {
			it.Editor = append(it.Editor, names...)
			rest = strings.TrimLeft(rest[e:], " ,.:")
		} else if headedHost(names, rest) {
			// "// Федченко П.М. Матеріали з історії …": a book headed by
			// its own author; no periodical is.
			rest, p.inBook = strings.TrimSpace(rest), true
		} else {
			rest = host
		}
	} else {
		rest = host
	}
	title, tail := splitTitle(rest, true)
	if c, ok := commaHostTitle(rest); ok && len(c) > len(title) {
		// "// Известия вузов. Ядерная энергетика, 2004, №4, С.70-83": the
		// host's areas typed with commas; its title runs to the year.
		title, tail = c, rest[len(c):]
	}
	title, tail = withSeries(title, tail)
	if i := issueAfterTitle(title); i > 0 {
		// "// Ксина № 4 1952", "// Демоскоп Weekly №571-572": the issue
		// typed after the title with no stop.
		title, tail = title[:i], title[i:]+" "+tail
	}
	if m := hostPages.FindStringIndex(title); m != nil {
		// APA: "In A. Editor (Ed.), Book title (pp. 88–105). Publisher."
		tail = title[m[0]:] + " " + tail
		title = title[:m[0]]
	}
	tail = strings.TrimSpace(tail)
	if strings.HasPrefix(tail, "/") {
		resp, after := cutArea(strings.TrimSpace(tail[1:]))
		readResponsibility(p, resp)
		tail = after
	}
	return cleanTitle(title), tail
}

var hostPages = gate(`\s*\((?:pp?|С|с|Б|б|S)\.\s*\d+\s*[-–—]?\s*\d*\)`, false, "(")

// apaIssueOnly is "Journal, (4), " with no volume before the issue.
var apaIssueOnly = gate(`^(.+?),\s*\(\s*(\d+(?:[-–]\d+)?)\s*\)\s*,`, false, ", (", ",(")

var englishHostRes = []gated{
	// GOST R 7.0.5's References in Latin letters: "Journal. 2012, v. 242,
	// pp. 247-256", "Journal, 2008, vol. 44, no. 3".
	gate(`^(.+?)[.,]\s*(?:1[5-9]|20)\d\d,\s*(?:vol\.|Vol\.|v\.|V\.)\s*\d`, false, "vol.", "Vol.", "v.", "V."),
	gate(`^(.+?),\s*(?:vol\.|Vol\.|v\.|Volume)\s*\d`, false, "vol.", "Vol.", "v.", "Volume"),
	gate(`^(.+?),?\s+\d+\s*\(\s*[\w–-]+\s*\)\s*(?:[,:]|\.?\s*$|\.\s+\p{Ll})`, false, "("),
	gate(`^(.+?)\s+\d+\s*,\s*no\.\s*\d`, false, "no."),
	// Vancouver, also as OJS renders it in Russian: "Journal. 2015;149(3)",
	// "EJPhSE [Интернет]. 19 октябрь 2015 г. [цитируется …];149(3)".
	gate(`^(.+?)\.\s*(?:\d{1,2}\s+\pL+\.?\s+)?\d{4}[^;]{0,24};\s*\(?\d`, false, ";"),
	gate(`^(.+?),\s*\d+\s*,\s*\d+\s*[-–]\s*\d+`, false, ",").checkedBy(mayNumbersAfterComma),
	stoppedJournal,
}

// stoppedJournal is a periodical's title and areas as GOST R 7.0.5 and
// DSTU 8302 print them without "//": "Journal. 2020. Т. 24, № 1. С.
// 67–73", "Психолінгвістика. 2018. 24 (1) С. 27–46", a newspaper's
// "Освіта. 2002. 24 квіт. С. 2–4", a weekly's "2017. 20-26 жовт.".
var stoppedJournal = gate(`^(\p{Lu}.+?)\.\s*(?:1[5-9]|20)\d\d\.\s*(?:(?:Т|т|Том|Vol|V|№|No|N|Вип|Вып|вип|вып|Iss|Ч|С|C|Б|Кн|P)\.?\s*\d|\d{1,2}(?:[-–]\d{1,2})?\s+\p{Ll}|\d{1,4}\s*\(\s*\d+\s*\))`, false, "15", "16", "17", "18", "19", "20").checkedBy(mayStoppedYear)

// englishHost finds the journal of an English-style reference: the text
// before its volume ("Journal, 12(3), 45–67", "Journal 12, no. 3").
func englishHost(tail string) (string, string, bool) {
	t := strings.TrimSpace(tail)
	if m := apaIssueOnly.FindStringSubmatchIndex(t); m != nil {
		// APA 7, 9.25, as Russian and Kazakh journals print it without a
		// volume: "Journal, (4), 12–24": the issue in parentheses alone.
		return cleanTitle(t[m[2]:m[3]]), "№ " + t[m[4]:m[5]] + "," + t[m[1]:], true
	}
	for _, re := range englishHostRes {
		if m := re.FindStringSubmatch(t); m != nil && !strings.Contains(m[1], ":") {
			return cleanTitle(m[1]), t[len(m[1]):], true
		}
	}
	return "", tail, false
}

// cleanTitle trims separators and enclosing quotation marks.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, " ,;:/–—")
	for strings.HasSuffix(s, ".") && !abbreviationBefore(s) {
		s = strings.TrimRight(strings.TrimSuffix(s, "."), " ") // "Title. ." where a cut field left its stop
	}
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	if closers, ok := quotePairs[r]; ok && len(s) > n {
		last, ln := utf8.DecodeLastRuneInString(s)
		inner := s[n : len(s)-ln]
		if strings.ContainsRune(closers, last) && !strings.ContainsAny(inner, closers) {
			s = inner
		}
	}
	return strings.TrimSpace(s)
}

// italicSentences returns the text of the first span in single asterisks
// ("*Title. Subtitle.*") when it holds a full stop and a space: italics
// then mark where a title of several sentences ends.
func italicSentences(s string) string {
	open := -1
	for i := 0; i < len(s); i++ {
		if s[i] != '*' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '*' || i > 0 && s[i-1] == '*' {
			continue // bold
		}
		if open < 0 {
			open = i
			continue
		}
		if t := strings.TrimSpace(s[open+1 : i]); strings.Contains(t, ". ") {
			return t
		}
		return ""
	}
	return ""
}

// hasAreaDash reports an area dash in s other than one between two years
// ("землях. 1864 – 1917 / А. Смалянчук. Гродна, 2001": a span of years in
// the title, and the description is written without area dashes).
func hasAreaDash(s string) bool {
	for _, m := range areaDashes(s) {
		if !yearSpanDash(s, m) && !hasAnyPrefix(s[m[1]:], locationNotes) {
			return true
		}
	}
	return false
}

// locationNotes open the note on a resource's electronic location, which
// lists without area dashes still print after one ("… С. 20–27. – URL:
// http://…"): that dash makes no dash style.
var locationNotes = []string{"URL", "DOI", "doi:"}

// yearSpanDash reports a dash found as an area dash that joins two years.
func yearSpanDash(s string, m [2]int) bool {
	if s[m[0]] == '.' {
		return false // "arXiv:1409.1556. – 2014": a full stop and a dash separate areas
	}
	before := strings.TrimRight(s[:m[0]], " ")
	after := strings.TrimLeft(s[m[1]:], " ")
	return len(before) >= 4 && len(after) >= 4 && allDigits(before[len(before)-4:]) && allDigits(after[:4]) && (len(after) == 4 || !isDigit(after[4]))
}

// pleiadesYear is the signature of the comma style of Russian journals'
// English translations (Pleiades, Springer): "Journal, 2008, vol. 44".
var pleiadesYear = gate(`, (?:1[5-9]|20)\d\d, (?:vol|no)\. \d`, false, ", vol. ", ", no. ")

// pleiadesHost re-splits the title and the journal of that style, "Family,
// I.I., Title, Journal, Year, vol. N, no. N, pp. X–Y": the journal is the
// last comma's segment before the year, whatever full stops its
// abbreviations hold ("Russ. J. Nondestr. Test."), and a "journal" read as
// the year alone was the year.
func pleiadesHost(it *Item, plain string) {
	if !pleiadesYear.MatchString(plain) {
		return
	}
	text, year := it.Title, ""
	if c := it.ContainerTitle; len(c) == 4 && yearSeg(c) {
		year = c
	} else if c != "" {
		// Only a journal cut at its first abbreviation's stop ("…, Russ" +
		// "J. Nondestr. Test.", "…, Plasma Phys" + "Rep.") is joined again:
		// up to three capitalised words after the title's last comma.
		last := strings.Fields(text[strings.LastIndex(text, ", ")+2:])
		if len(last) == 0 || len(last) > 3 {
			return
		}
		for _, w := range last {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return
			}
		}
		text = strings.TrimRight(text, ". ") + ". " + c
	}
	i := strings.LastIndex(text, ", ")
	if i <= 0 || !strings.Contains(plain, text[i+2:]+", ") {
		return
	}
	it.Title, it.ContainerTitle = text[:i], text[i+2:]
	if year != "" && it.Issued == nil {
		it.Issued = parseDate(year)
	}
}

// commaHostTitle reads the title of a host whose areas are run together
// with commas, "Journal. Series, 2004, № 4, С. 70–83": the text before the
// first ", Year," when no area dash, slash or colon comes before it.
func commaHostTitle(host string) (string, bool) {
	for k := 0; k < len(host); {
		i := strings.Index(host[k:], ", ")
		if i < 0 {
			return "", false
		}
		i += k
		after := host[i+2:]
		if len(after) >= 5 && yearSeg(after[:4]) && (after[4] == ',' || after[4] == '.') {
			c := host[:i]
			if strings.ContainsAny(c, "/:") || hasAreaDash(c) {
				return "", false
			}
			for _, m := range punctSpaces(c, ".,") {
				after := c[m[1]:]
				if n := strings.IndexAny(after, "0123456789"); n >= 0 && n <= 6 && c[m[0]] == ',' {
					return "", false // ", т. 31": a number's area after a comma
				}
				if fieldish(after) || isPlace(firstPlace(after)) || isPlace(after) {
					return "", false // "Сб. Т. 2. М., 1971", "Сб., т. 31, СПб, 2010": areas already
				}
			}
			if isPlace(c) {
				return "", false
			}
			return c, true
		}
		k = i + 2
	}
	return "", false
}

// volumeInfoBefore reports whether t[:slash], a volume's designation,
// carries only other title information after a colon ("Т.1: підручник",
// "Кн. 2 : учеб. пособие") before the statement of responsibility at slash:
// no area dash and no further sentence.
func volumeInfoBefore(t string, slash int) bool {
	head := t[:slash]
	c := strings.Index(head, ":")
	if c < 0 || c > 16 {
		return false
	}
	info := strings.TrimSpace(head[c+1:])
	return info != "" && !strings.ContainsAny(info, "–—") && (isGenre(info) || len(info) <= 60 && !strings.Contains(info, "."))
}

// headedHost reports a host that opens with its author's name in the
// heading form, "Family I. I." with two initials, and goes on with a
// capitalised title ("Lobachevskii J. Math.", "ВАНТ. Серия" are journals'
// abbreviated titles).
func headedHost(names []Name, rest string) bool {
	if len(names) == 0 || strings.Count(names[0].Given, ".") < 2 || strings.ToUpper(names[0].Family) == names[0].Family {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsUpper(r)
}

// authorYear is an author-date citation's name and year: "Вересаев 1984",
// "Иванов, 2010".
var authorYear = lazyRegexp(`^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),?\s+((?:1[5-9]|20)\d\d)[a-zа-я]?[.,:]\s`)

// authorYearNote reads a note that cites a work by its author's name and
// year and the page, as notes in the humanities shorten a work the text
// or the list names in full: "Вересаев 1984. С. 213.", "Лотман 1995, с.
// 45." — the name is no title.
func authorYearNote(p *parsed) {
	it := &p.Item
	if len(it.Author) > 0 || it.ContainerTitle != "" || p.Locator == "" || len(p.plain) > 60 {
		return
	}
	if m := authorYear.FindStringSubmatch(p.plain); m != nil && strings.HasPrefix(it.Title, m[1]) {
		it.Author, it.Title, it.Issued = []Name{{Family: m[1]}}, "", parseDate(m[2])
	}
}
