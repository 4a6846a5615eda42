package keyexpr

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/redislint/redislint/internal/typesutil"
)

// Reaching definitions of local variables, on the control-flow graph of
// the function that declares them (golang.org/x/tools/go/cfg).
//
// A local that is assigned more than once has no one value, but at each
// use the writes that can reach it are known: those met walking the graph
// backwards from the use, stopping at the first write on each path.
//
//	var k string                  // zero value: ""
//	if opt.Tag != "" {
//		k = "{" + opt.Tag + "}:r" // reaches the use on one path
//	}
//	rdb.MGet(ctx, a, k)           // k is "" or "{…}:r"
//
// A use reached by one write has that write's value (a variable
// reassigned in sequence); a use reached by several has one value per
// write, each an alternative: EvalAlts evaluates a key once per
// combination of the writes its variables may take, and records them as
// the key's assumptions, so that two keys are compared only on paths that
// can happen together (Compatible): the same variable from the same write,
// and writes that lie on one path through the function.
//
// A variable whose address is taken, or that a function literal writes,
// is left opaque: its writes are not all in the graph.

// def is one write of a variable: the graph node that makes it and the
// value it gives (nil: not a value the evaluator reads, such as the range
// key, a multi-value call result or v += x).
type def struct {
	node ast.Node
	val  ast.Expr
	zero bool // var v T with no value: T's zero value
}

// graph is the control-flow graph of one function body, with the
// predecessors of its blocks and where each node is.
type graph struct {
	body  *ast.BlockStmt
	cfg   *cfg.CFG
	preds map[*cfg.Block][]*cfg.Block
	where map[ast.Node]nodeAt
}

type nodeAt struct {
	b *cfg.Block
	i int
}

// maxDefs bounds the writes of one variable that reach a use, and
// maxCombos the combinations EvalAlts evaluates.
const (
	maxDefs   = 4
	maxCombos = 16
)

