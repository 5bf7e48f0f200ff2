package bib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The English-style reader. It takes an entry after the shared
// preprocessing of parseEntry (URLs, DOIs, access dates, ISBNs and
// emphasis taken out) and reads it by the punctuation of APA 7, Chicago 17
// (notes, bibliography, author-date), MLA 9, Harvard (Cite Them Right and
// AGPS), IEEE and Vancouver (NLM Citing Medicine). It declines entries of
// the GOST family (a host after "//", a dash opening an area, "№", Cyrillic
// descriptions without the «…» of an English style), which readBody reads.

var (
	// APA 7, 9.14 and Harvard: "(2019)", "(2024, June)", "(1991, May 10)",
	// "(n.d.)", Cite Them Right's "(no date)", followed by a full stop, a
	// colon (geochemistry lists) or a comma (Harvard, Emerald).
	enParenDate = lazyRegexp(`^\s*[.,]?\s*\(\s*((?:1[5-9]|20)\d\d|n\.\s?d\.|no\s+date|in\s+press|forthcoming)[a-z]?(?:\s*,\s*([^)]{3,30}))?\s*\)\s*[.:,]?\s*`)
	// Harvard (AGPS: "Holt, DH 1997, Title"; Cite Them Right: "Russell, D.
	// & Norvig, P., 2009. Title") and Chicago author-date ("Patten, Michael
	// A. 2003. Title").
	// A reprint gives the original year in brackets, "2009 [1966]."
	// (Chicago 17, 15.38).
	enBareDate = lazyRegexp(`^\s*[.,]?\s*((?:1[5-9]|20)\d\d)[a-z]?(?:\s*\[\d{4}\])?\s*([.,:])\s+`)
	// Chicago notes and bibliographies, MLA: the page cited at the end of a
	// note: ", 45.", ", p. 20.", "p.10".
	enNoteLocator = lazyRegexp(`(?:^|[,.]?\s+|,)(?:pp?\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)\s*\.?$`)
	// Material designations a style prints after a title.
	enMarker = lazyRegexp(`(?i)\s*\[(?:online|internet|e-book|ebook|electronic resource|editorial|интернет|cd-rom|video(?:\s+online|\s+file)?|podcast|dataset)\]\.?`)
	// What stays of "Retrieved from URL", "Available at: URL" with the URL
	// taken out.
	enRetrieved = lazyRegexp(`(?i)[.,]?\s*(?:\[?online\]?\s*[.,]?\s*)?(?:retrieved(?:\s+\p{L}+\s+\d{1,2},\s+\d{4},)?\s+from|available\s+(?:at|from|online)|available|извлечено\s+от|доступно\s+на|disponible\s+en|accessed\s+via|from)\s*:?\s*[.,]?\s*$`)
	// APA 6: "Retrieved from Site Name:" before the URL (taken out with
	// its colon).
	enRetrievedSite = lazyRegexp(`(?i)[.,]?\s*retrieved\s+from\s+(\p{L}[^:/.]{1,59}?|[\w-]+(?:\.[\w-]+)+)\s*:?\s*$`)
	// IEEE: the edition after a book's title, before its imprint ("Book,
	// 2nd ed. London, U.K.: Publisher").
	enIEEEBookEdition = lazyRegexp(`,\s*(\d+)(?:st|nd|rd|th)\s+ed\.\s+`)
	enChapterNo       = lazyRegexp(`,\s*ch(?:ap)?\.\s*\d+`)
	// Citing Medicine's report number after the imprint: "Report No.:
	// WRC-12", "Technical Report No. 5".
	enReportNoAfter = lazyRegexp(`(?:^|[.;,]\s*)(?:[\p{L}]+\s+){0,2}(?:Report|Paper|Publication)\s+No\.:?\s*([\w./-]*\d[\w./-]*)`)
	// NLM Citing Medicine: "[cited 2019 May 1]", "[updated 2015 Oct 2; cited
	// 2025 Jul 10]", and the Russian renderings of OJS.
	enCited = lazyRegexp(`(?i)\s*\[(?:[^\]]*?;\s*)?(?:cited|цитируется\s+по|дата\s+обращения:?)\s+([^\]]+)\]`)
	// Chicago (14.175) in the Russian renderings of OJS: "просмотрено
	// декабрь 22, 2024".
	enViewed = lazyRegexp(`(?i)[.,]?\s*(?:просмотрено|viewed|accessed)\s+(\p{L}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\.?`)
	// A note on another edition after the reference: "(Russ. ed.: …)",
	// "(English translation: …)"; the entry cites the first.
	enOtherEdition = lazyRegexp(`(?i)\s*\(\s*(?:\p{L}+\.?\s+)?(?:ed\.|edition|translation|transl\.)\s*:[^()]*(?:\([^()]*\)[^()]*)*\)\.?$`)
	// "Title (September 2008)".
	enTitleDate = lazyRegexp(`\s*\((\p{L}{3,})\.?\s+(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\)$`)
	// "(access date: 12.07.2025)", "(date of access: 12.07.2025)".
	enAccessDate = lazyRegexp(`(?i)\s*\(\s*(?:access\s+date|date\s+of\s+access|accessed)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*\)`)
	// "(Updated 26 September 2008)" of a web page (Cite Them Right).
	enUpdated = lazyRegexp(`(?i)\s*[(\[]\s*(?:last\s+)?(?:updated|modified|revised)\b[^)\]]*[)\]]`)
	// An editor's check mark after a note: ". (S)", ". (S; issue M)".
	enCitingParen = lazyRegexp(`\s*\((?:citing|quoting)\s[^()]*\)\.?$`)
	enCheckMark   = lazyRegexp(`\.\s*\(\p{Lu}(?:;[^()]*|\s+for\s[^()]*)?\)$`)
	ymdWords      = lazyRegexp(`^((?:1[5-9]|20)\d\d)\s+(\p{L}{3,})\.?(?:\s+(\d{1,2}))?`)
	// Access dates as reference managers print them: IEEE's "06-Jun-2020"
	// and the month and year of MHRA and Harvard, "September 2025".
	enHyphenDate = lazyRegexp(`^\s*(\d{1,2})-(\p{L}{3,})\.?-(\d{4})\s*$`)
	enMonthYear  = lazyRegexp(`^\s*(\p{L}{3,})\.?,?\s+(\d{4})\s*$`)
	// Editions: "2nd ed.", "(3rd ed.)", "4th edn", "Second edition", "2-е изд."
	enEdition = lazyRegexp(`(?i)(?:^|[\s,.(])\(?(\d+)(?:st|nd|rd|th)?\.?\s*(?:rev\.\s*|revised\s+|expanded\s+|anniversary\s+)?(?:edn|ed|edition)\b\.?\)?`)
	// Vancouver (Citing Medicine, ch. 1): "Journal Year;Vol(Issue):pages",
	// "Journal. Year Mon;Vol:pages".
	enVancouver = lazyRegexp(`^(.+?)\.?\s+((?:1[5-9]|20)\d\d)(?:\s+\p{L}{3}(?:\s+\d{1,2})?)?\s*;\s*(\d+)?\s*(?:\(([^)]+)\))?\s*(?::\s*([A-Za-z]{0,4}\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?))?`)
	// Page count of a book: "464 p.", "292 pp.", "20 p.".
	enPageCount = checked{lazyRegexp(`(?:^|[\s,.])(\d+)\s*(?:p|pp|pages|c|с)(?:\.?$|\.?[\s,;]|\.\s)`), mayPageCount}
	// "In " opens the host of a chapter (APA 7, 10.3; Harvard; Vancouver
	// "In:"; IEEE "in").
	enIn = lazyRegexp(`^(?:[Ii]n:?|Chapter\s+\d+\s+in)\s+`)
	// APA 7, 10.3: "(pp. 345–359)"; Vancouver "p. 465-78"; Harvard
	// "pp.34-57".
	enPages   = lazyRegexp(`(?:^|[\s,.(])(?:[Pp]p?\.|pp\s|pages|сс?\.)\s*([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)`)
	enArticle = lazyRegexp(`(?i)(?:^|[\s,])(?:art(?:icle)?\.?\s*(?:no\.?|number|id)?|e-print)\s*:?\s*(e?\d+(?:\.\d+)?)`)
	enVolume  = lazyRegexp(`(?i)(?:^|[\s,.(])(?:vol(?:ume)?\.?|book|т\.)\s*((?:[A-Z]{1,3}-)?\d+[A-Za-z]?|` + romanNumber + `\b)`)
	enIssue   = lazyRegexp(`(?i)(?:^|[\s,.(])(?:no\.?|issue|iss\.|№|вып\.|вип\.)\s*(\d+[\w/–-]*(?:\(\d{1,3}\))?)`)
	// APA 7, 10.1: "21(3), 291–295"; "29, 149-159"; geochemistry lists
	// "50(5), 1173-1195", "167:968, 19 p."; Chicago "84, no. 1 (2017): 94–101".
	enVolIssue   = lazyRegexp(`^(\d+[A-Za-z]?)\s*(?:\(\s*([\w/–-]+)\s*\))?`)
	enColonPages = lazyRegexp(`(?:^|\):|\s:|:)\s*([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)`)
	enBarePages  = lazyRegexp(`(?:^|,)\s*([A-Za-z]?\d+\s*[-–—]\s*[A-Za-z]?\d+|e\d+)\b`)
	// APA 7, 10.3: the parenthesis after a book title, "(2nd ed., pp. 10–25)".
	enParenDetails = lazyRegexp(`\s*\(([^()]*\bpp?\.\s*\d[^()]*)\)`)
	// IEEE (Reference Guide, "Chapter in an edited book"): ", Ed." or
	// ", Eds." after the editors' names.
	enIEEEEditors = lazyRegexp(`,\s*(Eds?\.),?\s+`)
	// Editors named after the book title: "(Eds. E. H. Oelkers, J. Schott),".
	enEdsAfter = lazyRegexp(`^\s*\((?:[Ee]ds?\.?|[Ee]ditors?)[^()]*\)\s*,?\s*`)
	// Citing Medicine, ch. 2, "Secondary author": "Wendling DL, technical
	// editor." between the edition and the imprint.
	enSecondary = lazyRegexp(`(?:^|\.)\s*[^.:;]+?,\s*(?:\p{Ll}+\s+)?(?:editors?|translators?|illustrators?)\.`)
	enYearEnd   = lazyRegexp(`,\s*(?:1[5-9]|20)\d\d[a-z]?$`)
	// The page a note cites after its imprint: "), 75-76, Ebrary ebook."
	enLocatorFirst   = lazyRegexp(`^[\s,]*(?:pp?\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)\b`)
	enEditedBy       = lazyRegexp(`,\s*(?:edited\s+by|ed\.|eds\.|by|trans\.)\s+`)
	enParenVolumeEnd = lazyRegexp(`,\s*\((\d{1,4})\)$`)
	enVolColonIssue  = lazyRegexp(`^[\s,]*(\d{1,4}):(\d{1,4}),\s*(\d+\s*[-–—]\s*\d+)\b`)
	enTitlePages     = lazyRegexp(`,\s*(\d{1,4}\s*[-–—]\s*\d{1,4})$`)
	enLeadPages      = lazyRegexp(`^[\s,]*(\d+\s*[-–—]\s*\d+)\s*[.,]\s*`)
	// APA 7, 10.4: "(Report No. 25)" after a report's title.
	enReportNo = lazyRegexp(`\s*\(((?:[\p{L}.]+\s+){0,3}(?:Report|Paper|Publication|Rep\.)\s+No\.\s*[^)]*)\)`)
	// A day and month without a year after a newspaper's name (Harvard:
	// "Gardening Today, 15 March, pp. 12-13").
	enDayMonthEnd   = lazyRegexp(`,\s*(\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2})$`)
	enEditedByStart = lazyRegexp(`^(?:edited|ed\.|eds\.)\s+(?:by\s+)?`)
	enTranslated    = lazyRegexp(`(?:^|[,.]\s*)(?:[Tt]ranslated\s+by|[Tt]rans\.|[Tt]r\.)\s+`)
	enDayMonth      = lazyRegexp(`^(?:\d{1,2}\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2})$`)
	enPageEnd       = lazyRegexp(`,\s*(?:[Pp]p?\.\s*)\d+(?:\s*[-–—]\s*\d+)?\.?$`)
	enPreprintID    = lazyRegexp(`(?i)\b(?:e-?print|arxiv(?:\s+preprint)?)\s*:?\s*(?:arxiv:)?([\w./-]*\d[\w./-]*)`)
	enDateLabel     = lazyRegexp(`(?i)^(?:last\s+)?(?:modified|updated|published|posted|revised)(?:\s+on)?$`)
	enJournalYear   = lazyRegexp(`\.\s+((?:1[5-9]|20)\d\d)$`)
	enPreprint      = lazyRegexp(`(?i)\b(?:e-?print|arxiv|preprint)\b`)
	// Imprint "Place: Publisher", with "Place, ST" or "Place (ST)".
	// Two places are joined by "and" (Chicago 17, 14.132: "Chicago and
	// London: Publisher").
	enColonImprint = checked{lazyRegexp(`^(\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,2})?(?:(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?){1,2}|\s*\(\p{Lu}{2,3}\))?)\s*:\s*(.+)$`), mayColonImprint}
	enThesis       = lazyRegexp(`(?i)\b(?:ph\.?\s?d\.?|doctoral|master'?s|m\.?a\.|bachelor'?s)?\s*(?:thesis\b|dissertation\b|diss\.)`)
	enReport       = lazyRegexp(`(?i)\b(?:report|working paper|technical note|white paper|user'?s manual)\b`)
	// A year printed where a volume would stand: ", 2007, p. 118".
	enYearVolume = lazyRegexp(`^[,\s]*(?:1[5-9]|20)\d\d\s*(?:,|$)`)
	// A year in an imprint, "c2006", "(1982)", and "in Russian" after it.
	enImprintYear = lazyRegexp(`[,;.]?\s*\(?c?(?:1[5-9]|20)\d\d[a-z]?\)?(?:\s+\p{L}{3}\b(?:\s+\d{1,2}\b)?)?(?:\s*,\s*in\s+\p{L}+)?`)
	// An edition after the title and a comma or full stop: "Title, 11th
	// ed." (notes), "Title. 3rd ed." (bibliography).
	enEditionEnd = lazyRegexp(`[,.]\s*(\d+)(?:st|nd|rd|th)\s+(?:rev\.\s+)?ed(?:ition|n)?\.?$`)
	// A report's number as IEEE prints it: "Tech. Rep. 99-02", "Rep.
	// TR-12", "CMPSCI Tech. Rep. 99-02".
	enTechReport = lazyRegexp(`(?:\b\p{Lu}{2,}\s+)?\b(?:Tech\.\s+)?Rep\.\s+(?:No\.\s*)?[\w-]*\d[\w.-]*`)
	// A full date ending a periodical's name: ", 22 May 2007".
	enFullDateEnd = lazyRegexp(`,\s*(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},\s+\d{4})$`)
	// "Periodical Name, 15 March 2015", "…, 18.11.2011".
	enDatedPeriodical = lazyRegexp(`^(\p{Lu}[^,.:;]*),\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},\s+\d{4})\.?$`)
	// "Journal Name 43(2):195-207." with no title before it.
	enUntitled = lazyRegexp(`^(\p{Lu}[^:;]*?)\s+(\d+)(?:\s*\(([^)]+)\))?\s*:\s*([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)\.?$`)
	// "Publisher Name, 2018" after the title of proceedings.
	enPublisherYear = lazyRegexp(`^\p{Lu}[^,.;:\d]*,\s*(?:1[5-9]|20)\d\d\b`)
	// A standard's designation that opens its title: "ISO/IEC
	// 27001:2022", "IEEE Std 754-2019", "ASTM E8/E8M-22".
	enTitleDesignation = lazyRegexp(`^((?:ISO(?:/IEC)?|IEC|IEEE\s+Std\.?|ANSI|ASTM|BS|EN|DIN)\s+[A-Z]?\d[\w.\-/]*(?::\d{4})?)\s+(?:[-–—:]\s*)?`)
	enEUAct            = lazyRegexp(`^(?:Regulation|Directive|Decision)\s+\((?:EU|EC|EEC|Euratom)\)\s+(?:No\s+)?\d`)
	// A report's number in a series: the issuing body's acronym, the
	// series and the number ("NIST Special Publication 800-144", "NIST SP
	// 800-53 Rev. 5", "RFC 6962").
	enSeriesNumber = lazyRegexp(`^\p{Lu}{2,}(?:\s+\p{Lu}\p{L}*){0,3}\s+\d+(?:[-.]\d+)*[a-z]?(?:\s+Rev\.\s*\d+)?$`)
	enStandard     = lazyRegexp(`(?i)\b(?:standard\b|rec\.\s+itu|recommendation\s+\p{L}|iso\s+\d|rfc\s+\d)`)
)

// enEntry is an English-style reference while it is read.
type enEntry struct {
	p       *parsed
	note    bool // a footnote: the last page printed is the page cited
	host    bool // the work is part of a container
	in      bool // the container was printed after "In" (IEEE: proceedings, never a journal)
	journal bool // the container is a periodical with volume or issue
	quoted  bool // the title was printed in quotation marks
	// quotedStop: the title's full stop inside the closing mark (MLA,
	// Chicago bibliography: “Title.”), not a comma (IEEE, notes: “Title,”)
	quotedStop bool
	web        bool // an MLA work in a container with no numbers: a web page
	dateMD     bool // the date after the names has a month (APA magazines, newspapers)
	apa        bool // names family first with initials (APA, Harvard, Vancouver)
	ieee       bool // names initials first (IEEE)
	magazine   bool // a dated issue with a page in a note (Chicago 17, 14.188)
	speech     bool // a lecture or address, described so at the end (MLA 9, 5.93)
	// retrievedFrom: the site named in APA 6's "Retrieved from Site: URL"
	retrievedFrom string
	preprint      bool   // posted to a preprint repository (IEEE, Zotero's rendering)
	presented     bool   // a paper presented at a conference or meeting
	venue         bool   // a conference named by its acronym and year, "*ACL 2020*"
	kind          string // the type a description in brackets names (APA 7, "[Data set]")
	// institution: the university a thesis's bracket names (APA 7,
	// "[Doctoral dissertation, University]"), its publisher whatever
	// database follows
	institution string
}

// readEnglish reads s as an English-style reference into p and reports
// whether it did; it leaves p alone when s is not one.
func readEnglish(p *parsed, s string, footnote bool) bool {
	s = withoutNoteMarks(withoutOriginal(withoutDOIBrackets(withoutFirstPublished(s))))
	s = forthcomingIn(s)
	idem := repeatedAuthorEnd(s)
	if idem < 0 && (strings.HasPrefix(s, "–, ") || strings.HasPrefix(s, "–. ")) && repeatedAuthorEnd(p.plain) > 0 {
		// "–––, 1997": the run of dashes as printed, which the shared
		// preprocessing folded into one.
		idem = len("–, ")
	}
	if idem > 0 {
		s = s[idem:]
		if len(s) > 6 && startsYear(s) && s[4:6] == ", " {
			// "–––, 1997, “Title”": the year closed by a comma, as the
			// names before it were.
			s = s[:4] + ". " + s[6:]
		}
	}
	if !footnote && (notePrefixEnd(s) > 0 || strings.Contains(s, " see ") && noteCitationStart(s) > 0) {
		// "See T. H. Family, Title, p. 52.", "For a summary see Name
		// Name, …": only a note points to its work so, whatever the
		// list's other entries look like.
		footnote = true
	}
	if footnote {
		s = s[notePrefixEnd(s):] // "See, for example, Family, Given. “Title.” …", "See Family, 14–17."
		s = withoutNoteComment(s)
	}
	if footnote && bibliographyNote(s) {
		// "Family, Given, and Given Family. “Title.” Journal 34, no. 2
		// (2010): 171–97.": a note typed in the bibliography's form
		// reads as a list entry.
		footnote = false
	}
	if footnote && readItalicShortNote(p) {
		return true
	}
	if !mayBeEnglish(p.plain, s) {
		return false
	}
	if idem > 0 {
		// Chicago 17, 14.67: the 3-em dash for the author of the entry
		// above, typed as a run of underscores or hyphens too.
		p.kind = kindIdem
	}
	if readEnglishAct(p, s) || readProvisionNote(p, s) || readDatedNewspaper(p, s) || footnote && (readArchivalNote(p, s) || readTitleShortNote(p, s)) || readDesignationFirst(p, s) || readShortNote(p, s, footnote) || readSeeNote(p, s) || readAuthorsAfterTitle(p, s) || readTitleFirstNote(p, s) {
		return true
	}
	if readTitleYearHead(p, s) || readOrgYearHead(p, s, footnote) || readNameHeading(p, s, footnote) || readFamiliesOnly(p, s) {
		return true
	}
	gf := enGivenFamily.FindStringSubmatch(s)
	note := footnote || hasNoteImprint(s) || givenFirstNote(s, gf)
	o, ok := enOrderGiven(s, note, gf)
	if !ok && note && !startsQuote(s) {
		if i := noteCitationStart(s); i > 0 {
			return readEnglish(p, s[i:], footnote)
		}
	}
	if !ok && startsQuote(s) {
		// No author: the title in quotation marks opens the entry (MLA 9,
		// 5.19; Chicago 17, 14.75).
		if t, _, q := quotedTitle(s); q && !strings.ContainsAny(t, "“\"«") {
			e := &enEntry{p: p, note: note}
			e.readRest(s, false)
			return true
		}
	}
	if head := quotedHeading(s); head != "" && (!ok || orgEnds[strings.TrimSuffix(lastWord(head), ".")] || orgNamedHeading(head, note)) {
		// "Name Labs, “Title,”": a company's name reads as a person's.
		readQuotedHeading(p, s, head, note)
		return true
	}
	if head := italicHeading(p.plain, s, note); head != "" {
		// IEEE Reference Guide, "Corporate author": "Org Name, *Title*,
		// Year."
		p.Item.Author = []Name{{Literal: head}}
		e := &enEntry{p: p, note: note}
		e.readRest(s[len(head)+2:], true)
		return true
	}
	if !ok && (readStandard(p, s) || readCommaWeb(p, s)) {
		return true
	}
	if !ok {
		return readOrgEnglish(p, s, footnote)
	}
	names, rest, editors := enNames(s, o)
	if len(names) == 0 {
		return false
	}
	if i := italicStartIn(p.plain, s); i > 0 && i < len(s)-len(rest) {
		// "James Kurose and Keith Ross, *Computer Networking: …*": the
		// names end where the title in emphasis begins.
		if n2, r2, ed2 := enNames(s[:i], o); len(n2) > 0 {
			names, rest, editors = n2, r2+s[i:], ed2
		}
	}
	if o == orderGivenFirst && !editors && readNamedShortNote(p, names, rest) {
		return true
	}
	// A name printed given name first before APA's date in parentheses
	// heads an APA entry, not a note.
	apaDated := o == orderGivenFirst && !note && enParenDate.MatchString(rest)
	e := &enEntry{p: p, note: note || o == orderGivenFirst && !apaDated, apa: o == orderFamilyInitials || apaDated, ieee: o == orderInitialsFamily}
	it := &p.Item
	if note && o == orderInitialsFamily {
		// Chicago 17, 14.20: "J. Evetts Haley" in a note is an initial and a
		// given name before the family name, not IEEE's family name of two
		// words.
		for k := range names {
			names[k] = givenAfterInitial(names[k])
		}
	}
	if o == orderGivenFirst && len(names) == 1 && orgEnds[names[0].Family] && names[0].Given != "" && !strings.Contains(names[0].Given, ".") {
		// "County Book Committee, Title (…)", "World Bank. Title": a body
		// named first, its last word no family name.
		names[0] = Name{Literal: names[0].Given + " " + names[0].Family}
	}
	if editors {
		it.Editor = names
	} else {
		it.Author = names
	}
	if i := screenNameEnd(rest); i > 0 {
		// APA 7, 10.12: the screen name in brackets after the author's
		// name, "Family, I. [ScreenName]. (2023, April 12)."
		rest = rest[i:]
	}
	rest, comma := e.readDate(rest)
	if e.note {
		// A note that cites two works is read for its first (Chicago 17,
		// 14.44: works in one note are separated by semicolons).
		if parts := splitOutside(rest, "; "); len(parts) > 1 {
			rest = parts[0]
		}
		if i := secondWorkAt(rest); i > 0 {
			rest = rest[:i]
		}
	}
	e.readRest(rest, comma || o == orderGivenFirst)
	return true
}

// givenAfterInitial moves the first of two capitalised words read as a
// family name after initials to the given names: "J." "Evetts Haley"
// becomes "J. Evetts" "Haley"; a particle ("De Francisci Morales") stays.
func givenAfterInitial(n Name) Name {
	first, rest, ok := strings.Cut(n.Family, " ")
	if !ok || strings.Contains(rest, " ") || n.Given == "" || particleEnd(strings.ToLower(first)+" ") > 0 {
		return n
	}
	n.Given, n.Family = n.Given+" "+first, rest
	return n
}

// readAuthorsAfterTitle reads a journal article as reading lists of
// evidence-based medicine print it: the title first, then the authors,
// then the journal with Citing Medicine's colon and semicolon swapped,
// "Title. A. B. Family, C. Family. Journal 2002: 359(9307); 696-700.".
func readAuthorsAfterTitle(p *parsed, s string) bool {
	if !strings.Contains(s, ": ") || !strings.Contains(s, ";") {
		return false
	}
	b, ok := swappedVancouverAt(s)
	if !ok {
		return false
	}
	k := strings.LastIndex(s[:b.start], ". ")
	if k < 0 {
		return false
	}
	title, names, ok := titleThenNames(s[:k])
	if !ok {
		return false
	}
	it := &p.Item
	it.Title, it.Author = title, names
	it.ContainerTitle = cleanTitle(s[k+2 : b.start])
	y, _ := strconv.Atoi(b.year)
	it.Issued = NewDate(y)
	it.Volume, it.Issue, it.Page = b.volume, b.issue, b.pages
	e := &enEntry{p: p, apa: true, host: true, journal: true}
	e.finish(s[b.end:])
	return true
}

// withoutOriginal returns s without the description in the original
// language that English renderings of Russian references print last, in
// brackets ("… Moscow: Nauka. [In Russian]. [Иванов И. И. Название. – М.:
// Наука, 1974. – 309 с.]"): a Cyrillic bracket after Latin text only.
func withoutOriginal(s string) string {
	t := strings.TrimRight(s, " .")
	if !strings.HasSuffix(t, "]") {
		return s
	}
	i := strings.LastIndex(t, " [")
	if i < 0 || !hasCyrillic(t[i:]) || hasCyrillic(t[:i]) {
		return s
	}
	return strings.TrimRight(t[:i], " .")
}

// withoutFirstPublished returns s without APA 7's note on the first
// publication of a republished or translated work, "… Publisher.
// (Original work published 1911)" (10.2), which dates no part of the
// entry.
func withoutFirstPublished(s string) string {
	if !strings.Contains(s, "(Original work published ") {
		return s // a search forward finds the rare "(" faster than LastIndex's rolling hash reads every byte
	}
	i := strings.LastIndex(s, "(Original work published ")
	if !strings.HasSuffix(strings.TrimRight(s[i:], " ."), ")") {
		return s
	}
	return strings.TrimRight(s[:i], " ")
}

// repeatedAuthorEnd returns the end of the dash that stands for the
// author at the start of s, with the full stop or comma after it: a run of
// em dashes ("———. ", which the shared preprocessing leaves as one), or
// of three or more underscores or hyphens ("__________. "); or -1.
func repeatedAuthorEnd(s string) int {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '—', '―':
			n += 3
		case '_', '-', '–':
			n++
		default:
			size = 0
		}
		if size == 0 {
			break
		}
		i += size
	}
	if n < 3 || i+2 > len(s) || s[i] != '.' && s[i] != ',' || s[i+1] != ' ' {
		return -1
	}
	return i + 2
}

// withoutNoteMarks returns s without what a note adds after the work it
// cites: the mark an editor's check of the sources leaves after the full
// stop, one capital in parentheses, alone or with a remark after a
// semicolon or "for" ("… 1995). (S)", "(S; publisher M)", "(S for 1996;
// 1989 M)"), and an explanatory parenthetical at the end ("(citing
// Name)").
func withoutNoteMarks(s string) string {
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, ").") {
		return s
	}
	if m := enCheckMark.FindStringIndex(s); m != nil {
		s = s[:m[0]+1]
	}
	if m := findIf(enCitingParen, s, strings.Contains(s, "(citing ") || strings.Contains(s, "(quoting ")); m != nil {
		// The Bluebook's explanatory parenthetical (rule 1.5), "…, URL
		// (citing Name).": the source the cited work relies on.
		s = strings.TrimSuffix(s, m[0]) + "."
	}
	return s
}

// enNoDOI is the bracket that held "[DOI: …]" after the DOI was taken
// out, or a DOI the list says there is none of: "[DOI: N/A]".
var enNoDOI = lazyRegexp(`(?i)\s*\[\s*(?:doi\s*:?\s*(?:n/?a)?\s*\]?)?\.?$`)

