package bib

import (
	"encoding/json"
	"os"
	"testing"
)

func TestZZSnapshot(t *testing.T) {
	path := os.Getenv("SNAP")
	if path == "" {
		t.Skip()
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, l := range benchLists(t) {
		enc.Encode(ParseLines(l))
		for _, s := range l {
			enc.Encode(Parse(s))
		}
	}
}
