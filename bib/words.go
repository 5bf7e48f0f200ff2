package bib

import (
	"strings"
	"unicode"
)

var (
	// "Benefi t", "infl uence": a torn ﬁ/ﬂ/ﬀ/ﬃ/ﬄ ligature leaves a space.
	ligatureSplit = lazyRegexp(`(\p{L}*(?:ffi|ffl|fi|fl|ff)) (\p{Ll}+)`)
	// "Cul- ture": a hyphen and a space left by a line wrap.
	wrapHyphen = lazyRegexp(`(\p{L}+)- (\p{Ll}+)`)
)

// realLigatureWords end in fi/fl/ff and stand alone: "off", "staff".
var realLigatureWords = map[string]bool{
	"off": true, "staff": true, "stuff": true, "cliff": true, "sci-fi": true, "wifi": true,
	"hi-fi": true, "buff": true, "tariff": true, "sheriff": true, "bluff": true, "cuff": true,
	"puff": true, "scoff": true, "stiff": true, "fluff": true, "gruff": true, "chaff": true,
	"riff": true, "whiff": true, "diff": true, "if": true, "of": true, "self": true,
	"golf": true, "wolf": true, "half": true, "shelf": true, "gulf": true, "elf": true,
	"leaf": true, "chief": true, "brief": true, "thief": true, "grief": true, "belief": true,
	"proof": true, "roof": true, "deaf": true, "beef": true, "reef": true, "ref": true,
	"hifi": true, "lofi": true, "scifi": true, "fifi": true,
}

// functionWords stand alone after a word ending in ff, fi or fl; no torn
// ligature leaves one of them behind ("Benefi t", "infl uence" leave
// fragments that are not words).
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "at": true, "in": true, "on": true, "of": true, "to": true,
	"is": true, "as": true, "or": true, "and": true, "up": true, "by": true, "it": true, "be": true,
	"for": true, "from": true, "with": true, "are": true, "was": true, "were": true, "has": true,
	"had": true, "not": true, "but": true, "all": true, "out": true, "into": true, "onto": true, "over": true,
}

// conjunctions after a hyphen and a space mark a suspended hyphen
// ("социально- и экономический"), printed as such, not a wrap. Only words
// that no wrap leaves as the tail of another word: "and", "or", "to" are
// not here ("isl- and", "auth- or", "pho- to").
var conjunctions = map[string]bool{
	"и": true, "или": true, "і": true, "й": true, "або": true, "және": true, "und": true, "oder": true,
	"og": true, "och": true, "eller": true, "oraz": true, "lub": true, // "medisin- og jusstudenter"
}

// keepHyphen are prefixes whose hyphen is real when a wrap falls after it.
var keepHyphen = map[string]bool{
	"non": true, "self": true, "co": true, "anti": true, "pre": true, "post": true,
	"well": true, "multi": true, "inter": true, "cross": true, "semi": true, "neo": true,
	"ex": true, "pro": true, "sub": true, "mid": true, "quasi": true, "pseudo": true,
	"socio": true, "geo": true, "euro": true, "sino": true, "afro": true, "counter": true,
	"вице": true, "экс": true, "обер": true, "штаб": true, "лейб": true, "унтер": true,
	"военно": true, "социально": true, "историко": true, "политико": true, "научно": true,
	"учебно": true, "финансово": true, "экономико": true, "культурно": true, "историко-": true,
}

// hasLigatureSplit is ligatureSplit's prefilter: "fi", "fl" or "ff" before a space.
func hasLigatureSplit(s string) bool {
	return containsAny(s, "fi ", "fl ", "ff ")
}

// mayReplace replaces the matches of re in s only when ok, re's prefilter, holds.
func mayReplace(re *regex, s string, ok bool, f func(string) string) string {
	if !ok {
		return s
	}
	return re.ReplaceAllStringFunc(s, f)
}

// repairWords rejoins words torn by ligatures and line-wrap hyphens in the
// title and container title, and logs each change.
func repairWords(p *parsed, ctx *listText) {
	it := &p.Item
	for _, f := range []struct {
		name string
		v    *string
	}{{"title", &it.Title}, {"container-title", &it.ContainerTitle}, {"collection-title", &it.CollectionTitle}} {
		if !strings.Contains(*f.v, " ") {
			continue
		}
		before := *f.v
		*f.v = mayReplace(ligatureSplit, *f.v, hasLigatureSplit(*f.v), func(m string) string {
			sub := ligatureSplit.FindStringSubmatch(m)
			if realLigatureWords[lower(sub[1])] || functionWords[sub[2]] {
				return m // "staff at", "sniff at": two words
			}
			return sub[1] + sub[2]
		})
		if *f.v != before {
			p.Repairs = append(p.Repairs, Repair{Field: f.name, Before: before, After: *f.v, Rule: RuleWordLigature})
		}
		before = *f.v
		*f.v = mayReplace(wrapHyphen, *f.v, strings.Contains(*f.v, "- "), func(m string) string {
			sub := wrapHyphen.FindStringSubmatch(m)
			if conjunctions[sub[2]] {
				return m // a suspended hyphen: "социально- и экономический"
			}
			return joinWrapped(sub[1], sub[2], ctx)
		})
		if *f.v != before {
			p.Repairs = append(p.Repairs, Repair{Field: f.name, Before: before, After: *f.v, Rule: RuleWordHyphen})
		}
	}
}

// joinWrapped decides a wrap hyphen from evidence: the document prints the
// joined word (drop the hyphen) or the hyphenated one (keep it); a prefix
// such as "non-" keeps it; otherwise the hyphen is the typesetter's.
func joinWrapped(a, b string, ctx *listText) string {
	joined, hyph := a+b, a+"-"+b
	switch {
	case ctx.hasLower(lower(hyph)):
		return hyph
	case ctx.hasLower(lower(joined)):
		return joined
	case keepHyphen[lower(a)]:
		return hyph
	case !unicode.IsLetter([]rune(b)[0]):
		return hyph
	}
	return joined
}

// mojibakeGuillemets mends the guillemets of a text saved as UTF-8 and
// read as Windows-1251, as essay sites serve Ukrainian and Russian lists:
// "«" (C2 AB) shows as "В«", "»" (C2 BB) as "В»". Only a text with an
// opening "В«" and no guillemet of its own is mended, so "«НТВ»" stays.
func mojibakeGuillemets(s string) string {
	if !strings.Contains(s, "В«") || strings.Count(s, "«") != strings.Count(s, "В«") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "В«", "«"), "В»", "»")
}
