package keyexpr

// Fields written by several struct literals.
//
// A field that the package writes once holds that value wherever it is
// read (fieldPartsOf). Programs that support a single node and a cluster
// often build their store in one literal per mode, and the literal of the
// cluster path is the one that gives the key prefix a hash tag:
//
//	if len(addrs) > 1 {
//		return &store{rdb: redis.NewClusterClient(…), ns: "{jobs}:"}
//	}
//	return &store{rdb: redis.NewClient(…)} // ns stays ""
//
// When every write of a field is such a literal (no x.f = v, no &x.f), a
// read of the field has one alternative per literal, each an Assumption
// whose Node is the literal: EvalAlts evaluates a key once per literal,
// and the assumption tells which clients each value can meet (With): a
// client built inside the literal, or on a path through it, is the
// struct's own; one built inside another literal that writes the field, or
// on a path through one and not through this, belongs to another struct
// value. Two reads of the field in one key, or in the keys of one command,
// take the same literal (one struct value; Compatible).

import (
	"go/ast"
	"go/types"
)

// fieldLit is one struct literal's write of a field: val, or the zero
// value when val is nil (the literal leaves the field out).
type fieldLit struct {
	lit *ast.CompositeLit
	val ast.Expr
}

// fieldChoice gives the read x.name of the field f, written by several
// literals: while EvalAlts evaluates one combination, the value of the
// literal assumed; while it looks for choices, none (the read is recorded
// as one); otherwise none.
func (e *Evaluator) fieldChoice(f *types.Var, x ast.Expr, name string) ([]Part, bool) {
	lits := e.fieldLits[f]
	if len(lits) < 2 || len(lits) > maxDefs || len(lits) != e.fieldWrites[f] || e.fieldLost[f] {
		return nil, false
	}
	if n, ok := e.forced[f]; ok {
		for _, l := range lits {
			if l.lit != n {
				continue
			}
			if l.val == nil {
				return []Part{}, true
			}
			return e.fieldValue(l.val, x, name)
		}
		return nil, false
	}
	if e.choices != nil {
		for _, c := range e.choices {
			if c.v == f {
				return nil, false
			}
		}
		defs := make([]def, len(lits))
		for i, l := range lits {
			defs[i] = def{node: l.lit, val: l.val, zero: l.val == nil}
		}
		e.choices = append(e.choices, choice{v: f, defs: defs})
	}
	return nil, false
}

// fieldWith is Assumption.With for the literal w's write of the field f:
// whether the node n (a client's construction) can belong to the struct
// value w builds.
func (e *Evaluator) fieldWith(f *types.Var, w, n ast.Node) bool {
	if n == nil || w == nil {
		return true
	}
	if encloses(w, n) {
		return true
	}
	others := e.fieldLits[f]
	for _, l := range others {
		if l.lit != w && encloses(l.lit, n) {
			return false
		}
	}
	if e.onePath(w, n) {
		return true
	}
	for _, l := range others {
		if l.lit != w && e.onePath(l.lit, n) {
			return false
		}
	}
	return true
}

// encloses reports whether n lies inside outer.
func encloses(outer, n ast.Node) bool {
	return outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// onePath reports whether a and b lie in the same function body (the
// innermost) on one path through it.
func (e *Evaluator) onePath(a, b ast.Node) bool {
	body, _ := e.bodyOf(a.Pos())
	if body == nil {
		return false
	}
	if bb, _ := e.bodyOf(b.Pos()); bb != body {
		return false
	}
	g := e.graphOf(body)
	la, ok1 := g.locate(a.Pos())
	lb, ok2 := g.locate(b.Pos())
	if !ok1 || !ok2 {
		return true
	}
	return la == lb || g.reaches(la, lb) || g.reaches(lb, la)
}

// fieldFunc reports whether n lies in the function of one of the literals
// that write the field f.
func (e *Evaluator) fieldFunc(f *types.Var, n ast.Node) bool {
	if n == nil {
		return false
	}
	for _, l := range e.fieldLits[f] {
		if body, _ := e.bodyOf(l.lit.Pos()); body != nil && body.Pos() <= n.Pos() && n.Pos() < body.End() {
			return true
		}
	}
	return false
}
