package bib

import "strings"

// webMedium is MLA 7's medium of publication and access date at the end of
// a web source: "… 2009. Web. 9 July 2009." (MLA Handbook, 7th ed., 5.6.2).
var webMedium = lazyRegexp(`(?:^|[.\s])Web\.\s+(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4})\.?`)

// readWebMedium reads the access date after "Web." and returns s without
// it; the medium marks the work as published on the web.
func readWebMedium(p *parsed, s string) string {
	if !strings.Contains(s, "Web.") {
		return s
	}
	m := webMedium.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	d := parseDate(s[m[2]:m[3]])
	if d == nil || len(d.Parts[0]) != 3 {
		return s
	}
	p.Item.Accessed = d
	if p.Item.Medium == "" {
		p.Item.Medium = "Web"
	}
	return s[:m[0]] + ". " + s[m[1]:]
}

// webNoValue are the parts of a web source that name no container or
// publisher: MLA 7's "N.p." (no publisher) and "n.d." (no date), and the
// descriptors it puts after a title ("Map.", "Editorial.").
var webNoValue = map[string]bool{
	"n.p": true, "n. p": true, "n.d": true, "n. d": true, "map": true, "editorial": true,
	"cartoon": true, "advertisement": true, "letter": true, "interview": true, "review": true,
	// What stays of "Available: URL)" with the address taken out.
	"available": true, "available:": true, "available: )": true,
	// The branch of a repository cited is its version, no publisher.
	"main branch": true, "master branch": true, "default branch": true,
}

// webAbbrevs end in a full stop inside a publisher's or site's name
// ("Natl. Public Radio", "Amer. Chemical Soc.").
var webAbbrevs = map[string]bool{
	"natl": true, "intl": true, "univ": true, "dept": true, "assn": true, "assoc": true, "corp": true,
	"govt": true, "acad": true, "inst": true, "soc": true, "amer": true, "brit": true, "co": true,
	"inc": true, "ltd": true, "ed": true, "eds": true, "vol": true, "no": true, "pp": true, "st": true,
}

// webSentences splits what follows a web source's title at the full stops
// MLA 7 puts between its elements ("Google Maps. Google, 6 July 2009"),
// not after an initial, a month or another abbreviation.
func webSentences(s string) []string {
	var out []string
	for {
		i := nextWebStop(s)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+2:]
	}
}

// nextWebStop is the index of the next ". " in s that ends an element, or -1.
func nextWebStop(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return -1
		}
		i += from
		word := s[strings.LastIndexAny(s[:i], " ,(")+1 : i]
		if !abbreviationBefore(s[:i+1]) && month(word) == 0 && !strings.Contains(word, ".") && !webAbbrevs[strings.ToLower(word)] {
			return i
		}
		from = i + 2
	}
}

// dateBeforeLink is MLA 6's access date, printed right before the address
// in angle brackets: "… Purdue University. 10 May 2006 <http://…>."
var dateBeforeLink = lazyRegexp(`(\d{1,2}\s+\p{L}{3,}\.?\s+\d{4})\.?\s*<\s*(?:https?://|www\.)`)

// readDateBeforeLink reads that access date from the raw entry and returns
// s without it.
func readDateBeforeLink(p *parsed, s string) string {
	if !strings.Contains(p.plain, "<") {
		return s
	}
	m := dateBeforeLink.FindStringSubmatch(p.plain)
	if m == nil {
		return s
	}
	d := parseDate(m[1])
	if d == nil || len(d.Parts[0]) != 3 {
		return s
	}
	p.Item.Accessed = d
	if i := strings.LastIndex(s, m[1]); i >= 0 {
		s = s[:i] + " " + s[i+len(m[1]):]
	}
	return s
}

// titleAndSite splits the head of an APA web page with no author, "Title.
// Site Name.", at its last full stop: a site's name is one short sentence.
func titleAndSite(head string) (string, string, bool) {
	h := strings.TrimSuffix(strings.TrimSpace(head), ".")
	i := strings.LastIndex(h, ". ")
	if i <= 0 {
		return "", "", false
	}
	title, site := cleanTitle(h[:i]), strings.TrimSpace(h[i+2:])
	if site == "" || len(strings.Fields(site)) > 6 || abbreviationBefore(h[:i+1]) {
		return "", "", false
	}
	return title, site, true
}

// agpsWeb is a web page with no author in the Australian Harvard style
// (AGPS Style Manual): "Title Year, Publisher, <URL>." and "Title n.d.
// Publisher, <URL>.".
var agpsWeb = lazyRegexp(`^(.+?)\s+((?:1[5-9]|20)\d\d|n\.\s?d\.)\s*,?\s*([^,<]+?)\s*,\s*<\s*(?:https?://|www\.)`)

// readAGPSWeb reads such an entry and reports whether it was one.
func readAGPSWeb(p *parsed) bool {
	if !strings.Contains(p.plain, ", <") {
		return false
	}
	m := agpsWeb.FindStringSubmatch(p.plain)
	if m == nil || strings.ContainsAny(m[1], "<>") {
		return false
	}
	it := &p.Item
	it.Title, it.Publisher, it.Type = cleanTitle(m[1]), strings.TrimSpace(m[3]), "webpage"
	if !strings.HasPrefix(m[2], "n") {
		it.Issued = parseDate(m[2])
	}
	return true
}

// readCommaWeb reads a web page with no author whose elements are all
// separated by commas, as MLA 9 lists print a store's or a service's page
// with the title's italics lost: "Title, Publisher, 25 Jan. 2018,
// site.com/path." (5.6, the title first when no author is named; 5.90, the
// address without "https://"). The last element must be such an address.
func readCommaWeb(p *parsed, s string) bool {
	if !strings.Contains(s, "/") || startsQuote(s) {
		return false
	}
	parts := strings.Split(strings.TrimRight(s, ". "), ", ")
	n := len(parts)
	if n < 3 || bareLinkPart(parts[n-1]) != parts[n-1] || strings.Contains(parts[0], ". ") {
		return false
	}
	mid := strings.Join(parts[1:n-1], ", ")
	var date *Date
	if i := strings.LastIndex(mid, ", "); i > 0 {
		if date = parseDate(mid[i+2:]); date != nil {
			mid = mid[:i]
		}
	}
	if i := strings.Index(mid, ". "); date == nil && i > 0 {
		// "Publisher. 24 Feb. 2017": a full stop typed for the comma.
		if date = parseDate(mid[i+2:]); date != nil {
			mid = mid[:i]
		}
	}
	if mid == "" || strings.Contains(mid, ". ") || hasYear(mid) {
		return false
	}
	it := &p.Item
	it.Title, it.Publisher, it.URL, it.Type = cleanTitle(parts[0]), strings.TrimSpace(mid), parts[n-1], "webpage"
	if date != nil {
		it.Issued = date
	}
	return true
}
