package bib

import (
	"fmt"
	"os"
	"testing"
)

func TestScratchCheck(t *testing.T) {
	for _, f := range []string{"../testdata/articles/000_15dd2a0b7262822e.txt", "../testdata/articles/002_a31db7b051f64615.txt"} {
		b, _ := os.ReadFile(f)
		d := ReadDocument(string(b))
		var refs [][]Ref
		for _, l := range d.Lists {
			refs = append(refs, ParseEntries(l.Entries))
		}
		for _, x := range Check(d, refs) {
			fmt.Printf("%d:%d: %s: %s [%s]\n", x.Line, x.Col, x.Severity, x.Message, x.Rule)
		}
	}
}