// withoutDOIBrackets returns s without what stays of a DOI in brackets at
// its end.
func withoutDOIBrackets(s string) string {
	if !strings.HasSuffix(s, "[") && !strings.HasSuffix(s, "]") && !strings.HasSuffix(s, "].") {
		return s
	}
	if m := enNoDOI.FindStringIndex(s); m != nil && m[0] > 0 {
		return s[:m[0]]
	}
	return s
}

// screenNameEnd is the end of a screen name in brackets that opens s
// before the date in parentheses, "[ScreenName]. (2023)", or -1.
func screenNameEnd(s string) int {
	t := strings.TrimLeft(s, " .")
	if !strings.HasPrefix(t, "[") {
		return -1
	}
	j := strings.IndexByte(t, ']')
	if j < 2 || strings.ContainsAny(t[1:j], " [") || !strings.HasPrefix(strings.TrimLeft(t[j+1:], " ."), "(") {
		return -1
	}
	return len(s) - len(t) + j + 1
}

// noteCitationStart is where the citation of a note that opens with prose
// starts (Chicago 17, 14.37: a note may comment before it cites), or -1:
// after a sentence, after "in" or after "see", names given first and a
// comma, or an organisation before a quoted title. "This is a
// description. Name Name, Title (…)", "Figure 3 in Name Name, Title, …",
// "For more on this, see Name Name, Title (…)" (the comma before "see"
// often left out). A connective opening the
// sentence ("Thus, Name Name, …") is passed over.
func noteCitationStart(s string) int {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], ". ")
		k := strings.Index(s[i:], " in ")
		if l := strings.Index(s[i:], " see "); l >= 0 && (j < 0 || l < j) && (k < 0 || l < k) {
			i += l + len(" see ")
		} else {
			switch {
			case j < 0 && k < 0:
				return -1
			case j < 0 || k >= 0 && k < j:
				// Prose runs into "in" without a comma: "Figure 3 in Name";
				// "Title of Work, in Book, ed. …" is a citation.
				sentence := s[strings.LastIndex(s[:i+k], ". ")+1 : i+k]
				i += k + len(" in ")
				if strings.Contains(sentence, ",") {
					continue
				}
			default:
				i += j + len(". ")
			}
		}
		at := i + noteConnectiveEnd(s[i:])
		c := s[at:]
		if gf := enGivenFamily.FindStringSubmatch(c); gf != nil && (strings.HasPrefix(gf[3], ",") || strings.HasPrefix(strings.TrimSpace(gf[3]), "and")) {
			return at
		}
		if at > i && strings.HasPrefix(s[i:], "See") && familyComma(c) && hasNoteImprint(c) {
			// "See Family, Title (Place: Publisher, Year), 114": a work
			// cited before in full, named by its author's family name.
			return at
		}
		if h := quotedHeading(c); h != "" && orgEnds[strings.TrimSuffix(lastWord(h), ".")] {
			return at
		}
	}
	return -1
}

// secondWorkAt is where ", and " joins a second work to the first of a
// note, or -1: after the imprint's parenthesis and the page cited, before
// names given first and a comma ("(Duke UP, 2023), and Name Name, Title
// (…)") or a family name and a comma ("(…, 2000), 114, and Family,
// Title, 99").
func secondWorkAt(s string) int {
	for i := strings.Index(s, ", and "); i >= 0; {
		before := strings.TrimRight(s[:i], "0123456789–-, p.")
		after := s[i+len(", and "):]
		if strings.HasSuffix(before, ")") {
			if gf := enGivenFamily.FindStringSubmatch(after); gf != nil && strings.HasPrefix(gf[3], ",") || familyComma(after) {
				return i
			}
		}
		j := strings.Index(after, ", and ")
		if j < 0 {
			break
		}
		i += len(", and ") + j
	}
	return -1
}

// familyComma reports a capitalised word and a comma opening s, the
// family name of a shortened citation ("Family, Title, 99").
func familyComma(s string) bool {
	i := strings.Index(s, ", ")
	r, _ := utf8.DecodeRuneInString(s)
	return i > 1 && unicode.IsUpper(r) && !strings.ContainsAny(s[:i], " .")
}

// notePrefixEnd is the length of the words that point to a note's
// citation before it begins, "See, for example, ", "Cf. ", "See also ",
// when a capital follows them; 0 otherwise.
func notePrefixEnd(s string) int {
	for _, w := range []string{"See, for example, ", "See, e.g., ", "See, for instance, ", "See also ", "See ", "Cf. ", "For example, ", "For instance, ", "E.g., "} {
		if strings.HasPrefix(s, w) && startsUpper(s[len(w):]) {
			return len(w)
		}
	}
	return 0
}

// noteConnectiveEnd is the length of the connective or referral that
// opens a sentence of a note before its citation ("Thus, ", "See also "),
// or 0.
func noteConnectiveEnd(s string) int {
	for _, w := range []string{"Thus, ", "Hence, ", "Also, ", "Similarly, ", "See also ", "See ", "Cf. "} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// hasNoteImprint reports the "(Place: Publisher, Year)" of a Chicago note,
// followed by nothing or by the page cited, and not a date in parentheses
// ("(October 14, 2017): 94–101" of a journal).
func hasNoteImprint(s string) bool {
	if i := strings.Index(s, "); "); i > 0 {
		s = s[:i+1] // Chicago 17, 14.44: a note citing two works, read for its first
	}
	m, ok := noteImprintIndex(s)
	if !ok {
		return false
	}
	inner := s[m[2]:m[3]]
	first := strings.Fields(inner)[0]
	return month(strings.Trim(first, ".,")) == 0 || strings.Contains(inner, ":")
}

// givenFirstNote reports a note of the Oxford style printed without
// parentheses: "Given Family, Title, Place: Publisher, Year, p. 311."
// (names given first, a comma, and the page cited at the end); gf is the
// match of enGivenFamily on s.
func givenFirstNote(s string, gf []string) bool {
	m := gf
	return m != nil && strings.HasPrefix(m[3], ",") && enPageEnd.MatchString(tail(s, 24))
}

// mayBeEnglish declines the GOST family: a host after "//", areas after
// a spaced dash, a "№"; and Cyrillic entries, unless they carry the
// quotation marks of a title in an English style (OJS renderings of MLA
// and Chicago: «Title», "Title").
func mayBeEnglish(raw, s string) bool {
	if strings.Contains(raw, " //") || strings.Contains(s, "//") || includes(s, "№") {
		return false
	}
	if hasCyrillic(s) && !quotedAfterHeading(s) && !strings.Contains(s, ". (n.d.).") || gostResponsibility(s) {
		// (APA's "(n.d.)" marks an English-style list whatever the
		// language of its titles.)
		return false
	}
	// The dash is asked last: its test reads the text after each dash.
	return !gostAreaDash(s)
}

// gostResponsibility reports GOST's statement of responsibility after the
// title: " / " and an initial or an editor's word ("Software Engineering /
// I. Sommerville. 10th ed. Boston : Pearson, 2016").
func gostResponsibility(s string) bool {
	i := strings.Index(s, " / ")
	if i < 0 {
		return false
	}
	after := s[i+3:]
	r, n := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r) && strings.HasPrefix(after[n:], ".") || editorWords.MatchString(after)
}

// quotedAfterHeading reports a title in quotation marks (straight, curly
// or «») right after the heading's full stop, with the host after it, as OJS
// renders MLA and Chicago for Cyrillic titles: `Family, I. "Title".
// Journal, …`, `… 2012. "Title". Journal …`.
func quotedAfterHeading(s string) bool {
	head := s
	if len(head) > 300 {
		head = head[:300] // a heading is short
	}
	for _, open := range []string{`. "`, `. “`, `. «`} {
		i := strings.Index(head, open)
		if strings.HasPrefix(s, open[2:]) {
			i = -2 // no heading: the title opens the entry
		} else if i < 0 {
			continue
		} else if j := sentenceEnd(s[:i+2]); j >= 0 && j < i && !yearSeg(strings.Trim(s[j+1:i], " .()")) {
			// A sentence other than the heading's year ("Names. 2012.
			// «Title»") ends before it: a quote inside the areas
			// ("Title. Материалы конф. «…»").
			continue
		}
		q := s[i+2:]
		title, rest, ok := quotedTitle(q)
		if !ok {
			continue
		}
		// The title's own full stop or comma closes it: `"Title".`,
		// `"Title,"`; not a quoted name inside a title (`"Мертвые души"
		// Гоголя`).
		closing := q[len(open)-2+len(title) : len(q)-len(rest)]
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsAny(closing, ".,") && (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(quoteOpen, r)) && !gostImprintIn(rest) {
			return true
		}
	}
	return false
}

// gostImprintIn reports a GOST imprint, "Place: Publisher", opening s or
// a sentence of s ("Исследования. М.: Наука, 2010").
func gostImprintIn(s string) bool {
	for i := 0; i >= 0 && i < len(s); {
		t := s[i:]
		if c := strings.IndexByte(t, ':'); c > 0 && c < 40 && enPlace(firstPlace(t)) {
			return true
		}
		j := strings.Index(t, ". ")
		if j < 0 {
			break
		}
		i += j + 2
	}
	return false
}

// gostAreaDash reports a spaced dash that opens a GOST area: after a full
// stop, or before a place, a year or a number ("— New York: Norton,
// 2001", "– С. 5"); a hyphen typed for the dash counts after a full stop
// before a field (". - М.: Наука, 2003"). A dash inside an English title
// ("Growth – a review") is none.
func gostAreaDash(s string) bool {
	for _, d := range []string{" – ", " — ", ". - "} {
		for i := strings.Index(s, d); i >= 0; {
			if (d == ". - " && fieldish(s[i+len(d):]) || d != ". - " && (strings.HasSuffix(s[:i], ".") || fieldish(s[i+len(d):]))) && !insideQuotes(s[:i]) {
				return true
			}
			j := strings.Index(s[i+len(d):], d)
			if j < 0 {
				break
			}
			i += len(d) + j
		}
	}
	return false
}

// insideQuotes reports whether the end of s is inside a title in
// quotation marks of an English style: a straight quotation mark left
// open, or a “ after the last ”.
func insideQuotes(s string) bool {
	return strings.Count(s, `"`)%2 == 1 || strings.LastIndex(s, "“") > strings.LastIndex(s, "”")
}

// hasCyrillic reports a Cyrillic letter in s.
func hasCyrillic(s string) bool {
	for _, r := range s {
		// The Cyrillic script starts at U+0400.
		if r >= 0x400 && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// readDate reads the date printed right after the names and reports
// whether a comma followed it (AGPS Harvard: the fields that follow are
// separated by commas).
func (e *enEntry) readDate(rest string) (string, bool) {
	it := &e.p.Item
	if m := enParenDate.FindStringSubmatch(rest); m != nil {
		if !isDigit(m[1][0]) {
			// APA 7, 9.17: "(n.d.)", "(in press)"; Cite Them Right: "(no
			// date)".
			return rest[len(m[0]):], false
		}
		y, _ := strconv.Atoi(m[1])
		it.Issued = NewDate(y)
		if md := strings.TrimSpace(m[2]); md != "" {
			addMonthDay(it.Issued, monthDay.FindStringSubmatch(md))
			e.dateMD = e.apa && len(it.Issued.Parts[0]) > 1
		}
		return rest[len(m[0]):], strings.HasSuffix(strings.TrimSpace(m[0]), ",")
	}
	if m := enBareDate.FindStringSubmatch(rest); m != nil {
		y, _ := strconv.Atoi(m[1])
		it.Issued = NewDate(y)
		return rest[len(m[0]):], m[2] == ","
	}
	return strings.TrimLeft(rest, " .,:"), false
}

// readRest reads the title and what follows it.
func (e *enEntry) readRest(rest string, commaFields bool) {
	it := &e.p.Item
	semi := strings.HasSuffix(e.p.plain, ";")
	rest = e.cleanTail(rest)
	if i := speechDescriptionAt(rest); i > 0 {
		// MLA 9, 5.93: "…, Place. Lecture.": the kind of a talk ends the
		// entry.
		e.speech, it.Genre = true, strings.TrimRight(rest[i+2:], ".")
		rest = rest[:i+1]
	}
	vrest := rest
	if semi && !strings.Contains(rest, ";") {
		// Citing Medicine, "Journal. 2021;" with no numbers yet (an
		// article ahead of print): the semicolon after the date marks the
		// journal's date.
		vrest = rest + ";"
	}
	if m := findIf(enVancouver, vrest, strings.Contains(vrest, ";")); m != nil && !startsQuote(rest) && vancouverTitleEnd(m[1]) > 0 && strings.Count(m[0], "(") <= strings.Count(m[0], ")") {
		// (Not "(Nauka, Moscow, 1988; Pergamon, …)": a semicolon inside
		// an imprint's parenthesis parts two imprints.)
		// Citing Medicine: the journal is the last sentence before the
		// date; everything before it is the title, which may end in its
		// own question or exclamation mark (ch. 1, "Article title").
		i := vancouverTitleEnd(m[1])
		title := m[1][:i]
		if m[1][i] != '.' {
			title = m[1][:i+1]
		}
		it.Title = cleanTitle(enStripMarkers(title))
		it.ContainerTitle = cleanTitle(enStripMarkers(m[1][i+2:]))
		if t, c, ok := strings.Cut(it.Title, " / "); ok && !strings.Contains(c, ".") && !strings.HasPrefix(c, "In") {
			// "Title / Journal. Place. 2017; 1:91-96": GOST's slashes
			// typed once before a Vancouver journal.
			if place := strings.TrimLeft(it.ContainerTitle, "-– "); enPlace(place) {
				it.PublisherPlace = place
			}
			it.Title, it.ContainerTitle = t, c
		}
		y, _ := strconv.Atoi(m[2])
		if it.Issued == nil {
			it.Issued = NewDate(y)
		}
		it.Volume, it.Issue, it.Page = m[3], m[4], m[5]
		e.host, e.journal = true, true
		e.finish(vrest[len(m[0]):])
		return
	}
	rest = e.takeDescription(rest)
	if strings.Contains(rest, "diss") {
		rest = e.takeThesisBracket(rest)
	}
	if e.apa && e.readUntitledArticle(rest) {
		e.finish("")
		return
	}
	title, after := e.splitTitle(rest, commaFields)
	if m := titleEdition.FindStringSubmatch(title); m != nil {
		it.Edition = m[1]
		title = strings.Replace(title, m[0], "", 1)
	}
	title = e.takeTitleRoles(title)
	if e.note {
		title = e.takeNoteVolume(title)
		if m := enPageEnd.FindStringIndex(title); m != nil && strings.TrimSpace(after) == "" && e.p.Locator == "" {
			// A shortened note, "Family, Title, pp. 185–6.": the page
			// cited closes the title.
			e.p.Locator = enPages.FindStringSubmatch(title[m[0]:])[1]
			title = title[:m[0]]
		}
	}
	if m := enEditionEnd.FindStringSubmatchIndex(title); m != nil && it.Edition == "" {
		// Chicago 17, 14.113: "Title, 2nd ed. (Place: …)" in a note,
		// "Title. 2nd ed. (…)" as the bibliography prints it.
		it.Edition = title[m[2]:m[3]]
		title = title[:m[0]]
	}
	if m := apaBracket.FindStringSubmatch(title); m != nil {
		it.Genre = strings.TrimSpace(strings.SplitN(m[1], ",", 2)[0])
		if _, univ, ok := strings.Cut(m[1], ", "); ok && enThesis.MatchString(it.Genre+".") && startsUpper(univ) {
			e.institution = strings.TrimSpace(univ)
		}
		title = strings.Replace(title, m[0], "", 1)
	}
	title = e.takeTitleParenthesis(title)
	if i := strings.LastIndex(title, " ["); i > 0 && strings.HasSuffix(title, "]") && presentationWord(title[i+2:len(title)-1]) {
		// APA 7, 10.5: "Title [Paper presentation]. Conference Name,
		// Place."
		it.Genre, title, e.presented = title[i+2:len(title)-1], title[:i], true
	}
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") && versionWord(title[i+2:len(title)-1]) {
		// APA 7, 10.9–10.10: "Title (Version 1.2) [Computer software]".
		title = title[:i]
	}
	if m := findIf(enReportNo, title, strings.Contains(title, "No.")); m != nil {
		it.Number = m[1]
		if it.Genre == "" {
			it.Genre = "report"
		}
		title = strings.Replace(title, m[0], "", 1)
	}
	if m := enTitleDate.FindStringSubmatchIndex(title); m != nil && month(title[m[2]:m[3]]) > 0 {
		// A date in parentheses after the title, "Title (September
		// 2008)", is the work's date, not part of its title.
		if it.Issued == nil {
			e.readDateIn(title[m[2]:])
		}
		title = title[:m[0]]
	}
	title = e.takeTranslators(title)
	after = e.takeTranslators(after)
	it.Title = cleanTitle(enStripMarkers(title))
	if t, site, ok := titleCommaSite(it.Title, after, e); ok {
		it.Title, it.ContainerTitle, e.host, e.web = t, site, true, true
	}
	if it.Language == "ru" {
		it.Title = withoutGenre(it.Title)
	}
	if m := findIf(enTitleDesignation, it.Title, strings.ContainsAny(it.Title, "0123456789")); m != nil && it.Number == "" {
		// APA 7, 10.4 and 11.x: a standard's designation before its name,
		// "ISO/IEC 27001:2022 Information Security …".
		it.Number, it.Title, e.kind = m[1], it.Title[len(m[0]):], "standard"
	}
	after = strings.TrimLeft(enStripMarkers(after), " .,;:")
	if v := versionEnd(after); v > 0 {
		// IEEE Reference Guide, "Software", "Manuals": the version after
		// the title, "*Title*, version 3.x, Year.", names no publisher.
		after = strings.TrimLeft(after[v:], " ,")
	}
	if d := strings.TrimRight(after, ". "); venueAcronym(d, it.Issued) {
		// A paper cited by its conference's acronym and year, as lists of
		// machine learning print them: "“Title.” *ACL 2020*."
		it.ContainerTitle, after = d, ""
		e.host, e.journal, e.venue = true, true, true
	} else if d != "" && isDigit(d[len(d)-1]) && enSeriesNumber.MatchString(d) {
		// APA 7, 10.4: a report's number after its title, as lists print
		// it in a sentence of its own ("Title. NIST SP 800-53 Rev. 5.
		// URL"); an RFC's is a standard's.
		it.Number, after = d, ""
		if !enStandard.MatchString(strings.ToLower(d)) {
			it.Genre = "report"
		}
	} else if d, imprint, ok := strings.Cut(after, ". "); ok && d != "" && isDigit(d[len(d)-1]) && enColonImprint.MatchString(imprint) && enSeriesNumber.MatchString(d) {
		// The report's number in a sentence before the imprint: "Title.
		// HC 1229. London: Publisher." (Harvard).
		it.Number, it.Genre, after = d, "report", imprint
	}
	if m := enBareDate.FindStringSubmatch(after); m != nil && e.quoted && it.Issued == nil {
		// Chicago 17, 15.41, no author: "“Title.” 2020. Journal …".
		y, _ := strconv.Atoi(m[1])
		it.Issued = NewDate(y)
		after = after[len(m[0]):]
	}
	if strings.HasPrefix(after, "inProc") {
		after = "in " + after[2:] // "in" glued to "Proceedings" by a PDF's text layer
	}
	switch {
	case it.Issued != nil && len(it.Issued.Parts[0]) == 1 && enDayMonth.MatchString(strings.TrimRight(after, ". ")) &&
		month(strings.Trim(after, "0123456789. ")) > 0:
		// Cite Them Right: "Title [Blog]. 3 March." — the day and month
		// of the year printed after the name.
		addMonthDay(it.Issued, monthDay.FindStringSubmatch(strings.TrimRight(after, ". ")))
	case e.presented && after != "":
		it.ContainerTitle = cleanTitle(firstClauseTo(after, ","))
		e.host = true
	case e.readPresentedAt(after):
	case e.retrievedFrom != "" && after == "":
		// APA 6: "Title. Retrieved from Site Name: URL" names the site.
		it.ContainerTitle = cleanTitle(e.retrievedFrom)
		e.host, e.web = true, true
	case e.note && e.quoted && enEditedByStart.MatchString(after):
		// Notes of reference works: "Name, “Entry,” ed. Name Name,
		// Encyclopedia (Publisher, Year), page."
		e.host = true
		e.readHost(strings.TrimLeft(e.readRoles(after), " ,"))
	case strings.HasPrefix(after, "in ") && seriesImprintAt(after[3:]) > 0 && !(e.quoted && startsEmphasis(e.p.plain, after[3:])):
		// IEEE (as reference managers print it): "Title. in Series
		// Name. Place: Publisher, Year." — a lower-case "in" after the
		// title's full stop names the book's series.
		i := 3 + seriesImprintAt(after[3:])
		it.CollectionTitle = cleanTitle(after[3:i])
		e.readBook(after[i+2:])
	case enIn.MatchString(after):
		e.host, e.in = true, true
		e.readHost(after[len(enIn.FindString(after)):])
	case e.quoted && e.ieee && (strings.HasPrefix(after, "Proc. ") || strings.HasPrefix(after, "Proceedings ")) && !strings.Contains(after, "vol."):
		// IEEE with "in" left out: `"Title," Proc. Conference, Year.`
		// ("Proc. Name, vol. 82" is a journal's, "Proc. IEEE").
		e.host, e.in = true, true
		it.ContainerTitle = e.readConference(strings.TrimRight(after, ". "))
	case e.quoted && enDesignation.MatchString(after):
		// IEEE Reference Guide, "Standards": `"Title," RFC 1234, Year.`
		number, imprint, _ := strings.Cut(after, ",")
		it.Number = strings.TrimSpace(number)
		e.readImprint(imprint)
	case e.quoted && (enThesis.MatchString(after) || enTechReport.MatchString(after)):
		// IEEE Reference Guide, "Theses", "Reports": `"Title," M.S.
		// thesis, University, City, Year.`, `"Title," Company, City,
		// Tech. Rep. 99-02, Year.`
		e.readBook(after)
	case e.note && noteImprintFirst(after):
		// Chicago 17, 14.20; Oxford notes: "Title, 3rd edn (Place:
		// Publisher, Year), p. 12." — the imprint of a book.
		e.readBook(after)
	case e.note && e.quoted && bookBeforeNoteImprint(after) > 0:
		// Chicago 17, 14.106 with "in" left out: "Name, “Chapter,” Book
		// (Place: Publisher, Year), p. 75." — the book holds the chapter.
		i := bookBeforeNoteImprint(after)
		it.ContainerTitle, e.host = cleanTitle(after[:i]), true
		e.readBook(after[i:])
	case e.quoted && strings.HasPrefix(after, "Proceedings ") && strings.Contains(after, ", ") && italicSpanAt(e.p.plain, after) != "":
		// Chicago 17, 14.217: "“Paper.” *Proceedings of the … Conference,
		// Place, Month Year*. Publisher, Year." — the italics bound the
		// proceedings' title, place and date included.
		span := italicSpanAt(e.p.plain, after)
		it.ContainerTitle, e.host = cleanTitle(span), true
		e.readBook(strings.TrimLeft(after[len(span):], " .,"))
	case e.quoted && mla7EditorsAt(after) > 0:
		// MLA 7: "“Title.” Book. Eds. Name Name and Name Name. Place:
		// Publisher, Year. Pages. Print."
		e.readMLA7Host(after, mla7EditorsAt(after))
	case e.quoted && e.readRepository(after):
	case e.readPreprint(after):
	case e.apa && publisherSemicolonYear(after):
		// Citing Medicine, ch. 2: "Publisher; 2020" with the place left
		// out, a journal's semicolon follows its year.
		e.readBook(after)
	case e.quoted && !e.note && e.readMLAProceedings(after):
	case e.readDatedPeriodical(after):
	case e.quoted && e.readMagazineIssue(after):
	case e.readJournal(after):
	case e.apa && !e.quoted && e.readPagedHost(after):
	case e.apa && !e.quoted && e.readItalicHost(after):
	case e.apa && !e.quoted && e.readPlainHost(after):
	case e.quoted && after != "" && (!enImprintLike(after) || strings.Contains(after, ", by ") || containsLower(after, "last modified", "last updated", "published ") || bareLinkPart(after) != ""):
		// Chicago 17, 14.206: "“Title,” Owner, last modified Date, URL."
		e.readWebContainer(after)
	default:
		e.readBook(after)
	}
	e.finish("")
}

// enMeetingDays are a meeting's days, month and year closing a
// proceedings' name: ", 22-23 July 2020", ", 24-25 Sept. 2014 2014".
var enMeetingDays = lazyRegexp(`,\s*(\d{1,2})\s*[-–]\s*\d{1,2}\s+(\p{Lu}\p{Ll}{2,8})\.?\s+((?:1[89]|20)\d\d)(?:\s+(?:1[89]|20)\d\d)?$`)

// enReportSeries is a report series and number closing an entry:
// "World Bank Policy Research Working Paper 2867.", "IUJ working paper
// EMS-2022-01", "Discussion Paper No. 12".
var enReportSeries = lazyRegexp(`(?:^|[.,]\s+)((?:\p{Lu}[\w&-]*\s+){0,6}(?i:working|discussion|policy|research|occasional|technical)\s+(?i:papers?|reports?|notes?))(?:\s+(?i:no\.?|series))?\s+([A-Z]{0,4}-?\d[\w./-]*)\.?\s*$`)

// takeReportSeries reads the report series and number that close an
// entry (APA 7, 10.4), and returns the entry without them.
func (e *enEntry) takeReportSeries(s string) string {
	if !containsLower(lower(s), "paper", "report", "note") {
		return s
	}
	m := enReportSeries.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	it := &e.p.Item
	it.CollectionTitle, it.CollectionNumber, it.Genre = s[m[2]:m[3]], s[m[4]:m[5]], "report"
	return strings.TrimRight(s[:m[0]], " .,") + "."
}

// takeNoteVolume reads the volume a note's title names and returns the
// title without it: "Title, vol. 1, Title of the Volume", "Title, Volume
// 1" (Chicago 17, 14.121: the work is the set's volume); the extent of
// the set, "Title, 10 vols." (14.116), is dropped.
func (e *enEntry) takeNoteVolume(title string) string {
	for _, mark := range [...]string{", vol. ", ", Vol. ", ", Volume "} {
		i := strings.Index(title, mark)
		if i <= 0 {
			continue
		}
		if j := enDigitsAt(title, i+len(mark)); j > 0 && (j == len(title) || title[j] == ',' || title[j] == ':' && mark != ", Volume ") {
			// (Physics lists name the set and its volume's own title,
			// "Course of Physics, Vol. 8: Title"; a note spells "Volume 1:
			// Title" as one title of the volume.)
			e.p.Item.Volume = title[i+len(mark) : j]
			return title[:i]
		}
	}
	if t := strings.TrimSuffix(strings.TrimRight(title, "."), " vols"); t != strings.TrimRight(title, ".") {
		if i := strings.LastIndex(t, ", "); i > 0 && allDigits(t[i+2:]) {
			return t[:i]
		}
	}
	return title
}

// readItalicHost reads the italic name that follows a plain title in APA
// 7 (10.1, 10.2, 10.5, 10.16): the title of an article, a paper or a page
// is plain and its periodical, proceedings or site is in italics, so an
// italic name after a plain title is the container even with no numbers
// ("Title. *Newspaper Name*.", "Title. *Proceedings of the … Conference*.",
// "Title. *Site Name*. URL"). A report's series in italics ("*Name Working
// Paper No. 12*. Publisher.", APA 7, 10.4) is the series, and a publisher
// follows it.
func (e *enEntry) readItalicHost(s string) bool {
	it := &e.p.Item
	c := italicSpanAt(e.p.plain, s)
	if c == "" || it.Title == "" || italicSpanAt(e.p.plain, it.Title) != "" {
		return false
	}
	rest := strings.TrimLeft(s[len(c):], " .,;:")
	if i := strings.LastIndex(c, " No. "); i > 0 && enReport.MatchString(c[:i]) {
		it.CollectionTitle, it.CollectionNumber = cleanTitle(c[:i]), strings.TrimSpace(c[i+len(" No. "):])
		it.Genre = "report"
		e.readBook(rest)
		return true
	}
	it.ContainerTitle = cleanTitle(c)
	e.host = true
	if it.URL != "" && it.DOI == "" && !confRe.MatchString(c) {
		e.web = true
	} else {
		e.journal = true
	}
	if r := strings.TrimRight(rest, ". "); pagesOnly(r) {
		// "*Proceedings Name*, 33–39.": the pages alone after the name.
		it.Page = r
	} else if rest != "" {
		e.readBook(rest)
	}
	return true
}

// publisherSemicolonYear reports "Name; 2020", a publisher without its
// place before the year, as all of s.
func publisherSemicolonYear(s string) bool {
	name, year, ok := strings.Cut(strings.TrimRight(s, ". "), "; ")
	return ok && name != "" && !strings.ContainsAny(name, ".:;") && len(year) == 4 && startsYear(year)
}

// readPagedHost reads the book a chapter is part of, named after the
// chapter's title without "In" and followed by the chapter's pages in
// parentheses and the imprint: "Title. Book Title (pp. 380–397). Place:
// Publisher." (APA 7, 10.3, as the transliterated references of Russian
// journals print it).
func (e *enEntry) readPagedHost(s string) bool {
	i := strings.Index(s, " (pp. ")
	if i <= 0 || strings.Contains(s[:i], ". ") {
		return false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 {
		return false
	}
	pages := strings.TrimSpace(s[i+len(" (pp. ") : i+j])
	if !pagesOnly(pages) {
		return false
	}
	it := &e.p.Item
	it.ContainerTitle, it.Page, e.host = cleanTitle(s[:i]), pages, true
	if rest := strings.TrimLeft(s[i+j+1:], " ."); rest != "" {
		e.readImprint(rest)
	}
	return true
}

// readPlainHost reads the container of an APA entry printed without
// italics after a plain title: "Paper presented at the Conference Name,
// Place" (APA 6, 7.04); "Journal Name, 519." (a volume and no pages yet,
// APA 7, 10.1); one name that calls itself a conference or, with a DOI
// after it, a journal ("Title. 2017 Name Conference. doi:…", "Title.
// Proceedings of the … Academy of Sciences. doi:…").
func (e *enEntry) readPlainHost(s string) bool {
	it := &e.p.Item
	if it.Title == "" || s == "" {
		return false
	}
	name, num, _ := strings.Cut(strings.TrimRight(s, ". "), ", ")
	num, page, _ := strings.Cut(num, ", ")
	if num != "" && len(num) <= 4 && allDigits(num) && !yearSeg(num) && !strings.ContainsAny(name, ".:;") && !isPublisher(name) &&
		(page == "" || len(page) <= 7 && allDigits(page)) {
		// "Journal Name, 519." and "Journal Name, 12, 745.": a volume, and
		// one page or an article's number.
		it.ContainerTitle, it.Volume, it.Page = cleanTitle(name), num, page
		e.host, e.journal = true, true
		return true
	}
	if page == "" && pagesOnly(num) && !strings.ContainsAny(name, ".:;") && !isPublisher(name) {
		// "Newspaper Name, 39-51.": a periodical cited with its pages
		// alone (APA 7, 10.1, a newspaper in print).
		it.ContainerTitle, it.Page = cleanTitle(name), num
		e.host, e.journal = true, true
		return true
	}
	year := ""
	if i := strings.LastIndex(name, ". "); i > 0 && num == "" && len(name)-i-2 == 4 && yearSeg(name[i+2:]) {
		name, year = name[:i], name[i+2:] // "Journal Name. 2019.": a paper ahead of its issue
	}
	if num == "" && !strings.ContainsAny(name, ":;") &&
		(periodicalName(name) || year != "" && it.DOI != "" && !strings.Contains(name, ". ") && len(strings.Fields(name)) <= 4 && startsUpper(name) && !isPublisher(name)) {
		// A periodical named by its word ("Journal", "Review", "Revista"),
		// with no numbers yet: "Title. Name. Revista de Estudios."; or a
		// paper with its DOI and year only, ahead of its issue: "Title.
		// Hypertension. 2026. https://doi.org/…" (a book prints a place
		// or a comma before its year).
		it.ContainerTitle = cleanTitle(name)
		if year != "" && it.Issued == nil {
			e.readDateIn(year)
		}
		e.host, e.journal = true, true
		return true
	}
	if year != "" {
		name += ". " + year
	}
	if num != "" || strings.Contains(name, ". ") || strings.ContainsAny(name, ":;") {
		return false
	}
	low := strings.ToLower(name)
	switch {
	case confRe.MatchString(name) && (!isPublisher(name) || strings.HasPrefix(name, "Proceedings of ") && containsAny(name, "Conference", "Symposium", "Workshop", "Congress", "Meeting")):
		// APA 7, 10.5: "Title. *Proceedings of the … Conference*."
		// with the italics lost; a meeting is named ("Proceedings of the
		// National Academy of Sciences" is a journal's name).
		it.ContainerTitle = cleanTitle(name)
		e.host = true
	case it.DOI != "" && journalRe.MatchString(name) && !containsAny(low, "press", "publish", "books", "verlag"):
		it.ContainerTitle = cleanTitle(name)
		e.host, e.journal = true, true
	default:
		return false
	}
	return true
}

// takeThesisBracket takes out of s the description of a thesis in
// brackets as a sentence of its own, "Title [Translation]. [Author's
// abstr. doct. phil. diss.]. Place." (English renderings of Russian
// references to dissertations and their abstracts), into the genre.
func (e *enEntry) takeThesisBracket(s string) string {
	for i := strings.Index(s, " ["); i >= 0; {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return s
		}
		if inner := s[i+2 : i+j]; enThesis.MatchString(inner + ".") {
			if strings.HasSuffix(inner, " diss") {
				inner += "." // the full stop the bracket's end took
			}
			if kind, univ, ok := strings.Cut(inner, ", "); ok && enThesis.MatchString(kind+".") && startsUpper(univ) {
				inner, e.institution = kind, univ
			}
			e.p.Item.Genre = inner
			return strings.TrimRight(s[:i], ".") + "." + s[i+j+1:]
		}
		k := strings.Index(s[i+j:], " [")
		if k < 0 {
			return s
		}
		i += j + k
	}
	return s
}

// descriptionKinds are the descriptions APA 7 prints in brackets after a
// title (10.9–10.16) and the CSL type each names ("" leaves the type to the
// rest of the entry).
var descriptionKinds = map[string]string{
	"blog post": "post-weblog", "blog": "post-weblog", "data set": "dataset", "dataset": "dataset", "computer software": "software",
	"software": "software", "computer program": "software", "mobile app": "software", "source code": "software",
	"video": "", "audio podcast episode": "", "podcast episode": "", "podcast": "", "tweet": "", "infographic": "",
	"fact sheet": "", "press release": "", "brochure": "", "film": "", "motion picture": "", "lecture notes": "",
	"powerpoint slides": "", "slides": "", "webinar": "", "map": "", "photograph": "", "image": "",
	"unpublished manuscript": "manuscript", "manuscript submitted for publication": "manuscript",
	"manuscript in preparation": "manuscript", "policy brief": "report", "white paper": "report",
}

// takeDescription takes out of s the description in brackets that APA 7
// prints after a title ("Title [Blog post]. Site.", "Title (Version 2)
// [Data set]. Publisher.") into the genre, and the type it names.
func (e *enEntry) takeDescription(s string) string {
	i := strings.Index(s, " [")
	if i <= 0 {
		return s
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s
	}
	inner := s[i+2 : i+j]
	kind, ok := descriptionKinds[strings.ToLower(inner)]
	if !ok {
		return s
	}
	it := &e.p.Item
	it.Genre = inner
	if kind != "" {
		e.kind = kind
	}
	head := s[:i]
	if k := strings.LastIndex(head, " ("); k > 0 && strings.HasSuffix(head, ")") && versionWord(head[k+2:len(head)-1]) {
		head = head[:k]
	}
	return head + s[i+j+1:]
}

// versionWord reports a version statement, "Version 2", "v1.2".
func versionWord(s string) bool {
	low := strings.ToLower(s)
	return strings.HasPrefix(low, "version ") || len(low) > 1 && low[0] == 'v' && isDigit(low[1])
}

// dottedNumber reports a number of parts separated by full stops,
// "1.1.1", "0.104.1": a release of software or documentation.
func dottedNumber(s string) bool {
	dots := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.' && i > 0 && i < len(s)-1 && s[i-1] != '.':
			dots++
		case !isDigit(s[i]):
			return false
		}
	}
	return dots > 0
}

