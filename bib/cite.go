package bib

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MarkerKind says how an in-text citation points at the reference list.
type MarkerKind int

const (
	// MarkerNumeric is a bracketed list number: [1], [1, p. 5], [3–7], [1; 3].
	MarkerNumeric MarkerKind = iota + 1
	// MarkerAuthorDate names an author and a year: (Nye, 2004), [Иванов, 2010, с. 5].
	MarkerAuthorDate
	// MarkerFootnote is a note sign: [^1], <sup>1</sup>, or a digit glued to a word.
	MarkerFootnote
	// MarkerIbid points back to the citation before it: [Там же, с. 5],
	// (Ibid., p. 7).
	MarkerIbid
	// MarkerNarrative names the author in the sentence and the year in
	// parentheses: "Иванов (2010) показал", "Nye (2004: 15)". It is weak
	// evidence (a place may stand before a year too), so it only ever
	// counts an entry as cited.
	MarkerNarrative
)

// String names the kind the way ibid check's JSON output does.
func (k MarkerKind) String() string {
	switch k {
	case MarkerNumeric:
		return "numeric"
	case MarkerAuthorDate:
		return "author-date"
	case MarkerFootnote:
		return "footnote"
	case MarkerNarrative:
		return "narrative"
	case MarkerIbid:
		return "ibid"
	}
	return "unknown"
}

// Marker is one in-text citation as printed in the body of an article.
type Marker struct {
	Line, Col int    // 1-based; Col counts characters (runes), not bytes
	Raw       string // the marker exactly as printed: "[1, p. 5]", "(Nye, 2004)"
	Nums      []int  // the list numbers cited, a range expanded: [3-7] → 3 4 5 6 7
	// Page is the cited page when the marker cites one work ("5", "12-14").
	Page string
	// Pages holds the page cited for each number in Nums ("" when none),
	// for markers that cite several works with pages: [1, с. 5; 3, с. 7].
	Pages []string
	// Locator is a place in the work that is not a page and is not checked:
	// an archive sheet "л. 27 об.", a column "стб. 45", a chapter "гл. 3".
	Locator string
	Author  string // the author named by an author-date marker, as printed
	Year    string // its year as printed ("2004", "2004a"); empty for [Вейнберг: 32]
	Kind    MarkerKind
	// Attached is true when the marker is glued to the character before
	// it ("power[24]"), false when a space separates them ("power. [24]").
	// Two interleaved runs of notes often differ in exactly this.
	Attached bool
	// Range is true when the marker prints a range of numbers ("[3-7]").
	Range bool
	// RangeEnd is the printed end of a range even when it runs past the list.
	RangeEnd int
	// Paren is true for list numbers printed in parentheses, as some
	// journals print them ("(1, 5 б.)", "(3; 4)"): a numeric marker only
	// in a text that cites so (see Check).
	Paren bool
}

// maxListNumber bounds list numbers: a bracketed number above it is a year
// in prose ("[2010]"), not a citation.
const maxListNumber = 999

