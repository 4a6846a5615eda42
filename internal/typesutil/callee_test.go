package typesutil

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestIsBuiltinCall checks that a call is matched by the object its callee
// denotes: a local function named len is not the builtin, and a method
// named append is not either.
func TestIsBuiltinCall(t *testing.T) {
	const src = `package p
type T struct{}
func (T) append(int) {}
func f(s []int) {
	_ = append(s, 1)
	_ = make([]int, 0)
	{
		len := func([]int) int { return 0 }
		_ = len(s)
	}
	T{}.append(1)
	_ = (append)(s, 2)
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	var got []bool
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			id := CalleeIdent(call)
			if id == nil {
				return true
			}
			got = append(got, IsBuiltinCall(info, call, id.Name))
		}
		return true
	})
	// append, make, the local len, T{}.append, (append)
	want := []bool{true, true, false, false, true}
	if len(got) != len(want) {
		t.Fatalf("got %v calls, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d: IsBuiltinCall = %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
	if CalleeIdent(nil) != nil || IsBuiltinCall(info, nil, "len") {
		t.Error("a nil call has a callee")
	}
}
