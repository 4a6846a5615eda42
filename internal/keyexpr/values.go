package keyexpr

// This file answers what a value holds, for the evaluator and its callers:
// the one definition of a variable (Def), the elements of a slice, the keys
// of a map, a field of a struct literal.

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// SliceElems returns the element expressions of a []string value: a
// composite literal, a stable local variable holding one, or append of
// such slices and elements. ok is false when the elements are not all seen.
func (e *Evaluator) SliceElems(x ast.Expr) ([]ast.Expr, bool) {
	return e.sliceElems(x)
}

func (e *Evaluator) sliceElems(x ast.Expr) ([]ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		if _, ok := e.info.TypeOf(x).Underlying().(*types.Slice); !ok {
			return nil, false
		}
		for _, el := range x.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return nil, false
			}
		}
		return x.Elts, true
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.sliceElems(def)
		}
	case *ast.CallExpr:
		if typesutil.IsBuiltinCall(e.info, x, "append") && len(x.Args) > 0 {
			// append to a slice that is not stable would change it in
			// place for others; we only read a stable source here.
			elems, ok := e.sliceElems(x.Args[0])
			if !ok {
				return nil, false
			}
			elems = append([]ast.Expr(nil), elems...)
			rest := x.Args[1:]
			if x.Ellipsis.IsValid() {
				if len(rest) != 1 {
					return nil, false
				}
				more, ok := e.sliceElems(rest[0])
				if !ok {
					return nil, false
				}
				return append(elems, more...), true
			}
			return append(elems, rest...), true
		}
	}
	return nil, false
}

// Def follows x through variables assigned once to the expression that
// made the value: for x = v where `v := f()` (or a package-level `var v =
// f()`, exported or not: values such as scripts are made once and not
// reassigned), it returns f(). Otherwise it returns x itself when x is not
// a variable; ok is false for a variable it cannot follow.
func (e *Evaluator) Def(x ast.Expr) (ast.Expr, bool) {
	return e.def(x, maxDepth)
}

// Assigned returns the one value the variable x names was assigned, one
// step (ks := keys gives keys, even when keys is a parameter), when it is
// written once.
func (e *Evaluator) Assigned(x ast.Expr) (ast.Expr, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, ok := e.info.Uses[id].(*types.Var)
	if !ok || e.writes[obj] > 1 {
		return nil, false
	}
	def, ok := e.defs[obj]
	return def, ok && def != nil
}

func (e *Evaluator) def(x ast.Expr, depth int) (ast.Expr, bool) {
	for range depth {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return x, true
		}
		obj, ok := e.info.Uses[id].(*types.Var)
		if !ok || e.writes[obj] > 1 {
			return nil, false
		}
		def, ok := e.defs[obj]
		if !ok || def == nil {
			return nil, false
		}
		x = def
	}
	return nil, false
}

// MapKeys returns the key expressions of a map composite literal (or a
// stable variable holding one).
func (e *Evaluator) MapKeys(x ast.Expr) ([]ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		if _, ok := e.info.TypeOf(x).Underlying().(*types.Map); !ok {
			return nil, false
		}
		var keys []ast.Expr
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return nil, false
			}
			keys = append(keys, kv.Key)
		}
		return keys, true
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.MapKeys(def)
		}
		if v, ok := obj.(*types.Var); ok {
			return e.filledMapKeys(v, x)
		}
	}
	return nil, false
}

// Field returns the expression given to field name in a composite literal
// of a struct (or &T{…}), or a stable variable holding one.
func (e *Evaluator) Field(x ast.Expr, name string) (ast.Expr, bool) {
	if e.depth > maxDepth {
		return nil, false
	}
	e.depth++
	defer func() { e.depth-- }()
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		st, ok := e.info.TypeOf(x).Underlying().(*types.Struct)
		if !ok {
			return nil, false
		}
		for i, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					return kv.Value, true
				}
				continue
			}
			if i < st.NumFields() && st.Field(i).Name() == name {
				return el, true
			}
		}
		return nil, false // field absent: zero value
	case *ast.Ident:
		obj := e.info.Uses[x]
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.Field(def, name)
		}
	}
	return nil, false
}

// writingBuiltin returns the builtin a call calls when it is one that
// index reads (delete, clear, copy, new, append), looking the name up
// before the types: it is asked of every call.
func (e *Evaluator) writingBuiltin(call *ast.CallExpr) (*types.Builtin, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	switch id.Name {
	case "delete", "clear", "copy", "new", "append":
		b, ok := e.info.Uses[id].(*types.Builtin)
		return b, ok
	}
	return nil, false
}

// FieldValues returns every value the package writes into the field x
// selects, zero values left out, when x is a field of the package's own
// struct types and every write is one the evaluator follows.
func (e *Evaluator) FieldValues(x ast.Expr) ([]ast.Expr, bool) {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	f, ok := e.info.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() || !e.declaredHere(f) {
		return nil, false
	}
	f = f.Origin()
	if e.fieldLost[f] || len(e.fieldVals[f]) == 0 {
		return nil, false
	}
	return e.fieldVals[f], true
}
