package bib

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestArticleMeta reads each seed article's own metadata and compares it
// with testdata/gold/articles.jsonl: title (ignoring case), authors, date
// and language.
func TestArticleMeta(t *testing.T) {
	f, err := os.Open("../testdata/gold/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g struct {
			ID       string `json:"id"`
			Expected Item   `json:"expected"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		t.Run("seed_"+g.ID, func(t *testing.T) {
			it := ArticleMeta(ReadDocument(readArticle(t, g.ID)))
			if it == nil {
				t.Fatal("no metadata read")
			}
			if !strings.EqualFold(it.Title, g.Expected.Title) {
				t.Errorf("title = %q, want %q", it.Title, g.Expected.Title)
			}
			if namesString(it.Author) != namesString(g.Expected.Author) && len(g.Expected.Author) > 0 && g.Expected.Author[0].Literal == "" {
				t.Errorf("authors = %q, want %q", namesString(it.Author), namesString(g.Expected.Author))
			}
			if it.Issued.String() != g.Expected.Issued.String() {
				t.Errorf("issued = %q, want %q", it.Issued, g.Expected.Issued)
			}
			if it.Language != g.Expected.Language {
				t.Errorf("language = %q, want %q", it.Language, g.Expected.Language)
			}
		})
	}
}
