package export

import (
	"strings"

	"github.com/ibid-project/ibid/bib"
)

// What each format cannot carry: an item written and read back comes back
// as its carried function returns it. Everything else survives, Cyrillic
// and Kazakh letters included.
//
//	format    | not carried
//	----------+-----------------------------------------------------------
//	CSL-JSON  | a type outside CSL 1.0.2, or "software" (Zotero rejects
//	          | the file): becomes "document". Variables a Zotero type has
//	          | no field for travel in note as "variable: value" lines and
//	          | are read back.
//	BibTeX,   | archive, archive_location; an article's number (its issue
//	BibLaTeX  | is BibTeX's number); number of a book, chapter, paper or
//	          | thesis (their number is the number in the series); the
//	          | collection-number of other types; a dropping particle (joins
//	          | the given name); white space runs (collapsed); the split of
//	          | a page range dash ("–" comes back "-").
//	RIS       | standard (TY RPRT: comes back report); types without a TY
//	          | Zotero reads (GEN: document); a book's container-title;
//	          | container-title of a report (T2 is its series);
//	          | collection-number but of a book;
//	          | number but of a report, law or patent; number-of-pages but
//	          | of a book or thesis, and their page; genre or medium (M3
//	          | holds one, by type); ISBN of a report; ISBN of a journal,
//	          | magazine or newspaper article; ISSN elsewhere (comes back as
//	          | ISBN); name particles (join the family or given name); line
//	          | breaks (RIS lines are never folded); page range dashes.
func carriedCSLJSON(it bib.Item) bib.Item {
	if !cslTypes[it.Type] || it.Type == "software" {
		it.Type = "document"
	}
	return it
}

func carriedBibTeX(it bib.Item) bib.Item {
	if !cslTypes[it.Type] {
		it.Type = "document"
	}
	it.Archive, it.ArchiveLocation = "", ""
	switch {
	case it.Type == "article-journal" || it.Type == "article-magazine" || it.Type == "article-newspaper":
		if it.Issue == "" {
			it.Issue = it.Number
		}
		it.Number = ""
		it.CollectionNumber = ""
	case seriesNumbered[it.Type]:
		it.Number = ""
	default:
		it.CollectionNumber = ""
	}
	it.Author = joinDropping(it.Author)
	it.Editor = joinDropping(it.Editor)
	it.Translator = joinDropping(it.Translator)
	it.Page = strings.ReplaceAll(it.Page, "–", "-")
	return it
}

func joinDropping(ns []bib.Name) []bib.Name {
	for i, n := range ns {
		if n.DroppingParticle != "" {
			ns[i].Given = strings.TrimSpace(n.Given + " " + n.DroppingParticle)
			ns[i].DroppingParticle = ""
		}
	}
	return ns
}

func carriedRIS(it bib.Item) bib.Item {
	ty, ok := risTypes[it.Type]
	if !ok {
		it.Type, ty = "document", "GEN"
	}
	if it.Type == "standard" {
		it.Type = "report"
	}
	switch ty {
	case "BOOK":
		it.ContainerTitle = ""
	case "RPRT":
		it.ContainerTitle, it.ISBN = "", ""
	}
	if ty != "BOOK" {
		it.CollectionNumber = ""
	}
	if ty != "RPRT" && ty != "STAT" && ty != "PAT" {
		it.Number = ""
	}
	if ty == "BOOK" || ty == "THES" {
		it.Page = ""
	} else {
		it.NumberOfPages = ""
	}
	if risGenreM3[ty] {
		it.Medium = ""
	} else {
		it.Genre = ""
	}
	switch ty {
	case "JOUR", "MGZN", "NEWS":
		it.ISBN = ""
	case "RPRT":
	default:
		if it.ISBN == "" {
			it.ISBN = it.ISSN
		}
	}
	if ty != "JOUR" && ty != "MGZN" && ty != "NEWS" {
		it.ISSN = ""
	}
	for _, ns := range []*[]bib.Name{&it.Author, &it.Editor, &it.Translator} {
		for i, n := range *ns {
			if n.NonDropping != "" {
				(*ns)[i].Family = n.NonDropping + " " + n.Family
				(*ns)[i].NonDropping = ""
			}
		}
		*ns = joinDropping(*ns)
	}
	it.Page = strings.NewReplacer("–", "-", "—", "-").Replace(it.Page)
	it.Note = oneLine(it.Note)
	it.Title = oneLine(it.Title)
	return it
}
