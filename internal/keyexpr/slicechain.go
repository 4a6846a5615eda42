package keyexpr

// This file answers which elements a slice starts with when it is built by
// a builder type of the package: a struct whose methods append to a slice
// field and return the receiver, started by a constructor that appends the
// first elements itself:
//
//	func newArgs() *args { a := &args{}; return a.Add(cfg.Prefix) }
//	func (a *args) Add(v any) *args { a.List = append(a.List, v); return a }
//	list := newArgs().Add(x).Add(y).List
//
// gives cfg.Prefix, x and y. Each function of the chain is read as its
// statements in order (appends to the fields of the values it builds,
// calls of the chain's own methods, the value it returns); a statement it
// cannot follow that touches such a value (a loop that appends, a call
// that is handed it) ends what is known of its slices there, and the
// elements before it keep their positions.

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
)

// LeadingElems returns the elements a slice value starts with, as far as
// their positions are known: the elements of SliceElems, followed through
// append, a local assigned once, and a slice field of a value a builder
// chain of the package makes. A nil element is one element whose value is
// not seen (an expression of a parameter the chain does not pass on
// whole). complete is false when more elements may follow the listed ones.
func (e *Evaluator) LeadingElems(x ast.Expr) (elems []ast.Expr, complete bool) {
	c := &chain{e: e}
	s := c.slice(x, &chainFrame{}, 0)
	return s.elems, !s.open
}

// chain is one reading of a builder chain.
type chain struct {
	e     *Evaluator
	steps int
}

// elemSeq is what is known of a slice: its first elements, and whether
// more may follow (open).
type elemSeq struct {
	elems []ast.Expr
	open  bool
}

func openSeq() elemSeq { return elemSeq{open: true} }

// chainObj is a value of a builder type: its slice fields.
type chainObj struct {
	fields map[string]elemSeq
}

func (o *chainObj) clone() *chainObj {
	return &chainObj{fields: maps.Clone(o.fields)}
}

// field returns what is known of the slice field name; a field the value
// was not seen to set is open, unless the value was made by a literal
// (then it is empty: known is set for every field of the literal's type).
func (o *chainObj) field(name string) elemSeq {
	if s, ok := o.fields[name]; ok {
		return s
	}
	return openSeq()
}

// openAll forgets what follows the known elements of every field.
func (o *chainObj) openAll() {
	for k, s := range o.fields {
		s.open = true
		o.fields[k] = s
	}
}

// chainFrame is one function of the chain being read: the values its
// parameters hold (vals: an expression of the caller's, nil when not
// seen), the builder values its variables name (objs), and its own
// parameters (params), whose expressions mean nothing outside it.
type chainFrame struct {
	vals   map[types.Object]ast.Expr
	objs   map[types.Object]*chainObj
	params map[types.Object]bool
}

const maxChainSteps = 256

// slice is LeadingElems in a frame.
func (c *chain) slice(x ast.Expr, fr *chainFrame, depth int) elemSeq {
	c.steps++
	if depth > maxDepth || c.steps > maxChainSteps {
		return openSeq()
	}
	e := c.e
	x = ast.Unparen(x)
	if elems, ok := e.sliceElems(x); ok && !c.mentions(x, fr) {
		return elemSeq{elems: elems}
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		if _, ok := e.info.TypeOf(x).Underlying().(*types.Slice); !ok {
			return openSeq()
		}
		var out elemSeq
		for _, el := range x.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return openSeq()
			}
			out.elems = append(out.elems, c.resolve(el, fr))
		}
		return out
	case *ast.Ident:
		if v, ok := fr.vals[e.info.Uses[x]]; ok {
			if v == nil {
				return openSeq()
			}
			return c.slice(v, &chainFrame{}, depth+1)
		}
		obj, ok := e.info.Uses[x].(*types.Var)
		if !ok || fr.params[obj] {
			return openSeq()
		}
		if def, ok := e.defs[obj]; ok && def != nil && e.stable(obj) {
			return c.slice(def, fr, depth+1)
		}
	case *ast.CallExpr:
		if b, ok := e.writingBuiltin(x); ok && b.Name() == "append" && len(x.Args) > 0 {
			s := c.slice(x.Args[0], fr, depth+1)
			c.appendArgs(&s, x.Args[1:], x.Ellipsis.IsValid(), fr, depth)
			return s
		}
	case *ast.SelectorExpr:
		sel, ok := e.info.Selections[x]
		if !ok || sel.Kind() != types.FieldVal {
			return openSeq()
		}
		if o := c.value(x.X, fr, depth+1); o != nil {
			return o.field(x.Sel.Name)
		}
	}
	return openSeq()
}

