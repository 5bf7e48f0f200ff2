package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// FuzzDecodeText feeds the input decoder arbitrary bytes. It must not
// panic, and text it accepts must be what every reader expects: valid
// UTF-8 in NFC, "\n" line ends only, no line over the limit, not empty.
//
// Run it with: go test ./cmd/ibid -run XXX -fuzz FuzzDecodeText -fuzztime 2m
func FuzzDecodeText(f *testing.F) {
	ru := ruArticle(ruRefs)
	for _, s := range [][]byte{
		nil, []byte(" \n"), []byte(ru), []byte(strings.ReplaceAll(ru, "\n", "\r\n")),
		[]byte("\ufeff" + ru), encodeUTF16(ru, false), encodeUTF16(ru, true), encodeUTF16(ru, true)[2:],
		[]byte("\xff\xfe \x00\n\x00"), []byte("caf\xe9 na\xefve"), []byte("PK\x03\x04\x00\x00"), []byte("\x89PNG\r\n\x1a\n\x00"),
	} {
		f.Add(s)
	}
	if b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(ru)); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeText(b)
		if err != nil {
			if s != "" {
				t.Fatalf("refused with %v but returned text", err)
			}
			return
		}
		switch {
		case !utf8.ValidString(s):
			t.Fatalf("accepted text is not valid UTF-8: %q", s)
		case !norm.NFC.IsNormalString(s):
			t.Fatalf("accepted text is not NFC: %q", s)
		case strings.Contains(s, "\r"):
			t.Fatalf("accepted text keeps a CR: %q", s)
		case strings.TrimSpace(s) == "":
			t.Fatalf("accepted empty text from %q", b)
		case longestLine(s) > maxLineSize:
			t.Fatalf("accepted a line of %d bytes", longestLine(s))
		}
	})
}
