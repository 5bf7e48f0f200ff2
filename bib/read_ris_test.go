package bib

import "testing"

func TestReadRIS(t *testing.T) {
	for _, c := range []struct {
		name     string
		src      string
		want     string
		errLines []int
	}{
		{"family_given_and_organisation",
			"TY  - BOOK\r\nAU  - Иванов, И. И.\r\nAU  - Министерство образования\r\nTI  - Қазақ тілі\r\nPY  - 2015\r\nSP  - 320\r\nER  - \r\n",
			`[{"type":"book","author":[{"family":"Иванов","given":"И. И."},{"literal":"Министерство образования"}],"title":"Қазақ тілі","number-of-pages":"320","issued":{"date-parts":[[2015]]}}]`, nil},
		{"journal_pages_and_dates",
			"TY  - JOUR\nTI  - T\nT2  - J\nVL  - 6\nIS  - 2\nSP  - 102\nEP  - 116\nPY  - 2018\nDA  - 2018/05/03/\nY2  - 23.04.2025\nER  -\n",
			`[{"type":"article-journal","title":"T","container-title":"J","volume":"6","issue":"2","page":"102-116","issued":{"date-parts":[[2018,5,3]]},"accessed":{"date-parts":[[2025,4,23]]}}]`, nil},
		{"unknown_ty_is_a_document",
			"TY  - XYZ\nTI  - T\nER  - \n",
			`[{"type":"document","title":"T"}]`, nil},
		{"folded_line_joined_with_a_space",
			"TY  - GEN\nTI  - A long\n  title\nER  - \n",
			`[{"type":"document","title":"A long title"}]`, nil},
		{"field_before_ty_reported",
			"AU  - Stray, A.\nTY  - GEN\nTI  - Kept\nER  - \n",
			`[{"type":"document","title":"Kept"}]`, []int{1}},
		{"record_without_er_reported_and_kept",
			"TY  - GEN\nTI  - One\nTY  - GEN\nTI  - Two\nER  - \n",
			`[{"type":"document","title":"One"},{"type":"document","title":"Two"}]`, []int{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			items, errs := ReadRIS(c.src)
			if got := jsonOf(items); got != c.want {
				t.Errorf("items\n got %s\nwant %s", got, c.want)
			}
			if len(errs) != len(c.errLines) || (len(errs) > 0 && errs[0].Line != c.errLines[0]) {
				t.Errorf("errors %v, want lines %v", errs, c.errLines)
			}
		})
	}
}
