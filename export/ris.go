package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// RIS writes items as RIS records, UTF-8, one field a line and never
// folded (Zotero joins folded lines with a space, which breaks URLs).
// Tags follow what Zotero's RIS import reads per TY
// (shared/clients/zotero-import-map.json).
func RIS(w io.Writer, items []bib.Item, o Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, it := range items {
		writeRecord(bw, it)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ris: %w", err)
	}
	return nil
}

// risTypes maps CSL types to TY values Zotero knows. A type not listed is
// GEN; standard has no TY of its own that Zotero reads and is a report.
var risTypes = map[string]string{
	"article-journal":   "JOUR",
	"article-magazine":  "MGZN",
	"article-newspaper": "NEWS",
	"book":              "BOOK",
	"chapter":           "CHAP",
	"paper-conference":  "CONF",
	"thesis":            "THES",
	"report":            "RPRT",
	"standard":          "RPRT",
	"webpage":           "ELEC",
	"post-weblog":       "BLOG",
	"legislation":       "STAT",
	"patent":            "PAT",
	"manuscript":        "MANSCPT",
}

func writeRecord(b *bufio.Writer, it bib.Item) {
	ty := risTypes[it.Type]
	if ty == "" {
		ty = "GEN"
	}
	tag := func(t, v string) {
		v = strings.TrimSpace(oneLine(v)) // the reader trims values
		if v == "" {
			return
		}
		b.WriteString(t)
		b.WriteString("  - ")
		b.WriteString(v)
		b.WriteString("\r\n")
	}
	tag("TY", ty)
	key := it.CitationKey
	if key == "" {
		key = it.ID
	}
	tag("ID", key)
	for _, n := range it.Author {
		tag("AU", risName(n))
	}
	// The editor's tag differs by TY in Zotero's import: A2 for a part
	// (chapter, paper, article), A3 for a book (A2 is the series editor).
	edTag := "ED"
	switch ty {
	case "JOUR", "CHAP", "CONF", "GEN":
		edTag = "A2"
	case "BOOK":
		edTag = "A3"
	}
	for _, n := range it.Editor {
		tag(edTag, risName(n))
	}
	for _, n := range it.Translator {
		tag("A4", risName(n))
	}
	tag("TI", it.Title)
	switch ty {
	case "CONF":
		tag("C3", it.ContainerTitle) // T2 is the conference name
	case "RPRT":
		tag("T2", it.CollectionTitle) // T2 is the series title
	case "BOOK":
		// T2 of a book is its series in Zotero's reading.
	default:
		tag("T2", it.ContainerTitle)
	}
	if ty != "RPRT" {
		tag("T3", it.CollectionTitle)
	}
	if ty == "BOOK" {
		tag("M1", it.CollectionNumber)
	}
	tag("ET", it.Edition)
	tag("VL", it.Volume)
	tag("NV", it.NumberOfVolumes)
	tag("IS", it.Issue)
	switch ty {
	case "RPRT":
		tag("SN", it.Number) // report number
	case "STAT", "PAT":
		tag("M1", it.Number)
	}
	if ty == "BOOK" || ty == "THES" {
		tag("SP", it.NumberOfPages) // SP of a book or thesis is its page count
	} else {
		sp, ep := splitPages(it.Page)
		tag("SP", sp)
		tag("EP", ep)
	}
	writeRISDate(tag, it.Issued)
	switch ty {
	case "JOUR", "MGZN", "NEWS":
		tag("SN", it.ISSN)
	case "RPRT":
	default:
		tag("SN", firstNonEmpty(it.ISBN, it.ISSN))
	}
	tag("CY", it.PublisherPlace)
	tag("PB", it.Publisher)
	if risGenreM3[ty] {
		tag("M3", it.Genre) // website, report or thesis type
	} else {
		tag("M3", it.Medium)
	}
	tag("SE", it.Section)
	tag("DB", it.Archive)
	tag("AN", it.ArchiveLocation)
	tag("UR", it.URL)
	tag("DO", it.DOI)
	if it.Accessed != nil {
		tag("Y2", risDate(it.Accessed))
	}
	tag("LA", it.Language)
	tag("KW", it.Keyword)
	tag("N1", it.Note)
	b.WriteString("ER  - \r\n\r\n")
}

// risGenreM3 are the TY whose M3 (type of work) holds the genre; other
// TY's M3 holds the medium.
var risGenreM3 = map[string]bool{"ELEC": true, "BLOG": true, "RPRT": true, "THES": true, "STAT": true}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// risName writes "Family, Given": Zotero reads a name without a comma
// as one organisation name, which is right only for an organisation.
func risName(n bib.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	fam := n.Family
	if n.NonDropping != "" {
		fam = n.NonDropping + " " + fam
	}
	s := fam
	g := strings.TrimSpace(n.Given + " " + n.DroppingParticle)
	if g != "" || n.Suffix != "" {
		s += ", " + g
	}
	if n.Suffix != "" {
		s += ", " + n.Suffix // "Family, , Jr" when there is no given name
	}
	return s
}

// splitPages splits a range "102-116" (or with an en dash) into SP and EP.
func splitPages(p string) (string, string) {
	for _, sep := range []string{"–", "—", "-"} {
		if a, z, ok := strings.Cut(p, sep); ok && a != "" && z != "" && !strings.ContainsAny(z, "-–,") {
			return strings.TrimSpace(a), strings.TrimSpace(z)
		}
	}
	return p, ""
}

// writeRISDate writes PY (the year) and DA: "YYYY/MM/DD" for a full date,
// "YYYY-YYYY" for a range of years (RIS has no range form; Zotero keeps
// the first year). A date that was not read goes in PY as printed.
func writeRISDate(tag func(string, string), d *bib.Date) {
	if d == nil {
		return
	}
	if len(d.Parts) == 0 {
		tag("PY", d.Literal)
		return
	}
	tag("PY", strconv.Itoa(d.Parts[0][0]))
	switch {
	case len(d.Parts) > 1:
		tag("DA", fmt.Sprintf("%04d-%04d", d.Parts[0][0], d.Parts[1][0]))
	case len(d.Parts[0]) > 1:
		tag("DA", risDate(d))
	}
}

// risDate is "YYYY/MM/DD" (or shorter), RIS's date form.
func risDate(d *bib.Date) string {
	if len(d.Parts) == 0 {
		return d.Literal
	}
	return strings.ReplaceAll(d.String(), "-", "/")
}

// oneLine keeps a value on its line: RIS has no continuation lines.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)), " ")
}
