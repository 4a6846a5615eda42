package keyexpr

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/redislint/redislint/internal/typesutil"
)

// collect is one write that adds elements to a slice variable: v =
// append(v, x, y) or v = append(v, w...) (in a loop or not), or v[i] = x
// in a loop over the range that v was made the length of (fill).
type collect struct {
	elems  []ast.Expr
	spread ast.Expr // w of append(v, w...)
	loop   ast.Node // the innermost loop around the write, or nil
	// plain: nothing between the variable's declaration and the write
	// makes the write conditional (an if, a switch, a select, a function
	// literal): only blocks and loops. closure: a function literal does.
	plain, closure bool
	fill           bool
	stmt           *ast.AssignStmt
}

// indexAppend records a = append(a, …) and, in a loop, a[i] = x; stack is
// the path from the file to the statement.
func (e *Evaluator) indexAppend(a *ast.AssignStmt, loop ast.Node, stack []ast.Node) {
	if len(a.Lhs) != 1 || len(a.Rhs) != 1 || a.Tok != token.ASSIGN {
		return
	}
	if ix, ok := ast.Unparen(a.Lhs[0]).(*ast.IndexExpr); ok {
		e.indexFill(a, ix, loop, stack)
		e.indexMap(a, ix, loop, stack)
		return
	}
	id, ok := ast.Unparen(a.Lhs[0]).(*ast.Ident)
	if !ok {
		return
	}
	if obj := e.info.Uses[id]; obj != nil && loop != nil && e.truncation(a.Rhs[0], obj) && flushed(stack, loop) {
		e.truncs[obj] = append(e.truncs[obj], loop)
		return
	}
	call, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return
	}
	if !typesutil.IsBuiltinCall(e.info, call, "append") {
		return
	}
	src, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	obj := e.info.Uses[id]
	if !ok || obj == nil || e.info.Uses[src] != obj {
		return
	}
	c := collect{loop: loop, plain: plainPath(stack, obj.Pos()), closure: inClosure(stack, obj.Pos()), stmt: a}
	if call.Ellipsis.IsValid() {
		if len(call.Args) != 2 {
			return
		}
		c.spread = call.Args[1]
	} else {
		c.elems = call.Args[1:]
	}
	e.appends[obj] = append(e.appends[obj], c)
}

// truncation reports whether x, assigned to the slice variable obj, empties
// it: obj[:0], obj[:0:0], nil, make(T, 0[, n]).
func (e *Evaluator) truncation(x ast.Expr, obj types.Object) bool {
	if sl, ok := ast.Unparen(x).(*ast.SliceExpr); ok {
		id, ok := ast.Unparen(sl.X).(*ast.Ident)
		if !ok || e.info.Uses[id] != obj || sl.High == nil {
			return false
		}
		tv := e.info.Types[sl.High]
		return (sl.Low == nil || e.info.Types[sl.Low].Value != nil && e.info.Types[sl.Low].Value.ExactString() == "0") &&
			tv.Value != nil && tv.Value.ExactString() == "0"
	}
	return e.empty(x)
}

// flushed reports whether the statement on top of stack sits under a
// condition inside loop (if len(ks) == 100 { send(ks); ks = ks[:0] }): a
// batch emptied now and then, which holds the elements of several
// iterations between two flushes.
func flushed(stack []ast.Node, loop ast.Node) bool {
	for i := len(stack) - 2; i >= 0 && stack[i] != loop; i-- {
		switch stack[i].(type) {
		case *ast.IfStmt, *ast.CaseClause:
			return true
		case *ast.FuncLit:
			return false
		}
	}
	return false
}

// indexFill records v[i] = x directly in the body of a loop for i := range r.
func (e *Evaluator) indexFill(a *ast.AssignStmt, ix *ast.IndexExpr, loop ast.Node, stack []ast.Node) {
	rs, ok := loop.(*ast.RangeStmt)
	if !ok || len(stack) < 2 || stack[len(stack)-2] != rs.Body {
		return
	}
	v, ok := ast.Unparen(ix.X).(*ast.Ident)
	if !ok {
		return
	}
	i, ok := ast.Unparen(ix.Index).(*ast.Ident)
	key, _ := rs.Key.(*ast.Ident)
	if !ok || key == nil || e.info.ObjectOf(i) == nil || e.info.ObjectOf(i) != e.info.ObjectOf(key) {
		return
	}
	obj := e.info.Uses[v]
	if obj == nil {
		return
	}
	e.appends[obj] = append(e.appends[obj], collect{elems: []ast.Expr{a.Rhs[0]}, loop: loop, fill: true, plain: plainPath(stack[:len(stack)-1], obj.Pos())})
}

