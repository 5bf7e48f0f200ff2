package bib

import "testing"

func TestFoldKey(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"case_and_yo", "Ёлкин  А.", "елкин а."},
		{"decomposed_yo", "Е\u0308лкин", "елкин"},
		{"short_i_kept", "Йошкар-Ола", "йошкар-ола"},
		{"decomposed_short_i", "И\u0306ошкар", "йошкар"},
		{"nbsp_and_spaces", " Иванов\u00a0 И. И. ", "иванов и. и."},
		{"kazakh_letters", "ҚАЗАҚСТАН Өнері", "қазақстан өнері"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := foldKey(c.in); got != c.want {
				t.Errorf("foldKey(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