// bodyOf returns the innermost function body (of a declaration or a
// literal) that holds pos, with the function's type: from the syntax index
// when the evaluator has one (the enclosing nodes of pos), else from a list
// of the package's bodies built on first use.
func (e *Evaluator) bodyOf(pos token.Pos) (*ast.BlockStmt, *ast.FuncType) {
	if e.ins != nil {
		c, ok := e.ins.Root().FindByPos(pos, pos)
		for ok && c.Node() != nil {
			var body *ast.BlockStmt
			var typ *ast.FuncType
			switch n := c.Node().(type) {
			case *ast.FuncDecl:
				body, typ = n.Body, n.Type
			case *ast.FuncLit:
				body, typ = n.Body, n.Type
			}
			if body != nil && body.Pos() <= pos && pos < body.End() {
				return body, typ
			}
			c = c.Parent()
		}
		return nil, nil
	}
	if e.bodies == nil {
		e.bodies = map[*ast.BlockStmt]*ast.FuncType{}
		for _, f := range e.files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncDecl:
					if n.Body != nil {
						e.bodies[n.Body] = n.Type
						e.bodyList = append(e.bodyList, n.Body)
					}
				case *ast.FuncLit:
					e.bodies[n.Body] = n.Type
					e.bodyList = append(e.bodyList, n.Body)
				}
				return true
			})
		}
	}
	var best *ast.BlockStmt
	for _, b := range e.bodyList {
		if b.Pos() <= pos && pos < b.End() {
			if best == nil || b.Pos() >= best.Pos() {
				best = b
			}
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, e.bodies[best]
}

// graphOf returns the control-flow graph of body.
func (e *Evaluator) graphOf(body *ast.BlockStmt) *graph {
	if g, ok := e.graphs[body]; ok {
		return g
	}
	c := cfg.New(body, func(call *ast.CallExpr) bool { return !e.noReturn(call) })
	g := &graph{body: body, cfg: c, preds: map[*cfg.Block][]*cfg.Block{}, where: map[ast.Node]nodeAt{}}
	for _, b := range c.Blocks {
		for _, s := range b.Succs {
			g.preds[s] = append(g.preds[s], b)
		}
		for i, n := range b.Nodes {
			g.where[n] = nodeAt{b, i}
		}
	}
	if e.graphs == nil {
		e.graphs = map[*ast.BlockStmt]*graph{}
	}
	e.graphs[body] = g
	return g
}

// noReturn reports calls that never return: panic, os.Exit, log.Fatal….
func (e *Evaluator) noReturn(call *ast.CallExpr) bool {
	switch fn := callee(e.info, call); {
	case fn == nil:
		return typesutil.IsBuiltinCall(e.info, call, "panic")
	case fn.Pkg() != nil && fn.Pkg().Path() == "os" && fn.Name() == "Exit":
		return true
	case fn.Pkg() != nil && fn.Pkg().Path() == "log" && (fn.Name() == "Fatal" || fn.Name() == "Fatalf" || fn.Name() == "Fatalln"):
		return true
	}
	return false
}

// locate returns the top-level node of g that holds pos.
func (g *graph) locate(pos token.Pos) (nodeAt, bool) {
	for _, b := range g.cfg.Blocks {
		for i, n := range b.Nodes {
			if n.Pos() <= pos && pos < n.End() {
				return nodeAt{b, i}, true
			}
		}
	}
	return nodeAt{}, false
}

// reaching returns the writes of v that reach the use at id. ok is false
// when they cannot all be seen: v's address is taken or a function
// literal writes it, the use is not in v's own function, a path reaches
// the function's entry without a write (a parameter, or a variable of an
// enclosing function), or there are more than maxDefs.
func (e *Evaluator) reaching(v *types.Var, id *ast.Ident) ([]def, *graph, nodeAt, bool) {
	if e.escaped[v] || e.packageLevel(v) {
		return nil, nil, nodeAt{}, false
	}
	// A use in a function literal of a variable of an enclosing function
	// reads what reaches the literal (a callback such as TxPipelined's
	// runs where it is given; the literal must not write v itself).
	pos := id.Pos()
	body, ft := e.bodyOf(pos)
	for body != nil && !(ft.Pos() <= v.Pos() && v.Pos() < body.End()) {
		pos = ft.Pos()
		body, ft = e.bodyOf(pos)
	}
	if body == nil {
		return nil, nil, nodeAt{}, false
	}
	if e.closureWrites(body, v) {
		return nil, nil, nodeAt{}, false
	}
	g := e.graphOf(body)
	at, ok := g.locate(pos)
	if !ok {
		return nil, nil, nodeAt{}, false
	}
	var defs []def
	seen := map[ast.Node]bool{}
	visited := map[*cfg.Block]bool{}
	// scan looks for the last write of v in nodes[:end] of b.
	scan := func(b *cfg.Block, end int) bool {
		for i := end - 1; i >= 0; i-- {
			if d, ok := e.defIn(b.Nodes[i], v); ok {
				if !seen[d.node] {
					seen[d.node] = true
					defs = append(defs, d)
				}
				return true
			}
		}
		return false
	}
	entry := false
	var walk func(b *cfg.Block)
	walk = func(b *cfg.Block) {
		ps := g.preds[b]
		if len(ps) == 0 && b == g.cfg.Blocks[0] {
			entry = true
		}
		for _, p := range ps {
			if visited[p] {
				continue
			}
			visited[p] = true
			if !scan(p, len(p.Nodes)) {
				walk(p)
			}
		}
	}
	if !scan(at.b, at.i) {
		walk(at.b)
	}
	if entry || len(defs) == 0 || len(defs) > maxDefs {
		return nil, nil, nodeAt{}, false
	}
	return defs, g, at, true
}

// defIn returns the write of v that the graph node n makes, if it makes one.
func (e *Evaluator) defIn(n ast.Node, v *types.Var) (def, bool) {
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && e.info.ObjectOf(id) == v
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			if !is(lhs) {
				continue
			}
			d := def{node: n}
			if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
				d.val = n.Rhs[i]
			}
			return d, true
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if e.info.Defs[name] != v {
				continue
			}
			d := def{node: n}
			switch {
			case len(n.Values) == len(n.Names):
				d.val = n.Values[i]
			case len(n.Values) == 0:
				d.zero = true
			}
			return d, true
		}
	case *ast.Ident:
		// The key or value of a range statement.
		if is(n) {
			return def{node: n}, true
		}
	case *ast.IncDecStmt:
		if is(n.X) {
			return def{node: n}, true
		}
	}
	return def{}, false
}

