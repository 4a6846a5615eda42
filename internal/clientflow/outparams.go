package clientflow

// Out-parameters: a function of the package that stores into what its
// parameter points to (func (s *Store) As(target any) bool { switch t :=
// target.(type) { case **redis.ClusterClient: *t = s.rdb; … } }), called
// with &v: v holds what the function stores there.

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/typesutil"
)

// outKey is one &v argument of a call.
type outKey struct {
	call *ast.CallExpr
	obj  types.Object
}

// indexOut records *p = v (assignment i of a) when p is a parameter of the
// function on stack, or a variable that holds one (a type switch's or a
// type assertion's variable on it).
func (f *Flow) indexOut(a *ast.AssignStmt, stack []ast.Node) {
	typesutil.PointerStores(a, func(id *ast.Ident, v ast.Expr) {
		if p := f.paramOf(id, stack); p != nil {
			f.outParams[p] = append(f.outParams[p], v)
		}
	})
}

// paramOf returns the parameter that id denotes: a parameter itself, the
// variable of a type switch on one (switch t := target.(type)), or a
// variable assigned a type assertion of one (t, ok := target.(**T)).
func (f *Flow) paramOf(id *ast.Ident, stack []ast.Node) *types.Var {
	obj, ok := f.info.ObjectOf(id).(*types.Var)
	if !ok {
		return nil
	}
	if isParam(obj, stack) {
		return obj
	}
	for i := len(stack) - 1; i >= 0; i-- {
		ts, ok := stack[i].(*ast.TypeSwitchStmt)
		if !ok {
			continue
		}
		as, ok := ts.Assign.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		if lid, ok := as.Lhs[0].(*ast.Ident); !ok || lid.Name != id.Name {
			continue
		}
		return f.assertedParam(as.Rhs[0], stack)
	}
	for _, v := range f.stores[obj] {
		if p := f.assertedParam(v, stack); p != nil {
			return p
		}
	}
	return nil
}

// assertedParam returns the parameter x.(T) or x.(type) asserts on.
func (f *Flow) assertedParam(e ast.Expr, stack []ast.Node) *types.Var {
	ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(ta.X).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := f.info.ObjectOf(id).(*types.Var); ok && isParam(v, stack) {
		return v
	}
	return nil
}

// isParam reports whether v is a parameter of the innermost function
// declaration on stack.
func isParam(v *types.Var, stack []ast.Node) bool {
	return typesutil.IsParamOf(v, typesutil.EnclosingDecl(stack))
}

// outValues returns what the call stores through its &obj argument: the
// values the called function of the package stores into that parameter.
func (f *Flow) outValues(call *ast.CallExpr, obj types.Object) ([]ast.Expr, bool) {
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	if fn == nil {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil, false
	}
	for i, arg := range call.Args {
		u, ok := ast.Unparen(arg).(*ast.UnaryExpr)
		if !ok || f.ObjectOf(u.X) != obj || i >= sig.Params().Len() {
			continue
		}
		vals := f.outParams[sig.Params().At(i)]
		return vals, len(vals) > 0
	}
	return nil, false
}
