package bib

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestRegexpsCompile compiles every pattern the package declares with
// lazyRegexp: a pattern compiled on first use must not wait for a rare
// input to reveal that it is invalid.
func TestRegexpsCompile(t *testing.T) {
	fset, parsed, consts := parsePackage(t)
	// Patterns are given to lazyRegexp, or to gate, which passes its
	// parameter on to lazyRegexp.
	patternFuncs := map[string]bool{"lazyRegexp": true, "gate": true}
	n := 0
	for _, f := range parsed {
		params := map[string]bool{}
		ast.Inspect(f, func(node ast.Node) bool {
			if fd, ok := node.(*ast.FuncDecl); ok {
				clear(params)
				for _, fl := range fd.Type.Params.List {
					for _, id := range fl.Names {
						params[id.Name] = true
					}
				}
			}
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || !patternFuncs[id.Name] {
				return true
			}
			if id, ok := call.Args[0].(*ast.Ident); ok && params[id.Name] {
				return true // a parameter passed on: checked where it is given
			}
			expr, ok := constString(call.Args[0], consts)
			if !ok {
				t.Errorf("%s: lazyRegexp of a pattern that is not a string constant", fset.Position(call.Pos()))
				return true
			}
			if _, err := regexp.Compile(expr); err != nil {
				t.Errorf("%s: %v", fset.Position(call.Pos()), err)
			}
			n++
			return true
		})
	}
	if n < 100 {
		t.Errorf("found %d patterns; the package declares well over a hundred", n)
	}
}

// parsePackage parses the package's non-test files and returns them with
// its package-level constants, for tests that read the patterns declared.
func parsePackage(tb testing.TB) (*token.FileSet, []*ast.File, map[string]ast.Expr) {
	tb.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		tb.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	consts := map[string]ast.Expr{} // package-level constants, for patterns built of them
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			tb.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if i < len(vs.Values) {
							consts[id.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	return fset, parsed, consts
}

// constString evaluates a constant string expression: literals, constants
// and their concatenations.
func constString(e ast.Expr, consts map[string]ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		s, err := strconv.Unquote(e.Value)
		return s, err == nil && e.Kind == token.STRING
	case *ast.ParenExpr:
		return constString(e.X, consts)
	case *ast.Ident:
		if v, ok := consts[e.Name]; ok {
			return constString(v, consts)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			a, ok1 := constString(e.X, consts)
			b, ok2 := constString(e.Y, consts)
			return a + b, ok1 && ok2
		}
	}
	return "", false
}
