package clientflow

// This file finds type guards: a type assertion or type switch on the way
// to a client expression that shows it is not a cluster client.

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// guard returns the type assertion or type switch that shows, on the way
// to e, that the client e denotes is not a cluster client:
//
//	if _, ok := c.rdb.(*redis.ClusterClient); ok { … } else { c.rdb.MGet(…) }
//	if _, ok := c.rdb.(*redis.ClusterClient); ok { …; return }; c.rdb.MGet(…)
//	switch v := c.rdb.(type) { case *redis.ClusterClient: …; default: v.MGet(…) }
func (r *Result) guard(e ast.Expr) ast.Node {
	stack := r.Stack(e)
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.IfStmt:
			x, positive := r.clusterAssert(n)
			if x == nil || !r.sameRef(x, e) {
				continue
			}
			if (positive && stack[i+1] == n.Else) || (!positive && stack[i+1] == n.Body) {
				return n
			}
		case *ast.BlockStmt:
			// An earlier if on the client whose cluster arm returns.
			for _, ifs := range returningIfs(n, stack[i+1]) {
				if x, positive := r.clusterAssert(ifs); x != nil && positive && r.sameRef(x, e) {
					return ifs
				}
			}
		case *ast.CaseClause:
			if i < 2 {
				continue
			}
			ts, ok := stack[i-2].(*ast.TypeSwitchStmt)
			if !ok {
				continue
			}
			x := typeSwitchOperand(ts)
			if x == nil {
				continue
			}
			if !r.sameRef(x, e) {
				// The clause's own variable: switch v := x.(type).
				id, ok := ast.Unparen(e).(*ast.Ident)
				if !ok || r.info.Uses[id] == nil || r.info.Implicits[n] != r.info.Uses[id] {
					continue
				}
			}
			if r.notClusterClause(ts, n) {
				return ts
			}
		}
	}
	return nil
}

// clusterAssert reads "if _, ok := x.(*redis.ClusterClient); ok" (positive)
// or "…; !ok" and returns x.
func (r *Result) clusterAssert(ifs *ast.IfStmt) (ast.Expr, bool) {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok {
		// _, isCluster := c.rdb.(*redis.ClusterClient) earlier, then
		// if isCluster { … }: the ok variable's one assignment.
		as, ok = r.okAssign(ifs.Cond)
	}
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil, false
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil || !model.IsClusterType(r.info.TypeOf(ta.Type)) {
		return nil, false
	}
	okID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return nil, false
	}
	okObj := r.info.ObjectOf(okID)
	cond := ast.Unparen(ifs.Cond)
	positive := true
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond, positive = ast.Unparen(u.X), false
	}
	if id, ok := cond.(*ast.Ident); !ok || okObj == nil || r.info.ObjectOf(id) != okObj {
		return nil, false
	}
	return ta.X, positive
}

// okAssign returns the one assignment of the variable cond (or !cond)
// names, when it is a comma-ok assignment (v, ok := x.(T)) and nothing
// else assigns it.
func (r *Result) okAssign(cond ast.Expr) (*ast.AssignStmt, bool) {
	cond = ast.Unparen(cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond = ast.Unparen(u.X)
	}
	id, ok := cond.(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	r.mu.Lock()
	a, ok := r.okAssigns[v]
	r.mu.Unlock()
	if ok {
		return a, a != nil
	}
	a = r.findOKAssign(v)
	r.mu.Lock()
	if r.okAssigns == nil {
		r.okAssigns = map[*types.Var]*ast.AssignStmt{}
	}
	r.okAssigns[v] = a
	r.mu.Unlock()
	return a, a != nil
}

// findOKAssign looks for okAssign's assignment of the local v, in the
// part of its file that its scope covers.
func (r *Result) findOKAssign(v *types.Var) *ast.AssignStmt {
	var found *ast.AssignStmt
	n := 0
	scope := v.Parent()
	for _, f := range r.pass.Files {
		if f.Pos() > v.Pos() || v.Pos() >= f.End() {
			continue
		}
		ast.Inspect(f, func(nd ast.Node) bool {
			if nd == nil || nd.End() < scope.Pos() || nd.Pos() > scope.End() {
				return false
			}
			switch a := nd.(type) {
			case *ast.AssignStmt:
				for _, lhs := range a.Lhs {
					if l, ok := ast.Unparen(lhs).(*ast.Ident); ok && r.info.ObjectOf(l) == v {
						n++
						found = a
					}
				}
			case *ast.UnaryExpr:
				if l, ok := ast.Unparen(a.X).(*ast.Ident); ok && a.Op == token.AND && r.info.ObjectOf(l) == v {
					n += 2 // address taken
				}
			}
			return true
		})
	}
	if n != 1 || found.Tok != token.DEFINE || len(found.Lhs) != 2 {
		return nil
	}
	return found
}

func typeSwitchOperand(ts *ast.TypeSwitchStmt) ast.Expr {
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// notClusterClause reports whether clause cc of ts cannot hold a cluster
// client: an earlier clause (or any, for default) lists a cluster type and
// cc lists none.
func (r *Result) notClusterClause(ts *ast.TypeSwitchStmt, cc *ast.CaseClause) bool {
	lists := func(c *ast.CaseClause) bool {
		for _, t := range c.List {
			if model.IsClusterType(r.info.TypeOf(t)) {
				return true
			}
		}
		return false
	}
	if lists(cc) {
		return false
	}
	for _, s := range ts.Body.List {
		c := s.(*ast.CaseClause)
		if c == cc {
			if cc.List != nil {
				return false
			}
			continue
		}
		if lists(c) && (cc.List == nil || c.Pos() < cc.Pos()) {
			return true
		}
	}
	return false
}

// sameRef reports whether a and b denote the same variable or field path
// (x, s.rdb, s.cfg.rdb): the same objects, never the same spelling.
func (r *Result) sameRef(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch x := a.(type) {
	case *ast.Ident:
		y, ok := b.(*ast.Ident)
		return ok && r.info.ObjectOf(x) != nil && r.info.ObjectOf(x) == r.info.ObjectOf(y)
	case *ast.SelectorExpr:
		y, ok := b.(*ast.SelectorExpr)
		return ok && r.info.ObjectOf(x.Sel) != nil && r.info.ObjectOf(x.Sel) == r.info.ObjectOf(y.Sel) && r.sameRef(x.X, y.X)
	}
	return false
}
