package bib

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStableRunes checks the claim the fast path rests on: every rune
// nfcStable accepts is unchanged by NFC and cannot combine with a rune
// before it, so a string of such runes is in form C.
func TestNFCStableRunes(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !nfcStable(r) || (r >= 0xD800 && r < 0xE000) {
			continue
		}
		s := string(r)
		if !norm.NFC.IsNormalString(s) || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("nfcStable(%U) but NFC changes it or it combines backwards", r)
		}
	}
}

func TestNFC(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Иванов И. И. — 2010. № 3", "Иванов И. И. — 2010. № 3"},
		{"Ерёмин", "Ерёмин"},
		{"Ере\u0308мин", "Ерёмин"},              // decomposed ё composes
		{"Cafe\u0301 – 2010", "Café – 2010"},    // a combining acute after ASCII
		{"Қ\u0306", norm.NFC.String("Қ\u0306")}, // a mark after a Kazakh letter
		{"\u212B ngström", "\u00C5 ngström"},    // the Ångström sign is a singleton
		{"bad \xff byte", "bad \uFFFD byte"},
		{"", ""},
	} {
		if got := NFC(c.in); got != c.want {
			t.Errorf("NFC(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