var (
	// citeBracketRe finds innermost square brackets, so that in an aside
	// "[that produce soft power[24]]" only the inner [24] is a candidate.
	citeBracketRe = lazyRegexp(`\[[^\[\]]*\]`)
	// citeParenRe finds innermost parentheses for author-date markers.
	citeParenRe = lazyRegexp(`\([^()]*\)`)
	// citeNarrativeRe is a family name followed by a year in parentheses,
	// or in square brackets where the paper cites in brackets ("Н. Д.
	// Арутюнова [1999: 920]"). "Chemers et al. (2001)", "Иванов и др.
	// (2010)" and "Round and Williams (2012)" name the first author.
	// The second of two authors may have initials ("Л. Мацько та Л.
	// Кравець (2007)"); more years of the author may follow the first
	// ("С. Шевчука (2015; 2019)"), each a citation of its own.
	citeNarrativeRe = lazyRegexp(`(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*-?)(?:\s+(?:and|и|і|та|&)\s+(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:et al\.|и др\.|и соавт\.))?\s+(?:\(|\[)((?:1[5-9]|20)\d\d[a-zа-я]?)` + citeYearWord + `((?:\s*[;,]\s*(?:1[5-9]|20)\d\d[a-zа-я]?)*)(?:\s*[,:]\s*(?:(?:[PpСсБбSsCсРр]|[Pp]p)\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?))?(?:\)|\])`)
	// citeYearsRe is a year of the further years of a narrative citation.
	citeYearsRe = lazyRegexp(`(?:1[5-9]|20)\d\d[a-zа-я]?`)
	// citeIbidRe is an in-text Ibid.: "Там же, с. 5", "Ibid., p. 7", "Сонда, 12 б.",
	// and with a full stop before the page as Tomsk journals print it: "Там же. С. 5";
	// in either case, and in Ukrainian ("там само, арк. 41"), Belarusian ("Тамсама"),
	// Kyrgyz ("Ошол эле жерде, 47-б.") and Tatar ("Шунда ук, 52 б.").
	// A volume may stand before the page: "Сонда, 4-т., 121 б.", "Там же, т. 2, с. 5".
	citeIbidRe = lazyRegexp(`^(?i:там же|там само|тамсама|ibid\.?|ibidem|сонда|sonda|сол жерде|ошол эле жерде|ошол жерде|шунда ук)` + citeIbidVolume + `?\s*(?:[,:.]\s*(?:(?:[PpСсБбSsCсРр]|[Pp]p|стр|сс|бб|ss)\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?)(?:\s*-?\s*(?:б|бет|b|bet)\.?)?)?\.?$`)
	// citeSupDigitsRe is a note number in Unicode superscript digits:
	// "власти¹²", and after a per cent sign, which takes no exponent: "20 %²".
	// A Vancouver article prints lists and ranges so: "ожирения⁴˒⁵", "¹⁻³", "⁶,⁷".
	citeSupDigitsRe = lazyRegexp(`[\p{L}\p{N}»”"')\].,;:%]([¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[˒,⁻–][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)`)
	// citeSupRe is an HTML superscript note sign, or the numbers a Vancouver
	// article prints in superscript: "<sup>1</sup>", "<sup>1,3–5</sup>".
	// A web page links the sign to its note: "<sup><a href="#fn1">1</a></sup>".
	citeSupRe = lazyRegexp(`<sup>\s*(?:<a\b[^<>]*>\s*)?(\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*)\s*(?:</a>\s*)?</sup>`)
	// citeLinkNoteRe is a note sign as Google Docs exports it to Markdown:
	// "[[1]](#ftnt1)"; its note opens with "[[1]](#ftnt_ref1)". Word's HTML
	// export through Pandoc escapes the inner brackets: "[\[1\]](#_ftn1)".
	// Word's own HTML links the sign to its note by the anchor, whatever
	// the link holds: "<a href="#_ftn1" name="_ftnref1"><span …>[1]</span></a>",
	// and so does LibreOffice's: "<a class="sdfootnoteanc" …
	// href="#sdfootnote1sym"><sup>1</sup></a>".
	// A legal database prints the sign as an asterisk and the number in
	// parentheses glued to the word or mark before it: "министром*(2)."
	// (group 3; the character before the asterisk is in the match);
	// another prints it in angle brackets after a space: "над вещью <1>."
	// (group 4).
	citeLinkNoteRe = lazyRegexp(`\[\\?\[(\d{1,3})\\?\]\]\(#[^()\s]*\)|<a\b[^<>]*\bhref="?#(?:_?(?:ftn|edn)|ftnt|sd(?:foot|end)note)(\d{1,3})(?:sym)?"?[^<>]*>(?:<[^<>]*>|[^<])*?</a>|[\p{L}\p{N}»”")\].,;:]\*\((\d{1,3})\)|<(\d{1,3})>`)
	// citeCaretRe is a superscript as Pandoc Markdown writes it: "^1^",
	// "^1,3–5^" (and as DOCX converters leave it).
	citeCaretRe = lazyRegexp(`\^(\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*)\^`)
	// citeGluedAbbrRe is a note number glued to the abbreviation of a year
	// or century: "в 1949 г.8", "XIX в.12", "1930-е гг.3".
	citeGluedAbbrRe = lazyRegexp(`(?:\d{4}(?:-е)?|[IVXL]+)\s*(?:гг?|вв?|ж|ғғ)\.(\d{1,3})(?:[\s.,;:!?)]|$)`)
	// citeGluedRe is a note number glued to a lower-case word or a closing
	// quote or bracket or a per cent sign, as a superscript reads once it is
	// flattened to text: "власти12", "словами»3", "10 %4)". It must be
	// followed by a space, punctuation or the line end. A Vancouver
	// article's superscript list or range reads the same once flattened:
	// "заболеваний1,2", "когортах3–5". After a Cyrillic abbreviation in
	// capitals a number of two or three figures before punctuation is a
	// sign too ("конвенциях ООН180."), where one figure is the
	// abbreviation's own ("(СД2)", "ЦД2 типу"); after a Latin one it is a
	// formula's or a name's ("CO2", "G20").
	citeGluedRe = lazyRegexp(`(\p{Ll}{3,}|\p{Lu}{2,}|[»”"')%])([.,;:]?)(\d{1,3}(?:(?:,|[–—-])\d{1,3})*)(?:[\s.,;:!?)]|$)`)

	// citeWorkRe is a work number or a range of them: "1", "3-7", "3–7".
	citeWorkRe = lazyRegexp(`^(\d{1,4})(?:\s*[-–—‒]\s*(\d{1,4}))?$`)
	// citePageRe is a page with its abbreviation, before the number ("p. 5",
	// "с. 12–14", "pp.5-7"; "р." is a Cyrillic typo for "p.") or after it, as
	// Kazakh writes it ("25 б.", "25-б."); a Latin "c." typed for "с." is read
	// too, and "b." (bet) of Kazakh and Uzbek in the Latin alphabet ("[3, b.
	// 112]"), the Tajik "саҳ." (саҳифа), and the Ukrainian "стор.", and "сс." for several pages ("сс. 45–47").
	// A page may be followed by "and the next ones": "с. 45 и сл.", "с. 45 и
	// далее", "p. 45 ff.", "p. 45 et seq.", or by a stray full stop: "[5, с. 12.]".
	citePageRe = lazyRegexp(`^(?:(?:[PpСсБбSsCcсРрBb]|[Pp]p|стр|Стр|стор|Стор|сс|бб|ss|бет|саҳ|Саҳ)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)(?:\s+(?:(?:и\s+)?сл(?:ед)?\.|и\s+далее|ff?\.|et\s+seq\.)|\s*\.)?|(\d+(?:\s*[-–—]\s*\d+)?)\s*-?\s*(?:б|бет|беттер|бб|с|p|pp|b|bb|bet)\.?)$`)
	// citeWorkPageRe is a work number and its page with no comma between.
	citeWorkPageRe = lazyRegexp(`^(\d{1,4})\s+(?:[PpСсБбSsCсРр]|[Pp]p|стр|Стр)\.\s*(\d+(?:\s*[-–—]\s*\d+)?)$`)
	// citeOtherLocatorRe is a locator that is not a page and is not checked:
	// an archive fond, inventory, file and sheet "ф. Р-3", "оп. 1", "д. 45",
	// "л. 5 об.", "лл. 5–7", in Ukrainian "спр. 148", "арк. 12 зв.", a column
	// "стб. 12", a chapter, section, paragraph or article "гл. 3", "§ 2",
	// "ст. 15", an illustration "ил. 3", "fol. 12v"; a reverse of a sheet is
	// "об.", Ukrainian "зв.", Belarusian "адв.".
	// An article may carry a dotted number ("ст. 39.9"); "passim" cites
	// the whole work; a statement of a mathematical work is named in
	// words ("теорема 2", "лемма 3.1", "Theorem 4", "Prop. 2").
	citeOtherLocatorRe = lazyRegexp(`(?i)^(?:лл?|ф|оп|д|спр|арк|стб|ст|гл|разд|п|пп|ил|ch|chap|sec|para|art|fol|ff)\.\s*(?:\p{Lu}-?)?\d+(?:\.\d+)*[a-zа-я]?(?:\s*[-–—]\s*\d+(?:\.\d+)*[a-zа-я]?)?(?:\s*(?:об|зв|адв)\.?)?$|^§\s*\d+(?:\.\d+)*$|^passim\.?$|^(?:теорем[аы]|лемм[аы]|следствие|утверждение|предложение|определение|замечание|пример|глава|раздел|параграф|формула|theorem|lemma|corollary|proposition|definition|remark|example|chapter|section|(?:thm|lem|prop|cor|def|eq)\.)\s*(?:\d+(?:\.\d+)*|[IVXLC]+)(?:\s*[-–—]\s*\d+(?:\.\d+)*)?$`)
	// citeLooseLocatorRe is a locator of a form not listed above: an
	// abbreviation or two with a number, and perhaps an abbreviation after
	// it ("кол. 12", "вып. 3", "прил. 2", "табл. 4", "л. 3 об.", "Sec. III"), read as a
	// locator that is not checked rather than losing the whole marker.
	citeLooseLocatorRe = lazyRegexp(`^\p{L}{1,8}\.(?:\s*\p{L}{1,8}\.)*\s*(?:(?:\p{Lu}-?)?\d+(?:\.\d+)*\p{Ll}?(?:\s*[-–—]\s*\d+(?:\.\d+)*\p{Ll}?)?|[IVXLC]+)(?:\s+\p{Ll}{1,4}\.)*$`)
	// citeLooseSeeRe is a prefix of lower-case words ending in a colon
	// before the numbers, of a form not listed in citeSeeWords: "гл.: 8",
	// "сравн.: 3", "қар.: 2".
	citeLooseSeeRe = lazyRegexp(`^\p{Ll}[\p{L}.\s]{0,24}?:\s*`)
	// citeVolumeRe is a volume or part before the page: "т. 2", "Vol. 3",
	// "кн. 1", and the Kazakh form with the number first: "2-т.", "3 бөл.".
	citeVolumeRe = lazyRegexp(`^(?:[Тт]|[Vv]ol|[Vv]|[Кк]н|[Чч]|[Бб]ө?л)\.\s*\d+$|^\d+\s*-?\s*(?:т|том|бөл)\.?$`)
	// citeStopLocatorRe is a full stop between a work number or a locator
	// and the locator after it, where other journals put a comma:
	// "[1. С. 112]", "[5. Т. 2. С. 56]", "[8. Л. 27 об.; 9]".
	citeStopLocatorRe = lazyRegexp(`(\d|об|зв|адв)\.\s+((?i:[сcpтtлsбфд]|лл|стр|стб|vol|кн|ч|вып|гл|ст|пп?|оп|спр|арк)\.)`)
	// citeSeeRe is "see", "e.g." or "quoted from" before the numbers, one
	// or several: "[см. 5]", "[see 3, 4]", "[см., напр.: 4; 5]",
	// "[цит. по: 2, с. 7]", "[подробнее см.: 6]".
	citeSeeRe = lazyRegexp(`^(?:` + citeSeeWords + `)(?:\s*[,:]?\s*(?:` + citeSeeWords + `))*\s*[,:]?\s*`)
	// citeDecimalRe is a decimal comma: "1,31".
	citeDecimalRe = lazyRegexp(`\d,(?:0|\d\d)`)
	// citeDecimalPairRe is a pair of decimals with one digit after the comma,
	// as medians, quartiles and confidence intervals print them: "[31,6;
	// 37,9]", "[1,3–2,7]" (works are separated by a comma and a space: "[1, 2]").
	citeDecimalPairRe = lazyRegexp(`^\d+,\d+\s*[;–—-]\s*\d+,\d+$`)

	// citeYearOnlyRe is a group that repeats the author before it with
	// another year: "(Иванов, 2010; 2012, с. 5)".
	citeYearOnlyRe = lazyRegexp(`^((?:1[5-9]|20)\d\d[a-zа-я]?)` + citeYearWord + `(?:\s*[,:]\s*(?:(?:[PpСсБбSsCс]|[Pp]p|стр|сс|бб|ss)\.\s*)?(\d+(?:\s*[-–—]\s*\d+)?))?$`)
	// citeAuthorDateRe is one author-date group: "Nye, 2004", "Nye 2004: 15",
	// "Иванов, 2010, с. 5", "Lai and Lu, 2012", "Иванов и др., 2010",
	// Kazakh in the Latin alphabet "Saǵyndyquly jáne Kúlmanov, 2017",
	// "Sárseneva jáne t.b., 2020",
	// three authors with a serial comma "Abylkhozhin, Kozybayev, and Tatimov
	// 1989", "Ryan, Deci, & Grolnick, 1995",
	// a name with a particle "van Dijk, 2020", "ван Дейк, 1989", the years of the original and
	// of the edition cited "Выготский, 1934/1982", "Бахтин, [1929] 2000",
	// a work in press "Осин, в печати", a newspaper's issue by its day
	// "Правда, 1942, 3 июня", a page after a full stop "Бурдье, 2002. С. 60",
	// a group author of a few capitalised words "World Bank, 2021", a title
	// cut short "Государственная программа…, 2019",
	// a volume or book of collected works before the page "Ключевский,
	// 1988, т. 3, с. 46", "Соловьёв, 1989, кн. 5", with the number first
	// as Kazakh prints it "Әуезов, 1985, 2-т., 45 б.", a section by its sign
	// "Гуссерль, 2004, § 33, с. 168", several pages and
	// "and the next ones" "Иванов, 2010, с. 5–6, 8", "Smith, 2010, p. 5ff",
	// the Kazakh page after its number "Ахметова, 2019, 45 б.",
	// a chapter or note after them "Иванов, 2010, гл. 2", the original's
	// year in parentheses or brackets after the edition's "[Иванов, 2010
	// (1985), с. 5]", "(Вебер, 1990 [1905])",
	// "Вейнберг: 32" (author and page, no year); commas typed without
	// the space after them "Петров,2005,с.900".
	citeAuthorDateRe = lazyRegexp(`^(?:(?:` + citeSeeWords + `)(?:\s*[,:]?\s*(?:` + citeSeeWords + `))*\s*[,:]?\s+)?` +
		`((?:(?:(?:van|von|de|der|den|di|du|da|dos|le|la|ten|ter|ван|фон|де|дер|ден|ди|дю|да|дос|ле|ла|тен|тер)\s+|al-|el-)?\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}|\p{Lu}\.\s*(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’\-]+|\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,5}\s*(?:…|\.\.\.))(?:\s+(?:\p{Lu}\.\s*){1,2}|\s+(?:Corp|Inc|Ltd|Co|LLC|GmbH|plc)\.?)?` +
		`(?:(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&|и|і|та|мен|және|jáne|und)\s+)(?:\p{Lu}[\p{L}'’\-]+)(?:\s+(?:\p{Lu}\.\s*){1,2})?)*` +
		`(?:\s+(?:et al\.?|и др\.?|т\.б\.?|және т\.б\.?|jáne t\.b\.?|t\.b\.?|и соавт\.?|та ін\.?|і ін\.?|і інш\.?))?)` +
		`(?:(?:\s*,\s*|\s+)((?:\[(?:1[5-9]|20)\d\d\]\s*)?(?:1[5-9]|20)\d\d[a-zа-я]?(?:/(?:1[5-9]|20)\d\d[a-zа-я]?)?(?:\s*,\s*(?:(?:1[5-9]|20)\d\d[a-zа-я]?|[a-zа-я]))*(?:\s*(?:\((?:1[5-9]|20)\d\d\)|\[(?:1[5-9]|20)\d\d\]))?|n\.\s?d\.|б\.\s?[гр]\.|(?i:в печати|у друці|in press|forthcoming))` + citeYearWord + `|\s*:\s*(\d+(?:\s*[-–—]\s*\d+)?))` +
		`(?:\s*,\s*\d{1,2}\s+(?:янв|февр?|марта?|апр|мая|июня?|июля?|авг|сент?|окт|нояб|дек)\p{L}*\.?)?` +
		`(?:\s*[,.]\s*(?:(?:[Тт]|[Кк]н|[Чч]|[Вв]ып|[Vv]ol|[Bb]d)\.\s*\d+|\d+\s*-\s*(?:т|том|бөл)\.?))?(?:\s*,\s*§§?\s*\d+(?:\s*[-–]\s*\d+)?)?` +
		`(?:\s*(?:[,:]\s*(?:(?:[PpСсБбSsCс]|[Pp]p|стр|сс|бб|ss)\.\s*)?|\.\s*(?:[PpСсSs]|[Pp]p)\.\s*)(\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*)(?:\s*-?\s*(?:бб?|бет|беттер)\.?)?(?:\s*(?:(?:и\s+)?сл(?:ед)?\.|и\s+далее|ff?\.?|et\s+seq\.))?)?` +
		`(?:\s*,\s*(?:гл|разд|прим|ч|стб|ст|ch|chap|sec|ill|ил)\.\s*[\dIVXLC]+(?:\.\d+)*)?$`)
)

