package bib

import (
	"fmt"
	"sort"
	"strings"
)

// Candidate is a group of works that may be one work, with a score from
// 0 to 1 and the reasons for it.
type Candidate struct {
	Members []int // indexes into the items given to Candidates
	Score   float64
	Reasons []string
}

// keyed is an item with the keys pairScore compares, computed once.
type keyed struct {
	it         *Item
	title      string // TitleKey of the transliterated title
	main       string // the same for the title before its subtitle
	author     string // NameKey of the first author
	authorFold string
	grams      map[string]int
}

// Candidates finds likely duplicates among items without comparing all
// pairs: items are blocked by first-author key (transliterated, so
// Сыроежкин and Syroezhkin share a block) or, with no author, by the first
// title word; pairs inside a block are scored on title similarity, year,
// URL and DOI. Pairs that Conflict are never candidates.
func Candidates(items []Item) []Candidate {
	ks := make([]keyed, len(items))
	blocks := map[string][]int{}
	for i := range items {
		it := &items[i]
		k := keyed{it: it, title: TitleKey(Translit(it.Title)), main: TitleKey(Translit(mainTitle(it.Title)))}
		if len(it.Author) > 0 {
			f := it.Author[0].Family + it.Author[0].Literal
			k.author, k.authorFold = NameKey(f), foldKey(f)
		}
		ks[i] = k
		for _, b := range blockKeys(k) {
			blocks[b] = append(blocks[b], i)
		}
	}
	names := make([]string, 0, len(blocks))
	for b := range blocks {
		names = append(names, b)
	}
	sort.Strings(names)
	seen := map[[2]int]bool{}
	var out []Candidate
	for _, b := range names {
		idx := blocks[b]
		if len(idx) > 200 {
			idx = idx[:200] // a block this large is a common name: compare its head only
		}
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				i, j := idx[x], idx[y]
				if len(idx) > 2 && seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				if score, reasons := pairScore(&ks[i], &ks[j]); score >= 0.75 {
					out = append(out, Candidate{Members: []int{i, j}, Score: score, Reasons: reasons})
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

func blockKeys(k keyed) []string {
	var keys []string
	if k.it.DOI != "" {
		keys = append(keys, "doi:"+strings.ToLower(k.it.DOI))
	}
	switch {
	case k.author != "":
		keys = append(keys, "a:"+k.author)
	case len(k.title) >= 4:
		keys = append(keys, "t:"+k.title[:4])
	}
	return keys
}

// pairScore scores two items as one work.
func pairScore(a, b *keyed) (float64, []string) {
	if a.it.DOI != "" && strings.EqualFold(a.it.DOI, b.it.DOI) {
		return 1, []string{"same DOI"}
	}
	if Conflict(*a.it, *b.it) {
		return 0, nil
	}
	sim := titleSimilarity(a, b)
	if sim < 0.6 {
		return 0, nil
	}
	reasons := []string{fmt.Sprintf("title %.2f", sim)}
	score := sim
	if a.author != "" && b.author != "" {
		switch {
		case a.authorFold == b.authorFold:
			reasons = append(reasons, "same first author")
		case a.author == b.author:
			reasons = append(reasons, "author translit")
		default:
			score -= 0.3
		}
	}
	switch ya, yb := a.it.Issued.Year(), b.it.Issued.Year(); {
	case ya > 0 && ya == yb:
		reasons = append(reasons, "same year")
	case ya > 0 && yb > 0:
		score -= 0.3
		reasons = append(reasons, fmt.Sprintf("years differ (%d, %d)", ya, yb))
	}
	if a.it.URL != "" && b.it.URL != "" && NormalizeURL(a.it.URL) != NormalizeURL(b.it.URL) && (a.it.Type == "webpage" || b.it.Type == "webpage") {
		score -= 0.3
		reasons = append(reasons, "different URLs")
	}
	return min(score, 1), reasons
}

// titleSimilarity is the Dice coefficient of the titles' letter bigrams,
// on transliterated text so scripts compare; a title that is the other's
// head (subtitle dropped) counts as nearly the same.
func titleSimilarity(a, b *keyed) float64 {
	ta, tb := a.title, b.title
	switch {
	case ta == "" || tb == "":
		return 0
	case ta == tb:
		return 1
	case len(ta) >= 12 && len(tb) >= 12 && (strings.HasPrefix(ta, tb) || strings.HasPrefix(tb, ta)):
		return 0.97
	case len(a.main) >= 6 && a.main == b.main:
		return 0.95 // one prints the subtitle, the other does not
	}
	if a.grams == nil {
		a.grams = bigrams(ta)
	}
	if b.grams == nil {
		b.grams = bigrams(tb)
	}
	common, total := 0, 0
	for g, n := range a.grams {
		common += min(n, b.grams[g])
		total += n
	}
	for _, n := range b.grams {
		total += n
	}
	return 2 * float64(common) / float64(total)
}

// mainTitle is the title before its subtitle.
func mainTitle(s string) string {
	if i := strings.IndexAny(s, ":.?!"); i > 0 {
		return s[:i]
	}
	return s
}

func bigrams(s string) map[string]int {
	m := make(map[string]int, len(s))
	for i := 0; i+1 < len(s); i++ {
		m[s[i:i+2]]++
	}
	return m
}
