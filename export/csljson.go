package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

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
	out := make([]bib.Item, len(items))
	seen := make(map[string]bool, len(items))
	for i, it := range items {
		out[i] = ZoteroCSL(it)
		// The schema requires an id; citeproc and Zotero need it unique.
		id := out[i].ID
		if id == "" {
			id = "item" + strconv.Itoa(i+1)
		}
		for n := 2; seen[id]; n++ {
			id = out[i].ID + "-" + strconv.Itoa(n)
		}
		seen[id] = true
		out[i].ID = id
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("csl-json: %w", err)
	}
	return nil
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
// has a place for.
func movableFields(it *bib.Item) []field {
	return []field{
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
