package bib

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
)

func TestReadBibTeX(t *testing.T) {
	for _, c := range []struct {
		name     string
		src      string
		want     string // JSON of the items read, fields compared as written
		errLines []int
	}{
		{"string_macro_any_case",
			`@STRING{Jour = "Вестник"} @article{k, journal = jOUR # " МГУ", title={T}}`,
			`[{"id":"k","type":"article-journal","citation-key":"k","title":"T","container-title":"Вестник МГУ"}]`, nil},
		{"undefined_macro_is_an_entry_error",
			"@article{bad,\n  journal = nosuch,\n}\n@book{good, title = {Ok}}\n",
			`[{"id":"good","type":"book","citation-key":"good","title":"Ok"}]`, []int{1}},
		{"bare_value_3a_is_an_entry_error",
			"@misc{a, number = 3a}\n\n@misc{b, number = 3}\n",
			`[{"id":"b","type":"document","citation-key":"b","number":"3"}]`, []int{1}},
		{"concatenation_keeps_every_part",
			`@string{pub = "Наука"} @book{k, publisher = "Изд-во " # pub # { и } # "К" , title = "A" # {B}}`,
			`[{"id":"k","type":"book","citation-key":"k","title":"AB","publisher":"Изд-во Наука и К"}]`, nil},
		{"parentheses_delimit_an_entry",
			`@book(k, title = {Книга (2-е изд.)}, year = 2001)`,
			`[{"id":"k","type":"book","citation-key":"k","title":"Книга (2-е изд.)","issued":{"date-parts":[[2001]]}}]`, nil},
		{"comment_and_preamble_skipped",
			"@comment{ @book{fake, title={no}} }\n@preamble{\"\\newcommand{\\noop}[1]{}\"}\n% @book{pct, title={no}}\nfree text\n@book{k, title={Yes}}",
			`[{"id":"k","type":"book","citation-key":"k","title":"Yes"}]`, nil},
		{"cyrillic_key",
			`@book{Иванов2010қ, title={Т}}`,
			`[{"id":"Иванов2010қ","type":"book","citation-key":"Иванов2010қ","title":"Т"}]`, nil},
		{"at_sign_inside_values",
			`@misc{k, title = {Write to user@example.org @home}, note = "a@b"}`,
			`[{"id":"k","type":"document","citation-key":"k","title":"Write to user@example.org @home","note":"a@b"}]`, nil},
		{"month_macro_and_day",
			`@article{k, year = 2005, month = sep, day = {16}}`,
			`[{"id":"k","type":"article-journal","citation-key":"k","issued":{"date-parts":[[2005,9,16]]}}]`, nil},
		{"biblatex_date_range_and_urldate",
			`@online{k, date = {1993/1994}, urldate = {2025-04-23}, url = {http://x.org/a_b%20c}}`,
			`[{"id":"k","type":"webpage","citation-key":"k","issued":{"date-parts":[[1993],[1994]]},"URL":"http://x.org/a_b%20c","accessed":{"date-parts":[[2025,4,23]]}}]`, nil},
		{"latex_accents_and_escapes",
			`@book{k, title = {Erd{\H o}s, G{\"o}del, Dvo\v{r}\'ak, na\"{\i}ve, {\CYRZH}{\cyra}{\cyrkdsc}: R\&D 50\% -- 1990--2000 {\textendash} ---}}`,
			`[{"id":"k","type":"book","citation-key":"k","title":"Erdős, Gödel, Dvořák, naïve, Жақ: R&D 50% – 1990–2000 – —"}]`, nil},
		{"names_family_given_literal_von",
			`@book{k, author = {Qin Lijie and Иванов, И. И. and {Center for Arts and Culture} and von Neumann, John and de la Vallée Poussin, Ch. and Smith, Jr, John}}`,
			`[{"id":"k","type":"book","citation-key":"k","author":[{"family":"Lijie","given":"Qin"},{"family":"Иванов","given":"И. И."},{"literal":"Center for Arts and Culture"},{"family":"Neumann","given":"John","non-dropping-particle":"von"},{"family":"Vallée Poussin","given":"Ch.","non-dropping-particle":"de la"},{"family":"Smith","given":"John","suffix":"Jr"}]}]`, nil},
		{"entrysubtype_sets_the_csl_type",
			`@article{a, entrysubtype = {newspaper}} @misc{b, entrysubtype = {legislation}} @report{c, entrysubtype={standard}, number={ГОСТ 1}}`,
			`[{"id":"a","type":"article-newspaper","citation-key":"a"},{"id":"b","type":"legislation","citation-key":"b"},{"id":"c","type":"standard","citation-key":"c","number":"ГОСТ 1"}]`, nil},
		{"unclosed_brace_reported_rest_read",
			"@book{a, title = {Open\n\n@book{b, title = {Fine}}\n",
			`[{"id":"b","type":"book","citation-key":"b","title":"Fine"}]`, []int{1}},
		{"missing_comma_between_fields",
			"@book{a, title = {X} year = 2001}\n@book{b, title = {Y}}\n",
			`[{"id":"b","type":"book","citation-key":"b","title":"Y"}]`, []int{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			items, errs := ReadBibTeX(c.src)
			got := jsonOf(items)
			if got != c.want {
				t.Errorf("items\n got %s\nwant %s", got, c.want)
			}
			var lines []int
			for _, e := range errs {
				lines = append(lines, e.Line)
			}
			if len(lines) != len(c.errLines) || (len(lines) > 0 && lines[0] != c.errLines[0]) {
				t.Errorf("errors %v, want lines %v", errs, c.errLines)
			}
		})
	}
}

// jsonOf is the JSON of items as the test tables write it: no HTML
// escapes, "[]" for none.
func jsonOf(items []Item) string {
	if items == nil {
		return "[]"
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(items); err != nil {
		return err.Error()
	}
	return strings.TrimSpace(b.String())
}

// TestReadBibTeXDeepBraces: 10,000 nested braces neither overflow the
// stack nor panic.
func TestReadBibTeXDeepBraces(t *testing.T) {
	deep := strings.Repeat("{", 10000) + "x" + strings.Repeat("}", 10000)
	items, errs := ReadBibTeX("@book{k, title = " + deep + "}\n@book{j, title = " + strings.Repeat("{", 10000) + "}\n")
	if len(items) != 1 || items[0].Title != "x" {
		t.Errorf("items %+v", items)
	}
	if len(errs) != 1 || errs[0].Line != 2 {
		t.Errorf("errors %v, want one on line 2", errs)
	}
}

// TestReadBibTeXConcurrent: no state is shared between calls (run with
// -race); a failed parse does not affect the next one.
func TestReadBibTeXConcurrent(t *testing.T) {
	good := "@string{j = {J}}\n@article{a, journal = j, title = {T}}"
	bad := "@article{a, journal = undefined}"
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				if (i+k)%2 == 0 {
					ReadBibTeX(bad)
					continue
				}
				items, errs := ReadBibTeX(good)
				if len(errs) != 0 || len(items) != 1 || items[0].ContainerTitle != "J" {
					t.Errorf("good file read as %+v, %v", items, errs)
					return
				}
			}
		}(i)
	}
	wg.Wait()
}
