package driver

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestTrimInitializers: with the composite literals of its variables
// emptied, a file type-checked for its declarations declares the same
// objects with the same types, and raises no error (an import used only
// in a literal); [...]T becomes [N]T with N counted from the elements and
// their integer keys, and stays when a key is a named constant.
func TestTrimInitializers(t *testing.T) {
	const src = `package p

import "strings"

type T struct{ A, B int }

const k = 3

var (
	table   = [...]byte{1, 2, 3, 4}
	keyed   = [...]int{5: 1, 2, 1: 0}
	named   = [...]int{k: 1}
	sized   = [8]uint16{1, 2}
	ptr     = &T{A: 1, B: 2}
	paren   = (&[...]T{{1, 2}, {3, 4}})
	m       = map[string][]string{"x": {strings.Repeat("a", 2)}}
	a, b    = []int{1}, [...]string{"x", "y", "z"}
	typed   []T = []T{{A: 1}}
	call    = len([...]int{1, 2, 3})
	nested  = [][]int{{1}, {2, 3}}
	empty   = [...]int{}
)
`
	check := func(trim bool) (*types.Package, *ast.File) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parseMode)
		if err != nil {
			t.Fatal(err)
		}
		if trim {
			trimInitializers(f)
		}
		strs := types.NewPackage("strings", "strings")
		str := types.Typ[types.String]
		sig := types.NewSignatureType(nil, nil, nil,
			types.NewTuple(types.NewVar(token.NoPos, strs, "s", str), types.NewVar(token.NoPos, strs, "n", types.Typ[types.Int])),
			types.NewTuple(types.NewVar(token.NoPos, strs, "", str)), false)
		strs.Scope().Insert(types.NewFunc(token.NoPos, strs, "Repeat", sig))
		strs.MarkComplete()
		conf := &types.Config{
			Importer:         importerFunc(func(string) (*types.Package, error) { return strs, nil }),
			IgnoreFuncBodies: true,
			Error:            func(err error) { t.Errorf("trim=%v: %v", trim, err) },
		}
		pkg, _ := conf.Check("p", fset, []*ast.File{f}, nil)
		return pkg, f
	}
	want, _ := check(false)
	got, f := check(true)
	for _, name := range want.Scope().Names() {
		w, g := want.Scope().Lookup(name), got.Scope().Lookup(name)
		if g == nil || types.TypeString(w.Type(), nil) != types.TypeString(g.Type(), nil) {
			t.Errorf("%s: type %v with the literals, %v without", name, w.Type(), g)
		}
	}
	lits := map[string]int{}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, v := range vs.Values {
					ast.Inspect(v, func(n ast.Node) bool {
						if cl, ok := n.(*ast.CompositeLit); ok {
							lits[vs.Names[i].Name] += len(cl.Elts)
							return false
						}
						return true
					})
				}
			}
		}
	}
	for name, n := range map[string]int{"table": 0, "keyed": 0, "named": 1, "sized": 0, "ptr": 0, "paren": 0, "m": 0, "a": 0, "b": 0, "typed": 0, "call": 3, "nested": 0} {
		if lits[name] != n {
			t.Errorf("%s: %d elements left, want %d", name, lits[name], n)
		}
	}
	if typ := got.Scope().Lookup("keyed").Type().String(); typ != "[7]int" {
		t.Errorf("keyed: %s, want [7]int", typ)
	}
}