// presentationWord reports the description of a talk in brackets after
// its title (APA 7, 10.5): "Paper presentation", "Poster session",
// "Conference session", "Keynote address".
func presentationWord(s string) bool {
	return containsLower(s, "presentation", "poster", "session", "keynote", "conference paper")
}

// readPresentedAt reads "Paper presented at the Conference Name, Place"
// (APA 6, 7.04; Chicago 17, 14.217) and IEEE's "presented at the Conf.
// Name, City, Country, Date": the meeting is the container.
func (e *enEntry) readPresentedAt(s string) bool {
	low := strings.ToLower(s)
	k := -1
	for _, lead := range [...]string{"paper presented at", "presented at", "poster presented at"} {
		if strings.HasPrefix(low, lead) && len(low) > len(lead) && (low[len(lead)] == ' ' || low[len(lead)] == ':') {
			k = len(lead) + 1 // Citing Medicine, ch. 3: "Paper presented at: Conference; Date; Place."
			break
		}
	}
	if k < 0 {
		return false
	}
	s = strings.TrimLeft(s[k:], " ")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	c := firstClauseTo(s, ",;")
	if i := strings.Index(c, ". "); i > 0 && !abbreviationBefore(c[:i+1]) {
		c = c[:i]
	}
	it := &e.p.Item
	it.ContainerTitle = cleanTitle(c)
	if it.Issued == nil {
		e.readDateIn(s[len(c):])
	}
	e.host, e.presented = true, true
	return true
}

// enPeriodicalWords name periodicals in the languages English lists cite.
var enPeriodicalWords = map[string]bool{
	"Journal": true, "Review": true, "Quarterly": true, "Annals": true, "Bulletin": true, "Transactions": true,
	"Letters": true, "Revista": true, "Revue": true, "Rivista": true, "Zeitschrift": true, "Anales": true,
	"Cuadernos": true, "Cahiers": true, "Tijdschrift": true, "Magazine": true,
}

// periodicalName reports a name with one of enPeriodicalWords and no word of
// a publisher or an institution.
func periodicalName(s string) bool {
	if isPublisher(s) || institutionName(s) || len(s) > 150 {
		return false
	}
	for _, w := range strings.Fields(s) {
		if enPeriodicalWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// italicStartIn returns where in s, the entry with its marks of emphasis
// taken out, the first text plain sets in emphasis begins; -1 if none.
func italicStartIn(plain, s string) int {
	for _, mark := range [...]string{"*", "_"} {
		j := strings.Index(plain, mark)
		if j < 0 || j > 0 && plain[j-1] != ' ' {
			continue
		}
		t := strings.TrimLeft(plain[j:], "*_")
		if k := strings.IndexAny(t, "*_"); k > 0 {
			t = t[:k]
		}
		if len(t) >= 4 && !strings.HasPrefix(t, "et al") {
			return strings.Index(s, t)
		}
	}
	return -1
}

// startsEmphasis reports whether plain, the entry as printed, sets the
// text s begins with in emphasis: "in *Book*" names a book, where "in
// Series Name." after a title names a series.
func startsEmphasis(plain, s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return w != "" && (strings.Contains(plain, "*"+w) || strings.Contains(plain, "_"+w))
}

// italicSpanAt returns the text in emphasis, as plain (the entry as
// printed) marks it with asterisks or underscores, that s begins with and
// that ends at a mark of punctuation or at the end of s; or "".
func italicSpanAt(plain, s string) string {
	if !strings.ContainsAny(plain, "*_") {
		return ""
	}
	for _, mark := range [...]string{"*", "_"} {
		for i := 0; ; {
			j := strings.Index(plain[i:], mark)
			if j < 0 {
				break
			}
			j += i
			k := strings.Index(plain[j+1:], mark)
			if k < 0 {
				break
			}
			k += j + 1
			t := strings.TrimSpace(strings.Trim(plain[j+1:k], "*_"))
			if t != "" && strings.HasPrefix(s, t) && (len(s) == len(t) || strings.IndexByte(".,;:", s[len(t)]) >= 0) {
				return t
			}
			i = k + 1
		}
	}
	return ""
}

// vancouverTitleEnd is where the title ends in head, the text before a
// Citing Medicine journal's date: the last ". ", "? " or "! " (the title's
// own mark), or -1.
func vancouverTitleEnd(head string) int {
	i := strings.LastIndex(head, ". ")
	for _, mark := range [...]string{"? ", "! "} {
		if j := strings.LastIndex(head, mark); j > i {
			i = j
		}
	}
	return i
}

// versionEnd returns the end of the version statement, "version 3.x,",
// that opens s, or -1.
func versionEnd(s string) int {
	if !strings.HasPrefix(s, "version ") && !strings.HasPrefix(s, "Version ") {
		return -1
	}
	i := len("version ")
	j := strings.IndexAny(s[i:], " ,")
	if j <= 0 || !isDigit(s[i]) || s[i+j] != ',' {
		return -1
	}
	return i + j + 1
}

// withoutGenre returns the title of a Russian work rendered in English
// without the genre its subtitle names ("Title: a monograph", "Title: a
// textbook for high schools"): the translation of GOST's other title
// information "монография", "учебник", which names no part of the title.
func withoutGenre(t string) string {
	i := strings.LastIndex(t, ": ")
	if i <= 0 {
		return t
	}
	sub := strings.ToLower(t[i+2:])
	sub = strings.TrimPrefix(strings.TrimPrefix(sub, "a "), "an ")
	for _, g := range enGenres {
		if sub == g || strings.HasPrefix(sub, g+" ") {
			return t[:i]
		}
	}
	return t
}

// enGenres are the kinds of work that translated Russian titles name in a
// subtitle.
var enGenres = []string{"monograph", "collective monograph", "textbook", "tutorial", "study guide", "teaching aid", "manual", "handbook", "reference book"}

// speechDescriptionAt is where the full stop before the description of a
// talk that ends s stands ("… Philadelphia. Class lecture.", "… 4 Nov.
// 2021. Keynote address."), or -1.
func speechDescriptionAt(s string) int {
	t := strings.TrimRight(s, ". ")
	i := strings.LastIndex(t, ". ")
	if i < 0 || len(t)-i > 24 {
		return -1
	}
	words := strings.Fields(strings.ToLower(t[i+2:]))
	switch words[len(words)-1] {
	case "lecture", "address", "speech", "presentation", "talk":
		return i
	}
	return -1
}

// seriesImprintAt is where the full stop after a series' name stands in
// s when nothing but an imprint, "Place: Publisher, Year", follows it; or
// -1. The name holds no comma or colon.
func seriesImprintAt(s string) int {
	i := strings.Index(s, ". ")
	if i <= 0 || strings.ContainsAny(s[:i], ",:") || !enColonImprint.MatchString(strings.TrimRight(s[i+2:], ". ")) {
		return -1
	}
	return i
}

// mla7EditorsAt is where ". Eds. " or ". Ed. " follows the book's title
// in s, or -1.
func mla7EditorsAt(s string) int {
	if i := strings.Index(s, ". Eds. "); i > 0 {
		return i
	}
	return strings.Index(s, ". Ed. ")
}

// readMLA7Host reads the book of an MLA 7 part from s, whose editors'
// sentence opens at i: "Book. Eds. Names. Place: Publisher, Year. Pages."
func (e *enEntry) readMLA7Host(s string, i int) {
	it := &e.p.Item
	e.host = true
	it.ContainerTitle = cleanTitle(s[:i])
	rest := s[i+2:]
	rest = rest[strings.IndexByte(rest, ' ')+1:]
	if names, r, _ := enNames(rest, orderGivenFirst); len(names) > 0 {
		it.Editor = append(it.Editor, names...)
		rest = r
	}
	var imprint []string
	for _, sentence := range strings.Split(strings.TrimLeft(rest, " ."), ". ") {
		sentence = strings.TrimRight(sentence, ". ")
		switch {
		case isRange(sentence) && strings.Trim(sentence, "0123456789-–— ") == "":
			e.setPages(sentence)
		case sentence == "Print" || sentence == "Web":
		default:
			imprint = append(imprint, sentence)
		}
	}
	e.readImprint(strings.Join(imprint, ". "))
}

// noteImprintFirst reports a note's "(Place: Publisher, Year)" opening s.
func noteImprintFirst(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	m, ok := noteImprintIndex(s)
	return ok && m[0] == 0
}

// readDatedPeriodical reads a newspaper or magazine named after the title
// with the day of its issue and nothing more: "Title. Daily Courier, 15
// March 2015." (Cite Them Right, "Newspaper article"), "…, 18.11.2011";
// not a quoted title with a link, which MLA prints for a web page.
func (e *enEntry) readDatedPeriodical(s string) bool {
	m := findIf(enDatedPeriodical, s, endsInNumber(s, ',') && commaClosesHead(s))
	if m == nil || e.quoted && e.p.Item.URL != "" {
		return false // MLA 9, 5.96: "“Title.” Site, 25 Apr. 2009, URL" is a web page
	}
	d := parseDate(m[2])
	if d == nil || len(d.Parts) == 0 || len(d.Parts[0]) < 3 || isPublisher(m[1]) && !newspaperRe.MatchString(m[1]) {
		// MLA 9, 5.70: a book's publisher with the full date of
		// publication, "*Title*. Name University Press, January 1, 1982.",
		// is no newspaper.
		return false
	}
	it := &e.p.Item
	it.ContainerTitle = cleanTitle(m[1])
	if it.Issued == nil || e.quoted && len(it.Issued.Parts) == 1 && len(it.Issued.Parts[0]) == 1 && it.Issued.Year() == d.Year() {
		// Chicago 17, 15.49: the issue's day refines the year printed
		// after the names, "Name. 1983. “Title.” Paper, June 16, 1983."
		it.Issued = d
	}
	e.host, e.journal, e.dateMD = true, true, true
	return true
}

// enMagazineIssue is a magazine named after a quoted title with its
// issue's month (and day) and the article's pages: "The Atlantic, Feb.,
// 70–75", "The New Yorker, March 5, 70–75".
var enMagazineIssue = lazyRegexp(`^(\p{Lu}[^,.:;]*),\s*(\p{L}{3,})\.?(?:\s+(\d{1,2}))?,\s*(\d+(?:\s*[-–—]\s*\d+)?)\.?$`)

// readMagazineIssue reads a magazine article cited by the issue's month
// and its pages (Chicago 17, 15.47: "Name. 1979. “Title.” *Magazine*,
// Feb., 70–75."); the year printed after the names gains the month.
func (e *enEntry) readMagazineIssue(s string) bool {
	m := findIf(enMagazineIssue, s, endsInNumber(s, ',') && commaClosesHead(s))
	it := &e.p.Item
	if m == nil || month(m[2]) == 0 || it.Issued.Year() == 0 || isYearAt(m[4], 0) {
		return false // the year printed after the names; the pages no year
	}
	it.ContainerTitle, it.Page = cleanTitle(m[1]), m[4]
	if y := it.Issued.Year(); y > 0 && len(it.Issued.Parts) == 1 {
		it.Issued = NewDate(y, month(m[2]))
		if d, err := strconv.Atoi(m[3]); err == nil {
			it.Issued = NewDate(y, month(m[2]), d)
		}
	}
	e.host, e.journal, e.magazine = true, true, true
	return true
}

// readDatedNewspaper reads a newspaper cited by its name and the issue's
// date alone, "Harbour Daily News, April 15, 1879." (Chicago 17, 14.191:
// notes may cite an item of a newspaper so).
func readDatedNewspaper(p *parsed, s string) bool {
	m := findIf(enDatedPeriodical, s, endsInNumber(s, ',') && commaClosesHead(s))
	if m == nil || !newspaperRe.MatchString(m[1]) && !enNewspaperName(m[1]) {
		return false
	}
	d := parseDate(m[2])
	if d == nil || len(d.Parts) == 0 || len(d.Parts[0]) < 3 {
		return false
	}
	it := &p.Item
	it.ContainerTitle, it.Issued, it.Type = cleanTitle(m[1]), d, "article-newspaper"
	return true
}

// readUntitledArticle reads a journal article printed without its title,
// as the name-year styles of the sciences allow: "Names (Year) Journal
// Name 43:195-207." (Springer's basic style, chemistry). The journal's
// name holds no sentence and the numbers end the entry.
func (e *enEntry) readUntitledArticle(s string) bool {
	s = strings.TrimSpace(s)
	m := findIf(enUntitled, s, endsInNumber(s, ':'))
	if m == nil || strings.Contains(m[1], ". ") {
		return false
	}
	it := &e.p.Item
	it.ContainerTitle, it.Volume, it.Issue, it.Page = cleanTitle(m[1]), m[2], m[3], m[4]
	e.host, e.journal = true, true
	return true
}

// takeTitleRoles reads the parenthesis APA 7 (10.2) prints after a book's
// title for its editor, translator and edition, "(J. Name, Ed.; 4th ed.)",
// "(E. A. Name, Trans.)", and returns the title without it.
func (e *enEntry) takeTitleRoles(title string) string {
	for _, role := range [...]string{", ed. ", ", eds. ", ", edited by ", ", trans. ", ", translated by "} {
		// Chicago 17, 14.103, and older lists: "Title, ed. Name Name" ends
		// the title sentence with the editor or translator.
		i := strings.LastIndex(title, role)
		if i <= 0 {
			continue
		}
		names, rest := enRoleNames(title[i+len(role):])
		if len(names) == 0 || strings.Trim(rest, " .") != "" {
			continue
		}
		if strings.Contains(role, "tr") {
			e.p.Item.Translator = append(e.p.Item.Translator, names...)
		} else {
			e.p.Item.Editor = append(e.p.Item.Editor, names...)
		}
		return title[:i]
	}
	if !strings.HasSuffix(title, ")") || !containsAny(title, "Ed.", "Eds.", "Trans.") {
		return title
	}
	i := strings.LastIndex(title, " (")
	if i < 0 {
		return title
	}
	it := &e.p.Item
	for _, part := range strings.Split(strings.TrimSuffix(title[i+2:], ")"), ";") {
		part = strings.TrimSpace(part)
		names, role, ok := strings.Cut(part, ", ")
		switch {
		case enEdition.MatchString(part) && !strings.Contains(part, ", "):
			it.Edition = enEdition.FindStringSubmatch(part)[1]
		case !ok:
			return title
		case role == "Ed." || role == "Eds.":
			it.Editor = append(it.Editor, enRoleNamesOrNone(names)...)
		case role == "Trans.":
			it.Translator = append(it.Translator, enRoleNamesOrNone(names)...)
		default:
			return title
		}
	}
	return title[:i]
}

// takeTitleParenthesis reads the description APA prints in parentheses
// after a title and returns the title without it: the kind of a thesis
// (APA 6, 7.05: "(Doctoral dissertation)", "(Master's thesis, University
// Name)") and a book's edition and volume (APA 7, 10.2: "(Vol. 2)", "(2nd
// ed., Vol. 3)").
func (e *enEntry) takeTitleParenthesis(title string) string {
	if !strings.HasSuffix(title, ")") {
		return title
	}
	i := strings.LastIndex(title, " (")
	if i <= 0 {
		return title
	}
	it := &e.p.Item
	inner := title[i+2 : len(title)-1]
	switch {
	case enThesis.MatchString(inner) && len(inner) < 120:
		kind, univ, _ := strings.Cut(inner, ", ")
		it.Genre = strings.TrimSpace(kind)
		if univ = strings.TrimSpace(univ); univ != "" && it.Publisher == "" {
			it.Publisher = univ
		}
	case enSeriesInParens.MatchString(inner):
		// "Title (Applied Mathematics Series 55)": the book's series and
		// its number (Chicago 17, 14.123).
		m := enSeriesInParens.FindStringSubmatch(inner)
		it.CollectionTitle, it.CollectionNumber = m[1], m[2]
	case strings.HasPrefix(inner, "Ed. ") || strings.HasPrefix(inner, "Eds. "):
		// APA 6: "Title (Ed. M. Name, Trans. C. Name & M. Name)".
		eds, trans, _ := strings.Cut(inner[strings.IndexByte(inner, ' ')+1:], ", Trans. ")
		names := enRoleNamesOrNone(eds)
		if names == nil {
			return title
		}
		it.Editor = append(it.Editor, names...)
		it.Translator = append(it.Translator, enRoleNamesOrNone(trans)...)
	case enVolume.MatchString(" " + inner):
		for _, part := range strings.Split(inner, ",") {
			part = strings.TrimSpace(part)
			switch {
			case enEdition.MatchString(part):
				it.Edition = enEdition.FindStringSubmatch(part)[1]
			case enVolume.MatchString(" " + part):
				it.Volume = enVolume.FindStringSubmatch(" " + part)[1]
			default:
				return title
			}
		}
	default:
		return title
	}
	return strings.TrimSpace(title[:i])
}

// enSeriesInParens is a series named with its number in the parenthesis
// after a book's title: "Applied Mathematics Series 55", "Lecture Notes
// in Physics, vol. 12".
var enSeriesInParens = lazyRegexp(`^(\p{Lu}[\p{L} &-]*?\b(?:Series|Notes in [\p{L} ]+|Monographs?))(?:,?\s*(?:vol\.|no\.)?\s*)(\d+)$`)

// enRoleNamesOrNone reads a list of names initials first ("J. Name & K.
// Name"), or none.
func enRoleNamesOrNone(s string) []Name {
	if ns, _, _ := enNames(s, orderInitialsFamily); len(ns) > 0 {
		return ns
	}
	return nil
}

// readPreprint reads the repository and number of a preprint printed
// after the title and reports whether s opens with them: "arXiv:2101.00001"
// (Chicago 17, 14.174), "arXiv preprint arXiv:1701.00001, 2017" (IEEE, as
// Google Scholar exports it; "arXiv preprint" is the container), "E-print
// 1708.04825".
func (e *enEntry) readPreprint(s string) bool {
	if !containsLower(tail(s, 64), "print", "arxiv") {
		return false
	}
	m := enPreprintID.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		return false
	}
	it := &e.p.Item
	it.Number = s[m[2]:m[3]]
	label := strings.TrimSpace(s[:m[2]])
	if low := strings.ToLower(label); strings.HasSuffix(low, " arxiv:") && strings.Contains(low, "preprint") {
		it.ContainerTitle = strings.TrimSpace(label[:len(label)-len(" arxiv:")])
	}
	e.readDateIn(s[m[1]:])
	return true
}

// preprintRepositories are the servers whose name IEEE (as Zotero renders
// it) prints after a preprint's date: `“Title,” 2002, arXiv.`, `“Title,”
// Jan. 30, 2018, arXiv: arXiv:1801.07883.`
var preprintRepositories = [...]string{"arXiv", "bioRxiv", "medRxiv", "ChemRxiv", "TechRxiv", "PsyArXiv", "SocArXiv", "EarthArXiv", "SSRN", "Research Square", "Preprints", "OSF Preprints", "Zenodo"}

// preprintRepository returns the repository of preprintRepositories
// that part names, alone or by its address ("arXiv.org"), or "".
func preprintRepository(part string) string {
	for _, r := range preprintRepositories {
		if strings.HasPrefix(part, r) && (len(part) == len(r) || part[len(r):] == ".org") {
			return r
		}
	}
	return ""
}

// readRepository reads the date and the repository of a preprint printed
// after its quoted title: the last comma-separated part names a preprint
// server, with the paper's number after a colon or none, and every part
// before it is a part of the date; or the server's address comes first
// and the year after it.
func (e *enEntry) readRepository(s string) bool {
	parts := splitOutside(strings.TrimRight(s, ". "), ",")
	last := strings.TrimSpace(parts[len(parts)-1])
	repo := ""
	for _, r := range preprintRepositories {
		if strings.HasPrefix(last, r) && (len(last) == len(r) || last[len(r)] == ':') {
			repo = r
			break
		}
	}
	it := &e.p.Item
	if repo == "" && len(parts) == 2 && hasYear(parts[1]) && preprintRepository(strings.TrimSpace(parts[0])) != "" {
		// IEEE as reference managers print it: `"Title," arXiv.org,
		// 2019.`, the repository named as a site.
		it.ContainerTitle = strings.TrimSpace(parts[0])
		e.readDateIn(parts[1])
		e.preprint = true
		return true
	}
	if repo == "" || len(parts) < 2 && it.Issued == nil {
		return false
	}
	date := strings.Join(parts[:len(parts)-1], ",")
	if len(parts) > 1 && (!hasYear(date) || len(strings.Fields(date)) > 4) {
		return false
	}
	if it.Issued == nil {
		e.readDateIn(date)
	}
	if n := strings.TrimSpace(strings.TrimPrefix(last[len(repo):], ":")); n != "" {
		it.Number = n
	}
	e.preprint = true
	return true
}

// takeTranslators reads "trans. Edith Grossman" (Chicago 17, 14.103),
// "Translated by N. Coghill" (Harvard, MLA 9, 5.41) into the translators
// and returns s without them.
func (e *enEntry) takeTranslators(s string) string {
	m := findIf(enTranslated, s, containsLower(s, "trans", "tr."))
	if m == nil {
		return s
	}
	i := strings.Index(s, m[0])
	if ns, rest := enRoleNames(s[i+len(m[0]):]); len(ns) > 0 {
		e.p.Item.Translator = append(e.p.Item.Translator, ns...)
		return strings.TrimSpace(s[:i] + rest)
	}
	return s
}

// enRoleNames reads the names after "ed.", "trans." or "by" (Chicago 17,
// 14.103–105), given first or initials first, or family name first as
// BioMed Central prints editors ("Edited by: Family A, Family B"); in a
// note they end at the
// parenthesis of the imprint, "ed. Name Name (Place: Publisher, Year)".
// It returns the names and what follows them.
func enRoleNames(s string) ([]Name, string) {
	cut := len(s)
	if i := strings.Index(s, " ("); i > 0 {
		cut = i
	}
	for _, o := range []nameOrder{orderGivenFirst, orderInitialsFamily, orderFamilyInitials} {
		if ns, rest, _ := enNames(s[:cut], o); len(ns) > 0 {
			return ns, rest + s[cut:]
		}
	}
	return nil, s
}

// startsQuote reports whether s opens with a quotation mark.
func startsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	_, ok := quotePairs[r]
	return ok
}

