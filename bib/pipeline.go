package bib

import (
	"strings"
)

// ParseEntries parses one reference list in printed order: each entry
// becomes a Ref, repaired, with Ibid. chains, shortened repeats and
// cross-entry URL ownership resolved. A list with Ibid. entries is a list of
// notes: the page each entry prints is the page it cites (its locator).
func ParseEntries(entries []Entry) []Ref {
	raws := make([]string, len(entries))
	for i, e := range entries {
		raws[i] = e.Raw
	}
	ctx := strings.Join(raws, "\n")
	footnote := false
	for _, r := range raws {
		if mayBeIbid(r) && ibidRe.MatchString(strings.TrimSpace(emphasisRe.ReplaceAllString(r, ""))) || mayBeOpCit(r) && opCitRe.MatchString(r) {
			footnote = true
		}
	}
	ps := make([]parsed, len(entries))
	for i, e := range entries {
		ps[i] = parseEntry(e.Raw, ctx, footnote)
		ps[i].N = i + 1
		ps[i].Label = e.Label
		ps[i].Line = e.Line
	}
	resolveURLs(ps)
	resolveBack(ps)
	out := make([]Ref, len(ps))
	for i := range ps {
		out[i] = ps[i].Ref
	}
	return out
}

// ParseLines parses a list given one entry per string.
func ParseLines(lines []string) []Ref {
	entries := make([]Entry, len(lines))
	for i, l := range lines {
		entries[i] = Entry{Raw: l, Line: i + 1}
	}
	return ParseEntries(entries)
}

// resolveBack resolves Ibid. chains (to the entry the chain starts from,
// each keeping its own locator; a bare Ibid. inherits the locator of the
// entry above), shortened repeats (to the last full entry by that author)
// and Idem (the author of the entry above, a work of its own).
func resolveBack(ps []parsed) {
	for i := range ps {
		p := &ps[i]
		switch p.kind {
		case kindIbid:
			if i == 0 || ps[i-1].kind == kindFailed {
				p.Warnings = append(p.Warnings, "Ibid. with no entry before it")
				continue
			}
			prev := &ps[i-1]
			target := i - 1
			if prev.IbidOf > 0 {
				target = prev.IbidOf - 1
			}
			p.IbidOf = target + 1
			volume := p.Item.Volume
			p.Item = ps[target].Item
			if volume != "" {
				p.Item.Volume = volume
			}
			p.AsCitedIn = p.AsCitedIn || false
			if p.Locator == "" {
				p.Locator = prev.Locator
			}
		case kindShort:
			found := false
			for j := i - 1; j >= 0 && !found; j-- {
				q := ps[j]
				if q.kind == kindIbid || q.kind == kindShort || len(q.Item.Author) == 0 {
					continue
				}
				if NameKey(q.Item.Author[0].Family) == NameKey(p.short[0].Family) {
					p.IbidOf = j + 1
					if q.IbidOf > 0 {
						p.IbidOf = q.IbidOf
					}
					p.Item = ps[p.IbidOf-1].Item
					found = true
				}
			}
			if !found {
				p.Item.Author = p.short
				p.Warnings = append(p.Warnings, "op. cit. with no earlier work by "+p.short[0].Family)
			}
		case kindIdem:
			if i > 0 && len(ps[i-1].Item.Author) > 0 {
				p.Item.Author = ps[i-1].Item.Author
			} else {
				p.Warnings = append(p.Warnings, "Idem with no author before it")
			}
		case kindFull:
			if j := shortTitleOf(ps, i); j >= 0 {
				p.IbidOf = j + 1
				if ps[j].IbidOf > 0 {
					p.IbidOf = ps[j].IbidOf
				}
				p.Item = ps[p.IbidOf-1].Item
			}
		}
	}
}

// shortTitleOf returns the earlier note that a note of a title and a page
// alone repeats ("Фінанси суднобудівних підприємств. С. 158." after the full
// note), or -1. Only a note with nothing but its title and locator counts.
func shortTitleOf(ps []parsed, i int) int {
	it := ps[i].Item
	if ps[i].Locator == "" || it.Title == "" || len(it.Author) > 0 || len(it.Editor) > 0 || it.ContainerTitle != "" ||
		it.Publisher != "" || it.PublisherPlace != "" || it.Issued != nil || it.URL != "" {
		return -1
	}
	key := TitleKey(it.Title)
	for j := i - 1; j >= 0; j-- {
		if q := ps[j]; q.kind == kindFull && TitleKey(q.Item.Title) == key && q.Item.Issued != nil {
			return j
		}
	}
	return -1
}