// citeYearWord is the word "year" some authors print after the year of a
// citation: "(Левада, 2000 г.)", "(Грушевський, 1991 р.)", "(Әуезов, 1985 ж.)".
const citeYearWord = `(?:\s?[грж]\.)?`

// citeIbidVolume is the volume an in-text Ibid. may name before its page:
// "т. 2", "кн. 3", "4-т.", "4-том".
const citeIbidVolume = `(?:\s*[,.]\s*(?:(?i:т|кн)\.\s*\d+|\d+\s*-\s*(?:т|том)\.?))`

// citeIbidVolumeRe finds such a volume after an Ibid.
var citeIbidVolumeRe = lazyRegexp(`^\p{L}+(?:\s+\p{L}+)?\.?` + citeIbidVolume)

// citeIbidPage is the page an in-text Ibid. cites as citeIbidRe read it
// (group 1), or "" when the Ibid. names a volume, whose pages are another
// volume's than the work before may give.
func citeIbidPage(g string, im []string) string {
	if citeIbidVolumeRe.MatchString(g) {
		return ""
	}
	return strings.Join(strings.Fields(im[1]), "")
}

// citeAttributesRe is a Pandoc attribute block, which holds no citation:
// `{width="5.2in" height="2.9in"}`, `{.underline}`.
var citeAttributesRe = lazyRegexp(`\{[\x20-\x7e]*[=.#][\x20-\x7e]*\}`)

// citeSeeWords are the words that may open a marker before what it cites:
// "see", "cf.", "e.g.", "см.", "см. также", "ср.", "напр.", "например",
// "цит. по", "подробнее см.", "подробнее", "приводится по", "об этом см.",
// Kazakh "қараңыз", "қар.", "мысалы", "салыст.", Ukrainian "див.", "див.
// також", "цит. за", "наприклад", Belarusian "гл.:", "гл. таксама", "цыт.
// па", "напрыклад", "по:" (after), in either case: a marker may
// open a sentence ("[См.: 3; 7]"); and the words that name what is cited,
// after them or alone: "[см. обзоры 6, 7]", "[подробнее в 12]", "[обзор 8]".
const citeSeeWords = `(?i:see(?:\s+also)?|по:|cf\.|e\.\s?g\.|см\.?(?:\s+также|\s+об\s+этом)?|об\s+этом\s+см\.|подробнее(?:\s+см\.)?|ср\.|напр\.|например|наприклад|напрыклад|цит\.\s*по|приводится\s+по|қараңыз|қар\.|мысалы|салыст\.|див\.?(?:\s+також)?|цит\.\s*за|цыт\.\s*па|гл\.:|гл\.\s+таксама|(?:обзор(?:ы|ах)?|огляд(?:и)?|reviews?)[\s:]|в\s+(?:работах?\s+|обзорах?\s+)?)`

// citeNotAuthor are capitalised words that open a parenthesis with a year but
// do not name an author: "(In 2004)", "(Table 2010)", "(Алматы, 2015)".
var citeNotAuthor = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "by": true, "see": true,
	"table": true, "figure": true, "fig": true, "year": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "spring": true, "summer": true,
	"autumn": true, "winter": true, "fall": true, "до": true, "после": true,
	"с": true, "в": true, "на": true, "по": true, "январь": true, "январе": true,
	"таблица": true, "рисунок": true, "рис": true, "год": true, "около": true,
	"ок": true, "between": true, "after": true, "before": true, "circa": true,
	"the": true, "and": true, "or": true, "ca": true, "cf": true,
	// Places of publication and conference towns: "(Алматы, 2015)".
	"алматы": true, "астана": true, "нур-султан": true, "москва": true,
	"санкт-петербург": true, "бишкек": true, "ташкент": true, "душанбе": true,
	"ашхабад": true, "киев": true, "минск": true, "пекин": true, "караганда": true,
	"шымкент": true, "новосибирск": true, "казань": true, "екатеринбург": true,
	"almaty": true, "astana": true, "moscow": true, "london": true, "paris": true,
	"berlin": true, "beijing": true, "washington": true, "new": true, "tashkent": true,
	"bishkek": true, "oxford": true, "cambridge": true,
	// The author's own field materials, which ethnographers cite by year
	// and never list: "(ПМА, 2021)".
	"пма": true,
}

