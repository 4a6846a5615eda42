package clientflow

// This file places nodes: the stack of nodes around one, the call chains
// that lead to it, and whether two nodes lie in exclusive branches (an if's
// arms, a switch's clauses, the code past an if whose body returns).

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/redislint/redislint/internal/astindex"
)

// Stack returns the nodes enclosing n, outermost (the file) first, n last.
func (r *Result) Stack(n ast.Node) []ast.Node {
	return r.appendStack(nil, n)
}

// appendStack appends the Stack of n to buf.
func (r *Result) appendStack(buf []ast.Node, n ast.Node) []ast.Node {
	c, ok := r.cursor(n)
	if !ok {
		return append(buf, n)
	}
	depth := 0
	for x := c; x.Node() != nil; x = x.Parent() {
		depth++
	}
	buf = slices.Grow(buf, depth)
	out := buf[len(buf) : len(buf)+depth]
	for x := c; x.Node() != nil; x = x.Parent() {
		depth--
		out[depth] = x.Node()
	}
	return buf[:len(buf)+len(out)]
}

// funcDeclOf returns the function declaration that holds n (n itself if it
// is one), or nil: funcDecl of n's Stack, without building it.
func (r *Result) funcDeclOf(n ast.Node) *ast.FuncDecl {
	c, ok := r.cursor(n)
	if !ok {
		fd, _ := n.(*ast.FuncDecl)
		return fd
	}
	for x := c; x.Node() != nil; x = x.Parent() {
		if fd, ok := x.Node().(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// Parent returns the node that holds n.
func (r *Result) Parent(n ast.Node) ast.Node {
	c, ok := r.cursor(n)
	if !ok {
		return nil
	}
	return c.Parent().Node()
}

// cursor returns the cursor of n, a node of the package's files.
func (r *Result) cursor(n ast.Node) (astindex.Cursor, bool) {
	if r.ins == nil || n == nil {
		return astindex.Cursor{}, false
	}
	r.mu.Lock()
	c, ok := r.cursors[n]
	r.mu.Unlock()
	if ok {
		return c, true
	}
	c, ok = r.findCursor(n)
	if ok {
		r.mu.Lock()
		r.cursors[n] = c
		r.mu.Unlock()
	}
	return c, ok
}

func (r *Result) findCursor(n ast.Node) (astindex.Cursor, bool) {
	root := r.ins.Root()
	if n.Pos().IsValid() && n.End() >= n.Pos() {
		// The innermost node over n's extent is n or a node below it
		// with the same extent (the call of an expression statement).
		if c, ok := root.FindByPos(n.Pos(), n.End()); ok {
			for x := c; x.Node() != nil; x = x.Parent() {
				if x.Node() == n {
					return x, true
				}
			}
		}
	}
	return root.FindNode(n)
}

// Exclusive reports whether at most one of the nodes a and b runs: they sit
// in the two arms of an if, two clauses of a switch or select, or after an
// if whose body returns and in that body; or in functions of the package
// that are only called from such places (a mode switch split across
// functions: node() and cluster() picked by if cfg.IsCluster).
//
// Across functions, the two are followed up their call chains (calls of
// the enclosing function in the package, up to four levels): every pair of
// chains that meets in one function must meet in exclusive places, and at
// least one pair must meet. Chains that never meet (two entry points of a
// library) say nothing either way.
func (r *Result) Exclusive(a, b ast.Node) bool {
	met := false
	cbs := r.chains(b, 0)
	var sx, sy []ast.Node // the stacks of each meeting, in buffers reused
	for _, ca := range r.chains(a, 0) {
		for _, cb := range cbs {
			x, y, ok := r.meet(ca, cb)
			if !ok {
				continue
			}
			met = true
			sx, sy = r.appendStack(sx[:0], x), r.appendStack(sy[:0], y)
			if !exclusiveStacks(sx, sy) {
				return false
			}
		}
	}
	return met
}

// chains returns the call chains of n: n, a call of the function that
// holds n, a call of the function that holds that call, and so on.
func (r *Result) chains(n ast.Node, depth int) [][]ast.Node {
	fd := r.funcDeclOf(n)
	var fn *types.Func
	if fd != nil {
		fn, _ = r.info.Defs[fd.Name].(*types.Func)
	}
	if fn == nil || depth >= 4 || r.Flow.escaped[fn] || len(r.callers[fn]) == 0 {
		return [][]ast.Node{{n}}
	}
	var out [][]ast.Node
	for _, c := range r.callers[fn] {
		for _, up := range r.chains(c, depth+1) {
			out = append(out, append([]ast.Node{n}, up...))
		}
		if len(out) > 64 {
			break
		}
	}
	return out
}

// meet returns the first nodes of two chains that sit in one function.
func (r *Result) meet(ca, cb []ast.Node) (ast.Node, ast.Node, bool) {
	for _, x := range ca {
		fx := r.funcDeclOf(x)
		for _, y := range cb {
			if fx != nil && fx == r.funcDeclOf(y) {
				return x, y, true
			}
		}
	}
	return nil, nil, false
}

// exclusiveStacks decides Exclusive for two nodes of one function.
func exclusiveStacks(a, b []ast.Node) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == 0 || i >= len(a) || i >= len(b) {
		return false
	}
	switch p := a[i-1].(type) {
	case *ast.IfStmt:
		return (a[i] == p.Body && b[i] == p.Else) || (a[i] == p.Else && b[i] == p.Body)
	case *ast.BlockStmt:
		switch a[i].(type) {
		case *ast.CaseClause, *ast.CommClause:
			return true
		}
		first := a
		if b[i].Pos() < a[i].Pos() {
			first = b
		}
		return armReturns(first, i)
	}
	return false
}

// armReturns reports whether stack[j] is an if statement and the arm of
// its chain (if, else if, …, else) that holds stack's last node ends in a
// return: what follows the statement is exclusive with that node.
func armReturns(stack []ast.Node, j int) bool {
	ifs, ok := stack[j].(*ast.IfStmt)
	if !ok || j+1 >= len(stack) {
		return false
	}
	switch arm := stack[j+1]; {
	case arm == ifs.Body:
		return returns(ifs.Body)
	case arm == ifs.Else:
		if b, ok := arm.(*ast.BlockStmt); ok {
			return returns(b)
		}
		return armReturns(stack, j+1)
	}
	return false
}

// returningIfs returns the if statements without else, before child in
// block, whose body returns: past one, its condition is false.
func returningIfs(block *ast.BlockStmt, child ast.Node) []*ast.IfStmt {
	var out []*ast.IfStmt
	for _, s := range block.List {
		if s.Pos() >= child.Pos() {
			break
		}
		if ifs, ok := s.(*ast.IfStmt); ok && ifs.Else == nil && returns(ifs.Body) {
			out = append(out, ifs)
		}
	}
	return out
}

func returns(b *ast.BlockStmt) bool {
	if n := len(b.List); n > 0 {
		_, ret := b.List[n-1].(*ast.ReturnStmt)
		return ret
	}
	return false
}
