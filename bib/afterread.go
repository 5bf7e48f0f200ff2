package bib

// This file holds the readings made after the GOST and English readers
// have read an entry, whichever of them did: what a field's content shows
// was read into the wrong field (a conference's acronym, a heading in
// Markdown emphasis, a copyright notice, a division's word).

import (
	"strconv"
	"strings"
	"unicode"
)

// venueAcronyms are the conferences that lists of computer science cite
// by their acronym alone, "CVPR, 2016", "in Proc. ICML", "MICCAI 2015":
// the acronym names proceedings, not a journal, a publisher or a place.
var venueAcronyms = map[string]bool{
	"CVPR": true, "ICCV": true, "ECCV": true, "WACV": true, "BMVC": true, "NeurIPS": true, "NIPS": true,
	"ICML": true, "ICLR": true, "AAAI": true, "IJCAI": true, "AISTATS": true, "UAI": true, "COLT": true,
	"ACL": true, "EMNLP": true, "NAACL": true, "COLING": true, "EACL": true, "LREC": true, "INTERSPEECH": true,
	"ICASSP": true, "MICCAI": true, "ISBI": true, "KDD": true, "SIGKDD": true, "SIGIR": true, "SIGMOD": true,
	"VLDB": true, "ICDE": true, "ICDM": true, "WSDM": true, "CIKM": true, "RecSys": true, "ECIR": true,
	"CHI": true, "UIST": true, "ICRA": true, "IROS": true, "CoRL": true, "SIGGRAPH": true, "ICIP": true,
	"ICPR": true, "IJCNN": true, "ICDAR": true, "NDSS": true, "OSDI": true, "SOSP": true, "NSDI": true,
	"SIGCOMM": true, "INFOCOM": true, "MobiCom": true, "ICSE": true, "ESEC/FSE": true, "PLDI": true,
	"POPL": true, "OOPSLA": true, "ISCA": true, "HPCA": true, "ASPLOS": true, "IPDPS": true,
}

// isVenueAcronym reports s that names a conference by a known acronym,
// with "Proc." or "Proceedings of" before it and its year after it as
// lists print them: "CVPR", "NeurIPS 2017", "Proc. ICML", "ICLR'21".
func isVenueAcronym(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, "*_ .,"))
	for _, p := range []string{"Proc. ", "Proc. of ", "Proceedings of the ", "Proceedings of ", "in ", "In "} {
		s = strings.TrimPrefix(s, p)
	}
	name, year, _ := strings.Cut(s, " ")
	if i := strings.IndexAny(name, "'’-"); i > 0 && strings.Trim(name[i+1:], "0123456789") == "" {
		name, year = name[:i], name[i+1:]
	}
	if year != "" && (strings.Trim(year, "0123456789") != "" || len(year) != 4 && len(year) != 2) {
		return false
	}
	return venueAcronyms[name]
}

// conferenceVenue makes a paper cited by its conference's acronym a
// paper in proceedings, whichever field the acronym was read into.
func conferenceVenue(it *Item) {
	switch it.Type {
	case "book", "chapter", "article-journal", "article", "webpage":
	default:
		return
	}
	switch {
	case it.ContainerTitle != "":
		if !isVenueAcronym(it.ContainerTitle) {
			return
		}
	case isVenueAcronym(it.Publisher) && it.PublisherPlace == "":
		it.ContainerTitle, it.Publisher = strings.TrimSpace(it.Publisher), ""
	case isVenueAcronym(it.PublisherPlace) && it.Publisher == "":
		it.ContainerTitle, it.PublisherPlace = strings.TrimSpace(it.PublisherPlace), ""
	default:
		return
	}
	it.Type = "paper-conference"
}

// emphasisSpans corrects what the emphasis of Markdown shows was misread:
// a heading in emphasis is a title, no body ("_How to …_ (2022).
// Available at: …"), and two spans in emphasis joined by a comma are the
// page's title and its site ("_Title_, _site_. Available at: …", Cite
// Them Right's web pages).
func emphasisSpans(p *parsed) {
	it := &p.Item
	if len(it.Title) > 600 {
		return // each comma of the title is tried against the entry: kept to titles of a sane length
	}
	if bodyThenEmphasisTitle(p) {
		return
	}
	for _, m := range []string{"_", "*"} {
		if !strings.Contains(p.plain, m+", ") && !strings.Contains(p.plain, m+"](") && !strings.HasPrefix(p.plain, m) {
			continue
		}
		if len(it.Author) == 1 && it.Author[0].Literal != "" && it.Title == "" && strings.HasPrefix(p.plain, m+strings.TrimRight(it.Author[0].Literal, ".")) {
			it.Title, it.Author = cleanTitle(it.Author[0].Literal), nil
		}
		if it.ContainerTitle != "" {
			continue
		}
		if !strings.Contains(p.plain, m+", "+m) {
			if it.Publisher == "" && emphasisTitleThenSource(p, m) {
				return
			}
			continue
		}
		commaSplits(it.Title, func(a, b string) bool {
			if !strings.Contains(p.plain, m+a+m+", "+m+b+m) {
				return false
			}
			it.Title, it.ContainerTitle = a, b
			return true
		})
	}
}

