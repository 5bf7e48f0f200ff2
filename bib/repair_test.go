package bib

import (
	"strings"
	"testing"
)

// TestURLRepairs covers each class of broken URL with variants the seed
// articles do not contain.
func TestURLRepairs(t *testing.T) {
	for _, tc := range []struct {
		name, entry, ctx, want, rule string
	}{
		{"space_after_dot_in_host", "Site. – URL: http://news. example.com/a/b.html (accessed 01.02.2020)", "", "http://news.example.com/a/b.html", RuleURLSpace},
		{"space_before_file_extension", "Page // http://example.org/2019/05/article123. html", "", "http://example.org/2019/05/article123.html", RuleURLSpace},
		{"nbsp_after_slash", "Page // http://example.org/archive/\u00a0news/item.php?id=5", "", "http://example.org/archive/news/item.php?id=5", RuleURLSpace},
		{"wrap_hyphen_in_path_dropped", "Report. – URL: https://example.kz/ru/sotrud- nichestvo/plan.pdf", "", "https://example.kz/ru/sotrudnichestvo/plan.pdf", RuleURLHyphen},
		{"wrap_hyphen_in_slug_kept", "Post // https://blog.example.com/2020/01/why-soft- power-matters/", "", "https://blog.example.com/2020/01/why-soft-power-matters/", RuleURLSpace},
		{"wrap_hyphen_in_host_kept", "File. – URL: https://repo.uni- example.de/files/a.pdf", "", "https://repo.uni-example.de/files/a.pdf", RuleURLSpace},
		{"wrap_hyphen_decided_by_document", "File. – URL: https://www.example.com/cultureex- press/1.html", "see https://www.example.com/cultureexpress/2.html", "https://www.example.com/cultureexpress/1.html", RuleURLHyphen},
		{"ligature_split_in_url", "Post // https://example.net/2013/09/the-benefi t/", "", "https://example.net/2013/09/the-benefit/", RuleURLLigature},
		{"markdown_escape_in_link_text", `Doc. – URL: [https://example.org/file\\_name\\_v2.pdf](https://example.org/file_name_v2.pdf)`, "", "https://example.org/file_name_v2.pdf", RuleMarkdownEscape},
		{"autolink_brackets", "Doc. – URL: <https://example.org/a> (accessed on: 03.04.2025)", "", "https://example.org/a", ""},
		{"trailing_period", "Doc. URL: https://example.org/page.", "", "https://example.org/page", ""},
		{"date_after_url_not_joined", "Ministry, http://www.example.gov/ru/plan/ 08.03.2014", "", "http://www.example.gov/ru/plan/", ""},
		{"next_field_not_joined", "Doc. – URL: http://example.org/x/ Retrieved 2020", "", "http://example.org/x/", ""},
		{"space_in_markdown_link_target", "Orlov A. (2012): Tides. *Harbour Science* **64**, 28-36. [doi](http://dx.doi.org/10.1016/j.harb.2012.06. 022).", "", "http://dx.doi.org/10.1016/j.harb.2012.06.022", RuleURLSpace},
		{"last_word_after_slash_at_end", "Orlov A. Harbours. Retrieved from http://harbours.example.org/index.php/ tides", "", "http://harbours.example.org/index.php/tides", RuleURLSpace},
		{"last_word_after_slash_before_date", "Орлов А. Гавани [Электронный ресурс]. URL: www.example.ru/ports/ docs (дата обращения: 15.10.2008).", "", "www.example.ru/ports/docs", RuleURLSpace},
		{"doi_suffix_after_dot_at_end", "Orlov A. Tides. Harb. Rev. 2023; 1: 89-95. https://doi.org/10.17721/1728-2195/2023/1. 125-15.", "", "https://doi.org/10.17721/1728-2195/2023/1.125-15", RuleURLSpace},
		{"host_broken_inside_a_word", "Harbour Library. (2023) Tide Texts. Available at: https://www.harbourti detexts.org (Accessed: 15 March 2025).", "", "https://www.harbourtidetexts.org", RuleURLSpace},
		{"whole_host_then_word_not_joined", "Harbour Library. Available at: https://www.harbour.org example.org", "", "https://www.harbour.org", ""},
		{"space_inside_path_segment_at_end", "https://harbours.example.kz/BOOKS/files/basic html/page225.html", "", "https://harbours.example.kz/BOOKS/files/basichtml/page225.html", RuleURLSpace},
		{"space_inside_last_segment_at_end", "https://harbours.example.kz/w ord/", "", "https://harbours.example.kz/word/", RuleURLSpace},
		{"date_after_full_stop_not_joined", "Orlov, A. \"Tides.\" Harbour Times, 2021, www.example.com/2021/04/29/tides.html. 04/29/2021", "", "www.example.com/2021/04/29/tides.html", ""},
		{"prose_word_after_slash_not_joined", "Orlov A. Harbours. Retrieved from http://harbours.example.org/ and elsewhere", "", "http://harbours.example.org/", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == "" {
				ctx = tc.entry
			} else {
				ctx = tc.entry + "\n" + ctx
			}
			p := parseEntry(tc.entry, newListText(ctx), false)
			if p.Item.URL != tc.want {
				t.Errorf("URL = %q, want %q", p.Item.URL, tc.want)
			}
			if tc.rule != "" && !hasRule(p.Repairs, tc.rule) {
				t.Errorf("no %s repair logged: %+v", tc.rule, p.Repairs)
			}
			if p.Raw != tc.entry {
				t.Errorf("raw text altered")
			}
		})
	}
}

