package callsite

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/redislint/redislint/internal/astindex"
)

// TestCallTable checks what the walks of Analyzer rely on to skip the
// lookup of a call's memo: they meet the calls in the table's order (the
// first pass's Preorder among assignments and specs, the commands pass's
// WithStack), a function's list of calls names each call's number, and
// at ignores a number that is not the call's.
func TestCallTable(t *testing.T) {
	const src = `package p

import ("fmt"; "strings")

var top = strings.ToUpper(fmt.Sprint(1))

type T struct{ f func() string }

func (t T) m(s string) string { return strings.Repeat(s, len(s)) }

func f(a, b string) (string, error) {
	x, y := fmt.Sprint(a), strings.TrimSpace(b)
	var z = T{f: func() string { return fmt.Sprint(x, strings.ToLower(y)) }}
	go func() { _ = z.f() }()
	defer fmt.Println(z.m(x))
	if s := strings.Join([]string{x, y}, fmt.Sprint(len(x))); s != "" {
		return fmt.Sprintf("%s%s", s, T{}.m(s)), nil
	}
	return string([]byte(a)), fmt.Errorf("%v", func() int { return len(b) }())
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info); err != nil {
		t.Fatal(err)
	}
	ins := astindex.New([]*ast.File{file})
	decls, table := indexDecls(info, ins)
	if n := ins.Count([]ast.Node{(*ast.CallExpr)(nil)}); len(table.call) != n || n < 20 {
		t.Fatalf("the table numbers %d calls of %d", len(table.call), n)
	}
	for i, call := range table.call {
		if table.num[call] != int32(i) || table.callee[i] != calleeFunc(info, call) {
			t.Errorf("call %d (%s): number %d, callee %v", i, fset.Position(call.Pos()), table.num[call], table.callee[i])
		}
	}
	k := 0
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		if call, ok := n.(*ast.CallExpr); ok {
			if table.call[k] != call {
				t.Errorf("Preorder meets %s as call %d", fset.Position(call.Pos()), k)
			}
			k++
		}
	})
	k = 0
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, _ []ast.Node) bool {
		if push {
			if table.call[k] != n {
				t.Errorf("WithStack meets %s as call %d", fset.Position(n.Pos()), k)
			}
			k++
		}
		return true
	})
	for _, d := range decls {
		for i, call := range d.calls {
			if table.call[d.nums[i]] != call {
				t.Errorf("%s: call %s numbered %d", d.fn.Name(), fset.Position(call.Pos()), d.nums[i])
			}
		}
	}

	s := &state{calls: table, memos: newMemos(table)}
	a, b := table.call[3], table.call[4]
	s.at(a, 4) // wrong: ignored
	if m := s.memo(a); m != &s.memos[3] || m.callee != table.callee[3] {
		t.Errorf("memo after a wrong number: %p, want %p", m, &s.memos[3])
	}
	s.at(b, 4)
	if m := s.memo(b); m != &s.memos[4] {
		t.Errorf("memo after at: %p, want %p", m, &s.memos[4])
	}
	s.at(a, -1)
	s.at(a, len(table.call))
	if m := s.memo(a); m != &s.memos[3] {
		t.Errorf("memo after numbers out of range: %p, want %p", m, &s.memos[3])
	}
}
