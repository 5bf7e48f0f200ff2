package bib

import (
	"reflect"
	"testing"
)

func TestParseISODate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want [][]int // nil: not a date
	}{
		{"2019", [][]int{{2019}}},
		{" 2019-05 ", [][]int{{2019, 5}}},
		{"2019-05-03", [][]int{{2019, 5, 3}}},
		{"1985/1987", [][]int{{1985}, {1987}}},
		{"2020-01-30/2020-02-02", [][]int{{2020, 1, 30}, {2020, 2, 2}}},
		{"", nil},
		{"2019-13", nil},
		{"2019-05-32", nil},
		{"2019-05-03-01", nil},
		{"2019-", nil},
		{"1985/1986/1987", nil},
		{"May 2019", nil},
		{"0", nil},
	} {
		d, ok := ParseISODate(c.in)
		if ok != (c.want != nil) {
			t.Errorf("ParseISODate(%q) ok = %v", c.in, ok)
			continue
		}
		if ok && !reflect.DeepEqual(d.Parts, c.want) {
			t.Errorf("ParseISODate(%q) = %v, want %v", c.in, d.Parts, c.want)
		}
	}
}
