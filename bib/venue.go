package bib

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
