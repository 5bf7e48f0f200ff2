package bib

// ReadDocument finds the reference lists of an article given as plain text
// or Markdown (NFC, "\n" line ends).
func ReadDocument(text string) Document {
	return Document{}
}
