package bib

import "testing"

// TestConferenceVenue reads a paper cited by its conference's acronym as a
// paper in proceedings, whichever reader and field the acronym reached,
// and leaves unknown capitals and journals alone.
func TestConferenceVenue(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov A., Belov B. Dense Features for Matching. ICCV, 2019. DOI: 10.1109/ICCV.2019.00123",
			want{typ: "paper-conference", container: "ICCV", publisher: "", issued: "2019"}},
		{"Орлов А. и др. Sparse Transformers. — ICLR, 2021.",
			want{typ: "paper-conference", container: "ICLR", place: ""}},
		{`A. Orlov and B. Belov, "Graph matching at scale," in KDD, 2020, pp. 10–18.`,
			want{typ: "paper-conference", container: "KDD"}},
		{"Orlov A. Deep Nets. Springer, 2019.",
			want{typ: "book", publisher: "Springer"}},
		{"Orlov A. Deep Nets. NASA, 2019.",
			want{typ: "book"}},
	})
	for s, want := range map[string]bool{"CVPR": true, "NeurIPS 2017": true, "Proc. ICML": true, "ICLR'21": true, "*ACL 2020*": true, "ICML 20x": false, "Nature": false, "IEEE": false} {
		if got := isVenueAcronym(s); got != want {
			t.Errorf("isVenueAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}