// citeUnitWords end in a digit without being note signs: "км2", "m3",
// "г/дм³", "м/с²".
var citeUnitWords = map[string]bool{
	"км": true, "м": true, "см": true, "мм": true, "km": true, "m": true,
	"cm": true, "mm": true, "га": true, "дм": true, "мкм": true, "нм": true,
	"dm": true, "nm": true, "ft": true, "с": true, "s": true,
}

// FindMarkers finds the in-text citations in the body lines of an article
// (Document.Lines[:Document.BodyEnd]). Line numbers are 1-based indexes
// into lines. Decimal-comma intervals ("[1,31; 1,45]"), years in brackets,
// "[sic]", "[…]" and bracketed asides are not markers; a marker nested in an
// aside is ("[that produce soft power[24]]" gives [24]).
//
// A marker that a hard-wrapped line breaks ("[2, с." / "45]", "(Smith et" /
// "al., 2019)") is read whole, at its place on the first line; its Raw has
// a space for the line break.
func FindMarkers(lines []string) []Marker {
	var out []Marker
	for i, orig := range lines {
		line, cols := citeUnescape(orig)
		text := line
		if i+1 < len(lines) {
			next, _ := citeUnescape(lines[i+1])
			text = citeJoinWrapped(line, citeWrapTail(line, next))
		}
		n := utf8.RuneCountInString(line)
		for _, m := range lineMarkers(i+1, text) {
			if m.Col > n {
				continue
			}
			if cols != nil {
				m = citeRestore(m, []rune(orig), cols, n)
			}
			out = append(out, m)
		}
	}
	return out
}

// citeEditorMarkRe is an editors' mark inside an author-date citation,
// whose parentheses would nest in the citation's own: "(Киселева, Пайар
// (ред.) 1998)", "(Smith (ed.) 2001)".
var citeEditorMarkRe = lazyRegexp(`\s*\((?:ред|отв\.\s*ред|сост|ed|eds|Hrsg|құраст)\.\)`)

// citeUnescape undoes what a DOCX-to-Markdown converter does to markers:
// brackets escaped with a backslash ("\\[1, с. 5\\]") and an en dash
// written as two hyphens between digits ("[4--6]"), a no-break space
// escaped with a backslash; and it drops editors'
// marks that nest parentheses in a citation ("Пайар (ред.) 1998"), and
// soft hyphens and zero-width spaces a PDF leaves inside words. cols
// maps each rune of the result to the rune of s it comes from, with
// len(s in runes) last; it is nil when s has nothing to undo.
func citeUnescape(s string) (string, []int) {
	marks := citeEditorMarkRe.FindAllStringIndex(s, -1)
	if !strings.ContainsAny(s, "\\\u00ad\u200b") && !strings.Contains(s, "--") && marks == nil {
		return s, nil
	}
	rs := []rune(s)
	drop := make([]bool, len(rs))
	for k, r := range rs {
		drop[k] = r == '\u00ad' || r == '\u200b' // a soft hyphen, a zero-width space
	}
	for _, loc := range marks {
		from := utf8.RuneCountInString(s[:loc[0]])
		for k := from; k < from+utf8.RuneCountInString(s[loc[0]:loc[1]]); k++ {
			drop[k] = true
		}
	}
	var b strings.Builder
	var cols []int
	for k := 0; k < len(rs); k++ {
		if drop[k] {
			continue
		}
		cols = append(cols, k)
		switch {
		case rs[k] == '\\' && k+1 < len(rs) && strings.ContainsRune("[]() ", rs[k+1]):
			// "\ " is Pandoc's no-break space: "\[2,\ с.\ 34\]".
			k++
			b.WriteRune(rs[k])
		case rs[k] == '-' && k+2 < len(rs) && rs[k+1] == '-' && k > 0 && unicode.IsDigit(rs[k-1]) && unicode.IsDigit(rs[k+2]):
			k++
			b.WriteRune('–')
		default:
			b.WriteRune(rs[k])
		}
	}
	if len(cols) == len(rs) {
		return s, nil
	}
	return b.String(), append(cols, len(rs))
}

// citeRestore gives a marker found in an unescaped line of n runes its
// column and text in the line as printed, orig; a marker a line break
// cuts keeps the text it was read from.
func citeRestore(m Marker, orig []rune, cols []int, n int) Marker {
	start := m.Col - 1
	end := start + utf8.RuneCountInString(m.Raw)
	m.Col = cols[start] + 1
	if end <= n {
		m.Raw = string(orig[cols[start]:cols[end]])
	}
	return m
}

// citeWrapTail is the start of the next line, up to and including the
// bracket that closes one left open at the end of line, with a space for
// the line break; "" when line leaves no bracket open in its last 60
// characters or the next line does not close it within 50.
func citeWrapTail(line, next string) string {
	i := strings.LastIndexAny(line, "[(")
	if i < 0 || utf8.RuneCountInString(line[i:]) > 60 || strings.ContainsAny(line[i:], "])") {
		return ""
	}
	closer := "]"
	if line[i] == '(' {
		closer = ")"
	}
	next = strings.TrimLeft(next, " \t")
	k := strings.IndexAny(next, "[]()")
	if k < 0 || utf8.RuneCountInString(next[:k]) > 50 || next[k:k+1] != closer {
		return ""
	}
	return " " + next[:k+1]
}

// citeJoinWrapped joins a line and the start of the next one that closes
// its marker (see citeWrapTail). A word a line break hyphenated is joined
// whole: "(Галицкий, Леви-" and "нская, 2009)" read "Левинская"; a part
// in capitals keeps its hyphen ("Бонч-" and "Осмоловская").
func citeJoinWrapped(line, tail string) string {
	r, size := utf8.DecodeLastRuneInString(strings.TrimSuffix(line, "-"))
	next, _ := utf8.DecodeRuneInString(strings.TrimPrefix(tail, " "))
	if tail == "" || !strings.HasSuffix(line, "-") || !unicode.IsLetter(r) || size == 0 {
		return line + tail
	}
	if unicode.IsLower(next) {
		return line[:len(line)-1] + tail[1:]
	}
	return line + tail[1:]
}

// intervalWords open a mathematical interval: "в интервале [10; 20]".
var intervalWords = []string{"интервал", "отрез", "промежут", "диапазон", "сегмент", "interval", "range", "segment", "аралы"}

// citeValueBeforeRe is a value an interval follows: a median before its
// quartiles, "61 [52; 70]", "Me [Q1; Q3]".
// A number of four digits is more likely a year a citation follows.
var citeValueBeforeRe = lazyRegexp(`(?:^|[\s(])(?:\d{1,3}|\d+[.,]\d+|Me|M)$`)