// cleanTail takes out of the entry what its links and access dates left
// behind: "Retrieved from", "Available at:", "[cited …]", "просмотрено …".
func (e *enEntry) cleanTail(s string) string {
	it := &e.p.Item
	if strings.HasSuffix(strings.TrimRight(s, ". "), ")") && containsLower(s, "ed.", "edition", "transl") {
		s = enOtherEdition.ReplaceAllString(s, "")
	}
	if m := findIf(enCited, s, strings.Contains(s, "[")); m != nil {
		if d := enDateWords(m[1]); d != nil {
			it.Accessed = d
		}
		s = strings.Replace(s, m[0], "", 1)
	}
	if containsLower(s, "updated", "modified", "revised") {
		s = enUpdated.ReplaceAllString(s, "")
	}
	if m := findIf(enAccessDate, s, containsLower(s, "access")); m != nil {
		// English renderings of GOST references: "(access date:
		// 12.07.2025)", "(date of access: …)".
		if it.Accessed == nil {
			it.Accessed = parseDate(m[1])
		}
		s = strings.Replace(s, m[0], "", 1)
	}
	if m := findIf(enViewed, s, containsLower(s, "просмотрено", "viewed", "accessed")); m != nil {
		if d := slashDate(m[1]); d != nil && it.Accessed == nil {
			it.Accessed = d // "Accessed 11/2/2022"
		} else if d := parseDate(m[1]); d != nil && it.Accessed == nil {
			it.Accessed = d
		}
		s = strings.Replace(s, m[0], "", 1)
	}
	if t := tail(s, 96); containsLower(t, "retrieved from") && it.URL != "" {
		// APA 6 (7.03): "Retrieved from Site Name: URL", the URL taken out.
		if m := enRetrievedSite.FindStringSubmatchIndex(t); m != nil {
			e.retrievedFrom = strings.TrimSpace(t[m[2]:m[3]])
			s = s[:len(s)-len(t)+m[0]]
		}
	}
	for i := 0; i < 3; i++ {
		// The patterns are anchored at the end: only the tail is searched.
		s = strings.TrimRight(s, " .,;")
		t := tail(s, 48)
		if !containsLower(t, "retriev", "available", "from", "извлечено", "доступно", "disponible") {
			break
		}
		if m := enRetrieved.FindStringIndex(t); m != nil {
			s = s[:len(s)-len(t)+m[0]]
		}
	}
	return strings.TrimSpace(s)
}

// enDateWords reads "2019 May 1" (Citing Medicine) and the other forms of
// parseDate.
func enDateWords(s string) *Date {
	s = strings.TrimSpace(s)
	if m := ymdWords.FindStringSubmatch(s); m != nil && month(m[2]) > 0 {
		y, _ := strconv.Atoi(m[1])
		d := NewDate(y, month(m[2]))
		if day, _ := strconv.Atoi(m[3]); day > 0 {
			d.Parts[0] = append(d.Parts[0], day)
		}
		return d
	}
	return parseDate(s)
}

// accessDate reads the date of an access statement: a full date as
// parseDate reads it, IEEE's "06-Jun-2020" (the form reference managers
// print), or a month and year only ("[accessed September 2025]", MHRA
// 4.1); nil for anything else, a bare year too.
func accessDate(s string) *Date {
	if d := parseDate(s); d != nil && len(d.Parts[0]) == 3 {
		return d
	}
	if m := enHyphenDate.FindStringSubmatch(s); m != nil && month(m[2]) > 0 {
		return validDate(m[3], strconv.Itoa(month(m[2])), m[1])
	}
	if m := enMonthYear.FindStringSubmatch(s); m != nil && month(m[1]) > 0 {
		y, _ := strconv.Atoi(m[2])
		return NewDate(y, month(m[1]))
	}
	if t := strings.TrimSpace(s); len(t) >= 6 && len(t) <= 8 && strings.Count(t, ".") == 2 {
		// "(дата обращения: 20.09.25)": the year in two digits.
		if d := parseDate(fullYear(t)); d != nil && len(d.Parts[0]) == 3 {
			return d
		}
	}
	return nil
}

// enStripMarkers takes out "[Internet]", "[Online]", "(in Russian)".
func enStripMarkers(s string) string {
	if strings.Contains(s, "[") {
		s = enMarker.ReplaceAllString(s, "")
	}
	return strings.TrimSpace(s)
}

// splitTitle finds the end of the title. A quoted title (IEEE, MLA,
// Chicago, Harvard) ends at its closing mark; otherwise the title ends at
// the first full stop that is not an abbreviation (APA, Vancouver, MLA
// books), or, where fields are separated by commas (AGPS Harvard, notes), at
// the comma or parenthesis before the next field.
func (e *enEntry) splitTitle(s string, commaFields bool) (string, string) {
	if t, after, ok := quotedTitle(s); ok {
		e.quoted = true
		e.quotedStop = closedByStop(s[:len(s)-len(after)])
		return t, after
	}
	if e.note {
		if m, ok := noteImprintIndex(s); ok {
			return s[:m[0]], s[m[0]:]
		}
	}
	if i, j := dashImprintAt(s); i > 0 {
		return s[:i], s[j:]
	}
	if commaFields || e.note {
		for _, m := range punctSpaces(s, ",") {
			if i := strings.Index(s[:m[0]], ". "); i >= 0 && !abbreviationBefore(s[:i+1]) {
				break
			}
			if e.note && !enFieldAfterComma(s[m[1]:]) {
				continue
			}
			return s[:m[0]], s[m[1]:]
		}
	}
	q := quotedStopAt(s)
	for _, m := range punctSpaces(s, ".") {
		if q >= 0 && q < m[0] {
			break
		}
		if abbreviationBefore(s[:m[0]+1]) && !enSentenceAfter(s[m[1]:]) {
			continue
		}
		return s[:m[0]], s[m[1]:]
	}
	if q >= 0 {
		// American punctuation: a title that ends in a quotation keeps
		// its full stop inside the marks, `… of "Dr. Who." Journal`.
		_, n := utf8.DecodeRuneInString(s[q+1:])
		return s[:q+1+n], strings.TrimLeft(s[q+1+n:], " ")
	}
	for _, m := range punctSpaces(s, "?!") {
		// APA 7, 9.19: a title that ends in "?" or "!" takes no full stop.
		if r, _ := utf8.DecodeRuneInString(s[m[1]:]); unicode.IsUpper(r) {
			return s[:m[0]+1], s[m[1]:]
		}
	}
	for _, m := range punctSpaces(s, ",") {
		// No full stop: Cite Them Right prints "Title, 3rd ed., Publisher"
		// (a comma inside the title's parenthesis is none of these).
		if strings.Count(s[:m[0]], "(") > strings.Count(s[:m[0]], ")") {
			continue
		}
		if enFieldAfterComma(s[m[1]:]) {
			return s[:m[0]], s[m[1]:]
		}
	}
	if i := strings.Index(s, " ["); i > 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// dashImprintAt returns where the title ends and the imprint starts when
// a dash opens the imprint after the title's full stop, as English entries
// of GOST-trained lists print it ("Title. Subtitle. - New York, Publisher",
// "Title. -Cambridge, Mass., Publisher"): the clause after the dash must be
// a known place. It returns -1, -1 otherwise.
func dashImprintAt(s string) (int, int) {
	for i := strings.Index(s, ". "); i > 0; {
		j := i + 2
		for _, d := range [...]string{"- ", "– ", "— ", "-", "–", "—"} {
			if strings.HasPrefix(s[j:], d) {
				k := j + len(d)
				if place := firstClauseTo(s[k:], ",:;"); enPlace(strings.TrimSpace(place)) {
					return i, k
				}
				break
			}
		}
		n := strings.Index(s[j:], ". ")
		if n < 0 {
			break
		}
		i = j + n
	}
	return -1, -1
}

// quotedStopAt is the index of a full stop inside closing quotation
// marks followed by a space and a capital (`."` `.”`), or -1.
func quotedStopAt(s string) int {
	for _, close := range []string{".\" ", ".” "} {
		if i := strings.Index(s, close); i > 0 {
			r, _ := utf8.DecodeRuneInString(s[i+len(close):])
			if unicode.IsUpper(r) {
				return i
			}
		}
	}
	return -1
}

// enSentenceAfter reports text that opens a field even after an
// abbreviation: "In", a place and colon, a year.
func enSentenceAfter(s string) bool {
	return enIn.MatchString(s) || enColonImprint.MatchString(firstClauseTo(s, ".;")) && len(strings.Fields(firstClauseTo(s, ":"))) <= 3
}

// firstClauseTo returns s up to the first of the bytes in cut.
func firstClauseTo(s, cut string) string {
	if i := strings.IndexAny(s, cut); i >= 0 {
		return s[:i]
	}
	return s
}

// enFieldAfterComma reports whether text after a comma in a note opens a
// field rather than going on with the title: an edition, a number, "in", an
// editor, a known place, a publisher, "Place: Publisher".
func enFieldAfterComma(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsDigit(r):
		return true
	case strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "ed. ") || strings.HasPrefix(s, "trans. ") || strings.HasPrefix(s, "vol. "):
		return true
	case strings.HasPrefix(s, "Book ") && enVolume.MatchString(" "+firstClauseTo(s, ",")):
		return true
	}
	first := firstClauseTo(s, ",.;")
	return enPlace(first) || isPublisher(first) || enColonImprint.MatchString(first)
}

// closedByStop reports whether the quoted title q, as printed up to what
// follows it, has its full stop before the closing mark: `“Title.” `.
func closedByStop(q string) bool {
	q = strings.TrimRight(q, " ,.")
	_, n := utf8.DecodeLastRuneInString(q)
	return strings.HasSuffix(q[:len(q)-n], ".")
}

// quotedTitle reads a title in quotation marks: “…,” (IEEE, MLA), ‘…’
// (Harvard, Oxford notes), «…» (OJS renderings). The closing mark must
// stand before a separator, so an apostrophe inside ("Omnivore’s") does
// not end it.
func quotedTitle(s string) (string, string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	closers, ok := quotePairs[r]
	if !ok {
		return "", "", false
	}
	depth := 0
	// A title quoting another in the same marks, “… the “Old Plan” to …”
	// (Chicago 17, 6.11 would print single marks inside), when the marks
	// pair up.
	nested := r == '“' && strings.Count(s, "“") == strings.Count(s, "”")
	for i := n; i < len(s); {
		c, cn := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == '„' && r == '«', nested && c == '“':
			depth++
		case depth > 0 && (c == '“' || c == '”'):
			depth--
		case strings.ContainsRune(closers, c):
			next, _ := utf8.DecodeRuneInString(s[i+cn:])
			if after := s[i+cn:]; strings.HasPrefix(after, ": ") && startsUpper(after[2:]) {
				// "“Kazakhs should speak Kazakh”: Language policy …": a
				// quotation opens the title, its subtitle follows (a small
				// word after the colon is a genre's: "”: avtoref. dis.").
				if j := strings.Index(after, ". "); j > 2 {
					return strings.TrimSpace(s[:i+cn+j]), strings.TrimLeft(after[j+1:], " "), true
				}
			}
			if i+cn == len(s) || !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				title := strings.TrimRight(strings.TrimSpace(s[n:i]), ",.")
				return title, strings.TrimLeft(s[i+cn:], " ,."), true
			}
		}
		i += cn
	}
	return "", "", false
}

// enImprintLike reports text that starts a publisher statement rather than
// a container: "Place: Publisher", a known place or publisher.
func enImprintLike(s string) bool {
	first := firstClauseTo(s, ",.;")
	return enColonImprint.MatchString(firstClauseTo(s, ",;")) || enPlace(first) || isPublisher(first) || publisherPlace(s)
}

// publisherPlace reports the imprint of an IEEE manual or report, a
// publisher and then a known place: "Org Name, City, Country, 2021" (IEEE
// Reference Guide, "Manuals", "Reports").
func publisherPlace(s string) bool {
	i := strings.Index(s, ", ")
	if i <= 0 {
		return false
	}
	// A letter before a stop is no town: MLA 7's "N.p." (no place).
	place := firstClauseTo(s[i+2:], ",.;")
	return len(place) > 2 && enPlace(place)
}

// readHost reads the host of a chapter: "In R. F. Subotnik & F. C.
// Worrell (Eds.), Book (pp. 345–359). Publisher." (APA 7, 10.3), "in
// Chester, D.N. (ed) Book. Place: Publisher, pp." (Harvard), "In: Waldmann
// MR, editor. Book. Place: Publisher; 2017. p. 13-28." (Vancouver), "in
// Plastics, 2nd ed., vol. 3, J Peters, Ed. New York: McGraw-Hill, 1964,
// pp. 15-64." (IEEE).
func (e *enEntry) readHost(s string) {
	it := &e.p.Item
	if m := enBookThenEditors.FindStringSubmatch(s); m != nil && !e.note && !enHostNameOnly.MatchString(m[1]) {
		// Harvard: "In Book Title, M. Name (ed.), C. Name (trans.),
		// 84-258. Place: Publisher." — the book first, then its editors.
		if eds, _ := enRoleNames(m[2]); len(eds) > 0 {
			it.ContainerTitle, it.Editor = cleanTitle(m[1]), append(it.Editor, eds...)
			rest := s[len(m[0]):]
			if t := enTranslatorsAfter.FindStringSubmatch(rest); t != nil {
				if tr, _ := enRoleNames(t[1]); len(tr) > 0 {
					it.Translator = append(it.Translator, tr...)
					rest = rest[len(t[0]):]
				}
			}
			if p := enLeadingPages.FindStringSubmatch(rest); p != nil {
				e.setPages(p[1])
				rest = rest[len(p[0]):]
			}
			e.readBook(rest)
			return
		}
	}
	if i := strings.Index(s, ". Edited by"); i > 0 && !strings.ContainsAny(s[:i], "()") {
		// "In Book: Subtitle. Edited by: Family A, Family B. Place:
		// Publisher; 2010:25–63." (BioMed Central): the book's title ends
		// where the sentence of its editors begins.
		it.ContainerTitle = cleanTitle(s[:i])
		e.readBook(s[i+2:])
		return
	}
	if e.ieee && enIEEEEditors.MatchString(s) {
		// IEEE names the book first: "in Book, A. Name, Ed. Place: …".
	} else if o, ok := enOrder(s, e.note || !e.apa); ok {
		// Not "in Book Title, ed. Name Name (…)" (Chicago 17, 14.107),
		// where the editors follow "ed.".
		if names, rest, ed := enNames(s, o); len(names) > 0 && ed && (!namesFollow(rest) || strings.HasSuffix(strings.TrimSpace(s[:len(s)-len(rest)]), ")")) {
			// (Names after the mark follow "ed." before the editors; after
			// "(ed.)" the book's title follows: "in Name, P. (ed.) Book".)
			it.Editor = append(it.Editor, names...)
			s = strings.TrimLeft(rest, " .,:")
		} else if len(names) > 0 && !ed && e.apa && o == orderInitialsFamily && strings.HasPrefix(rest, ", ") && strings.Contains(rest, "(pp.") {
			// APA 7, 10.3, the mark "(Eds.)" left out: "In D. Name, M.
			// Name, & R. Name, Book (pp. 180–209)."
			it.Editor = append(it.Editor, names...)
			s = strings.TrimLeft(rest, " ,")
		}
	}
	if len(it.Editor) == 0 && !e.ieee && strings.Contains(s, " (eds") {
		// "in Given Family and Given Family (eds), *Book*": editors
		// named given name first before the mark, in a list that
		// inverts its authors' names.
		if names, rest, ed := enNames(s, orderGivenFirst); len(names) > 0 && ed {
			it.Editor = append(it.Editor, names...)
			s = strings.TrimLeft(rest, " .,:")
		}
	}
	if t := strings.TrimRight(s, ". "); strings.HasSuffix(t, ")") {
		if m := enTitleDate.FindStringSubmatchIndex(t); m != nil && month(t[m[2]:m[3]]) > 0 {
			// biblatex: "In: Proceedings of … (Apr. 2015)." — the date of
			// the proceedings, no part of their title.
			e.readDateIn(t[m[2]:])
			s = t[:m[0]]
		}
	}
	if m := enPageEnd.FindStringIndex(s); m != nil && len(it.Editor) > 0 {
		// The chapter's pages after the edited book's imprint: "In Name
		// (eds.), Book, Publisher, p. 57-65."
		e.setPages(enPages.FindStringSubmatch(s[m[0]:])[1])
		s = s[:m[0]]
	}
	if m := enParenDetails.FindStringSubmatchIndex(s); m != nil {
		// APA 7, 10.3: "Book (2nd ed., Vol. 3, pp. 10–25)".
		e.readDetails(s[m[2]:m[3]])
		s = s[:m[0]] + s[m[1]:]
	}
	if m := enIEEEEditors.FindStringSubmatchIndex(s); m != nil {
		// IEEE: "in Book, 2nd ed., vol. 3, J. Peters, Ed. City: Publisher".
		e.readIEEEHost(s[:m[0]])
		e.readBook(s[m[1]:])
		return
	}
	if i := proceedingsImprintAt(s); i > 0 {
		// IEEE Reference Guide, "Conference proceedings": "in Title of
		// Proceedings. Publisher, Year, pp. 1–10."
		it.ContainerTitle = cleanTitle(s[:i])
		e.readBook(s[i+2:])
		return
	}
	if e.in && e.ieee && e.readConferenceImprint(s) {
		return
	}
	if m := enIEEEBookEdition.FindStringSubmatchIndex(s); m != nil && e.ieee && len(it.Editor) == 0 && colonWithin(s[m[1]:], 40) {
		// IEEE Reference Guide, "Chapter in a book": "in Book, 2nd ed.
		// City, Country: Publisher, Year, ch. 3, pp. 45–60."
		it.ContainerTitle, it.Edition = cleanTitle(s[:m[0]]), s[m[2]:m[3]]
		rest := s[m[1]:]
		if c := enChapterNo.FindStringIndex(rest); c != nil {
			rest = rest[:c[0]] + rest[c[1]:]
		}
		e.readBook(rest)
		return
	}
	if e.in && len(it.Editor) == 0 && e.readDatedHost(s) {
		return
	}
	if len(it.Editor) == 0 && !strings.Contains(s, "(Ed") && !strings.Contains(s, "(ed") && e.readJournal(s) {
		// IEEE: "in Proc. Conference, Year, pp. 585–590".
		return
	}
	if i := ieeePublisherAt(s); e.in && e.ieee && i > 0 {
		// IEEE Reference Guide, "Conference proceedings": "in Title of
		// Proceedings, Publisher, Inc., Year, pp. 1–10."
		it.ContainerTitle = cleanTitle(s[:i])
		e.readBook(s[i+2:])
		return
	}
	if e.in && e.ieee && len(it.Editor) == 0 && confRe.MatchString(firstClauseTo(s, ",")) && !strings.Contains(s, ": ") {
		// IEEE: "in Proc. Conference, City, Country, Mon. Year." — no
		// numbers and no publisher: the place and date close the name.
		it.ContainerTitle = e.readConference(strings.TrimRight(s, ". "))
		return
	}
	if i := strings.Index(s, " by "); i > 0 && (strings.Contains(e.p.plain, "*"+s[:i]+"* by ") || strings.Contains(e.p.plain, "_"+s[:i]+"_ by ")) {
		// "in *Book* by Name Name": the emphasis ends the book's title
		// where the comma of "in Book, by Name Name" (14.105) is left out.
		s = s[:i] + "," + s[i:]
	}
	if t, after, ok := quotedTitle(s); ok {
		it.ContainerTitle, s = t, after
	} else if m := enEditedBy.FindStringIndex(s); m != nil {
		// Chicago 17, 14.107: "In Book, edited by Name Name, 167–95.
		// Place: Publisher, Year."; a note: "in Book, ed. Name Name, trans.
		// Name Name (Place: …)", "in Book, by Name Name, …" (14.105).
		it.ContainerTitle = cleanTitle(s[:m[0]])
		s = e.readRoles(s[m[0]:])
		if m := enLeadPages.FindStringSubmatch(s); m != nil {
			e.setPages(m[1])
			s = s[len(m[0]):]
		}
	} else {
		t, after := e.splitTitle(s, false)
		if i := strings.Index(t, "; "); i > 0 && startsYear(t[i+2:]) {
			// Citing Medicine, ch. 3: "In: Proceedings Title; 2019 Jun
			// 3-5; Place." — the conference's date and place follow the
			// title of the proceedings.
			t = t[:i]
		}
		if m := enTitlePages.FindStringSubmatchIndex(t); m != nil && !isYearAt(t, m[2]) {
			// Chicago 17, 14.106: "In *Book*, 265–69. Place: Publisher."
			// — the chapter's pages after the book's title.
			e.setPages(t[m[2]:m[3]])
			t = t[:m[0]]
		}
		t = e.takeSeriesVolume(t)
		it.ContainerTitle, s = cleanTitle(t), after
		if m := enParenVolumeEnd.FindStringSubmatchIndex(it.ContainerTitle); m != nil && it.Volume == "" {
			// APA 7, 10.3, a volume of a serial book: "In *Serial Title*,
			// (12), 87–94."
			it.Volume, it.ContainerTitle = it.ContainerTitle[m[2]:m[3]], it.ContainerTitle[:m[0]]
			if m := enLeadPages.FindStringSubmatch(s); m != nil {
				e.setPages(m[1])
				s = s[len(m[0]):]
			} else if t := strings.Trim(s, " ,."); t != "" && enNumberSpan(t) == t {
				e.setPages(t)
				s = ""
			}
		}
	}
	if m := titleEdition.FindStringSubmatch(it.ContainerTitle); m != nil {
		it.Edition = m[1]
		it.ContainerTitle = cleanTitle(strings.Replace(it.ContainerTitle, m[0], "", 1))
	}
	if m := enVolumeOfSeries.FindStringSubmatchIndex(it.ContainerTitle); m != nil {
		// Chicago 17, 14.123: "*Book*, Volume 3 of *Series*": the book's
		// number in a series, no part of its title.
		c := it.ContainerTitle
		it.CollectionNumber, it.CollectionTitle = c[m[2]:m[3]], cleanTitle(c[m[1]:])
		it.ContainerTitle = cleanTitle(c[:m[0]])
	}
	if m := enVolumeEnd.FindStringSubmatchIndex(it.ContainerTitle); m != nil && it.Volume == "" {
		// "*Handbook*, volume 2, Place: Publisher": the volume of a set.
		it.Volume, it.ContainerTitle = it.ContainerTitle[m[2]:m[3]], it.ContainerTitle[:m[0]]
	}
	if enEditedByStart.MatchString(strings.TrimLeft(s, " ,")) {
		// Chicago 17, 14.107: "in Book, ed. John D. Kelly (Place: …)".
		s = e.readRoles(s)
	}
	if m := enEdsAfter.FindStringIndex(s); m != nil && m[0] == 0 {
		// "(Eds. E.H. Oelkers, J. Schott)" after the book title.
		s = s[m[1]:]
	}
	if e.readJournal(s) {
		return
	}
	e.readBook(s)
}

// titleCommaSite splits a web page's title from the site's name after it,
// as Harvard generators (Cite This For Me) print them: "Name (2024) Title
// of Page, SiteName. Available at: URL (Accessed: …)". Only an entry with
// nothing between the title and the address reads so, and the site's name
// is one to three capitalised words.
func titleCommaSite(title, after string, e *enEntry) (string, string, bool) {
	i := strings.LastIndex(title, ", ")
	if i <= 0 || e.quoted || strings.TrimSpace(after) != "" || !strings.Contains(e.p.rawLow, "available at") ||
		!strings.Contains(e.p.rawLow, "(accessed") || len(strings.Fields(title[:i])) < 2 {
		return "", "", false
	}
	site := title[i+2:]
	words := strings.Fields(site)
	if len(words) > 3 || strings.ContainsAny(site, "0123456789()") {
		return "", "", false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", "", false
		}
	}
	return title[:i], site, true
}

// enVolumeOfSeries is a book's number in its series after its title,
// ", Volume 3 of " (the series' title follows).
var enVolumeOfSeries = lazyRegexp(`,\s+[Vv]ol(?:ume|\.)\s+(\d+)\s+of\s+`)

// enVolumeEnd is the volume of a set after the book's title, ",
// volume 2".
var enVolumeEnd = lazyRegexp(`,\s+[Vv]ol(?:ume|\.)\s+(\d+)$`)

// enDatedHost is a host in emphasis dated by month and year after "In:",
// "*Name*, Mon. Year", and what follows.
var enDatedHost = lazyRegexp(`^([^,*_]{2,120}),\s*(\p{L}{3,}\.?\s+(?:1[5-9]|20)\d\d)\b[.,]?\s*(.*)$`)

// readDatedHost reads a host in emphasis after "In:" with a month and
// year and no volume: "In: *Name of Meeting*, Nov. 2016, pp. 342–348." is
// a paper the meeting's proceedings print; with no pages, "In: *Name*,
// Feb. 2021." an article of a magazine's issue.
func (e *enEntry) readDatedHost(s string) bool {
	m := enDatedHost.FindStringSubmatch(s)
	if m == nil || month(strings.Fields(m[2])[0]) == 0 || !strings.Contains(e.p.plain, "*"+m[1]+"*") && !strings.Contains(e.p.plain, "_"+m[1]+"_") {
		return false
	}
	it := &e.p.Item
	it.ContainerTitle = cleanTitle(m[1])
	e.readDateIn(m[2])
	if p := enPages.FindStringSubmatch(m[3]); p != nil {
		e.setPages(p[1])
		e.presented = true
	} else {
		e.journal, e.magazine = true, true
	}
	return true
}

// readConferenceImprint reads the proceedings of a conference as IEEE
// prints them with the imprint (Reference Guide, "Conference proceedings";
// Zotero's rendering): "in Name of Conference, Place, Country: Publisher,
// Mon. Year, pp. 1–9". The publisher is one short clause after the colon,
// and a date follows it; the place is the clause before the colon, with a
// country or state after a town.
func (e *enEntry) readConferenceImprint(s string) bool {
	colon := strings.LastIndex(s, ": ")
	if colon <= 0 || !confRe.MatchString(s[:colon]) {
		return false
	}
	after := s[colon+2:]
	pub, rest, _ := strings.Cut(after, ",")
	pub = strings.TrimSpace(pub)
	if pub == "" || len(strings.Fields(pub)) > 5 || !isCapital(pub[0]) || !hasYear(rest) {
		return false
	}
	head := s[:colon]
	k := strings.LastIndex(head, ", ")
	if k <= 0 {
		return false
	}
	if j := strings.LastIndex(head[:k], ", "); j > 0 && (enPlace(head[k+2:]) || usStates[head[k+2:]] || countryOrState[head[k+2:]]) && len(strings.Fields(head[j+2:k])) <= 3 && !confRe.MatchString(head[j+2:k]) {
		k = j // "Xi’an, China", "Austin, TX"
	}
	it := &e.p.Item
	it.ContainerTitle = cleanTitle(head[:k])
	it.PublisherPlace, it.Publisher = strings.TrimSpace(head[k+2:]), pub
	if m := enPages.FindStringSubmatchIndex(rest); m != nil {
		it.Page = rest[m[2]:m[3]]
		rest = rest[:m[0]]
	}
	if m := enVolume.FindStringSubmatch(rest); m != nil {
		it.Volume = m[1]
	}
	if it.Issued == nil {
		e.readDateIn(rest)
	}
	return true
}

// countryOrState names the countries and the states that IEEE and APA
// print after a town ("Xi’an, China", "Minneapolis, Minnesota").
var countryOrState = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split("Argentina|Australia|Austria|Belgium|Brazil|Bulgaria|Canada|Chile|China|Colombia|Croatia|Cyprus|"+
		"Czech Republic|Czechia|Denmark|Egypt|Estonia|Finland|France|Germany|Greece|Hungary|Iceland|India|Indonesia|Iran|Ireland|"+
		"Israel|Italy|Japan|Kazakhstan|Kenya|Korea|South Korea|Latvia|Lithuania|Luxembourg|Malaysia|Malta|Mexico|Morocco|"+
		"Netherlands|The Netherlands|New Zealand|Nigeria|Norway|Pakistan|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|"+
		"Russian Federation|Republic of Korea|Republic of Kazakhstan|Kyrgyzstan|Belarus|Armenia|Georgia|Azerbaijan|Mongolia|Hong Kong|Macau|Bangladesh|Sri Lanka|Nepal|Jordan|Lebanon|Oman|Kuwait|Bahrain|Ecuador|Uruguay|Venezuela|Cuba|Ghana|Ethiopia|Algeria|Saudi Arabia|Serbia|Singapore|Slovakia|Slovenia|South Africa|Spain|Sweden|Switzerland|Taiwan|Thailand|Tunisia|Turkey|"+
		"Türkiye|UAE|UK|U.K.|Ukraine|United Arab Emirates|United Kingdom|United States|USA|U.S.A.|US|Uzbekistan|Vietnam|"+
		"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"+
		"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"+
		"Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"+
		"Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"+
		"Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|England|Scotland|Wales|Bavaria", "|") {
		m[n] = true
	}
	return m
}()

