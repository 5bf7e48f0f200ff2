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
	ctx := newListText(strings.Join(raws, "\n"))
	footnote, see := false, 0
	for _, r := range raws {
		if mayBeIbid(r) && ibidRe.MatchString(strings.TrimSpace(replaceEmphasis(r, dropText))) || mayBeOpCit(r) && isOpCit(r) {
			footnote = true
		}
		if t := strings.TrimSpace(r); t != "" && seeStarts[t[0]] && seeRe.MatchString(t) {
			see++
		}
	}
	if see >= 2 {
		footnote = true // notes open with "См.:", "Див.:", "Ср.": no list of works does
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
	notes := false // a list with an Ibid. or a shortened note: repeats in full are looked for
	for i := range ps {
		if ps[i].kind == kindIbid || ps[i].kind == kindShort {
			notes = true
			break
		}
	}
	for i := range ps {
		p := &ps[i]
		switch p.kind {
		case kindIbid:
			if i == 0 || ps[i-1].kind == kindFailed && ps[i-1].Item.Volume == "" {
				// A note that cites a volume alone ("Т. XIV. С. 404.", the
				// works named once in the text) is an Ibid.'s antecedent.
				p.Warnings = append(p.Warnings, "Ibid. with no entry before it")
				continue
			}
			repeats(ps, p, i-1)
			if p.Locator == "" {
				p.Locator = ps[i-1].Locator
			}
		case kindShort:
			j := shortNoteTarget(ps, i)
			if j >= 0 {
				repeats(ps, p, j)
			} else {
				p.Item.Author = p.short
				if p.Item.Type == "" {
					p.Item.Type = "book" // the work cited in full elsewhere; most are books
				}
				p.Warnings = append(p.Warnings, "op. cit. with no earlier work by "+p.short[0].Family)
			}
		case kindIdem:
			if i > 0 && len(ps[i-1].Item.Author) > 0 {
				p.Item.Author = ps[i-1].Item.Author
			} else {
				p.Warnings = append(p.Warnings, "Idem with no author before it")
			}
		case kindFull:
			if j := shortRepeatOf(ps, i); j >= 0 {
				repeats(ps, p, j)
			} else if j := fullRepeatOf(ps, i, notes); j >= 0 {
				repeats(ps, p, j)
			} else if i > 0 {
				sameHost(p, &ps[i-1])
			}
		}
	}
}

// repeats makes p a repeat of entry j, or of the work j itself repeats: p
// takes that work and keeps a volume of its own ("Там само. Т. 7. С. 18").
func repeats(ps []parsed, p *parsed, j int) {
	p.IbidOf = j + 1
	if ps[j].IbidOf > 0 {
		p.IbidOf = ps[j].IbidOf
	}
	volume := p.Item.Volume
	p.Item = ps[p.IbidOf-1].Item
	if volume != "" {
		p.Item.Volume = volume
	}
}

// shortRepeatOf returns the earlier note that a shortened repeat cites, or
// -1. GOST R 7.0.5-2008 (8.3) lets a repeated note give only the heading,
// the title — cut short with an ellipsis if the author likes — and the page:
// "Гаврилов В. П. Общество и природная среда. С. 81.", "Геоинформационное
// моделирование … С. 28.", "Фінанси суднобудівних підприємств. С. 158.".
// Only a note with no imprint, host, date or address counts, and a repeat
// that names an author or editor must name the earlier note's first one.
func shortRepeatOf(ps []parsed, i int) int {
	p := &ps[i]
	it := p.Item
	if it.Title == "" || it.ContainerTitle != "" || it.Publisher != "" || it.PublisherPlace != "" ||
		it.Issued != nil || it.URL != "" || it.DOI != "" {
		return -1
	}
	title, cut := it.Title, false
	if k := strings.Index(title, "…"); k > 0 {
		title, cut = title[:k], true
		if m := locatorRe.FindStringSubmatch(it.Title[k+len("…"):]); m != nil && p.Locator == "" {
			p.Locator = normDash(m[1])
		}
	}
	key := TitleKey(title)
	if p.Locator == "" || key == "" {
		return -1
	}
	heading := firstName(it)
	for j := i - 1; j >= 0; j-- {
		q := ps[j]
		if q.kind != kindFull || q.Item.Issued == nil && q.Item.Type != "manuscript" {
			continue // an archival document may be undated
		}
		qk := TitleKey(q.Item.Title)
		if qk != key && !((cut || p.shortTitle) && strings.HasPrefix(qk, key)) {
			continue
		}
		if heading == "" || heading == firstName(q.Item) {
			return j
		}
	}
	return -1
}

// firstName is the name key of an item's first author, or of its first
// editor when it has no author; "" when it names neither.
func firstName(it Item) string {
	names := it.Author
	if len(names) == 0 {
		names = it.Editor
	}
	if len(names) == 0 {
		return ""
	}
	return NameKey(names[0].Family + names[0].Literal)
}

// sameHost fills the host of an entry printed "// Там же. С. 11–16." — a
// part of the same collection or issue as the entry above — from that entry:
// its container, editors, date, volume, issue and imprint. The entry keeps
// its own author, title and pages.
func sameHost(p, prev *parsed) {
	if c := p.Item.ContainerTitle; len(c) > 20 || !containsAny(c, "ам", "онда", "bid", "BID", "АМ") {
		return
	}
	switch TitleKey(p.Item.ContainerTitle) {
	case "тамже", "тамсамо", "тамсама", "сонда", "ibid", "ibidem":
	default:
		return
	}
	h := prev.Item
	if h.ContainerTitle == "" {
		p.Warnings = append(p.Warnings, "“Там же” as the host, and the entry above has none")
		return
	}
	it := &p.Item
	it.ContainerTitle, it.Type = h.ContainerTitle, h.Type
	if len(it.Editor) == 0 {
		it.Editor = h.Editor
	}
	if it.Issued == nil {
		it.Issued = h.Issued
	}
	if it.Volume == "" && it.Issue == "" {
		it.Volume, it.Issue = h.Volume, h.Issue
	}
	if it.PublisherPlace == "" && it.Publisher == "" {
		it.PublisherPlace, it.Publisher = h.PublisherPlace, h.Publisher
	}
}
