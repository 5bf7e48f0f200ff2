// Package export writes bib items out: BibTeX, BibLaTeX, CSL-JSON, RIS and
// GOST-formatted lists (7.0.100-2018, 7.0.5-2008, 7.1-2003). Each writer is
// func(w io.Writer, items []bib.Item, o Options) error, one file per format.
//
// export imports bib and the standard library only; it never opens files or
// the library: cmd/ibid hands it a writer.
package export