// ieeePublisherAt is where the ", " before a company's name stands in
// s: a name followed by its designator after a comma ("Name Associates,
// Inc., 2018"), or -1.
func ieeePublisherAt(s string) int {
	for i := strings.Index(s, ", "); i > 0; {
		after := s[i+2:]
		if j := strings.Index(after, ", "); j > 0 {
			if next := firstClauseTo(after[j+2:], ","); orgEnds[strings.TrimSuffix(next, ".")] && !orgEnds[strings.TrimSuffix(after[:j], ".")] {
				return i
			}
		}
		k := strings.Index(after, ", ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return -1
}

// proceedingsImprintAt is where the full stop after the title of
// proceedings stands when a publisher and a year follow it ("Proceedings
// of the Conference on X, Volume 1 . Publisher Name, 2018, pp. 5–9"), or
// -1. The title must name a conference.
func proceedingsImprintAt(s string) int {
	for _, m := range punctSpaces(s, ".") {
		if abbreviationBefore(s[:m[0]+1]) && s[m[0]-1] != ' ' {
			continue
		}
		if confRe.MatchString(s[:m[0]]) && enPublisherYear.MatchString(s[m[1]:]) {
			return m[0]
		}
		return -1
	}
	return -1
}

// namesFollow reports names right after an editor's mark: the mark was
// "ed." before the editors, not after them.
func namesFollow(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ns, _ := enRoleNames(strings.TrimLeft(rest, " "))
	return len(ns) > 0
}

// readRoles reads the statements of responsibility that follow a book's
// title, ", ed. Name Name, trans. Name Name", ", edited by …", ", by Name"
// (Chicago 17, 14.103–107): editors and translators go to their fields, the
// author of a book that holds the part ("by") to none. It returns what
// follows them.
func (e *enEntry) readRoles(s string) string {
	it := &e.p.Item
	for {
		t := strings.TrimLeft(s, " ,")
		role := enEditedByStart.FindString(t)
		switch {
		case role != "":
		case strings.HasPrefix(t, "by "):
			role = "by "
		case strings.HasPrefix(t, "trans. "):
			role = "trans. "
		default:
			return s
		}
		names, rest := enRoleNames(t[len(role):])
		if len(names) == 0 {
			return s
		}
		switch role[0] {
		case 'e':
			it.Editor = append(it.Editor, names...)
		case 't':
			it.Translator = append(it.Translator, names...)
		}
		s = rest
	}
}

// readDetails reads edition, volume and pages printed in parentheses after
// a book title.
func (e *enEntry) readDetails(d string) {
	it := &e.p.Item
	if m := enEdition.FindStringSubmatch(d); m != nil {
		it.Edition = m[1]
	}
	if m := enVolume.FindStringSubmatch(d); m != nil {
		it.Volume = m[1]
	}
	if m := enPages.FindStringSubmatch(d); m != nil {
		e.setPages(m[1])
	}
}

// readIEEEHost reads "Book, 2nd ed., vol. 3, J. Peters" before ", Ed.":
// the book title, its edition and volume, and the editors.
func (e *enEntry) readIEEEHost(head string) {
	it := &e.p.Item
	parts := splitOutside(head, ",")
	it.ContainerTitle = cleanTitle(parts[0])
	var names []string
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		switch {
		case enEdition.MatchString(part):
			it.Edition = enEdition.FindStringSubmatch(part)[1]
		case enVolume.MatchString(part):
			it.Volume = enVolume.FindStringSubmatch(part)[1]
		default:
			names = append(names, part)
		}
	}
	for _, part := range names {
		for _, one := range enAndSplit.Split(part, -1) {
			if n, rest, ok := enNameIn(strings.TrimSpace(one), orderInitialsFamily, false); ok && strings.TrimSpace(rest) == "" {
				it.Editor = append(it.Editor, n)
			}
		}
	}
}

// setPages keeps a page range as the work's pages, or as the page a note
// cites.
func (e *enEntry) setPages(pages string) {
	if e.note && !(e.host && isRange(pages)) {
		e.p.Locator = pages
		return
	}
	e.p.Item.Page = pages
}

// readJournal reads "Journal, vol. 9, no. 2, 2001, pp. 177-182" and the
// other periodical statements; it reports false when s has none.
func (e *enEntry) readJournal(s string) bool {
	it := &e.p.Item
	best := e.numbersStart(s)
	if best <= 0 {
		return false
	}
	container := cleanTitle(s[:best])
	nums := strings.TrimLeft(s[best:], " ,.")
	if it.ContainerTitle != "" && len(container) == 4 && startsYear(container) {
		// IEEE: "in Book Title, 2010, pp. 119–129" — the year, then the
		// pages of the chapter.
		e.readDateIn(container)
		e.readNumbers(nums)
		return true
	}
	if it.ContainerTitle != "" {
		// A book in a numbered series: "In: Book (Eds. …), Series 70,
		// 125-180"; Springer's chapters name the imprint after the
		// series: "… Computing, vol 470. Springer, Cham."
		it.CollectionTitle = container
		imprint := ""
		if i := strings.Index(nums, ". "); i > 0 && !strings.ContainsAny(nums[i+2:], "0123456789") {
			nums, imprint = nums[:i], nums[i+2:]
		}
		e.readNumbers(nums)
		if imprint != "" && it.Publisher == "" {
			e.readImprint(imprint)
		}
		return true
	}
	if vol, issue, article, year, end := acmNumbers(s, best); end > 0 {
		// ACM: "Journal 62, 4 (2019), 10–20", the volume, the issue and
		// the date, then the pages or the article's number.
		it.ContainerTitle, it.Volume, it.Issue = container, vol, issue
		e.host, e.journal = true, true
		if it.Issued == nil {
			e.readDateIn(year)
		}
		if rest := strings.Trim(s[end:], " ,."); rest != "" && article == "" {
			e.readNumbers(", " + rest)
		}
		if article != "" {
			it.Page = article // "Article 5 (February 2019), 38 pages": the article's number
		}
		return true
	}
	if confRe.MatchString(container) && !journalRe.MatchString(container) {
		// IEEE (Reference Guide, "Conference paper"): "Conference, City,
		// Country, Year, pp. 1-6".
		container = e.readConference(container)
	}
	if m := enJournalYear.FindStringSubmatchIndex(container); m != nil {
		// GOST 7.0.5 without "//": "Journal of Physics. 2001. Vol. 2".
		e.readDateIn(container[m[2]:m[3]])
		container = strings.TrimSpace(container[:m[0]])
	}
	if m := enFullDateEnd.FindStringSubmatchIndex(container); m != nil && it.Issued == nil {
		// MLA 9, 5.68: "The New York Times, 22 May 2007, p. A1".
		e.readDateIn(container[m[2]:m[3]])
		e.dateMD = true
		container = strings.TrimSpace(container[:m[0]])
	}
	if m := enDayMonthEnd.FindStringSubmatchIndex(container); m != nil && it.Issued != nil && month(strings.Trim(container[m[2]:m[3]], "0123456789. ")) > 0 {
		addMonthDay(it.Issued, monthDay.FindStringSubmatch(container[m[2]:m[3]]))
		e.dateMD = len(it.Issued.Parts[0]) == 3
		container = strings.TrimSpace(container[:m[0]])
	}
	if c, d, ok := parenMonthYearEnd(container); ok && it.Issued == nil {
		// Older notes: "Macworld (Apr., 1994), p. 53", "IEEE Software
		// (Sept., 1987), pp. 19–25".
		container, it.Issued = c, d
	}
	vol := ""
	if i := strings.LastIndex(container, ", "); i > 0 && allDigits(container[i+2:]) && len(container)-i-2 <= 4 && enVolIssue.MatchString(nums) {
		// "Journal, 6, 4 (1988)": the volume, then the issue and year.
		container, vol = container[:i], container[i+2:]
	}
	it.ContainerTitle = container
	e.host, e.journal = true, true
	e.readNumbers(nums)
	if it.Publisher == "" && e.quoted {
		it.Publisher = mlaJournalPublisher(nums)
	}
	if vol != "" {
		it.Volume, it.Issue = vol, it.Volume
	}
	if y := it.Volume; len(y) == 4 && strings.HasPrefix(strings.TrimLeft(nums, " "), y+".") && yearSeg(y) {
		it.Volume = "" // "Journal. 2010. No. 3": the year's area, no volume
	}
	return true
}

// numbersStart is where the numbers of a periodical start in s, or -1:
// the first place where the numbers may start, as each style prints them
// (numberStarts), with a container before it that is not a publisher or
// an imprint.
func (e *enEntry) numbersStart(s string) int {
	var buf [16]int
	for _, best := range numberStarts(s, buf[:0]) {
		container := cleanTitle(s[:best])
		switch {
		case container == "" || best == 0:
		case enColonImprint.MatchString(container) && (enPlace(firstClauseTo(container, ":,")) || !e.quoted && !journalRe.MatchString(firstClauseTo(container, ":")) &&
			!(strongNumbers(s[best:]) && journalRe.MatchString(container))):
			// Not "Psychology Journal: Practice and Research, 59(4)", nor
			// "Auditing: A Journal of Practice & Theory, 40(2), 127-148".
		case !strongNumbers(s[best:]) && isPublisher(container) && !journalRe.MatchString(container):
		case enYearVolume.MatchString(s[best:]):
			// "Yale University Press, 2007, p. 118": a year, no volume.
		case !strings.HasSuffix(s[:best], ".") && yearAreaStartAt(s, best) >= 0:
			// "Place: Publisher; 1941. p. 308": the year area follows an
			// imprint; GOST's "Journal. 2010. No. 3" follows a full stop.
		case enEdition.MatchString(container) || enYearEnd.MatchString(container) && !confRe.MatchString(container):
			// "4th edn, Boston, MA, Wadsworth, 2020, p. 20": an imprint.
		default:
			return best
		}
	}
	return -1
}

// readConference reads "Conference, City, Country, Year" and returns the
// conference's name; the place goes to publisher-place.
func (e *enEntry) readConference(c string) string {
	parts := splitOutside(c, ", ")
	if len(parts) < 2 {
		return c
	}
	for len(parts) > 1 {
		last := strings.TrimSpace(parts[len(parts)-1])
		switch {
		case startsYear(last) && len(last) <= 5 || hasMonthYear(last) && len(strings.Fields(last)) <= 3:
			e.readDateIn(last)
		case strings.HasPrefix(last, "pp.") && enPages.MatchString(last):
			e.setPages(enPages.FindStringSubmatch(last)[1])
		default:
			return e.conferencePlace(parts)
		}
		parts = parts[:len(parts)-1]
	}
	return cleanTitle(parts[0])
}

// conferencePlace reads the place after a conference's name: the parts
// of "Proceedings, Name of Conference, City, Country" after those that
// still name the conference.
func (e *enEntry) conferencePlace(parts []string) string {
	n := 1
	for n < len(parts) && confRe.MatchString(parts[n]) {
		n++
	}
	if k := len(parts) - 1; k >= 1 && placeOrCountry(parts[k]) {
		// The place is the last part or two ("Brighton, UK"), whatever
		// the parts of the conference's name before it hold
		// ("Acoustics, Speech and Signal Processing (ICASSP)").
		for steps := 0; steps < 2 && k >= 2 && !enPlace(strings.TrimSpace(parts[k])) && len(strings.Fields(parts[k-1])) <= 3 &&
			!confRe.MatchString(parts[k-1]) && !strings.Contains(parts[k-1], "("); steps++ {
			k-- // "Town, ST, Country"
		}
		n = k
	} else if k >= 1 {
		// No place closes the parts: commas inside the conference's name
		// ("Mobile Syst., Appl., and Services (MobiSys)").
		n = len(parts)
	}
	if n < len(parts) {
		e.p.Item.PublisherPlace = strings.Join(parts[n:], ", ")
	}
	return cleanTitle(strings.Join(parts[:n], ", "))
}

// readNumbers reads volume, issue, pages and date of a periodical.
func (e *enEntry) readNumbers(s string) {
	it := &e.p.Item
	if i := strings.Index(s, "; "); i > 0 {
		// "64(18), 3161-3179; Errata: 2001, 65(12), 2027": what follows
		// the semicolon is another statement.
		s = s[:i]
	}
	if m := enVolColonIssue.FindStringSubmatch(s); m != nil {
		// "Journal, 70:3, 339-349": the volume and issue, then the pages
		// (Taylor & Francis's own citation line).
		it.Volume, it.Issue, it.Page = m[1], m[2], m[3]
		e.readDateIn(s[len(m[0]):])
		return
	}
	if m := enPageCount.FindStringSubmatchIndex(s); m != nil && !enPages.MatchString(s[m[0]:m[1]]) {
		// "Article ID 1389379, 20 p.": the article's page count.
		it.NumberOfPages = s[m[2]:m[3]]
		s = s[:m[0]] + s[m[1]:]
	}
	if m := enVolume.FindStringSubmatch(s); m != nil {
		it.Volume = m[1]
	} else if m := enVolIssue.FindStringSubmatch(s); m != nil {
		it.Volume, it.Issue = m[1], m[2]
		if len(m[2]) == 4 && startsYear(m[2]) && (it.Issued == nil || strconv.Itoa(it.Issued.Year()) == m[2]) {
			// Chicago 17, 14.171 with no issue: "Journal 61 (2002):
			// 787–814" — the year in the parenthesis is the date.
			it.Issue = ""
			if it.Issued == nil {
				e.readDateIn(m[2])
			}
		}
		if it.Issue == "" && enByteAt(s, len(m[0]), '.') {
			// MLA 7 and notes: "85.4 (2013)", the issue after a full stop.
			if k := enDigitsAt(s, len(m[0])+1); k >= 0 && k < len(s) && (s[k] == ' ' || s[k] == '(') {
				it.Issue = s[len(m[0])+1 : k]
			}
		}
	}
	if m := enIssue.FindStringSubmatch(s); m != nil && it.Issue == "" {
		it.Issue = strings.TrimRight(m[1], ".,")
	}
	switch {
	case enPages.MatchString(s):
		it.Page = enPages.FindStringSubmatch(s)[1]
	case enArticle.MatchString(s):
		it.Page = enArticle.FindStringSubmatch(s)[1]
	default:
		rest := s
		if m := enVolIssue.FindStringIndex(rest); m != nil {
			rest = rest[m[1]:]
		}
		if m := enColonPages.FindStringSubmatch(rest); m != nil && strings.Contains(rest, ":") {
			it.Page = m[1]
		} else if m := enBarePages.FindStringSubmatch(rest); m != nil {
			it.Page = m[1]
		} else if n := strings.Trim(rest, " ,."); e.apa && strings.HasPrefix(rest, ",") && n != "" && (len(n) <= 7 && allDigits(n) || eLocator(n)) {
			// APA 7, 10.1: one page, or an article's number printed
			// without "Article": "Water, 12(3), 745.", "Science,
			// 349(6251), aac4716."
			it.Page = n
		}
	}
	if it.Page == it.Volume && it.Page != "" && !strings.Contains(s, ":") {
		it.Page = ""
	}
	if e.note && it.Page != "" && !isRange(it.Page) {
		// Chicago 17, 14.171: a note cites the page it draws on; a range
		// there is the article's own.
		e.p.Locator, it.Page = it.Page, ""
	}
	if it.Page != "" && isRange(it.Page) {
		// "pp. 1877–1901, 2020": pages that look like years are none.
		s = strings.Replace(s, it.Page, " ", 1)
	}
	e.readDateIn(s)
}

// eLocator reports an article's number of letters and digits, as
// journals that publish online first print it: "aac4716", "eabc1234", and
// the AGU's citation numbers, "e2021JA030071" (year, journal code, number)
// and "A10202".
func eLocator(s string) bool {
	if len(s) == 13 && s[0] == 'e' && allDigits(s[1:5]) && isCapital(s[5]) && isCapital(s[6]) && allDigits(s[7:]) {
		return true
	}
	if len(s) == 6 && isCapital(s[0]) && allDigits(s[1:]) {
		return true
	}
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i >= 1 && i <= 4 && len(s)-i >= 3 && len(s)-i <= 7 && allDigits(s[i:])
}

// readDateIn fills the date from "Aug. 2007", "17 Aug. 2022", "(October 14,
// 2017)" or a year, when the heading printed none.
func (e *enEntry) readDateIn(s string) {
	it := &e.p.Item
	if it.Issued != nil {
		return
	}
	if m, ok := monthYearGroups(s); ok {
		var y, mo, d int
		if m[3] != "" {
			y, _ = strconv.Atoi(m[3])
			mo = month(m[1])
			d, _ = strconv.Atoi(strings.Trim(m[2], ", "))
		} else {
			y, _ = strconv.Atoi(m[6])
			mo = month(m[5])
			d, _ = strconv.Atoi(m[4])
		}
		if mo > 0 {
			it.Issued = NewDate(y, mo)
			if d > 0 && d <= 31 {
				it.Issued.Parts[0] = append(it.Issued.Parts[0], d)
			}
			return
		}
	}
	if year, ok := enYearIn(s); ok {
		y, _ := strconv.Atoi(year)
		it.Issued = NewDate(y)
	}
}

// readWebContainer reads the container of an MLA 9 (5.83) work in quotation
// marks with no numbers: "Title." Website, Publisher, 17 Aug. 2022.
func (e *enEntry) readWebContainer(s string) {
	it := &e.p.Item
	e.host, e.web = true, true
	issue := false
	if m, ok := monthYearIndex(s); ok && monthNamed(s, m) {
		// Chicago notes print the date first: "September 4, 2011, Site";
		// author-date lists repeat the year with the day ("2017. “Title.”
		// New York Times, March 8, 2017.").
		year := it.Issued
		if year != nil && len(year.Parts[0]) == 1 && strings.Contains(s[m[0]:m[1]], strconv.Itoa(year.Year())) {
			it.Issued, e.dateMD = nil, true
		}
		e.readDateIn(s[m[0]:m[1]])
		if it.Issued == nil {
			it.Issued = year
		}
		if strings.HasSuffix(strings.TrimSpace(s[:m[0]]), "(") && strings.HasPrefix(s[m[1]:], ")") {
			// "*Periodical* (March 14, 2016)": the date of an issue in
			// parentheses, as a journal's (Chicago 17, 14.171), makes a
			// name in emphasis a periodical.
			s = strings.TrimSuffix(strings.TrimSpace(s[:m[0]]), "(") + s[m[1]+1:]
			issue = true
		} else {
			s = s[:m[0]] + s[m[1]:]
		}
	}
	var parts []string
	for _, sentence := range webSentences(s) {
		parts = append(parts, splitOutside(sentence, ",")...)
	}
	parts = joinItalics(parts, e.p.plain)
	fragment := false
	for _, part := range parts {
		part = strings.TrimRight(strings.TrimSpace(part), ".")
		switch {
		case fragment && part != "" && !strings.ContainsAny(part, " \t"):
			// A text fragment of an address, "#:~:text=start,end", holds
			// a comma.
			it.URL += "," + part
		case part == "" || enDateLabel.MatchString(part) || webNoValue[strings.ToLower(part)] || versionWord(part) || dottedNumber(part):
			// MLA 9, 5.47: a version, "version 1.2" or the bare "1.1.1",
			// names no publisher.
		case part == bareLinkPart(part):
			// MLA 9, 5.90: the address without "https://".
			if it.URL == "" {
				it.URL = part
				fragment = strings.Contains(part, "#:~:text=")
			}
			// Chicago 17, 14.13: "last modified March 1, 2020".
		case enEditedByStart.MatchString(part):
			// MLA 9, 5.54: "edited by Tobias Wolff" makes the container a
			// book.
			part = part[len(enEditedByStart.FindString(part)):]
			if o, ok := enOrder(part, true); ok {
				eds, _, _ := enNames(part, o)
				it.Editor = append(it.Editor, eds...)
			}
			e.web = false
		case strings.HasPrefix(part, "by ") && it.ContainerTitle != "":
			// MLA 9, 5.22: "“Chapter.” *Book*, by Name Name, Publisher,
			// Year": a part of a book by one author, named after the book
			// when the entry opens with the part's title.
			if names, _ := enRoleNames(part[len("by "):]); len(names) > 0 && len(it.Author) == 0 {
				it.Author = names
			}
			e.web = false
		case enEdition.MatchString(part) && len(strings.Fields(part)) <= 3:
			it.Edition = enEdition.FindStringSubmatch(part)[1]
		case enPages.MatchString(part):
			it.Page = enPages.FindStringSubmatch(part)[1]
			e.web = false
		case e.note && it.Issued != nil && len(it.Issued.Parts[0]) == 3 && enLocatorOnly.MatchString(part):
			// Chicago 17, 14.188: "“Title,” Magazine, Month Day, Year,
			// page": a dated issue with the page cited is a magazine's.
			e.p.Locator = part
			e.web, e.journal, e.magazine = false, true, true
		case it.ContainerTitle == "" && strings.Contains(part, ". ") && enJournalYear.MatchString(part):
			// MHRA: "“Title”. Site.com. 2023 <URL>" — a site named by its
			// address, then the year.
			m := enJournalYear.FindStringSubmatchIndex(part)
			e.readDateIn(part[m[2]:m[3]])
			it.ContainerTitle = cleanTitle(part[:m[0]])
		case hasYear(part) && len(strings.Fields(part)) <= 4:
			e.readDateIn(part)
		case strings.HasPrefix(part, "(") && strings.HasSuffix(part, ")") && it.Publisher == "":
			// Zotero's Chicago notes: "“Title” (Owner of the Site), accessed …".
			it.Publisher = part[1 : len(part)-1]
		case it.Issued != nil && len(it.Issued.Parts[0]) == 1 && enDayMonth.MatchString(part):
			// Cite Them Right: "BBC News, 12 June" after "(2019)".
			addMonthDay(it.Issued, monthDay.FindStringSubmatch(part))
		case it.ContainerTitle == "":
			// Chicago 17, 14.208: "*Blog Name* (blog), Date" — the word
			// says what the site is.
			// "Site (archived)": the state of the page, no part of the
			// site's name.
			it.ContainerTitle = cleanTitle(strings.TrimSuffix(strings.TrimSuffix(part, " (blog)"), " (archived)"))
		case it.Publisher == "":
			it.Publisher = part
		}
	}
	if e.web && e.ieee && it.Edition != "" && it.Publisher == "" && it.Page == "" && it.ContainerTitle != "" {
		// IEEE: `"Title," Publisher, 9th ed., Year.` — an edition makes
		// the work a book, and the name after its title the publisher.
		it.Publisher, it.ContainerTitle = it.ContainerTitle, ""
		e.web, e.host = false, false
		return
	}
	if e.web && e.ieee && it.DOI != "" && it.Publisher != "" {
		// IEEE: `"Chapter," Book Title, Publisher, Year.` with a DOI: a
		// part of a book, not a page of a site.
		e.web = false
	}
	if e.web && enPreprint.MatchString(strings.ToLower(it.ContainerTitle)) {
		// "…," arXiv Preprint Archive, 2025.
		e.preprint = true
	}
	if issue && e.web && it.ContainerTitle != "" && (strings.Contains(e.p.plain, "*"+it.ContainerTitle+"*") || strings.Contains(e.p.plain, "_"+it.ContainerTitle+"_")) {
		e.web, e.journal = false, true
		if newspaperRe.MatchString(it.ContainerTitle) || enNewspaperName(it.ContainerTitle) {
			e.dateMD = true
		} else {
			e.magazine = true
		}
	}
	if e.web && e.ieee && !e.quotedStop && it.URL == "" && it.Publisher == "" && institutionName(it.ContainerTitle) {
		// IEEE Reference Guide, "Reports": `"Title," Institute Name, Year.`
		// — an institution, not a site, after the title of a work with no
		// address: it issued a report.
		it.Publisher, it.ContainerTitle, it.Genre = it.ContainerTitle, "", "report"
		e.web, e.host = false, false
		return
	}
	if e.web && e.quotedStop && it.Publisher != "" && it.URL == "" && it.DOI == "" {
		// MLA 9, 5.22 and 5.68: "“Story.” *Collection*, Publisher, Year."
		// — a work in a container with a publisher and no address is part
		// of a book.
		e.web = false
	}
}

// monthNamed reports whether the word of monthYearIndex's match m in s
// names a month: "Site Name. 2019" is a name before a year, no date.
func monthNamed(s string, m [14]int) bool {
	if m[2] >= 0 {
		return month(s[m[2]:m[3]]) > 0
	}
	return month(s[m[10]:m[11]]) > 0
}

// institutionWords name bodies that issue reports (IEEE Reference Guide,
// APA 7, 10.4: "Reports by a group author").
var institutionWords = map[string]bool{
	"Institute": true, "Centre": true, "Center": true, "Council": true, "Agency": true, "Foundation": true,
	"Office": true, "Department": true, "Bureau": true, "Commission": true, "Ministry": true,
	"Laboratory": true, "Organization": true, "Organisation": true, "Association": true, "Committee": true,
	"Institution": true, "Board": true,
}

// institutionName reports the capitalised name of an institution, one of
// whose words is an institutionWords.
func institutionName(s string) bool {
	if !isOrgName(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		if institutionWords[w] {
			return true
		}
	}
	return false
}

// joinItalics joins again the parts of a container split at a comma that
// the italics of plain, the entry as printed, hold together: "*Title,
// Subtitle*".
func joinItalics(parts []string, plain string) []string {
	if !strings.Contains(plain, "*") {
		return parts
	}
	for i := 0; i+1 < len(parts); i++ {
		joined := parts[i] + "," + parts[i+1]
		if strings.Contains(plain, "*"+strings.TrimSpace(joined)+"*") {
			parts = append(append(parts[:i], joined), parts[i+2:]...)
			i--
		}
	}
	return parts
}

// bareLinkPart returns the first comma-separated part of s that is a web
// address printed without its scheme, "site.org/path" (MLA 9, 5.90), or "".
func bareLinkPart(s string) string {
	if !strings.Contains(s, "/") {
		return ""
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimRight(strings.TrimSpace(part), ".")
		slash, dot := strings.IndexByte(part, '/'), strings.IndexByte(part, '.')
		if part != "" && !strings.ContainsAny(part, " ()") && dot > 0 && slash > dot+2 {
			return part
		}
	}
	return ""
}

// splitOutside splits s at sep outside parentheses and brackets.
func splitOutside(s, sep string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(' || s[i] == '[':
			depth++
		case s[i] == ')' || s[i] == ']':
			depth--
		case depth == 0 && strings.HasPrefix(s[i:], sep):
			out = append(out, s[start:i])
			start = i + len(sep)
		}
	}
	return append(out, s[start:])
}

// readBook reads the publication statement of a book or a chapter's book:
// edition, "Place: Publisher" (APA 6, Chicago, Vancouver "Place (ST):
// Publisher; Year"), "Publisher, Place" (AGPS Harvard), "Place, Publisher,
// Year" (Oxford notes), "Publisher" (APA 7, MLA), pages, page count.
func (e *enEntry) readBook(s string) {
	it := &e.p.Item
	s = strings.TrimSpace(s)
	if m, ok := noteImprintIndex(s); ok && m[0] == 0 {
		// "(Place: Publisher, Year), page" of a note.
		inner, after := s[m[2]:m[3]], s[m[4]:m[5]]
		if t := enThesis.FindStringIndex(inner); t != nil && t[0] == 0 {
			// Chicago 17, 14.211: "(PhD diss., University, Year)".
			it.Genre = strings.TrimSpace(inner[:t[1]])
			inner = strings.TrimLeft(inner[t[1]:], " ,.")
		}
		if m := enEdition.FindStringSubmatchIndex(inner); m != nil && strings.TrimLeft(inner[:m[0]], " (") == "" {
			// Chicago 17, 14.113: "(5th ed., Pearson, 2023)".
			it.Edition, inner = inner[m[2]:m[3]], strings.TrimLeft(inner[m[1]:], " ,.")
		}
		e.readImprint(inner)
		e.readLocator(after)
		return
	}
	if m := enEdition.FindStringSubmatchIndex(s); m != nil {
		it.Edition = s[m[2]:m[3]]
		s = s[:m[0]] + " " + s[m[1]:]
	}
	for _, m := range [...]string{"E-book, ", "E-Book, ", "Ebook, ", "eBook, ", "Kindle ed., ", "Kindle edition, "} {
		if rest, ok := strings.CutPrefix(s, m); ok {
			// MLA 9, 5.76: the version before the publisher, "E-book,
			// Publisher, Year".
			if it.Medium == "" {
				it.Medium = strings.TrimSuffix(m, ", ")
			}
			s = rest
		}
	}
	s = e.takeReportSeries(s)
	s = enSecondary.ReplaceAllString(s, "")
	s = e.takeEditedBy(s)
	if m := findIf(enYearColonPages, s, strings.Contains(s, ";")); m != nil && e.host {
		// BioMed Central's chapter: "Place: Publisher; 2010:25–63." —
		// the book's year, then the chapter's pages.
		if it.Issued == nil {
			e.readDateIn(m[1])
		}
		e.setPages(m[2])
		s = s[:len(s)-len(m[0])]
	}
	s = e.takeMarkedEditors(s)
	if m := enVolume.FindStringSubmatchIndex(s); m != nil && it.Volume == "" {
		// "Book 2, Almaty: KazISS, 2010": a volume of a book.
		it.Volume = s[m[2]:m[3]]
		s = strings.TrimLeft(s[:m[0]]+" "+s[m[1]:], " ,.")
	}
	if m := findIf(enPreprintID, s, containsLower(s, "print", "arxiv")); m != nil {
		// "E-print 1708.04825", "arXiv:1708.04825": the preprint's number.
		it.Number = m[1]
		s = strings.Replace(s, m[0], " ", 1)
	}
	if m := enThesis.FindStringIndex(s); m != nil {
		it.Genre = strings.TrimSpace(s[m[0]:m[1]])
		before := strings.TrimSpace(s[:m[0]])
		s = withoutDepartment(strings.TrimLeft(s[m[1]:], " ,."))
		if univ := strings.TrimSuffix(before, ","); univ != before {
			// MLA 9, a dissertation: "Title. Year. University, PhD dissertation.
			// *Database*, address." — the university before the degree.
			if m := enBareDate.FindStringSubmatch(univ); m != nil && it.Issued == nil {
				e.readDateIn(m[1])
				univ = univ[len(m[0]):]
			}
			if univ = strings.TrimSpace(univ); univ != "" && !hasYear(univ) {
				it.Publisher = univ
				if l := bareLinkPart(s); l != "" && it.URL == "" {
					it.URL = l
				}
				return
			}
		}
	}
	if m := findIf(enReportNoAfter, s, strings.Contains(s, "No.")); m != nil && it.Number == "" {
		// Citing Medicine, ch. 2 (technical reports): "Place: Publisher;
		// Year. Report No.: 12."
		it.Number, it.Genre = strings.TrimRight(m[1], "."), "report"
		s = strings.Replace(s, m[0], " ", 1)
	}
	if m := enTechReport.FindStringIndex(s); m != nil && it.Number == "" {
		// IEEE: "Company, City, Tech. Rep. 99-02, Year".
		it.Number, it.Genre = strings.TrimSpace(s[m[0]:m[1]]), "report"
		s = s[:m[0]] + s[m[1]:]
	}
	if m := enPageCount.FindStringSubmatchIndex(s); m != nil && !strings.Contains(s[m[0]:m[1]], "pp") || m != nil && e.note == false && !e.host {
		if !enPages.MatchString(s[m[0]:]) {
			it.NumberOfPages = s[m[2]:m[3]]
			s = s[:m[0]] + " " + s[m[1]:]
		}
	}
	pages := ""
	if m := enPages.FindStringSubmatchIndex(s); m != nil {
		pages = s[m[2]:m[3]]
		s = s[:m[0]] + " " + s[m[1]:]
	} else if e.note {
		if m := enNoteLocator.FindStringSubmatchIndex(s); m != nil && !startsYear(s[m[2]:]) {
			pages = s[m[2]:m[3]]
			s = s[:m[0]]
		}
	}
	if pages != "" {
		if e.host && (!e.note || isRange(pages)) {
			it.Page = pages
		} else {
			e.p.Locator = pages
		}
	}
	e.readImprint(s)
}

// A person's name in a chapter's host given first, "M. Name", "Laszlo
// Name", and a list of them: what enBookThenEditors and
// enTranslatorsAfter read.
const (
	enHostName  = `(?:(?:\p{Lu}\.\s?)+|\p{Lu}\p{Ll}+\s)(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+`
	enHostNames = enHostName + `(?:(?:,\s+|\s+and\s+|\s*&\s*)` + enHostName + `)*`
)

var (
	// enBookThenEditors is a chapter's book named before its editors, as
	// some Harvard lists print it: "Book Title, M. Name (ed.), ".
	enBookThenEditors = lazyRegexp(`^([^,()]{3,200}?),\s+(` + enHostNames + `)\s+\((?:eds?|Eds?)\.?\),?\s*`)
	// enTranslatorsAfter are the translators after them, "C. Name and M.
	// Name (trans.), ".
	enTranslatorsAfter = lazyRegexp(`^(` + enHostNames + `)\s+\((?:trans|Trans|tr)\.?\),?\s*`)
	// enHostNameOnly is one such name with initials and nothing else: the
	// first of the editors, not a book's title ("In S. Name, G. Name
	// (eds), Book").
	enHostNameOnly = lazyRegexp(`^(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+$`)
	// enLeadingPages are the chapter's pages before the imprint, "84-258. ".
	enLeadingPages = lazyRegexp(`^(\d+\s*[-–]\s*\d+)[.,]\s*`)
)

// enYearColonPages closes a chapter's imprint with its book's year and
// its own pages: "; 2010:25–63.".
var enYearColonPages = lazyRegexp(`;\s*((?:1[5-9]|20)\d\d):\s*(\d+\s*[-–]\s*\d+)\.?$`)

// takeEditedBy reads the sentence "Edited by Name and Name." that a
// bibliography prints between a book's title or edition and its imprint
// (Chicago 17, 14.103; "Edited by:" in BioMed Central's style) into the
// editors, and returns s without it.
func (e *enEntry) takeEditedBy(s string) string {
	i := strings.Index(s, "Edited by ")
	mark := len("Edited by ")
	if i < 0 {
		// BioMed Central: "Edited by: Family A, Family B."
		i, mark = strings.Index(s, "Edited by: "), len("Edited by: ")
	}
	if i < 0 || i > 0 && !strings.HasSuffix(strings.TrimSpace(s[:i]), ".") && strings.TrimSpace(s[:i]) != "" {
		return s
	}
	names, rest := enRoleNames(s[i+mark:])
	if len(names) == 0 {
		return s
	}
	e.p.Item.Editor = append(e.p.Item.Editor, names...)
	return s[:i] + strings.TrimLeft(rest, " .")
}

// readLocator reads the page a note cites after its imprint; after the
// imprint of a chapter's book a range is the chapter's own pages (the form
// of Chicago 17, 14.107, in a first note).
func (e *enEntry) readLocator(s string) {
	if v, page, ok := volumeColonPage(s); ok && e.note {
		// Chicago 17, 14.116: "(Place: Publisher, 1897), 8: 1,309" — the
		// volume and the page cited of a work in several volumes.
		e.p.Item.Volume, e.p.Locator = v, page
		return
	}
	if t := strings.TrimLeft(s, " ,"); startsDivision(t) {
		// "Chapter 4 (Title of the Chapter)", "Section 1.1–1.3, pp. 32–61":
		// the division cited, or its pages where they are printed.
		if m := enPages.FindStringSubmatch(t); m != nil {
			e.setPages(m[1])
			return
		}
		e.p.Locator = divisionCited(t)
		return
	}
	if m := enLocatorFirst.FindStringSubmatch(s); m != nil {
		e.setPages(m[1])
	}
}

// parenMonthYearEnd splits "(Apr., 1994)", a month and a year in
// parentheses, off the end of s.
func parenMonthYearEnd(s string) (string, *Date, bool) {
	if !strings.HasSuffix(s, ")") {
		return s, nil, false
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 {
		return s, nil, false
	}
	f := strings.Fields(s[i+2 : len(s)-1])
	if len(f) != 2 || !startsYear(f[1]) || len(f[1]) != 4 {
		return s, nil, false
	}
	mo := month(strings.Trim(f[0], ".,"))
	if mo == 0 {
		return s, nil, false
	}
	y, _ := strconv.Atoi(f[1])
	return s[:i], NewDate(y, mo), true
}

// startsDivision reports a book's division named at the start of s,
// "Chapter 4", "Sec. 2".
func startsDivision(s string) bool {
	for _, w := range noteDivisionWords {
		if strings.HasPrefix(s, w+" ") {
			return true
		}
	}
	return false
}

// divisionCited returns the division s opens with and its number,
// "Chapter 4" of "Chapter 4 (Title)"; "" when no number follows.
func divisionCited(s string) string {
	w, rest, _ := strings.Cut(s, " ")
	if n := enNumberSpan(rest); n != "" {
		return w + " " + n
	}
	return ""
}

// enNumberSpan returns the number or range s opens with, "1–3", "1.1–1.3".
func enNumberSpan(s string) string {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' && i+1 < len(s) && isDigit(s[i+1])) {
		i++
	}
	if i == 0 {
		return ""
	}
	if n := dashLen(s, i); n > 0 || i < len(s) && s[i] == '-' {
		if n == 0 {
			n = 1
		}
		if j := len(enNumberSpan(s[i+n:])); j > 0 {
			return s[:i+n+j]
		}
	}
	return s[:i]
}

// volumeColonPage reads "8: 1,309", "2:45–47" at the start of s (after a
// comma): a volume, a colon and the page.
func volumeColonPage(s string) (string, string, bool) {
	s = strings.TrimLeft(s, " ,")
	i := enSkipDigits(s, 0)
	if i == 0 || i > 3 || !enByteAt(s, i, ':') {
		return "", "", false
	}
	page := strings.TrimRight(s[enSkipSpaces(s, i+1):], " .")
	if page == "" || !isDigit(page[0]) || strings.Trim(page, "0123456789,-–—") != "" {
		return "", "", false
	}
	return s[:i], page, true
}

// pagesOnly reports two page numbers joined by a dash, "39-51", "A1–A4".
func pagesOnly(s string) bool {
	from, to, ok := cutDash(s)
	return ok && pageNumber(from) && pageNumber(to)
}

// cutDash splits s at its one dash, hyphen, en or em dash.
func cutDash(s string) (string, string, bool) {
	for _, d := range []string{"-", "–", "—"} {
		if a, b, ok := strings.Cut(s, d); ok {
			return strings.TrimSpace(a), strings.TrimSpace(b), true
		}
	}
	return "", "", false
}

// pageNumber reports a page number: digits, with a section's capital
// before them ("A12").
func pageNumber(s string) bool {
	if s != "" && isCapital(s[0]) {
		s = s[1:]
	}
	return s != "" && len(s) <= 6 && allDigits(s)
}

// isRange reports a page range, "23–30", rather than one page.
func isRange(pages string) bool {
	return strings.ContainsAny(pages, "-–—")
}

// usStates are the two-letter abbreviations APA 6 and Chicago print after
// a place of publication ("Boston, MA", "Berkeley, CA").
var usStates = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true,
	"DC": true, "FL": true, "GA": true, "HI": true, "ID": true, "IL": true, "IN": true, "IA": true,
	"KS": true, "KY": true, "LA": true, "ME": true, "MD": true, "MA": true, "MI": true, "MN": true,
	"MS": true, "MO": true, "MT": true, "NE": true, "NV": true, "NH": true, "NJ": true, "NM": true,
	"NY": true, "NC": true, "ND": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true,
	"SC": true, "SD": true, "TN": true, "TX": true, "UT": true, "VT": true, "VA": true, "WA": true,
	"WV": true, "WI": true, "WY": true,
}

