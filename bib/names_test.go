package bib

import "testing"

// TestCompilersBeforeTitle reads the compilers a methodical guide names
// before its title, with a general editor in parentheses among them.
func TestCompilersBeforeTitle(t *testing.T) {
	checkParses(t, []parseCase{
		{"ҚҰРАСТЫРУШЫЛАР: М.Ш.Сидорова, Т.С. Орлов (жалпы редакциясын басқарған профессор Л.Х.Айтбаев).Айлақ физикасы. Алматы: АЭЖБИ, 2003.- 15 бет.",
			want{editor: "Сидорова|Орлов|Айтбаев", place: "Алматы", publisher: "АЭЖБИ", issued: "2003", pages: "15"}},
		{"Составители: А.С. Сидоров, С.Ю. Орлова. Портовые сооружения : метод. указания. – Алматы : АЭжБУ, 2012. – 16 с.",
			want{editor: "Сидоров|Орлова", title: "Портовые сооружения", pages: "16"}},
	})
}

// TestKazakhGuideDescription leaves out of a methodical guide's title the
// sentence after it that describes the guide's use and ends in its kind.
func TestKazakhGuideDescription(t *testing.T) {
	checkParses(t, []parseCase{
		{"Құрастырушылар: А.С. Сидоров, С.Ю. Орлова. Айлақ физикасы. 5В071800 мамандығы үшін № 1-3 есептеу-сызбалық жұмыстарға әдістемелік нұсқаулар мен тапсырмалар. - Алматы: АЭжБУ, 2017. – 17 б.",
			want{editor: "Сидоров|Орлова", title: "Айлақ физикасы", place: "Алматы", pages: "17"}},
	})
}