// inClosure reports whether a function literal on stack, that does not
// hold pos (the declaration of the variable written), holds the write.
func inClosure(stack []ast.Node, pos token.Pos) bool {
	for _, n := range stack {
		if _, ok := n.(*ast.FuncLit); ok && !(n.Pos() <= pos && pos < n.End()) {
			return true
		}
	}
	return false
}

// plainPath reports whether the nodes of stack that do not hold pos (the
// declaration of the variable written) are only blocks and loops.
func plainPath(stack []ast.Node, pos token.Pos) bool {
	for _, n := range stack[:max(len(stack)-1, 0)] {
		if n.Pos() <= pos && pos < n.End() {
			continue
		}
		switch n.(type) {
		case *ast.BlockStmt, *ast.ForStmt, *ast.RangeStmt, *ast.LabeledStmt:
		default:
			return false
		}
	}
	return true
}

// Elem is one element of a slice whose elements are known: an expression
// the slice holds once (Loop nil) or once per iteration of Loop.
type Elem struct {
	Expr ast.Expr
	Loop ast.Node
	// Assume is set for an element appended under a condition (an if, a
	// switch): it is in the slice only on the paths through that append.
	Assume []Assumption
}

// Elements returns the elements of a []string value, including slices
// collected at run time: a literal and append of known slices (SliceElems);
// a local variable that starts empty, as a literal or as make(T, 0, n) and
// is only ever appended to (one or several elements, a slice spread with
// ..., in loops or not); a variable made make(T, len(r)) and filled in a
// loop over r (ks[i] = key(id)); and append(v, w...) of such values. An
// append under an if or a switch adds its elements with the assumption
// that it ran (Elem.Assume). ok is false when some element is not seen,
// or an append is in a function literal.
func (e *Evaluator) Elements(x ast.Expr) ([]Elem, bool) {
	return e.elements(x, 0)
}

func (e *Evaluator) elements(x ast.Expr, depth int) ([]Elem, bool) {
	if depth > maxDepth {
		return nil, false
	}
	if elems, ok := e.sliceElems(x); ok {
		out := make([]Elem, len(elems))
		for i, el := range elems {
			out[i] = Elem{Expr: el}
		}
		return out, true
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		if !typesutil.IsBuiltinCall(e.info, x, "append") || len(x.Args) == 0 {
			return nil, false
		}
		out, ok := e.elements(x.Args[0], depth+1)
		if !ok {
			return nil, false
		}
		out = append([]Elem(nil), out...)
		if x.Ellipsis.IsValid() {
			if len(x.Args) != 2 {
				return nil, false
			}
			more, ok := e.elements(x.Args[1], depth+1)
			if !ok {
				return nil, false
			}
			return append(out, more...), true
		}
		for _, a := range x.Args[1:] {
			out = append(out, Elem{Expr: a})
		}
		return out, true
	case *ast.Ident:
		obj, ok := e.info.Uses[x].(*types.Var)
		if !ok || e.packageLevel(obj) {
			return nil, false
		}
		if _, ok := obj.Type().Underlying().(*types.Slice); !ok {
			return nil, false
		}
		if def, ok := e.defs[obj]; ok && e.stable(obj) && def != nil {
			return e.elements(def, depth+1)
		}
		return e.collected(obj, depth)
	}
	return nil, false
}

// collected returns the elements of a local slice variable written only
// by its first value and the recorded appends (or one fill).
func (e *Evaluator) collected(obj *types.Var, depth int) ([]Elem, bool) {
	as := e.appends[obj]
	if len(as) == 0 {
		return nil, false
	}
	if len(as) == 1 && as[0].fill {
		c := as[0]
		if e.zeroDecl[obj] || e.writes[obj] != 3 || !e.fillsAll(e.first[obj], c.loop.(*ast.RangeStmt)) || !c.plain {
			return nil, false
		}
		return []Elem{{Expr: c.elems[0], Loop: c.loop}}, true
	}
	var out []Elem
	base := 1
	switch {
	case e.zeroDecl[obj]:
		base = 2
	case e.empty(e.first[obj]):
	default:
		elems, ok := e.sliceElems(e.first[obj])
		if !ok {
			return nil, false
		}
		for _, el := range elems {
			out = append(out, Elem{Expr: el})
		}
	}
	// Flushes of a batch in the loop that appends (ks = ks[:0] under an
	// if): they empty the slice, and add nothing.
	for _, loop := range e.truncs[obj] {
		for _, c := range as {
			if c.loop != loop {
				return nil, false
			}
		}
	}
	if e.writes[obj] != base+len(as)+len(e.truncs[obj]) {
		return nil, false
	}
	// One element appended in one loop to an empty slice is the shape
	// read before anything else was: keep reading it as it was.
	legacy := len(as) == 1 && len(out) == 0 && as[0].loop != nil && as[0].spread == nil && len(as[0].elems) == 1
	for _, c := range as {
		if c.fill || c.closure && !legacy {
			return nil, false
		}
		var assume []Assumption
		if !c.plain && !legacy {
			a, ok := e.ran(c.stmt)
			if !ok {
				return nil, false
			}
			assume = []Assumption{a}
		}
		elems := c.elems
		if c.spread != nil {
			more, ok := e.elements(c.spread, depth+1)
			if !ok {
				return nil, false
			}
			for _, m := range more {
				if m.Loop != nil && c.loop != nil {
					return nil, false // a loop of a loop's slices: not modelled
				}
				if c.loop == nil {
					m.Assume = append(m.Assume, assume...)
					out = append(out, m)
				} else {
					elems = append(elems, m.Expr)
				}
			}
			if c.loop == nil {
				continue
			}
		}
		for _, el := range elems {
			out = append(out, Elem{Expr: el, Loop: c.loop, Assume: assume})
		}
	}
	return out, true
}

