package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ibid-project/ibid/store"
)

// testEnv is an env on buffers with its own library in a temp folder.
func testEnv(t testing.TB) (*env, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, now: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
		db: filepath.Join(t.TempDir(), "library.db")}
	return e, &out, &errb
}

type goldWork struct {
	Key     string `json:"key"`
	CitedBy []struct {
		Entry   string `json:"entry"`
		Locator string `json:"locator"`
	} `json:"cited_by"`
}

// TestImportSeedsMatchesGold imports the bundled articles and checks the
// library against testdata/gold: the entries of each article, verbatim,
// and exactly the 46 works, each cited by exactly its entries with their
// own pages.
func TestImportSeedsMatchesGold(t *testing.T) {
	e, _, _ := testEnv(t)
	ctx := context.Background()
	if err := runImport(ctx, e, importOptions{}, []string{"../../testdata/articles"}); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, e.db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srcs, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"000": 31, "001": 0, "002": 21, "003": 0, "004": 0}
	for _, src := range srcs {
		seed := filepath.Base(src.Path)[:3]
		if src.Entries != want[seed] {
			t.Errorf("%s: %d entries, want %d", src.Path, src.Entries, want[seed])
		}
	}
	if len(srcs) != 5 {
		t.Fatalf("%d sources, want 5", len(srcs))
	}

	works, err := s.Works(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{} // sorted entry ids → "id:locator …"
	raws := map[string]string{}
	for _, w := range works {
		var ids, cites []string
		for _, c := range w.Citations {
			id := fmt.Sprintf("%s-%02d", filepath.Base(c.SourcePath)[:3], c.N)
			ids = append(ids, id)
			cites = append(cites, id+":"+strings.NewReplacer("–", "-").Replace(c.Locator))
			raws[id] = c.Raw
		}
		sort.Strings(ids)
		sort.Strings(cites)
		got[strings.Join(ids, ",")] = strings.Join(cites, " ")
	}
	f, err := os.Open("../../testdata/gold/works.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var g goldWork
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		n++
		var ids, cites []string
		for _, c := range g.CitedBy {
			ids = append(ids, c.Entry)
			cites = append(cites, c.Entry+":"+c.Locator)
		}
		sort.Strings(ids)
		sort.Strings(cites)
		key := strings.Join(ids, ",")
		gc, ok := got[key]
		switch {
		case !ok:
			t.Errorf("work %s: no work cited by exactly %s", g.Key, key)
		case gc != strings.Join(cites, " "):
			t.Errorf("work %s: citations %s, want %s", g.Key, gc, strings.Join(cites, " "))
		}
	}
	if len(works) != n {
		t.Errorf("%d works, want %d", len(works), n)
	}

	// Raw text is kept verbatim.
	refs, err := os.ReadFile("../../testdata/gold/references.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(refs), []byte("\n")) {
		var g struct{ ID, Text string }
		if err := json.Unmarshal(line, &g); err != nil {
			t.Fatal(err)
		}
		if raws[g.ID] != g.Text {
			t.Errorf("%s raw text:\n got %q\nwant %q", g.ID, raws[g.ID], g.Text)
		}
	}

	// Importing again changes nothing.
	e2, out, _ := testEnv(t)
	e2.db = e.db
	if err := runImport(ctx, e2, importOptions{}, []string{"../../testdata/articles"}); err != nil {
		t.Fatal(err)
	}
	if c := strings.Count(out.String(), "already imported"); c != 5 {
		t.Errorf("re-import: %d sources already imported, want 5:\n%s", c, out)
	}
	again, err := s.Works(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(works) {
		t.Errorf("re-import changed the works: %d → %d", len(works), len(again))
	}
}
