package bib

import (
	"strings"
	"unicode"
)

var (
	supRe       = lazyRegexp(`<sup>[^<]*</sup>`)
	glueInitial = lazyRegexp(`(\p{Lu}\.)(\p{Lu}\p{Ll})`)
	publishedRe = lazyRegexp(`(?i)^(?:published|опубликовано|жарияланды|posted|date)\s*:?\s*(.+)$`)
	bylineRe    = lazyRegexp(`(?i)^(?:by|автор|авторы)\s+\p{Lu}`)
	sectionWord = lazyRegexp(`(?i)^(?:abstract|аннотация|аңдатпа|introduction|введение|кіріспе|keywords|ключевые слова|түйін сөздер|conclusion|заключение|қорытынды|acknowledg)`)
)

// ArticleMeta reads what an article's own text states about it: its title
// (the first Markdown heading that is not a section name, else the first
// short line that a paragraph or a dateline follows), the authors printed
// on a line of their own above the title, a "Published:" date, and the
// language of its body. Nothing is guessed beyond that.
func ArticleMeta(doc Document) *Item {
	lines := doc.Lines[:doc.BodyEnd]
	ti := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") {
			h := strings.Trim(strings.TrimLeft(t, "# "), "*_ ")
			if h != "" && !sectionWord.MatchString(h) && len(strings.Fields(h)) >= 3 {
				ti = i
				break
			}
		}
	}
	lang := bodyLanguage(lines)
	if ti < 0 {
		for i, l := range lines {
			// The title is in the language of the body: page furniture
			// around an article (other articles' abstracts) often is not.
			if titleLike(l) && (bodyLanguage([]string{l}) == "en") == (lang == "en") && followedByBody(lines, i) {
				ti = i
				break
			}
		}
	}
	if ti < 0 {
		return nil
	}
	it := &Item{Type: "webpage", Title: cleanHeading(lines[ti]), Language: lang}
	for i := ti - 1; i >= 0 && i >= ti-8; i-- {
		t := strings.TrimSpace(supRe.ReplaceAllString(lines[i], ""))
		t = strings.NewReplacer(`\*`, "", "*", "").Replace(t)
		t = glueInitial.ReplaceAllString(t, "$1 $2")
		if t == "" {
			continue
		}
		if names, rest, _ := parseNames(t); len(names) > 0 && strings.Trim(rest, " .,;") == "" {
			it.Author = names
			it.Type = "article-journal"
			break
		}
	}
	for i := ti + 1; i < len(lines) && i <= ti+3; i++ {
		if m := publishedRe.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
			if d := parseDate(m[1]); d != nil {
				it.Issued = d
				it.Note = "Printed: \"" + strings.TrimSpace(lines[i]) + "\""
			}
		}
	}
	return it
}

func cleanHeading(s string) string {
	s = strings.Trim(strings.TrimLeft(strings.TrimSpace(s), "# "), "*_ ")
	return strings.Join(strings.Fields(nbspRe.ReplaceAllString(s, " ")), " ")
}

// titleLike is a line of 3 to 40 words that does not end a sentence.
func titleLike(l string) bool {
	t := strings.TrimSpace(nbspRe.ReplaceAllString(l, " "))
	n := len(strings.Fields(t))
	return n >= 3 && n <= 40 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") && !strings.Contains(t, " / ")
}

// followedByBody reports whether the next non-empty line is a paragraph
// (twenty words or more), a dateline or a byline.
func followedByBody(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(nbspRe.ReplaceAllString(lines[j], " "))
		if t == "" {
			continue
		}
		return len(strings.Fields(t)) >= 20 || publishedRe.MatchString(t) || bylineRe.MatchString(t)
	}
	return false
}

// bodyLanguage names the language of the body by its letters: Kazakh
// letters make it kk, other Cyrillic ru, Latin en.
func bodyLanguage(lines []string) string {
	var lat, cyr, kaz int
	for _, l := range lines {
		for _, r := range l {
			switch {
			case strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r):
				kaz++
				cyr++
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
			case r < 128 && unicode.IsLetter(r):
				lat++
			}
		}
	}
	switch {
	case lat == 0 && cyr == 0:
		return ""
	case lat >= cyr:
		return "en"
	case kaz*50 > cyr:
		return "kk"
	}
	return "ru"
}
