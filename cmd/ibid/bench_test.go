package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// genArticles writes n references as articles of 50 entries each into dir:
// GOST books and articles, English journal articles, web pages, every
// tenth entry an Ibid. of the one above, and one in twenty a work cited
// again from an earlier article.
func genArticles(tb testing.TB, dir string, n int) {
	tb.Helper()
	family := []string{"Иванов", "Петров", "Сыроежкин", "Smith", "Wang", "Лаумулин", "Жумабаева", "Nye", "Kerr", "Ахметов"}
	words := []string{"политика", "история", "экономика", "образование", "культура", "policy", "power", "diplomacy", "reform", "society"}
	ref := func(k int) string {
		f, w, y := family[k%len(family)], words[(k/7)%len(words)], 1990+k%35
		switch k % 4 {
		case 0:
			return fmt.Sprintf("%s%d А. Б. %s и %s: очерк %d. – М. : Наука, %d. – %d с.", f, k, strings.ToUpper(w[:2])+w[2:], w, k, y, 100+k%400)
		case 1:
			return fmt.Sprintf("%s%d И. И. Статья о %s %d // Вестник КазНУ. – %d. – Т. %d, № %d. – С. %d–%d.", f, k, w, k, y, k%30+1, k%4+1, k%200+1, k%200+15)
		case 2:
			return fmt.Sprintf("%s%d, J. (%d). The %s of things %d. Journal of Studies, %d(%d), %d–%d. https://doi.org/10.1000/js.%d", f, k, y, w, k, k%50+1, k%6+1, k%300+1, k%300+20, k)
		}
		return fmt.Sprintf("%s%d A. %s report %d [Electronic resource]. – URL: https://example.org/%s/%d (accessed on: 01.04.2025).", f, k, w, k, w, k)
	}
	for a := 0; a*50 < n; a++ {
		var b strings.Builder
		fmt.Fprintf(&b, "# Article %d\n\nText [1], [2, с. 5].\n\n## Список литературы\n\n", a)
		for i := 0; i < 50 && a*50+i < n; i++ {
			k := a*50 + i
			switch {
			case i%10 == 9:
				fmt.Fprintf(&b, "%d. Там же. – С. %d.\n", i+1, i)
				continue
			case k%20 == 7 && k > 100:
				k -= 100
			}
			fmt.Fprintf(&b, "%d. %s\n", i+1, ref(k))
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.md", a)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkImportArticles is the whole import: read, find the list,
// parse, repair, resolve, dedupe and store, for 100,000 references in
// 2,000 articles.
func BenchmarkImportArticles(b *testing.B) {
	const n = 100000
	dir := b.TempDir()
	genArticles(b, dir, n)
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		e, _, _ := testEnv(b)
		if err := runImport(context.Background(), e, importOptions{Quiet: true}, []string{dir}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "refs/s")
	reportCPU(b, processCPU()-cpu, n*b.N, "ref", "refs")
}

// reportCPU reports the CPU time the process took per item, every core's
// together (cpu-µs/ref), and the rate that makes were every core of this
// machine the benchmark's and always busy (cpu-bound-refs/s): an upper
// bound, which on a shared machine varies far less with the load than the
// rate measured. An import whose one writing goroutine is the slowest
// part (one large file) stays below it.
func reportCPU(b *testing.B, cpu time.Duration, items int, unit, units string) {
	if cpu <= 0 || items == 0 {
		return
	}
	per := cpu.Seconds() / float64(items)
	b.ReportMetric(per*1e6, "cpu-µs/"+unit)
	b.ReportMetric(float64(runtime.GOMAXPROCS(0))/per, "cpu-bound-"+units+"/s")
}

// scaleRefs is how many references TestImportAtScale imports; 0 skips it.
var scaleRefs = flag.Int("scale-refs", 0, "references TestImportAtScale imports (the issue's figure: 1000000)")

// TestImportAtScale runs the real program on -scale-refs generated
// references in articles and holds its peak memory under 500 MiB: files
// are parsed and stored as a stream, so memory must not grow with the
// corpus (go test ./cmd/ibid -run TestImportAtScale -scale-refs 1000000 -v).
func TestImportAtScale(t *testing.T) {
	if *scaleRefs == 0 {
		t.Skip("imports a large corpus for minutes: run with -scale-refs 1000000")
	}
	exe := ibidExe(t)
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	genArticles(t, articles, *scaleRefs)
	db := filepath.Join(dir, "library.db")
	r := runProc(t, ibidCmd(t, exe, db, "import", "--quiet", articles))
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	t.Logf("%d references: %v, %.0f refs/s, peak RSS %d MiB", *scaleRefs, r.elapsed.Round(time.Second),
		float64(*scaleRefs)/r.elapsed.Seconds(), r.maxRSSKiB>>10)
	entries := 0
	for _, m := range regexp.MustCompile(`: (\d+) entries,`).FindAllStringSubmatch(r.stdout, -1) {
		n, _ := strconv.Atoi(m[1])
		entries += n
	}
	if entries != *scaleRefs {
		t.Errorf("%d entries imported, want %d", entries, *scaleRefs)
	}
	if r.maxRSSKiB > 500<<10 {
		t.Errorf("peak RSS %d MiB importing %d references, over 500 MiB", r.maxRSSKiB>>10, *scaleRefs)
	}
}

// genBibTeX writes a BibTeX file of n entries to path: journal articles
// and books, Russian and English, one in twenty the work of an earlier
// entry under another key (a duplicate the import merges).
func genBibTeX(tb testing.TB, path string, n int) {
	tb.Helper()
	family := []string{"Иванов", "Петров", "Сыроежкин", "Smith", "Wang", "Лаумулин", "Жумабаева", "Nye", "Kerr", "Ахметов"}
	words := []string{"политика", "история", "экономика", "образование", "культура", "policy", "power", "diplomacy", "reform", "society"}
	var b strings.Builder
	for i := range n {
		k := i
		if i%20 == 19 && i > 101 {
			k -= 101 // not itself a duplicate
		}
		f, w, y := family[k%len(family)], words[(k/7)%len(words)], 1990+k%35
		if k%2 == 0 {
			fmt.Fprintf(&b, "@article{key%d,\n  author = {%s%d, A. B. and Second%d, C.},\n  title = {On %s and things %d},\n  journal = {Journal of Studies %d},\n  year = {%d},\n  volume = {%d},\n  number = {%d},\n  pages = {%d--%d},\n  doi = {10.1000/js.%d}\n}\n\n",
				i, f, k, k, w, k, k%50, y, k%30+1, k%4+1, k%200+1, k%200+15, k)
			continue
		}
		fmt.Fprintf(&b, "@book{key%d,\n  author = {%s%d, Иван Иванович},\n  title = {Книга о %s: очерк %d},\n  address = {М.},\n  publisher = {Наука},\n  year = {%d},\n  pagetotal = {%d},\n  langid = {russian}\n}\n\n",
			i, f, k, w, k, y, 100+k%400)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkImportBibTeX imports one BibTeX file of 50,000 entries into an
// empty library: read, decode, store, the file in one transaction.
func BenchmarkImportBibTeX(b *testing.B) {
	const n = 50000
	dir := b.TempDir()
	bibPath := filepath.Join(dir, "refs.bib")
	genBibTeX(b, bibPath, n)
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		e, out, _ := testEnv(b)
		if err := runImport(context.Background(), e, importOptions{Quiet: true}, []string{bibPath}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if want := fmt.Sprintf(": %d entries, %d works added, %d duplicates merged", n, n-n/20+5, n/20-5); !strings.Contains(out.String(), want) {
			b.Fatalf("got %q, want %q", out.String(), want)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "entries/s")
	reportCPU(b, processCPU()-cpu, n*b.N, "entry", "entries")
}
