package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ibid-project/ibid/bib"
)

// CSLJSON writes items as a CSL-JSON array (CSL 1.0.2 data schema) that
// Zotero imports whole.
//
// Zotero's CSL-JSON import (translation-server, schema 41) rejects a whole
// file for one item without an accepted type, turns an editor or translator
// of a type that has no such role into an extra author, and silently drops
// a field its item type has no place for. So every item is first fitted to
// Zotero (see [ZoteroCSL]): the type is made one Zotero accepts, and what
// the type cannot hold is written into note as "variable: value" lines — the
// form Zotero keeps in Extra and citeproc-js reads back as CSL variables —
// instead of being lost or misfiled. bib.ReadCSLJSON moves them back.
func CSLJSON(w io.Writer, items []bib.Item, o Options) error {
	seen := make(map[string]bool, len(items))
	// The items are written as they are fitted, a buffer at a time: the
	// array whole, as encoding/json builds it, and then indented again,
	// cost more than the fitting.
	b := make([]byte, 0, cslFlushAt+4096)
	b = append(b, '[')
	for i, it := range items {
		it = ZoteroCSL(it)
		// The schema requires an id; citeproc and Zotero need it unique.
		id := it.ID
		if id == "" {
			id = "item" + strconv.Itoa(i+1)
		}
		for n := 2; seen[id]; n++ {
			id = it.ID + "-" + strconv.Itoa(n)
		}
		seen[id] = true
		it.ID = id
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, indent(1)...)
		b = appendCSLItem(b, &it, 1)
		if len(b) >= cslFlushAt {
			if _, err := w.Write(b); err != nil {
				return fmt.Errorf("csl-json: %w", err)
			}
			b = b[:0]
		}
	}
	if len(items) > 0 {
		b = append(b, indent(0)...)
	}
	b = append(b, "]\n"...)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("csl-json: %w", err)
	}
	return nil
}

// cslFlushAt is how many bytes CSLJSON gathers before it writes them.
const cslFlushAt = 64 << 10

// appendCSLItem appends it as a JSON object at depth d, byte for byte as
// encoding/json writes a bib.Item indented by two spaces with HTML
// escaping off (TestCSLJSONEncoding holds it to that): the fields in the
// order of the struct, empty ones left out.
func appendCSLItem(b []byte, it *bib.Item, d int) []byte {
	o := jsonObject{b: append(b, '{'), d: d}
	o.str("id", it.ID)
	o.str("type", it.Type)
	o.str("citation-key", it.CitationKey)
	o.names("author", it.Author)
	o.names("editor", it.Editor)
	o.names("translator", it.Translator)
	o.str("title", it.Title)
	o.str("container-title", it.ContainerTitle)
	o.str("collection-title", it.CollectionTitle)
	o.str("collection-number", it.CollectionNumber)
	o.str("edition", it.Edition)
	o.str("volume", it.Volume)
	o.str("number-of-volumes", it.NumberOfVolumes)
	o.str("issue", it.Issue)
	o.str("number", it.Number)
	o.str("page", it.Page)
	o.str("number-of-pages", it.NumberOfPages)
	o.str("publisher-place", it.PublisherPlace)
	o.str("publisher", it.Publisher)
	o.date("issued", it.Issued)
	o.str("genre", it.Genre)
	o.str("medium", it.Medium)
	o.str("archive", it.Archive)
	o.str("archive_location", it.ArchiveLocation)
	o.str("URL", it.URL)
	o.str("DOI", it.DOI)
	o.str("ISBN", it.ISBN)
	o.str("ISSN", it.ISSN)
	o.date("accessed", it.Accessed)
	o.str("language", it.Language)
	o.str("section", it.Section)
	o.str("keyword", it.Keyword)
	o.str("note", it.Note)
	return o.close()
}

// jsonObject appends the members of an indented JSON object at depth d
// whose opening brace is written.
type jsonObject struct {
	b []byte
	d int
	n int // members written
}

// key starts a member.
func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, indent(o.d+1)...)
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, `": `...)
}

// str writes a string member unless v is empty (omitempty).
func (o *jsonObject) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// names writes a list of names unless it is empty.
func (o *jsonObject) names(k string, ns []bib.Name) {
	if len(ns) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i := range ns {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = append(o.b, indent(o.d+2)...)
		n := jsonObject{b: append(o.b, '{'), d: o.d + 2}
		n.str("family", ns[i].Family)
		n.str("given", ns[i].Given)
		n.str("dropping-particle", ns[i].DroppingParticle)
		n.str("non-dropping-particle", ns[i].NonDropping)
		n.str("suffix", ns[i].Suffix)
		n.str("literal", ns[i].Literal)
		o.b = n.close()
	}
	o.b = append(o.b, indent(o.d+1)...)
	o.b = append(o.b, ']')
}

