package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/ibid-project/ibid/store"
	"golang.org/x/text/encoding/charmap"
)

// ruRefs is the reference list of ruArticle as printed, without labels:
// what the library must hold, whatever encoding the article came in.
var ruRefs = []string{
	"Иванов И. И. История библиотек России. – М. : Наука, 2010. – 250 с.",
	"Петров П. П., Сидоров С. С. Библиотечное дело в XIX веке // Вопросы истории. – 2015. – № 3. – С. 45–60.",
	"Ёлкин А. Б. Книжная культура провинции. – СПб. : Питер, 2018. – 312 с.",
	"Щукина Э. Ю. Чтение и читатель в эпоху цифровых медиа // Библиотековедение. – 2020. – Т. 69, № 1. – С. 7–19.",
}

// ruArticle is a short Russian article with a "Список литературы" list.
func ruArticle(refs []string) string {
	var b strings.Builder
	b.WriteString("Введение\n\nНастоящая статья посвящена изучению истории библиотечного дела в России [1, с. 15]. " +
		"Ранее этот вопрос рассматривался в работах [2; 3], а современное состояние чтения описано в [4].\n\n" +
		"Заключение\n\nЁмкость фондов областных библиотек растёт, хотя число читателей уменьшается.\n\nСписок литературы\n\n")
	for i, r := range refs {
		fmt.Fprintf(&b, "%d. %s\n", i+1, r)
	}
	return b.String()
}

// enRefs and enArticle are the English article that fills the library
// before each hostile import, so that "library unchanged" means something.
var enRefs = []string{
	"Smith J. A History of Reading. London: Routledge, 2005. 320 p.",
	"Doe J., Roe R. Libraries and their users // Library Quarterly. 2012. Vol. 82, no. 4. P. 401–420.",
	"Brown A. Cataloguing in the digital age. Oxford: OUP, 2019. 210 p.",
}

func enArticle(body string) string {
	var b strings.Builder
	b.WriteString("Introduction\n\n" + body + "\n\nReferences\n\n")
	for i, r := range enRefs {
		fmt.Fprintf(&b, "%d. %s\n", i+1, r)
	}
	return b.String()
}

// westernRefs is a list typed on Windows in Western Europe: curly quotes,
// en dashes, accented names.
var westernRefs = []string{
	"Müller K., Lefèvre R. “Die Bibliothek” – ein Überblick // Zeitschrift für Bibliothekswesen. 2014. Bd. 61. S. 233–250.",
	"Renée D. L’histoire de la lecture. Paris : Gallimard, 2001. 412 p.",
	"O’Brien S. ‘Reading rooms’ and their publics. Dublin: Four Courts, 2016. 198 p.",
}

var westernArticle = func() string {
	var b strings.Builder
	b.WriteString("Introduction\n\nLibraries in Europe – a survey [1–3]. “Quoted” words, café, naïve.\n\nReferences\n\n")
	for i, r := range westernRefs {
		fmt.Fprintf(&b, "%d. %s\n", i+1, r)
	}
	return b.String()
}()

// ibidRun runs ibid in-process on a library, the way a user types it.
func ibidRun(t *testing.T, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	e, out, errb := testEnv(t)
	// --db is given on the command line: the global flag's default would
	// overwrite e.db, and a library must never default to the home folder
	// in a test.
	if db == "" {
		db = e.db
	}
	e.db = ""
	code = runEnv(e, append([]string{"ibid", "--db", db}, args...))
	return code, out.String(), errb.String()
}

// libraryFiles is the bytes of every file of a library (the database and
// its -wal and -shm companions), by name: equal snapshots mean an unchanged
// library.
func libraryFiles(t *testing.T, db string) map[string][32]byte {
	t.Helper()
	m := map[string][32]byte{}
	matches, err := filepath.Glob(db + "*")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range matches {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(p)] = sha256.Sum256(b)
	}
	return m
}