// appendArgs appends the arguments of an append to s.
func (c *chain) appendArgs(s *elemSeq, args []ast.Expr, spread bool, fr *chainFrame, depth int) {
	if s.open {
		return // the positions of what follows are not known
	}
	if spread {
		if len(args) != 1 {
			s.open = true
			return
		}
		more := c.slice(args[0], fr, depth+1)
		s.elems = append(append([]ast.Expr(nil), s.elems...), more.elems...)
		s.open = more.open
		return
	}
	elems := append([]ast.Expr(nil), s.elems...)
	for _, a := range args {
		elems = append(elems, c.resolve(a, fr))
	}
	s.elems = elems
}

// resolve returns what an expression of the frame's function means to its
// caller: a parameter's value, or the expression itself when it reads none
// of the frame's parameters or builder values; nil otherwise.
func (c *chain) resolve(x ast.Expr, fr *chainFrame) ast.Expr {
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		if v, ok := fr.vals[c.e.info.Uses[id]]; ok {
			return v
		}
	}
	if c.mentions(x, fr) {
		return nil
	}
	return x
}

// mentions reports whether n reads a parameter or builder value of the
// frame.
func (c *chain) mentions(n ast.Node, fr *chainFrame) bool {
	if len(fr.params) == 0 && len(fr.objs) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			obj := c.e.info.Uses[id]
			if fr.params[obj] || fr.objs[obj] != nil {
				found = true
			}
		}
		return true
	})
	return found
}

// value returns the builder value x makes or names in the frame: a
// composite literal of a struct type, a variable of the frame bound to one,
// a variable assigned once to a chain (its slices then open: the function
// may append more before reading them), or a call of a function or method
// of the package, read statement by statement.
func (c *chain) value(x ast.Expr, fr *chainFrame, depth int) *chainObj {
	c.steps++
	if depth > maxDepth || c.steps > maxChainSteps {
		return nil
	}
	e := c.e
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		st, ok := e.info.TypeOf(x).Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		o := &chainObj{fields: map[string]elemSeq{}}
		for i := range st.NumFields() {
			if _, ok := st.Field(i).Type().Underlying().(*types.Slice); ok {
				o.fields[st.Field(i).Name()] = elemSeq{}
			}
		}
		for i, el := range x.Elts {
			name, val := "", el
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					return nil
				}
				name, val = id.Name, kv.Value
			} else if i < st.NumFields() {
				name = st.Field(i).Name()
			}
			if _, ok := o.fields[name]; ok {
				o.fields[name] = c.slice(val, fr, depth+1)
			}
		}
		return o
	case *ast.Ident:
		obj := e.info.Uses[x]
		if o := fr.objs[obj]; o != nil {
			return o
		}
		v, ok := obj.(*types.Var)
		if !ok || fr.params[v] {
			return nil
		}
		// A variable assigned once, not bound in the frame (one of the
		// function the chain is read from): what it was made with, and
		// what later statements may append after.
		if def, ok := e.defs[v]; ok && def != nil && e.stable(v) {
			if o := c.value(def, fr, depth+1); o != nil {
				o = o.clone()
				o.openAll()
				return o
			}
		}
	case *ast.CallExpr:
		return c.call(x, fr, depth)
	}
	return nil
}

// call reads a call of a function or method of the package that returns a
// builder value.
func (c *chain) call(call *ast.CallExpr, fr *chainFrame, depth int) *chainObj {
	o, _ := c.callBody(call, fr, depth)
	return o
}

