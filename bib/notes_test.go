package bib

import "testing"

// TestShortNoteAuthorPage resolves a note of an author and a page alone to
// the author's work cited before, and leaves "Author, year" alone.
func TestShortNoteAuthorPage(t *testing.T) {
	refs := ParseLines([]string{
		"Julia Sweig, Friendly Fire: Losing Friends and Making Enemies in the Anti-American Century (New York: Public Affairs, 2006), 5.",
		"Sweig, 13.",
		"Sweig, 2006.",
	})
	if r := refs[1]; r.IbidOf != 1 || r.Locator != "13" || r.Item.Title != refs[0].Item.Title {
		t.Errorf("ibid_of %d, locator %q, title %q; want 1, 13, %q", r.IbidOf, r.Locator, r.Item.Title, refs[0].Item.Title)
	}
	if r := refs[2]; r.Locator == "2006" {
		t.Errorf("locator %q: a year read as the page cited", r.Locator)
	}
}
