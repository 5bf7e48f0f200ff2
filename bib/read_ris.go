package bib

import (
	"fmt"
	"strings"
)

// risCSLTypes maps RIS TY values to CSL types; an unknown TY is a
// document.
var risCSLTypes = map[string]string{
	"JOUR": "article-journal", "EJOUR": "article-journal", "JFULL": "periodical",
	"MGZN": "article-magazine", "NEWS": "article-newspaper",
	"BOOK": "book", "EBOOK": "book", "EDBOOK": "book",
	"CHAP": "chapter", "ECHAP": "chapter",
	"CONF": "paper-conference", "CPAPER": "paper-conference",
	"THES": "thesis", "RPRT": "report", "STAND": "standard",
	"ELEC": "webpage", "WEB": "webpage", "BLOG": "post-weblog",
	"STAT": "legislation", "BILL": "bill", "CASE": "legal_case",
	"PAT": "patent", "MANSCPT": "manuscript", "UNPB": "manuscript", "UNPD": "manuscript",
	"GEN": "document", "DATA": "dataset", "ENCYC": "entry-encyclopedia",
	"DICT": "entry-dictionary", "PAMP": "pamphlet", "MAP": "map",
	"COMP": "software", "PCOMM": "personal_communication",
}

// risTag matches a RIS field line: two capitals or a capital and a digit,
// two spaces, a dash (some writers put one space before it).
var risTag = lazyRegexp(`^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$`)

// ReadRIS reads RIS records (TY ... ER). Lines that are not a tag line
// continue the field before them, joined with a space. A field outside a
// record or a record without ER is reported with its line; the other
// records are still read.
func ReadRIS(src string) ([]Item, []ReadError) {
	src = NFC(strings.TrimPrefix(src, "\ufeff"))
	var items []Item
	var errs []ReadError
	var rec *risRecord
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		m := risTag.FindStringSubmatch(line)
		if m == nil {
			if rec != nil && len(rec.fields) > 0 && strings.TrimSpace(line) != "" {
				f := &rec.fields[len(rec.fields)-1]
				f.val = strings.TrimSpace(f.val + " " + strings.TrimSpace(line))
			}
			continue
		}
		tag, val := m[1], strings.TrimSpace(m[2])
		switch {
		case tag == "TY":
			if rec != nil {
				errs = append(errs, ReadError{Line: rec.line, Message: fmt.Sprintf("RIS record %s has no ER", rec.ty)})
				items = append(items, rec.item())
			}
			rec = &risRecord{line: i + 1, ty: val}
		case rec == nil:
			errs = append(errs, ReadError{Line: i + 1, Message: fmt.Sprintf("RIS field %s outside a record (no TY before it)", tag)})
		case tag == "ER":
			items = append(items, rec.item())
			rec = nil
		default:
			rec.fields = append(rec.fields, risField{tag, val})
		}
	}
	if rec != nil {
		errs = append(errs, ReadError{Line: rec.line, Message: fmt.Sprintf("RIS record %s has no ER", rec.ty)})
		items = append(items, rec.item())
	}
	return items, errs
}

type risField struct{ tag, val string }

// risRecord is one record as read: its TY, the line of TY, its fields.
type risRecord struct {
	line   int
	ty     string
	fields []risField
}

