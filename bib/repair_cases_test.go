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
		{"markdown_link_inside_link", "Orlov P. Tides. E-print 1708.04825, [arxiv.org]([http://arxiv.org/abs/1708.04825](http://arxiv.org/abs/1708.04825)).", "URL", "http://arxiv.org/abs/1708.04825"},
		{"url_wrap_hyphen_word_in_title", "Harbour Tides. Tidal Statistics [Электронный ресурс]. — Режим доступа: https://www.harbour-tides.org/tidal-stati- stics.html. — Дата обращения: 02.04.2022.", "URL", "https://www.harbour-tides.org/tidal-statistics.html"},
		{"url_wrap_hyphen_slug_kept", "Harbour Tides. Tides [Электронный ресурс]. — Режим доступа: https://www.harbour-tides.org/tidal-north- sea.html. — Дата обращения: 02.04.2022.", "URL", "https://www.harbour-tides.org/tidal-north-sea.html"},
		{"suspended_hyphen_norwegian", "Orlov P. Helseangst blant medisin- og jusstudenter. Tidsskr Nor Laegeforen. 2010;130:5-9.", "title", "Helseangst blant medisin- og jusstudenter"},
		{"doi_split_after_dot_letters", "Orlov P. Tides // Ind. Eng. Res. – 2016. – Vol. 55. – P. 7-9. – doi:10.1021/acs.iecr. 6b00398.", "DOI", "10.1021/acs.iecr.6b00398"},
		{"doi_split_after_dot_hyphen", "Орлов П. Приливы // Вестник. – 2025. – № 1. – doi:10.58805/vest.v.1. 26-878.", "DOI", "10.58805/vest.v.1.26-878"},
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

// The wrong-entry URL in more positions than the seed's: three entries,
// the right URL's fragment printed before the wrong URL, and no fragment at
// all (then the wrong URL is dropped and flagged, nothing is invented).
func TestWrongEntryURLVariants(t *testing.T) {
	own := "https://repo.archive-lib.net/docs/2019_akhmetova_trade.pdf"
	t.Run("three_entries_fragment_after", func(t *testing.T) {
		refs := ParseLines([]string{
			"Akhmetova A. Trade Report. – 2019. – URL: " + own,
			"Bekov B. Energy Note. – 2020. – 40 p.",
			"Seitova S. Water Brief. – 2021. – URL: " + own + " [lib.net/docs/2021_seitova_water.pdf](http://lib.net/docs/2021_seitova_water.pdf)",
		})
		if refs[0].Item.URL != own || refs[1].Item.URL != "" {
			t.Errorf("entries 1, 2 URLs = %q, %q", refs[0].Item.URL, refs[1].Item.URL)
		}
		if got, want := refs[2].Item.URL, "https://repo.archive-lib.net/docs/2021_seitova_water.pdf"; got != want {
			t.Errorf("entry 3 URL = %q, want %q", got, want)
		}
	})
	t.Run("fragment_before_the_wrong_url", func(t *testing.T) {
		refs := ParseLines([]string{
			"Akhmetova A. Trade Report. – 2019. – URL: " + own,
			"Seitova S. Water Brief. – 2021. – [lib.net/docs/2021_seitova_water.pdf](http://lib.net/docs/2021_seitova_water.pdf) URL: " + own,
		})
		if got, want := refs[1].Item.URL, "https://repo.archive-lib.net/docs/2021_seitova_water.pdf"; got != want {
			t.Errorf("entry 2 URL = %q, want %q", got, want)
		}
	})
	t.Run("no_fragment_flags_without_inventing", func(t *testing.T) {
		refs := ParseLines([]string{
			"Akhmetova A. Trade Report. – 2019. – URL: " + own,
			"Seitova S. Water Brief. – 2021. – URL: " + own,
		})
		if refs[0].Item.URL != own {
			t.Errorf("entry 1 URL = %q, want %q", refs[0].Item.URL, own)
		}
		if refs[1].Item.URL == own || len(refs[1].Warnings) == 0 {
			t.Errorf("entry 2 keeps entry 1's URL %q unflagged (warnings %v)", refs[1].Item.URL, refs[1].Warnings)
		}
		if refs[1].Item.URL != "" {
			t.Errorf("entry 2 URL = %q: invented", refs[1].Item.URL)
		}
	})
}

// "Loc. cit." alone is the place cited just before: an Ibid. that keeps
// its page.
func TestLocCit(t *testing.T) {
	refs := ParseLines([]string{
		"Сыроежкин К. Л. Казахстан – Китай. – Алматы : КИСИ, 2010. – С. 12.",
		"Loc. cit.",
		"Loc. cit., p. 14.",
	})
	for i, want := range []string{"12", "14"} {
		r := refs[i+1]
		if r.IbidOf != 1 || r.Locator != want || r.Item.Title != "Казахстан – Китай" {
			t.Errorf("entry %d: ibid_of %d, locator %q, title %q; want 1, %q", i+2, r.IbidOf, r.Locator, r.Item.Title, want)
		}
	}
}
