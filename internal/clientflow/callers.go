package clientflow

import (
	"go/ast"
	"go/types"
)

// CallingFuncs returns the declarations of the package's functions that
// call the function fd declares, directly or through at most depth calls
// of the package's functions (fd itself excluded): a probe made in a
// helper (func (d *Driver) clusterEnabled() bool) belongs to the function
// that asked it.
func (r *Result) CallingFuncs(fd *ast.FuncDecl, depth int) []*ast.FuncDecl {
	var out []*ast.FuncDecl
	seen := map[*ast.FuncDecl]bool{fd: true}
	level := []*ast.FuncDecl{fd}
	for d := 0; d < depth && len(level) > 0; d++ {
		var next []*ast.FuncDecl
		for _, f := range level {
			fn, _ := r.info.Defs[f.Name].(*types.Func)
			if fn == nil {
				continue
			}
			for _, call := range r.callers[fn] {
				up := r.funcDecl(r.Stack(call))
				if up == nil || seen[up] {
					continue
				}
				seen[up] = true
				out = append(out, up)
				next = append(next, up)
			}
		}
		level = next
	}
	return out
}

// Beside reports whether a and b lie on one path of a function that holds
// both (directly or through calls of the functions that hold them), with b
// under a condition that a is not under: the program keeps a on every
// path and builds b when that condition holds (a per-node connection kept
// beside a cluster client built when cfg.IsCluster). It returns that
// condition. Error checks (err != nil) are not such conditions.
func (r *Result) Beside(a, b ast.Node) (Cond, bool) {
	for _, ca := range r.chains(a, 0) {
		for _, cb := range r.chains(b, 0) {
			x, y, ok := r.meet(ca, cb)
			if !ok || exclusiveStacks(r.Stack(x), r.Stack(y)) {
				continue
			}
			for _, c := range r.Conds(y) {
				if c.At == nil || !within(c.At, y) || within(c.At, x) || r.aboutError(c) {
					continue
				}
				return c, true
			}
		}
	}
	return Cond{}, false
}

// within reports whether n lies inside outer.
func within(outer, n ast.Node) bool {
	return outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// aboutError reports whether a condition reads a value of type error.
func (r *Result) aboutError(c Cond) bool {
	found := false
	check := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if x, ok := n.(ast.Expr); ok && !found {
				if t := r.info.TypeOf(x); t != nil && types.Identical(t, errorType) {
					found = true
				}
			}
			return !found
		})
	}
	for _, e := range c.Exprs {
		check(e)
	}
	if c.Tag != nil {
		check(c.Tag)
	}
	return found
}

var errorType = types.Universe.Lookup("error").Type()
