// Package bib owns ibid's bibliographic model and every pure step on it:
// finding the reference list of an article, splitting it into entries,
// parsing an entry into a CSL-JSON item, repairing what copying broke
// (URLs, DOIs, words), resolving Ibid. chains, matching duplicate works,
// and reading BibTeX, CSL-JSON and RIS.
//
// bib takes strings and values and returns values. It must not import
// database/sql, os (beyond nothing), net, or the clock: files, SQL and
// printing live in cmd/ibid and store.
package bib