// closureWrites reports whether a function literal in body assigns v.
func (e *Evaluator) closureWrites(body *ast.BlockStmt, v *types.Var) bool {
	key := closureKey{body, v}
	if w, ok := e.closureW[key]; ok {
		return w
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || found {
			return !found
		}
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.AssignStmt:
				for _, lhs := range m.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && e.info.ObjectOf(id) == v {
						found = true
					}
				}
			case *ast.IncDecStmt:
				if id, ok := ast.Unparen(m.X).(*ast.Ident); ok && e.info.ObjectOf(id) == v {
					found = true
				}
			}
			return !found
		})
		return false
	})
	if e.closureW == nil {
		e.closureW = map[closureKey]bool{}
	}
	e.closureW[key] = found
	return found
}

type closureKey struct {
	body *ast.BlockStmt
	v    *types.Var
}

// together reports whether the graph nodes a and b can both lie on one
// path through the function: one reaches the other.
func (g *graph) together(a, b ast.Node) bool {
	if a == b {
		return true
	}
	wa, ok1 := g.where[a]
	wb, ok2 := g.where[b]
	if !ok1 || !ok2 {
		return true
	}
	return g.reaches(wa, wb) || g.reaches(wb, wa)
}

// reachesClear reports whether a path leads from node a to node b whose
// nodes strictly between them all pass ok.
func (g *graph) reachesClear(a, b nodeAt, ok func(ast.Node) bool) bool {
	if a == b {
		return true
	}
	// The rest of a's block.
	for i := a.i + 1; i < len(a.b.Nodes); i++ {
		if a.b == b.b && i == b.i {
			return true
		}
		if !ok(a.b.Nodes[i]) {
			return false
		}
	}
	seen := map[*cfg.Block]bool{}
	stack := append([]*cfg.Block(nil), a.b.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		blocked := false
		for i, n := range x.Nodes {
			if x == b.b && i == b.i {
				return true
			}
			if !ok(n) {
				blocked = true
				break
			}
		}
		if !blocked {
			stack = append(stack, x.Succs...)
		}
	}
	return false
}

// reaches reports whether a path leads from node a to node b.
func (g *graph) reaches(a, b nodeAt) bool {
	if a.b == b.b && a.i < b.i {
		return true
	}
	seen := map[*cfg.Block]bool{}
	stack := append([]*cfg.Block(nil), a.b.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == b.b {
			return true
		}
		if seen[x] {
			continue
		}
		seen[x] = true
		stack = append(stack, x.Succs...)
	}
	return false
}

// Assumption is one write a key's value rests on: variable Var holds the
// value that Node writes (an alternative of EvalAlts), or, with Var nil,
// Node ran (a conditional append that put the key in its slice). With Var
// a struct field, Node is the struct literal whose write the field holds
// (fieldchoice.go).
type Assumption struct {
	Var  *types.Var
	Node ast.Node
	g    *graph
	use  nodeAt     // where Var is read (Var not nil)
	e    *Evaluator // to tell Var's writes
}

// With reports whether the node n (a client's construction, say) can lie
// on one path with what the assumption rests on: for a write of Var, on a
// path that carries that write to its use — n before the write, or
// between the write and the use with no other write of Var in between;
// for a statement that ran, on a path through it. A node outside the
// assumption's function can.
func (a Assumption) With(n ast.Node) bool {
	if a.Field() {
		return a.e.fieldWith(a.Var, a.Node, n)
	}
	if a.g == nil || n == nil || n.Pos() < a.g.body.Pos() || n.Pos() >= a.g.body.End() {
		return true
	}
	at, ok := a.g.locate(n.Pos())
	wa, ok2 := a.g.where[a.Node]
	if !ok || !ok2 {
		return true
	}
	if a.Var == nil {
		return a.g.reaches(wa, at) || a.g.reaches(at, wa)
	}
	if at == wa || a.g.reaches(at, wa) {
		return true
	}
	clear := func(n ast.Node) bool { _, w := a.e.defIn(n, a.Var); return !w }
	return a.g.reachesClear(wa, at, clear) && a.g.reachesClear(at, a.use, clear)
}

// Field reports whether the assumption is a struct field's: the value of
// one of the literals that write it.
func (a Assumption) Field() bool { return a.Var != nil && a.Var.IsField() && a.e != nil }

// InFunc reports whether n lies in the function the assumption's write (or
// statement) is in; for a field's, in the function of one of the literals
// that write the field.
func (a Assumption) InFunc(n ast.Node) bool {
	if a.Field() {
		return a.e.fieldFunc(a.Var, n)
	}
	return a.g != nil && n != nil && a.g.body.Pos() <= n.Pos() && n.Pos() < a.g.body.End()
}

