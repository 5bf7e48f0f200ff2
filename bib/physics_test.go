package bib

import "testing"

// TestPhysicsReferences reads the title-less references of physics and
// chemistry journals, and nothing else as one.
func TestPhysicsReferences(t *testing.T) {
	want{typ: "article-journal", author: "Ландау|Лифшиц", container: "ЖЭТФ", volume: "7", page: "19", issued: "1937"}.check(t,
		Parse("Л. Д. Ландау, Е. М. Лифшиц, ЖЭТФ 7, 19 (1937)."))
	want{typ: "article-journal", author: "Brown|Stone", container: "Phys. Rev. Lett.", volume: "42", issued: "1979"}.check(t,
		Parse("R.Brown and K.Stone, Phys. Rev. Lett. 42 (1979)."))
	// A book with its year in parentheses has a title: no physics reference.
	r := Parse("Иванов И. И., Основы теории упругости, Наука 2 (2010).")
	if r.Item.Type == "article-journal" && r.Item.ContainerTitle == "Основы теории упругости" {
		t.Errorf("a title read as a journal: %+v", r.Item)
	}
	for in, want := range map[string]bool{"J. Phys. Chem.": true, "ЖЭТФ": true, "Journal of Physical Chemistry": false} {
		if got := abbreviatedJournal(in); got != want {
			t.Errorf("abbreviatedJournal(%q) = %v; want %v", in, got, want)
		}
	}
}

// TestPhysicsIssue reads the references of Russian physics journals in
// translation, which print the issue after the volume, or the issue alone.
func TestPhysicsIssue(t *testing.T) {
	checkParses(t, []parseCase{
		{"I. P. Petrov, S. A. Orlov, and V. V. Ivanov, Fiz. Tverd. Tela, **42**, No. 5, 812–819 (2000).",
			want{typ: "article-journal", author: "Petrov|Orlov|Ivanov", container: "Fiz. Tverd. Tela", volume: "42", issue: "5", page: "812–819", issued: "2000"}},
		{"A. V. Sidorov and P. P. Kuznetsov, Russ. Phys. J., No. 7, 45–52 (2011).",
			want{typ: "article-journal", container: "Russ. Phys. J.", issue: "7", page: "45–52", issued: "2011"}},
	})
}

// TestPhysicsForms reads the other forms such references take: the issue
// in parentheses after the volume, a volume glued to the comma, a colon
// after the names, a series after a comma in the journal's name, "et al."
// closing the names, and the translation's numbers in brackets after the
// original's.
func TestPhysicsForms(t *testing.T) {
	checkParses(t, []parseCase{
		{"P. A. Orlov and S. V. Ivanova, Zh. Fiz. Khim., 54(7), 1702–1705 (1980).",
			want{typ: "article-journal", author: "Orlov|Ivanova", container: "Zh. Fiz. Khim.", volume: "54", issue: "7", page: "1702–1705", issued: "1980"}},
		{"R. S. Petrov, Opt. Spektrosk.,27, 455 (1969).",
			want{typ: "article-journal", container: "Opt. Spektrosk.", volume: "27", page: "455", issued: "1969"}},
		{"V.P. Orlov, A.A. Sidorova: Izv. Akad. Nauk SSSR, Ser. Fiz.,12, 130 (1979)",
			want{typ: "article-journal", author: "Orlov|Sidorova", container: "Izv. Akad. Nauk SSSR, Ser. Fiz.", volume: "12", page: "130", issued: "1979"}},
		{"N. N. Orlov, P. P. Ivanov, S. S. Sidorov, et al., Vestn. Mosk. Univ., No. 3, 15–19 (1990).",
			want{author: "Orlov|Ivanov|Sidorov", container: "Vestn. Mosk. Univ.", issue: "3", page: "15–19"}},
		{"I. I. Orlov, Zh. Eksp. Teor. Fiz. 80, 455 (1981) [Sov. Phys. JETP 53, 230 (1981)].",
			want{container: "Zh. Eksp. Teor. Fiz.", volume: "80", page: "455", issued: "1981"}},
	})
}

// TestAIPBooks reads books as AIP lists print them, the language note
// closing the title, its space lost too: "Title [in Russian], Publisher,
// Place (Year)".
func TestAIPBooks(t *testing.T) {
	checkParses(t, []parseCase{
		{"P. P. Orlov, Theory of Tides [in Russian], GIFML, Moscow (1961).",
			want{typ: "book", author: "Orlov", title: "Theory of Tides", publisher: "GIFML", place: "Moscow", issued: "1961", language: "ru"}},
		{"P. P. Orlov, Theory of Tides [inRussian], Energoizdat, Moscow-Leningrad (1958).",
			want{title: "Theory of Tides", publisher: "Energoizdat", place: "Moscow-Leningrad", language: "ru"}},
	})
}

