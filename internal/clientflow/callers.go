package clientflow

import (
	"go/ast"
	"go/token"
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
				up := r.funcDeclOf(call)
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
// under a condition that a is not under, there or in the functions called
// on the way down to b: the program keeps a on every path and builds b
// when that condition holds (a per-node connection kept beside a cluster
// client built when cfg.IsCluster). It returns that condition, the
// innermost if several. Error checks (err != nil) are not such conditions.
func (r *Result) Beside(a, b ast.Node) (Cond, bool) {
	if conds := r.ModeConds(a, b); len(conds) > 0 {
		return conds[len(conds)-1], true
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

// ModeConds returns the conditions under which the program builds b beside
// a (see [Result.Beside]): those on the way to b, from the function where
// the two paths meet down to b, that a is not under, error checks left
// out, innermost last. They are the program's mode for b (cfg.IsCluster).
func (r *Result) ModeConds(a, b ast.Node) []Cond {
	cbs := r.chains(b, 0)
	var sx, sy []ast.Node
	for _, ca := range r.chains(a, 0) {
		for _, cb := range cbs {
			x, y, ok := r.meet(ca, cb)
			if !ok {
				continue
			}
			if sx, sy = r.appendStack(sx[:0], x), r.appendStack(sy[:0], y); exclusiveStacks(sx, sy) {
				continue
			}
			var out []Cond
			for j := len(cb) - 1; j >= 0; j-- {
				n := cb[j]
				if j > 0 && n != y && !r.below(cb, j, y) {
					continue // above the meet
				}
				for _, c := range r.Conds(n) {
					if c.At == nil || r.aboutError(c) {
						continue
					}
					if n == y && (!within(c.At, y) || within(c.At, x)) {
						continue
					}
					out = append(out, c)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// below reports whether chain[j] lies below y in the chain (y is a later
// element: a caller of the function that holds chain[j]).
func (r *Result) below(chain []ast.Node, j int, y ast.Node) bool {
	for _, n := range chain[j+1:] {
		if n == y {
			return true
		}
	}
	return false
}

// SameCond reports whether c and d test one condition, and whether they
// hold it the same way (a leading ! flips it).
func SameCond(c, d Cond) (same, agree bool) {
	cs, ch := condKey(c)
	ds, dh := condKey(d)
	return cs == ds, ch == dh
}

func condKey(c Cond) (string, bool) {
	holds := c.Holds
	if c.Tag == nil && len(c.Exprs) == 1 {
		e, holds := stripNot(c.Exprs[0], holds)
		return types.ExprString(e), holds
	}
	var s string
	if c.Tag != nil {
		s = types.ExprString(c.Tag) + " == "
	}
	for i, e := range c.Exprs {
		if i > 0 {
			s += " || "
		}
		s += types.ExprString(e)
	}
	return s, holds
}

// EnclosingFunc returns the declaration of the function that holds n.
func (r *Result) EnclosingFunc(n ast.Node) *ast.FuncDecl { return r.funcDeclOf(n) }

// Contradict reports whether the conditions on the way to a and to b, each
// in its own function, test one field of the same struct type against
// constants in ways that cannot both hold (s.RedisType == ClusterType on
// the way to one, != ClusterType on the way to the other): two
// constructors that each switch on a setting, wherever they are declared,
// never build their clients for one configuration.
func (r *Result) Contradict(a, b ast.Node) bool {
	for _, ca := range r.Conds(a) {
		fa, va, eqa, ok := r.fieldTest(ca)
		if !ok {
			continue
		}
		for _, cb := range r.Conds(b) {
			fb, vb, eqb, ok := r.fieldTest(cb)
			if !ok || fa != fb {
				continue
			}
			switch {
			case eqa && eqb && va != vb, eqa != eqb && va == vb:
				return true
			}
		}
	}
	return false
}

// fieldTest reads a condition that compares a field with a constant: the
// field, the constant, and whether the field equals it on the way.
func (r *Result) fieldTest(c Cond) (*types.Var, string, bool, bool) {
	if c.Tag != nil {
		f := r.fieldOf(c.Tag)
		if f == nil || len(c.Exprs) != 1 {
			return nil, "", false, false
		}
		v, ok := r.constOf(c.Exprs[0])
		return f, v, c.Holds, ok
	}
	if len(c.Exprs) != 1 {
		return nil, "", false, false
	}
	e, holds := stripNot(c.Exprs[0], c.Holds)
	b, ok := e.(*ast.BinaryExpr)
	if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
		return nil, "", false, false
	}
	f, x := r.fieldOf(b.X), b.Y
	if f == nil {
		f, x = r.fieldOf(b.Y), b.X
	}
	if f == nil {
		return nil, "", false, false
	}
	v, ok := r.constOf(x)
	if !ok {
		return nil, "", false, false
	}
	return f, v, (b.Op == token.EQL) == holds, true
}

// fieldOf returns the field x selects (its origin), or nil.
func (r *Result) fieldOf(x ast.Expr) *types.Var {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	f, ok := r.info.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() {
		return nil
	}
	return f.Origin()
}

// constOf returns the exact text of x's constant value.
func (r *Result) constOf(x ast.Expr) (string, bool) {
	tv, ok := r.info.Types[x]
	if !ok || tv.Value == nil {
		return "", false
	}
	return tv.Value.ExactString(), true
}

// stripNot removes the ! around e, flipping holds for each.
func stripNot(e ast.Expr, holds bool) (ast.Expr, bool) {
	e = ast.Unparen(e)
	for {
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			return e, holds
		}
		holds = !holds
		e = ast.Unparen(u.X)
	}
}