// mathInterval reports whether a bracketed pair of numbers is an interval
// of values, not citations: it follows "∈", "=", a value (a median) or a
// word for an interval, and its two numbers rise.
func mathInterval(before string, m Marker) bool {
	if len(m.Nums) != 2 || m.Nums[0] >= m.Nums[1] || m.Page != "" {
		return false
	}
	b := strings.TrimRight(before, " \u00a0")
	if strings.HasSuffix(b, "∈") || strings.HasSuffix(b, "=") || citeValueBeforeRe.MatchString(b) {
		return true
	}
	w := strings.ToLower(citeLastWord(b))
	for _, p := range intervalWords {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lineMarkers finds the markers of one line in the order they are printed.
func lineMarkers(n int, line string) []Marker {
	line = citeAttributesRe.ReplaceAllStringFunc(line, func(a string) string { return strings.Repeat(" ", len(a)) })
	type found struct {
		at int // byte offset
		m  Marker
	}
	var fs []found
	taken := make([]bool, len(line)+1)
	take := func(a, b int) {
		for k := a; k < b; k++ {
			taken[k] = true
		}
	}
	for _, loc := range citeLinkNoteRe.FindAllStringSubmatchIndex(line, -1) {
		g, at := loc[2:4], loc[0]
		switch {
		case loc[4] >= 0:
			g = loc[4:6]
		case loc[6] >= 0: // "*(2)": the sign opens at the asterisk
			g, at = loc[6:8], loc[6]-2
		case loc[8] >= 0:
			g = loc[8:10]
		}
		if num, _ := strconv.Atoi(line[g[0]:g[1]]); num > 0 && at > citeIndent(line) {
			fs = append(fs, found{at, Marker{Raw: line[at:loc[1]], Nums: []int{num}, Kind: MarkerFootnote, Attached: true}})
		}
		take(at, loc[1])
	}
	for _, loc := range citeBracketRe.FindAllStringIndex(line, -1) {
		a, b := loc[0], loc[1]
		if taken[a] || a > 0 && line[a-1] == '!' { // a note sign read above, a Markdown image
			continue
		}
		inner := line[a+1 : b-1]
		if strings.HasPrefix(inner, "^") {
			if b < len(line) && line[b] == ':' && strings.TrimSpace(line[:a]) == "" {
				continue // a Markdown footnote definition, not a sign ("вдвое[^6]: с 318" is one)
			}
			if num, err := strconv.Atoi(strings.TrimSpace(inner[1:])); err == nil && num > 0 {
				fs = append(fs, found{a, Marker{Raw: line[a:b], Nums: []int{num}, Kind: MarkerFootnote}})
				take(a, b)
			}
			continue
		}
		if citeVariableBefore(line[:a]) { // an indexed variable: "x[25]", "a[i]"
			continue
		}
		if m, ok := numericMarker(inner); ok {
			if mathInterval(line[:a], m) {
				continue
			}
			if e, pm, ok := citePageAfter(line, b, inner); ok {
				m, b = pm, e
			}
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
			continue
		}
		// An Ibid. before an author: "[Сонда: 190]" reads as a name
		// with a page too.
		if m, ok := ibidMarker(inner); ok {
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
			continue
		}
		if m, ok := authorDateMarker(inner, true); ok {
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
		}
	}
	for _, loc := range citeParenRe.FindAllStringIndex(line, -1) {
		a, b := loc[0], loc[1]
		if taken[a] {
			continue
		}
		if a > 0 && line[a-1] == ']' { // the target of a Markdown link
			continue
		}
		if m, ok := authorDateMarker(line[a+1:b-1], false); ok {
			if citeTaxonRe.MatchString(line[:a]) && m.Page == "" && !strings.Contains(m.Raw+line[a:b], ";") {
				take(a, b) // "*Microtus oeconomus* (Pallas, 1776)": a species' authority
				continue
			}
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
		} else if m, ok := ibidMarker(line[a+1 : b-1]); ok {
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
		} else if m, ok := parenNumericMarker(line[:a], line[a+1:b-1]); ok {
			m.Raw = line[a:b]
			fs = append(fs, found{a, m})
			take(a, b)
		}
	}
	for _, loc := range citeNarrativeRe.FindAllStringSubmatchIndex(line, -1) {
		if taken[loc[4]-1] || (line[loc[4]-1] == '[') != (line[loc[1]-1] == ']') {
			continue // taken, or "(1999]": brackets that do not pair
		}
		// "Nye's (2005)", "Ahrens' (2019)": the possessive names the author.
		author := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(line[loc[2]:loc[3]], "'s"), "’s"), "'’")
		years := append([]string{line[loc[4]:loc[5]]}, citeYearsRe.FindAllString(line[loc[6]:loc[7]], -1)...)
		for k, y := range years {
			m := Marker{Raw: line[loc[0]:loc[1]], Author: author, Year: y, Kind: MarkerNarrative}
			if k == len(years)-1 && loc[8] >= 0 { // the page is the last year's
				m.Page = strings.Join(strings.Fields(line[loc[8]:loc[9]]), "")
			}
			fs = append(fs, found{loc[0], m})
		}
		take(loc[0], loc[1])
	}
	for _, re := range []*regex{citeSupRe, citeCaretRe} {
		for _, loc := range re.FindAllStringSubmatchIndex(line, -1) {
			if taken[loc[0]] || loc[0] == citeIndent(line) || citeExponent(line[:loc[0]]) || citeArticleIndexRe.MatchString(line[:loc[0]]) {
				continue // at the start of a line it opens the note text itself; "ст. 188<sup>39</sup>" is an article
			}
			if m, ok := superscriptMarker(line[loc[2]:loc[3]]); ok {
				m.Raw = line[loc[0]:loc[1]]
				fs = append(fs, found{loc[0], m})
				take(loc[0], loc[1])
			}
		}
	}
	for _, loc := range citeSupDigitsRe.FindAllStringSubmatchIndex(line, -1) {
		prev, _ := utf8.DecodeLastRuneInString(line[:loc[2]])
		if unicode.IsLetter(prev) && citeUnitWords[strings.ToLower(citeLastWord(line[:loc[2]]))] {
			// "км²" is a unit; in "км²¹" the exponent is followed by note 1.
			_, size := utf8.DecodeRuneInString(line[loc[2]:])
			if loc[3]-loc[2] == size || !strings.ContainsRune("²³", firstRune(line[loc[2]:])) {
				continue
			}
			loc[2] += size
		}
		if citeArticleIndexRe.MatchString(line[:loc[2]]) {
			take(loc[2], loc[3]) // "ст. 188³⁹ КУпАП": the index of an article inserted later
			continue
		}
		if unicode.IsDigit(prev) && citePowerBaseRe.MatchString(line[:loc[2]]) {
			continue // "6,2 × 10⁹/л": a power of ten
		}
		if num := citeSuperscriptNumber(line[loc[2]:loc[3]]); num > 0 {
			fs = append(fs, found{loc[2], Marker{Raw: line[loc[2]:loc[3]], Nums: []int{num}, Kind: MarkerFootnote, Attached: true}})
			take(loc[2], loc[3])
		} else if m, ok := superscriptMarker(citeSuperscriptASCII.Replace(line[loc[2]:loc[3]])); ok {
			m.Raw = line[loc[2]:loc[3]]
			fs = append(fs, found{loc[2], m})
			take(loc[2], loc[3])
		}
	}
	for _, loc := range citeGluedRe.FindAllStringSubmatchIndex(line, -1) {
		ds, de := loc[6], loc[7]
		if taken[ds] || citeInURL(line, ds) {
			continue
		}
		word := line[loc[2]:loc[3]]
		if citeUnitWords[strings.ToLower(citeLastWord(word))] || !citeLowerWord(line, loc[3]) && !(citeCyrillicCaps(line, loc[2], loc[3]) && citeAbbrSign(line, ds, de)) {
			continue
		}
		m, ok := superscriptMarker(line[ds:de])
		if !ok {
			continue
		}
		m.Raw = line[ds:de]
		fs = append(fs, found{ds, m})
		take(ds, de)
	}
	for _, loc := range citeGluedAbbrRe.FindAllStringSubmatchIndex(line, -1) {
		ds, de := loc[2], loc[3]
		if taken[ds] || citeInURL(line, ds) {
			continue
		}
		if num, _ := strconv.Atoi(line[ds:de]); num > 0 {
			fs = append(fs, found{ds, Marker{Raw: line[ds:de], Nums: []int{num}, Kind: MarkerFootnote, Attached: true}})
			take(ds, de)
		}
	}
	// Keep printed order.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].at < fs[j-1].at; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	// "[1]–[3]", as IEEE prints a range: one marker citing 1, 2 and 3.
	for i := 0; i+1 < len(fs); i++ {
		a, b := fs[i].m, fs[i+1].m
		between := line[min(fs[i].at+len(a.Raw), fs[i+1].at):fs[i+1].at]
		if a.Kind != MarkerNumeric || b.Kind != MarkerNumeric || a.Paren != b.Paren || len(a.Nums) != 1 || len(b.Nums) != 1 || a.Page != "" || b.Page != "" ||
			b.Nums[0] <= a.Nums[0] || b.Nums[0] > maxListNumber || !citeRangeDashRe.MatchString(between) {
			continue
		}
		// "(1)–(3)" stays in parentheses: examples, unless the text cites so.
		merged := Marker{Raw: line[fs[i].at : fs[i+1].at+len(b.Raw)], Kind: MarkerNumeric, Range: true, RangeEnd: b.Nums[0], Paren: a.Paren}
		for x := a.Nums[0]; x <= b.Nums[0]; x++ {
			merged.Nums = append(merged.Nums, x)
			merged.Pages = append(merged.Pages, "")
		}
		fs[i].m = merged
		fs = slices.Delete(fs, i+1, i+2)
	}
	out := make([]Marker, len(fs))
	for i, f := range fs {
		m := f.m
		m.Line = n
		m.Col = utf8.RuneCountInString(line[:f.at]) + 1
		if f.at > 0 && m.Kind != MarkerFootnote {
			r, _ := utf8.DecodeLastRuneInString(line[:f.at])
			m.Attached = !unicode.IsSpace(r)
		}
		out[i] = m
	}
	return out
}