// date writes a date unless it is nil.
func (o *jsonObject) date(k string, dt *bib.Date) {
	if dt == nil {
		return
	}
	o.key(k)
	v := jsonObject{b: append(o.b, '{'), d: o.d + 1}
	if len(dt.Parts) > 0 {
		v.key("date-parts")
		v.b = appendIntLists(v.b, dt.Parts, v.d+1)
	}
	v.str("literal", dt.Literal)
	o.b = v.close()
}

// close ends the object.
func (o *jsonObject) close() []byte {
	if o.n > 0 {
		o.b = append(o.b, indent(o.d)...)
	}
	return append(o.b, '}')
}

// appendIntLists appends date parts, an array at depth d of arrays of
// numbers (a nil one is null, as encoding/json writes it).
func appendIntLists(b []byte, ls [][]int, d int) []byte {
	b = append(b, '[')
	for i, l := range ls {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, indent(d+1)...)
		if l == nil {
			b = append(b, "null"...)
			continue
		}
		b = append(b, '[')
		for j, x := range l {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, indent(d+2)...)
			b = strconv.AppendInt(b, int64(x), 10)
		}
		if len(l) > 0 {
			b = append(b, indent(d+1)...)
		}
		b = append(b, ']')
	}
	if len(ls) > 0 {
		b = append(b, indent(d)...)
	}
	return append(b, ']')
}

// indent is a new line and the two spaces a level of depth d takes.
func indent(d int) string {
	const spaces = "\n                    "
	return spaces[:1+2*d]
}

// appendJSONString appends s quoted as encoding/json quotes it with HTML
// escaping off: quote, backslash and control characters escaped (\b \f
// \n \r \t by name), invalid UTF-8 as \ufffd, and U+2028 and U+2029
// escaped; everything else as it is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// cslTypes are the item types of the CSL 1.0.2 data schema.
var cslTypes = fields("article", "article-journal", "article-magazine",
	"article-newspaper", "bill", "book", "broadcast", "chapter", "classic",
	"collection", "dataset", "document", "entry", "entry-dictionary",
	"entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
	"legal_case", "legislation", "manuscript", "map", "motion_picture",
	"musical_score", "pamphlet", "paper-conference", "patent", "performance",
	"periodical", "personal_communication", "post", "post-weblog", "regulation",
	"report", "review", "review-book", "software", "song", "speech", "standard",
	"thesis", "treaty", "webpage")

// zoteroKeeps lists, per CSL type, the variables of bib.Item beyond those
// every type keeps (id, type, citation-key, author, title, issued, accessed,
// URL, DOI, language, note, keyword) that Zotero's CSL-JSON import puts in a
// field of its own; editor and translator only where they stay that role.
// Measured with translation-server (shared/clients/zotero-import-map.json).
// A type missing here was not measured: all its fields but editor and
// translator are written as they are.
var zoteroKeeps = map[string]map[string]bool{
	"article-journal":        fields("editor", "translator", "container-title", "collection-title", "publisher", "publisher-place", "volume", "issue", "page", "ISSN", "section", "archive", "archive_location"),
	"article-magazine":       fields("translator", "container-title", "publisher", "publisher-place", "volume", "issue", "page", "ISSN", "archive", "archive_location"),
	"article-newspaper":      fields("translator", "container-title", "publisher", "publisher-place", "volume", "issue", "page", "edition", "ISSN", "section", "archive", "archive_location"),
	"book":                   fields("editor", "translator", "collection-title", "collection-number", "publisher", "publisher-place", "volume", "number-of-pages", "number-of-volumes", "edition", "medium", "ISBN", "ISSN", "archive", "archive_location"),
	"chapter":                fields("editor", "translator", "container-title", "collection-title", "collection-number", "publisher", "publisher-place", "volume", "page", "number-of-volumes", "edition", "medium", "ISBN", "ISSN", "archive", "archive_location"),
	"paper-conference":       fields("editor", "translator", "container-title", "collection-title", "collection-number", "publisher", "publisher-place", "volume", "issue", "page", "number-of-volumes", "ISBN", "ISSN", "archive", "archive_location"),
	"webpage":                fields("translator", "container-title", "publisher", "publisher-place", "genre"),
	"post-weblog":            fields("translator", "container-title", "genre", "ISSN"),
	"report":                 fields("editor", "translator", "collection-title", "collection-number", "publisher", "publisher-place", "page", "number", "genre", "ISBN", "ISSN", "archive", "archive_location"),
	"thesis":                 fields("collection-title", "collection-number", "publisher", "publisher-place", "number-of-pages", "genre", "ISBN", "ISSN", "archive", "archive_location"),
	"speech":                 fields("translator", "container-title", "collection-title", "publisher-place", "genre"),
	"legislation":            fields("container-title", "volume", "page", "number", "section"),
	"document":               fields("editor", "translator", "publisher", "publisher-place", "genre", "archive", "archive_location"),
	"article":                fields("editor", "translator", "collection-title", "collection-number", "publisher", "publisher-place", "number", "genre", "archive", "archive_location"),
	"manuscript":             fields("translator", "publisher", "publisher-place", "number-of-pages", "number", "genre", "archive", "archive_location"),
	"dataset":                fields("publisher", "publisher-place", "number", "genre", "medium", "archive", "archive_location"),
	"entry-encyclopedia":     fields("editor", "translator", "container-title", "collection-title", "collection-number", "publisher", "publisher-place", "volume", "page", "number-of-volumes", "edition", "ISBN", "archive", "archive_location"),
	"standard":               fields("editor", "publisher", "publisher-place", "number-of-pages", "number", "edition", "genre", "ISBN", "section", "archive", "archive_location"),
	"pamphlet":               fields("editor", "translator", "publisher", "publisher-place", "genre", "archive", "archive_location"),
	"bill":                   fields("container-title", "publisher", "volume", "page", "number-of-volumes", "number", "section"),
	"treaty":                 fields("editor", "translator", "publisher", "publisher-place", "genre", "archive", "archive_location"),
	"collection":             fields("editor", "translator", "publisher", "publisher-place", "genre", "archive", "archive_location"),
	"interview":              fields("translator", "publisher", "publisher-place", "medium", "archive", "archive_location"),
	"personal_communication": fields("translator", "genre", "archive", "archive_location"),
	"periodical":             fields("editor", "translator", "publisher", "publisher-place", "genre", "archive", "archive_location"),
}

