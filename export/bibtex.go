package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ibid-project/ibid/bib"
)

// BibTeX writes items as classic BibTeX (bibtex 0.99, natbib styles,
// Zotero's and Better BibTeX's import). See writeBib for the mapping.
func BibTeX(w io.Writer, items []bib.Item, o Options) error {
	return writeBib(w, items, o, false)
}

// BibLaTeX writes items in the BibLaTeX data model (biber).
func BibLaTeX(w io.Writer, items []bib.Item, o Options) error {
	return writeBib(w, items, o, true)
}

// writeBib writes one entry per item. Entry types are only those Zotero's
// BibTeX import keeps (it drops whole entries of @standard, @www, @legal,
// @dataset, @periodical...): a CSL type with no kept counterpart is written
// as the nearest kept type with entrysubtype naming the CSL type, which
// bib.ReadBibTeX reads back.
func writeBib(w io.Writer, items []bib.Item, o Options, latex bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	keys := make(map[string]int, len(items))
	for i, it := range items {
		if i > 0 {
			bw.WriteByte('\n')
		}
		writeEntry(bw, it, uniqueKey(it, i, keys), o.ASCII, latex)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bibtex: %w", err)
	}
	return nil
}

// uniqueKey is the item's citation key (or id) with the characters BibTeX
// ends a key at replaced, made unique in the file by a numeric suffix.
func uniqueKey(it bib.Item, i int, seen map[string]int) string {
	k := it.CitationKey
	if k == "" {
		k = it.ID
	}
	if k == "" {
		k = "item" + strconv.Itoa(i+1)
	}
	k = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune(`,{}()="#%'~\`, r) {
			return '_'
		}
		return r
	}, k)
	seen[k]++
	if n := seen[k]; n > 1 {
		k += "-" + strconv.Itoa(n)
		seen[k]++
	}
	return k
}

// entryKind is the entry type and entrysubtype of a CSL type.
type entryKind struct{ bibtex, biblatex, subtype string }

// entryKinds maps CSL types to entry types Zotero's BibTeX import keeps
// (shared/clients/zotero-import-map.json, bibtex_types_kept). A type not
// listed is @misc (Zotero: document) with entrysubtype = the CSL type.
var entryKinds = map[string]entryKind{
	"article-journal":    {"article", "article", ""},
	"article-magazine":   {"article", "article", "magazine"},
	"article-newspaper":  {"article", "article", "newspaper"},
	"book":               {"book", "book", ""},
	"chapter":            {"incollection", "incollection", ""},
	"paper-conference":   {"inproceedings", "inproceedings", ""},
	"thesis":             {"phdthesis", "thesis", ""},
	"report":             {"techreport", "report", ""},
	"standard":           {"techreport", "report", "standard"},
	"webpage":            {"online", "online", ""},
	"post-weblog":        {"online", "online", "post-weblog"},
	"post":               {"online", "online", "post"},
	"patent":             {"patent", "patent", ""},
	"manuscript":         {"unpublished", "unpublished", ""},
	"document":           {"misc", "misc", ""},
	"entry-encyclopedia": {"inreference", "inreference", ""},
}

// seriesNumbered are the CSL types whose BibTeX number is the number in
// their series (collection-number).
var seriesNumbered = fields("book", "chapter", "paper-conference", "thesis", "entry-encyclopedia")

func kindOf(typ string) (string, string) {
	k, ok := entryKinds[typ]
	if !ok {
		return "misc", typ
	}
	return k.bibtex, k.subtype
}

// writeEntry writes one item. Field choices follow what Zotero's import
// reads (zotero-import-map.json): names "Family, Given" joined by "and"
// (an author without a comma is read given-first), organisations in
// double braces; language as well as langid (Zotero drops langid); url,
// doi verbatim (a \_ stays in Zotero's URL); month as a macro.
func writeEntry(b *bufio.Writer, it bib.Item, key string, ascii, latex bool) {
	typ, sub := kindOf(it.Type)
	if latex {
		typ = entryKinds[it.Type].biblatex
		if typ == "" {
			typ = "misc"
		}
	}
	if typ == "phdthesis" && isMasters(it.Genre) {
		typ = "mastersthesis"
	}
	b.WriteString("@" + typ + "{" + key + ",\n")
	f := func(name, val string) {
		if val != "" {
			b.WriteString("  " + name + " = {" + val + "},\n")
		}
	}
	text := func(s string) string { return texEscape(s, ascii) }
	list := func(s string) string { return braceAnd(texEscape(s, ascii)) }
	if sub != "" {
		f("entrysubtype", sub)
	}
	f("author", bibNames(it.Author, ascii))
	f("editor", bibNames(it.Editor, ascii))
	f("translator", bibNames(it.Translator, ascii))
	f("title", protectCase(it.Title, ascii))
	switch {
	case it.ContainerTitle == "":
	case typ == "incollection" || typ == "inproceedings" || typ == "inreference":
		f("booktitle", protectCase(it.ContainerTitle, ascii))
	case latex:
		f("journaltitle", protectCase(it.ContainerTitle, ascii))
	default:
		f("journal", protectCase(it.ContainerTitle, ascii))
	}
	f("series", protectCase(it.CollectionTitle, ascii))
	f("edition", text(it.Edition))
	f("volume", text(it.Volume))
	f("volumes", text(it.NumberOfVolumes))
	// BibTeX's number is an article's issue, a book's number in its series
	// and the number of a report, patent or standard (bib.ReadBibTeX reads
	// it back by the same rule).
	switch {
	case typ == "article":
		f("number", text(it.Issue))
	case seriesNumbered[it.Type]:
		f("number", text(it.CollectionNumber))
		f("issue", text(it.Issue))
	default:
		f("number", text(it.Number))
		f("issue", text(it.Issue))
	}
	f("pages", pageRange(text(it.Page)))
	f("pagetotal", text(it.NumberOfPages))
	switch {
	case typ == "techreport" || typ == "report":
		f("institution", list(it.Publisher))
	case typ == "phdthesis" || typ == "mastersthesis":
		f("school", list(it.Publisher))
	case typ == "thesis":
		f("institution", list(it.Publisher))
	default:
		f("publisher", list(it.Publisher))
	}
	if latex {
		f("location", list(it.PublisherPlace))
	} else {
		f("address", list(it.PublisherPlace))
	}
	writeDate(b, it.Issued, latex)
	genre := it.Genre
	if latex && genre == "" {
		// biblatex requires type of @thesis and @report.
		switch typ {
		case "thesis":
			genre = "phdthesis"
		case "report":
			genre = "techreport"
		}
	}
	f("type", text(genre))
	f("howpublished", text(it.Medium))
	f("url", verbatim(it.URL))
	f("doi", verbatim(it.DOI))
	f("isbn", text(it.ISBN))
	f("issn", text(it.ISSN))
	if it.Accessed != nil {
		f("urldate", texEscape(it.Accessed.String(), false)) // ISO 8601, or as printed
	}
	f("language", text(it.Language))
	if latex {
		f("langid", babelLanguage(it.Language))
	}
	f("chapter", text(it.Section))
	f("keywords", text(it.Keyword))
	f("note", text(it.Note))
	b.WriteString("}\n")
}

// isMasters tells a master's thesis by its genre.
func isMasters(genre string) bool {
	g := strings.ToLower(genre)
	return strings.Contains(g, "master") || strings.Contains(g, "магистр")
}

// writeDate writes the date of issue: biblatex's ISO date field; BibTeX's
// year and month macro, plus date when there is a day or a range (Zotero
// and biblatex read it; bibtex ignores it). A date that was not read is
// written as printed, in year.
func writeDate(b *bufio.Writer, d *bib.Date, latex bool) {
	if d == nil {
		return
	}
	if len(d.Parts) == 0 {
		if d.Literal != "" {
			b.WriteString("  year = {" + texEscape(d.Literal, false) + "},\n")
		}
		return
	}
	if latex {
		b.WriteString("  date = {" + d.String() + "},\n")
		return
	}
	p := d.Parts[0]
	b.WriteString("  year = {" + strconv.Itoa(p[0]) + "},\n")
	if len(p) > 1 && p[1] >= 1 && p[1] <= 12 {
		b.WriteString("  month = " + monthMacros[p[1]-1] + ",\n")
	}
	if len(p) > 2 || len(d.Parts) > 1 {
		b.WriteString("  date = {" + d.String() + "},\n")
	}
}

var monthMacros = [12]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// babelLanguage is biblatex's langid for a CSL language code.
func babelLanguage(code string) string {
	lang, _, _ := strings.Cut(strings.ToLower(code), "-")
	switch lang {
	case "ru":
		return "russian"
	case "kk":
		return "kazakh"
	case "en":
		return "english"
	case "uk":
		return "ukrainian"
	case "de":
		return "german"
	case "fr":
		return "french"
	case "zh":
		return "chinese"
	}
	return ""
}

// pageRange writes a range with BibTeX's en dash, "--".
func pageRange(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if (r == '-' || r == '–' || r == '—') && i > 0 && i+1 < len(rs) && rs[i-1] != '-' && rs[i+1] != '-' {
			b.WriteString("--")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// bibNames joins names with "and", each written "Family, Given" (or
// "von Family, Jr, Given"): a name without a comma is read given-first
// by BibTeX and by Zotero. An organisation is braced whole, so it is
// neither split nor reordered.
func bibNames(ns []bib.Name, ascii bool) string {
	var parts []string
	for _, n := range ns {
		if n.Literal != "" {
			e := texEscape(n.Literal, ascii)
			if strings.HasPrefix(e, `\`) {
				e = "{" + e + "}" // "{\" would open a special character
			}
			parts = append(parts, "{"+e+"}")
			continue
		}
		family, particle := n.Family, n.NonDropping
		if particle != "" && (family == "" || !plainParticle(particle, ascii)) {
			// Only a lower-case particle of plain words is read back as
			// one: another goes inside the braced family name.
			family, particle = strings.TrimSpace(particle+" "+family), ""
		}
		fam := texEscape(family, ascii)
		if strings.ContainsAny(fam, " ,~") || startsLower(family) || fam == "" {
			fam = "{" + fam + "}"
		}
		if particle != "" {
			fam = texEscape(particle, ascii) + " " + fam
		}
		s := fam
		if n.Suffix != "" {
			s += ", " + namePart(n.Suffix, ascii)
		}
		giv := strings.TrimSpace(n.Given + " " + n.DroppingParticle)
		if giv != "" || n.Suffix != "" {
			s += ", " + namePart(giv, ascii)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " and ")
}

// plainParticle: every word of the particle starts lower-case, so
// BibTeX reads it as the "von" part.
func plainParticle(p string, ascii bool) bool {
	for _, w := range strings.Fields(p) {
		if !startsLower(w) {
			return false
		}
	}
	return namePart(p, ascii) == texEscape(p, ascii) && !strings.ContainsAny(p, "\u00a0{}")
}

// namePart escapes a part of a name, braced when it holds a word "and"
// (which would split the name in two) or a comma.
func namePart(s string, ascii bool) string {
	e := texEscape(s, ascii)
	if strings.Contains(e, ",") || strings.Contains(strings.ToLower(" "+e+" "), " and ") {
		return "{" + e + "}"
	}
	return e
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// braceAnd protects a value of a biblatex list field (publisher,
// institution, location) that contains "and": unbraced, "Center for Arts
// and Culture" is two institutions.
func braceAnd(s string) string {
	if strings.Contains(strings.ToLower(s), " and ") {
		return "{" + s + "}"
	}
	return s
}

// verbatim writes a url or doi field: no escapes (biber prints a
// backslash, Zotero keeps it in the URL), only braces percent-encoded.
func verbatim(s string) string {
	return braceEncoder.Replace(s)
}

var braceEncoder = strings.NewReplacer("{", "%7B", "}", "%7D")

// protectCase escapes a title and braces each word a style must not
// lower-case: every word with a capital letter but a plain capitalised
// first word. Titles keep the case they were printed in (DESIGN.md), and
// Better BibTeX sentence-cases English titles on import unless protected.
// Punctuation around a word stays outside its braces ("{Asia}:").
func protectCase(s string, ascii bool) string {
	var b strings.Builder
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if !needsProtection(w, i == 0) {
			b.WriteString(texEscape(w, ascii))
			continue
		}
		lead := strings.IndexFunc(w, isWordRune)
		tail := strings.LastIndexFunc(w, isWordRune)
		_, n := utf8.DecodeRuneInString(w[tail:])
		b.WriteString(texEscape(w[:lead], ascii))
		b.WriteString("{" + texEscape(w[lead:tail+n], ascii) + "}")
		b.WriteString(texEscape(w[tail+n:], ascii))
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// needsProtection: an acronym or mixed-case word anywhere (NATO, iPhone,
// U.S.), any capitalised word after the first (proper nouns in sentence
// case, every word in title case).
func needsProtection(w string, first bool) bool {
	upper := 0
	for i, r := range w {
		if unicode.IsUpper(r) {
			upper++
			if i > 0 || !first {
				return true
			}
		}
	}
	return upper > 1
}

// texEscape escapes the characters special to TeX and BibTeX; with ascii,
// non-ASCII letters become LaTeX commands (T2A names for Cyrillic).
// A no-break space is "~" either way.
func texEscape(s string, ascii bool) string {
	if !needsEscape(s, ascii) {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if r == prev && (r == '-' || r == '`' || r == '\'') {
			b.WriteString("{}") // "--", "``", "''" are TeX ligatures: a dash, quotes
		}
		prev = r
		switch r {
		case '&', '%', '$', '#', '_', '{', '}':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '~':
			b.WriteString(`{\textasciitilde}`)
		case '^':
			b.WriteString(`{\textasciicircum}`)
		case '\\':
			b.WriteString(`{\textbackslash}`)
		case '\u00a0':
			b.WriteByte('~')
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			if t, ok := texOf[r]; ok && ascii {
				b.WriteString(t)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func needsEscape(s string, ascii bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("&%$#_{}~^\\\n\r\t", c) >= 0 || c == 0xC2 || (ascii && c >= 0x80) {
			return true
		}
		if (c == '-' || c == '`' || c == '\'') && i+1 < len(s) && s[i+1] == c {
			return true
		}
	}
	return false
}

// texOf is the LaTeX command of a non-ASCII character for --ascii
// output: accented Latin letters (LaTeX accent commands), Cyrillic
// letters (T2A names after \cyrchar, the form Better BibTeX reads) and
// typographic marks. Generated from the Unicode decompositions.
var texOf = map[rune]string{
	'À': "{\\`A}",
	'Á': "{\\'A}",
	'Â': "{\\^A}",
	'Ã': "{\\~A}",
	'Ä': "{\\\"A}",
	'Å': "{\\r A}",
	'Ç': "{\\c C}",
	'È': "{\\`E}",
	'É': "{\\'E}",
	'Ê': "{\\^E}",
	'Ë': "{\\\"E}",
	'Ì': "{\\`I}",
	'Í': "{\\'I}",
	'Î': "{\\^I}",
	'Ï': "{\\\"I}",
	'Ñ': "{\\~N}",
	'Ò': "{\\`O}",
	'Ó': "{\\'O}",
	'Ô': "{\\^O}",
	'Õ': "{\\~O}",
	'Ö': "{\\\"O}",
	'Ù': "{\\`U}",
	'Ú': "{\\'U}",
	'Û': "{\\^U}",
	'Ü': "{\\\"U}",
	'Ý': "{\\'Y}",
	'à': "{\\`a}",
	'á': "{\\'a}",
	'â': "{\\^a}",
	'ã': "{\\~a}",
	'ä': "{\\\"a}",
	'å': "{\\r a}",
	'ç': "{\\c c}",
	'è': "{\\`e}",
	'é': "{\\'e}",
	'ê': "{\\^e}",
	'ë': "{\\\"e}",
	'ì': "{\\`i}",
	'í': "{\\'i}",
	'î': "{\\^i}",
	'ï': "{\\\"i}",
	'ñ': "{\\~n}",
	'ò': "{\\`o}",
	'ó': "{\\'o}",
	'ô': "{\\^o}",
	'õ': "{\\~o}",
	'ö': "{\\\"o}",
	'ù': "{\\`u}",
	'ú': "{\\'u}",
	'û': "{\\^u}",
	'ü': "{\\\"u}",
	'ý': "{\\'y}",
	'ÿ': "{\\\"y}",
	'Ā': "{\\=A}",
	'ā': "{\\=a}",
	'Ă': "{\\u A}",
	'ă': "{\\u a}",
	'Ą': "{\\k A}",
	'ą': "{\\k a}",
	'Ć': "{\\'C}",
	'ć': "{\\'c}",
	'Ĉ': "{\\^C}",
	'ĉ': "{\\^c}",
	'Ċ': "{\\.C}",
	'ċ': "{\\.c}",
	'Č': "{\\v C}",
	'č': "{\\v c}",
	'Ď': "{\\v D}",
	'ď': "{\\v d}",
	'Ē': "{\\=E}",
	'ē': "{\\=e}",
	'Ĕ': "{\\u E}",
	'ĕ': "{\\u e}",
	'Ė': "{\\.E}",
	'ė': "{\\.e}",
	'Ę': "{\\k E}",
	'ę': "{\\k e}",
	'Ě': "{\\v E}",
	'ě': "{\\v e}",
	'Ĝ': "{\\^G}",
	'ĝ': "{\\^g}",
	'Ğ': "{\\u G}",
	'ğ': "{\\u g}",
	'Ġ': "{\\.G}",
	'ġ': "{\\.g}",
	'Ģ': "{\\c G}",
	'ģ': "{\\c g}",
	'Ĥ': "{\\^H}",
	'ĥ': "{\\^h}",
	'Ĩ': "{\\~I}",
	'ĩ': "{\\~i}",
	'Ī': "{\\=I}",
	'ī': "{\\=i}",
	'Ĭ': "{\\u I}",
	'ĭ': "{\\u i}",
	'Į': "{\\k I}",
	'į': "{\\k i}",
	'İ': "{\\.I}",
	'Ĵ': "{\\^J}",
	'ĵ': "{\\^j}",
	'Ķ': "{\\c K}",
	'ķ': "{\\c k}",
	'Ĺ': "{\\'L}",
	'ĺ': "{\\'l}",
	'Ļ': "{\\c L}",
	'ļ': "{\\c l}",
	'Ľ': "{\\v L}",
	'ľ': "{\\v l}",
	'Ń': "{\\'N}",
	'ń': "{\\'n}",
	'Ņ': "{\\c N}",
	'ņ': "{\\c n}",
	'Ň': "{\\v N}",
	'ň': "{\\v n}",
	'Ō': "{\\=O}",
	'ō': "{\\=o}",
	'Ŏ': "{\\u O}",
	'ŏ': "{\\u o}",
	'Ő': "{\\H O}",
	'ő': "{\\H o}",
	'Ŕ': "{\\'R}",
	'ŕ': "{\\'r}",
	'Ŗ': "{\\c R}",
	'ŗ': "{\\c r}",
	'Ř': "{\\v R}",
	'ř': "{\\v r}",
	'Ś': "{\\'S}",
	'ś': "{\\'s}",
	'Ŝ': "{\\^S}",
	'ŝ': "{\\^s}",
	'Ş': "{\\c S}",
	'ş': "{\\c s}",
	'Š': "{\\v S}",
	'š': "{\\v s}",
	'Ţ': "{\\c T}",
	'ţ': "{\\c t}",
	'Ť': "{\\v T}",
	'ť': "{\\v t}",
	'Ũ': "{\\~U}",
	'ũ': "{\\~u}",
	'Ū': "{\\=U}",
	'ū': "{\\=u}",
	'Ŭ': "{\\u U}",
	'ŭ': "{\\u u}",
	'Ů': "{\\r U}",
	'ů': "{\\r u}",
	'Ű': "{\\H U}",
	'ű': "{\\H u}",
	'Ų': "{\\k U}",
	'ų': "{\\k u}",
	'Ŵ': "{\\^W}",
	'ŵ': "{\\^w}",
	'Ŷ': "{\\^Y}",
	'ŷ': "{\\^y}",
	'Ÿ': "{\\\"Y}",
	'Ź': "{\\'Z}",
	'ź': "{\\'z}",
	'Ż': "{\\.Z}",
	'ż': "{\\.z}",
	'Ž': "{\\v Z}",
	'ž': "{\\v z}",
	'Ḃ': "{\\.B}",
	'ḃ': "{\\.b}",
	'Ḋ': "{\\.D}",
	'ḋ': "{\\.d}",
	'Ḑ': "{\\c D}",
	'ḑ': "{\\c d}",
	'Ḟ': "{\\.F}",
	'ḟ': "{\\.f}",
	'Ḡ': "{\\=G}",
	'ḡ': "{\\=g}",
	'Ḣ': "{\\.H}",
	'ḣ': "{\\.h}",
	'Ḧ': "{\\\"H}",
	'ḧ': "{\\\"h}",
	'Ḩ': "{\\c H}",
	'ḩ': "{\\c h}",
	'Ḱ': "{\\'K}",
	'ḱ': "{\\'k}",
	'Ḿ': "{\\'M}",
	'ḿ': "{\\'m}",
	'Ṁ': "{\\.M}",
	'ṁ': "{\\.m}",
	'Ṅ': "{\\.N}",
	'ṅ': "{\\.n}",
	'Ṕ': "{\\'P}",
	'ṕ': "{\\'p}",
	'Ṗ': "{\\.P}",
	'ṗ': "{\\.p}",
	'Ṙ': "{\\.R}",
	'ṙ': "{\\.r}",
	'Ṡ': "{\\.S}",
	'ṡ': "{\\.s}",
	'Ṫ': "{\\.T}",
	'ṫ': "{\\.t}",
	'Ṽ': "{\\~V}",
	'ṽ': "{\\~v}",
	'Ẁ': "{\\`W}",
	'ẁ': "{\\`w}",
	'Ẃ': "{\\'W}",
	'ẃ': "{\\'w}",
	'Ẅ': "{\\\"W}",
	'ẅ': "{\\\"w}",
	'Ẇ': "{\\.W}",
	'ẇ': "{\\.w}",
	'Ẋ': "{\\.X}",
	'ẋ': "{\\.x}",
	'Ẍ': "{\\\"X}",
	'ẍ': "{\\\"x}",
	'Ẏ': "{\\.Y}",
	'ẏ': "{\\.y}",
	'Ẑ': "{\\^Z}",
	'ẑ': "{\\^z}",
	'ẗ': "{\\\"t}",
	'ẘ': "{\\r w}",
	'ẙ': "{\\r y}",
	'Ẽ': "{\\~E}",
	'ẽ': "{\\~e}",
	'Ỳ': "{\\`Y}",
	'ỳ': "{\\`y}",
	'Ỹ': "{\\~Y}",
	'ỹ': "{\\~y}",
	'ß': "{\\ss}",
	'æ': "{\\ae}",
	'Æ': "{\\AE}",
	'ø': "{\\o}",
	'Ø': "{\\O}",
	'ł': "{\\l}",
	'Ł': "{\\L}",
	'đ': "{\\dj}",
	'Đ': "{\\DJ}",
	'ı': "{\\i}",
	'œ': "{\\oe}",
	'Œ': "{\\OE}",
	'А': "{\\cyrchar\\CYRA}",
	'а': "{\\cyrchar\\cyra}",
	'Б': "{\\cyrchar\\CYRB}",
	'б': "{\\cyrchar\\cyrb}",
	'В': "{\\cyrchar\\CYRV}",
	'в': "{\\cyrchar\\cyrv}",
	'Г': "{\\cyrchar\\CYRG}",
	'г': "{\\cyrchar\\cyrg}",
	'Д': "{\\cyrchar\\CYRD}",
	'д': "{\\cyrchar\\cyrd}",
	'Е': "{\\cyrchar\\CYRE}",
	'е': "{\\cyrchar\\cyre}",
	'Ж': "{\\cyrchar\\CYRZH}",
	'ж': "{\\cyrchar\\cyrzh}",
	'З': "{\\cyrchar\\CYRZ}",
	'з': "{\\cyrchar\\cyrz}",
	'И': "{\\cyrchar\\CYRI}",
	'и': "{\\cyrchar\\cyri}",
	'Й': "{\\cyrchar\\CYRISHRT}",
	'й': "{\\cyrchar\\cyrishrt}",
	'К': "{\\cyrchar\\CYRK}",
	'к': "{\\cyrchar\\cyrk}",
	'Л': "{\\cyrchar\\CYRL}",
	'л': "{\\cyrchar\\cyrl}",
	'М': "{\\cyrchar\\CYRM}",
	'м': "{\\cyrchar\\cyrm}",
	'Н': "{\\cyrchar\\CYRN}",
	'н': "{\\cyrchar\\cyrn}",
	'О': "{\\cyrchar\\CYRO}",
	'о': "{\\cyrchar\\cyro}",
	'П': "{\\cyrchar\\CYRP}",
	'п': "{\\cyrchar\\cyrp}",
	'Р': "{\\cyrchar\\CYRR}",
	'р': "{\\cyrchar\\cyrr}",
	'С': "{\\cyrchar\\CYRS}",
	'с': "{\\cyrchar\\cyrs}",
	'Т': "{\\cyrchar\\CYRT}",
	'т': "{\\cyrchar\\cyrt}",
	'У': "{\\cyrchar\\CYRU}",
	'у': "{\\cyrchar\\cyru}",
	'Ф': "{\\cyrchar\\CYRF}",
	'ф': "{\\cyrchar\\cyrf}",
	'Х': "{\\cyrchar\\CYRH}",
	'х': "{\\cyrchar\\cyrh}",
	'Ц': "{\\cyrchar\\CYRC}",
	'ц': "{\\cyrchar\\cyrc}",
	'Ч': "{\\cyrchar\\CYRCH}",
	'ч': "{\\cyrchar\\cyrch}",
	'Ш': "{\\cyrchar\\CYRSH}",
	'ш': "{\\cyrchar\\cyrsh}",
	'Щ': "{\\cyrchar\\CYRSHCH}",
	'щ': "{\\cyrchar\\cyrshch}",
	'Ъ': "{\\cyrchar\\CYRHRDSN}",
	'ъ': "{\\cyrchar\\cyrhrdsn}",
	'Ы': "{\\cyrchar\\CYRERY}",
	'ы': "{\\cyrchar\\cyrery}",
	'Ь': "{\\cyrchar\\CYRSFTSN}",
	'ь': "{\\cyrchar\\cyrsftsn}",
	'Э': "{\\cyrchar\\CYREREV}",
	'э': "{\\cyrchar\\cyrerev}",
	'Ю': "{\\cyrchar\\CYRYU}",
	'ю': "{\\cyrchar\\cyryu}",
	'Я': "{\\cyrchar\\CYRYA}",
	'я': "{\\cyrchar\\cyrya}",
	'Ё': "{\\cyrchar\\CYRYO}",
	'ё': "{\\cyrchar\\cyryo}",
	'Ә': "{\\cyrchar\\CYRSCHWA}",
	'ә': "{\\cyrchar\\cyrschwa}",
	'Ғ': "{\\cyrchar\\CYRGHCRS}",
	'ғ': "{\\cyrchar\\cyrghcrs}",
	'Қ': "{\\cyrchar\\CYRKDSC}",
	'қ': "{\\cyrchar\\cyrkdsc}",
	'Ң': "{\\cyrchar\\CYRNDSC}",
	'ң': "{\\cyrchar\\cyrndsc}",
	'Ө': "{\\cyrchar\\CYROTLD}",
	'ө': "{\\cyrchar\\cyrotld}",
	'Ұ': "{\\cyrchar\\CYRYHCRS}",
	'ұ': "{\\cyrchar\\cyryhcrs}",
	'Ү': "{\\cyrchar\\CYRY}",
	'ү': "{\\cyrchar\\cyry}",
	'Һ': "{\\cyrchar\\CYRSHHA}",
	'һ': "{\\cyrchar\\cyrshha}",
	'І': "{\\cyrchar\\CYRII}",
	'і': "{\\cyrchar\\cyrii}",
	'Є': "{\\cyrchar\\CYRIE}",
	'є': "{\\cyrchar\\cyrie}",
	'Ї': "{\\cyrchar\\CYRYI}",
	'ї': "{\\cyrchar\\cyryi}",
	'Ў': "{\\cyrchar\\CYRUSHRT}",
	'ў': "{\\cyrchar\\cyrushrt}",
	'Ґ': "{\\cyrchar\\CYRGUP}",
	'ґ': "{\\cyrchar\\cyrgup}",
	'Ђ': "{\\cyrchar\\CYRDJE}",
	'ђ': "{\\cyrchar\\cyrdje}",
	'Ј': "{\\cyrchar\\CYRJE}",
	'ј': "{\\cyrchar\\cyrje}",
	'Љ': "{\\cyrchar\\CYRLJE}",
	'љ': "{\\cyrchar\\cyrlje}",
	'Њ': "{\\cyrchar\\CYRNJE}",
	'њ': "{\\cyrchar\\cyrnje}",
	'Ћ': "{\\cyrchar\\CYRTSHE}",
	'ћ': "{\\cyrchar\\cyrtshe}",
	'Џ': "{\\cyrchar\\CYRDZHE}",
	'џ': "{\\cyrchar\\cyrdzhe}",
	'Ѕ': "{\\cyrchar\\CYRDZE}",
	'ѕ': "{\\cyrchar\\cyrdze}",
	'’': "{\\textquoteright}",
	'‘': "{\\textquoteleft}",
	'“': "{\\textquotedblleft}",
	'”': "{\\textquotedblright}",
	'«': "{\\guillemotleft}",
	'»': "{\\guillemotright}",
	'–': "{\\textendash}",
	'—': "{\\textemdash}",
	'№': "{\\textnumero}",
	'…': "{\\ldots}",
	'„': "{\\quotedblbase}",
	'§': "{\\S}",
	'©': "{\\copyright}",
	'°': "{\\textdegree}",
}
