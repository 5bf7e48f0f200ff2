package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// env is what a command may touch of the world: streams, environment, clock.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	db             string // --db, resolved lazily by openStore
}

// exitError carries an exit status: 1 for findings, 2 for usage and input
// errors. A plain error is an input error.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, a ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, a...)}
}

// errFindings is returned by commands that found problems (check): exit 1,
// nothing more to print.
var errFindings = &exitError{code: 1, err: errors.New("findings")}

func newApp(e *env) *cli.App {
	return &cli.App{
		Name:    "ibid",
		Usage:   "bibliography and citation manager for GOST and English reference lists",
		Version: version,
		Description: `ibid reads the reference lists of articles (text and Markdown), repairs what
copying broke (URLs split by line wraps, torn ligatures, Markdown escapes),
resolves Ibid./Там же chains, keeps every work once in a SQLite library, and
writes BibTeX, BibLaTeX, CSL-JSON, RIS and GOST lists.

Examples:
   ibid import testdata/articles          import every article in a folder
   ibid list                              the works in the library
   ibid parse refs.txt                    parse a list, one reference a line
   ibid export --format gost -o refs.txt  a GOST 7.0.100-2018 list

Flags may follow file names: "ibid import a.md --json" works.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "db", Usage: "library `FILE` (default $IBID_DB, else $XDG_DATA_HOME/ibid/library.db)", Value: e.db, Destination: &e.db},
		},
		Commands:        commands(e),
		Writer:          e.stdout,
		ErrWriter:       e.stderr,
		ExitErrHandler:  func(*cli.Context, error) {},
		HideHelpCommand: true,
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageError("%v", err)
		},
	}
}

// commands lists every command; each lives in its own cmd_NAME.go.
func commands(e *env) []*cli.Command {
	return []*cli.Command{
		importCommand(e),
		parseCommand(e),
		listCommand(e),
		sourcesCommand(e),
		showCommand(e),
		searchCommand(e),
		dupesCommand(e),
		mergeCommand(e),
		unmergeCommand(e),
		keyCommand(e),
		collectionCommand(e),
		repairsCommand(e),
		exportCommand(e),
		checkCommand(e),
	}
}

// run is main without os.Exit: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, now: time.Now}
	return runEnv(e, args)
}

func runEnv(e *env, args []string) int {
	app := newApp(e)
	err := app.RunContext(context.Background(), reorderArgs(app, args))
	if err == nil {
		return 0
	}
	var x *exitError
	if errors.As(err, &x) && x == errFindings {
		return 1
	}
	fmt.Fprintf(e.stderr, "ibid: error: %s\n", oneLine(err.Error()))
	if errors.As(err, &x) {
		return x.code
	}
	return 2
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// reorderArgs moves flags typed after file names in front of them, because
// urfave/cli v2 stops reading flags at the first argument. Global flags
// typed after the command move before it.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	global := takesValue(app.Flags)
	out := []string{args[0]}
	i := 1
	for ; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		out = append(out, a)
		if v, ok := global[flagName(a)]; ok && v && !strings.Contains(a, "=") && i+1 < len(args) {
			i++
			out = append(out, args[i])
		}
	}
	if i >= len(args) {
		return out
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return append(out, args[i:]...)
	}
	local := takesValue(cmd.Flags)
	var flags, pos, globals []string
	rest := args[i+1:]
	for k := 0; k < len(rest); k++ {
		a := rest[k]
		if a == "--" {
			pos = append(pos, rest[k+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		name := flagName(a)
		dst := &flags
		v, ok := local[name]
		if !ok {
			if gv, gok := global[name]; gok {
				dst, v = &globals, gv
			}
		}
		*dst = append(*dst, a)
		if v && !strings.Contains(a, "=") && k+1 < len(rest) {
			k++
			*dst = append(*dst, rest[k])
		}
	}
	out = append(out, globals...)
	out = append(out, args[i])
	out = append(out, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}

func flagName(a string) string {
	a = strings.TrimLeft(a, "-")
	if i := strings.Index(a, "="); i >= 0 {
		a = a[:i]
	}
	return a
}

// takesValue maps each flag name and alias to whether it takes a value.
func takesValue(flags []cli.Flag) map[string]bool {
	m := map[string]bool{"help": false, "h": false}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			m[n] = !isBool
		}
	}
	return m
}
