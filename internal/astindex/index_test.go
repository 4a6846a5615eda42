package astindex

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

// parseDir parses the Go files of dir, in reverse order of their names
// (files out of position order, as FindByPos must allow).
func parseDir(t testing.TB, fset *token.FileSet, dir string) []*ast.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	slices.Reverse(names)
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func corpus(t testing.TB) (*token.FileSet, [][]*ast.File) {
	fset := token.NewFileSet()
	var pkgs [][]*ast.File
	for _, dir := range []string{
		filepath.Join(runtime.GOROOT(), "src", "net", "http"),
		filepath.Join(runtime.GOROOT(), "src", "go", "types"),
		"../callsite",
		"../clientflow",
		".",
	} {
		pkgs = append(pkgs, parseDir(t, fset, dir))
	}
	return fset, pkgs
}

var filters = [][]ast.Node{
	nil,
	{(*ast.CallExpr)(nil)},
	{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)},
	{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)},
	{(*ast.File)(nil)},
	{(*ast.Ident)(nil)},
	{(*ast.CommentGroup)(nil), (*ast.Comment)(nil)},
	{(*ast.TypeSwitchStmt)(nil), (*ast.SelectStmt)(nil)},
}

// describe names a node by its type and position.
func describe(fset *token.FileSet, n ast.Node) string {
	return fmt.Sprintf("%T@%s", n, fset.Position(n.Pos()))
}

// TestSameAsInspector: every traversal visits what x/tools's inspector
// visits, in its order, with the same stacks, skipping what it skips.
func TestSameAsInspector(t *testing.T) {
	fset, pkgs := corpus(t)
	for _, files := range pkgs {
		ins, x := inspector.New(files), New(files)
		for _, types := range filters {
			var want, got []ast.Node
			ins.Preorder(types, func(n ast.Node) { want = append(want, n) })
			x.Preorder(types, func(n ast.Node) { got = append(got, n) })
			if len(want) == 0 && types != nil {
				continue
			}
			if !slices.Equal(want, got) {
				t.Fatalf("Preorder(%T): %d nodes, want %d", types, len(got), len(want))
			}

			// Nodes and WithStack, skipping the bodies of function
			// literals and every third node's children.
			record := func(out *[]string, count *int) func(n ast.Node, push bool, stack []ast.Node) bool {
				return func(n ast.Node, push bool, stack []ast.Node) bool {
					*count++
					s := fmt.Sprintf("%v %s", push, describe(fset, n))
					if stack != nil {
						s += fmt.Sprintf(" depth %d parent %p", len(stack), stack[max(len(stack)-2, 0)])
						if stack[len(stack)-1] != n {
							s += " (stack does not end with n)"
						}
					}
					*out = append(*out, s)
					if _, ok := n.(*ast.FuncLit); ok {
						return false
					}
					return *count%3 != 0
				}
			}
			var wantN, gotN, wantS, gotS []string
			var c1, c2, c3, c4 int
			fw, fg := record(&wantN, &c1), record(&gotN, &c2)
			ins.Nodes(types, func(n ast.Node, push bool) bool { return fw(n, push, nil) })
			x.Nodes(types, func(n ast.Node, push bool) bool { return fg(n, push, nil) })
			if d := firstDiff(wantN, gotN); d != "" {
				t.Fatalf("Nodes(%T): %s", types, d)
			}
			ins.WithStack(types, record(&wantS, &c3))
			x.WithStack(types, record(&gotS, &c4))
			if d := firstDiff(wantS, gotS); d != "" {
				t.Fatalf("WithStack(%T): %s", types, d)
			}
		}
	}
}

func firstDiff(want, got []string) string {
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			return fmt.Sprintf("event %d is %q, want %q", i, got[i], want[i])
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d events, want %d", len(got), len(want))
	}
	return ""
}

