package keyexpr

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// collect is one v = append(v, elem) in a loop.
type collect struct {
	elem ast.Expr
	loop ast.Node
}

// indexAppend records a = append(a, x) of one element in a loop.
func (e *Evaluator) indexAppend(a *ast.AssignStmt, loop ast.Node) {
	if len(a.Lhs) != 1 || len(a.Rhs) != 1 || a.Tok.String() != "=" {
		return
	}
	id, ok := ast.Unparen(a.Lhs[0]).(*ast.Ident)
	if !ok {
		return
	}
	call, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) != 2 {
		return
	}
	if b, ok := e.info.Uses[calleeIdent(call)].(*types.Builtin); !ok || b.Name() != "append" {
		return
	}
	src, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	obj := e.info.Uses[id]
	if !ok || obj == nil || e.info.Uses[src] != obj {
		return
	}
	e.appends[obj] = append(e.appends[obj], collect{elem: call.Args[1], loop: loop})
}

// Collected returns, for a slice variable that starts empty and is only
// ever appended one element in one loop (for _, id := range ids { ks =
// append(ks, key(id)) }), the element expression and the loop: the slice
// holds that element once per iteration.
func (e *Evaluator) Collected(x ast.Expr) (ast.Expr, ast.Node, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil, false
	}
	obj, ok := e.info.Uses[id].(*types.Var)
	if !ok || e.packageLevel(obj) {
		return nil, nil, false
	}
	if _, ok := obj.Type().Underlying().(*types.Slice); !ok {
		return nil, nil, false
	}
	as := e.appends[obj]
	if len(as) != 1 {
		return nil, nil, false
	}
	base := 1
	if e.zeroDecl[obj] {
		base = 2
	} else if !e.empty(e.first[obj]) {
		return nil, nil, false
	}
	if e.writes[obj] != base+1 {
		return nil, nil, false
	}
	return as[0].elem, as[0].loop, true
}

// empty reports whether x is an empty slice: nil, T{}, make(T, 0[, n]).
func (e *Evaluator) empty(x ast.Expr) bool {
	if x == nil {
		return false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x.Name == "nil" && e.info.Uses[x] == types.Universe.Lookup("nil")
	case *ast.CompositeLit:
		return len(x.Elts) == 0
	case *ast.CallExpr:
		if b, ok := e.info.Uses[calleeIdent(x)].(*types.Builtin); ok && b.Name() == "make" && len(x.Args) >= 2 {
			tv := e.info.Types[x.Args[1]]
			return tv.Value != nil && tv.Value.Kind() == constant.Int && tv.Value.ExactString() == "0"
		}
	}
	return false
}

// EvalIn evaluates a key made once per iteration of loop as another
// iteration makes it: every value that comes from inside the loop (the
// range variable, what is computed from it) is another value there.
func (e *Evaluator) EvalIn(x ast.Expr, loop ast.Node, iteration int) Key {
	k := e.Eval(x)
	k.Loop = loop
	if iteration == 0 {
		return k
	}
	suffix := iterationSuffix + string(rune('0'+iteration%10))
	for i, p := range k.Parts {
		if p.Value == nil || p.Value.pos < loop.Pos() || p.Value.pos >= loop.End() {
			continue
		}
		o := *p.Value
		o.ID += suffix
		k.Parts[i].Value = &o
	}
	return k
}

const iterationSuffix = "#iter"

// CompareIterations says what is known of the slots of a key made in a
// loop and the same key as another iteration makes it (EvalIn): values
// from inside the loop differ between iterations (for almost every pair of
// items), so a hashed part that holds one differs too.
func CompareIterations(a, b Key) Relation {
	if r := Compare(a, b); r != Unknown {
		return r
	}
	ha, hb := hashUnits(units(a.Parts)), hashUnits(units(b.Parts))
	if len(ha) != len(hb) {
		return Unknown
	}
	differ := false
	for i := range ha {
		if ha[i].same(hb[i]) {
			continue
		}
		if ha[i].v != nil && hb[i].v != nil && iterationOf(ha[i].v.ID, hb[i].v.ID) {
			differ = true
			continue
		}
		return Unknown
	}
	if differ {
		return LikelyDifferent
	}
	return Unknown
}

// iterationOf reports whether two IDs are one value in two iterations.
func iterationOf(a, b string) bool {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if strings.HasPrefix(p[1], p[0]+iterationSuffix) && len(p[1]) == len(p[0])+len(iterationSuffix)+1 {
			return true
		}
	}
	return false
}
