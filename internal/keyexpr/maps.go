package keyexpr

// Maps filled by assignment: m := map[string]any{}; m["a"] = 1; m["b"] = 2;
// rdb.MSet(ctx, m). The keys of such a map, where it is used, are those of
// its literal and of the assignments before that use, when nothing else can
// have written it.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// mapWrite is one m[k] = v of a local map.
type mapWrite struct {
	key   ast.Expr
	pos   token.Pos
	plain bool // not under a condition, in a loop or in a closure
}

// indexMap records a[k] = v when a is a local map variable.
func (e *Evaluator) indexMap(a *ast.AssignStmt, ix *ast.IndexExpr, loop ast.Node, stack []ast.Node) {
	id, ok := ast.Unparen(ix.X).(*ast.Ident)
	if !ok {
		return
	}
	obj, ok := e.info.Uses[id].(*types.Var)
	if !ok {
		return
	}
	if _, ok := obj.Type().Underlying().(*types.Map); !ok {
		return
	}
	plain := loop == nil && plainPath(stack[:len(stack)-1], obj.Pos()) && !inClosure(stack, obj.Pos())
	e.mapWrites[obj] = append(e.mapWrites[obj], mapWrite{key: ix.Index, pos: a.Pos(), plain: plain})
}

// filledMapKeys returns the keys of the local map obj where x reads it: its
// first value is a map literal or make(…), every other write is an
// assignment m[k] = v outside conditions, loops and closures, and before x
// the map is only indexed, measured with len, ranged over or given to a
// call that only reads it (ReadOnly: a command); a map given to another
// function may be filled there.
func (e *Evaluator) filledMapKeys(obj *types.Var, x ast.Expr) ([]ast.Expr, bool) {
	ws := e.mapWrites[obj]
	first := e.first[obj]
	if len(ws) == 0 || first == nil || e.escaped[obj] || e.packageLevel(obj) || e.writes[obj] != 1+2*len(ws) {
		return nil, false
	}
	var keys []ast.Expr
	switch f := ast.Unparen(first).(type) {
	case *ast.CompositeLit:
		for _, el := range f.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return nil, false
			}
			keys = append(keys, kv.Key)
		}
	case *ast.CallExpr:
		if b, ok := e.writingBuiltin(f); !ok || b.Name() != "make" {
			if id, ok := ast.Unparen(f.Fun).(*ast.Ident); !ok || id.Name != "make" {
				return nil, false
			}
		}
	default:
		return nil, false
	}
	for _, w := range ws {
		if !w.plain {
			return nil, false
		}
		if w.pos < x.Pos() {
			keys = append(keys, w.key)
		}
	}
	if !e.onlyIndexed(obj, x) {
		return nil, false
	}
	return keys, true
}

// onlyIndexed reports whether, in the function that declares obj, every use
// of obj before x is an index (m[k] = v, m[k]), len(m), a range over m or
// an argument of a ReadOnly call.
func (e *Evaluator) onlyIndexed(obj *types.Var, x ast.Expr) bool {
	return e.usesBefore(obj, x.Pos(), func(id *ast.Ident, stack []ast.Node) bool {
		if len(stack) < 2 {
			return false
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.IndexExpr:
			return p.X == id
		case *ast.RangeStmt:
			return p.X == id
		case *ast.CallExpr:
			fn, isFn := ast.Unparen(p.Fun).(*ast.Ident)
			b, isB := e.info.Uses[fn].(*types.Builtin)
			return isFn && isB && b.Name() == "len" || e.ReadOnly != nil && e.ReadOnly(p)
		}
		return false
	})
}

// usesBefore calls use on every use of the local obj before pos in the
// function that declares it, with the nodes from that function down to the
// use, until use returns false; it reports whether none did (false too
// when obj is no local of a function declaration).
func (e *Evaluator) usesBefore(obj *types.Var, pos token.Pos, use func(id *ast.Ident, stack []ast.Node) bool) bool {
	var body ast.Node
	for _, fd := range e.funcs {
		if fd.Pos() <= obj.Pos() && obj.Pos() < fd.End() {
			body = fd
			break
		}
	}
	if body == nil {
		return false
	}
	ok := true
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if id, isID := n.(*ast.Ident); isID && e.info.Uses[id] == obj && id.Pos() < pos {
			ok = use(id, stack)
		}
		return ok
	})
	return ok
}