// TestCursors: FindNode, FindByPos and Parent agree with the inspector's
// cursors on a sample of nodes and of ranges, empty ones included.
func TestCursors(t *testing.T) {
	fset, pkgs := corpus(t)
	checked := 0
	for _, files := range pkgs {
		ins, x := inspector.New(files), New(files)
		chain := func(n ast.Node, parent func() (ast.Node, bool)) []string {
			var out []string
			for {
				out = append(out, describe(fset, n))
				p, ok := parent()
				if !ok {
					return out
				}
				n = p
			}
		}
		i := 0
		x.Preorder(nil, func(n ast.Node) {
			i++
			if fd, ok := n.(*ast.FuncDecl); ok {
				// A name inside its declaration's type's extent.
				ic, _ := ins.Root().FindByPos(fd.Name.Pos(), fd.Name.End())
				xc, _ := x.Root().FindByPos(fd.Name.Pos(), fd.Name.End())
				if ic.Node() != xc.Node() || xc.Node() != fd.Name {
					t.Fatalf("FindByPos of the name of %s", describe(fset, n))
				}
			}
			if i%151 != 0 {
				return
			}
			checked++
			ic, ok1 := ins.Root().FindNode(n)
			xc, ok2 := x.Root().FindNode(n)
			if !ok1 || !ok2 || ic.Node() != xc.Node() {
				t.Fatalf("FindNode(%s): %v %v", describe(fset, n), ok1, ok2)
			}
			iw := chain(n, func() (ast.Node, bool) { ic = ic.Parent(); return ic.Node(), ic.Node() != nil })
			xw := chain(n, func() (ast.Node, bool) { xc = xc.Parent(); return xc.Node(), xc.Node() != nil })
			if d := firstDiff(iw, xw); d != "" {
				t.Fatalf("parents of %s: %s", describe(fset, n), d)
			}
			for _, r := range [][2]token.Pos{{n.Pos(), n.End()}, {n.Pos(), n.Pos()}, {n.End(), n.End()}, {n.Pos() + 1, n.End() - 1}} {
				if r[1] < r[0] {
					continue
				}
				ic, ok1 := ins.Root().FindByPos(r[0], r[1])
				xc, ok2 := x.Root().FindByPos(r[0], r[1])
				if ok1 != ok2 || ic.Node() != xc.Node() {
					t.Fatalf("FindByPos(%s, %d, %d): %v %v", describe(fset, n), r[0], r[1], ok1, ok2)
				}
				if ok1 {
					// and below a cursor other than the root
					ic2, ok3 := ic.FindByPos(r[0], r[1])
					xc2, ok4 := xc.FindByPos(r[0], r[1])
					if ok3 != ok4 || ic2.Node() != xc2.Node() {
						t.Fatalf("FindByPos below %s", describe(fset, ic.Node()))
					}
				}
			}
		})
	}
	if checked < 1000 {
		t.Fatalf("only %d nodes checked", checked)
	}
}

// TestCount: Count gives the number of nodes Preorder visits, under every
// filter (a type named twice counted once).
func TestCount(t *testing.T) {
	_, pkgs := corpus(t)
	for _, files := range pkgs {
		x := New(files)
		for _, types := range append(filters, []ast.Node{(*ast.CallExpr)(nil), (*ast.CallExpr)(nil)}) {
			want := 0
			x.Preorder(types, func(ast.Node) { want++ })
			if got := x.Count(types); got != want || want == 0 {
				t.Errorf("Count(%T…) = %d, Preorder visits %d", types, got, want)
			}
		}
		if got := x.Count([]ast.Node{odd{}}); got != 0 {
			t.Errorf("Count of a type outside package ast = %d", got)
		}
	}
}

// TestUnknownNode: a node type outside package ast is never found and
// matches no filter.
func TestUnknownNode(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "a.go", "package a\nfunc f() { g() }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	x := New([]*ast.File{f})
	if _, ok := x.Root().FindNode(odd{}); ok {
		t.Error("found a node of another type")
	}
	n := 0
	x.Preorder([]ast.Node{odd{}}, func(ast.Node) { n++ })
	if n != 0 {
		t.Errorf("filter of another type matched %d nodes", n)
	}
}

type odd struct{}

func (odd) Pos() token.Pos { return token.NoPos }
func (odd) End() token.Pos { return token.NoPos }

// BenchmarkNew compares building the index with building x/tools's
// inspector, on net/http and go/types.
func BenchmarkNew(b *testing.B) {
	_, pkgs := corpus(b)
	b.Run("astindex", func(b *testing.B) {
		for b.Loop() {
			for _, files := range pkgs {
				New(files)
			}
		}
	})
	b.Run("inspector", func(b *testing.B) {
		for b.Loop() {
			for _, files := range pkgs {
				inspector.New(files)
			}
		}
	})
}

// BenchmarkWithStack compares a filtered walk with its stack.
func BenchmarkWithStack(b *testing.B) {
	_, pkgs := corpus(b)
	types := []ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)}
	visit := func(n ast.Node, push bool, stack []ast.Node) bool { return true }
	b.Run("astindex", func(b *testing.B) {
		xs := make([]*Index, len(pkgs))
		for i, files := range pkgs {
			xs[i] = New(files)
		}
		for b.Loop() {
			for _, x := range xs {
				x.WithStack(types, visit)
			}
		}
	})
	b.Run("inspector", func(b *testing.B) {
		ins := make([]*inspector.Inspector, len(pkgs))
		for i, files := range pkgs {
			ins[i] = inspector.New(files)
		}
		for b.Loop() {
			for _, in := range ins {
				in.WithStack(types, visit)
			}
		}
	})
}
