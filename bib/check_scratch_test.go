package bib

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchDump(t *testing.T) {
	fs, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		d := ReadDocument(string(b))
		fmt.Println("==", f, "body", d.BodyEnd, "lists", len(d.Lists))
		for _, l := range d.Lists {
			refs := ParseEntries(l.Entries)
			for _, r := range refs {
				fmt.Printf("%d L%d ibid=%d loc=%q type=%s page=%q nop=%q year=%d pub=%q place=%q url=%q acc=%v au=%v\n   warn=%v rep=%v\n", r.N, r.Line, r.IbidOf, r.Locator, r.Item.Type, r.Item.Page, r.Item.NumberOfPages, r.Item.Issued.Year(), r.Item.Publisher, r.Item.PublisherPlace, r.Item.URL, r.Item.Accessed.String(), r.Item.Author, r.Warnings, r.Repairs)
			}
		}
	}
}
