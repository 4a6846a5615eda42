package keyexpr

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// A function of the package may build several keys at once and return
// them in a struct (go-workflows' taskQueue.Keys(queue) returns
// KeyInfo{SetKey: fmt.Sprintf(…), StreamKey: fmt.Sprintf(…)}); its callers
// read one field of the result (q.Keys(queue).StreamKey). Each string
// field of such a function is a builder of its own: the summary of the
// values its return statements' literals give the field, instantiated at
// the call as a builder's.

// fieldBuilderKey names the summary of one field of a function's result.
type fieldBuilderKey struct {
	fn    *types.Func
	field *types.Var
}

// fieldOfCall returns the parts of sel, a string field of the result of a
// call of a function of the package that returns it in struct literals.
func (e *Evaluator) fieldOfCall(sel *ast.SelectorExpr) ([]Part, bool) {
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok {
		// keys := q.Keys(queue), then keys.SetKey: a local the call
		// initialises and nothing changes.
		obj := e.info.Uses[id]
		if def, ok := e.defs[obj]; ok && def != nil && e.stable(obj) {
			x = ast.Unparen(def)
		}
	}
	call, ok := x.(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	s, ok := e.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 || !typesutil.IsAnyString(s.Type()) {
		return nil, false
	}
	fv, ok := s.Obj().(*types.Var)
	if !ok {
		return nil, false
	}
	fn, recv := e.calledFunc(call)
	if fn == nil {
		return nil, false
	}
	b := e.fieldBuilder(fn, fv)
	if b == nil {
		return nil, false
	}
	return e.instantiate(call, fn, recv, b)
}

// fieldBuilder returns the summary of field fv of what fn, a function of
// the package with one result, returns: every return statement returns a
// struct literal (or its address) that sets fv, and the values agree on a
// template in terms of fn's parameters. It is nil otherwise.
func (e *Evaluator) fieldBuilder(fn *types.Func, fv *types.Var) *Builder {
	fn = fn.Origin()
	key := fieldBuilderKey{fn, fv}
	if b, ok := e.fieldBuilders[key]; ok {
		return b
	}
	fd, local := e.funcs[fn]
	sig, ok := fn.Type().(*types.Signature)
	if !local || !ok || sig.Results().Len() != 1 || e.nesting >= maxNesting {
		return nil
	}
	if e.fieldBuilders == nil {
		e.fieldBuilders = map[fieldBuilderKey]*Builder{}
	}
	e.fieldBuilders[key] = nil // while it is computed: recursion is opaque
	vals, ok := returnValues(fd.Body, func(r *ast.ReturnStmt) (ast.Expr, bool) { return e.litField(r, fv) })
	if !ok {
		return nil
	}
	b, deferred := e.summarise(fn, sig, vals, fn.Name()+"."+fv.Name())
	if deferred {
		delete(e.fieldBuilders, key) // again once its dependency is read
		return b
	}
	e.fieldBuilders[key] = b
	return b
}

// litField returns the value a return statement's struct literal gives fv.
func (e *Evaluator) litField(ret *ast.ReturnStmt, fv *types.Var) (ast.Expr, bool) {
	if len(ret.Results) != 1 {
		return nil, false
	}
	r := ast.Unparen(ret.Results[0])
	if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
		r = ast.Unparen(u.X)
	}
	lit, ok := r.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		if k, ok := kv.Key.(*ast.Ident); ok && e.info.ObjectOf(k) == fv {
			return kv.Value, true
		}
	}
	return nil, false // left out: "" on this path, no key of the template
}
