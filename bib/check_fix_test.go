package bib

import (
	"reflect"
	"strings"
	"testing"
)

func TestFixList(t *testing.T) {
	text := strings.Join([]string{
		"Текст [2, с. 5] и [3–4], затем [1] и [2].",
		"Ещё [1; 4].",
		"",
		"Список литературы",
		"",
		"1. Первая.",
		"2. Вторая.",
		"3. Третья.",
		"4. Четвёртая.",
		"5. Пятая, не цитируется.",
		"",
	}, "\n")
	lines := strings.Split(text, "\n")
	doc := Document{Lines: lines, BodyEnd: 3, Lists: []List{{Heading: "Список литературы", HeadingLine: 4}}}
	for i, raw := range []string{"Первая.", "Вторая.", "Третья.", "Четвёртая.", "Пятая, не цитируется."} {
		doc.Lists[0].Entries = append(doc.Lists[0].Entries, Entry{Label: string(rune('1' + i)), Line: 6 + i, Lines: []int{6 + i}, Raw: raw})
	}
	fix := FixList(doc, FindMarkers(lines[:3]))
	if want := []int{2, 3, 4, 1, 5}; !reflect.DeepEqual(fix.Order, want) {
		t.Fatalf("order %v, want %v", fix.Order, want)
	}
	wantList := []string{"1. Вторая.", "2. Третья.", "3. Четвёртая.", "4. Первая.", "5. Пятая, не цитируется."}
	if !reflect.DeepEqual(fix.List, wantList) {
		t.Errorf("list\n got %q\nwant %q", fix.List, wantList)
	}
	wantBody := []string{"Текст [1, с. 5] и [2–3], затем [4] и [1].", "Ещё [3; 4]."}
	if !reflect.DeepEqual(fix.Lines[:2], wantBody) {
		t.Errorf("body\n got %q\nwant %q", fix.Lines[:2], wantBody)
	}
	if got := strings.Join(fix.Lines[5:10], "|"); got != strings.Join(wantList, "|") {
		t.Errorf("document list %q", got)
	}
	if len(fix.Changes) != 5 {
		t.Errorf("%d changes, want 5: %+v", len(fix.Changes), fix.Changes)
	}
	// Renumbering the renumbered text changes nothing (idempotence).
	doc2 := doc
	doc2.Lines = fix.Lines
	if again := FixList(doc2, FindMarkers(fix.Lines[:3])); again.Changed() {
		t.Errorf("second FixList still changes the order: %v", again.Order)
	}
}

func TestFixListInOrder(t *testing.T) {
	lines := []string{"[1] [2]", "1. A.", "2. B."}
	doc := Document{Lines: lines, BodyEnd: 1, Lists: []List{{Entries: []Entry{{Label: "1", Line: 2, Lines: []int{2}}, {Label: "2", Line: 3, Lines: []int{3}}}}}}
	fix := FixList(doc, FindMarkers(lines[:1]))
	if fix.Changed() || len(fix.Changes) != 0 || !reflect.DeepEqual(fix.Lines, lines) {
		t.Errorf("an ordered list changed: %+v", fix)
	}
}

func TestFixListParallelList(t *testing.T) {
	lines := []string{"[2] [1]", "Список литературы", "1. Первая.", "2. Вторая.", "References", "1. Pervaya.", "2. Vtoraya."}
	doc := Document{Lines: lines, BodyEnd: 1, Lists: []List{
		{Heading: "Список литературы", HeadingLine: 2, Entries: []Entry{{Label: "1", Line: 3, Lines: []int{3}}, {Label: "2", Line: 4, Lines: []int{4}}}},
		{Heading: "References", HeadingLine: 5, Entries: []Entry{{Label: "1", Line: 6, Lines: []int{6}}, {Label: "2", Line: 7, Lines: []int{7}}}},
	}}
	fix := FixList(doc, FindMarkers(lines[:1]))
	want := []string{"[1] [2]", "Список литературы", "1. Вторая.", "2. Первая.", "References", "1. Vtoraya.", "2. Pervaya."}
	if !reflect.DeepEqual(fix.Lines, want) {
		t.Errorf("got %q\nwant %q", fix.Lines, want)
	}
}