// copyrightHost reads a site named with its copyright notice, "// ©
// Microsoft 2021", "// © 2019 ООО «Ромашка»": the year is the page's date
// when none other is printed, the sign and the year no part of the name.
func copyrightHost(it *Item) {
	c := it.ContainerTitle
	i := strings.Index(c, "©")
	if i < 0 {
		return
	}
	name := strings.TrimSpace(c[:i] + " " + c[i+len("©"):])
	year := ""
	if startsYear(name) {
		year, name = name[:4], strings.TrimSpace(name[4:])
	} else if n := len(name); n > 5 && name[n-5] == ' ' && startsYear(name[n-4:]) {
		year, name = name[n-4:], strings.TrimSpace(name[:n-5])
	}
	if name == "" {
		return
	}
	it.ContainerTitle = name
	if year != "" && it.Issued == nil {
		it.Issued = parseDate(year)
	}
}

// divisionLocator keeps the word naming the division a note cites with its
// number, "Chapter 4", "Section 2.3", where a reader took the number alone.
func divisionLocator(p *parsed) {
	l := p.Locator
	if l == "" || !isDigit(l[0]) {
		return
	}
	for _, w := range noteDivisionWords {
		if strings.Contains(p.plain, w+" "+l) {
			p.Locator = w + " " + l
			return
		}
	}
}

// emphasisTitleThenSource reads a note's title in emphasis m followed by
// the body or site that issued it, "Name, *Title*, Red Team, June 3, 2026,
// URL" (Chicago 17, 14.104 and 14.206), where a reader ran the title on:
// the title ends where its emphasis does; what follows up to the date is
// the site of a page with an address, else the publisher.
func emphasisTitleThenSource(p *parsed, m string) bool {
	it := &p.Item
	read := false
	commaSplits(it.Title, func(a, rest string) bool {
		if !strings.Contains(p.plain, m+a+m+", ") && !strings.Contains(p.plain, "["+m+a+m+"](") {
			return false
		}
		rest = strings.TrimSpace(rest)
		if j := strings.LastIndex(rest, ", "); j > 0 && month(strings.Fields(rest[j+2:])[0]) > 0 {
			rest = rest[:j] // ", June 3": the date, read already as far as its year
		}
		if rest == "" || strings.ContainsAny(rest, "*_") || len(strings.Fields(rest)) > 8 {
			return true // the emphasis ends here, and what follows is no source
		}
		it.Title, read = a, true
		if it.URL != "" {
			it.ContainerTitle, it.Type = rest, "webpage"
		} else {
			it.Publisher = rest
		}
		return true
	})
	return read
}

// commaSplits calls f with what comes before and after each ", " of t, in
// order, until f reports it is done.
func commaSplits(t string, f func(before, after string) bool) {
	for i := strings.Index(t, ", "); i > 0; {
		if f(t[:i], t[i+2:]) {
			return
		}
		j := strings.Index(t[i+2:], ", ")
		if j < 0 {
			return
		}
		i += 2 + j
	}
}

// isoDateTail joins to the year the month and day of an ISO date a reader
// split off as a publisher, "2026-06-03" read as 2026 and "-06-03".
func isoDateTail(it *Item) {
	pub := it.Publisher
	if len(pub) != 6 || pub[0] != '-' || pub[3] != '-' || !allDigits(pub[1:3]) || !allDigits(pub[4:6]) || it.Issued == nil || len(it.Issued.Parts) != 1 || len(it.Issued.Parts[0]) != 1 {
		return
	}
	if d := parseDate(strconv.Itoa(it.Issued.Year()) + pub); d != nil && len(d.Parts[0]) == 3 {
		it.Issued, it.Publisher = d, ""
	}
}

// enBodyEmphasisNote is a note that opens with a body's name and its
// title in emphasis, linked or not: "Name, [*Title*](URL), p. 4: …".
var enBodyEmphasisNote = lazyRegexp(`^(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?), \[?([*_])([^*_\[\]]+)([*_])(?:\]\([^()\s]*\))?(.*)$`)