// readImprint reads place, publisher and year out of a publication
// statement.
func (e *enEntry) readImprint(s string) {
	it := &e.p.Item
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "; "); i > 0 && i < 60 && len(s)-i < 60 && hasYear(s[:i]) && hasYear(s[i:]) {
		// Russian physics lists cite a book's original and its
		// translation in one imprint, "Nauka, Moscow, 1988; Pergamon, New
		// York, 1976": the first is the edition cited.
		s = s[:i]
	}
	if it.Issued == nil {
		e.readDateIn(s)
	}
	// Drop years, "c2006" and what follows the publisher's sentence.
	s = enImprintYear.ReplaceAllString(s, "")
	s = strings.Trim(strings.TrimSpace(s), " .,;()")
	if strings.Count(s, "(") > strings.Count(s, ")") {
		s += ")" // "Name of the Body (NOB)": the acronym's bracket is the name's
	}
	if i := strings.LastIndex(s, ", "); i > 0 && (englishMonth(strings.Trim(s[i+2:], ".")) ||
		enDayMonth.MatchString(s[i+2:]) && month(strings.Trim(s[i+2:], "0123456789. ")) > 0) {
		// IEEE: "…, City, Country, Jan. 1999"; MLA: "Publisher, January
		// 1, 1982": the month and day of the date.
		s = s[:i]
	}
	if s == "" || strings.EqualFold(s, "n.d") {
		return // APA 7, 9.17; Citing Medicine: "n.d.", no date
	}
	m := enColonImprint.FindStringSubmatch(s)
	if c := strings.Index(s, ": "); m == nil && c > 0 {
		// "Navch. posib. Kyyiv: Publisher", "Institute Name. Place:
		// Publisher": the imprint is the last sentence; a genre or the
		// body responsible goes before it in English renderings of
		// Ukrainian and Russian references.
		if k := strings.LastIndex(s[:c], ". "); k > 0 {
			m = enColonImprint.FindStringSubmatch(s[k+2:])
		}
	}
	if m != nil {
		it.PublisherPlace = strings.TrimSpace(m[1])
		it.Publisher = enPublisher(m[2])
		if pub := strings.TrimSpace(m[2]); !enPlace(it.PublisherPlace) && enPlace(firstClauseTo(pub, ",")) {
			// "Macmillan: Basingstoke, UK", "WHO: Geneva": the publisher
			// and its place in the wrong order, as some Harvard lists
			// print them.
			it.PublisherPlace, it.Publisher = pub, enPublisher(m[1])
		}
		return
	}
	if i := strings.Index(s, ": "); i > 0 && strings.Contains(s[:i], "; ") && allPlaces(strings.Split(s[:i], "; ")) {
		// Chicago 17, 14.132; Harvard: two places of the publisher,
		// "London; New York: Routledge".
		it.PublisherPlace, it.Publisher = s[:i], enPublisher(s[i+2:])
		return
	}
	if enThesis.MatchString(it.Genre) && strings.Count(s, ",") == 1 {
		// APA 7, 10.6; Cite Them Right: the university, with its campus
		// ("University of California, Irvine"), publishes a thesis.
		it.Publisher = enPublisher(s)
		return
	}
	parts := corporateParts(splitOutside(s, ","))
	if n := len(parts); n > 1 && e.host && it.Page == "" && isRange(strings.TrimSpace(parts[n-1])) {
		// ACM: "In Proceedings of … Publisher, Place, 4171–4186.": the
		// paper's pages close the imprint.
		it.Page, parts = strings.TrimSpace(parts[n-1]), parts[:n-1]
	}
	for k := 0; k < len(parts); k++ {
		if p := parts[k]; len(parts) > 1 && p != "" && bareLinkPart(p) == p {
			// MLA 9, 5.95: a database and its address after the imprint
			// ("Publisher, Year. *Database*, site.org/path") are no place.
			if it.URL == "" {
				it.URL = p
			}
			parts = append(parts[:k], parts[k+1:]...)
			k--
		}
	}
	switch {
	case len(parts) == 1 && (enPlace(parts[0]) || strings.HasSuffix(it.Genre, " diss.") && !strings.Contains(parts[0], " ")):
		// A Russian dissertation rendered in English names the city
		// alone: "[Cand. Sci. diss.]. Orel."
		it.PublisherPlace = parts[0]
	case len(parts) == 1:
		it.Publisher = enPublisher(parts[0])
	case enPlace(parts[0]) && len(parts) > 2 && (usStates[parts[1]] || stateAbbreviations[parts[1]]):
		it.PublisherPlace = parts[0] + ", " + parts[1]
		it.Publisher = enPublisher(strings.Join(secondImprintCut(parts[2:]), ", "))
	case enPlace(parts[0]) || usStates[parts[1]] && len(parts) > 2:
		it.PublisherPlace = parts[0]
		it.Publisher = enPublisher(strings.Join(secondImprintCut(parts[1:]), ", "))
	case strings.Contains(parts[len(parts)-1], " and ") || strings.Contains(parts[len(parts)-1], " & "):
		// A publisher named by its partners, "Holt, Rinehart and
		// Winston", "Harcourt, Brace & World": no place follows.
		it.Publisher = enPublisher(strings.Join(parts, ", "))
	default:
		// AGPS Harvard: "Publisher, Place".
		it.Publisher = enPublisher(parts[0])
		it.PublisherPlace = strings.Join(parts[1:], ", ")
	}
}

// stateAbbreviations are the abbreviations of US states that older
// imprints print after a town ("Cambridge, Mass.", Chicago 17, 10.28).
var stateAbbreviations = map[string]bool{
	"Ala.": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true, "Del.": true, "Fla.": true,
	"Ga.": true, "Ill.": true, "Ind.": true, "Kans.": true, "Ky.": true, "La.": true, "Md.": true, "Mass.": true,
	"Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true, "Nebr.": true, "Nev.": true, "N.H.": true,
	"N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true, "Okla.": true, "Ore.": true, "Oreg.": true,
	"Pa.": true, "Penn.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true, "Tex.": true, "Vt.": true,
	"Va.": true, "Wash.": true, "W.Va.": true, "Wis.": true, "Wyo.": true, "D.C.": true,
}

// secondImprintCut returns the parts of a publisher statement up to a
// second place: "The Free Press, London, Collier-Macmillan" names the
// publisher of the first place, then another place and its publisher
// (Chicago 17, 14.135: only the first need be given).
func secondImprintCut(parts []string) []string {
	for k := 1; k < len(parts)-1; k++ {
		if enPlace(parts[k]) {
			return parts[:k]
		}
	}
	return parts
}

// enNewspaperWords are words that name English-language newspapers
// ("The Daily Telegraph", "The Guardian", "Evening Standard"); Citing
// Medicine's ";Sect. A:12" (ch. 5) marks a newspaper's section too.
var enNewspaperWords = map[string]bool{
	"Daily": true, "Guardian": true, "Telegraph": true, "Gazette": true, "Chronicle": true, "Observer": true,
	"Courier": true, "Dispatch": true, "Inquirer": true, "Examiner": true, "Standard": true, "Sentinel": true,
	"Mirror": true, "Globe": true, "Star-Tribune": true, "Star": true, "Independent": true,
}

// enNewspaperName reports a name with one of enNewspaperWords.
func enNewspaperName(s string) bool {
	for _, w := range strings.Fields(s) {
		if enNewspaperWords[w] {
			return true
		}
	}
	return false
}

// acronymOf returns the capitals that open the words of a name,
// "International Labour Organization" → "ILO", or "".
func acronymOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if isCapital(w[0]) {
			b.WriteByte(w[0])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// placeOrCountry reports a known place, a country or a state.
func placeOrCountry(s string) bool {
	s = strings.TrimSpace(s)
	return enPlace(s) || countryOrState[s] || usStates[s] || stateAbbreviations[s]
}

// allPlaces reports whether every one of parts is a known place, a
// country or a state after a town.
func allPlaces(parts []string) bool {
	for _, p := range parts {
		p = strings.TrimSpace(p)
		town, state, _ := strings.Cut(p, ", ")
		if !enPlace(p) && !enPlace(town) && !countryOrState[p] || state != "" && !usStates[state] && !countryOrState[state] && !stateAbbreviations[state] {
			return false
		}
	}
	return true
}

// corporateParts trims the parts of an imprint and joins to the part
// before it a company's designator printed after a comma ("O’Reilly Media,
// Inc.", "Pitman and Sons, Ltd"), which is no place.
func corporateParts(parts []string) []string {
	out := parts[:0]
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if len(out) > 0 && orgEnds[strings.TrimSuffix(part, ".")] {
			out[len(out)-1] += ", " + part
			continue
		}
		out = append(out, part)
	}
	return out
}

// englishMonth reports an English month, "Jan", "Sept" or "January": a
// place that begins like one ("Novosibirsk", "Marseille") is none.
func englishMonth(w string) bool {
	if month(w) == 0 {
		return false
	}
	if len(w) <= 4 {
		return true
	}
	for _, name := range [...]string{"January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"} {
		if strings.EqualFold(w, name) {
			return true
		}
	}
	return false
}

// enPublisher trims what follows a publisher: a full stop, a sentence of
// notes ("Ebrary ebook", "Chapter 24, …").
func enPublisher(s string) string {
	s = strings.TrimSpace(s)
	for _, m := range punctSpaces(s, ".;") {
		if !abbreviationBefore(s[:m[0]+1]) && !publisherAbbreviation(s[:m[0]]) {
			s = s[:m[0]]
			break
		}
	}
	return strings.TrimRight(strings.TrimSpace(s), ".,;:")
}

// publisherAbbreviations are the shortened words of publishers' and
// universities' names (IEEE Reference Guide: "Univ.", "Inst.", "Dept.").
var publisherAbbreviations = map[string]bool{
	"Univ": true, "Inst": true, "Dept": true, "Assoc": true, "Soc": true, "Natl": true, "Intl": true,
	"Acad": true, "Tech": true, "Lab": true, "Labs": true, "Corp": true, "Co": true, "Publ": true, "Pub": true,
}

// publisherAbbreviation reports whether s, text before a full stop, ends
// in one of publisherAbbreviations.
func publisherAbbreviation(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return publisherAbbreviations[w]
}

// doiLinkURL makes a "https://doi.org/…" link the work's URL as well as
// its DOI when no other URL was printed.
func doiLinkURL(p *parsed) {
	if p.Item.URL != "" {
		return
	}
	for _, f := range p.urls {
		if DOIOf(f.URL) != "" {
			p.Item.URL = f.URL
			return
		}
	}
}

// unlabelledDOILinkURL makes a "https://doi.org/…" link printed with no
// "DOI:" before it the work's URL as well as its DOI, when no other URL was
// printed.
func unlabelledDOILinkURL(p *parsed) {
	if p.Item.URL != "" {
		return
	}
	for _, f := range p.urls {
		if f.Label != "DOI" && DOIOf(f.URL) != "" {
			p.Item.URL = f.URL
			return
		}
	}
}

// finish sets the DOI URL, reads leftovers and decides the type.
func (e *enEntry) finish(leftover string) {
	it := &e.p.Item
	if i := strings.LastIndex(it.ContainerTitle, ", ser. "); i > 0 && len(it.ContainerTitle)-i <= len(", ser. ")+3 {
		// IEEE: "J. Basic Eng., ser. D, vol. 83": the journal's series.
		it.ContainerTitle = it.ContainerTitle[:i]
	}
	if e.institution != "" {
		// APA 7, 10.6: "[Doctoral dissertation, University]. Database
		// Name." — the database is where the thesis was found.
		it.Publisher, it.PublisherPlace = e.institution, ""
	}
	if leftover = strings.TrimSpace(leftover); leftover != "" && it.Page == "" {
		if m := enPages.FindStringSubmatch(leftover); m != nil {
			it.Page = m[1]
		}
	}
	doiLinkURL(e.p)
	e.takeHostEditors()
	if m := enMeetingDays.FindStringSubmatchIndex(it.ContainerTitle); m != nil && m[0] > 0 {
		// IEEE Xplore's "in *Conference*, 22-23 July 2020 2020": the
		// meeting's days after the proceedings' name; the first day dates
		// the paper when nothing else does.
		c := it.ContainerTitle
		if it.Issued == nil {
			it.Issued = enDateWords(c[m[2]:m[3]] + " " + c[m[4]:m[5]] + " " + c[m[6]:m[7]])
		}
		it.ContainerTitle = strings.TrimRight(c[:m[0]], " ,")
	}
	if w := lastWord(it.ContainerTitle); it.Issued == nil && len(w) == 4 && yearSeg(w) && e.proceedings() {
		it.Issued = parseDate(w) // "in Proceedings of AICT 2018": the meeting's year, no other printed
	}
	if it.DOI != "" && !strings.HasPrefix(it.DOI, "10.") {
		// "http://doi.org/10:1002/…" names no DOI; the link stays.
		it.DOI = ""
	}
	it.Page = strings.TrimSpace(it.Page)
	if it.Publisher != "" && it.PublisherPlace == "" && it.ContainerTitle == "" && (strings.Contains(e.p.plain, "[Internet]") && vancouverSite(e.p.plain, it.Publisher) || onlineSite(e.p.plain, it.Publisher)) {
		// Citing Medicine as reference managers render a web page: the
		// site's name stands where a publisher would, with no place and
		// no semicolon before the date; Harvard so rendered names it
		// after "[online]".
		it.ContainerTitle, it.Publisher = it.Publisher, ""
		e.host, e.web = true, true
		e.preprint = e.preprint || preprintRepository(it.ContainerTitle) != ""
	}
	if preprintRepository(it.ContainerTitle) != "" {
		e.preprint = true // Citing Medicine: "Title. medRxiv. 2024 Feb 6;2024.02.02.24301940."
	}
	if it.Publisher != "" && it.PublisherPlace == "" && it.ContainerTitle == "" && preprintRepository(it.Publisher) != "" {
		// APA 7, 10.8: "Title. arXiv. https://doi.org/…" — the preprint
		// server, printed where a publisher would stand, holds the
		// preprint; Citing Medicine's "bioRxiv; 2020" names it publisher.
		e.preprint = true
		if !strings.Contains(e.p.plain, it.Publisher+";") {
			it.ContainerTitle, it.Publisher = it.Publisher, ""
			e.host = true
		}
	}
	if it.Publisher != "" && it.PublisherPlace == "" && it.ContainerTitle == "" && hasAnyPrefix(it.Publisher, []string{"Proceedings of ", "Proc. of ", "Proc. "}) {
		// "Title. Proceedings of the 17th Conference of …. 2023.": the
		// proceedings printed where a publisher would stand hold the paper.
		it.ContainerTitle, it.Publisher = it.Publisher, ""
		e.host, e.journal = true, true
	}
	e.inferType()
}

// onlineSite reports name printed as the site of a web page in Harvard
// as reference managers render it, "Title. [online] Site Name. Available
// at: URL".
func onlineSite(raw, name string) bool {
	return strings.Contains(raw, "[online] "+name+". Available") || strings.Contains(raw, "[Online] "+name+". Available")
}

// vancouverSite reports name printed as a web page's site in Citing
// Medicine's form as reference managers render it, "Title [Internet].
// Site. 2018 [cited …]. Available from: …" or "Title [Internet]. [cited
// …]. Site. Available from: …": a sentence of its own after a bracket,
// followed by the year, the date cited or the address; a publisher is
// followed by a semicolon and the year ("Place: Publisher; 2018").
func vancouverSite(raw, name string) bool {
	i := strings.Index(raw, "]. "+name+". ")
	if i < 0 {
		return false
	}
	next := raw[i+len("]. ")+len(name)+len(". "):]
	return startsYear(next) || strings.HasPrefix(next, "[cited") || strings.HasPrefix(next, "Available")
}

