package export

// Options tune a writer. The zero value is a sensible default for every format.
type Options struct {
	// ASCII asks the BibTeX writers for LaTeX escapes instead of UTF-8.
	ASCII bool
	// Style is the GOST edition: "7.0.100-2018" (default), "7.0.5-2008", "7.1-2003".
	Style string
	// As is the GOST output markup: "text" (default), "markdown", "html".
	As string
	// Sort is "cited" (input order, default) or "author".
	Sort string
}
