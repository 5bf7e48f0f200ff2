package bib

import "testing"

// TestCommaAreas reads short descriptions whose areas are run together with
// commas alone, as encyclopaedias and old reading lists print them, and
// imprints typed with no punctuation at all.
func TestCommaAreas(t *testing.T) {
	checkParses(t, []parseCase{
		{"Петров А.А. Очерки по истории Полесья, СПб., 1902.", want{author: "Петров", title: "Очерки по истории Полесья", place: "СПб.", issued: "1902"}},
		{"Словарь говоров Гродненщины, ч. 1-3, Мінск, 1979-83.", want{title: "Словарь говоров Гродненщины", volume: "1-3", place: "Мінск", issued: "1979"}},
		{"Атлас говоров Полесья, ч. 1-2, Мiнск, 1971.", want{title: "Атлас говоров Полесья", volume: "1-2", place: "Мiнск", issued: "1971"}},
		{"Сидоров В.В. Говоры Понеманья, в кн.: Славянские языки, т. 2, М., 1971.", want{typ: "chapter", author: "Сидоров", title: "Говоры Понеманья", container: "Славянские языки", volume: "2", place: "М.", issued: "1971"}},
		{"Кузьмин П. Р. Теория групп, М., Наука, 1977.", want{title: "Теория групп", place: "М.", publisher: "Наука", issued: "1977"}},
		{"Ж. Сапаров Қазақ әдебиетінің тарихы Алматы 2001", want{author: "Сапаров", title: "Қазақ әдебиетінің тарихы", place: "Алматы", issued: "2001"}},
		{"Б. Оспанов Экономика негіздері. Астана2010", want{title: "Экономика негіздері", place: "Астана", issued: "2010"}},
		// A sentence before the place names the publisher: left as it is.
		{"Орлов К.Н., Сток малых рек, дис. … канд. геогр. наук. Институт географии РАН, Москва, 2016", want{publisher: "Институт географии РАН"}},
	})
}
