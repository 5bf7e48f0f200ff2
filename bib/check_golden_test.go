package bib

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/check/*.golden")

// TestCheckGolden runs the whole path (ReadDocument, ParseEntries, Check)
// on the articles in testdata/check and compares the errors and warnings
// with NAME.golden. Info findings depend on how well each entry parses and
// are left to the unit tests.
func TestCheckGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/check/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		if name == "README" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, x := range checkFixture(t, f) {
				fmt.Fprintf(&b, "%d:%d: %s: %s [%s]\n", x.Line, x.Col, x.Severity, x.Message, x.Rule)
			}
			golden := strings.TrimSuffix(f, ".md") + ".golden"
			if *updateGolden {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("findings differ from %s\n got:\n%s\nwant:\n%s", golden, b.String(), want)
			}
		})
	}
}
