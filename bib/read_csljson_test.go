package bib

import "testing"

func TestReadCSLJSON(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
		wantErr         bool
	}{
		{"zotero_numbers_and_raw_date",
			`[{"id":"k","type":"article-journal","title":"T","volume":6,"issue":2,"page":"102-116","issued":{"date-parts":[["2018","5"]]},"accessed":{"raw":"2025-04-23"},"title-short":"x","source":"Zotero"}]`,
			`[{"id":"k","type":"article-journal","title":"T","volume":"6","issue":"2","page":"102-116","issued":{"date-parts":[[2018,5]]},"accessed":{"date-parts":[[2025,4,23]]}}]`, false},
		{"pandoc_single_object_and_literal_name",
			`{"id":"p","type":"book","author":[{"literal":"ЮНЕСКО"}],"issued":{"literal":"б. г."}}`,
			`[{"id":"p","type":"book","author":[{"literal":"ЮНЕСКО"}],"issued":{"literal":"б. г."}}]`, false},
		{"note_variables_restored",
			`[{"id":"w","type":"webpage","note":"editor: Kerr || D.\nnumber-of-pages: 12\nIn Chinese"}]`,
			`[{"id":"w","type":"webpage","editor":[{"family":"Kerr","given":"D."}],"number-of-pages":"12","note":"In Chinese"}]`, false},
		{"note_with_colon_kept",
			`[{"id":"n","type":"book","note":"Note: printed"}]`,
			`[{"id":"n","type":"book","note":"Note: printed"}]`, false},
		{"json_lines",
			"{\"id\":\"a\",\"type\":\"book\"}\n{\"id\":\"b\",\"type\":\"book\"}\n",
			`[{"id":"a","type":"book"},{"id":"b","type":"book"}]`, false},
		{"not_json", `[{"id":`, `[]`, true},
		{"not_an_object", `[1]`, `[]`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			items, err := ReadCSLJSON(c.src)
			if (err != nil) != c.wantErr {
				t.Fatalf("err %v, want error %v", err, c.wantErr)
			}
			if got := jsonOf(items); got != c.want {
				t.Errorf("items\n got %s\nwant %s", got, c.want)
			}
		})
	}
}
