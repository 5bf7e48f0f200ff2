package bib

// ParseEntries parses one reference list in printed order: each entry
// becomes a Ref, repaired, with Ibid. chains and cross-entry URL ownership
// resolved.
func ParseEntries(entries []Entry) []Ref {
	return nil
}
