package bib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadDocument feeds the article reader arbitrary text. Whatever the
// text, ReadDocument must not panic, its Lines must be the text split at
// line ends, BodyEnd must lie within Lines, and every entry must be text
// that was printed: its first piece inside its first line, each wrapped
// line joined by one space, its lines in document order.
//
// Run it with: go test ./bib -run XXX -fuzz FuzzReadDocument -fuzztime 5m
// A crasher it finds lands in testdata/fuzz/FuzzReadDocument and is replayed
// by every later go test.
func FuzzReadDocument(f *testing.F) {
	seeds := []string{
		"",
		"\n",
		"References\n",
		"References\n1. Smith J. A book. London, 2010.\n2. Doe J. Another. 2011.\n",
		"Текст [1, с. 5].\n\nСписок литературы\n\n1. Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.\n2. Там же. С. 7.\n3. Петров П. П. Статья // Журнал. 2015. № 3. С. 45–60.\nURL: https://example.org/a/\nb (дата обращения: 01.02.2020).\n",
		"## References\r\n\r\n- Smith J. (2010). Title. Publisher.\r\n- Doe J. (2011). Other. https://doi.org/10.1/\r\nabc\r\n",
		"1. a 2010\n2. b 2011\n3. c 2012\n",
		"References\n[1] A 2001\n[3] B 2002\n[2] C\n\n\nnext\n",
		"Literature\n1 Bare label 2000\n2 Two 2001\n",
		"References\n\u00a0\n1.\u00a0Nbsp entry 1999\u00a0\n   continued line\n",
		"Notes\rReferences\r1. x 1900\r",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	if names, err := filepath.Glob("../testdata/articles/*.txt"); err == nil {
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := ReadDocument(text)
		norm := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		if got := strings.Join(doc.Lines, "\n"); got != norm {
			t.Fatalf("Lines do not rejoin to the input:\n got %q\nwant %q", got, norm)
		}
		if doc.BodyEnd < 0 || doc.BodyEnd > len(doc.Lines) {
			t.Fatalf("BodyEnd %d outside 0..%d", doc.BodyEnd, len(doc.Lines))
		}
		last := 0 // the last 1-based line used by a heading or an entry
		for li, l := range doc.Lists {
			if l.HeadingLine != 0 {
				if l.HeadingLine <= last || l.HeadingLine > len(doc.Lines) {
					t.Fatalf("list %d: heading line %d out of order (after %d) or out of range", li, l.HeadingLine, last)
				}
				last = l.HeadingLine
			}
			if li == 0 {
				first := l.HeadingLine
				if first == 0 && len(l.Entries) > 0 {
					first = l.Entries[0].Line
				}
				if first != 0 && doc.BodyEnd > first-1 {
					t.Fatalf("BodyEnd %d is past the start of the first list (line %d)", doc.BodyEnd, first)
				}
			}
			if len(l.Entries) == 0 {
				t.Fatalf("list %d has no entries", li)
			}
			for ei, e := range l.Entries {
				checkEntry(t, doc.Lines, e, &last, li, ei)
			}
		}
	})
}

// checkEntry asserts that an entry is its printed text: Raw is a piece of
// its first line followed by each further line, trimmed, joined by a space.
func checkEntry(t *testing.T, lines []string, e Entry, last *int, li, ei int) {
	t.Helper()
	if len(e.Lines) == 0 || e.Lines[0] != e.Line {
		t.Fatalf("list %d entry %d: Line %d, Lines %v", li, ei, e.Line, e.Lines)
	}
	for _, n := range e.Lines {
		if n <= *last || n > len(lines) {
			t.Fatalf("list %d entry %d: line %d out of order (after %d) or past the end (%d lines)", li, ei, n, *last, len(lines))
		}
		*last = n
	}
	var tail strings.Builder
	for _, n := range e.Lines[1:] {
		tail.WriteString(" ")
		tail.WriteString(strings.TrimSpace(lines[n-1]))
	}
	head, ok := strings.CutSuffix(e.Raw, tail.String())
	if !ok {
		t.Fatalf("list %d entry %d: Raw %q does not end with its wrapped lines %q", li, ei, e.Raw, tail.String())
	}
	if strings.TrimSpace(head) == "" {
		// Once found by this fuzz test (testdata/fuzz/FuzzReadDocument/
		// ad742900292c7bcb "1)\u2001", 0159dc728154ce46 "0 \v", 780c271e14d0b0ac,
		// aeac3ea87a734948 "*  \v"): a label or bullet followed by a space
		// RE2's \s does not know started an empty entry.
		t.Fatalf("list %d entry %d: Raw %q starts with no text of its first line %q", li, ei, e.Raw, lines[e.Line-1])
	}
	if !strings.Contains(lines[e.Line-1], head) {
		t.Fatalf("list %d entry %d: Raw starts with %q, which is not in its first line %q", li, ei, head, lines[e.Line-1])
	}
}
