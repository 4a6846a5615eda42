package keyexpr

// Keys through out-parameters: var k string; buildKey(&k, id) with func
// buildKey(out *string, id string) { *out = "user:" + id + ":name" }: k
// holds the template the function stores, with the call's arguments.

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// outArg is one &k argument of a call of a function of the package.
type outArg struct {
	call  *ast.CallExpr
	i     int
	plain bool // the call is on its function's plain path
}

// outStore is one *p = v of a parameter p of a function of the package.
type outStore struct {
	val ast.Expr
	fn  *types.Func
}

// indexOut records &k arguments of calls and *p = v stores of parameters.
func (e *Evaluator) indexOut(n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.CallExpr:
		for i, a := range n.Args {
			u, ok := ast.Unparen(a).(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				continue
			}
			id, ok := ast.Unparen(u.X).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := e.info.Uses[id].(*types.Var); ok && !e.packageLevel(v) {
				stmt := len(stack) - 1
				for stmt >= 0 {
					if _, ok := stack[stmt].(ast.Stmt); ok {
						break
					}
					stmt--
				}
				plain := stmt >= 0 && plainPath(stack[:stmt+1], v.Pos()) && !inClosure(stack, v.Pos())
				e.outArgs[v] = append(e.outArgs[v], outArg{call: n, i: i, plain: plain})
			}
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN {
			return
		}
		fd := typesutil.EnclosingDecl(stack)
		if fd == nil {
			return
		}
		fn, _ := e.info.Defs[fd.Name].(*types.Func)
		if fn == nil {
			return
		}
		typesutil.PointerStores(n, func(id *ast.Ident, v ast.Expr) {
			if p, ok := e.info.Uses[id].(*types.Var); ok && typesutil.IsParamOf(p, fd) {
				e.outStores[p] = append(e.outStores[p], outStore{val: v, fn: fn})
			}
		})
	}
}

// outParts returns the parts of a use of the local string v that only a
// call f(&v, …) on the plain path before the use writes, after a
// declaration without value or with "": what f stores through that
// parameter, once, instantiated with the call's arguments. Another &v, or
// any other write, is one write too many.
func (e *Evaluator) outParts(v *types.Var, use *ast.Ident) ([]Part, bool) {
	oas := e.outArgs[v]
	if len(oas) != 1 || !oas[0].plain || oas[0].call.End() > use.Pos() {
		return nil, false
	}
	base := 2 // var k string
	if !e.zeroDecl[v] {
		base = 1 // k := ""
		if tv, ok := e.info.Types[e.first[v]]; !ok || tv.Value == nil || tv.Value.ExactString() != `""` {
			return nil, false
		}
	}
	if e.writes[v] != base+2 {
		return nil, false
	}
	oa := oas[0]
	fn := callee(e.info, oa.call)
	if fn == nil || fn.Pkg() != nil && e.funcs[fn] == nil {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || oa.i >= sig.Params().Len() || sig.Variadic() && oa.i >= sig.Params().Len()-1 {
		return nil, false
	}
	stores := e.outStores[sig.Params().At(oa.i)]
	if len(stores) != 1 {
		return nil, false
	}
	b := e.Template(stores[0].val, fn)
	if b == nil {
		return nil, false
	}
	return e.instantiate(oa.call, fn, nil, b)
}
