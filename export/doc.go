// Package export writes bib items out: BibTeX, BibLaTeX, CSL-JSON, RIS and
// GOST-formatted lists (7.0.100-2018, 7.0.5-2008, 7.1-2003). Each writer is
// func(w io.Writer, items []bib.Item, o Options) error, one file per format.
// The readers of the same formats are in package bib (ReadBibTeX,
// ReadCSLJSON, ReadRIS); every writer's output reads back whole but for
// what its format cannot carry (listed in carried_test.go).
//
// export imports bib, the standard library and golang.org/x/text (GOST
// collation) only; it never opens files or the library: cmd/ibid hands it
// a writer.
//
// What Zotero's import reads is the contract (measured with
// translation-server, shared/clients/zotero-import-map.json):
//
// CSL-JSON (csljson.go). Every item gets a type Zotero accepts: a missing
// or unknown type, or "software" (which makes Zotero reject the whole
// file), becomes "document". A variable the Zotero item type has no field
// for — an editor of a webpage, a translator of a thesis (Zotero would make
// them authors), number-of-pages of a report, medium of an article,
// collection-title of a web page — is written into note as a
// "variable: value" line ("editor: Kerr || D."), which Zotero keeps in
// Extra and citeproc reads as the variable; bib.ReadCSLJSON moves it back.
// Only CSL 1.0.2 variables are written (schema-valid, no ibid keys).
//
// BibTeX and BibLaTeX (bibtex.go). Entry types are those Zotero keeps:
//
//	book @book · chapter @incollection · paper-conference @inproceedings
//	article-journal @article · article-magazine, article-newspaper @article
//	with entrysubtype magazine/newspaper · thesis @phdthesis/@mastersthesis
//	(BibLaTeX @thesis) · report @techreport (@report) · standard @techreport
//	(@report) with entrysubtype standard · webpage @online · patent @patent
//	· manuscript @unpublished · entry-encyclopedia @inreference · any other
//	type @misc with entrysubtype = the CSL type (legislation, ...).
//
// Fields: author, editor, translator ("Family, Given" joined by "and";
// organisations in double braces); title, booktitle, journal (BibLaTeX
// journaltitle), series with capitals after the first word and acronyms
// brace-protected; edition, volume, volumes; number (an article's issue, a
// book's number in its series, else the item's number), issue; pages with
// "--"; pagetotal; publisher, or institution (report) or school (thesis),
// braced whole when it contains "and"; address (BibLaTeX location); year
// and month macro, plus date for a day or a range (BibLaTeX date); type
// (genre); howpublished (medium; Zotero: Extra); url and doi verbatim;
// isbn, issn, urldate; language (kept by Zotero) and BibLaTeX langid
// (dropped by Zotero); chapter (section); keywords; note (Zotero makes it
// a child note). & % $ # _ { } ~ ^ \ are escaped; UTF-8 is written as is,
// or with Options.ASCII as LaTeX commands (accents, \cyrchar\CYRA for
// Cyrillic and Kazakh letters).
//
// bib.ReadBibTeX is ibid's own reader. github.com/nickng/bibtex v1.4.2 was
// measured unfit as the reader (log.Fatal on an undefined or
// differently-cased @string macro and on a bare value, package state that
// fails the next file after a failed parse, races, and everything after
// the first part of a "#" concatenation dropped); it is kept only in a
// test, as an independent check that the output parses.
//
// RIS (ris.go): TY JOUR, MGZN, NEWS, BOOK, CHAP, CONF, THES, RPRT (report
// and standard), ELEC (webpage), BLOG, STAT (legislation), PAT, MANSCPT,
// else GEN; AU/A2 (A3 for a book, ED elsewhere)/A4 "Family, Given"; TI, T2
// (C3 for a conference paper's proceedings, a report's series), T3, M1, ET,
// VL, NV, IS, SP/EP (SP: page count of a book or thesis), PY, DA, Y2,
// SN, CY, PB, M3 (genre or medium), SE, DB, AN, UR, DO, LA, KW, N1, ER.
// UTF-8, CRLF, one line per field, never folded.
//
// GOST (gost*.go): see GOST; terms in each entry's language (gost_terms.go).
package export