// ran is the assumption that the statement s, a node of its function's
// control-flow graph, ran.
func (e *Evaluator) ran(s ast.Stmt) (Assumption, bool) {
	body, _ := e.bodyOf(s.Pos())
	if body == nil {
		return Assumption{}, false
	}
	g := e.graphOf(body)
	if _, ok := g.where[s]; !ok {
		return Assumption{}, false
	}
	return Assumption{Node: s, g: g}, true
}

// fillsAll reports whether make is make(T, len(r)) where r is what rs
// ranges over, and rs's body has no branch that skips an iteration's write.
func (e *Evaluator) fillsAll(mk ast.Expr, rs *ast.RangeStmt) bool {
	call, ok := ast.Unparen(mk).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	if !typesutil.IsBuiltinCall(e.info, call, "make") {
		return false
	}
	ln, ok := ast.Unparen(call.Args[1]).(*ast.CallExpr)
	if !ok || len(ln.Args) != 1 {
		return false
	}
	if !typesutil.IsBuiltinCall(e.info, ln, "len") {
		return false
	}
	a, _, _, ok1 := e.identity(ln.Args[0])
	b, _, _, ok2 := e.identity(rs.X)
	if !ok1 || !ok2 || a != b {
		return false
	}
	branches := false
	ast.Inspect(rs.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt, *ast.ReturnStmt:
			branches = true
		}
		return !branches
	})
	return !branches
}

// Collected returns, for a slice variable that starts empty and is only
// ever appended one element in one loop (for _, id := range ids { ks =
// append(ks, key(id)) }), the element expression and the loop: the slice
// holds that element once per iteration.
func (e *Evaluator) Collected(x ast.Expr) (ast.Expr, ast.Node, bool) {
	els, ok := e.Elements(x)
	if !ok || len(els) != 1 || els[0].Loop == nil {
		return nil, nil, false
	}
	return els[0].Expr, els[0].Loop, true
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
		if typesutil.IsBuiltinCall(e.info, x, "make") && len(x.Args) >= 2 {
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
	return e.inIteration(e.Eval(x), loop, iteration)
}

// EvalAltsIn is EvalIn for each template EvalAlts gives x: a key made in a
// loop from a value that differs by path (a prefix that is a hash tag
// beside the cluster client only), one key per path, as another
// iteration makes it.
func (e *Evaluator) EvalAltsIn(x ast.Expr, loop ast.Node, iteration int) []Key {
	alts := e.EvalAlts(x)
	for i := range alts {
		alts[i] = e.inIteration(alts[i], loop, iteration)
	}
	return alts
}

// InIteration is the key k, made in loop, as another iteration makes it
// (EvalIn of a key already evaluated, its assumptions kept).
func (e *Evaluator) InIteration(k Key, loop ast.Node, iteration int) Key {
	k.Parts = append([]Part(nil), k.Parts...)
	return e.inIteration(k, loop, iteration)
}

func (e *Evaluator) inIteration(k Key, loop ast.Node, iteration int) Key {
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

// RunTimeOnly reports whether k has no constant text and a value that
// may hold braces (a decimal number cannot): a run-time value and nothing
// else (ks[i], a map key, a field of what a call returned), which may be
// any key, with a hash tag of its own.
func RunTimeOnly(k Key) bool {
	braces := false
	for _, p := range k.Parts {
		if p.Value == nil {
			if p.Const != "" {
				return false
			}
			continue
		}
		if !p.Value.Decimal {
			braces = true
		}
	}
	return braces
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
