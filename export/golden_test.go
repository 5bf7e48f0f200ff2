package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/ibid-project/ibid/bib"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

// corpus is testdata/export/corpus.json: one work of every CSL type the
// parser produces, in Russian, Kazakh and English, and the edge cases
// of each format (escapes, organisations, four and more authors, a range
// of years).
func corpus(t testing.TB) []bib.Item {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "export", "corpus.json"))
	if err != nil {
		t.Fatal(err)
	}
	var items []bib.Item
	if err := json.Unmarshal(b, &items); err != nil {
		t.Fatal(err)
	}
	return items
}

// goldWorks are the items of testdata/gold/works.jsonl.
func goldWorks(t testing.TB) []bib.Item {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "works.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var items []bib.Item
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var w struct {
			Item bib.Item `json:"item"`
		}
		if err := json.Unmarshal(line, &w); err != nil {
			t.Fatal(err)
		}
		items = append(items, w.Item)
	}
	return items
}

// golden compares got with testdata/export/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "export", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w []byte
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if !bytes.Equal(g, w) {
				t.Fatalf("%s differs at line %d:\ngot:  %s\nwant: %s", name, i+1, g, w)
			}
		}
	}
}
