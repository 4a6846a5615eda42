package keyexpr

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// A function of the package may return several keys at once (func (s
// *store) keys(id string) (string, string) { return "a:" + id, "b:" + id
// }), read as ka, kb := s.keys(id). Each string result of such a function
// is a builder of its own, as each field of a struct it returns is
// (fieldbuilder.go): the summary of the values its return statements give
// that result, instantiated at the call.

// tupleDef is the call that first writes a variable among several, and
// the index of the result the variable takes.
type tupleDef struct {
	call  *ast.CallExpr
	index int
}

// resultBuilderKey names the summary of one result of a function.
type resultBuilderKey struct {
	fn    *types.Func
	index int
}

// tupleWrite records that id is written with result i of rhs, when rhs is
// a call and this is id's first write.
func (e *Evaluator) tupleWrite(id *ast.Ident, rhs ast.Expr, i int) {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	obj := e.info.ObjectOf(id)
	if !ok || obj == nil || e.writes[obj] != 0 {
		return
	}
	if e.tupleDefs == nil {
		e.tupleDefs = map[types.Object]tupleDef{}
	}
	e.tupleDefs[obj] = tupleDef{call, i}
}

// resultOfCall returns the parts of the string variable obj, written once
// with one result of a call of a function of the package whose return
// statements agree on a template for it.
func (e *Evaluator) resultOfCall(obj types.Object) ([]Part, bool) {
	td, ok := e.tupleDefs[obj]
	if !ok || !e.stable(obj) {
		return nil, false
	}
	fn, recv := e.calledFunc(td.call)
	if fn == nil {
		return nil, false
	}
	b := e.resultBuilder(fn, td.index)
	if b == nil {
		return nil, false
	}
	return e.instantiate(td.call, fn, recv, b)
}

// resultBuilder returns the summary of result i of fn, a function of the
// package with several results: every return statement lists them all,
// and the values it gives result i agree on a template in terms of fn's
// parameters. It is nil otherwise (a return of another call's results, a
// bare return of named results).
func (e *Evaluator) resultBuilder(fn *types.Func, i int) *Builder {
	fn = fn.Origin()
	key := resultBuilderKey{fn, i}
	if b, ok := e.resultBuilders[key]; ok {
		return b
	}
	fd, local := e.funcs[fn]
	sig, ok := fn.Type().(*types.Signature)
	if !local || !ok || sig.Results().Len() < 2 || i >= sig.Results().Len() ||
		!typesutil.IsAnyString(sig.Results().At(i).Type()) || e.nesting >= maxNesting {
		return nil
	}
	if e.resultBuilders == nil {
		e.resultBuilders = map[resultBuilderKey]*Builder{}
	}
	e.resultBuilders[key] = nil // while it is computed: recursion is opaque
	vals, ok := returnValues(fd.Body, func(r *ast.ReturnStmt) (ast.Expr, bool) {
		if len(r.Results) != sig.Results().Len() {
			return nil, false
		}
		return r.Results[i], true
	})
	if !ok {
		return nil
	}
	name := fn.Name()
	if n := sig.Results().At(i).Name(); n != "" && n != "_" {
		name += "." + n
	}
	b, deferred := e.summarise(fn, sig, vals, name)
	if deferred {
		delete(e.resultBuilders, key) // again once its dependency is read
		return b
	}
	e.resultBuilders[key] = b
	return b
}