func hasRule(reps []Repair, rule string) bool {
	for _, r := range reps {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

func TestDOIRepairs(t *testing.T) {
	for _, tc := range []struct{ name, entry, doi, url string }{
		{"doi_org_link_fills_doi_only", "Book. – DOI: <https://doi.org/10.4324/9780429320293>", "10.4324/9780429320293", ""},
		{"doi_org_after_url_label_fills_both", "Book. – URL: https://doi.org/10.4324/978 (accessed on: 09.04.2025)", "10.4324/978", "https://doi.org/10.4324/978"},
		{"doi_label_uppercase_prefix_lowered", "Article // J. – 2019. – DOI: 10.1016/J.ABC.2016.12.018.", "10.1016/J.ABC.2016.12.018", ""},
		{"doi_broken_across_lines", "Article // J. – 2016. – DOI: 10.1016/j.abc.2016.12. 018", "10.1016/j.abc.2016.12.018", ""},
		{"dx_doi_link_alone_is_the_url_too", "Article // J. – 2016. – https://dx.doi.org/10.1000/xyz123", "10.1000/xyz123", "https://dx.doi.org/10.1000/xyz123"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Parse(tc.entry)
			if p.Item.DOI != tc.doi || p.Item.URL != tc.url {
				t.Errorf("DOI, URL = %q, %q; want %q, %q", p.Item.DOI, p.Item.URL, tc.doi, tc.url)
			}
		})
	}
}

func TestWordRepairs(t *testing.T) {
	for _, tc := range []struct{ name, entry, want string }{
		{"ligature_fi", "Smith J. The Benefi ts of Trade. – London, 2001.", "The Benefits of Trade"},
		{"ligature_fl", "Smith J. Confl ict and Infl uence. – London, 2001.", "Conflict and Influence"},
		{"ligature_ffi", "Smith J. Offi cial Statistics. – London, 2001.", "Official Statistics"},
		{"real_word_off_kept", "Smith J. Off the Record. – London, 2001.", "Off the Record"},
		{"wrap_hyphen_dropped", "Smith J. Chinese Cul- ture Today. – London, 2001.", "Chinese Culture Today"},
		{"real_hyphen_uppercase_kept", "Smith J. Sino- American Relations. – London, 2001.", "Sino- American Relations"},
		{"prefix_hyphen_kept", "Smith J. The non- profit Sector. – London, 2001.", "The non-profit Sector"},
		{"hyphenated_compound_untouched", "Smith J. China-Africa Relations. – London, 2001.", "China-Africa Relations"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Parse(tc.entry)
			if p.Item.Title != tc.want {
				t.Errorf("title = %q, want %q", p.Item.Title, tc.want)
			}
		})
	}
}

// TestWrongEntryURL moves a URL printed in the wrong entry, in lists and
// positions the seeds do not have.
func TestWrongEntryURL(t *testing.T) {
	t.Run("fragment_after_completes_from_shared_host", func(t *testing.T) {
		refs := ParseLines([]string{
			"Ivanova A. First Report. – 2020. – URL: https://docs.data-lib.org/pub/files/2020_ivanova_first.pdf",
			"Petrov B. Second Report. – 2021. – URL: https://docs.data-lib.org/pub/files/2020_ivanova_first.pdf [lib.org/pub/files/2021_petrov_second.pdf](http://lib.org/pub/files/2021_petrov_second.pdf)",
		})
		if got, want := refs[0].Item.URL, "https://docs.data-lib.org/pub/files/2020_ivanova_first.pdf"; got != want {
			t.Errorf("entry 1 URL = %q, want %q", got, want)
		}
		if got, want := refs[1].Item.URL, "https://docs.data-lib.org/pub/files/2021_petrov_second.pdf"; got != want {
			t.Errorf("entry 2 URL = %q, want %q", got, want)
		}
		if !hasRule(refs[1].Repairs, RuleURLMoved) || !hasRule(refs[1].Repairs, RuleURLFragment) || len(refs[1].Warnings) == 0 {
			t.Errorf("entry 2 repairs/warnings not logged: %+v %v", refs[1].Repairs, refs[1].Warnings)
		}
	})
	t.Run("url_moved_to_entry_it_names", func(t *testing.T) {
		refs := ParseLines([]string{
			"Sidorov V. Paper One. – 2019. – URL: https://example.org/papers/kuznetsov-paper-two.pdf",
			"Kuznetsov G. Paper Two. – 2019.",
			"Orlov D. Paper Three. – 2018.",
		})
		if refs[0].Item.URL != "" || refs[1].Item.URL != "https://example.org/papers/kuznetsov-paper-two.pdf" {
			t.Errorf("URLs = %q, %q", refs[0].Item.URL, refs[1].Item.URL)
		}
	})
	t.Run("no_evidence_keeps_url", func(t *testing.T) {
		refs := ParseLines([]string{
			"Sidorov V. Paper One. – 2019. – URL: https://example.org/papers/123.pdf",
			"Kuznetsov G. Paper Two. – 2019. – URL: https://example.org/papers/123.pdf",
		})
		if refs[0].Item.URL == "" || refs[1].Item.URL == "" {
			t.Errorf("a URL with no evidence of its owner was dropped")
		}
		if len(refs[1].Warnings) == 0 {
			t.Errorf("the shared URL is not flagged")
		}
	})
}

