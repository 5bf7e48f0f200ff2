package main

import (
	"os"
	"strings"
	"testing"
)

// Every command's --help shows its usage with an example.
func TestEveryCommandHasHelpWithExamples(t *testing.T) {
	e, _, _ := testEnv(t)
	for _, c := range commands(e) {
		t.Run(c.Name, func(t *testing.T) {
			e, out, errb := testEnv(t)
			if code := runEnv(e, []string{"ibid", c.Name, "--help"}); code != 0 {
				t.Fatalf("exit %d: %s", code, errb)
			}
			if !strings.Contains(out.String(), "Examples:") || !strings.Contains(out.String(), "ibid "+c.Name) {
				t.Errorf("help of %s has no example:\n%s", c.Name, out)
			}
		})
	}
}

// Flags typed after file names are moved in front of them, because
// urfave/cli v2 stops reading flags at the first argument.
func TestReorderArgs(t *testing.T) {
	e, _, _ := testEnv(t)
	app := newApp(e)
	for _, c := range []struct{ name, in, want string }{
		{"flag_after_file", "ibid import a.md --json", "ibid import --json -- a.md"},
		{"value_flag_after_file", "ibid import a.md --collection thesis b.md", "ibid import --collection thesis -- a.md b.md"},
		{"global_flag_after_command", "ibid list --db x.db --json", "ibid --db x.db list --json"},
		{"flags_in_front_stay", "ibid --db x.db export --format gost", "ibid --db x.db export --format gost"},
		{"stdin_dash_is_a_file", "ibid import - --json", "ibid import --json -- -"},
		{"double_dash_ends_flags", "ibid import -- --json", "ibid import -- --json"},
		{"unknown_command_untouched", "ibid frob a --x", "ibid frob a --x"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(reorderArgs(app, strings.Fields(c.in)), " ")
			if got != c.want {
				t.Errorf("reorderArgs(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// A library chosen before the flags are read (as tests do) is not reset
// by the --db flag's empty default.
func TestPresetLibraryKept(t *testing.T) {
	e, out, errb := testEnv(t)
	if code := runEnv(e, []string{"ibid", "import", "../../testdata/articles/002_a31db7b051f64615.txt"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "21 entries") {
		t.Fatalf("import: %s", out)
	}
	if _, err := os.Stat(e.db); err != nil {
		t.Errorf("the preset library %s was not used: %v", e.db, err)
	}
}