func sameFiles(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// sourceEntries reads back the raw entries of each source, in printed order.
func sourceEntries(t *testing.T, db string) map[string][]string {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	works, err := s.Works(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	type cite struct {
		list, n int
		raw     string
	}
	by := map[string][]cite{}
	for _, w := range works {
		for _, c := range w.Citations {
			by[c.SourcePath] = append(by[c.SourcePath], cite{c.List, c.N, c.Raw})
		}
	}
	out := map[string][]string{}
	for p, cs := range by {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].list != cs[j].list {
				return cs[i].list < cs[j].list
			}
			return cs[i].n < cs[j].n
		})
		for _, c := range cs {
			out[p] = append(out[p], c.raw)
		}
	}
	return out
}

func encodeUTF16(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 0, 2+2*len(u))
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, c := range u {
		if bigEndian {
			b = append(b, byte(c>>8), byte(c))
		} else {
			b = append(b, byte(c), byte(c>>8))
		}
	}
	return b
}

func encodeCharmap(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode test article: %v", err)
	}
	return b
}

// noisyBytes is deterministic binary noise.
func noisyBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// hostileCase is one input file and what ibid must do with it: import
// exactly the entries want, or refuse it with a reason that mentions
// reason. Cases with either set accept both outcomes.
type hostileCase struct {
	name   string
	file   string                       // the file name (its extension picks the reader)
	write  func(t *testing.T, p string) // writes the file
	want   []string                     // the entries to import, verbatim
	check  func(t *testing.T, n int)    // instead of want: checks the number of entries
	reason *regexp.Regexp               // the reason a refusal must give
	long   string                       // non-empty: skipped under -short, with this reason
}