// citeIbidWordRe is an Ibid. and what follows it: "Там само, арк. 41".
var citeIbidWordRe = lazyRegexp(`^(?i:там же|там само|тамсама|ibid\.?|ibidem|сонда|сол жерде|ошол эле жерде|ошол жерде|шунда ук)\s*[,:.]\s*(.+?)\.?$`)

// citeTaxonRe is a species' Latin name in italics, or with its genus cut
// to an initial and a Latin ending on the species, right before a
// parenthesis: "*Microtus oeconomus*", "*M. oeconomus*", "M. oeconomus"
// (not "U.S. economy"). The name and year in the
// parenthesis after it are the species' authority, as zoology writes it
// (ICZN, Art. 51.3), not a citation of a work.
var citeTaxonRe = lazyRegexp(`(?:(?:\*{1,2}|_)[A-Z][a-z]*\.?(?:\s+\([A-Z][a-z]+\))?\s+[a-z-]{2,}(?:\s+[a-z-]{2,})?(?:\*{1,2}|_)|\b[A-Z]\.\s+[a-z]{2,}(?:us|um|is|ii|ae|a|i|es|ensis|oides))\s*$`)

// ibidMarker reads the inside of a bracket or parenthesis as an in-text
// Ibid.: with a page ("Там же, с. 5"), with a locator that is not a page
// ("Тамсама, арк. 14 адв.") or alone.
func ibidMarker(inner string) (Marker, bool) {
	inner = strings.TrimSpace(inner)
	if im := citeIbidRe.FindStringSubmatch(inner); im != nil {
		return Marker{Page: citeIbidPage(inner, im), Kind: MarkerIbid}, true
	}
	if im := citeIbidWordRe.FindStringSubmatch(inner); im != nil && citeLocator(im[1]) {
		return Marker{Locator: im[1], Kind: MarkerIbid}, true
	}
	return Marker{}, false
}

// superscriptMarker reads the numbers inside a superscript: one note sign
// ("1") or, as Vancouver articles print them, several works and ranges
// ("1,3–5").
func superscriptMarker(inner string) (Marker, bool) {
	m := Marker{Kind: MarkerFootnote, Attached: true}
	for _, p := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' }) {
		wm := citeWorkRe.FindStringSubmatch(strings.TrimSpace(p))
		if wm == nil {
			return Marker{}, false
		}
		from, _ := strconv.Atoi(wm[1])
		to := from
		if wm[2] != "" {
			to, _ = strconv.Atoi(wm[2])
			m.Range, m.RangeEnd = true, to
		}
		if from == 0 || to < from || to > maxListNumber {
			return Marker{}, false
		}
		for x := from; x <= to; x++ {
			m.Nums = append(m.Nums, x)
			m.Pages = append(m.Pages, "")
		}
	}
	return m, len(m.Nums) > 0
}

// citeExponent reports whether a superscript after s is an exponent, not a
// note sign: it follows a power of ten ("10^9^/л"), a unit ("кг/м^2^") or a
// variable of one Latin or Greek letter ("χ^2^", "R^2^").
func citeExponent(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsDigit(r) {
		return citePowerBaseRe.MatchString(s)
	}
	return unicode.IsLetter(r) && (citeUnitWords[strings.ToLower(citeLastWord(s))] || citeVariableBefore(s))
}

// citeArticleIndexRe is the number of an article of a code or law just
// before a superscript: codes number the articles inserted between two
// others with a superscript index ("ст. 188³⁹ КУпАП", "статті 22¹",
// "статья 12¹"), which is no note sign.
var citeArticleIndexRe = lazyRegexp(`(?i)(?:^|[^\p{L}])(?:ст\.|стат(?:ья|ьи|ье|ью|ей|тя|ті|тю|тей)|art\.|article)\s*\d+(?:\.\d+)?$`)

// citePowerBaseRe is the base a superscript number raises to a power: ten
// ("10^9^/л", "×10<sup>3</sup>") or a number after a multiplication sign;
// after another number ("участвовали 412<sup>2</sup>") it is a note sign.
var citePowerBaseRe = lazyRegexp(`(?:^|[^\d.,])10$|[×·*x]\s*\d+$`)

// citeRangeDashRe is the dash between the two markers of a range "[1]–[3]".
var citeRangeDashRe = lazyRegexp(`^\s*[–—-]\s*$`)

// citeVariableBefore reports whether s ends with a word of one Latin or
// Greek letter, glued to the bracket after it: the name of an indexed
// variable ("x[25]") rather than a word a marker follows ("power[24]").
// Cyrillic words of one letter are prepositions and conjunctions ("и[3]").
func citeVariableBefore(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !unicode.In(r, unicode.Latin, unicode.Greek) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return len(s) == size || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && prev != '-'
}

// citeSuperscriptASCII spells a run of superscripts in plain digits, its
// separators as a comma and a hyphen: "¹⁻³˒⁵" → "1-3,5".
var citeSuperscriptASCII = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9", "˒", ",", "⁻", "-")

// citeSuperscriptNumber reads Unicode superscript digits ("¹²" → 12).
func citeSuperscriptNumber(s string) int {
	n := 0
	for _, r := range s {
		d := strings.IndexRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r)
		if d < 0 {
			return 0
		}
		n = n*10 + utf8.RuneCountInString("⁰¹²³⁴⁵⁶⁷⁸⁹"[:d])
	}
	if n > maxListNumber {
		return 0
	}
	return n
}

// citeIndent is the byte length of the spaces and emphasis marks that open s.
func citeIndent(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t\u00a0*_"))
}

// citeInURL reports whether byte offset i falls inside a URL-like token.
func citeInURL(line string, i int) bool {
	start := strings.LastIndexAny(line[:i], " \t(<[") + 1
	tok := line[start:i]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "/")
}

// citeLowerWord reports whether the word ending at the glued digits is all
// lower case from its start, so "CO2", "G20" and "H2O" are not note signs.
func citeLowerWord(line string, end int) bool {
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:start])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			// An initial capital is a normal word; capitals inside are an acronym.
			prev, _ := utf8.DecodeLastRuneInString(line[:start-size])
			if unicode.IsDigit(r) || start-size > 0 && unicode.IsLetter(prev) {
				return false
			}
		}
		start -= size
	}
	return true
}

// citeCyrillicCaps reports whether line[a:b] is a whole word of Cyrillic
// capitals: an abbreviation ("ООН", "ВВП"), after which glued digits are a
// note sign, unlike a Latin formula's or name's ("CO2", "G20").
func citeCyrillicCaps(line string, a, b int) bool {
	if prev, _ := utf8.DecodeLastRuneInString(line[:a]); a > 0 && unicode.IsLetter(prev) {
		return false
	}
	for _, r := range line[a:b] {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) {
			return false
		}
	}
	return b > a
}

// citeAbbrSign reports whether the digits line[ds:de] glued to an
// abbreviation are a note sign: two or three figures, then punctuation
// that ends a clause ("ООН180.", "ВВП12,"), not the one figure of the
// abbreviation's own name ("(СД2)").
func citeAbbrSign(line string, ds, de int) bool {
	if de-ds < 2 || de >= len(line) {
		return false
	}
	return strings.ContainsRune(".,;:!?", rune(line[de]))
}

// citeLastWord is the last run of letters in s.
func citeLastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// citePageAfterRe is a page in parentheses right after a bracket that
// cites one work, as MDPI journals print it: "[17] (p. 631)", "[15] (pp.
// 112–115)", "[4] (с. 45)".
var citePageAfterRe = lazyRegexp(`^ ?\(((?:pp?|[сСcC]|S)\.\s*\d+(?:\s*[–—-]\s*\d+)?)\)`)

// citePageAfter reads a page in parentheses after the bracket that ends at
// byte b of line and holds inner (see citePageAfterRe): the end of the
// parenthesis and the marker with its page.
func citePageAfter(line string, b int, inner string) (int, Marker, bool) {
	loc := citePageAfterRe.FindStringSubmatchIndex(line[b:])
	if loc == nil || strings.ContainsAny(inner, ",;–—-") {
		return 0, Marker{}, false
	}
	m, ok := numericMarker(inner + ", " + line[b+loc[2]:b+loc[3]])
	if !ok || len(m.Nums) != 1 || m.Page == "" {
		return 0, Marker{}, false
	}
	return b + loc[1], m, true
}

// citeBareCommaListRe is three or more work numbers with bare commas
// between them: "[8,9,10,11,12]".
var citeBareCommaListRe = lazyRegexp(`^\d{1,3}(?:,\d{1,3}){2,}$`)

