package bib

import "testing"

func TestSingleDashes(t *testing.T) {
	for in, want := range map[string]string{
		"Journal. –– 2015. –– Vol. 4": "Journal. – 2015. – Vol. 4",
		"P. 1397––1426":               "P. 1397–1426",
		"Россия — Китай":              "Россия — Китай",
		"a —– b":                      "a — b",
	} {
		if got := singleDashes(in); got != want {
			t.Errorf("singleDashes(%q) = %q; want %q", in, got, want)
		}
	}
	// An article in a list typed with doubled dashes reads as with single ones.
	r := Parse("Smith, John. Schools and courts // Law Quarterly. –– 2016. –– Vol. 12(3). –– Р. 40––52.")
	want{container: "Law Quarterly", volume: "12", issue: "3", page: "40–52", issued: "2016"}.check(t, r)
}

// TestInvertedNamesWithSemicolons reads every name of "Family, Given;
// Family, Given" family first, and documentation as no part of a title.
func TestInvertedNamesWithSemicolons(t *testing.T) {
	r := Parse("Doe, Jane; Roe, Richard K. Practical Networking. – Boston : Tech Press, 2019. – 300 p.")
	want{author: "Doe|Roe", title: "Practical Networking", place: "Boston", issued: "2019"}.check(t, r)
	r = Parse("Django : документация : [Электронный ресурс]. – URL: https://docs.djangoproject.com/ (дата обращения: 01.02.2026). – Текст : электронный.")
	want{title: "Django"}.check(t, r)
}
