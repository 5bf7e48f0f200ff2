package bib

import (
	"strings"
	"testing"
)

// FuzzRepairIdempotent checks that a repair, done once, leaves nothing to
// repair: the URL and DOI ibid read from any text, printed again as they
// are, read back unchanged and with no repair of their own.
func FuzzRepairIdempotent(f *testing.F) {
	for _, s := range []string{
		"Doe J. Page [Electronic resource]. – URL: http://english. hanban.org/node_7716.htm (accessed on: 01.02.2020).",
		"Roe R. Culture. – URL: http://english.cntv.cn/program/cultureex- press/20130315/103344.shtml",
		"Kurmanov B. China Goes West, to Kazakhstan’s Benefi t // Forum. – URL: http://www.forum.org/2013/09/27/\u00a0china-goes-west-benefi t/",
		"Joffe A. Report. – URL: [https://opus.bsz-bw.de/ifa-2023\\\\_joffe\\\\_EN.pdf](https://opus.bsz-bw.de/ifa-2023\\\\_joffe\\\\_EN.pdf)",
		"Smith J. Article // Journal. – 2016. – DOI: 10.1016/j.jwb.2016.12. 018.",
		"Li X. Title. https://doi.org/10.1590/0034-7329201900105 <https://www.scielo.br/j/rbpi/>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		first := ParseLines([]string{s})[0]
		if u := first.Item.URL; u != "" && !strings.ContainsAny(u, " \u00a0") {
			again := ParseLines([]string{"Title. – URL: " + u})[0]
			if again.Item.URL != u {
				t.Fatalf("URL %q read again as %q", u, again.Item.URL)
			}
			for _, r := range again.Repairs {
				if r.Field == "URL" {
					t.Fatalf("URL %q repaired again: %+v", u, r)
				}
			}
		}
		if d := first.Item.DOI; d != "" && !strings.ContainsAny(d, " \u00a0") {
			again := ParseLines([]string{"Title. – DOI: " + d})[0]
			if !strings.EqualFold(again.Item.DOI, d) {
				t.Fatalf("DOI %q read again as %q", d, again.Item.DOI)
			}
		}
	})
}