// Compatible reports whether keys a and b can hold their values on one
// path: no variable is assumed written by two different writes, and the
// writes they rest on lie on one path through their function.
func Compatible(a, b Key) bool {
	for _, x := range a.Assume {
		for _, y := range b.Assume {
			if x.Var != nil && x.Var == y.Var && x.Node != y.Node {
				return false
			}
			if x.g != nil && x.g == y.g && !x.g.together(x.Node, y.Node) {
				return false
			}
		}
	}
	return true
}

// choice is a variable whose use, in the key being evaluated, is reached
// by several writes.
type choice struct {
	v    *types.Var
	defs []def
	g    *graph
	use  nodeAt
}

// EvalAlts returns the templates a key expression may have: one, as Eval
// gives, when every variable it reads has one value where it is read; or
// one per combination of the writes that reach its variables (at most
// maxCombos), each with the writes it assumes.
func (e *Evaluator) EvalAlts(x ast.Expr) []Key {
	return e.alts(func() Key { return e.Eval(x) })
}

// alts runs eval once to find the choices of the key it makes, then once
// per combination of them.
func (e *Evaluator) alts(eval func() Key) []Key {
	e.choices = []choice{}
	k := eval()
	chs := e.choices
	e.choices = nil
	if len(chs) == 0 {
		return []Key{k}
	}
	combos := [][]int{{}}
	for _, c := range chs {
		var next [][]int
		for _, combo := range combos {
			for i := range c.defs {
				if len(next) == maxCombos {
					break
				}
				next = append(next, append(append([]int(nil), combo...), i))
			}
		}
		combos = next
	}
	out := make([]Key, 0, len(combos))
	for _, combo := range combos {
		e.forced = map[*types.Var]ast.Node{}
		var assume []Assumption
		for i, c := range chs {
			d := c.defs[combo[i]]
			e.forced[c.v] = d.node
			assume = append(assume, Assumption{Var: c.v, Node: d.node, g: c.g, use: c.use, e: e})
		}
		kk := eval()
		kk.Assume = assume
		out = append(out, kk)
	}
	e.forced = nil
	return out
}

// reachParts returns the parts of a use of the local v: the value of the
// one write that reaches it, or of the write assumed for v (EvalAlts). A
// use reached by several writes with none assumed is recorded as a choice
// and stays opaque.
func (e *Evaluator) reachParts(v *types.Var, id *ast.Ident) ([]Part, bool) {
	defs, g, use, ok := e.reaching(v, id)
	if !ok {
		return nil, false
	}
	if len(defs) == 1 {
		return e.defParts(defs[0], v)
	}
	if n, ok := e.forced[v]; ok {
		for _, d := range defs {
			if d.node == n {
				return e.defParts(d, v)
			}
		}
		return nil, false
	}
	if e.choices != nil {
		for _, c := range e.choices {
			if c.v == v {
				return nil, false
			}
		}
		e.choices = append(e.choices, choice{v, defs, g, use})
	}
	return nil, false
}

// defParts returns the value one write gives v.
func (e *Evaluator) defParts(d def, v *types.Var) ([]Part, bool) {
	switch {
	case d.zero:
		if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return []Part{}, true
		}
		return nil, false
	case d.val == nil:
		return nil, false
	}
	return e.parts(d.val), true
}

// Write is one write of a local variable that reaches a use (Writes).
type Write struct {
	// Value is the expression written; nil with Zero for a declaration
	// without a value (the type's zero value), nil alone for a write the
	// evaluator does not read (a range key, v += x, a multi-value call).
	Value ast.Expr
	Zero  bool
	// Assume is the assumption that the variable holds this write's value
	// at the use (Assumption.With).
	Assume Assumption
}

// Writes returns the writes of the local variable id names that reach
// id, on the control-flow graph of its function: the same reaching
// writes the key evaluator reads (ok false when they cannot all be seen).
func (e *Evaluator) Writes(id *ast.Ident) ([]Write, bool) {
	v, ok := e.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	defs, g, use, ok := e.reaching(v, id)
	if !ok {
		return nil, false
	}
	out := make([]Write, len(defs))
	for i, d := range defs {
		out[i] = Write{Value: d.val, Zero: d.zero, Assume: Assumption{Var: v, Node: d.node, g: g, use: use, e: e}}
	}
	return out, true
}