func fields(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// ZoteroCSL fits an item to Zotero's CSL-JSON import: a type Zotero
// accepts ("document" for a missing, unknown or "software" type, the one
// type that makes Zotero reject the file), and every variable the type has
// no Zotero field for moved into note as a "variable: value" line (names as
// "editor: Family || Given", Zotero's Extra form).
func ZoteroCSL(it bib.Item) bib.Item {
	if !cslTypes[it.Type] || it.Type == "software" {
		it.Type = "document"
	}
	keeps, measured := zoteroKeeps[it.Type]
	keep := func(v string) bool {
		if !measured {
			return v != "editor" && v != "translator"
		}
		return keeps[v]
	}
	var extra []string
	names := func(v string, ns *[]bib.Name) {
		if len(*ns) == 0 || keep(v) {
			return
		}
		for _, n := range *ns {
			extra = append(extra, v+": "+extraName(n))
		}
		*ns = nil
	}
	names("editor", &it.Editor)
	names("translator", &it.Translator)
	for _, f := range movableFields(&it) {
		if *f.val != "" && !keep(f.name) {
			extra = append(extra, f.name+": "+*f.val)
			*f.val = ""
		}
	}
	if len(extra) > 0 {
		if it.Note != "" {
			extra = append(extra, it.Note)
		}
		it.Note = strings.Join(extra, "\n")
	}
	return it
}

// extraName writes a name the way Zotero's Extra field holds creators.
func extraName(n bib.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	fam := n.Family
	if n.NonDropping != "" {
		fam = n.NonDropping + " " + fam
	}
	giv := n.Given
	if n.DroppingParticle != "" {
		giv = strings.TrimSpace(giv + " " + n.DroppingParticle)
	}
	if n.Suffix != "" {
		giv += ", " + n.Suffix
	}
	return fam + " || " + giv
}

// field is one string variable of an item, by its CSL name.
type field struct {
	name string
	val  *string
}

// movableFields are the string variables that not every Zotero item type
// has a place for. An array, not a slice: it stays on the stack, and so
// does the item it points into.
func movableFields(it *bib.Item) [19]field {
	return [...]field{
		{"container-title", &it.ContainerTitle},
		{"collection-title", &it.CollectionTitle},
		{"collection-number", &it.CollectionNumber},
		{"edition", &it.Edition},
		{"volume", &it.Volume},
		{"number-of-volumes", &it.NumberOfVolumes},
		{"issue", &it.Issue},
		{"number", &it.Number},
		{"page", &it.Page},
		{"number-of-pages", &it.NumberOfPages},
		{"publisher-place", &it.PublisherPlace},
		{"publisher", &it.Publisher},
		{"genre", &it.Genre},
		{"medium", &it.Medium},
		{"archive", &it.Archive},
		{"archive_location", &it.ArchiveLocation},
		{"ISBN", &it.ISBN},
		{"ISSN", &it.ISSN},
		{"section", &it.Section},
	}
}