// citeBareCommaList reports whether s is three or more work numbers with
// bare commas between them, each above the one before: a decimal has one
// comma, and no two decimals are written so.
func citeBareCommaList(s string) bool {
	if !citeBareCommaListRe.MatchString(s) {
		return false
	}
	prev := 0
	for _, f := range strings.Split(s, ",") {
		n, _ := strconv.Atoi(f)
		if n <= prev {
			return false
		}
		prev = n
	}
	return true
}

// citeTwoWorksRe is two work numbers of two or three digits with a bare
// comma between them, as Vancouver articles print them: "[10,11]".
var citeTwoWorksRe = lazyRegexp(`^(\d{1,3}),(\d{2,3})$`)

// citeTwoWorks reports whether s is two works, not a decimal: "10,11" and
// "12,15" rise, where a decimal in brackets stands in a pair ("[1,31;
// 1,45]") or has one digit before its comma ("[1,31]"); but "[9,10]"
// cites two works that follow each other, a decimal being "9,1".
func citeTwoWorks(s string) bool {
	if citeBareCommaList(s) {
		return true
	}
	m := citeTwoWorksRe.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return b > a && (len(m[1]) > 1 || b == a+1)
}

// numericMarker reads the inside of a bracket as a numeric marker. Groups
// are separated by ";" or by "," when a comma separates works, not a page.
func numericMarker(inner string) (Marker, bool) {
	s := strings.TrimSpace(strings.ReplaceAll(inner, "\u00a0", " "))
	s = citeStripSee(s)
	s = citeStopLocatorRe.ReplaceAllString(s, "$1, $2")
	if s == "" || s[0] < '0' || s[0] > '9' || citeDecimalRe.MatchString(s) && !citeTwoWorks(s) || citeDecimalPairRe.MatchString(s) {
		return Marker{}, false
	}
	m := Marker{Kind: MarkerNumeric}
	carry := -1 // the single work that ended the group before, for "[1;с.12]"
	work := -1  // the one work of the group before, paged or not
	for _, g := range strings.Split(s, ";") {
		g = citeStripSee(strings.TrimSpace(g))
		// "1, 2, 5" cites three works; "1, p. 5" one work and a page;
		// "1, т. 2, с. 5" a volume too, which is not checked; "1: 5" a page.
		parts, colon := citeSplit(g)
		if len(parts) == 0 {
			return Marker{}, false
		}
		if work >= 0 && citeVolumeRe.MatchString(parts[0]) {
			// "[6, т. 1, с. 45; т. 2, с. 112]": another volume of the
			// work before, whose pages its entry does not give.
			m.Locator = strings.TrimPrefix(m.Locator+", "+g, ", ")
			continue
		}
		last := -1  // index in m.Nums of the last single work, for its page
		paged := -1 // the work whose page came last: "1, с. 5, 7" cites pages 5 and 7
		if pm := citePageRe.FindStringSubmatch(parts[0]); pm != nil && carry >= 0 {
			// A semicolon typed for the comma before a page: "[1;с.12]".
			m.Pages[carry] = strings.Join(strings.Fields(pm[1]+pm[2]), "")
			parts, colon, paged = parts[1:], colon[1:], carry
		}
		for k, p := range parts {
			if pm := citePageRe.FindStringSubmatch(p); pm != nil && last >= 0 {
				m.Pages[last] = strings.Join(strings.Fields(pm[1]+pm[2]), "")
				last, paged = -1, last
				continue
			}
			if (colon[k] && last >= 0 || paged >= 0) && citeNumberRe.MatchString(p) {
				if last >= 0 {
					m.Pages[last] = strings.Join(strings.Fields(p), "") // "[1: 5]"
					last, paged = -1, last
				} else {
					m.Pages[paged] += "," + strings.Join(strings.Fields(p), "")
				}
				continue
			}
			if citeVolumeRe.MatchString(p) && last >= 0 {
				continue
			}
			if citeLocator(p) && (last >= 0 || paged >= 0) {
				m.Locator = strings.TrimSpace(strings.TrimPrefix(m.Locator+", "+p, ", "))
				continue
			}
			if wp := citeWorkPageRe.FindStringSubmatch(p); wp != nil { // "13 с. 45": the comma left out
				n, _ := strconv.Atoi(wp[1])
				if n == 0 || n > maxListNumber {
					return Marker{}, false
				}
				m.Nums = append(m.Nums, n)
				m.Pages = append(m.Pages, strings.Join(strings.Fields(wp[2]), ""))
				last, paged = -1, len(m.Nums)-1
				continue
			}
			wm := citeWorkRe.FindStringSubmatch(p)
			if wm == nil {
				return Marker{}, false
			}
			from, _ := strconv.Atoi(wm[1])
			if from == 0 || from > maxListNumber {
				return Marker{}, false
			}
			if wm[2] == "" {
				m.Nums = append(m.Nums, from)
				m.Pages = append(m.Pages, "")
				last = len(m.Nums) - 1
				continue
			}
			to, _ := strconv.Atoi(wm[2])
			if to <= from || to > maxListNumber {
				return Marker{}, false
			}
			m.Range = true
			m.RangeEnd = to
			for x := from; x <= to; x++ {
				m.Nums = append(m.Nums, x)
				m.Pages = append(m.Pages, "")
			}
			last = -1
		}
		carry, work = last, max(last, paged)
	}
	if len(m.Nums) == 1 {
		m.Page = m.Pages[0]
	}
	return m, true
}

// citeLocator reports whether a part of a marker after a work number is
// a locator that is not a page: a listed one or one of the loose form.
func citeLocator(p string) bool {
	return citeOtherLocatorRe.MatchString(p) || citeLooseLocatorRe.MatchString(p)
}

// citeStripSee removes the "see" words before the numbers of a marker: the
// listed ones, or lower-case words ending in a colon right before a digit.
func citeStripSee(s string) string {
	s = citeSeeRe.ReplaceAllString(s, "")
	if loc := citeLooseSeeRe.FindStringIndex(s); loc != nil && loc[1] < len(s) && s[loc[1]] >= '0' && s[loc[1]] <= '9' {
		return s[loc[1]:]
	}
	return s
}

// citeTightCommaRe is a comma with digits on both sides: a decimal comma
// in "(3,5)", where a list of works has a space: "(3, 5)".
var citeTightCommaRe = lazyRegexp(`\d,\d`)

// parenNumericMarker reads the inside of a parenthesis as list numbers
// ("1, 5 б.", "3; 4"), before is the text before it. A decimal ("3,5") is
// no marker, nor is an item of an enumeration: a lone number after a colon
// or semicolon or at the start of a line ("задачи: (1) …; (2) …").
func parenNumericMarker(before, inner string) (Marker, bool) {
	if citeTightCommaRe.MatchString(inner) {
		return Marker{}, false
	}
	m, ok := numericMarker(inner)
	if !ok {
		return Marker{}, false
	}
	b := strings.TrimRight(before, " \u00a0")
	if len(m.Nums) == 1 && m.Page == "" && m.Locator == "" && (b == "" || strings.HasSuffix(b, ":") || strings.HasSuffix(b, ";")) {
		return Marker{}, false
	}
	m.Paren = true
	return m, true
}

// citeSplit splits a marker group at commas and colons, trimmed; colon[k]
// is true when part k follows a colon.
func citeSplit(g string) (parts []string, colon []bool) {
	after := false
	for {
		i := strings.IndexAny(g, ",:")
		p := g
		if i >= 0 {
			p = g[:i]
		}
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
			colon = append(colon, after)
		}
		if i < 0 {
			return parts, colon
		}
		after = g[i] == ':'
		g = g[i+1:]
	}
}

// citeNumberRe is a bare page number or range after a colon.
var citeNumberRe = lazyRegexp(`^\d+(?:\s*[-–—]\s*\d+)?$`)

// authorDateMarker reads the inside of a bracket or parenthesis as an
// author-date marker: the first work it cites, or false when any part of
// it does not read as a citation (a parenthesis of prose is not a marker).
func authorDateMarker(inner string, bracket bool) (Marker, bool) {
	ms, ok := authorDateWorks(inner, bracket)
	if !ok {
		return Marker{}, false
	}
	return ms[0], true
}

