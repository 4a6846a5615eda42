package typesutil

import (
	"go/ast"
	"go/types"
)

// PointerStores calls store for each `*x = v` of an assignment with as many
// values as targets: x the identifier stored through, v its value. The
// client-flow layer and the key evaluator read out-parameters with it.
func PointerStores(a *ast.AssignStmt, store func(x *ast.Ident, v ast.Expr)) {
	if len(a.Lhs) != len(a.Rhs) {
		return
	}
	for i, lhs := range a.Lhs {
		star, ok := ast.Unparen(lhs).(*ast.StarExpr)
		if !ok {
			continue
		}
		if id, ok := ast.Unparen(star.X).(*ast.Ident); ok {
			store(id, a.Rhs[i])
		}
	}
}

// EnclosingDecl returns the innermost function declaration on stack.
func EnclosingDecl(stack []ast.Node) *ast.FuncDecl {
	for i := len(stack) - 1; i >= 0; i-- {
		if fd, ok := stack[i].(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// IsParamOf reports whether v is a parameter of fd.
func IsParamOf(v *types.Var, fd *ast.FuncDecl) bool {
	return v != nil && fd != nil && fd.Type.Params != nil && fd.Type.Params.Pos() <= v.Pos() && v.Pos() < fd.Type.Params.End()
}
