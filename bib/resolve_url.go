package bib

import (
	"fmt"
	"net/url"
	"strings"
)

// resolveURLs settles which entry each URL belongs to, across the list.
//
// A URL tail whose host is the end of another URL's host in the list, with
// the same path prefix, lost its head at a line wrap (an autolinker then
// made "http://bw.de/…" of "opus.bsz-bw.de/…"): it is completed from that
// host. A URL whose path names another entry's author, and not its own
// entry's, was pasted into the wrong entry: it is dropped there, given to
// the entry it names if that entry has none, and both are warned.
func resolveURLs(ps []parsed) {
	var all []*url.URL
	for _, p := range ps {
		for _, f := range p.urls {
			if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
				all = append(all, u)
			}
		}
	}
	for i := range ps {
		p := &ps[i]
		for k, f := range p.urls {
			full, ok := completeFragment(f.URL, all)
			if !ok {
				continue
			}
			p.Repairs = append(p.Repairs, Repair{Field: "URL", Before: f.URL, After: full, Rule: RuleURLFragment})
			p.Warnings = append(p.Warnings, "URL "+f.URL+" completed from the host "+hostOf(full)+" printed elsewhere in the list")
			p.urls[k].URL = full
		}
	}
	var fams []string // each entry's author as a path spells it, worked out once for the list
	for i := range ps {
		p := &ps[i]
		var keep []Found
		for _, f := range p.urls {
			if DOIOf(f.URL) != "" {
				keep = append(keep, f)
				continue
			}
			if fams == nil {
				fams = pathFamilies(ps)
			}
			j := namedOwner(f.URL, ps, fams, i)
			if j < 0 {
				keep = append(keep, f)
				continue
			}
			p.Repairs = append(p.Repairs, Repair{Field: "URL", Before: f.URL, After: "", Rule: RuleURLMoved})
			p.Warnings = append(p.Warnings, fmt.Sprintf("URL %s names entry %d, not this one: dropped here", f.URL, j+1))
			q := &ps[j]
			if q.Item.URL == "" {
				q.Item.URL = f.URL
				q.Repairs = append(q.Repairs, Repair{Field: "URL", Before: "", After: f.URL, Rule: RuleURLMoved})
				q.Warnings = append(q.Warnings, fmt.Sprintf("URL %s was printed in entry %d and moved here", f.URL, i+1))
			}
		}
		if len(keep) == len(p.urls) {
			continue
		}
		p.urls = keep
		p.Item.URL = ""
		for _, f := range keep {
			if DOIOf(f.URL) == "" || f.Label == "URL" {
				p.Item.URL = f.URL
				break
			}
		}
	}
	warnSharedURLs(ps)
}

// completeFragment rebuilds a URL whose head was lost: its host is a
// proper suffix (after "-" or ".") of another URL's host and the two share
// their first two path segments.
func completeFragment(s string, all []*url.URL) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "", false
	}
	for _, o := range all {
		if o.Host == u.Host || !(strings.HasSuffix(o.Host, "-"+u.Host) || strings.HasSuffix(o.Host, "."+u.Host)) {
			continue
		}
		// A host cut at its hyphen ("opus.bsz-" + "bw.de") is the line wrap
		// itself: one shared path segment confirms it. A host cut at a dot
		// is commoner by chance and needs two.
		need := 2
		if strings.HasSuffix(o.Host, "-"+u.Host) {
			need = 1
		}
		if commonSegments(o.Path, u.Path) < need {
			continue
		}
		full := *u
		full.Scheme, full.Host = o.Scheme, o.Host
		return full.String(), true
	}
	return "", false
}

func commonSegments(a, b string) int {
	as, bs := strings.Split(strings.Trim(a, "/"), "/"), strings.Split(strings.Trim(b, "/"), "/")
	n := 0
	for n < len(as) && n < len(bs) && as[n] == bs[n] && as[n] != "" {
		n++
	}
	return n
}

func hostOf(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Host
	}
	return ""
}

// pathWords are the lower-case words of a URL's path.
func pathWords(s string) map[string]bool {
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	w := map[string]bool{}
	for _, f := range strings.FieldsFunc(lower(u.Path+" "+u.RawQuery), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		w[f] = true
	}
	return w
}

// pathFamilies returns the first author's family name of each entry as a
// URL's path would spell it (transliterated, without spaces), "" for an
// entry with no author: namedOwner compares every entry with every URL.
func pathFamilies(ps []parsed) []string {
	fams := make([]string, len(ps))
	for i, p := range ps {
		if len(p.Item.Author) > 0 {
			fams[i] = strings.ReplaceAll(Translit(p.Item.Author[0].Family), " ", "")
		}
	}
	return fams
}

// namesAuthor reports whether a URL's path names an entry's first author,
// given as pathFamilies spells it.
func namesAuthor(words map[string]bool, fam string) bool {
	return len(fam) >= 3 && words[fam]
}

// namedOwner returns the entry whose author the URL's path names when the
// path does not name entry i's own author, or -1; fams are the entries'
// families (pathFamilies).
func namedOwner(s string, ps []parsed, fams []string, i int) int {
	words := pathWords(s)
	if namesAuthor(words, fams[i]) || len(ps[i].Item.Author) == 0 {
		return -1
	}
	owner := -1
	for j := range ps {
		if j != i && namesAuthor(words, fams[j]) {
			if owner >= 0 {
				return -1 // two candidates: no evidence which
			}
			owner = j
		}
	}
	return owner
}

// warnSharedURLs flags a URL that still stands in two entries.
func warnSharedURLs(ps []parsed) {
	seen := map[string]int{}
	for i, p := range ps {
		if p.Item.URL == "" || p.kind == kindIbid {
			continue
		}
		k := NormalizeURL(p.Item.URL)
		if j, ok := seen[k]; ok && TitleKey(ps[j].Item.Title) != TitleKey(p.Item.Title) {
			ps[i].Warnings = append(ps[i].Warnings, fmt.Sprintf("the same URL as entry %d", j+1))
			continue
		}
		seen[k] = i
	}
}
