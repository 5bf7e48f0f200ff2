package bib

import "testing"

// Repairs of defect classes in forms the seeds do not print: a host split
// before its top-level domain, a scheme-less host, a number split at its
// dot in a path or a DOI link, and words that look torn but are not.
func TestRepairVariants(t *testing.T) {
	for _, c := range []struct {
		name, text, field, want string
	}{
		{"url_split_before_tld", "Колпак Е. П. Статья // Молодой ученый. – 2016. – № 2. – URL: https://moluch. ru/archive/106/25234/ (дата обращения: 05.12.2024).", "URL", "https://moluch.ru/archive/106/25234/"},
		{"url_split_before_bare_tld", "J. Jones. Networks. [Online]. Available: http://www.atm. com", "URL", "http://www.atm.com"},
		{"url_split_before_tld_then_dash", "Сайт [Електронний ресурс].— Режим доступу: URL : http://cg.cnox.chernihiv. net.— Назва з екрану.", "URL", "http://cg.cnox.chernihiv.net"},
		{"schemeless_host_split", "Статья [Электронный ресурс]. URL: www.sgu. ru/departments/docs (дата обращения: 15.10.2008).", "URL", "www.sgu.ru/departments/docs"},
		{"number_split_in_path", "Leal A. Simulations. E-print, http://arxiv.org/abs/1708. 04825.", "URL", "http://arxiv.org/abs/1708.04825"},
		{"doi_link_split_at_dot", "Parkin DM. Childhood leukaemia. Br J Cancer 1996;73:1006-12. https://doi.org/10.1038/bjc.1996. 197", "DOI", "10.1038/bjc.1996.197"},
		{"sentence_after_url_not_joined", "Doe J. Page. – URL: http://example.org/a/b. and more text", "URL", "http://example.org/a/b"},
		{"www_inside_doi_is_no_url", "Smith J. Title. – DOI: 10.1234/www.abc", "DOI", "10.1234/www.abc"},
		{"doi_link_without_doi", "Smith J. Title. – URL: https://doi.org/help", "DOI", ""},
		{"ligature_before_a_word_kept", "Smith J. Nothing to sniff at // Journal. – 2001. – Vol. 2.", "title", "Nothing to sniff at"},
		{"ligature_torn_inside_word", "Kurmanov B. China Goes West, to Kazakhstan’s Benefi t // Forum. – 2013.", "title", "China Goes West, to Kazakhstan’s Benefit"},
		{"suspended_hyphen_russian", "Иванов И. И. Социально- и экономико-политические процессы. – М. : Наука, 2010. – 250 с.", "title", "Социально- и экономико-политические процессы"},
		{"wrap_hyphen_rejoined", "Иванов И. И. Полити- ческие процессы. – М. : Наука, 2010. – 250 с.", "title", "Политические процессы"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ParseLines([]string{c.text})[0]
			var got string
			switch c.field {
			case "URL":
				got = r.Item.URL
			case "DOI":
				got = r.Item.DOI
			case "title":
				got = r.Item.Title
			}
			if got != c.want {
				t.Errorf("%s = %q, want %q (repairs %+v)", c.field, got, c.want, r.Repairs)
			}
			if r.Raw != c.text {
				t.Error("raw text altered")
			}
		})
	}
}