// inferType decides the CSL type from what was read.
func (e *enEntry) inferType() {
	it := &e.p.Item
	raw := e.p.plain
	switch {
	case e.preprint:
		it.Type = "article"
	case e.presented:
		it.Type = "paper-conference"
	case e.kind != "":
		it.Type = e.kind
	case enEUAct.MatchString(it.Title):
		// An act of the European Union named by its designation,
		// "Regulation (EU) 2024/1689 …", "Directive (EU) 2019/790 …".
		it.Type = "legislation"
	case e.speech:
		it.Type = "speech"
	case containsLower(raw, "patent") && !e.journal:
		it.Type = "patent"
		if containsLower(it.ContainerTitle, "patent") {
			// IEEE: `"Title," U.S. Patent 1 234 567, Date`: the number,
			// not a container.
			it.Number, it.ContainerTitle = it.ContainerTitle, ""
		}
	case !e.host && it.Genre != "report" && containsLower(raw, "standard", "itu", "iso", "rfc") && enStandard.MatchString(strings.ToLower(raw)):
		it.Type = "standard"
	case e.magazine:
		it.Type = "article-magazine"
	case e.host && e.journal && it.Volume == "" && it.Issue == "" && (newspaperRe.MatchString(it.ContainerTitle) || enNewspaperName(it.ContainerTitle) || strings.Contains(raw, ";Sect. ")):
		it.Type = "article-newspaper"
	case e.host && e.journal && e.dateMD && it.Issued != nil && len(it.Issued.Parts[0]) == 3 && it.Volume == "":
		it.Type = "article-newspaper"
	case e.host && e.journal && e.dateMD && it.DOI == "", e.host && e.journal && containsWord(it.ContainerTitle, "Magazine"):
		// APA 7, 10.1: a magazine is dated by month or named so; an
		// article with a DOI is a journal's, whatever its date.
		it.Type = "article-magazine"
	case e.host && e.journal:
		it.Type = "article-journal"
		if e.venue || e.proceedings() && (it.Volume == "" || e.in) || e.in && e.ieee && it.Publisher == "" && !journalRe.MatchString(it.ContainerTitle) {
			// IEEE prints "in" before proceedings ("in Advances in Neural
			// Information Processing Systems, vol. 30, 2017, pp. 1–9"),
			// and IEEE Xplore before its journals too ("in IEEE
			// Transactions on …").
			it.Type = "paper-conference"
		}
	case !e.host && articleArchive(it.URL):
		// Citing Medicine, ch. 23: a journal article read in PubMed
		// Central, "Title. Year [cited …]. Available from: …/pmc/articles/…".
		it.Type = "article-journal"
	case e.web && (e.dateMD || e.note && !e.quotedStop && it.Issued != nil && len(it.Issued.Parts[0]) == 3) && newspaperRe.MatchString(it.ContainerTitle):
		// Chicago 17, 15.49: "Name. 2017. “Title.” New York Times, March
		// 8, 2017." (MLA's online newspapers stay web pages).
		it.Type = "article-newspaper"
	case e.web && (encyclopediaRe.MatchString(it.ContainerTitle+" "+it.Publisher) || e.quoted && strings.HasPrefix(it.ContainerTitle, "Handbook of ")):
		// MLA 9, 5.25: "“Entry.” Site, Encyclopædia Name, Date, address."
		// — an entry of an encyclopedia read online; a handbook read
		// online is one too ("“Entry,” Handbook of Name, URL").
		it.Type = "entry-encyclopedia"
	case e.web && containsWord(it.ContainerTitle, "Journal") && strings.Contains(e.p.plain, "*"+it.ContainerTitle+"*"):
		// Cite Them Right: "Title. *Journal Name*. Available at: URL" — an
		// article of a journal in emphasis read online.
		it.Type = "article-journal"
	case e.web && containsWord(it.ContainerTitle, "Magazine"):
		// Chicago 17, 14.188: an article of a magazine read online,
		// "“Title.” Name Magazine, Month Year. URL."
		it.Type = "article-magazine"
	case e.web && it.ContainerTitle == "" && enReport.MatchString(it.Title):
		it.Type = "report" // IEEE: `Org, "Title of Report," Year.`
	case !e.host && len(it.Author) == 0 && len(it.Editor) == 0 && it.URL != "" && strings.Contains(raw, "[Internet]") && !enReport.MatchString(it.Title):
		// Citing Medicine, ch. 22: a homepage, "Title [Internet]. Place:
		// Publisher; c2020 [cited …]. Available from: URL", names no
		// author.
		it.Type = "webpage"
	case !e.host && it.URL != "" && it.PublisherPlace == "" && (len(it.Author) == 0 || it.Author[0].Literal != "") && strings.Contains(raw, "[Internet]") && strings.Contains(raw, "[cited") && !enReport.MatchString(it.Title) && !containsLower(raw, "arxiv"):
		// Citing Medicine, ch. 22: a body's page, "Body. Title [Internet].
		// Body; 2025 [cited …]. Available from: URL" — no place, as a
		// book or report read online would print.
		it.Type = "webpage"
	case e.web && e.note && it.ContainerTitle == "" && it.Publisher == "" && it.URL == "" && it.DOI == "" && len(it.Author) > 0:
		// A note of the authors, a title and a year, and nothing that
		// names a site or an address: "Family, I. & Family, I., “Title,”
		// 2019." cites a book.
		it.Type = "book"
	case e.web, it.Medium == "Web" && !e.journal:
		it.Type = "webpage" // MLA 7: "… Web. 9 July 2009."
	case !e.host && it.Publisher == "" && it.PublisherPlace == "" && it.ISBN == "" && strings.Contains(raw, "Retrieved ") && !enReport.MatchString(it.Title):
		// APA 7, 10.16: "Title. (n.d.). Retrieved June 14, 2021" — the
		// date a page was seen, its address lost in the copy.
		it.Type = "webpage"
	case !e.journal && !e.host && containsLower(raw, "print", "arxiv") && (enPreprint.MatchString(strings.ToLower(strings.Replace(raw, it.URL, "", 1))) || containsLower(it.URL, "arxiv.org/")):
		// A preprint's word counts in the text, or arXiv's address; not
		// a path of an institution's repository ("…/id/eprint/149281/…").
		it.Type = "article"
	case !e.host && it.Publisher == "" && it.PublisherPlace == "" && it.Accessed != nil && strings.Contains(e.p.rawLow, "available from") && !enReport.MatchString(it.Title):
		// Citing Medicine, ch. 22: a page with its access date and
		// "Available from:", and no imprint (the address may be lost).
		it.Type = "webpage"
	case e.host && encyclopediaRe.MatchString(it.ContainerTitle):
		it.Type = "entry-encyclopedia"
	case e.host && confRe.MatchString(it.ContainerTitle):
		it.Type = "paper-conference"
	case e.host && e.in && e.ieee && len(it.Editor) == 0 && it.PublisherPlace == "" && it.Publisher != "" && it.Page != "":
		// IEEE prints a book's chapter with its editors and the place
		// before the publisher; "in Title, Publisher, Year, pp. 1–9" is a
		// paper in proceedings.
		it.Type = "paper-conference"
	case e.host && (len(it.Editor) > 0 || it.Publisher != "" || it.PublisherPlace != "" || it.Page != ""):
		it.Type = "chapter"
	case e.host:
		it.Type = "webpage"
	case it.Genre != "" && enThesis.MatchString(it.Genre):
		it.Type = "thesis"
	case it.Genre == "report" || enReport.MatchString(it.Title+" "+it.Publisher) && !strings.HasSuffix(it.Publisher, " Press"):
		// Bodies issue reports; a press publishes "… : a report of the
		// Panel on …" as a book.
		it.Type = "report"
	case it.URL != "" && it.Publisher == "" && it.PublisherPlace == "" && it.Edition == "" && it.DOI == "":
		it.Type = "webpage"
	case e.quoted && it.URL != "" && it.DOI == "" && it.PublisherPlace == "" && it.Issued == nil:
		// Chicago 17, 14.206: "“Title,” Owner of the Site, accessed
		// Date, URL": a quoted title with a link and no imprint.
		it.Type = "webpage"
	case it.URL != "" && it.DOI == "" && it.PublisherPlace == "" && !e.dateMD && institutionName(it.Publisher):
		// APA 7, 10.4: "Title. Institution Name. URL" — a body that issues
		// reports, not a site.
		it.Type = "report"
	case e.apa && it.URL != "" && it.DOI == "" && it.PublisherPlace == "" && it.Edition == "" && it.Publisher != "" && !isPublisher(it.Publisher) && !strings.Contains(raw, it.Publisher+"; "):
		// APA 7, 10.16: "Author. (2021). Title. Site Name. URL": the name
		// after the title is the site's, not a publisher's (Citing
		// Medicine's "Publisher; 2020" names a publisher).
		it.Type = "webpage"
		it.ContainerTitle, it.Publisher = it.Publisher, ""
	case it.URL != "" && e.dateMD && it.PublisherPlace == "":
		// APA 7, 10.16: "Author. (2021, March 3). Title. Site Name. URL".
		it.Type = "webpage"
		it.ContainerTitle, it.Publisher = it.Publisher, ""
	case len(it.Author) == 1 && !e.host && !e.quoted && it.Publisher != "" && it.Edition == "" && it.URL == "" && it.NumberOfPages == "" &&
		(issuedByItself(it) && (it.PublisherPlace == "" || strings.Contains(raw, it.Publisher+"; ")) || it.Author[0].Literal != "" && !isPublisher(it.Publisher) &&
			(firstWord(it.Author[0].Literal) == firstWord(it.Publisher) && it.PublisherPlace == "" || it.Publisher == acronymOf(it.Author[0].Literal))):
		// APA 7, 10.4: a group's work issued by the group itself or a
		// branch of it ("Group. (2025). *Title*. Group Research.") is a
		// report; Citing Medicine's "Body. Title. Place: Body; 2024" too
		// (Harvard's "Body, 2019. Title. London: Body." stays a book).
		it.Type = "report"
		if n := it.Author[0]; n.Literal == "" {
			it.Author[0] = Name{Literal: n.Given + " " + n.Family} // "NHS Digital", read as a person's name
		}
	case e.quotedStop && !e.note && !e.host && it.Publisher != "" && it.URL == "" && it.DOI == "":
		// MLA 9, 5.22: quotation marks enclose the title of a work that is
		// part of a larger one (a poem, a story), though the list leaves the
		// book out: "Family, Given. “Poem.” Publisher, Year."
		it.Type = "chapter"
	default:
		it.Type = "book"
	}
}

// proceedings reports a container that names a conference: a journal's
// words ("Sciences", "Research") in it do not count after IEEE's "in"
// ("in Proceedings of the … Conference on System Sciences").
func (e *enEntry) proceedings() bool {
	c := e.p.Item.ContainerTitle
	return confRe.MatchString(c) && (!journalRe.MatchString(c) || e.in && strings.HasPrefix(c, "Proc"))
}

// withoutInitialisms returns s without the full stops of initialisms
// ("U.S. Census Bureau", "U.K. Met Office"): capitals each followed by a
// full stop, two or more in a row.
func withoutInitialisms(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	b := []byte(s)
	for i := 0; i+3 < len(b); i++ {
		if (i == 0 || b[i-1] == ' ') && isCapital(b[i]) && b[i+1] == '.' && isCapital(b[i+2]) && b[i+3] == '.' {
			for i+1 < len(b) && isCapital(b[i]) && b[i+1] == '.' {
				b[i+1] = ' '
				i += 2
			}
		}
	}
	return string(b)
}

// isCapital is [A-Z].
func isCapital(c byte) bool { return c >= 'A' && c <= 'Z' }

// titleAfterDate reports a title of four words or more after an
// organisation's date, in sentence case (a lower-case word after the
// first): not the publisher of a work whose title took the author's place
// ("Experimental psychology. (1938). Holt.", APA 7, 9.12).
func titleAfterDate(rest string) bool {
	words := strings.Fields(firstClauseTo(rest, "."))
	if len(words) < 4 {
		return false
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !enFunctionWords[w] {
			return true
		}
	}
	return false
}

// articleArchive reports a link into an archive of journal articles
// (PubMed, PubMed Central, Europe PMC), which holds nothing else.
func articleArchive(url string) bool {
	return containsAny(url, "ncbi.nlm.nih.gov/pmc/articles/", "pubmed.ncbi.nlm.nih.gov/", "europepmc.org/article/")
}

// readOrgEnglish reads an entry headed by an organisation or by its
// title: "American Psychological Association. (2010). Title." (APA 7,
// 9.11), "Better Business Bureau (2001), “Title”" (Harvard), "Experimental
// psychology. (1938). Holt." (APA 7, 9.12: with no author the title takes
// its place), "The Cardiac Society of Australia. Title. Med J Aust
// 1996;164:282-4." and "Title [editorial]. S Afr Med J 1994;84:15."
// (Citing Medicine, ch. 1, "Organization as author", "No author").
func readOrgEnglish(p *parsed, s string, footnote bool) bool {
	if readAGPSWeb(p) {
		return true
	}
	e := &enEntry{p: p, note: footnote}
	if eds, rest := orgEditors(s); eds != nil {
		p.Item.Editor = eds
		e.readRest(rest, false)
		return true
	}
	if i := strings.Index(s, ": "); i > 0 && i < 100 && !strings.Contains(s[:i], ".") && isOrgName(s[:i]) && (institutionName(s[:i]) || orgWords[strings.ToLower(lastWord(s[:i]))] && lastWord(s[:i]) != "Press") {
		// BioMed Central's Vancouver closes the names with a colon, a
		// body's too: "World Bank: World Development Indicators. 2013.";
		// a product's documentation or a press is no author there.
		p.Item.Author = []Name{{Literal: s[:i]}}
		e.readRest(s[i+2:], false)
		return true
	}
	if i := strings.LastIndex(strings.TrimRight(s, ". "), ". "); i > 0 && endsInNumber(s[i+2:], ',') && commaClosesHead(s[i+2:]) && enDatedPeriodical.MatchString(s[i+2:]) {
		// Cite Them Right, a newspaper article with no author: "Title.
		// Newspaper Name, 15 March 2015."
		e.readRest(s, false)
		return true
	}
	if m := findIf(enVancouver, s, strings.Contains(s, ";")); m != nil && !startsQuote(s) {
		sentences := strings.Count(m[1], ". ")
		if j := strings.LastIndex(m[1], ". "); sentences >= 2 {
			if title, names, ok := titleThenNames(m[1][:j]); ok {
				// The authors after the title: "Title. Family AB, Family
				// C. Journal 2002;359(9307):696-700."
				p.Item.Author = names
				e.readRest(title+". "+s[j+2:], false)
				return true
			}
			i := strings.Index(m[1], ". ")
			p.Item.Author = []Name{{Literal: m[1][:i]}}
			e.readRest(s[i+2:], false)
			return true
		}
		if sentences == 1 {
			e.readRest(s, false)
			return true
		}
	}
	if sentences := strings.Split(s, ". "); len(sentences) >= 3 && isOrgName(sentences[0]) && !strings.HasPrefix(sentences[1], "(") &&
		(imprintSentence(sentences[2:]) || enCited.MatchString(s) || p.Item.Accessed != nil && strings.Contains(p.rawLow, "available from")) {
		// Citing Medicine, ch. 2, "Organization as author": "World Health
		// Organization. Title. Place: Publisher; Year."; ch. 22, a web page:
		// "Org Name. Title. Year [cited Year Month Day]."
		p.Item.Author = []Name{{Literal: sentences[0]}}
		e.readRest(strings.Join(sentences[1:], ". "), false)
		return true
	}
	if m := enBareDate.FindStringSubmatch(s); m != nil && m[2] == "." {
		// Chicago 17, 15.9: the date after a heading read before this
		// reader ("Org. 2017. “Title.” …").
		rest, _ := e.readDate(s)
		e.readRest(rest, false)
		return true
	}
	if strings.Contains(s, "[cited ") && strings.Contains(s, ". ") {
		// Citing Medicine, ch. 22, a web page with no author (or with the
		// site's name read as its heading): "Title. Date [cited Date]."
		e.readRest(s, false)
		return true
	}
	if i := orgCommaYearAt(s); i > 0 {
		// Harvard: "Organisation, Year. Title." — the organisation's
		// name as the style prints a person's, "Family, I., Year.".
		p.Item.Author = []Name{{Literal: s[:i]}}
		e.apa = true
		rest, _ := e.readDate(s[i:])
		e.readRest(rest, false)
		return true
	}
	i := orgDateAt(s)
	if i <= 0 {
		return false
	}
	head := strings.TrimSpace(s[:i])
	e.apa = true // "Organisation. (2022, December 15).": APA's author and date
	rest, comma := e.readDate(s[i:])
	if p.Item.Issued == nil && !strings.HasPrefix(strings.TrimSpace(s[i:]), "(n") {
		return false
	}
	rest = e.cleanTail(rest)
	switch {
	case strings.Contains(head, " | ") && strings.TrimSpace(rest) == "":
		// Cite Them Right as generators render a page with no author: "Title
		// | Site (no date). Available at: URL" — the page's title as its
		// tab shows it, site and all.
		p.Item.Title = cleanTitle(head)
		e.web = true
		e.finish("")
		return true
	case !strings.HasSuffix(head, ".") && !strings.Contains(strings.TrimRight(rest, "."), ". ") && enColonImprint.MatchString(strings.TrimRight(strings.TrimSpace(rest), ".")) &&
		enPlace(strings.TrimSpace(firstClauseTo(rest, ":,"))):
		// Harvard with no author: "The University Encyclopedia (1985)
		// London: Roydon." — nothing but the imprint follows the date.
		p.Item.Title = cleanTitle(head)
		e.readBook(rest)
		e.finish("")
		return true
	case strings.HasSuffix(head, ".") && !strings.Contains(strings.TrimRight(rest, "."), ". ") && !startsQuote(rest) &&
		!((containsAny(p.plain, "). *", "). _") || containsAny(rest, "? ", "! ") || titleAfterDate(rest) || p.urlOnly && !isPublisher(rest) && !strings.Contains(head, ". ")) && isOrgName(strings.TrimRight(head, ".")) ||
			p.urlOnly && !isPublisher(rest) && oneWordName(strings.TrimRight(head, "."))):
		// (An italic title after the date, a title and a site, or a title
		// of several words in sentence case make the head its author:
		// "Centers for Medicare & Medicaid Services. (2012). *Title*.",
		// "Org. (2021). What is it? Site.", "Org Name. (2018). Global
		// report on falls. URL", "Org Name. (n.d.). Page title. URL"; a
		// company's one-word name before the title of its page,
		// "Company. (2015). Product Name. URL")
		// APA 7, 9.12: with no author the title moves to the author position.
		p.Item.Title = cleanTitle(head)
		if t, site, ok := titleAndSite(head); ok && p.urlOnly {
			// APA 7, 10.16: "Title. Site Name. (n.d.). Retrieved from URL".
			p.Item.Title, p.Item.ContainerTitle = t, site
			e.host, e.web = true, true
		}
		e.readBook(rest)
		e.finish("")
		return true
	case strings.ContainsAny(withoutInitialisms(strings.TrimRight(head, ".")), ".,:;\"“”") || len(strings.Fields(head)) > 12:
		p.Item.Issued = nil
		return false
	}
	p.Item.Author = []Name{{Literal: strings.TrimRight(head, ". ")}}
	e.readRest(rest, comma)
	return true
}

// orgEditors reads the organisations that open s as its editors, Citing
// Medicine's "Organization as editor" (ch. 2): "Org Name (U.S.), editor.
// Title.", "Org, Org, editors." (Spanish lists: "editores"); it returns
// them and the rest, or nil. A person's name ends in initials.
func orgEditors(s string) ([]Name, string) {
	i := strings.Index(s, ", edit")
	if i <= 0 || i > 160 {
		return nil, s
	}
	mark := s[i+2:]
	j := strings.Index(mark, ". ")
	if j < 0 || !enOrgEditorWords[mark[:j]] {
		return nil, s
	}
	var eds []Name
	for _, part := range strings.Split(s[:i], ", ") {
		name := part
		if k := strings.LastIndex(name, " ("); k > 0 && strings.HasSuffix(name, ")") {
			name = name[:k] // the country of a public body, "(U.S.)"
		}
		if !isOrgName(name) || initialsWord(lastWord(name)) {
			return nil, s
		}
		eds = append(eds, Name{Literal: part})
	}
	return eds, mark[j+2:]
}

// enOrgEditorWords mark editors after their names: English, and Spanish
// as Latin American lists print Citing Medicine.
var enOrgEditorWords = map[string]bool{"editor": true, "editors": true, "editores": true}

// readOrgYearHead reads an entry headed by an organisation and a bare
// year, as Chicago's author-date style (15.9) and Harvard print it:
// "World Bank. 2020. Title. Place: Publisher." The heading must name a
// body (its last word an organisation's, or an institution's word in it),
// since a person's name given first would read as one too.
func readOrgYearHead(p *parsed, s string, footnote bool) bool {
	i := strings.Index(s, ". ")
	if i <= 0 || i > 90 || i+8 > len(s) || !startsYear(s[i+2:]) && !(s[i+2] == '(' && (domainName(s[:i]) || acronymedBody(s[:i]))) {
		// AGPS Harvard: "Org Name 2020, Title, …" — the year after the
		// name with no stop.
		if i = orgSpaceYearAt(s); i < 0 {
			return false
		}
	}
	head := s[:i]
	if !namesBody(head) && !(startsYear(s[i+2:]) && oneWordName(head)) {
		return false
	}
	e := &enEntry{p: p, note: footnote}
	rest, comma := e.readDate(s[i+1:])
	if p.Item.Issued == nil && len(rest) == len(s[i+1:]) {
		return false // no date read, "(n.d.)" neither
	}
	p.Item.Author = []Name{{Literal: head}}
	e.readRest(rest, comma)
	return true
}

// namesBody reports a heading that names a body, not a person: a web
// domain, a company with its legal form, a body with its acronym, or a
// name whose last word is an organisation's or which holds an
// institution's word.
func namesBody(head string) bool {
	return domainName(head) || companyName(head) || acronymedBody(head) || isOrgName(head) && (orgEnds[lastWord(head)] || institutionName(head))
}

// acronymedBody reports a body's name followed by its acronym in
// parentheses, "World Health Organization (WHO)", or its acronym followed
// by its name: APA 7 (9.11) names a group author so when the citations use
// the acronym.
func acronymedBody(s string) bool {
	if acr, inner, ok := strings.Cut(s, " ("); ok && strings.HasSuffix(inner, ")") && allCapitals(acr) {
		return isOrgName(inner[:len(inner)-1]) // "AOAD (Arab Organization for Agricultural Development)"
	}
	name := withoutAcronym(s)
	return name != s && isOrgName(name)
}

// romanNumber matches a Roman number up to 399, never empty ("xciii",
// "XII", "iv"): a volume's number in British notes ("vol. xciii").
const romanNumber = `(?:c{1,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|(?:xc|xl|l?x{1,3}|l)(?:ix|iv|v?i{0,3})|ix|iv|v?i{1,3}|v)`

// venueAcronym reports a conference's acronym and the year the entry
// is dated, "ACL 2020", "NeurIPS 2017": one word with two capitals or
// more, of letters only.
func venueAcronym(s string, issued *Date) bool {
	name, year, ok := strings.Cut(s, " ")
	if !ok || len(name) < 2 || len(name) > 10 || year != strconv.Itoa(issued.Year()) {
		return false
	}
	upper := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r < 'a' || r > 'z':
			return false
		}
	}
	return upper >= 2 && name[0] >= 'A' && name[0] <= 'Z'
}

// companyName reports a company's name with its legal form (a word of
// orgEnds) after a comma, "Meta Platforms, Inc", "Name Group, Ltd".
func companyName(s string) bool {
	name, form, ok := strings.Cut(s, ", ")
	return ok && isOrgName(name) && orgEnds[strings.TrimSuffix(form, ".")]
}

// readTitleYearHead reads an APA entry with no author, its title moved
// to the author's place before the date (APA 7, 9.12): "Title in
// sentence case. (2019). Journal, 89(2).". A title has words in small
// letters; an organisation's name capitalises its words.
func readTitleYearHead(p *parsed, s string) bool {
	i := strings.Index(s, ". (")
	if q := strings.Index(s, "? ("); q > 0 && (i < 0 || q < i) {
		i = q // "How to … JavaScript ? (2019, May 30).": the title's own mark
	}
	nd := i > 0 && strings.HasPrefix(s[i+len(". ("):], "n.d.)")
	if i <= 0 || i > 300 || !startsYear(s[i+len(". ("):]) && !nd {
		return false
	}
	head := s[:i]
	lower := 0
	for _, w := range strings.Fields(head)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && len(w) > 3 {
			lower++
		}
	}
	_, after, _ := strings.Cut(s[i+len(". ("):], ")")
	after = strings.TrimLeft(after, ". ")
	retrieved := hasAnyPrefix(after, []string{"Retrieved ", "Available "}) || // "Title. (n.d.). Retrieved from Site: URL"
		after == "" && containsLower(p.rawLow, "retrieved from", "available at", "available from") // (the words taken out with the address)
	site := siteAfterDate(head, after)
	if (lower < 2 || strings.ContainsAny(head, ",&")) && !retrieved && site == "" {
		return false
	}
	e := &enEntry{p: p, apa: true}
	rest, comma := e.readDate(s[i+1:])
	if p.Item.Issued == nil && !nd {
		return false
	}
	if site != "" {
		// "Title. (2019, May 30). GeeksforGeeks. URL": a page, the site
		// named after the date and nothing else.
		p.Item.Title, p.Item.ContainerTitle = cleanTitle(head), site
		e.host, e.web = true, true
		e.finish("")
		return true
	}
	if j := strings.LastIndex(head, ". "); retrieved && j > 0 && strings.TrimSpace(rest) == "" {
		// "Title. Site Name. (n.d.). Retrieved from URL": the page, then
		// the site it is part of.
		p.Item.Title, p.Item.ContainerTitle = cleanTitle(head[:j]), cleanTitle(head[j+2:])
		e.host, e.web = true, true
		e.finish("")
		return true
	}
	e.readRest(head+". "+rest, comma)
	return true
}

// siteAfterDate returns the site an APA entry with no author names after
// its date, when that is all it names there: a domain ("Www.w3schools.com")
// or a capitalised word ("GeeksforGeeks") after a title of three words or
// more that names no body; "" otherwise.
func siteAfterDate(head, after string) string {
	site := strings.TrimRight(after, ". ")
	if site == "" || strings.Contains(site, ". ") || strings.ContainsAny(site, ",:;()") || len(strings.Fields(head)) < 3 || strings.ContainsAny(head, ",&") {
		return ""
	}
	if domainName(strings.ToLower(site)) {
		return site
	}
	if strings.Contains(site, " ") || !startsUpper(site) || isOrgName(head) {
		return "" // "World Health Organization. (2020). Ebola.": the body, then the title
	}
	return site
}

// domainName reports a site's address without its scheme, "plotly.com",
// "www.example.org": letters, digits and hyphens in labels joined by
// full stops, the last of two or more letters.
func domainName(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.Trim(l, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
			return false
		}
	}
	tld := labels[len(labels)-1]
	return len(tld) >= 2 && !strings.ContainsAny(tld, "0123456789-")
}

// readNameHeading reads an entry headed by a name with no comma in it
// before a quoted title, with or without the year between: an
// organisation, a channel or a screen name ("Name Labs. 2023. “Title”.",
// Harvard and MHRA author-date; "Name. “Title.” Site, Date, URL.", MLA 9,
// 5.6 and 5.8). A person's name in these styles is inverted, with a comma,
// so the heading is read as one name, whatever its words.
func readNameHeading(p *parsed, s string, footnote bool) bool {
	i := strings.Index(s, ". ")
	if i <= 1 || i > 60 {
		return false
	}
	head := s[:i]
	if name := withoutAcronym(head); strings.ContainsAny(name, ",;:()[]\"“”«»0123456789") || len(strings.Fields(name)) > 5 && !isOrgName(name) || initialsWord(lastWord(name)) {
		return false
	}
	rest := s[i+1:]
	if m := enBareDate.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	if t, _, ok := quotedTitle(strings.TrimLeft(rest, " ")); (!ok || t == "") && !italicAfter(p.plain, head) {
		return false
	}
	e := &enEntry{p: p, note: footnote}
	rest, comma := e.readDate(s[i+1:])
	p.Item.Author = []Name{{Literal: head}}
	if names := givenFirstPersons(head); names != nil {
		// biblatex's standard style: "Given Family and Given Family.
		// “Title”.", "Given Family et al. “Title”."
		p.Item.Author = names
	}
	e.readRest(rest, comma)
	return true
}

// givenFirstPersons reads head as persons named given name first, two or
// more joined by "and" or one followed by "et al.", or returns nil: an
// organisation's name has neither.
func givenFirstPersons(head string) []Name {
	if !strings.Contains(head, " and ") && !strings.HasSuffix(head, " et al") {
		return nil
	}
	names, rest, editors := enNames(head, orderGivenFirst)
	if editors || strings.Trim(rest, " .") != "" || len(names) < 2 && !strings.HasSuffix(head, " et al") {
		return nil
	}
	return names
}

// italicAfter reports whether the entry as printed, plain, goes on from
// head with a full stop and a title in Markdown emphasis ("Name. *Title*").
func italicAfter(plain, head string) bool {
	return strings.HasPrefix(plain, head+". *") || strings.HasPrefix(plain, head+". _")
}

// initialsWord reports a word of one to three capitals, the initials
// that follow a family name in Vancouver ("Smith JA") or one initial.
func initialsWord(w string) bool {
	n := utf8.RuneCountInString(w)
	return n <= 3 && strings.ToUpper(w) == w
}

// withoutDepartment returns a thesis's imprint without the department
// that IEEE prints before the university ("Dept. Elect. Eng., Univ. Name,
// City, Country, Year", Reference Guide, "Theses"): the university
// publishes it.
func withoutDepartment(s string) string {
	for _, lead := range [...]string{"Dept. ", "Department of ", "School of ", "Faculty of ", "Div. ", "Division of "} {
		if !strings.HasPrefix(s, lead) {
			continue
		}
		parts := splitOutside(s, ", ")
		if len(parts) > 2 && containsAny(parts[1], "Univ", "Institute", "Inst.", "College", "School") {
			return strings.Join(parts[1:], ", ")
		}
	}
	return s
}

// colonWithin reports a ": " within the first n bytes of s, as "Place:
// Publisher" puts it.
func colonWithin(s string, n int) bool {
	i := strings.Index(s, ": ")
	return i > 0 && i <= n
}

