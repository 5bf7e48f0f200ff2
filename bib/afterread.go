package bib

// This file holds the readings made after the GOST and English readers
// have read an entry, whichever of them did: what a field's content shows
// was read into the wrong field (a conference's acronym, a heading in
// Markdown emphasis, a copyright notice, a division's word).

import "strings"

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
	for _, m := range []string{"_", "*"} {
		if !strings.HasPrefix(p.plain, m) && !strings.Contains(p.plain, m+", "+m) {
			continue
		}
		if len(it.Author) == 1 && it.Author[0].Literal != "" && it.Title == "" && strings.HasPrefix(p.plain, m+strings.TrimRight(it.Author[0].Literal, ".")) {
			it.Title, it.Author = cleanTitle(it.Author[0].Literal), nil
		}
		if it.ContainerTitle != "" {
			continue
		}
		for i := strings.Index(it.Title, ", "); i > 0; {
			a, b := it.Title[:i], it.Title[i+2:]
			if strings.Contains(p.plain, m+a+m+", "+m+b+m) {
				it.Title, it.ContainerTitle = a, b
				break
			}
			j := strings.Index(it.Title[i+2:], ", ")
			if j < 0 {
				break
			}
			i += 2 + j
		}
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
