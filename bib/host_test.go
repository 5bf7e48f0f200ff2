package bib

import "testing"

func TestTrimHostNumbers(t *testing.T) {
	for _, c := range []struct{ name, in, want, year string }{
		{"year_and_no", "Vestnik Tomskogo universiteta - TSPU Bulletin, 2007, no.", "Vestnik Tomskogo universiteta - TSPU Bulletin", "2007"},
		{"year_and_vol", "Mekhatronika, avtomatizatsiya, upravlenie [Mechatronics], 2019, vol.", "Mekhatronika, avtomatizatsiya, upravlenie [Mechatronics]", "2019"},
		{"year_alone", "Voprosy istorii, 2016", "Voprosy istorii", "2016"},
		{"title_with_a_year_kept", "Россия в 2020 году: прогнозы", "Россия в 2020 году: прогнозы", ""},
		{"series_number_kept", "Lecture Notes in Computer Science, vol. 10856", "Lecture Notes in Computer Science, vol. 10856", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			it := Item{ContainerTitle: c.in}
			trimHostNumbers(&it)
			if it.ContainerTitle != c.want {
				t.Errorf("container %q, want %q", it.ContainerTitle, c.want)
			}
			if got := it.Issued.String(); got != c.year {
				t.Errorf("issued %q, want %q", got, c.year)
			}
		})
	}
}