func writeBytes(b []byte) func(*testing.T, string) {
	return func(t *testing.T, p string) {
		t.Helper()
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func writeString(s string) func(*testing.T, string) { return writeBytes([]byte(s)) }

// writeStream writes a large file through a buffer, never holding it whole.
func writeStream(f func(w *bufio.Writer)) func(*testing.T, string) {
	return func(t *testing.T, p string) {
		t.Helper()
		fh, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriterSize(fh, 1<<16)
		f(w)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := fh.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// hundredMBLine is one line of 100 MB of ordinary words, no line end.
func hundredMBLine(w *bufio.Writer) {
	word := []byte("Smith J. A History of Reading. London: Routledge, 2005. ")
	for n := 0; n < 100<<20; n += len(word) {
		w.Write(word)
	}
}

// pseudoWord makes a distinct pronounceable word from a number, so that
// generated references differ in their words, not only in digits.
func pseudoWord(n int, alphabet []string) string {
	var b strings.Builder
	for i := 0; i < 3 || n > 0; i++ {
		b.WriteString(alphabet[n%len(alphabet)])
		n /= len(alphabet)
	}
	return b.String()
}

var (
	latinSyl    = []string{"ba", "ke", "lo", "mi", "nu", "ra", "se", "to", "vi", "za", "dor", "mel", "pan", "ser", "tul", "win"}
	cyrillicSyl = []string{"ба", "ке", "ло", "ми", "ну", "ра", "се", "то", "ви", "за", "дор", "мёл", "пан", "щер", "тул", "вин"}
)

// genRef is the n-th generated reference: GOST or English style, each with
// its own author and title words.
func genRef(n int) string {
	if n%2 == 0 {
		a := pseudoWord(n, cyrillicSyl)
		return fmt.Sprintf("%sов%s И. П. %s %s как предмет %s. – М. : Наука, %d. – %d с.",
			strings.ToUpper(a[:2])+a[2:], "", strings.ToUpper(pseudoWord(n+7, cyrillicSyl)[:2])+pseudoWord(n+7, cyrillicSyl)[2:],
			pseudoWord(n*3+1, cyrillicSyl), pseudoWord(n*5+2, cyrillicSyl), 1950+n%70, 100+n%400)
	}
	a := pseudoWord(n, latinSyl)
	return fmt.Sprintf("%s%s, J. K. The %s of %s and %s. London: Routledge, %d. %d p.",
		strings.ToUpper(a[:1]), a[1:], pseudoWord(n+11, latinSyl), pseudoWord(n*3+1, latinSyl), pseudoWord(n*7+3, latinSyl), 1950+n%70, 100+n%400)
}

// refList writes a "References" list of count generated entries, labelled
// "n." or, when bullets, "- ".
func refList(w *bufio.Writer, count int, bullets bool) {
	w.WriteString("Introduction\n\nA survey of the literature [1; 2].\n\nReferences\n\n")
	for i := 1; i <= count; i++ {
		if bullets {
			w.WriteString("- ")
		} else {
			fmt.Fprintf(w, "%d. ", i)
		}
		w.WriteString(genRef(i))
		w.WriteByte('\n')
	}
}

func genRefs(count int) []string {
	out := make([]string, count)
	for i := range out {
		out[i] = genRef(i + 1)
	}
	return out
}

// oneMBRef is a single reference of about 1 MB: a title that runs on.
// (Made on first use: the test binary also runs as ibid, and should not
// build it each time it starts.)
var oneMBRef = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString("Smith J. ")
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString(pseudoWord(i, latinSyl))
		b.WriteByte(' ')
	}
	b.WriteString("and the end of the title. London: Routledge, 2010. 320 p.")
	return b.String()
})

func hostileCases() []hostileCase {
	ru := ruArticle(ruRefs)
	// KOI8-R has no en dash and no "№": files in it are typed with
	// hyphens and "N".
	ruKOI8 := make([]string, len(ruRefs))
	for i, r := range ruRefs {
		ruKOI8[i] = strings.NewReplacer("–", "-", "№", "N").Replace(r)
	}
	binary := regexp.MustCompile(`binary`)
	empty := regexp.MustCompile(`empty`)
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"), noisyBytes(4096, 1)...)
	zip := append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\x8c\x5a\x78\x57"), noisyBytes(4096, 2)...)
	nested := strings.Repeat("{", 10000) + "deep title" + strings.Repeat("}", 10000)
	return []hostileCase{
		{name: "empty_file", file: "a.txt", write: writeString(""), reason: empty},
		{name: "whitespace_only", file: "a.txt", write: writeString(" \n\t\r\n  \u00a0\n\n"), reason: regexp.MustCompile(`empty|no reference`)},
		{name: "utf16_whitespace_only", file: "a.txt", write: writeBytes(encodeUTF16(" \r\n\t\n", false)), reason: empty},
		{name: "png_header", file: "a.txt", write: writeBytes(png), reason: binary},
		{name: "zip_header", file: "a.md", write: writeBytes(zip), reason: binary},
		{name: "binary_noise_without_nul", file: "a.txt", write: writeBytes(bytes.ReplaceAll(noisyBytes(8192, 3), []byte{0}, []byte{1})), reason: regexp.MustCompile(`binary|UTF-8|encoding`)},
		{name: "nul_bytes_in_text", file: "a.txt", write: writeString(strings.Replace(ru, "Заключение", "Закл\x00ючение\x00\x00", 1)), want: ruRefs, reason: regexp.MustCompile(`NUL|binary`)},
		{name: "invalid_utf8_in_english_body", file: "a.txt", write: writeString(enArticle("Some text with broken bytes \xff\xfe\xc3\x28 here.")), want: enRefs, reason: regexp.MustCompile(`UTF-8`)},
		// UTF-8 Russian with one damaged byte must not be taken for a
		// single-byte Cyrillic encoding: that would store mojibake.
		{name: "invalid_utf8_in_russian_body", file: "a.txt", write: writeString(strings.Replace(ru, "Заключение", "Заключение \xd0", 1)), want: ruRefs, reason: regexp.MustCompile(`UTF-8`)},
		{name: "utf8_bom", file: "a.txt", write: writeString("\ufeff" + ru), want: ruRefs},
		{name: "windows_1251", file: "a.txt", write: func(t *testing.T, p string) { writeBytes(encodeCharmap(t, charmap.Windows1251, ru))(t, p) }, want: ruRefs},
		{name: "koi8_r", file: "a.txt", write: func(t *testing.T, p string) {
			// "ё" after a small letter ("всё", "её") is a valid UTF-8
			// pair in KOI8-R: it must not make the file pass for UTF-8.
			text := strings.Replace(ruArticle(ruKOI8), "Заключение\n\n",
				"Заключение\n\nВсё, что её интересовало, ещё не изучено; своё мнение автор высказал.\n\n", 1)
			writeBytes(encodeCharmap(t, charmap.KOI8R, text))(t, p)
		}, want: ruKOI8},
		{name: "utf16_le_bom", file: "a.txt", write: writeBytes(encodeUTF16(ru, false)), want: ruRefs},
		{name: "utf16_be_bom", file: "a.md", write: writeBytes(encodeUTF16(ru, true)), want: ruRefs},
		{name: "crlf_line_ends", file: "a.txt", write: writeString(strings.ReplaceAll(ru, "\n", "\r\n")), want: ruRefs},
		{name: "cr_line_ends", file: "a.txt", write: writeString(strings.ReplaceAll(ru, "\n", "\r")), want: ruRefs},
		{name: "windows_1252", file: "a.txt", write: func(t *testing.T, p string) {
			writeBytes(encodeCharmap(t, charmap.Windows1252, westernArticle))(t, p)
		}, want: westernRefs},
		{name: "larger_than_256mb", file: "a.txt", write: func(t *testing.T, p string) {
			// A sparse file: 300 MB long, no disk used.
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := f.Truncate(300 << 20); err != nil {
				t.Fatal(err)
			}
		}, reason: regexp.MustCompile(`larger than`)},
		{name: "utf16_le_no_bom", file: "a.txt", write: writeBytes(encodeUTF16(ru, false)[2:]), want: ruRefs},
		{name: "utf16_be_no_bom", file: "a.txt", write: writeBytes(encodeUTF16(enArticle("Another survey [1–3]."), true)[2:]), want: enRefs},
		{name: "utf16_le_crlf", file: "a.txt", write: writeBytes(encodeUTF16(strings.ReplaceAll(ru, "\n", "\r\n"), false)), want: ruRefs},
		{name: "line_100mb", file: "a.txt", write: writeStream(hundredMBLine), reason: regexp.MustCompile(`line`)},
		{name: "bibtex_braces_10000_deep", file: "a.bib", write: writeString("@article{deep,\n  author = {Smith, John},\n  title = " + nested + ",\n  year = {2000}\n}\n"),
			check: func(t *testing.T, n int) {
				if n != 1 {
					t.Errorf("%d entries, want the 1 record", n)
				}
			}, reason: regexp.MustCompile(`.`)},
		{name: "bibtex_braces_10000_unclosed", file: "a.bib", write: writeString("@article{deep,\n  title = " + strings.Repeat("{", 10000) + "x\n"),
			reason: regexp.MustCompile(`record|brace|unclosed|end`)},
		// The 50,000-entry lists are imported by TestInputMemory, which
		// also measures the program's memory.
		{name: "reference_1mb", file: "a.txt", write: writeString("Introduction\n\nText [1].\n\nReferences\n\n1. " + oneMBRef() + "\n2. " + enRefs[0] + "\n"),
			want: []string{oneMBRef(), enRefs[0]}, long: "parses a 1 MB reference"},
	}
}

// TestHostileInput feeds ibid import and ibid parse files a user might have
// at hand. Each must be imported with the right entries, or refused with a
// one-line "ibid: error: read FILE: reason" and exit status 2, the library
// left byte for byte as it was. Nothing may panic.
func TestHostileInput(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			if c.long != "" && testing.Short() {
				t.Skipf("-short: %s", c.long)
			}
			dir := t.TempDir()
			db := filepath.Join(dir, "library.db")
			base := filepath.Join(dir, "base.txt")
			writeString(enArticle("A survey [1–3]."))(t, base)
			if code, _, errs := ibidRun(t, db, "import", base); code != 0 {
				t.Fatalf("import of the base article: exit %d: %s", code, errs)
			}
			p := filepath.Join(dir, c.file)
			c.write(t, p)
			before := libraryFiles(t, db)

			code, out, errs := ibidRun(t, db, "import", p)
			refused := checkOutcome(t, "import", c, p, code, errs)
			if refused {
				if out != "" {
					t.Errorf("import refused the file but printed %q", out)
				}
				if !sameFiles(before, libraryFiles(t, db)) {
					t.Errorf("import refused the file but changed the library")
				}
			} else {
				got := sourceEntries(t, db)[p]
				checkEntries(t, "import", c, got)
				if base := sourceEntries(t, db)[base]; len(base) != len(enRefs) {
					t.Errorf("the base article lost entries: %d, want %d", len(base), len(enRefs))
				}
			}

			// ibid parse reads the same way: the whole article with
			// --document, one entry a line without. Bibliographies are
			// not its input.
			if filepath.Ext(p) == ".bib" {
				return
			}
			code, out, errs = ibidRun(t, "", "parse", "--document", p)
			if checkOutcome(t, "parse --document", c, p, code, errs) != refused {
				t.Errorf("parse --document and import disagree on whether the file can be read")
			}
			if !refused {
				checkEntries(t, "parse --document", c, parsedTexts(t, out))
			}
			code, _, errs = ibidRun(t, "", "parse", p)
			if refused && (code != 2 || !oneErrorLine(errs, p)) {
				t.Errorf("parse: exit %d, stderr %q; want exit 2 and one error line", code, errs)
			}
			if !refused && code != 0 {
				t.Errorf("parse: exit %d: %s", code, errs)
			}
		})
	}
}