// TestPhysicsUspekhiStyle reads references as Physics-Uspekhi prints them:
// names family first with their initials spaced and undotted, then the
// book's title in emphasis and its imprint in parentheses, or the
// journal's name in emphasis, its volume in bold, the page and the year,
// the translation's numbers in brackets.
func TestPhysicsUspekhiStyle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlov P P, Ivanova A S *Teoriya Prilivov* (Theory of Tides) (Moscow: Nauka, 1985)",
			want{typ: "book", author: "Orlov|Ivanova", publisher: "Nauka", place: "Moscow", issued: "1985"}},
		{"Orlov P P, Ivanova A S *Usp. Fiz. Nauk* **155** 415 (1988) [*Sov. Phys. Usp.* **31** 210 (1988)]",
			want{typ: "article-journal", author: "Orlov|Ivanova", container: "Usp. Fiz. Nauk", volume: "155", page: "415", issued: "1988"}},
		{"Orlov P P et al. *Zh. Tekh. Fiz.* **60** 12 (1990)",
			want{typ: "article-journal", author: "Orlov", container: "Zh. Tekh. Fiz.", volume: "60", page: "12"}},
		{"Orlov P P, Ivanova A S. Tides of the White Sea. Okeanologiya. 2001;41(2):200-7.",
			want{typ: "article-journal", author: "Orlov|Ivanova", title: "Tides of the White Sea", container: "Okeanologiya"}},
	})
}

// TestPleiades reads references in the style of Pleiades Publishing's
// English editions of Russian journals: no title, the journal, the year,
// "vol." and "no.", the pages, perhaps a link.
func TestPleiades(t *testing.T) {
	checkParses(t, []parseCase{
		{"Orlova, P., Quay, S., and Harbour, A., Sensors, 2018, vol. 18, p. 2841. https://doi.org/10.3390/s18092841",
			want{typ: "article-journal", author: "Orlova|Quay|Harbour", container: "Sensors", volume: "18", page: "2841", issued: "2018"}},
		{"Orlov, M.A. and Quay, K.V., Zheleznodorozhn. Transp., 2020, no. 4, p. 58.",
			want{typ: "article-journal", author: "Orlov|Quay", container: "Zheleznodorozhn. Transp.", issue: "4", page: "58", issued: "2020"}},
		{"Orlov, M.A., Quay, S.V., and Harbour, V.N., Avtomatika, Svyaz’, Informatika, 2019, no. 9, p. 8.",
			want{container: "Avtomatika, Svyaz’, Informatika", issue: "9", page: "8"}},
		{"Orlov, I.I., Quay, P.P., Russ. J. Appl. Chem., 2015, vol. 88, no. 3, pp. 451–456.",
			want{container: "Russ. J. Appl. Chem.", volume: "88", issue: "3", page: "451–456"}},
	})
}

// TestPhysicsTwoImprints reads a book cited with its original and its
// translation in one parenthesis, as Russian physics lists print it: the
// first imprint is the edition cited, and a volume's own title after the
// set's is left out.
func TestPhysicsTwoImprints(t *testing.T) {
	checkParses(t, []parseCase{
		{"L. D. Orlov and E. M. Quay, Mechanics of Harbours (Nauka, Moscow, 1988; Pergamon, New York, 1976).",
			want{typ: "book", author: "Orlov|Quay", title: "Mechanics of Harbours", place: "Moscow", publisher: "Nauka", issued: "1988"}},
		{"L. D. Orlov and E. M. Quay, Course of Harbour Physics, Vol. 8: Tides of Continuous Media (Fizmatlit, Moscow, 2005; Pergamon, New York, 1984).",
			want{typ: "book", title: "Course of Harbour Physics", volume: "8", place: "Moscow", publisher: "Fizmatlit", issued: "2005"}},
	})
}

// TestPhysicsChapterWithoutTitle reads a chapter the English editions of
// Russian journals cite without its title: "Names, in: Book [in Russian],
// Vol. 18, Moscow (1982), p. 5."
func TestPhysicsChapterWithoutTitle(t *testing.T) {
	checkParses(t, []parseCase{
		{"Yu. V. Orlov, in: Progress in Harbour Technology. Series: Molecular Harbours [in Russian], Vol. 18, Moscow (1982), p. 5.",
			want{typ: "chapter", author: "Orlov", container: "Progress in Harbour Technology. Series: Molecular Harbours", volume: "18", place: "Moscow", issued: "1982", page: "5"}},
	})
	r := Parse("Yu. V. Orlov, in: Progress in Harbour Technology [in Russian], Vol. 18, Moscow (1982), p. 5.")
	if r.Item.Title != "" {
		t.Errorf("title %q, want none: the chapter's title is not printed", r.Item.Title)
	}
}

// TestPhysicsBook reads a book as physics and chemistry lists cite it:
// names given first, the title, the publisher and perhaps its place, the
// year in parentheses.
func TestPhysicsBook(t *testing.T) {
	checkParses(t, []parseCase{
		{"M. S. Orlov, Biochemistry of Harbours, Academic Press, London and New York (1980).",
			want{typ: "book", author: "Orlov", title: "Biochemistry of Harbours", publisher: "Academic Press", place: "London and New York", issued: "1980"}},
		{"J. Quay, Biochemistry of Nucleic Tides, Methuen (1965).",
			want{typ: "book", title: "Biochemistry of Nucleic Tides", publisher: "Methuen", issued: "1965"}},
	})
	r := Parse("A. Orlov and B. Quay, Phys. Rev. Lett. 12, 345 (1965).")
	if r.Item.Type != "article-journal" || r.Item.Volume != "12" {
		t.Errorf("type %q volume %q: a journal's numbers make an article", r.Item.Type, r.Item.Volume)
	}
}
