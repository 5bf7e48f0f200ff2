package bib

// Document is an article as ibid reads it: its text split into lines, the
// body (where in-text citations live) and the reference lists found in it.
type Document struct {
	Lines []string // the text after decoding, one element per line, no line ends
	// BodyEnd is the index in Lines where the body stops (the first
	// reference-list heading, or the first entry of a list with no heading).
	BodyEnd int
	Lists   []List // reference lists in document order; usually one
}

// List is one reference list: its heading (empty when the list was found by
// its numbered entries alone) and its entries in printed order.
type List struct {
	Heading     string
	HeadingLine int // 1-based; 0 when there is no heading
	Entries     []Entry
}

// Entry is one printed reference as found in the document, before parsing.
type Entry struct {
	Label string // the printed label without punctuation: "12" for "12.", "[12]", "12)"
	Line  int    // 1-based line where the entry starts
	Lines []int  // every 1-based line the entry was joined from
	Raw   string // the entry text without its label; wrapped lines joined by one space
}