func (r *risRecord) item() Item {
	ty := strings.ToUpper(r.ty)
	it := Item{Type: risCSLTypes[ty]}
	if it.Type == "" {
		it.Type = "document"
	}
	var sp, ep, py, da string
	set := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	for _, f := range r.fields {
		v := f.val
		if v == "" {
			continue
		}
		switch f.tag {
		case "ID":
			it.ID, it.CitationKey = v, v
		case "AU", "A1":
			addPerson(&it.Author, v)
		case "A2":
			if ty == "BOOK" || ty == "RPRT" {
				continue // the series editor in Zotero's reading
			}
			addPerson(&it.Editor, v)
		case "A3":
			if ty == "BOOK" || ty == "EBOOK" {
				addPerson(&it.Editor, v)
			}
		case "ED":
			addPerson(&it.Editor, v)
		case "A4":
			addPerson(&it.Translator, v)
		case "TI", "T1":
			set(&it.Title, v)
		case "T2", "JF", "JO", "BT", "C3":
			if ty == "RPRT" && f.tag == "T2" || ty == "BOOK" && f.tag == "T2" {
				set(&it.CollectionTitle, v)
			} else {
				set(&it.ContainerTitle, v)
			}
		case "T3":
			set(&it.CollectionTitle, v)
		case "ET":
			set(&it.Edition, v)
		case "VL":
			set(&it.Volume, v)
		case "NV":
			set(&it.NumberOfVolumes, v)
		case "IS":
			set(&it.Issue, v)
		case "M1":
			switch ty {
			case "BOOK":
				set(&it.CollectionNumber, v)
			case "STAT", "PAT":
				set(&it.Number, v)
			case "JOUR":
				set(&it.Issue, v)
			}
		case "SP":
			sp = v
		case "EP":
			ep = v
		case "PY", "Y1":
			py = v
		case "DA":
			da = v
		case "Y2":
			it.Accessed = risReadDate(v)
		case "SN":
			switch {
			case ty == "RPRT":
				set(&it.Number, v)
			case ty == "JOUR" || ty == "MGZN" || ty == "NEWS":
				set(&it.ISSN, v)
			default:
				set(&it.ISBN, v)
			}
		case "CY":
			set(&it.PublisherPlace, v)
		case "PB":
			set(&it.Publisher, v)
		case "M3":
			switch ty {
			case "ELEC", "WEB", "BLOG", "RPRT", "THES", "STAT":
				set(&it.Genre, v)
			default:
				set(&it.Medium, v)
			}
		case "SE":
			set(&it.Section, v)
		case "DB":
			set(&it.Archive, v)
		case "AN":
			set(&it.ArchiveLocation, v)
		case "UR":
			set(&it.URL, v)
		case "DO":
			set(&it.DOI, v)
		case "LA":
			set(&it.Language, v)
		case "KW":
			if it.Keyword != "" {
				it.Keyword += ", "
			}
			it.Keyword += v
		case "N1":
			if it.Note != "" {
				it.Note += "\n"
			}
			it.Note += v
		}
	}
	if ty == "BOOK" || ty == "THES" {
		it.NumberOfPages = sp
	} else if ep != "" {
		it.Page = sp + "-" + ep
	} else {
		it.Page = sp
	}
	it.Issued = risIssued(py, da)
	return it
}

// addPerson appends the name of a field, unless it has none (", ,").
func addPerson(ns *[]Name, v string) {
	if n := risPerson(v); n != (Name{}) {
		*ns = append(*ns, n)
	}
}

// risPerson reads "Family, Given[, Suffix]"; a name without a comma is an
// organisation, as Zotero reads it.
func risPerson(s string) Name {
	fam, rest, ok := strings.Cut(s, ",")
	if !ok {
		return Name{Literal: s}
	}
	n := Name{Family: strings.TrimSpace(fam), Given: strings.TrimSpace(rest)}
	if g, suf, ok := strings.Cut(n.Given, ","); ok {
		n.Given, n.Suffix = strings.TrimSpace(g), strings.TrimSpace(suf)
	}
	if n.Family == "" && n.Given == "" {
		return Name{} // a suffix alone names no one
	}
	return n
}

// risIssued reads the date from DA (full date, or the "YYYY-YYYY" range
// ibid writes) or else PY.
func risIssued(py, da string) *Date {
	if len(da) == 9 && da[4] == '-' && allDigits(da[:4]) && allDigits(da[5:]) {
		if d, ok := ParseISODate(da[:4] + "/" + da[5:]); ok {
			return d
		}
	}
	if da != "" {
		if d := risReadDate(da); len(d.Parts) > 0 || py == "" {
			return d
		}
	}
	if py == "" {
		return nil
	}
	return risReadDate(py)
}

// risReadDate reads "YYYY/MM/DD/other", "YYYY-MM-DD" and "DD.MM.YYYY";
// anything else is kept as printed.
func risReadDate(s string) *Date {
	t := strings.TrimRight(strings.ReplaceAll(s, "/", "-"), "-")
	if d, ok := ParseISODate(t); ok {
		return d
	}
	if p := strings.Split(s, "."); len(p) == 3 && len(p[2]) == 4 {
		if d, ok := ParseISODate(p[2] + "-" + p[1] + "-" + p[0]); ok {
			return d
		}
	}
	return &Date{Literal: s}
}
