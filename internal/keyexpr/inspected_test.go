package keyexpr

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/astindex"
)

// TestNewInspected checks that the index built through an inspector
// (NewInspected, what callsite uses) is the index New builds by walking
// the files, on standard-library packages full of loops, appends,
// composite literals, closures and address-taking.
func TestNewInspected(t *testing.T) {
	for _, path := range []string{"encoding/json", "text/template", "net/url", "go/printer", "flag"} {
		t.Run(path, func(t *testing.T) {
			bp, err := build.Import(path, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			var files []*ast.File
			for _, name := range bp.GoFiles {
				f, err := parser.ParseFile(testFset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			info := &types.Info{
				Types:      map[ast.Expr]types.TypeAndValue{},
				Defs:       map[*ast.Ident]types.Object{},
				Uses:       map[*ast.Ident]types.Object{},
				Implicits:  map[ast.Node]types.Object{},
				Selections: map[*ast.SelectorExpr]*types.Selection{},
			}
			conf := types.Config{Importer: sharedImporter()}
			if _, err := conf.Check(path, testFset, files, info); err != nil {
				t.Fatal(err)
			}
			walked := New(info, files)
			inspected := NewInspected(info, files, astindex.New(files))
			if len(walked.writes) == 0 || len(walked.defs) == 0 || len(walked.funcs) == 0 {
				t.Fatalf("empty index: %d writes, %d defs, %d funcs", len(walked.writes), len(walked.defs), len(walked.funcs))
			}
			ins := inspected.ins
			inspected.ins = nil // the index itself is not compared
			if !reflect.DeepEqual(walked, inspected) {
				t.Errorf("NewInspected and New differ: %s", indexDiff(walked, inspected))
			}
			inspected.ins = ins
			// bodyOf answers from the syntax index in one, from a list of
			// the bodies in the other: the same, at the start and end of
			// every node.
			n := 0
			for _, f := range files {
				ast.Inspect(f, func(x ast.Node) bool {
					if x == nil {
						return false
					}
					for _, pos := range []token.Pos{x.Pos(), x.End(), x.End() - 1} {
						wb, wt := walked.bodyOf(pos)
						ib, it := inspected.bodyOf(pos)
						if wb != ib || wt != it {
							t.Fatalf("bodyOf(%s): the index gives %p, the list %p", testFset.Position(pos), ib, wb)
						}
						if wb != nil {
							n++
						}
					}
					return true
				})
			}
			if n == 0 {
				t.Fatal("bodyOf found no body")
			}
		})
	}
}

// indexDiff names the parts of two indexes that differ.
func indexDiff(a, b *Evaluator) string {
	var out []string
	for _, f := range []struct {
		name string
		a, b any
	}{
		{"defs", a.defs, b.defs}, {"writes", a.writes, b.writes}, {"consts", a.consts, b.consts},
		{"fieldDefs", a.fieldDefs, b.fieldDefs}, {"fieldWrites", a.fieldWrites, b.fieldWrites}, {"fieldLits", a.fieldLits, b.fieldLits},
		{"funcs", a.funcs, b.funcs}, {"first", a.first, b.first}, {"zeroDecl", a.zeroDecl, b.zeroDecl},
		{"appends", a.appends, b.appends},
	} {
		if !reflect.DeepEqual(f.a, f.b) {
			out = append(out, f.name)
		}
	}
	return strings.Join(out, ", ")
}