// callBody reads a call of a function or method of the package: the
// builder value it returns, and whether it was read to its end.
func (c *chain) callBody(call *ast.CallExpr, fr *chainFrame, depth int) (*chainObj, bool) {
	e := c.e
	fn := callee(e.info, call)
	if fn == nil {
		return nil, false
	}
	fd := e.funcs[fn.Origin()]
	if fd == nil || fd.Body == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	inner := &chainFrame{vals: map[types.Object]ast.Expr{}, objs: map[types.Object]*chainObj{}, params: map[types.Object]bool{}}
	if sig.Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			return nil, false
		}
		recv := c.value(sel.X, fr, depth+1)
		if recv == nil {
			return nil, false
		}
		if _, ptr := sig.Recv().Type().Underlying().(*types.Pointer); !ptr {
			recv = recv.clone() // a value receiver works on a copy
		}
		for _, n := range fd.Recv.List[0].Names {
			if obj := e.info.Defs[n]; obj != nil {
				inner.objs[obj] = recv
			}
		}
	}
	params := sig.Params()
	for i := range params.Len() {
		p := params.At(i)
		inner.params[p] = true
		switch {
		case sig.Variadic() && i == params.Len()-1, i >= len(call.Args):
			inner.vals[p] = nil
		default:
			inner.vals[p] = c.resolve(call.Args[i], fr)
		}
	}
	return c.body(fd.Body.List, inner, depth+1)
}

// body reads the statements of a function of the chain in order and
// returns the builder value it returns (nil when it returns none or one
// not followed); ok is false when a return under a condition was met.
func (c *chain) body(stmts []ast.Stmt, fr *chainFrame, depth int) (*chainObj, bool) {
	e := c.e
	for _, st := range stmts {
		switch st := st.(type) {
		case *ast.ReturnStmt:
			if len(st.Results) != 1 {
				return nil, len(st.Results) == 0
			}
			return c.value(st.Results[0], fr, depth+1), true
		case *ast.AssignStmt:
			if len(st.Lhs) == 1 && len(st.Rhs) == 1 && c.assign(st.Lhs[0], st.Rhs[0], st.Tok, fr, depth) {
				continue
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR && len(gd.Specs) == 1 {
				if vs, ok := gd.Specs[0].(*ast.ValueSpec); ok && len(vs.Names) == 1 && len(vs.Values) == 1 {
					if c.assign(vs.Names[0], vs.Values[0], token.DEFINE, fr, depth) {
						continue
					}
				}
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(st.X).(*ast.CallExpr); ok && c.effects(call, fr, depth) {
				continue
			}
		}
		if hasReturn(st) {
			return nil, false // a return under a condition: another value may leave
		}
		// A statement not followed: the builder values it touches may
		// get more elements after those known.
		ast.Inspect(st, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if o := fr.objs[e.info.Uses[id]]; o != nil {
					o.openAll()
				}
			}
			return true
		})
	}
	return nil, true
}

// effects reads a call made for its effects on builder values (a.Add(v)
// as a statement, with or without a result): false when the called
// function was not read to its end.
func (c *chain) effects(call *ast.CallExpr, fr *chainFrame, depth int) bool {
	e := c.e
	fn := callee(e.info, call)
	if fn == nil || e.funcs[fn.Origin()] == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() > 0 {
		return c.call(call, fr, depth) != nil
	}
	_, ok := c.callBody(call, fr, depth)
	return ok
}

// assign reads lhs = rhs in a function of the chain: an append to a slice
// field of a builder value (a.L = append(a.L, v)), or a variable bound to
// a builder value.
func (c *chain) assign(lhs, rhs ast.Expr, tok token.Token, fr *chainFrame, depth int) bool {
	e := c.e
	if tok != token.ASSIGN && tok != token.DEFINE {
		return false
	}
	switch l := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		id, ok := ast.Unparen(l.X).(*ast.Ident)
		if !ok {
			return false
		}
		o := fr.objs[e.info.Uses[id]]
		if o == nil {
			return false
		}
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			return false
		}
		b, ok := e.writingBuiltin(call)
		if !ok || b.Name() != "append" || len(call.Args) == 0 {
			return false
		}
		// The first argument must be the same field of the same value.
		first, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
		if !ok || first.Sel.Name != l.Sel.Name {
			return false
		}
		if fid, ok := ast.Unparen(first.X).(*ast.Ident); !ok || e.info.Uses[fid] != e.info.Uses[id] {
			return false
		}
		s := o.field(l.Sel.Name)
		c.appendArgs(&s, call.Args[1:], call.Ellipsis.IsValid(), fr, depth)
		o.fields[l.Sel.Name] = s
		return true
	case *ast.Ident:
		obj := e.info.ObjectOf(l)
		if obj == nil || fr.params[obj] {
			return false
		}
		o := c.value(rhs, fr, depth+1)
		if o == nil {
			return false
		}
		fr.objs[obj] = o
		return true
	}
	return false
}

// hasReturn reports whether a statement holds a return outside function
// literals.
func hasReturn(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}
