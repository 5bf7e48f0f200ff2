package bib

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repair rule names, stable: users filter on them and tests name them.
const (
	RuleURLSpace       = "url-wrap-space"      // a space left inside a URL by line wrapping
	RuleURLHyphen      = "url-wrap-hyphen"     // a hyphen added by line wrapping inside a URL
	RuleURLLigature    = "url-ligature-split"  // "benefi t": a torn ﬁ/ﬂ ligature inside a URL
	RuleMarkdownEscape = "markdown-escape"     // "\_" in Markdown link text
	RuleMarkdownLink   = "markdown-link"       // [text](target) or <url> reduced to one URL
	RuleURLTrailing    = "url-trailing-punct"  // punctuation after a URL that is not part of it
	RuleURLFragment    = "url-fragment-host"   // a URL tail completed from the host it shares
	RuleURLMoved       = "url-wrong-entry"     // a URL printed in the wrong entry, dropped or moved
	RuleDOI            = "doi-normalize"       // a DOI taken from a doi.org link or DOI: label
	RuleDOIWrap        = "doi-wrap-space"      // a space inside a DOI left by wrapping
	RuleWordHyphen     = "word-wrap-hyphen"    // "Cul- ture" → "Culture"
	RuleWordLigature   = "word-ligature-split" // "Benefi t" → "Benefit"
	RuleInitialSlash   = "initial-slash"       // "Izimov P/" → "P."
	// "В«ЮрайтВ»" → "«Юрайт»": guillemets saved as UTF-8 and read as
	// Windows-1251, each after a "В"
	RuleMojibakeGuillemets = "mojibake-guillemets"
)

var (
	mdLink   = lazyRegexp(`\[([^\[\]]*)\]\((<?[^()\s]+(?:\([^()\s]*\))?[^()\s]*>?)\)`)
	autolink = lazyRegexp(`<((?:https?|ftp)://[^<>\s]+)>`)
	urlChars = lazyRegexp(`^[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%\\-]+$`)
	// A date after a link, "12.03.2020" (a real day and month: "86.4.585"
	// ends a DOI wrapped at its dot), "2020-03-12".
	dateToken   = lazyRegexp(`^\(?(?:(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2,4}|\d{4}[.-]\d{2}[.-]\d{2})\)?[.,;]?$`)
	fileExt     = lazyRegexp(`(?i)^(?:s?html?|php\d?|pdf|aspx?|jsp|xml|docx?|txt|cfm|shtml)(?:[/?#].*)?$`)
	hostTail    = lazyRegexp(`^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#].*)?$`)
	slugChars   = lazyRegexp(`[-_=?&%/.\d]`)
	ligatureEnd = lazyRegexp(`(?:fi|fl|ff|ffi|ffl)$`)
	mdEscape    = lazyRegexp(`\\+([_*\[\]()#+.!~-])`)
)

// fieldLabel is text after a URL that starts the next field.
var fieldLabel = lazyRegexp(`(?i)^(?:accessed|retrieved|viewed|дата|қаралған|doi|isbn|issn|url|режим|available|(?:[(\[–—]))`)

// Found is a URL (or DOI link) found in an entry.
type Found struct {
	URL     string // the repaired URL
	Label   string // "URL", "DOI" or "" for the label printed before it
	Start   int    // byte span in the text it was found in, label included
	End     int
	After   string // a bare date printed right after the URL (an access date)
	Warning string
	Repairs []Repair
}