// authorDateWorks reads every work an author-date marker cites: groups
// separated by ";", several years of one author ("Иванов, 2010, 2012"),
// and a bare year that repeats the author before it ("Иванов, 2010; 2012").
func authorDateWorks(inner string, bracket bool) ([]Marker, bool) {
	s := strings.TrimSpace(strings.ReplaceAll(inner, "\u00a0", " "))
	if s == "" {
		return nil, false
	}
	var out []Marker
	for _, g := range strings.Split(s, ";") {
		g = citeIdemRe.ReplaceAllString(strings.TrimSpace(g), "") // "его же 2005": the author before
		if im := citeIbidRe.FindStringSubmatch(g); im != nil && len(out) > 0 {
			// "(Коваленко, 2019, с. 40; Там само, с. 45)": the work before.
			prev := out[len(out)-1]
			out = append(out, Marker{Kind: MarkerAuthorDate, Author: prev.Author, Year: prev.Year, Page: citeIbidPage(g, im)})
			continue
		}
		if ym := citeYearOnlyRe.FindStringSubmatch(g); ym != nil && len(out) > 0 {
			out = append(out, Marker{Kind: MarkerAuthorDate, Author: out[len(out)-1].Author, Year: ym[1], Page: strings.Join(strings.Fields(ym[2]), "")})
			continue
		}
		sm := citeAuthorDateRe.FindStringSubmatch(g)
		if sm == nil && citeShelfMarkRe.MatchString(g) {
			continue // "ГАНО. Ф. П-4. Оп. 33. Д. 45. Л. 12": an archive file beside the works
		}
		if sm == nil {
			return nil, false
		}
		author := strings.TrimSpace(sm[1])
		word := strings.Fields(author)[0]
		initial := utf8.RuneCountInString(word) == 2 && strings.HasSuffix(word, ".") // "В. А. Нардова", not "В 2010 г."
		if first := strings.ToLower(strings.Trim(word, ".,")); citeNotAuthor[first] && !initial {
			return nil, false
		}
		page := sm[3]
		if page == "" {
			page = sm[4]
		}
		if sm[2] == "" && !bracket {
			return nil, false // "(Table: 3)" is not a citation
		}
		years := strings.Split(sm[2], ",")
		for i, y := range years {
			y = strings.ReplaceAll(strings.TrimSpace(y), " ", "")
			if utf8.RuneCountInString(y) == 1 && i > 0 {
				// "2012a, b": the letter of another work of the year before.
				y = strings.TrimRightFunc(years[i-1], unicode.IsLetter) + y
				years[i] = y
			}
			m := Marker{Kind: MarkerAuthorDate, Author: author, Year: y}
			if i == len(years)-1 {
				m.Page = strings.Join(strings.Fields(page), "")
			}
			out = append(out, m)
		}
	}
	return out, len(out) > 0
}

// citeShelfMarkRe is an archive file's shelf mark: fond and inventory or
// file ("Ф. П-4. Оп. 33. Д. 45", Ukrainian "Ф. 1. Оп. 2. Спр. 45"), in
// lower case with commas too ("ф. 5, оп. 1, д. 12").
var citeShelfMarkRe = lazyRegexp(`(?:^|\s)[Фф]\.\s*[\p{L}\d-]+[.,]?\s*(?:[Оо]п|[Дд]|[Сс]пр)\.\s*\d`)

// citeIdemRe is "the same author" before a year, which then cites another
// work of the author before it: "[Вежбицкая 1996: 35; её же 2001: 14]".
var citeIdemRe = lazyRegexp(`^(?i:его же|её же|ее же|их же|он же|она же|idem|eadem|його ж|її ж)\s*,?\s*`)

// AuthorDateGroups splits an author-date marker into one Marker per cited
// work: "(Nye, 2004; Keohane, 1989)" gives two, "(Иванов, 2010, 2012)" too.
func AuthorDateGroups(m Marker) []Marker {
	if m.Kind != MarkerAuthorDate || len(m.Raw) < 2 {
		return []Marker{m}
	}
	out, ok := authorDateWorks(citeEditorMarkRe.ReplaceAllString(m.Raw[1:len(m.Raw)-1], ""), true)
	if !ok {
		return []Marker{m}
	}
	for i := range out {
		out[i].Line, out[i].Col, out[i].Raw, out[i].Attached = m.Line, m.Col, m.Raw, m.Attached
	}
	return out
}

// citeNoteDefRe is a Markdown footnote definition: "[^12]: text", or a
// note as Google Docs exports it: "[[12]](#ftnt_ref12) text", or Word's
// HTML through Pandoc: "[\[12\]](#_ftnref12) text", or an HTML page's
// paragraph opening with the link back to the sign, as Word ("<p
// class=MsoFootnoteText><a href="#_ftnref12" name="_ftn12">…</a> text</p>")
// and Google Docs ("<div><p><a href="#ftnt_ref12" id="ftnt12">[12]</a><span>
// text</span></p></div>") and LibreOffice ("<div id="sdfootnote12"><p><a
// class="sdfootnotesym" … href="#sdfootnote12anc">12</a>text</p></div>")
// save notes, or LibreOffice's through Pandoc ("[12](#sdfootnote12anc)text"),
// or a note of a legal database opening with its sign: "*(12) text",
// "<12> text". The note's number is in group 1, 2, 3, 4 or 5, its text in
// group 7 (with the HTML tags around it). Pandoc's HTML numbers its notes
// by their place in a list, each item named by its note and ending with
// the link back: "<li id="fn12"><p>text<a href="#fnref12"
// class="footnote-back">↩︎</a></p></li>" (group 6).
var citeNoteDefRe = lazyRegexp(`^(?:(?:\*\(|<)(\d{1,4})[)>]|\[\^(\d{1,4})\]:|\[\\?\[(\d{1,4})\\?\]\]\(#[^()\s]*\)|\[(\d{1,4})\]\(#sd(?:foot|end)note\d{1,4}anc\)|(?:<(?:p|div)\b[^<>]*>\s*)*<a\b[^<>]*\bhref="?#(?:_?(?:ftn|edn)ref|ftnt_ref|sd(?:foot|end)note)(\d{1,4})(?:anc)?"?[^<>]*>(?:<[^<>]*>|[^<])*?</a>|(?:<(?:ol|ul)\b[^<>]*>\s*)?<li\b[^<>]*\bid="?(?:fn|footnote-?|note-?|endnote-?)(\d{1,4})"?[^<>]*>(?:\s*<p\b[^<>]*>)?)\s*(.*?)(?:\s*</(?:p|div|li)>)*$`)

// citeBackLinkRe is the link back to a note's sign Pandoc's HTML ends
// the note with: "<a href="#fnref1" class="footnote-back">↩︎</a>".
var citeBackLinkRe = lazyRegexp(`<a\b[^<>]*\bhref="?#fnref\d+"?[^<>]*>[^<]*</a>`)

// citeTagRe is an HTML tag.
var citeTagRe = lazyRegexp(`<[^<>]*>`)

// FootnoteList reads the Markdown footnote definitions of a text ("[^1]:
// text", or "[[1]](#ftnt_ref1) text" from Google Docs, continued on lines
// indented by four spaces or a tab, or on the lines of its paragraph) as a
// list of notes headed "Footnotes", wherever in the text they stand. It
// reports false when there are none.
func FootnoteList(lines []string) (List, bool) {
	l := List{Heading: "Footnotes"}
	for i := 0; i < len(lines); i++ {
		m := citeNoteDefRe.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		text := m[7]
		if m[5]+m[6] != "" { // an HTML page's note: its text without tags and the link back
			text = html.UnescapeString(citeTagRe.ReplaceAllString(citeBackLinkRe.ReplaceAllString(text, ""), ""))
		}
		e := Entry{Label: m[1] + m[2] + m[3] + m[4] + m[5] + m[6], Line: i + 1, Lines: []int{i + 1}, Raw: strings.TrimSpace(text)}
		for i+1 < len(lines) && citeNoteGoesOn(lines[i+1]) {
			i++
			e.Lines = append(e.Lines, i+1)
			e.Raw += " " + strings.TrimSpace(lines[i])
		}
		l.Entries = append(l.Entries, e)
	}
	return l, len(l.Entries) > 0
}

// citeNoteGoesOn reports whether a line goes on with the note above it:
// indented by four spaces or a tab, or a lazy continuation of the note's
// paragraph (a wrapped line that opens no note and no heading).
func citeNoteGoesOn(line string) bool {
	t := strings.TrimSpace(line)
	switch {
	case t == "":
		return false
	case strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t"):
		return true
	}
	return !isNoteDefinition(line) && !strings.HasPrefix(t, "#") && !isHeading(line) && !strings.HasPrefix(t, "<")
}

// isNoteDefinition reports whether a line opens a Markdown footnote definition.
func isNoteDefinition(line string) bool {
	return citeNoteDefRe.MatchString(line)
}
