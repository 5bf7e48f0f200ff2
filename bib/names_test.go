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
