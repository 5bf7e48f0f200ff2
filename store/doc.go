// Package store owns ibid's library: one SQLite file holding the imported
// sources, every entry exactly as printed, the works they cite, the repairs
// made on the way, collections and a full-text index.
//
// store is the only package that speaks SQL. It takes and returns bib
// values; it prints nothing and reads no files but the library. Schema
// changes are numbered files in migrations/, embedded in the binary,
// applied in order and recorded; what SQL cannot do (hashing the keys works
// are filed under, migration 4) runs in Go in the same transaction. SQLite folds ASCII only, so every folded
// or transliterated key is made in Go (bib.FoldKey, bib.Translit) and kept
// in its own column.
package store
