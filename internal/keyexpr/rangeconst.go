package keyexpr

// Keys made in a loop over a constant list: for _, f := range
// []string{"name", "mail"} { ks = append(ks, "user:"+id+":"+f) } makes
// "user:"+id+":name" and "user:"+id+":mail", each known.

import (
	"go/ast"
	"go/types"
)

// maxEach bounds the iterations EvalEach spells out.
const maxEach = 16

// EvalEach evaluates x, made once per iteration of loop, as every
// iteration makes it, when loop ranges over a list the evaluator reads
// (a slice or array literal, a map literal's keys, or a variable holding
// one) and x's iterations differ only by the range variable: one key per
// element. ok is false otherwise (EvalIn then stands for the iterations).
func (e *Evaluator) EvalEach(x ast.Expr, loop ast.Node) ([]Key, bool) {
	rs, ok := loop.(*ast.RangeStmt)
	if !ok || rs.Tok.String() != ":=" {
		return nil, false
	}
	var elems []ast.Expr
	var v ast.Expr
	t := e.info.TypeOf(rs.X)
	if t == nil {
		return nil, false
	}
	switch t.Underlying().(type) {
	case *types.Map:
		elems, ok = e.MapKeys(rs.X)
		v = rs.Key
	case *types.Slice, *types.Array:
		elems, ok = e.sliceElems(rs.X)
		v = rs.Value
		if rs.Key != nil {
			if id, isID := rs.Key.(*ast.Ident); !isID || id.Name != "_" {
				return nil, false // the index may be in the key too
			}
		}
	default:
		return nil, false
	}
	if !ok || len(elems) == 0 || len(elems) > maxEach {
		return nil, false
	}
	id, ok := v.(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil, false
	}
	obj := e.info.Defs[id]
	if obj == nil || e.writes[obj] > 2 { // the range's own write only
		return nil, false
	}
	out := make([]Key, 0, len(elems))
	for _, el := range elems {
		e.bound = map[types.Object]ast.Expr{obj: el}
		k := e.Eval(x)
		e.bound = nil
		for _, p := range k.Parts {
			if p.Value != nil && loop.Pos() <= p.Value.pos && p.Value.pos < loop.End() {
				return nil, false // another value made in the loop
			}
		}
		k.Each = true
		out = append(out, k)
	}
	return out, true
}