// TestResolution covers Ibid. chains, shortened repeats and Idem.
func TestResolution(t *testing.T) {
	refs := ParseLines([]string{
		"Сыроежкин К. Л. Казахстан – Китай. – Алматы : КИСИ, 2010. – С. 12.",
		"Там же. – С. 15.",
		"Там же.",
		"Nye J. Soft Power. – New York : PublicAffairs, 2004. – P. 5.",
		"Сыроежкин К. Л. Указ. соч. С. 40.",
		"Ibid., p. 41.",
		"Он же. Мифы и реальность. – Алматы : КИСИ, 2009. – 200 с.",
	})
	want := []struct {
		ibidOf  int
		locator string
		title   string
	}{
		{0, "12", "Казахстан – Китай"},
		{1, "15", "Казахстан – Китай"},
		{1, "15", "Казахстан – Китай"},
		{0, "5", "Soft Power"},
		{1, "40", "Казахстан – Китай"},
		{1, "41", "Казахстан – Китай"},
		{0, "", "Мифы и реальность"},
	}
	for i, w := range want {
		r := refs[i]
		if r.IbidOf != w.ibidOf || r.Locator != w.locator || r.Item.Title != w.title {
			t.Errorf("entry %d: ibid_of %d locator %q title %q; want %d %q %q", i+1, r.IbidOf, r.Locator, r.Item.Title, w.ibidOf, w.locator, w.title)
		}
	}
	if len(refs[6].Item.Author) == 0 || refs[6].Item.Author[0].Family != "Сыроежкин" {
		t.Errorf("Он же: author = %+v", refs[6].Item.Author)
	}
	first := ParseLines([]string{"Ibid. P. 5."})
	if first[0].IbidOf != 0 || !strings.Contains(strings.Join(first[0].Warnings, " "), "Ibid.") {
		t.Errorf("Ibid. with nothing before it: %+v", first[0])
	}
}

// FuzzParse checks that parsing never panics, never alters the raw text,
// and that the pipeline is deterministic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.",
		"Smith, J. (2020). Title. Journal, 12(3), 45–67. https://doi.org/10.1/x",
		"Ibid. — P. 264-265.",
		"[a](http://b) <http://c> //// – — P.",
		"http://x. y/ z- w benefi t 01.02. 2020",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		refs := ParseLines([]string{s, s})
		for _, r := range refs {
			if r.Raw != s {
				t.Fatalf("raw altered: %q → %q", s, r.Raw)
			}
		}
		again := ParseLines([]string{s, s})
		if refs[0].Item.Title != again[0].Item.Title || refs[0].Item.URL != again[0].Item.URL {
			t.Fatalf("not deterministic")
		}
	})
}

// TestMojibakeGuillemets mends guillemets saved as UTF-8 and read as
// Windows-1251 ("В«…В»"), records the repair, keeps the raw text, and
// leaves a word ending in "В" before a real guillemet alone.
func TestMojibakeGuillemets(t *testing.T) {
	raw := "Сидоров И.И. Причалы. - М.: В«Портовая книгаВ», 2007. - 354 с."
	r := Parse(raw)
	if r.Item.Publisher != "«Портовая книга»" {
		t.Errorf("publisher %q, want «Портовая книга»", r.Item.Publisher)
	}
	if r.Raw != raw {
		t.Errorf("raw text altered: %q", r.Raw)
	}
	found := false
	for _, rep := range r.Repairs {
		if rep.Rule == RuleMojibakeGuillemets && strings.Contains(rep.Before, "В«") && strings.Contains(rep.After, "«Портовая книга»") {
			found = true
		}
	}
	if !found {
		t.Errorf("no %s repair recorded: %+v", RuleMojibakeGuillemets, r.Repairs)
	}
	for in, want := range map[string]string{
		"Передача «НТВ» в эфире":     "Передача «НТВ» в эфире",
		"Журнал В«ПопитВ» № 04":      "Журнал «Попит» № 04",
		"В«Канал НТВВ», 2001":        "«Канал НТВ», 2001",
		"В «Новом мире» и В«Звезде»": "В «Новом мире» и В«Звезде»",
	} {
		if got := mojibakeGuillemets(in); got != want {
			t.Errorf("mojibakeGuillemets(%q) = %q, want %q", in, got, want)
		}
	}
}
