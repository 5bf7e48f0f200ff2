package bib

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type goldRef struct {
	ID       string          `json:"id"`
	Source   string          `json:"source"`
	Text     string          `json:"text"`
	Expected json.RawMessage `json:"expected"`
}

func readGoldRefs(t testing.TB) []goldRef {
	t.Helper()
	f, err := os.Open("../testdata/gold/references.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldRef
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldRef
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

func readArticle(t testing.TB, prefix string) string {
	t.Helper()
	m, _ := filepath.Glob("../testdata/articles/" + prefix + "_*.txt")
	if len(m) != 1 {
		t.Fatalf("article %s: found %d files", prefix, len(m))
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReadDocumentSeeds(t *testing.T) {
	gold := readGoldRefs(t)
	for _, tc := range []struct {
		seed string
		want int
	}{{"000", 31}, {"001", 0}, {"002", 21}, {"003", 0}, {"004", 0}} {
		t.Run("seed_"+tc.seed, func(t *testing.T) {
			doc := ReadDocument(readArticle(t, tc.seed))
			var got []Entry
			for _, l := range doc.Lists {
				got = append(got, l.Entries...)
			}
			if len(got) != tc.want {
				t.Fatalf("entries = %d, want %d", len(got), tc.want)
			}
			var want []goldRef
			for _, g := range gold {
				if strings.HasPrefix(g.ID, tc.seed+"-") {
					want = append(want, g)
				}
			}
			for i, e := range got {
				if e.Raw != want[i].Text {
					t.Errorf("%s raw:\n got %q\nwant %q", want[i].ID, e.Raw, want[i].Text)
				}
				line := strings.SplitN(strings.TrimPrefix(want[i].Source[strings.LastIndex(want[i].Source, ":")+1:], ""), ",", 2)[0]
				if got := e.Line; line != "" && itoa(got) != line {
					t.Errorf("%s line = %d, want %s", want[i].ID, got, line)
				}
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestReadDocumentCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"russian_heading_bracket_labels", "Текст [1].\n\nСписок литературы\n[1] Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.\n[2] Петров П. П. Статья // Журнал. – 2011. – № 2. – С. 5–9.\n",
			[]string{"Иванов И. И. Книга. – М. : Наука, 2010. – 250 с.", "Петров П. П. Статья // Журнал. – 2011. – № 2. – С. 5–9."}},
		{"kazakh_heading_markdown_bold", "Мәтін.\n\n**ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР:**\n\n1) Әбішев Қ. Кітап. – Алматы, 2015. – 200 б.\n2) Сейітов Ә. Мақала // Хабаршы. – 2019. – № 1. – Б. 10–20.\n",
			[]string{"Әбішев Қ. Кітап. – Алматы, 2015. – 200 б.", "Сейітов Ә. Мақала // Хабаршы. – 2019. – № 1. – Б. 10–20."}},
		{"wrapped_line_rejoined", "# References\n1. Smith J. A very long title that\n   wraps onto the next line. – London, 2001.\n2. Doe J. Other. – Paris, 2002.\n",
			[]string{"Smith J. A very long title that wraps onto the next line. – London, 2001.", "Doe J. Other. – Paris, 2002."}},
		{"text_after_list_left_out", "References\n1. Smith J. Book. – London, 2001.\n2. Doe J. Other. – Paris, 2002.\n\nAbout the authors\nJohn Smith is a professor.\n",
			[]string{"Smith J. Book. – London, 2001.", "Doe J. Other. – Paris, 2002."}},
		{"unnumbered_paragraphs", "Bibliography\n\nSmith, J. (2001). Book. London: Pub.\n\nDoe, J. (2002). Other. Paris: Pub.\n",
			[]string{"Smith, J. (2001). Book. London: Pub.", "Doe, J. (2002). Other. Paris: Pub."}},
		{"unnumbered_hanging_indent", "REFERENCES:\n\nJones, A., & Lee, B. (2020). Digital learning. *Journal of Education*, 12(3),\n    45–67. https://doi.org/10.1000/jed.2020.3\nSmith, J. (2019). *A history*. Cambridge University Press.\n",
			[]string{"Jones, A., & Lee, B. (2020). Digital learning. *Journal of Education*, 12(3), 45–67. https://doi.org/10.1000/jed.2020.3", "Smith, J. (2019). *A history*. Cambridge University Press."}},
		{"unnumbered_wrap_before_pages", "Литература\nИванов И. И. Статья // Вестник. – 2011. – № 2. –\nС. 5–9.\nПетров П. П. Книга. – М. : Наука, 2010. – 250 с.\n",
			[]string{"Иванов И. И. Статья // Вестник. – 2011. – № 2. – С. 5–9.", "Петров П. П. Книга. – М. : Наука, 2010. – 250 с."}},
		{"markdown_footnote_definitions", "Text[^1] and more[^2].\n\n[^1]: Токаев К. К. Под стягом независимости. – Алматы : Білім, 1997. – С. 45.\n[^2]: Там же. – С. 52.\n",
			[]string{"Токаев К. К. Под стягом независимости. – Алматы : Білім, 1997. – С. 45.", "Там же. – С. 52."}},
		{"footnote_definitions_under_a_heading_once", "Text[^1].\n\nПримечания\n\n[^1]: Токаев К. К. Под стягом независимости. – Алматы, 1997. – С. 45.\n",
			[]string{"Токаев К. К. Под стягом независимости. – Алматы, 1997. – С. 45."}},
		{"unnumbered_hard_wrapped_capital", "Список литературы\nИванов И. И. Очень длинное название книги о политике\nМосковского региона. – М. : Наука, 2010. – 250 с.\nПетров П. П. Статья // Вестник. – 2011. – № 2. – С. 5–9\nSmith, John. A Book. London, 2001.\n",
			[]string{"Иванов И. И. Очень длинное название книги о политике Московского региона. – М. : Наука, 2010. – 250 с.", "Петров П. П. Статья // Вестник. – 2011. – № 2. – С. 5–9", "Smith, John. A Book. London, 2001."}},
		{"superscript_note_labels", "Текст¹ и далее².\n\nПримечания\n\n¹ Токаев К. К. Под стягом независимости. – Алматы, 1997. – С. 45.\n² Там же. – С. 52.\n",
			[]string{"Токаев К. К. Под стягом независимости. – Алматы, 1997. – С. 45.", "Там же. – С. 52."}},
		{"outline_is_not_a_list", "Intro\n  1. First point:\n  1. Second point:\n  1. Third point:\n", nil},
		{"stray_url_after_blank_line", "References\n1. Doe J. Page [Electronic resource]. – URL: https://example.org/a-\n\nlong/path.pdf (accessed on: 01.02.2020)\n\n2. Roe R. Book. – Oxford, 2003.\n",
			[]string{"Doe J. Page [Electronic resource]. – URL: https://example.org/a- long/path.pdf (accessed on: 01.02.2020)", "Roe R. Book. – Oxford, 2003."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := ReadDocument(tc.text)
			var got []string
			for _, l := range doc.Lists {
				for _, e := range l.Entries {
					got = append(got, e.Raw)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("entries:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestIsHeading(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Список литературы", true},
		{"## 5. Список литературы:", true},
		{"VI. REFERENCES", true},
		{"Литература / References", true},
		{"ЛИТЕРАТУРА (REFERENCES)", true},
		{"References (transliterated)", true},
		{"**Әдебиет**", true},
		{"Використані джерела", true},
		{"## СПИСОК ПУБЛИКАЦИЙ ПО ТЕМЕ ДИССЕРТАЦИИ", true},
		{"Публикации автора по теме диссертации", true},
		{"Литература и кино", false},
		{"References to the war in the press", false},
		{"3. Results", false},
		{"Notes / Discussion", false},
		{"Публикации в других изданиях", false},
	} {
		t.Run(c.line, func(t *testing.T) {
			if got := isHeading(c.line); got != c.want {
				t.Errorf("isHeading(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// TestFlattenedNumberedList splits a numbered list that a PDF's text ran
// into one paragraph, and leaves a volume's number inside an entry alone.
func TestFlattenedNumberedList(t *testing.T) {
	doc := ReadDocument("Текст [1], [2] и [3].\n\nСписок литературы\n\n" +
		"1. Орлов К. Н. Книга о море. – М. : Наука, 2001. – 200 с. 2. Белов П. Р. Собрание сочинений. Т. 2. Москва : Наука, 1990. – 300 с. " +
		"3. Лаптев Г. А. Статья // Журнал. – 2010. – № 3. – С. 5–9.\n")
	if len(doc.Lists) != 1 {
		t.Fatalf("%d lists", len(doc.Lists))
	}
	var got []string
	for _, e := range doc.Lists[0].Entries {
		got = append(got, e.Label+" "+strings.Fields(e.Raw)[0])
	}
	want := []string{"1 Орлов", "2 Белов", "3 Лаптев"}
	if !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	if e := doc.Lists[0].Entries[1]; !strings.Contains(e.Raw, "Т. 2. Москва") || e.Line != doc.Lists[0].Entries[0].Line {
		t.Errorf("entry 2: %q on line %d", e.Raw, e.Line)
	}
}

// TestKindHeadingItalic reads a list whose parts are headed in italics, as
// a thesis abstract groups its author's works by kind, as one list.
func TestKindHeadingItalic(t *testing.T) {
	doc := ReadDocument("Текст [1; 3].\n\n## Список публикаций по теме диссертации\n\n" +
		"*Статьи в изданиях из перечня ВАК:*\n\n1. Иванов И. И. Статья // Журнал. 2020. № 1. С. 5–9.\n" +
		"2. Иванов И. И. Вторая статья // Журнал. 2021. № 2. С. 7–12.\n\n" +
		"*Публикации в других изданиях:*\n\n3. Иванов И. И. Тезисы // Материалы конф. Казань, 2022. С. 3–4.\n")
	n := 0
	for _, l := range doc.Lists {
		n += len(l.Entries)
	}
	if len(doc.Lists) != 2 || n != 3 {
		t.Fatalf("got %d lists with %d entries, want 2 parts with 3 entries", len(doc.Lists), n)
	}
	if h := doc.Lists[1].Heading; h != "Публикации в других изданиях" {
		t.Errorf("second part headed %q", h)
	}
}

// TestHangingYearLine keeps an unnumbered list unnumbered when a hanging
// line, as a PDF's layout text indents it, opens with the entry's year.
func TestHangingYearLine(t *testing.T) {
	doc := ReadDocument("Текст (Засєкіна, 2021).\n\nСПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ\n\n" +
		"Засєкіна Л. В. Психологія травми. Луцьк : Вежа-Друк,\n     2021. 160 с.\n" +
		"Титаренко Т. М. Життєві кризи. Київ : Главник,\n     2018. 256 с.\n")
	if len(doc.Lists) != 1 {
		t.Fatalf("%d lists", len(doc.Lists))
	}
	var got []string
	for _, e := range doc.Lists[0].Entries {
		got = append(got, e.Label+"|"+strings.Join(strings.Fields(e.Raw)[len(strings.Fields(e.Raw))-3:], " "))
	}
	want := []string{"|2021. 160 с.", "|2018. 256 с."}
	if !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

// TestReadDocumentUndatedEntries: an unnumbered list goes on past entries
// that print "(n.d.)", "(in press)" or "(в печати)" for their year.
func TestReadDocumentUndatedEntries(t *testing.T) {
	for _, undated := range []string{
		"Sokolov, D. V. (in press). Involuntary informality and well-being. *Voprosy Ekonomiki*.",
		"Sokolov, D. V. (n.d.). Involuntary informality and well-being. Working paper.",
		"Соколов Д. В. (в печати). Вынужденная неформальность и благополучие // Вопросы экономики.",
	} {
		doc := ReadDocument(strings.Join([]string{
			"Text (Maloney, 2004).", "", "## References", "",
			"Maloney, W. F. (2004). Informality revisited. *World Development*, *32*(7), 1159–1178.", "",
			undated, "",
			"Williams, C. C. (2014). *The informal economy and poverty*. Sheffield: University of Sheffield.",
		}, "\n"))
		if len(doc.Lists) != 1 || len(doc.Lists[0].Entries) != 3 {
			t.Errorf("%s: lists %+v, want one list of 3 entries", undated, doc.Lists)
		}
	}
}