// bodyThenEmphasisTitle reads a note headed by a body's name, one word or
// several but no inverted person ("Family, Given"), before its title in
// emphasis (Chicago 17, 14.70), where a reader took the title's first
// words for a given name: the name is the author, the emphasis the
// title, the page after it the locator.
func bodyThenEmphasisTitle(p *parsed) bool {
	it := &p.Item
	if !includes(p.plain, ", [*") && !includes(p.plain, ", *") && !includes(p.plain, ", _") && !includes(p.plain, ", [_") {
		return false
	}
	m := enBodyEmphasisNote.FindStringSubmatch(p.plain)
	if m == nil || m[2] != m[4] || it.Title == strings.TrimSpace(m[3]) {
		return false
	}
	givenMisread := len(it.Author) == 1 && it.Author[0].Family == m[1] && it.Author[0].Given != "" && strings.HasPrefix(strings.TrimSpace(m[3]), it.Author[0].Given)
	headInTitle := len(it.Author) == 0 && strings.HasPrefix(it.Title, m[1]+", ")
	if !givenMisread && !headInTitle {
		return false
	}
	it.Author = []Name{{Literal: m[1]}}
	it.Title = cleanTitle(m[3])
	it.Publisher, it.PublisherPlace = "", ""
	if loc := enLocatorFirst.FindStringSubmatch(m[5]); loc != nil && p.Locator == "" {
		p.Locator = loc[1]
	}
	switch {
	case enReport.MatchString(it.Title):
		it.Type = "report"
	case it.URL != "":
		it.Type = "webpage"
	}
	return true
}

// imprintMarks open a volume's, an issue's or a page's number, never a
// publisher's name: "Вып. 24", "pp. 1-138", "no.1".
var imprintMarks = []string{"вып.", "вип.", "т.", "t.", "vol.", "no.", "№", "pp.", "p.", "s.", "с.", "c.", "art.", "issue "}

// fragmentWords are the pieces of numbering or description a reader cut
// off as a publisher: "p", "ch", "dis", "стр".
var fragmentWords = map[string]bool{"p": true, "pp": true, "s": true, "ch": true, "chs": true, "dis": true, "стр": true, "с": true, "art": true,
	"online": true, "update": true, "n.d": true, "nd": true, "in press": true, "available": true}

// droppedImprint empties a publisher or a place that holds what no
// publisher's or place's name is: figures and marks alone ("22(7)",
// "14:1–154"), a volume's or a page's number ("Вип. 24", "pp. 1-138"), a
// cut word of the numbering ("p", "dis"), a day and a month ("28 Nov"),
// or a place with figures in it; a container that is figures or a date
// alone; a volume of five figures. A city read as the publisher moves to
// the place. A wrong value costs a user more than an empty one, which the
// raw text kept beside the record makes plain.
func droppedImprint(it *Item) {
	if junkPublisher(it.Publisher) {
		it.Publisher = ""
	}
	if it.PublisherPlace == "" && it.Publisher != "" && !strings.ContainsAny(it.Publisher, "«»\"") && isPlace(strings.TrimSpace(it.Publisher)) {
		// "Dnipropetrovsk, 2014.", "Washington DC.": a city read as the
		// publisher is the place.
		it.PublisherPlace, it.Publisher = strings.TrimSpace(it.Publisher), ""
	}
	if strings.ContainsAny(it.PublisherPlace, "0123456789") {
		it.PublisherPlace = ""
	}
	if c := it.ContainerTitle; c != "" && (!strings.ContainsFunc(c, unicode.IsLetter) || onlyDate(c)) {
		it.ContainerTitle = "" // "93(12)", "2010 Oct 1": a journal's numbers or date, not its name
	}
	if v := it.Volume; len(v) > 4 && allDigits(v) {
		it.Volume = "" // an article's or a record's number: no volume has five figures (a year may be one)
	}
}

// onlyDate reports a year with its month and day at most, "2016 Oct",
// "2010 Oct 1".
func onlyDate(s string) bool {
	w := strings.Fields(strings.Trim(s, " .,"))
	if len(w) == 0 || len(w) > 3 || len(w[0]) != 4 || strings.Trim(w[0], "0123456789") != "" {
		return false
	}
	if len(w) > 1 && month(strings.TrimRight(w[1], ".")) == 0 {
		return false
	}
	return len(w) < 3 || len(w[2]) <= 2 && strings.Trim(w[2], "0123456789") == ""
}

// junkPublisher reports a publisher droppedImprint empties.
func junkPublisher(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return true
	}
	low := strings.ToLower(s)
	if fragmentWords[strings.TrimRight(low, ".")] {
		return true
	}
	for _, m := range imprintMarks {
		if rest, ok := strings.CutPrefix(low, m); ok && strings.IndexFunc(rest, unicode.IsDigit) >= 0 && strings.IndexFunc(rest, unicode.IsDigit) <= 2 {
			return true
		}
	}
	words := strings.Fields(strings.Trim(s, " .,"))
	if len(words) == 2 {
		d, m := words[0], words[1]
		if isDigit(m[0]) {
			d, m = m, d
		}
		if strings.Trim(d, "0123456789") == "" && len(d) <= 2 && month(strings.TrimRight(m, ".")) > 0 {
			return true // "28 Nov", "January 28"
		}
	}
	return false
}
