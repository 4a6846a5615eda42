package clientflow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A field of a struct is, by default, every value the package stores into
// it anywhere (Flow.Stores): a store's field set to a cluster client in one
// constructor and to a single node's in another holds either, at every
// use. Two readings are sharper where the program itself shows which
// object's field a use reads, and the data flow says so:
//
//   - a write just before: s.client = cc, then s.client.FlushDB(ctx) later
//     in the same block (or a block inside it), with no write of s or of
//     s.client between, nor a call given s (s.reconnect(), configure(s)): the use reads cc (go-ycsb's mode switch stores a
//     cluster client in one case and a single node's in the other);
//   - a field set only where its struct is built (composite literals, no
//     assignment anywhere in the package but through a struct that embeds
//     it, into objects of that type) read through an object whose
//     every origin is such a literal: store := newTestStore(t), which
//     returns &Store{Client: redis.NewClient(…)}, then store.Client.Keys:
//     the use reads that literal's value, whatever other constructors of
//     the package store (seaweedfs' tests of a store whose cluster
//     constructor sets the same field).

// promoted reports whether lhs writes a field of an embedded struct through
// the struct that embeds it (store.Client = … where store is a
// *ClusterStore embedding a Store): a write into objects of the embedding
// type, not into those a literal of the embedded type builds.
func (f *Flow) promoted(lhs ast.Expr) bool {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := f.info.Selections[sel]
	return ok && len(s.Index()) > 1
}

// fieldWrite is an assignment base.f = rhs of the package, in the block
// (a statement list's node) that holds it.
type fieldWrite struct {
	base   types.Object
	assign *ast.AssignStmt
	rhs    ast.Expr
	block  ast.Node
	// loops are the loops of its function around it, innermost first.
	loops []ast.Node
}

// recordFieldWrites records the writes of fields through a variable
// (s.f = v) of an assignment, with the block around it (the last
// statement list of stack).
func (f *Flow) recordFieldWrites(n *ast.AssignStmt, stack []ast.Node) {
	if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
		return
	}
	var block ast.Node
	var loops []ast.Node
outer:
	for i := len(stack) - 2; i >= 0; i-- {
		switch b := stack[i].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			if block == nil {
				block = b
			}
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, b)
		case *ast.FuncLit, *ast.FuncDecl:
			break outer
		}
	}
	if block == nil {
		return
	}
	for i, l := range n.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		fv, ok := f.info.ObjectOf(sel.Sel).(*types.Var)
		if !ok || !fv.IsField() {
			continue
		}
		base, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			continue
		}
		if b := f.info.ObjectOf(base); b != nil {
			if f.fieldWrites == nil {
				f.fieldWrites = map[*types.Var][]fieldWrite{}
			}
			f.fieldWrites[fv] = append(f.fieldWrites[fv], fieldWrite{base: b, assign: n, rhs: n.Rhs[i], block: block, loops: loops})
		}
	}
}

// refinable reports whether a use of the field fv may read less than
// every store of it: it has several.
func (f *Flow) refinable(fv *types.Var) bool { return fv.IsField() && len(f.stores[fv]) > 1 }

// objectField returns the values the field fv that sel reads may hold as
// the program shows them for this use (above), and false when it does not
// show more than every store of the field.
func (f *Flow) objectField(sel *ast.SelectorExpr, fv *types.Var) ([]ast.Expr, bool) {
	if !f.refinable(fv) {
		return nil, false
	}
	if v, ok := f.writtenJustBefore(sel, fv); ok {
		return []ast.Expr{v}, true
	}
	return f.builtWith(sel, fv)
}

// writtenJustBefore returns rhs of the last write base.f = rhs before sel
// in a block that holds sel, when no other write of base.f nor of base
// lies between them.
func (f *Flow) writtenJustBefore(sel *ast.SelectorExpr, fv *types.Var) (ast.Expr, bool) {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil, false
	}
	base := f.info.ObjectOf(id)
	if base == nil {
		return nil, false
	}
	var last *fieldWrite
	writes := f.fieldWrites[fv]
	for i := range writes {
		w := &writes[i]
		if w.base != base || w.assign.End() > sel.Pos() {
			continue
		}
		if within(w.block, sel) && (last == nil || w.assign.Pos() > last.assign.Pos()) {
			last = w
		}
	}
	if last == nil {
		return nil, false
	}
	for i := range writes {
		w := &writes[i]
		if w == last || w.base != base {
			continue
		}
		if w.assign.Pos() > last.assign.End() && w.assign.Pos() < sel.Pos() {
			return nil, false // written again in between, on some path
		}
		if w.assign.Pos() > sel.End() && loopsBack(w, last, sel) {
			return nil, false // written after it in a loop that returns to it
		}
	}
	for _, v := range f.stores[base] {
		if v == nil || v.Pos() > last.assign.End() && v.Pos() < sel.Pos() {
			return nil, false // the base itself changes
		}
	}
	if f.handedOn(last.block, base, last.assign.End(), sel.Pos()) {
		return nil, false
	}
	return last.rhs, true
}

// handedOn reports whether a call in block between from and to is given
// base, as its receiver or an argument (s.reconnect(), configure(s),
// configure(&s)): the callee may write the field through it.
func (f *Flow) handedOn(block ast.Node, base types.Object, from, to token.Pos) bool {
	is := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		id, ok := e.(*ast.Ident)
		return ok && f.info.ObjectOf(id) == base
	}
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		if found || n == nil || n.End() <= from || n.Pos() >= to {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() <= from {
			return true
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && is(sel.X) {
			if s, ok := f.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				found = true
			}
		}
		for _, a := range call.Args {
			if is(a) {
				found = true
			}
		}
		return !found
	})
	return found
}

// loopsBack reports whether w, a write after sel, is in a loop around sel
// that is not around last: the loop's next iteration reads w's value.
func loopsBack(w, last *fieldWrite, sel ast.Node) bool {
	for _, l := range w.loops {
		if within(l, sel) && !within(l, last.assign) {
			return true
		}
	}
	return false
}

// builtWith returns the values of the field fv in the composite literals
// every origin of sel's object is, when the package writes fv nowhere but
// in composite literals.
func (f *Flow) builtWith(sel *ast.SelectorExpr, fv *types.Var) ([]ast.Expr, bool) {
	if f.fieldAssigned[fv] || len(f.stores[fv]) == 0 {
		return nil, false
	}
	if s, ok := f.info.Selections[sel]; !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil, false // a promoted field: the literal names the embedded struct
	}
	origins, complete := f.Origins(sel.X)
	if !complete || len(origins) == 0 {
		return nil, false
	}
	var vals []ast.Expr
	for _, o := range origins {
		if u, ok := ast.Unparen(o).(*ast.UnaryExpr); ok && u.Op == token.AND {
			o = u.X
		}
		lit, ok := ast.Unparen(o).(*ast.CompositeLit)
		if !ok {
			return nil, false
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, false // positional: not indexed
			}
			if k, ok := kv.Key.(*ast.Ident); ok && f.info.ObjectOf(k) == fv {
				vals = append(vals, kv.Value)
			}
		}
		// A literal without the field leaves it nil: no client.
	}
	return vals, len(vals) > 0
}
