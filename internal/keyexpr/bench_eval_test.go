package keyexpr

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/types"
	"strings"
	"testing"
)

// benchPackage type-checks a package of n functions that build keys the
// ways programs do (constants, concatenation, fmt.Sprintf, strconv, hash
// tags, locals), and returns what the evaluator needs and the key
// expressions, the arguments of k.
func benchPackage(b *testing.B, n int) (*types.Info, []*ast.File, []ast.Expr) {
	b.Helper()
	var src strings.Builder
	src.WriteString(prelude)
	for i := range n {
		fmt.Fprintf(&src, `
func f%[1]d(id string, n int, u User) {
	prefix := "user:" + id
	k("a", prefix+":profile")
	k("b", fmt.Sprintf("{user:%%s}:cart:%%d", id, n))
	k("c", "order:"+strconv.Itoa(n)+":items")
	k("d", strings.Join([]string{"session", u.ID}, ":"))
	k("e", "{"+prefix+"}:settings")
	k("f", "const:%[1]d")
}
`, i)
	}
	f, err := parser.ParseFile(testFset, "bench.go", src.String(), parser.ParseComments)
	if err != nil {
		b.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
	conf := types.Config{Importer: sharedImporter()}
	if _, err := conf.Check("p", testFset, []*ast.File{f}, info); err != nil {
		b.Fatal(err)
	}
	var keys []ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "k" && len(c.Args) == 2 {
				keys = append(keys, c.Args[1])
			}
		}
		return true
	})
	return info, []*ast.File{f}, keys
}

// BenchmarkIndex measures the evaluator's index of a package of 200
// functions.
func BenchmarkIndex(b *testing.B) {
	info, files, _ := benchPackage(b, 200)
	b.ReportAllocs()
	for b.Loop() {
		New(info, files)
	}
}

// BenchmarkEval measures the evaluation of each of the 1,200 keys of the
// package.
func BenchmarkEval(b *testing.B) {
	info, files, keys := benchPackage(b, 200)
	e := New(info, files)
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			e.Eval(k)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/key")
}