// checkOutcome checks the exit status and stderr of a command that read
// the file, and reports whether it refused the file.
func checkOutcome(t *testing.T, cmd string, c hostileCase, p string, code int, errs string) bool {
	t.Helper()
	canImport := c.want != nil || c.check != nil
	switch {
	case code == 0 && canImport:
		return false
	case code == 0:
		t.Fatalf("%s: exit 0, want a refusal (stderr %q)", cmd, errs)
	case code != 2:
		t.Fatalf("%s: exit %d, want 2 (stderr %q)", cmd, code, clipOut(errs))
	case c.reason == nil:
		t.Fatalf("%s refused the file: %s", cmd, clipOut(errs))
	case !oneErrorLine(withoutWarnings(errs), p):
		t.Fatalf("%s: stderr %q, want one line \"ibid: error: read %s: reason\"", cmd, clipOut(errs), p)
	case !c.reason.MatchString(strings.TrimPrefix(withoutWarnings(errs), "ibid: error: read "+p+": ")):
		t.Fatalf("%s: reason %q does not say %s", cmd, clipOut(errs), c.reason)
	}
	return true
}

// withoutWarnings drops the "ibid: warning:" lines a bibliography reader
// prints for each record it skips before it refuses the file.
func withoutWarnings(errs string) string {
	var keep []string
	for _, l := range strings.SplitAfter(errs, "\n") {
		if !strings.HasPrefix(l, "ibid: warning: ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}

var errorLine = regexp.MustCompile(`^ibid: error: read (.+?): \S.*\n$`)

func oneErrorLine(errs, p string) bool {
	m := errorLine.FindStringSubmatch(errs)
	return m != nil && m[1] == p && len(errs) < 300
}

func checkEntries(t *testing.T, cmd string, c hostileCase, got []string) {
	t.Helper()
	if c.check != nil {
		c.check(t, len(got))
		return
	}
	if len(got) != len(c.want) {
		t.Fatalf("%s: %d entries, want %d", cmd, len(got), len(c.want))
	}
	for i := range got {
		if got[i] != c.want[i] {
			t.Errorf("%s: entry %d:\n got %q\nwant %q", cmd, i+1, clipOut(got[i]), clipOut(c.want[i]))
		}
	}
}

// parsedTexts takes the "text" of each line of ibid parse output.
func parsedTexts(t *testing.T, out string) []string {
	t.Helper()
	var texts []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var line struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("parse output: %v", err)
		}
		texts = append(texts, line.Text)
	}
	return texts
}

func clipOut(s string) string {
	if len(s) > 200 {
		return s[:200] + fmt.Sprintf("… (%d bytes)", len(s))
	}
	return s
}

// TestLineEnds reads a list given one entry a line, as ibid parse takes it,
// with each system's line ends: the entries must be the same. An article
// saved with other line ends is the same source.
func TestLineEnds(t *testing.T) {
	list := strings.Join(ruRefs, "\n") + "\n"
	for _, c := range []struct {
		name string
		data func(t *testing.T) []byte
	}{
		{"lf", func(*testing.T) []byte { return []byte(list) }},
		{"crlf", func(*testing.T) []byte { return []byte(strings.ReplaceAll(list, "\n", "\r\n")) }},
		{"cr", func(*testing.T) []byte { return []byte(strings.ReplaceAll(list, "\n", "\r")) }},
		{"crlf_no_final_line_end", func(*testing.T) []byte {
			return []byte(strings.TrimSuffix(strings.ReplaceAll(list, "\n", "\r\n"), "\r\n"))
		}},
		{"utf16_be_crlf", func(*testing.T) []byte { return encodeUTF16(strings.ReplaceAll(list, "\n", "\r\n"), true) }},
		{"windows_1251_crlf", func(t *testing.T) []byte {
			return encodeCharmap(t, charmap.Windows1251, strings.ReplaceAll(list, "\n", "\r\n"))
		}},
	} {
		t.Run("parse_"+c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "refs.txt")
			writeBytes(c.data(t))(t, p)
			code, out, errs := ibidRun(t, "", "parse", p)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			checkEntries(t, "parse", hostileCase{want: ruRefs}, parsedTexts(t, out))
		})
	}
	t.Run("crlf_copy_is_the_same_source", func(t *testing.T) {
		dir := t.TempDir()
		db := filepath.Join(dir, "library.db")
		lf, crlf := filepath.Join(dir, "lf.txt"), filepath.Join(dir, "crlf.txt")
		writeString(ruArticle(ruRefs))(t, lf)
		writeString(strings.ReplaceAll(ruArticle(ruRefs), "\n", "\r\n"))(t, crlf)
		if code, _, errs := ibidRun(t, db, "import", lf); code != 0 {
			t.Fatalf("import lf.txt: exit %d: %s", code, errs)
		}
		code, out, errs := ibidRun(t, db, "import", crlf)
		if code != 0 {
			t.Fatalf("import crlf.txt: exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "already imported") {
			t.Errorf("the CRLF copy of an imported article was imported again: %s", out)
		}
	})
}

// TestSpecialFiles reads what is not a regular file: a device that never
// ends and a folder named like an article.
func TestSpecialFiles(t *testing.T) {
	t.Run("dev_zero", func(t *testing.T) {
		if _, err := os.Stat("/dev/zero"); err != nil {
			t.Skipf("no /dev/zero here: %v", err)
		}
		db := filepath.Join(t.TempDir(), "library.db")
		code, out, errs := ibidRun(t, db, "import", "/dev/zero")
		if code != 2 || !oneErrorLine(errs, "/dev/zero") || out != "" {
			t.Errorf("exit %d, stdout %q, stderr %q: want exit 2 and one error line", code, out, errs)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("a refused file created the library")
		}
	})
	t.Run("folder_named_txt", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "chapter.txt")
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		code, _, errs := ibidRun(t, filepath.Join(dir, "library.db"), "parse", p)
		if code != 2 || !oneErrorLine(errs, p) {
			t.Errorf("parse of a folder: exit %d, stderr %q: want exit 2 and one error line", code, errs)
		}
	})
}