// orgSpaceYearAt returns the index of the space before the year in "Org
// Name 2020, Title" (AGPS Harvard), or -1.
func orgSpaceYearAt(s string) int {
	for i := strings.IndexByte(s, ' '); i > 0 && i < 90; {
		if i+6 < len(s) && startsYear(s[i+1:]) && s[i+5] == ',' {
			return i
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// oneWordName reports a name of one word, capitalised, of letters and
// digits ("Company", "CodeHub"): before a page's title and its link, the
// owner of the site rather than a title moved to the author position.
func oneWordName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range s {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// orgCommaYearAt is where ", Year." or ", Year," after an organisation's
// name opens ("Org Name, 2026.", "Company, Inc., 2026a."), or -1: the name
// is at most eight words with no digit and no sentence in it.
func orgCommaYearAt(s string) int {
	for i := strings.Index(s, ", "); i > 0 && i < 80; {
		j := i + 2
		if j+5 <= len(s) && enYear4(s[j:j+4]) {
			k := j + 4
			if k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
				k++
			}
			if k+1 < len(s) && (s[k] == '.' || s[k] == ',') && s[k+1] == ' ' {
				head := s[:i]
				if strings.ContainsAny(head, "()\"“”;:") || strings.ContainsAny(head, "0123456789") && strings.Contains(head, " ") || strings.Contains(head, ". ") || len(strings.Fields(head)) > 8 {
					return -1
				}
				return i
			}
		}
		n := strings.Index(s[j:], ", ")
		if n < 0 {
			break
		}
		i = j + n
	}
	return -1
}

// orgDateAt is where the date after an organisation's name opens: the
// first " (", or a "(" typed without its space before a year ("Org(2025a)
// Title", Cite Them Right's "Organisation (Year) Title"); -1 if none.
func orgDateAt(s string) int {
	i := strings.Index(s, " (")
	if j := strings.IndexByte(s, '('); j > 0 && (i < 0 || j < i) && startsYear(s[j+1:]) {
		return j
	}
	return i
}

// quotedHeading returns the heading of an IEEE entry headed by an
// organisation or by a standard's designation before the quoted title
// (IEEE Reference Guide, "Corporate author", "Standards": `Org Name,
// "Title," Publisher, Year.`, `Rec. ABC-1, "Title," Org, Year.`), or "".
func quotedHeading(s string) string {
	i := strings.Index(s, ", ")
	if i <= 0 || !startsQuote(s[i+2:]) {
		return ""
	}
	head := s[:i]
	if strings.ContainsAny(withoutAcronym(head), "\"“”«»()") || len(strings.Fields(head)) > 8 {
		return ""
	}
	return head
}

// italicHeading returns the organisation that heads an entry before its
// italic title, "Org Name, *Title*, …" in plain, the entry as printed, and
// opens s, the entry with the emphasis taken out; or "".
func italicHeading(plain, s string, note bool) string {
	i := strings.Index(plain, ", *")
	if i <= 0 || !strings.HasPrefix(s, plain[:i+2]) || !orgNamedHeading(plain[:i], note) {
		return ""
	}
	return plain[:i]
}

// withoutAcronym returns s without the acronym in parentheses that may
// follow an organisation's name, "Name of the Body (NOB)".
func withoutAcronym(s string) string {
	i := strings.LastIndex(s, " (")
	if i < 0 || !strings.HasSuffix(s, ")") {
		return s
	}
	for _, c := range s[i+2 : len(s)-1] {
		if !unicode.IsUpper(c) {
			return s
		}
	}
	return s[:i]
}

// orgNamedHeading reports a heading that names an organisation rather than
// persons: capitalised words (isOrgName) ending in a word of orgEnds, or
// followed by an acronym in parentheses, or, outside a note (whose names
// are given first, "Ana María Ruiz López"), four words or more with no
// initial or suffix and not joined by "and" or "&" ("Internet Engineering
// Task Force", "Name Project Steering Committee").
func orgNamedHeading(h string, note bool) bool {
	if strings.HasPrefix(h, "The ") && len(strings.Fields(h)) <= 4 && !strings.Contains(h, ".") {
		// "The Verge, “Title,”": an article opens a publication's or a
		// body's name, never a person's.
		return true
	}
	name := withoutAcronym(h)
	if !isOrgName(name) {
		return false
	}
	if name != h || orgEnds[lastWord(name)] {
		return true
	}
	return !note && len(strings.Fields(name)) >= 4 && !strings.ContainsAny(name, ".&") && !strings.Contains(name, " and ")
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// readQuotedHeading reads an entry whose quotedHeading is head.
func readQuotedHeading(p *parsed, s, head string, note bool) {
	e := &enEntry{p: p, note: note}
	rest := s[len(head)+2:]
	if enDesignation.MatchString(head) {
		p.Item.Number = head
		title, after, _ := quotedTitle(e.cleanTail(rest))
		p.Item.Title = cleanTitle(title)
		e.readImprint(after)
		p.Item.Type = "standard"
		return
	}
	p.Item.Author = []Name{{Literal: head}}
	e.readRest(rest, false)
	if m := enDesignation.FindString(p.Item.Title); m != "" && strings.Trim(m, " ") == m {
		// A standard's designation before its name inside the quotation
		// marks: `Org, "RFC 1234 — Name of the Standard," Year.`
		if name := strings.TrimLeft(p.Item.Title[len(m):], " —–:-"); name != "" && len(name) < len(p.Item.Title)-len(m) {
			p.Item.Number, p.Item.Title, p.Item.Type = m, name, "standard"
		}
	}
}

// enDesignation is the number of a standard or recommendation: "IEEE Std
// 754-2019", "NERC Reliability Standard BAL-003-0.1b", "Rec. ITU-R
// BT.2020-2", "ISO 9001:2015", "RFC 8446".
var enDesignation = gate(`^(?:[\p{L}.-]+\s+){0,3}(?:Std\.?|Standard|Rec\.|Recommendation|ISO|IEC|RFC)\s+[\w.:/ -]*\d`, false, "Std", "Standard", "Rec", "ISO", "IEC", "RFC")

// standardBodies are the prefixes of standards' designations: national
// and international bodies and the kinds of their documents ("BS EN ISO
// 19650-1:2018", "ASTM D2487-17", "IEEE Std 802.11-2020", "PD 5500:2006").
var standardBodies = map[string]bool{
	"ISO": true, "IEC": true, "ISO/IEC": true, "ISO/TS": true, "ISO/TR": true, "EN": true, "BS": true, "PD": true,
	"ASTM": true, "ANSI": true, "ANSI/ASHRAE": true, "DIN": true, "SAE": true, "API": true, "NFPA": true, "AS": true,
	"AS/NZS": true, "NZS": true, "CSA": true, "JIS": true, "GB": true, "GB/T": true, "ASME": true, "UL": true,
	"ETSI": true, "IEEE": true, "Std": true, "Std.": true, "ITU-T": true, "ITU-R": true, "NIST": true, "SP": true,
	"CEN": true, "CENELEC": true, "IS": true, "AASHTO": true, "TS": true, "TR": true, "CEN/TS": true, "DD": true,
}

// designationEnd returns the end of a standard's designation that opens
// s, "EN 13445-3:2021", "ASTM D2487-17", or -1: one or more prefixes of
// standardBodies, then a number (a letter may open it).
func designationEnd(s string) int {
	i, bodies := 0, 0
	for i < len(s) {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		w := strings.TrimRight(s[i:i+j], ".,")
		switch {
		case standardBodies[w] || standardBodies[s[i:i+j]]:
			bodies++
		case bodies > 0 && w != "" && (isDigit(w[0]) || len(w) > 1 && isCapital(w[0]) && isDigit(w[1])):
			return i + len(w)
		default:
			return -1
		}
		i += j + 1
	}
	return -1
}

// readDesignationFirst reads a standard that opens with its designation
// (BS 1629, ISO 690: "ISO 9001:2015. Title — Requirements. Geneva: ISO;
// 2015.", "EN 13445-3:2021, Title – Part 3: Design. CEN, Brussels, 2021.",
// "ASTM D2487-17, Title, ASTM International, Place, 2017."), or by its
// body's name as author before it ("BSI. PD 5500:2006 Title. London: …").
// The title runs to the sentence or comma after which an imprint, an
// organisation or the year stands.
func readDesignationFirst(p *parsed, s string) bool {
	if s == "" || !isCapital(s[0]) {
		return false
	}
	var org string
	d := designationEnd(s)
	if d < 0 {
		k := strings.Index(s, ". ")
		if k <= 0 || k > 40 || strings.ContainsAny(s[:k], ",;:") || !isOrgName(s[:k]) && !allCapitals(s[:k]) {
			return false
		}
		if d = designationEnd(s[k+2:]); d < 0 {
			return false
		}
		org, s = s[:k], s[k+2:]
	}
	it := &p.Item
	e := &enEntry{p: p}
	it.Type, it.Number = "standard", s[:d]
	if org != "" {
		it.Author = []Name{{Literal: org}}
	}
	rest := strings.TrimLeft(s[d:], " .,:—–-")
	rest = e.cleanTail(rest)
	title, imprint := rest, ""
	for i := 0; i < len(rest); i++ {
		if rest[i] != '.' && rest[i] != ',' || i+2 > len(rest) || rest[i+1] != ' ' {
			continue
		}
		if next := rest[i+2:]; standardImprintAt(next) {
			title, imprint = rest[:i], next
			break
		}
	}
	it.Title = cleanTitle(title)
	if imprint != "" {
		e.readImprint(imprint)
	}
	if it.Issued == nil {
		e.readDateIn(it.Number)
	}
	return true
}

// standardImprintAt reports what may follow a standard's title: "Place:
// Publisher", a known place, a publisher, an organisation's name, a year.
func standardImprintAt(s string) bool {
	first := firstClauseTo(s, ",.;")
	return startsYear(s) || enColonImprint.MatchString(firstClauseTo(s, ",;")) || enPlace(first) || isPublisher(first) ||
		institutionName(withoutAcronym(first)) || orgEnds[lastWord(withoutAcronym(first))] || allCapitals(firstWord(first)) && len(strings.Fields(first)) <= 3
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// allCapitals reports a word of two to eight capitals, an acronym ("CEN",
// "BSI").
func allCapitals(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isCapital(s[i]) {
			return false
		}
	}
	return true
}

// readStandard reads a standard as the IEEE Reference Guide prints it:
// "Title, Designation, [Organisation, Place,] Date."
func readStandard(p *parsed, s string) bool {
	if !containsAny(s, "Std", "Standard", "Rec.", "ISO", "IEC", "RFC") {
		return false
	}
	parts := splitOutside(s, ", ")
	for i := 1; i < len(parts); i++ {
		if !enDesignation.MatchString(parts[i]) {
			continue
		}
		// What the links left at the end is taken out only now, since
		// cleanTail also reads access dates into the item.
		e := &enEntry{p: p}
		if cleaned := splitOutside(strings.TrimRight(e.cleanTail(s), ". "), ", "); len(cleaned) > i {
			parts = cleaned
		}
		it := &p.Item
		it.Type, it.Number = "standard", strings.TrimSpace(parts[i])
		it.Title = cleanTitle(strings.Join(parts[:i], ", "))
		var place []string
		for _, part := range parts[i+1:] {
			part = strings.TrimSpace(part)
			switch {
			case hasYear(part) && len(strings.Fields(part)) <= 3:
				e.readDateIn(part)
			case len(it.Author) == 0 && len(place) == 0 && !enPlace(part):
				it.Author = []Name{{Literal: part}}
			default:
				place = append(place, part)
			}
		}
		it.PublisherPlace = strings.Join(place, ", ")
		if it.Issued == nil {
			e.readDateIn(it.Number)
		}
		return true
	}
	return false
}

// imprintSentence reports a "Place: Publisher" opening one of the
// sentences (an edition may come before it: "2nd ed. Bethesda (MD): The
// Institute; 1995").
func imprintSentence(sentences []string) bool {
	for _, t := range sentences {
		if enColonImprint.MatchString(firstClauseTo(t, ";,")) {
			return true
		}
	}
	return false
}

// isOrgName reports a name of an organisation: at most ten words, no
// digits, each capitalised except short function words.
func isOrgName(s string) bool {
	// Citing Medicine prints the country after a government body:
	// "National Institute of … (US)".
	country := false
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") && len(s)-i <= 6 {
		s, country = s[:i], allCapitals(s[i+2:len(s)-1])
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 10 || strings.ContainsAny(s, "0123456789:;\"“”") || strings.Contains(s, ",") && !country {
		return false // a comma parts a person's names, not a body's, unless its country follows ("Ministry of Health, Labour and Welfare (JP)")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !enFunctionWords[w] {
			return false
		}
	}
	return true
}

// enFunctionWords stay lower case inside a capitalised name.
var enFunctionWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "&": true}

// enShortNote is a shortened note of Chicago 17 (14.29) and the Oxford
// style: "Mones, Last Chinese Chef, 40.", "Murphy and Roberts,
// Romanticism, 148.", "Lockard, op. cit., p. 68.", "Bennison, ‘Universalism
// and Western Globalization’, pp. 79-80."
var enShortNote = lazyRegexp(`^(` + surnameRe + `(?:\s+(?:and|&)\s+` + surnameRe + `)?)(?:,\s*(?:[A-Z]\.\s?)+|,)\s+(?:([^()]*?\pL[^()]*?),?\s*)?(?:(?:p|pp)\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)\.?$`)

// mayBeShortNote is what every match of enShortNote holds: a capital
// letter first, a comma after the names (which hold none) with no
// parenthesis after it, and a number at the end before at most a full
// stop. The names are one word, or two joined by "and" or "&".
func mayBeShortNote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	c := strings.IndexByte(s, ',')
	end := strings.TrimSuffix(s, ".")
	if !unicode.IsUpper(r) || c < 0 || strings.ContainsAny(s[c:], "()") || end == "" || !isDigit(end[len(end)-1]) {
		return false
	}
	names := strings.Fields(s[:c])
	return len(names) == 1 || len(names) == 3 && (names[1] == "and" || names[1] == "&")
}

// enAndSplit splits "A. Brown and C. Green".
var enAndSplit = lazyRegexp(`^\s*and\s+|\s+and\s+`)

// enAnd joins the names of a shortened note.
var enAnd = lazyRegexp(`\s+(?:and|&)\s+`)

// readShortNote reads a shortened note; the resolution across entries
// then finds the full note it repeats.
func readShortNote(p *parsed, s string, footnote bool) bool {
	if !mayBeShortNote(s) {
		return false
	}
	m := enShortNote.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	title := strings.TrimSpace(m[2])
	low := strings.ToLower(title)
	// "Sweig, 13.": a note of the author and the page alone cites the one
	// work of the author's cited before, as op. cit. does.
	opCit := title == "" || strings.HasPrefix(low, "op.") || strings.HasPrefix(low, "op cit")
	if title == "" && startsYear(m[3]) {
		return false // "Smith, 2019.": a year, not a page
	}
	if strings.HasPrefix(title, "& ") || strings.HasPrefix(title, "and ") {
		return false // "Gray, M. & Suri, S., “Title,” 2019.": the next author's name
	}
	short := len(strings.Fields(title)) <= 6 && !hasYear(s)
	if !opCit && (!footnote && !short || startsYear(title) || strings.Contains(title, ". ") || len(strings.Fields(title)) > 8) {
		return false
	}
	var names []Name
	for _, f := range enAnd.Split(m[1], -1) {
		names = append(names, Name{Family: f})
	}
	p.kind, p.short, p.Locator = kindShort, names, m[3]
	p.Item.Author = names
	if !opCit {
		if t, _, ok := quotedTitle(title); ok {
			title = t
		}
		p.Item.Title = cleanTitle(title)
	}
	return true
}

// enPlace is isPlace for the English styles, in which "M." or "L." is an
// initial, not Moscow or Leningrad transliterated.
func enPlace(s string) bool {
	if a, b, ok := strings.Cut(s, " and "); ok {
		return enPlace(a) && enPlace(b) // "London and New York"
	}
	return isPlace(s) && !translitPlaces[foldKey(strings.TrimSpace(s))]
}

// bibliographyNote reports a note typed in the form of a bibliography
// entry (Chicago 17, 14.21): the heading inverts the first name, "Family,
// Given", and ends with a full stop before the title in quotation marks
// or emphasis; a note's heading runs "Given Family, “Title,”".
func bibliographyNote(s string) bool {
	i := indexTitleAfterStop(s)
	if i <= 0 || i > 160 {
		return false
	}
	head := s[:i]
	fam, given, ok := strings.Cut(head, ", ")
	if !ok || strings.ContainsAny(head, "“\"«") || !startsUpper(fam) || !startsUpper(given) || strings.Contains(fam, " ") && !strings.Contains(fam, " de ") {
		return false
	}
	for _, r := range fam {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != ' ' {
			return false
		}
	}
	return true
}

// indexTitleAfterStop is the index of the first full stop that a title in
// quotation marks or emphasis follows, or -1.
func indexTitleAfterStop(s string) int {
	best := -1
	for _, sep := range []string{". “", `. "`, ". _", ". *"} {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// issuedByItself reports a work whose one author is the body that
// publishes it: the publisher is the author's name, or begins with it
// ("Arc Intermedia" and "Arc Intermedia Research"), and is no press.
func issuedByItself(it *Item) bool {
	n := it.Author[0]
	name := n.Literal
	if name == "" {
		name = n.Given + " " + n.Family
	}
	pub := it.Publisher
	return (pub == name || strings.HasPrefix(pub, name+" ")) && !hasAnySuffix(pub, []string{" Press", " Publishing", " Publishers", " Books"})
}

// slashDate reads a date written with slashes, "11/2/2022": the month
// first, as American English writes it, unless the first number cannot be
// a month ("25/11/2022"). It returns nil for text of another form.
func slashDate(s string) *Date {
	f := strings.Split(s, "/")
	if len(f) != 3 || len(f[2]) != 4 {
		return nil
	}
	a, err1 := strconv.Atoi(f[0])
	b, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil {
		return nil
	}
	if a > 12 {
		a, b = b, a
	}
	return validDate(f[2], strconv.Itoa(a), strconv.Itoa(b))
}

// takeHostEditors reads the editors a book's title holds in parentheses
// after "In" (Wiley's Harvard: "In Book Title (eds J. Name and K. Name)")
// into the editors, and leaves the title of the book.
func (e *enEntry) takeHostEditors() {
	it := &e.p.Item
	c := it.ContainerTitle
	i := strings.LastIndex(c, " (")
	if i <= 0 || !strings.HasSuffix(c, ")") || len(it.Editor) > 0 {
		return
	}
	inner := c[i+2 : len(c)-1]
	for _, w := range [...]string{"eds. ", "eds ", "ed. ", "Eds. ", "Eds ", "Ed. "} {
		if rest, ok := strings.CutPrefix(inner, w); ok {
			if names, left := enRoleNames(rest); len(names) > 0 && strings.Trim(left, " .") == "" {
				it.Editor, it.ContainerTitle = names, strings.TrimSpace(c[:i])
			}
			return
		}
	}
}

// forthcomingWords announce a paper's host before it is out; gluedIn is
// "In" that lost its space before the host ("InInternational Conference").
var (
	forthcomingWords = []string{" to appear in ", " accepted for publication in ", " accepted to appear in ", " accepted in ", " in press in "}
	gluedIn          = []string{"InInternational ", "InProceedings ", "InProc. "}
)

// forthcomingIn reads a host announced as forthcoming, "Title" to appear
// in Proceedings of …, or after "In" glued to it, as a host after "in".
func forthcomingIn(s string) string {
	if strings.Contains(s, "ppear in ") || strings.Contains(s, "ccepted ") || strings.Contains(s, "press in ") {
		for _, w := range forthcomingWords {
			if i := strings.Index(s, w); i > 0 && startsUpper(s[i+len(w):]) {
				return s[:i] + " in " + s[i+len(w):]
			}
		}
	}
	if !strings.Contains(s, "InI") && !strings.Contains(s, "InP") {
		return s
	}
	for _, w := range gluedIn {
		if i := strings.Index(s, w); i > 0 {
			return s[:i] + "In " + s[i+2:]
		}
	}
	return s
}

// readMLAProceedings reads the container of a paper as MLA 9 prints a
// collection with its publisher: "“Paper.” Proceedings of the … Conference:
// Main Volume, Association for Computational Linguistics, 2021, pp.
// 2855–70." — the proceedings, the publisher and the year before the
// pages. It reports whether it read them.
func (e *enEntry) readMLAProceedings(s string) bool {
	i := strings.Index(s, ", pp. ")
	if i < 0 {
		return false
	}
	parts := strings.Split(s[:i], ", ")
	n := len(parts)
	if n < 3 || len(parts[n-1]) != 4 || !yearSeg(parts[n-1]) {
		return false
	}
	container := strings.Join(parts[:n-2], ", ")
	if !confRe.MatchString(container) || !startsUpper(parts[n-2]) || placeOrCountry(parts[n-2]) || e.ieee {
		return false // IEEE: "Conference, City, Country, 2024, pp. 1–6"
	}
	it := &e.p.Item
	it.ContainerTitle, it.Publisher = cleanTitle(container), strings.TrimSpace(parts[n-2])
	if it.Issued == nil {
		e.readDateIn(parts[n-1])
	}
	if m := enPages.FindStringSubmatch(s[i:]); m != nil {
		e.setPages(m[1])
	}
	e.host = true
	return true
}

// bookBeforeNoteImprint returns where the imprint in parentheses begins
// after a book's title in a note, "Book (Place: Publisher, Year), p. 75",
// the title a few words with no field of its own; or -1.
func bookBeforeNoteImprint(s string) int {
	m, ok := noteImprintIndex(s)
	if !ok || m[0] == 0 || !strings.Contains(s[m[2]:m[3]], ": ") {
		return -1
	}
	book := strings.TrimSpace(s[:m[0]])
	if book == "" || strings.ContainsAny(book, ",;“”\"") || !startsUpper(book) {
		return -1
	}
	return m[0]
}

// mlaJournalPublisher reads the publisher MLA 9 may print among a
// journal's numbers, before the year: "vol. 52, no. 1, ACM, 2019, pp.
// 1–38", "vol. 87, Elsevier Ltd, 2017". It returns "" when none is
// printed.
func mlaJournalPublisher(nums string) string {
	parts := strings.Split(nums, ", ")
	for k := 1; k+1 < len(parts); k++ {
		p := strings.TrimSpace(parts[k])
		if !yearSeg(strings.TrimRight(parts[k+1], ". ")) || len(strings.TrimRight(parts[k+1], ". ")) != 4 {
			continue
		}
		prev := strings.ToLower(strings.TrimSpace(parts[k-1]))
		if !strings.HasPrefix(prev, "vol.") && !strings.HasPrefix(prev, "no.") {
			continue
		}
		if startsUpper(p) && !strings.ContainsAny(p, "0123456789") && month(strings.Trim(p, ". ")) == 0 && len(strings.Fields(p)) <= 5 {
			return p
		}
	}
	return ""
}

// takeMarkedEditors reads the editors a book's imprint names after its
// title with their mark after them, as the Stanford Encyclopedia's lists
// print it: "*Title*, D.F. Norton and M.J. Norton (eds), Oxford: Oxford
// University Press" — and returns s without them.
func (e *enEntry) takeMarkedEditors(s string) string {
	for _, mark := range [...]string{" (eds), ", " (eds.), ", " (ed.), ", " (ed), "} {
		i := strings.Index(s, mark)
		if i <= 0 {
			continue
		}
		start := 0
		if k := strings.LastIndex(s[:i], ", "); k >= 0 {
			start = k + 2
		}
		names, rest := enRoleNames(s[start:i])
		if len(names) == 0 || strings.TrimSpace(rest) != "" {
			return s
		}
		e.p.Item.Editor = append(e.p.Item.Editor, names...)
		return s[:start] + s[i+len(mark):]
	}
	return s
}

// takeSeriesVolume reads the series, its volume and the chapter's pages
// that Springer's LNCS style prints after the book's title: "In: Name, A.
// (eds.) Book, LNCS, vol. 9470, pp. 15–30. Springer, Cham (2016)", or the
// pages alone. It returns the book's title.
func (e *enEntry) takeSeriesVolume(t string) string {
	if i := strings.LastIndex(t, ", pp. "); i > 0 && pagesOnly(strings.TrimSpace(t[i+len(", pp. "):])) {
		// "In: Proceedings of the … Conference, pp. 15–30. Publisher".
		e.setPages(strings.TrimSpace(t[i+len(", pp. "):]))
		t = t[:i]
	}
	i := strings.Index(t, ", vol")
	if i <= 0 || !strings.HasPrefix(t[i:], ", vol. ") && !strings.HasPrefix(t[i:], ", vol ") {
		return t
	}
	j := strings.LastIndex(t[:i], ", ")
	if j <= 0 || strings.ContainsAny(t[j+2:i], "0123456789") || len(strings.Fields(t[j+2:i])) > 6 {
		return t
	}
	it := &e.p.Item
	it.CollectionTitle = cleanTitle(t[j+2 : i])
	e.readNumbers(t[i:])
	return t[:j]
}

// translitThesisRe is the mark of a Russian or Ukrainian thesis in the
// transliterated or translated References of their journals: "avtoref.
// dis. … kand. nauk", "Author's abstract. dis. … Cand. vet. nauk", "Cand.
// Sci. (Eng.) Diss.", "Dr. Sci. (Econ.) Dissertation", "Author's Abstract
// of Candidate (Tech. Sci.) Thesis", "author's abstract. thesis Ph.D.".
var translitThesisRe = lazyRegexp(`(?i)(?:^|[\s:.,”"])\s*(avtoref(?:erat)?\.?(?:\s*dis+(?:ertatsii)?\.?)?|author['’]s\s+abstract(?:\s+of)?\.?(?:\s*(?:the\s+)?(?:(?:candidate|doctoral|doctor|ph\.?\s?d\.?)\s*(?:\([^)]{1,40}\)\s*)?)?(?:dis+\w*|thesis)\.?)?|(?:cand|dr|doct)\.?\s*(?:sci\.?\s*)?(?:\([^)]{1,40}\)\s*)?(?:diss?\.|dissertation|thesis)|dis+\.?\s*(?:\.{3}|…)\s*(?:kand|cand|d-ra|dokt|doct)\.?)`)

// readTranslitThesis reads a thesis so marked, and reports whether s was
// one: the heading and the title before the mark are read as any English
// entry's; after it the degree and the specialty, then the institution,
// the place, the year and the pages in any order.
func readTranslitThesis(p *parsed, s string, footnote bool) bool {
	if !containsLower(s, "avtoref", "abstract", "diss", "dis.", "thesis") {
		return false
	}
	m := translitThesisRe.FindStringSubmatchIndex(s)
	if m == nil || m[2] < 10 {
		return false
	}
	head := strings.TrimRight(s[:m[2]], " :.,")
	rest := s[degreeEnd(s, m[3]):]
	if i := strings.Index(rest, " / "); i >= 0 && i < 3 {
		// "/ A.S. Family. – Place, 2016": the author again.
		if j := strings.Index(rest[i:], ". "); j > 0 {
			rest = rest[i+j+1:]
		}
	}
	if strings.Count(head, "“") > strings.Count(head, "”") {
		head += "”" // "“Title. Avtoreferat.” Institution": the quotation closes after the mark
	}
	// The heading, the title and the imprint read as a book's; the
	// institution, the place and the pages are read again below.
	if !readEnglish(p, head+". "+strings.TrimLeft(rest, " .;:–—”"), footnote) {
		return false
	}
	it := &p.Item
	it.Type, it.ContainerTitle, it.Publisher, it.PublisherPlace, it.NumberOfPages = "thesis", "", "", "", ""
	it.Title = strings.TrimRight(it.Title, " .:")
	var body []string // the institution's pieces, before the place, the year or the pages
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == ';' || r == ',' || r == '–' || r == '—' || r == '(' || r == ')' }) {
		for _, t := range strings.Split(part, ". ") {
			t = strings.Trim(t, " .()[]“”\"«»")
			switch {
			case t == "":
			case len(body) > 0 && it.PublisherPlace == "" && utf8.RuneCountInString(t) == 1:
				body = append(body, t) // "… universitet im. S. M. Esenina": an initial in the name
			case len(t) == 4 && startsYear(t):
				if it.Issued == nil {
					it.Issued = parseDate(t)
				}
			case enThesisPages.MatchString(t):
				it.NumberOfPages = enThesisPages.FindStringSubmatch(t)[1]
			case enPlace(t) || translitPlaces[foldKey(t)]:
				it.PublisherPlace = t
			case it.PublisherPlace == "" && it.NumberOfPages == "" && (startsUpper(t) || len(body) > 0) && !strings.HasPrefix(lower(t), "in "):
				body = append(body, t) // "NPU im. M.P.Drahomanova": the name goes on after an abbreviation
			}
		}
	}
	it.Publisher = strings.Join(body, ". ")
	if it.PublisherPlace != "" && strings.HasPrefix(it.Title, it.PublisherPlace) {
		it.Title = "" // "Name, Author's Abstract of … Thesis, Moscow (1996)": no title printed
	}
	return true
}

// enThesisPages is a thesis's extent, "20 s", "150 p", "S. 20".
var enThesisPages = lazyRegexp(`^(?:[SsPp]\.?\s*)?(\d+)(?:\s*(?:s|p|pp|с)\.?)?$`)

// degreeEnd is where the degree and specialty that follow a thesis's mark
// at i end: at a semicolon, a slash, an area's dash, a place's name, or a
// sentence that opens with a capitalised word that is no abbreviation.
func degreeEnd(s string, i int) int {
	if strings.HasSuffix(s[:i], ".") && opensSentence(s[i:]) {
		return i // "Avtoreferat.” Institution": the mark names no degree
	}
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ';', '/':
			return j
		case '[':
			if k := strings.IndexByte(s[j:], ']'); k > 0 {
				j += k // "[24.00.01]": the specialty's code
			}
		case ' ':
			if w := strings.TrimRight(firstWord(s[j+1:]), ",."); startsUpper(w) && enPlace(w) {
				return j // "… ped. of science Kyiv, 1992": the place ends the degree
			}
		case '.':
			rest := strings.TrimLeft(s[j+1:], " ")
			if strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || opensSentence(rest) {
				return j + 1
			}
		}
	}
	return len(s)
}

// opensSentence reports s opening, past closing quotation marks, with a
// capitalised word of three letters or more that is no abbreviation and
// no part of a degree ("nauk"): a new sentence after a thesis's degree.
func opensSentence(s string) bool {
	w := firstWord(strings.TrimLeft(s, "”\"»’ "))
	return startsUpper(w) && !strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) >= 3 && !strings.HasPrefix(lower(w), "nauk")
}
