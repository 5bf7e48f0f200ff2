package bib

import (
	"strconv"
	"strings"
)

// bibTypes maps BibTeX and BibLaTeX entry types to CSL types.
var bibTypes = map[string]string{
	"article": "article-journal", "book": "book", "mvbook": "book",
	"booklet": "book", "collection": "book", "mvcollection": "book",
	"proceedings": "book", "mvproceedings": "book", "manual": "book",
	"inbook": "chapter", "incollection": "chapter", "bookinbook": "chapter",
	"suppbook": "chapter", "suppcollection": "chapter",
	"inproceedings": "paper-conference", "conference": "paper-conference",
	"thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
	"report": "report", "techreport": "report",
	"online": "webpage", "www": "webpage", "electronic": "webpage",
	"patent": "patent", "unpublished": "manuscript", "misc": "document",
	"inreference": "entry-encyclopedia", "reference": "book",
	"standard": "standard", "legislation": "legislation", "legal": "legislation",
	"dataset": "dataset", "periodical": "periodical", "software": "software",
	"letter": "personal_communication", "movie": "motion_picture",
}

// seriesNumbered are the CSL types whose BibTeX number is the number in
// a series (collection-number); an article's number is its issue.
var seriesNumbered = map[string]bool{"book": true, "chapter": true, "paper-conference": true, "thesis": true, "entry-encyclopedia": true}

// babelCodes maps biblatex langid values to language codes.
var babelCodes = map[string]string{"russian": "ru", "kazakh": "kk", "english": "en",
	"american": "en", "british": "en", "ukrainian": "uk", "german": "de",
	"ngerman": "de", "french": "fr", "chinese": "zh"}

// item turns a raw entry into an Item. The key becomes id and citation-key.
func (e rawEntry) item() Item {
	f := e.fields
	text := func(name string) string { return texText(f[name]) }
	it := Item{ID: e.key, CitationKey: e.key, Type: bibTypes[e.typ]}
	if it.Type == "" {
		it.Type = "document"
	}
	switch sub := strings.ToLower(texText(f["entrysubtype"])); sub {
	case "":
	case "magazine":
		it.Type = "article-magazine"
	case "newspaper":
		it.Type = "article-newspaper"
	default:
		if cslTypeNames[sub] {
			it.Type = sub
		}
	}
	it.Author = texNames(f["author"])
	it.Editor = texNames(f["editor"])
	it.Translator = texNames(f["translator"])
	it.Title = text("title")
	if s := text("subtitle"); s != "" {
		it.Title += ": " + s
	}
	it.ContainerTitle = firstOf(text("journaltitle"), text("journal"), text("booktitle"))
	it.CollectionTitle = text("series")
	it.Edition = text("edition")
	it.Volume = text("volume")
	it.NumberOfVolumes = text("volumes")
	it.Issue = text("issue")
	switch num := text("number"); {
	case num == "":
	case it.Type == "article-journal" || it.Type == "article-magazine" || it.Type == "article-newspaper":
		if it.Issue == "" {
			it.Issue = num
		} else {
			it.Number = num
		}
	case seriesNumbered[it.Type]:
		it.CollectionNumber = num
	default:
		it.Number = num
	}
	it.Page = strings.ReplaceAll(text("pages"), "–", "-")
	it.NumberOfPages = text("pagetotal")
	it.Publisher = firstOf(text("publisher"), text("institution"), text("school"), text("organization"))
	it.PublisherPlace = firstOf(text("location"), text("address"))
	it.Issued = bibDate(f)
	// biblatex's default types of a thesis and a report are no genre.
	if g := text("type"); !(g == "phdthesis" && it.Type == "thesis" || g == "techreport" && (it.Type == "report" || it.Type == "standard")) {
		it.Genre = g
	}
	if hp := strings.TrimSpace(f["howpublished"]); strings.HasPrefix(hp, `\url{`) && strings.HasSuffix(hp, "}") {
		if f["url"] == "" {
			it.URL = verbatimField(hp[len(`\url{`) : len(hp)-1])
		}
	} else {
		it.Medium = text("howpublished")
	}
	if it.URL == "" {
		it.URL = verbatimField(f["url"])
	}
	it.DOI = verbatimField(f["doi"])
	it.ISBN = text("isbn")
	it.ISSN = text("issn")
	if u := text("urldate"); u != "" {
		if d, ok := ParseISODate(u); ok {
			it.Accessed = d
		} else {
			it.Accessed = &Date{Literal: u}
		}
	}
	it.Language = text("language")
	if it.Language == "" {
		it.Language = babelCodes[strings.ToLower(text("langid"))]
	}
	it.Section = text("chapter")
	it.Keyword = text("keywords")
	it.Note = text("note")
	return it
}

// cslTypeNames are the CSL 1.0.2 item types (an entrysubtype naming one
// sets the type).
var cslTypeNames = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`article article-journal article-magazine
		article-newspaper bill book broadcast chapter classic collection dataset
		document entry entry-dictionary entry-encyclopedia event figure graphic
		hearing interview legal_case legislation manuscript map motion_picture
		musical_score pamphlet paper-conference patent performance periodical
		personal_communication post post-weblog regulation report review
		review-book software song speech standard thesis treaty webpage`) {
		m[t] = true
	}
	return m
}()

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// verbatimField reads url and doi: braces dropped, escapes of _ % & #
// (which other writers put there) undone, nothing else decoded.
func verbatimField(s string) string {
	if !strings.ContainsAny(s, "{}\\%") {
		return strings.TrimSpace(s)
	}
	return braceDecoder.Replace(strings.TrimSpace(verbatimUnescaper.Replace(s)))
}

var (
	verbatimUnescaper = strings.NewReplacer("{", "", "}", "", `\_`, "_", `\%`, "%", `\&`, "&", `\#`, "#")
	braceDecoder      = strings.NewReplacer("%7B", "{", "%7D", "}")
)

// bibDate reads biblatex's date, or year, month and day.
func bibDate(f map[string]string) *Date {
	if s := texText(f["date"]); s != "" {
		if d, ok := ParseISODate(s); ok {
			return d
		}
		return &Date{Literal: s}
	}
	y := texText(f["year"])
	if y == "" {
		return nil
	}
	d, ok := ParseISODate(y)
	if !ok {
		return &Date{Literal: y}
	}
	if len(d.Parts) == 1 && len(d.Parts[0]) == 1 {
		if m := monthNumber(texText(f["month"])); m > 0 {
			d.Parts[0] = append(d.Parts[0], m)
			if day, err := strconv.Atoi(texText(f["day"])); err == nil && day >= 1 && day <= 31 {
				d.Parts[0] = append(d.Parts[0], day)
			}
		}
	}
	return d
}

// monthNumber reads a month as a number or an English name or abbreviation.
func monthNumber(s string) int {
	s = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 12 {
		return n
	}
	if len(s) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if strings.HasPrefix(strings.ToLower(m), s) {
			return i + 1
		}
	}
	return 0
}
