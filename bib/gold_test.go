package bib

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// goldExpected is an expected record of testdata/gold/references.jsonl: a
// CSL item plus the citation-level keys.
type goldExpected struct {
	Item
	Locator    string `json:"locator"`
	Ibid       bool   `json:"ibid"`
	ResolvesTo string `json:"resolves_to"`
	AsCitedIn  bool   `json:"as_cited_in"`
}

// fieldDiffs lists the fields of got that differ from want, with the gold
// README's tolerances: titles compare ignoring case, types accept the listed
// alternatives, page ranges compare with any dash.
func fieldDiffs(want goldExpected, got Ref, typeAlts []string) []string {
	var d []string
	cmp := func(field, w, g string) {
		if w != g {
			d = append(d, fmt.Sprintf("%s: want %q got %q", field, w, g))
		}
	}
	if want.Type != got.Item.Type && !contains(typeAlts, got.Item.Type) {
		d = append(d, fmt.Sprintf("type: want %q got %q", want.Type, got.Item.Type))
	}
	cmp("author", namesString(want.Author), namesString(got.Item.Author))
	cmp("editor", namesString(want.Editor), namesString(got.Item.Editor))
	cmp("title", strings.ToLower(want.Title), strings.ToLower(got.Item.Title))
	cmp("container-title", want.ContainerTitle, got.Item.ContainerTitle)
	cmp("collection-title", want.CollectionTitle, got.Item.CollectionTitle)
	cmp("edition", want.Edition, got.Item.Edition)
	cmp("volume", want.Volume, got.Item.Volume)
	cmp("issue", want.Issue, got.Item.Issue)
	cmp("page", normDash(want.Page), normDash(got.Item.Page))
	cmp("number-of-pages", want.NumberOfPages, got.Item.NumberOfPages)
	cmp("publisher-place", want.PublisherPlace, got.Item.PublisherPlace)
	cmp("publisher", want.Publisher, got.Item.Publisher)
	cmp("issued", want.Issued.String(), got.Item.Issued.String())
	cmp("medium", want.Medium, got.Item.Medium)
	cmp("URL", want.URL, got.Item.URL)
	cmp("DOI", want.DOI, got.Item.DOI)
	cmp("accessed", want.Accessed.String(), got.Item.Accessed.String())
	cmp("language", want.Language, got.Item.Language)
	cmp("note", want.Note, got.Item.Note)
	cmp("locator", normDash(want.Locator), normDash(got.Locator))
	cmp("as_cited_in", fmt.Sprint(want.AsCitedIn), fmt.Sprint(got.AsCitedIn))
	return d
}

func namesString(ns []Name) string {
	var s []string
	for _, n := range ns {
		s = append(s, n.Family+"|"+n.Given+"|"+n.Literal)
	}
	return strings.Join(s, "; ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestParseGold parses the two seed lists and compares every field of every
// entry with the gold answer key.
func TestParseGold(t *testing.T) {
	gold := readGoldRefs(t)
	var alts map[string][]string
	b, err := os.ReadFile("../testdata/gold/seed-type-alternatives.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &alts); err != nil {
		t.Fatal(err)
	}
	bySeed := map[string][]goldRef{}
	for _, g := range gold {
		bySeed[g.ID[:3]] = append(bySeed[g.ID[:3]], g)
	}
	ids := map[string]int{}
	var seeds []string
	for s := range bySeed {
		seeds = append(seeds, s)
	}
	sort.Strings(seeds)
	for _, seed := range seeds {
		gs := bySeed[seed]
		lines := make([]string, len(gs))
		for i, g := range gs {
			lines[i] = g.Text
			ids[g.ID] = i + 1
		}
		refs := ParseLines(lines)
		for i, g := range gs {
			var want goldExpected
			if err := json.Unmarshal(g.Expected, &want); err != nil {
				t.Fatal(err)
			}
			t.Run(g.ID, func(t *testing.T) {
				got := refs[i]
				for _, d := range fieldDiffs(want, got, alts[g.ID]) {
					t.Error(d)
				}
				if want.Ibid && got.IbidOf != ids[want.ResolvesTo] {
					t.Errorf("ibid_of = %d, want entry %s", got.IbidOf, want.ResolvesTo)
				}
				if got.Raw != g.Text {
					t.Errorf("raw text altered")
				}
			})
		}
	}
}
