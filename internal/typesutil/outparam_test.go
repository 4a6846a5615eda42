package typesutil

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestPointerStores(t *testing.T) {
	src := `package p
func f(out *string, n *int, local string) {
	*out, *n = "a", 1
	x := &local
	*x = "b"
	v := 2
	_ = v
}`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info); err != nil {
		t.Fatal(err)
	}
	fd := file.Decls[0].(*ast.FuncDecl)
	var params, others []string
	ast.Inspect(fd, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok {
			PointerStores(a, func(id *ast.Ident, v ast.Expr) {
				if IsParamOf(info.Uses[id].(*types.Var), fd) {
					params = append(params, id.Name)
				} else {
					others = append(others, id.Name)
				}
			})
		}
		return true
	})
	if len(params) != 2 || params[0] != "out" || params[1] != "n" || len(others) != 1 || others[0] != "x" {
		t.Errorf("stores through parameters %v, others %v; want [out n], [x]", params, others)
	}
	if EnclosingDecl([]ast.Node{file, fd, fd.Body}) != fd || EnclosingDecl([]ast.Node{file}) != nil {
		t.Error("EnclosingDecl")
	}
}
