package bib

import "testing"

// TestEnglishStyleRules checks further rules of the style manuals, each
// with an entry written for the test in the printed form the rule reads.
func TestEnglishStyleRules(t *testing.T) {
	one := func(s string) []string { return []string{s} }
	cases := []enCase{
		// IEEE Reference Guide, "Corporate author": the organisation before
		// the quoted title.
		{"ieee_organisation_before_quoted_title", one(`Nordwind Sensors Ltd., "Model K2 Board Datasheet," 2011. [Online]. Available: http://example.org/k2.pdf`),
			enWant{typ: "webpage", authors: "Nordwind Sensors Ltd.", title: "Model K2 Board Datasheet", year: "2011", url: "http://example.org/k2.pdf"}},
		{"ieee_organisation_manual_publisher_place", one(`Q Project Group, "Q: A System for Numerical Work," Q Society for Open Computing, Zurich, Switzerland, 2019. [Online]. Available: https://q.example.org/`),
			enWant{typ: "book", authors: "Q Project Group", title: "Q: A System for Numerical Work", publisher: "Q Society for Open Computing", place: "Zurich, Switzerland", year: "2019"}},
		{"ieee_organisation_report", one(`Lumen Labs, “Lumen-3 technical report,” 2022, accessed: 2024-01-15. [Online]. Available: https://example.com/lumen-3`),
			enWant{typ: "report", authors: "Lumen Labs", title: "Lumen-3 technical report", year: "2022", accessed: "2024-01-15"}},
		// IEEE Reference Guide, "Standards": a designation before or after
		// the quoted title.
		{"ieee_designation_before_title", one(`ABC-T Recommendation Q.77, "Quality classes for data links," International Signal Union, 2004.`),
			enWant{typ: "standard", authors: "-", title: "Quality classes for data links", publisher: "International Signal Union", year: "2004"}},
		{"ieee_rfc_after_title", one(`J. Doe et al., "A Framework for Packet Marking," RFC 9999, 2005.`),
			enWant{typ: "standard", authors: "Doe", title: "A Framework for Packet Marking", container: "-", year: "2005"}},
		// Cite Them Right: "Organisation (Year) Title" with the year glued
		// to the name.
		{"harvard_organisation_year_glued", one("Contoso(2024b) Getting started with widgets. Available at: https://learn.example.com/widgets/start (Accessed: 3 March 2025)."),
			enWant{typ: "webpage", authors: "Contoso", title: "Getting started with widgets", year: "2024", accessed: "2025-03-03"}},
		{"harvard_organisation_year_glued_question", one("Contoso(2024c) What is a gadget?.Available at: https://learn.example.com/gadget (Accessed: 3 March 2025)."),
			enWant{authors: "Contoso", title: "What is a gadget?", year: "2024"}},
		// Citing Medicine, ch. 22: web pages of organisations, "[cited …]".
		{"vancouver_organisation_web_cited", one("Royal Society of Surveyors. National survey workforce report 2012. 2013 [cited 2020 May 3]."),
			enWant{typ: "report", authors: "Royal Society of Surveyors", title: "National survey workforce report 2012", year: "2013", accessed: "2020-05-03"}},
		{"vancouver_no_date_cited", one("Heart Foundation Wales. Heart failure figures. N.d. [cited 2021 March 9]. Available from: https://www.example.org/figures"),
			enWant{typ: "webpage", authors: "Heart Foundation Wales", title: "Heart failure figures", year: "-", publisher: "-", accessed: "2021-03-09"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEnglish(t, c) })
	}
}