// unlink replaces Markdown links and autolinks by their URL. A link whose
// text and target agree (or differ only by the scheme an autolinker added)
// becomes one URL; otherwise the target is kept and a warning given.
func unlink(s string) (string, []Repair, []string) {
	var reps []Repair
	var warns []string
	if !strings.Contains(s, "](") && !strings.Contains(s, "<") {
		return s, nil, nil
	}
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		text, target := sub[1], strings.Trim(sub[2], "<>")
		ut := mdEscape.ReplaceAllString(text, "$1")
		tt := mdEscape.ReplaceAllString(target, "$1")
		if !urlStartIn(tt) {
			return m
		}
		if ut != tt && stripScheme(ut) != stripScheme(tt) && looksLikeURL(ut) {
			warns = append(warns, "link text "+ut+" and target "+tt+" differ; the target is kept")
		}
		if strings.HasPrefix(lower(ut), "doi") && strings.Contains(ut, "10.") && DOIOf(tt) == "" {
			// "[doi: 10.1145/…](publisher's page)": the text names the
			// DOI, the target another address; both are kept.
			return ut + " " + tt
		}
		if text != tt {
			rule := RuleMarkdownLink
			if strings.Contains(text, `\`) && ut == tt {
				rule = RuleMarkdownEscape
			}
			reps = append(reps, Repair{Field: "URL", Before: m, After: tt, Rule: rule})
		}
		if linkedText(ut) {
			// "[Title](URL)", a whole entry in a link: the text is part
			// of the reference, the address follows it.
			return ut + " " + tt + " "
		}
		return tt
	})
	s = autolink.ReplaceAllString(s, "$1")
	return s, reps, warns
}

// linkedText reports link text that belongs to the reference — a title,
// or the whole entry — rather than a label of the address ("Режим
// доступа", "Available", "PDF"): two words or more, no address.
func linkedText(s string) bool {
	low := lower(strings.Trim(s, " .:[]"))
	return strings.Count(strings.TrimSpace(s), " ") >= 1 && !looksLikeURL(s) && !linkLabels[low] && !containsAny(low, "available", "online", "доступ", "pdf")
}

// linkLabels are link texts that name the link, not the work, beside
// those linkedText finds by their words ("Режим доступа", "Available
// at", "PDF").
var linkLabels = map[string]bool{
	"full text": true, "полный текст": true, "повний текст": true, "электронный ресурс": true, "електронний ресурс": true,
	"link to": true, "читать онлайн": true,
}

func stripScheme(s string) string {
	if i := strings.Index(s, "://"); i >= 0 {
		return s[i+3:]
	}
	return s
}

// hasURLStart is urlStartIn with a prefilter: a URL has "://"
// or "www.".
func hasURLStart(s string) bool {
	return (strings.Contains(s, "://") || hasWWW(s)) && urlStartIn(s)
}

func looksLikeURL(s string) bool {
	return urlStartIn(s) || hostTail.MatchString(s)
}

// findURLs finds every URL in s, joining what line wrapping split. ctx is
// the text of the whole list: a join that is ambiguous is decided by what
// the rest of the document prints.
func findURLs(s, ctx string) []Found {
	var out []Found
	if !strings.Contains(s, "://") && !hasWWW(s) {
		return nil
	}
	pos := 0
	for {
		i, _ := urlStartSpan(s[pos:])
		if i < 0 {
			return out
		}
		start := pos + i
		if start == 0 {
			if e := tokenEnd(s); !strings.Contains(s[:e], "://") && strings.HasPrefix(s[e:], " (") {
				// "www.site.org. (n.d.). Title": a site named as the
				// author before the date, as Harvard generators print it.
				pos = e
				continue
			}
		}
		if e := tokenEnd(s[start:]); siteNameBeforeLink(s[start:start+e], s[start+e:]) {
			// "Www.w3schools.com. https://www.w3schools.com/js/…": the site
			// named by its host before the page's own address.
			pos = start + e
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(s[:start]); start > 0 && !unicode.IsSpace(prev) && !strings.ContainsRune("([<\"'«“:", prev) && s[start] != 'h' && s[start] != 'H' && s[start] != 'f' && s[start] != 'F' {
			// "www." inside another token (a DOI, a path) starts no URL.
			pos = start + 4
			continue
		}
		end := start + tokenEnd(s[start:])
		f := Found{Start: start}
		u := s[start:end]
		before := u
		// Join continuation tokens while the join makes a better URL.
		for {
			next, nend := nextToken(s, end)
			if next == "" {
				break
			}
			j, rule, ok := joinURL(u, next, ctx)
			if !ok && linkTargetGoesOn(s, start, u, next) {
				// "[doi](http://dx.doi.org/10.1016/j.pce.2013.01. 002)": a
				// Markdown link's target holds no space; the wrap put one.
				j, rule, ok = u+next, RuleURLSpace, true
			}
			if !ok && wordEndsLinkAtEnd(u, next, s[nend:]) {
				// "…/index.php/ wjudaism": after the slash only the path's
				// last word is printed before the entry ends.
				j, rule, ok = u+strings.TrimRight(next, "."), RuleURLSpace, true
			}
			if !ok && pathGoesOnAtEnd(u, next, s[nend:]) {
				// "https://host.kz/files/basic html/page225.html": a space
				// typed inside the path of an address that ends the entry.
				j, rule, ok = u+strings.TrimRight(next, "."), RuleURLSpace, true
			}
			if !ok && doiDigitsAtEnd(u, next, s[nend:]) {
				j, rule, ok = u+strings.TrimRight(next, "."), RuleURLSpace, true
			}
			if !ok {
				if dateToken.MatchString(next) && f.After == "" {
					f.After = strings.Trim(strings.TrimRight(next, ".,;"), "()")
					f.End = nend
				}
				break
			}
			before = s[start:nend]
			f.Repairs = append(f.Repairs, Repair{Field: "URL", Before: before, After: j, Rule: rule})
			u, end = j, nend
		}
		trimmed := trimURL(u)
		if trimmed != u && len(f.Repairs) > 0 {
			f.Repairs[len(f.Repairs)-1].After = trimmed
		}
		end -= len(u) - len(trimmed)
		u = trimmed
		if unesc := mdEscape.ReplaceAllString(u, "$1"); unesc != u {
			f.Repairs = append(f.Repairs, Repair{Field: "URL", Before: u, After: unesc, Rule: RuleMarkdownEscape})
			u = unesc
		}
		if !hasHost(u) {
			// "www." or "http://" alone names no address.
			if pos = end; pos >= len(s) {
				return out
			}
			continue
		}
		if f.End < end {
			f.End = end
		}
		f.URL = u
		f.Start, f.Label = labelBefore(s, start)
		out = append(out, f)
		pos = end
		if pos >= len(s) {
			return out
		}
	}
}

// topLevelDomains are the top-level domains a host split after its last
// dot ends in ("moluch. ru/archive"): the generic ones and those of the
// countries whose sources these lists cite.
var topLevelDomains = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "int": true, "info": true, "biz": true,
	"io": true, "pro": true, "ru": true, "kz": true, "ua": true, "by": true, "su": true, "uz": true, "kg": true,
	"tj": true, "tm": true, "az": true, "am": true, "ge": true, "md": true, "cn": true, "jp": true, "kr": true,
	"uk": true, "de": true, "fr": true, "it": true, "es": true, "pl": true, "cz": true, "eu": true, "us": true,
	"ca": true, "au": true, "br": true, "in": true, "tr": true, "nl": true, "ch": true, "se": true, "fi": true,
	"no": true, "at": true, "be": true, "il": true, "mn": true, "ir": true, "pk": true,
}

// topLevel reports whether a continuation token is a top-level domain,
// alone or followed by a port, path, query or fragment.
func topLevel(tok string) bool {
	t := strings.TrimRight(tok, ".,;–—")
	if i := strings.IndexAny(t, "/:?#"); i >= 0 {
		t = t[:i]
	} else if t != tok && len(t) < len(tok)-1 {
		return false
	}
	return topLevelDomains[t]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func endsWithDigitDot(u string) bool {
	return len(u) >= 2 && u[len(u)-1] == '.' && u[len(u)-2] >= '0' && u[len(u)-2] <= '9'
}

// hasHost reports whether a URL names a host with a dot in it.
func hasHost(u string) bool {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	i := strings.IndexByte(u, '.')
	return i > 0 && i < len(u)-1
}

// tokenEnd is the length of the run of non-space characters at s's start.
func tokenEnd(s string) int {
	for i, r := range s {
		if unicode.IsSpace(r) {
			return i
		}
	}
	return len(s)
}

// nextToken returns the token after the single run of spaces at s[i:].
func nextToken(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	if j == i || j >= len(s) {
		return "", i
	}
	k := j + tokenEnd(s[j:])
	return s[j:k], k
}

// joinURL decides whether tok continues URL u across a line wrap.
func joinURL(u, tok, ctx string) (string, string, bool) {
	tok = strings.TrimRight(tok, "–—") // an area dash glued to the token ends the URL
	t := strings.TrimRight(tok, ".,;")
	doi := doiHostEnd(u) >= 0
	chars := t
	if doi {
		chars = strings.NewReplacer("<", "", ">", "").Replace(t) // SICI DOIs: "17:3<197::AID-SMJ804>3.0.CO;2-U"
	}
	if t == "" || !urlChars.MatchString(chars) || fieldLabel.MatchString(t) || dateToken.MatchString(tok) || urlStartIn(t) {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) && !strings.ContainsAny(t, "/._") && !(strings.HasSuffix(u, "/") && pathID(t)) {
		return "", "", false
	}
	pu, err := url.Parse(strings.TrimRight(u, "-"))
	inHost := err == nil && pu.Path == "" && !strings.HasSuffix(u, "/")
	if !strings.Contains(u, "://") {
		inHost = !strings.Contains(u, "/") // "www.host." has no scheme to parse
	}
	switch {
	case strings.HasSuffix(u, "-"):
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", "", false
		}
		with, without := u+tok, strings.TrimSuffix(u, "-")+tok
		// A hyphen between digits in a DOI is its own ("(SICI)1097-
		// 0266(199603)…", an ISSN).
		keep := inHost || slugSegment(u) || doi && len(u) > 1 && isDigit(u[len(u)-2]) && unicode.IsDigit(r)
		if tail := lastSegment(strings.TrimSuffix(u, "-")); tail != "" {
			switch {
			case strings.Contains(ctx, tail+t) && !strings.Contains(ctx, tail+"-"+t):
				keep = false
			case strings.Contains(ctx, tail+"-"+t):
				keep = true
			case wordInText(ctx, wordAcross(strings.TrimSuffix(u, "-"), t)):
				keep = false // "…/titanic-stati- stics.html" where the title prints "Statistics"
			}
		}
		if keep {
			return with, RuleURLSpace, wellFormed(with)
		}
		return without, RuleURLHyphen, wellFormed(without)
	case ligatureEnd.MatchString(u) && unicode.IsLower(r) && (len(t) <= 3 || strings.ContainsAny(t, "/.")):
		return u + tok, RuleURLLigature, wellFormed(u + tok)
	case inHost && !hostHasTLD(u) && hostTailToken(t):
		// "https://www.folgerdigi taltexts.org": a host broken inside a
		// word; the part before the space ends in no top-level domain.
		return u + tok, RuleURLSpace, wellFormed(u + tok)
	case strings.HasSuffix(u, "/") || strings.HasSuffix(u, "_") || strings.HasSuffix(u, "=") || strings.HasSuffix(u, "?") || strings.HasSuffix(u, "&"):
		if !slugChars.MatchString(t) && !strings.HasPrefix(t, "#") {
			return "", "", false
		}
		return u + tok, RuleURLSpace, wellFormed(u + tok)
	case strings.HasSuffix(u, "."):
		if fileExt.MatchString(t) || (inHost && (hostTail.MatchString(lower(t)) || topLevel(t))) {
			return u + tok, RuleURLSpace, wellFormed(u + tok)
		}
		if !inHost && endsWithDigitDot(u) && (len(t) >= 3 && allDigits(t) || doiHostEnd(u) >= 0 && doiWrapTok.MatchString(t)) {
			// "abs/1708. 04825", "doi.org/10.1097/01.ju.76090. 73": a
			// number split at its dot.
			return u + tok, RuleURLSpace, wellFormed(u + tok)
		}
	}
	return "", "", false
}

// doiDigitsAtEnd reports digits split off a DOI link that ends the entry
// ("https://doi.org/10.5465/amr.2007.2435 1453"), or a suffix split after
// a dot: after a DOI nothing but its own tail is printed, and rest after it
// is empty.
func doiDigitsAtEnd(u, tok, rest string) bool {
	t := strings.TrimRight(tok, ".")
	if doiHostEnd(u) < 0 || strings.Trim(rest, " .") != "" || t == "" {
		return false
	}
	if isDigit(u[len(u)-1]) && allDigits(t) {
		return true
	}
	// "doi:10.1021/acs.iecr. 6b00398.": a suffix split after its dot; what
	// follows holds a digit and only what a DOI's suffix holds.
	digit := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		digit = digit || isDigit(c)
		if !enIsLetter(c) && !isDigit(c) && c != '-' && c != '.' {
			return false
		}
	}
	return strings.HasSuffix(u, ".") && digit
}

// pathID reports an identifier that a path segment may hold after a wrap,
// capitalised ("pii/ S1526149223000980"): letters and digits, with digits.
func pathID(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isDigit(c):
			digits++
		case !enIsLetter(c):
			return false
		}
	}
	return digits >= 4
}

// slugSegment reports whether the path segment being wrapped is a slug of
// hyphen-joined words, where a hyphen at the wrap is likely real.
func slugSegment(u string) bool {
	return strings.Contains(lastSegment(strings.TrimSuffix(u, "-")), "-")
}

func lastSegment(u string) string {
	u = stripScheme(u)
	if i := strings.LastIndexAny(u, "/_"); i >= 0 {
		return u[i+1:]
	}
	return u
}

func wellFormed(s string) bool {
	s = trimURL(s)
	if strings.HasPrefix(lower(s), "www.") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	return err == nil && strings.Contains(u.Host, ".") && !strings.ContainsAny(u.Host, " _")
}

// trimURL drops punctuation that ends the sentence, not the URL: a final
// . , ; :, the asterisks that close Markdown emphasis ("…pdf**"), and
// closing brackets that have no opening one in the URL; and an access
// statement or a language note typed without its space ("…/swift(accessed
// Apr. 07, 2024)", "…?id=13770.[In Ukrainian]").
func trimURL(u string) string {
	for _, glued := range [...]string{"(accessed", "(Accessed", ".[In", ".[in", "]("} { // "](": the target of a Markdown link printed as its text
		if i := strings.Index(u, glued); i > 0 {
			u = u[:i]
		}
	}
	for {
		n := len(u)
		u = strings.TrimRight(u, ".,;:!'\"»”*")
		for _, p := range [][2]string{{"(", ")"}, {"[", "]"}, {"<", ">"}} {
			if strings.HasSuffix(u, p[1]) && strings.Count(u, p[0]) < strings.Count(u, p[1]) {
				u = u[:len(u)-1]
			}
		}
		if len(u) == n {
			return u
		}
	}
}

var urlLabel = gate(`(?i)(?:URL|DOI|Режим доступа|Қолжетімділік режимі|Режим доступу(?: до ресурсу)?|Available (?:at|from)|Retrieved from|Access mode|Электронный адрес|Link)\s*:?\s*$`, true,
	"url", "doi", "режим", "қолжетімділік", "available", "retrieved", "access", "электронный", "link")

// labelBefore extends a URL's span back over its label ("URL:", "DOI:").
func labelBefore(s string, start int) (int, string) {
	head := tail(s[:start], 48)
	off := start - len(head)
	m := urlLabel.FindStringIndex(head)
	if m == nil {
		return start, ""
	}
	m[0] += off
	l := strings.ToUpper(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[m[0]:start]), ":")))
	switch {
	case strings.HasPrefix(l, "DOI"):
		l = "DOI"
	default:
		l = "URL"
	}
	return m[0], l
}

var (
	doiRe      = lazyRegexp(`(?i)\b10\.\d{4,9}/[^\s"<>]+`)
	doiLabel   = lazyRegexp(`(?i)\b(?:DOI|doi)\s*:?\s*(10\.\d{4,9}/[^\s"<>]+)`)
	bareDOI    = lazyRegexp(`(?:^|[\s.,;:])(10\.\d{4,9}/[^\s"<>]+?)\.?\s*$`)
	doiWrapEnd = lazyRegexp(`[./-]$`)
	doiWrapTok = lazyRegexp(`^\d[\dA-Za-z.-]*[.,;]?$`)
)

// DOIOf returns the bare DOI of a doi.org URL ("" when it is not one),
// with the trailing punctuation dropped.
func DOIOf(u string) string {
	e := doiHostEnd(u)
	if e < 0 {
		return ""
	}
	d := u[e:]
	if p, err := url.PathUnescape(d); err == nil {
		d = p
	}
	d = normalizeDOI(d)
	check := d
	if strings.Contains(check, "(SICI)") || strings.Contains(check, "(sici)") {
		check = strings.NewReplacer("<", "", ">", "").Replace(check) // a SICI suffix holds "<…>"
	}
	if !wellFormedDOI.MatchString(check) {
		return "" // a doi.org address that names no DOI ("10." prefix, "/", suffix)
	}
	return d
}

// wellFormedDOI is the DOI syntax (ISO 26324): the directory indicator
// "10.", a registrant code, "/" and a suffix.
var wellFormedDOI = lazyRegexp("^10\\.\\d{4,9}(?:\\.\\d+)*/[^\\s\"<>{}|\\\\^`]+$")

func normalizeDOI(d string) string {
	d = trimURL(d)
	if i := strings.Index(d, "/"); i > 0 {
		d = lower(d[:i]) + d[i:]
	}
	return d
}

// withoutURLs returns s with each URL found in it replaced by a space, in
// one pass: an entry of thousands of addresses is not copied once for each.
func withoutURLs(s string, urls []Found) string {
	if len(urls) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, f := range urls {
		if f.Start < last {
			continue // found spans do not overlap; guard all the same
		}
		b.WriteString(s[last:f.Start])
		b.WriteByte(' ')
		last = f.End
	}
	b.WriteString(s[last:])
	return b.String()
}

// siteNameBeforeLink reports tok, a bare host with no scheme and no path,
// that the address after it begins with: the name of the site.
func siteNameBeforeLink(tok, after string) bool {
	host := strings.ToLower(strings.TrimRight(tok, ".,;"))
	if strings.Contains(host, "://") || strings.Contains(host, "/") || !strings.Contains(host, ".") {
		return false
	}
	low := strings.ToLower(after)
	return strings.Contains(low, "://"+host+"/") || strings.Contains(low, "://"+host+" ") || strings.HasSuffix(strings.TrimRight(low, "./ "), "://"+host)
}

// linkTargetGoesOn reports a URL u that opens a Markdown link's target at
// start ("](") with no closing parenthesis yet, and a next token that
// closes it and holds only what an address holds: the target goes on.
func linkTargetGoesOn(s string, start int, u, next string) bool {
	if start < 2 || s[start-2:start] != "](" || strings.ContainsAny(u, "()") {
		return false
	}
	k := strings.IndexByte(next, ')')
	if k <= 0 || strings.ContainsAny(next[:k], "([]") {
		return false
	}
	for _, r := range next[:k] {
		if r > unicode.MaxASCII || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// wordEndsLinkAtEnd reports a link ending in a slash followed by one word
// of small Latin letters and digits that ends the entry, or stands before
// an access date in brackets: the path's last segment, wrapped.
func wordEndsLinkAtEnd(u, tok, rest string) bool {
	t := strings.TrimRight(tok, ".")
	if !strings.HasSuffix(u, "/") || len(t) < 3 || strings.ContainsRune(tok[:len(t)], '.') {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; !(c >= 'a' && c <= 'z' || isDigit(c)) {
			return false
		}
	}
	r := strings.TrimLeft(rest, " ")
	return strings.Trim(r, ".") == "" || strings.HasPrefix(r, "(") || strings.HasPrefix(r, "[")
}

// pathGoesOnAtEnd reports a token that goes on with the path of link u
// broken inside a segment, and ends the entry: small Latin letters,
// digits and the path's punctuation, with a slash of its own ("ord/",
// "html/page225.html").
func pathGoesOnAtEnd(u, tok, rest string) bool {
	t := strings.TrimRight(tok, ".")
	host := stripScheme(u)
	if strings.Trim(rest, " .") != "" || strings.HasSuffix(u, "/") || strings.HasSuffix(u, ".") || !strings.Contains(host, "/") ||
		!strings.Contains(t, "/") || strings.Contains(t, "//") || dateToken.MatchString(tok) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; !(c >= 'a' && c <= 'z' || isDigit(c) || strings.IndexByte("/._-", c) >= 0) {
			return false
		}
	}
	return true
}

// hostHasTLD reports a URL whose host ends in a top-level domain.
func hostHasTLD(u string) bool {
	h := stripScheme(u)
	if i := strings.IndexAny(h, "/?#:"); i >= 0 {
		h = h[:i]
	}
	j := strings.LastIndexByte(h, '.')
	return j >= 0 && topLevelDomains[strings.ToLower(h[j+1:])]
}

// hostTailToken reports the rest of a host and perhaps its path: small
// letters, digits and hyphens, a dot, and a top-level domain.
func hostTailToken(t string) bool {
	h := t
	if i := strings.IndexByte(h, '/'); i >= 0 {
		h = h[:i]
	}
	j := strings.LastIndexByte(h, '.')
	if j <= 0 || !topLevelDomains[h[j+1:]] {
		return false
	}
	for i := 0; i < j; i++ {
		if c := h[i]; !(c >= 'a' && c <= 'z' || isDigit(c) || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// wordAcross returns the word a wrap hyphen may have cut: the letters that
// end before and those that open after, "stati" and "stics.html" making
// "statistics".
func wordAcross(before, after string) string {
	i := len(before)
	for i > 0 && enIsLetter(before[i-1]) {
		i--
	}
	j := 0
	for j < len(after) && enIsLetter(after[j]) {
		j++
	}
	if i == len(before) || j == 0 {
		return ""
	}
	return before[i:] + after[:j]
}

// wordInText reports a word of six letters or more printed in the text as
// it is or capitalised: the evidence that a wrap hyphen cut it.
func wordInText(text, w string) bool {
	if len(w) < 6 {
		return false
	}
	return strings.Contains(text, w) || strings.Contains(text, strings.ToUpper(w[:1])+w[1:])
}
