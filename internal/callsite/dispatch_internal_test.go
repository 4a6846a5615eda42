package callsite

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

// TestCandidates checks that candidates keeps, for a method name, every
// type that may have it (declared, or promoted through an embedded field),
// in the order of the scope, and nothing that cannot.
func TestCandidates(t *testing.T) {
	const src = `package p

type Inner struct{}
func (Inner) Get() {}

type A struct{ Inner }       // Get promoted
type B struct{}
func (*B) Get() {}            // on the pointer
type C struct{}
func (C) Set() {}             // another name
type D int
func (D) Get() {}
type E struct{ *B; n int }   // embedded and declares Get
func (E) Get() {}
type G[T any] struct{}
func (G[T]) Get() {}          // generic: never a candidate
type I interface{ Get() }     // an interface: never a candidate
type Alias = B
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := &state{implTypes: map[*types.Package]*implIndex{}}
	names := func(ts []*types.Named) []string {
		var out []string
		for _, n := range ts {
			out = append(out, n.Obj().Name())
		}
		return out
	}
	for name, want := range map[string][]string{
		"Get":  {"A", "B", "D", "E", "Inner"},
		"Set":  {"A", "C", "E"},
		"None": {"A", "E"},
	} {
		if got := names(s.candidates(pkg).of(name)); !slices.Equal(got, want) {
			t.Errorf("candidates of %s = %v, want %v", name, got, want)
		}
	}
	if s.candidates(pkg) != s.candidates(pkg) {
		t.Error("the index is built again")
	}
}
