package keyexpr

import (
	"fmt"
	"github.com/redislint/redislint/internal/typesutil"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// A Builder is the summary of a key builder: a function or method whose
// result is a key template in terms of its parameters, its receiver (and
// the receiver's fields) and the package's constants, such as
//
//	func profileKey(id int64) string { return fmt.Sprintf("profile:%d", id) }
//
// A call of a builder evaluates to its template with the call's arguments
// substituted. Builders are summarised once per package; callsite exports
// them as facts so that builders of other packages (a keys package) work
// the same.
type Builder struct {
	Parts []BPart
}

// BPart is one part of a builder's template.
type BPart struct {
	// Const holds constant bytes, when Param is 0 and Text is "".
	Const string
	// Param is 1 + the index of the parameter whose value the part is, or
	// -1 for the receiver; 0 for a constant or an opaque value of the
	// builder's own.
	Param int
	// Path is the field path within the parameter (".ns"), Verb the
	// format verb the value is printed with ("" for its own bytes), and
	// Decimal as for Opaque.
	Path    string
	Verb    string
	Decimal bool
	// Text names an opaque part for messages (for a parameter: the text
	// of its Path).
	Text string
	// Inner: the part is one value inside the write of the receiver's
	// field Text names ("q:{" + name + "}:zset"), not the field's whole
	// value.
	Inner bool `json:",omitempty"`
}

func (p BPart) opaque() bool { return p.Param != 0 || p.Text != "" }

const (
	// maxNesting bounds how many builders a summary may be computing at
	// once (f calls g calls h …): deeper ones are opaque.
	maxNesting = 8
)

// SummariseAll computes the summary of every function of the package, in
// source order, so that summaries do not depend on the order calls are
// evaluated in. It returns the functions that are builders.
func (e *Evaluator) SummariseAll() map[*types.Func]*Builder {
	out := map[*types.Func]*Builder{}
	e.summarising = true
	defer func() { e.summarising = false }()
	for _, f := range e.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := e.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if b := e.builder(fn); b != nil {
				out[fn] = b
			}
		}
	}
	return out
}

// Stale returns the functions of the package whose summaries
// SummariseAll computed without a function that only a key evaluation
// reads (Sourced): called in a key, they are summarised again.
func (e *Evaluator) Stale() []*types.Func {
	var out []*types.Func
	for fn, ok := range e.stale {
		if ok {
			out = append(out, fn)
		}
	}
	return out
}

// Summary returns the builder summary of fn, when fn is a key builder of
// this package or (through Imported) of another.
func (e *Evaluator) Summary(fn *types.Func) (*Builder, bool) {
	b := e.builder(fn)
	return b, b != nil
}

func (e *Evaluator) builder(fn *types.Func) *Builder {
	fn = fn.Origin()
	if b, ok := e.builders[fn]; ok && (e.summarising || !e.stale[fn]) {
		return b
	}
	// Only a function with one string result is a builder, here or in the
	// package that exported its summary: a driver may then compute the
	// facts of a package on demand (see driver's lazy packages), and is
	// not asked for those of every function called.
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !typesutil.IsAnyString(sig.Results().At(0).Type()) {
		e.builders[fn] = nil
		return nil
	}
	fd, local := e.funcs[fn]
	if !local {
		var b *Builder
		if e.Imported != nil {
			if ib, ok := e.Imported(fn); ok {
				b = ib
			}
		}
		if b == nil && e.Sourced != nil && e.MaySource != nil && e.MaySource(fn) {
			if e.summarising {
				// Not now: only a key evaluation reads a dependency.
				e.deferred = true
				return nil
			}
			if sb, ok := e.Sourced(fn); ok {
				b = sb
			}
		}
		e.builders[fn] = b
		return b
	}
	delete(e.stale, fn)
	if e.nesting >= maxNesting {
		return nil
	}
	e.builders[fn] = nil // while it is computed: recursion is opaque
	rets, ok := returnValues(fd.Body, func(r *ast.ReturnStmt) (ast.Expr, bool) {
		if len(r.Results) != 1 {
			return nil, false
		}
		return r.Results[0], true
	})
	if !ok {
		return nil
	}
	b, deferred := e.summarise(fn, sig, rets, fn.Name())
	if deferred {
		if e.stale == nil {
			e.stale = map[*types.Func]bool{}
		}
		e.stale[fn] = true
	}
	e.builders[fn] = b
	return b
}

// returnValues returns what value gives for each return statement of a
// function body (not of the function literals in it), and false when it
// gives none for one, or the body has none.
func returnValues(body *ast.BlockStmt, value func(*ast.ReturnStmt) (ast.Expr, bool)) ([]ast.Expr, bool) {
	var vals []ast.Expr
	bad := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			v, ok := value(n)
			if !ok {
				bad = true
			} else {
				vals = append(vals, v)
			}
		}
		return !bad
	})
	return vals, !bad && len(vals) > 0
}

// summarise returns the builder summary of the values rets that fn
// returns (named name in messages), and whether it needed a dependency
// that only a key evaluation reads (then it is to be computed again).
func (e *Evaluator) summarise(fn *types.Func, sig *types.Signature, rets []ast.Expr, name string) (*Builder, bool) {
	params := map[types.Object]int{}
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i + 1
	}
	if sig.Recv() != nil {
		params[sig.Recv()] = -1
	}
	if sig.Variadic() {
		delete(params, sig.Params().At(sig.Params().Len()-1))
	}
	// A summary is the same wherever it is first needed: it starts from
	// a fresh budget, and leaves the caller's as it was.
	depth, steps := e.depth, e.steps
	e.depth, e.steps = 0, 0
	e.nesting++
	deferred := e.deferred
	e.deferred = false
	var all [][]BPart
	for _, r := range rets {
		all = append(all, e.summaryParts(e.parts(r), params))
	}
	stale := e.deferred
	e.deferred = e.deferred || deferred
	e.nesting--
	e.depth, e.steps = depth, steps
	b := agree(all, name)
	if b != nil && !useful(b) {
		b = nil
	}
	return b, stale
}

// summaryParts turns the parts of a return value into builder parts.
func (e *Evaluator) summaryParts(ps []Part, params map[types.Object]int) []BPart {
	var out []BPart
	for _, p := range ps {
		if p.Value == nil {
			if p.Const == "" {
				continue
			}
			if n := len(out); n > 0 && !out[n-1].opaque() {
				out[n-1].Const += p.Const
				continue
			}
			out = append(out, BPart{Const: p.Const})
			continue
		}
		o := p.Value
		if i, ok := params[o.obj]; ok && o.obj != nil {
			text := o.ptext
			out = append(out, BPart{Param: i, Path: o.path, Verb: o.verb, Decimal: o.Decimal, Text: text, Inner: o.inner})
			continue
		}
		// A value of the builder's own (a call, a variable of another
		// package): a value of its own at each call.
		out = append(out, BPart{Text: o.Text, Decimal: o.Decimal})
	}
	return out
}

// visiblePath returns the field path for messages, without the
// qualification of values a constructor set.
func visiblePath(path string) string {
	if i := strings.IndexByte(path, '@'); i >= 0 {
		return path[:i]
	}
	return path
}

// useful reports whether a summary says anything: it has a constant part,
// or is more than one opaque value.
func useful(b *Builder) bool {
	if len(b.Parts) == 1 && b.Parts[0].Param == 0 {
		return false // one value of its own: nothing known
	}
	return len(b.Parts) > 0
}

// agree returns the template of a builder from the templates of its
// returns: their template when all are the same; when they differ, the
// beginning they share followed by a value of the builder's own, provided
// that beginning holds a complete hash tag (every return then has that tag);
// else nil.
func agree(all [][]BPart, name string) *Builder {
	first := all[0]
	same := true
	for _, ps := range all[1:] {
		if !equalBParts(first, ps) {
			same = false
			break
		}
	}
	if same {
		return &Builder{Parts: first}
	}
	// The shared beginning, byte by byte in constants.
	prefix := append([]BPart(nil), first...)
	for _, ps := range all[1:] {
		n := 0
		for n < len(prefix) && n < len(ps) && prefix[n] == ps[n] {
			n++
		}
		cut := prefix[:n]
		if n < len(prefix) && n < len(ps) && !prefix[n].opaque() && !ps[n].opaque() {
			a, b := prefix[n].Const, ps[n].Const
			m := 0
			for m < len(a) && m < len(b) && a[m] == b[m] {
				m++
			}
			if m > 0 {
				cut = append(cut[:n:n], BPart{Const: a[:m]})
			}
		}
		prefix = cut
	}
	if !completeTag(prefix) {
		return nil
	}
	return &Builder{Parts: append(prefix, BPart{Text: name + "(…)"})}
}

func equalBParts(a, b []BPart) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// completeTag reports whether a beginning holds a non-empty hash tag in
// its constants, with nothing before the '{' that could hold braces.
func completeTag(ps []BPart) bool {
	open := false
	inside := 0
	for _, p := range ps {
		if p.opaque() {
			if !open && !p.Decimal {
				return false
			}
			if open {
				if !p.Decimal && inside == 0 {
					return false // the value could be empty or start with '}'
				}
				inside++
			}
			continue
		}
		for i := 0; i < len(p.Const); i++ {
			c := p.Const[i]
			switch {
			case !open && c == '{':
				open = true
			case open && c == '}':
				return inside > 0
			case open:
				inside++
			}
		}
	}
	return false
}

// builderCall evaluates a call of a key builder.
func (e *Evaluator) builderCall(call *ast.CallExpr) ([]Part, bool) {
	fn, recv := e.calledFunc(call)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	b := e.builder(fn)
	if b == nil {
		return nil, false
	}
	return e.instantiate(call, fn, recv, b)
}

// Template returns the template of key expression x of function fn's body
// in terms of fn's parameters, as a builder summary: what a helper that
// takes a pipeline queues, for instance.
func (e *Evaluator) Template(x ast.Expr, fn *types.Func) *Builder {
	return e.Retemplate(e.Eval(x), fn)
}

// Retemplate returns the template of a key evaluated in function fn's
// body (an instantiated template, for instance) in terms of fn's
// parameters, as Template does for an expression.
func (e *Evaluator) Retemplate(k Key, fn *types.Func) *Builder {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	params := map[types.Object]int{}
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i + 1
	}
	if sig.Recv() != nil {
		params[sig.Recv()] = -1
	}
	if sig.Variadic() {
		delete(params, sig.Params().At(sig.Params().Len()-1))
	}
	return &Builder{Parts: e.summaryParts(k.Parts, params)}
}

// InstantiateAlts is Instantiate with the alternatives EvalAlts gives: one
// key per combination of the writes that reach the values it reads (a
// receiver's prefix field that is a hash tag beside the cluster client
// only), each with the writes it assumes.
func (e *Evaluator) InstantiateAlts(call *ast.CallExpr, fn *types.Func, recv ast.Expr, b *Builder) []Key {
	return e.alts(func() Key { return e.Instantiate(call, fn, recv, b) })
}

// Instantiate returns the key that call (a call of fn, whose receiver
// expression is recv for a method) makes from template b.
func (e *Evaluator) Instantiate(call *ast.CallExpr, fn *types.Func, recv ast.Expr, b *Builder) Key {
	e.steps = 0
	ps, ok := e.instantiate(call, fn, recv, b)
	if !ok {
		return Key{Expr: call, Parts: []Part{e.freshPart(call, 0, exprText(call), false)}}
	}
	return Key{Expr: call, Parts: ps}
}

func (e *Evaluator) instantiate(call *ast.CallExpr, fn *types.Func, recv ast.Expr, b *Builder) ([]Part, bool) {
	sig := fn.Origin().Type().(*types.Signature)
	var out []Part
	for i, bp := range b.Parts {
		if !bp.opaque() {
			out = append(out, Part{Const: bp.Const})
			continue
		}
		if bp.Param == 0 {
			out = append(out, e.freshPart(call, i, bp.Text, bp.Decimal))
			continue
		}
		var x ast.Expr
		if bp.Param < 0 {
			x = recv
		} else if pi := bp.Param - 1; pi < len(call.Args) && !(sig.Variadic() && pi >= sig.Params().Len()-1) {
			x = call.Args[pi]
		}
		if x == nil {
			return nil, false
		}
		if name, ok := strings.CutPrefix(bp.Text, "."); ok && bp.Param < 0 && (bp.Verb == "" || bp.Verb == "s" || bp.Verb == "v") && !bp.Decimal && token.IsIdentifier(name) && !bp.Inner {
			// A field of the receiver (m.prefix in func (m *meta)
			// aKey() string { return m.prefix + "a" }): the one write of
			// that field in the package, read as m.prefix is where it is
			// written out, values of each path with their assumptions.
			// Not a value inside the field's write (the name of zset:
			// "q:{" + name + "}:zset"): the template holds the write's
			// other parts already.
			if ps, ok := e.recvFieldParts(x, name); ok {
				out = append(out, ps...)
				continue
			}
		}
		switch {
		case bp.Path != "" && strings.Count(bp.Path, ".") == 1 && bp.Path[0] == '.' && !strings.Contains(bp.Path, "@") && bp.Verb == "" && !bp.Decimal:
			// A field of the receiver: its value when the receiver is a
			// composite literal the evaluator sees.
			if f, ok := e.Field(x, bp.Path[1:]); ok {
				out = append(out, e.parts(f)...)
				continue
			}
			fallthrough
		case bp.Path != "":
			id, base, path, ok := e.identity(x)
			if !ok {
				out = append(out, e.freshPart(call, i, exprText(x)+bp.Text, bp.Decimal))
				continue
			}
			o := &Opaque{ID: id + bp.Path, Text: exprText(x) + bp.Text, Decimal: bp.Decimal, obj: base, path: path + bp.Path, ptext: visiblePath(path) + bp.Text, verb: bp.Verb, pos: e.objPos(base, x)}
			if bp.Verb != "" {
				o.ID += "%" + bp.Verb
			}
			out = append(out, Part{Value: o})
		case bp.Verb == "" && !bp.Decimal:
			out = append(out, e.parts(x)...)
		case bp.Decimal && (bp.Verb == "" || bp.Verb == "d"):
			if tv := e.info.Types[x]; tv.Value != nil && tv.Value.Kind() == constant.Int {
				out = append(out, Part{Const: tv.Value.ExactString()})
				continue
			}
			p := e.opaque(x)
			p.Value.Decimal = true
			out = append(out, p)
		default:
			p := e.opaque(x)
			p.Value.Decimal = false
			p.Value.ID += "%" + bp.Verb
			p.Value.verb = bp.Verb
			out = append(out, p)
		}
	}
	return out, true
}

// freshPart is an opaque value a builder makes itself at one call.
func (e *Evaluator) freshPart(call *ast.CallExpr, i int, text string, dec bool) Part {
	return Part{Value: &Opaque{ID: fmt.Sprintf("b@%d.%d", call.Pos(), i), Text: text, Decimal: dec, pos: call.Pos()}}
}

// calledFunc returns the function a call calls statically, and the
// receiver expression for a method: f(x), pkg.F(x), v.M(x), a method value
// or function held in a variable assigned once (m := v.M; m(x)).
func (e *Evaluator) calledFunc(call *ast.CallExpr) (*types.Func, ast.Expr) {
	fun := ast.Unparen(call.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ast.Unparen(ix.X) // f[T](x)
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ast.Unparen(ix.X)
	}
	for range 4 {
		switch f := fun.(type) {
		case *ast.Ident:
			switch obj := e.info.Uses[f].(type) {
			case *types.Func:
				return obj, nil
			case *types.Var:
				def, ok := e.defs[obj]
				if !ok || def == nil || !e.stable(obj) {
					return nil, nil
				}
				fun = ast.Unparen(def)
				continue
			}
			return nil, nil
		case *ast.SelectorExpr:
			if sel, ok := e.info.Selections[f]; ok {
				if sel.Kind() != types.MethodVal {
					return nil, nil
				}
				fn, _ := sel.Obj().(*types.Func)
				if fn == nil {
					return nil, nil
				}
				if _, isIface := sel.Recv().Underlying().(*types.Interface); isIface {
					return nil, nil
				}
				return fn, f.X
			}
			fn, _ := e.info.Uses[f.Sel].(*types.Func)
			return fn, nil // pkg.F
		}
		return nil, nil
	}
	return nil, nil
}

// objPos returns where obj is declared, or x's position when there is no obj.
func (e *Evaluator) objPos(obj types.Object, x ast.Expr) token.Pos {
	if obj != nil && obj.Pos().IsValid() {
		return obj.Pos()
	}
	return x.Pos()
}

// fieldOf returns the field x selects when x is a selector of a field of
// string type that only this package can write: an unexported field of a
// struct type of the package.
func (e *Evaluator) fieldOf(x ast.Expr) *types.Var {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := e.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	f, ok := s.Obj().(*types.Var)
	if !ok || f.Exported() || f.Pkg() == nil || !typesutil.IsAnyString(f.Type()) {
		return nil
	}
	return f
}

func (e *Evaluator) writeField(f *types.Var, val ast.Expr) {
	if f.Origin() != f {
		f = f.Origin()
	}
	e.fieldWrites[f]++
	if val != nil {
		e.fieldVals[f] = append(e.fieldVals[f], val)
	}
	if e.fieldWrites[f] == 1 && val != nil {
		e.fieldDefs[f] = val
	} else {
		delete(e.fieldDefs, f)
	}
}

// indexLiteral records the fields a struct composite literal sets.
func (e *Evaluator) indexLiteral(lit *ast.CompositeLit) {
	t := e.info.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	set := map[*types.Var]bool{}
	defer func() {
		// A field the literal leaves out holds its zero value: another
		// value than the one written elsewhere. (Exported fields are
		// counted too, for ExportedFields and importedFieldParts; a field
		// with a struct tag is one a decoder may fill: never one value.)
		for i := range st.NumFields() {
			f := st.Field(i)
			if !typesutil.IsAnyString(f.Type()) {
				continue
			}
			if !set[f] || f.Exported() && st.Tag(i) != "" {
				e.writeField(f, nil)
				if !set[f] && !(f.Exported() && st.Tag(i) != "") {
					e.fieldLits[f.Origin()] = append(e.fieldLits[f.Origin()], fieldLit{lit: lit})
				}
			}
		}
	}()
	for i, el := range lit.Elts {
		var f *types.Var
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, _ = e.info.Uses[id].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f != nil && typesutil.IsAnyString(f.Type()) {
			set[f] = true
			e.writeField(f, val)
			e.fieldLits[f.Origin()] = append(e.fieldLits[f.Origin()], fieldLit{lit: lit, val: val})
		}
	}
}

// fieldParts returns the parts of x.f for a field written once in the
// package. Values the writing function had (its parameters, a call) are
// the same for every field one struct value got from that write; they are
// qualified by x's identity so that two structs' values stay apart.
func (e *Evaluator) fieldParts(sel *ast.SelectorExpr) ([]Part, bool) {
	return e.fieldPartsOf(e.fieldOf(sel), sel.X, sel.Sel.Name)
}

// varIdentity is the identity of the variable x names, stable or not.
func (e *Evaluator) varIdentity(x ast.Expr) (string, types.Object, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return "", nil, false
	}
	obj := e.info.Uses[id]
	if obj == nil {
		return "", nil, false
	}
	return e.objID(obj), obj, true
}

// recvFieldParts returns the parts of the field name of recv, a key
// builder's receiver at its call (m.aKey() with func (m *meta) aKey()
// string { return m.prefix + "a" }), as fieldParts reads recv.name.
func (e *Evaluator) recvFieldParts(recv ast.Expr, name string) ([]Part, bool) {
	t := e.info.TypeOf(recv)
	if t == nil || len(e.files) == 0 {
		return nil, false
	}
	var pkg *types.Package
	if n, ok := types.Unalias(typesutil.Deref(t)).(*types.Named); ok {
		pkg = n.Obj().Pkg()
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() || f.Exported() || f.Pkg() == nil || !typesutil.IsAnyString(f.Type()) || !e.declaredHere(f) {
		return nil, false
	}
	return e.fieldPartsOf(f, recv, name)
}

// fieldPartsOf is fieldParts of the field f of the value x.
func (e *Evaluator) fieldPartsOf(f *types.Var, x ast.Expr, name string) ([]Part, bool) {
	if f != nil {
		f = f.Origin()
	}
	if f == nil {
		return nil, false
	}
	if e.fieldWrites[f] != 1 {
		return e.fieldChoice(f, x, name)
	}
	def := e.fieldDefs[f]
	if def == nil {
		return nil, false
	}
	return e.fieldValue(def, x, name)
}

// fieldValue is the value def, written into the field name of x, read
// from x: values the writing function had (its parameters, a call) are
// the same for every field one struct value got from that write; they are
// qualified by x's identity so that two structs' values stay apart.
func (e *Evaluator) fieldValue(def ast.Expr, x ast.Expr, name string) ([]Part, bool) {
	ps := e.parts(def)
	constant := true
	for _, p := range ps {
		if p.Value != nil {
			constant = false
		}
	}
	if constant {
		return ps, true
	}
	id, base, path, ok := e.identity(x)
	if !ok {
		// A receiver whose fields the function writes (m.fmt = f) is no
		// longer one value to identity; its prefix field, written once
		// in the package, still is the one value of that write.
		id, base, ok = e.varIdentity(x)
		if !ok {
			return nil, false
		}
	}
	out := make([]Part, len(ps))
	for i, p := range ps {
		out[i] = Part{Const: p.Const}
		if p.Value == nil {
			continue
		}
		if e.packageLevel(p.Value.obj) {
			out[i] = Part{Value: p.Value}
			continue
		}
		// The same value for every field the one write set: the ID is
		// the struct's and the value's, not the field's.
		q := "@" + p.Value.ID
		out[i] = Part{Value: &Opaque{
			ID: id + q, Text: exprText(x) + "." + name, Decimal: p.Value.Decimal,
			obj: base, path: path + q, ptext: visiblePath(path) + "." + name, pos: e.objPos(base, x),
			inner: len(ps) > 1,
		}}
	}
	return out, true
}

func (e *Evaluator) packageLevel(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

// replace evaluates strings.Replace, strings.ReplaceAll and
// (*strings.Replacer).Replace of strings.NewReplacer on a constant
// template: "q:{queue}:pending" with "{queue}" replaced by name is "q:" +
// name + ":pending", and the braces replaced away are no hash tag.
func (e *Evaluator) replace(call *ast.CallExpr, name string) ([]Part, bool) {
	var subject ast.Expr
	var olds []string
	var news []ast.Expr
	limit := -1
	constStr := func(x ast.Expr) (string, bool) {
		tv := e.info.Types[x]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return "", false
		}
		return constant.StringVal(tv.Value), true
	}
	switch name {
	case "strings.Replace", "strings.ReplaceAll":
		if call.Ellipsis.IsValid() || len(call.Args) < 3 {
			return nil, false
		}
		subject = call.Args[0]
		old, ok := constStr(call.Args[1])
		if !ok {
			return nil, false
		}
		olds, news = []string{old}, []ast.Expr{call.Args[2]}
		if name == "strings.Replace" {
			if len(call.Args) != 4 {
				return nil, false
			}
			tv := e.info.Types[call.Args[3]]
			if tv.Value == nil || tv.Value.Kind() != constant.Int {
				return nil, false
			}
			n, ok := constant.Int64Val(tv.Value)
			if !ok {
				return nil, false
			}
			if n >= 0 {
				limit = int(n)
			}
		}
	case "strings.Replacer.Replace":
		if len(call.Args) != 1 {
			return nil, false
		}
		subject = call.Args[0]
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		def, ok := e.Def(sel.X)
		if !ok {
			return nil, false
		}
		mk, ok := ast.Unparen(def).(*ast.CallExpr)
		if !ok {
			return nil, false
		}
		if fn := callee(e.info, mk); fn == nil || fn.Pkg() == nil || fn.Pkg().Path()+"."+fn.Name() != "strings.NewReplacer" || mk.Ellipsis.IsValid() || len(mk.Args)%2 != 0 {
			return nil, false
		}
		for i := 0; i < len(mk.Args); i += 2 {
			old, ok := constStr(mk.Args[i])
			if !ok {
				return nil, false
			}
			olds = append(olds, old)
			news = append(news, mk.Args[i+1])
		}
	default:
		return nil, false
	}
	for _, o := range olds {
		if o == "" {
			return nil, false // inserts at every position: not a key template
		}
	}
	// The subject's constant text is replaced; when some of it is, its
	// run-time values are taken not to hold the text replaced (strings.Replace(strings.Replace(
	// tpl, "ID", id, 1), "FIELD", f, 1): an id holds no "FIELD"). Adjacent
	// constant parts are joined first, so that an old string written
	// across two of them is found.
	var subj []Part
	for _, p := range e.parts(subject) {
		if n := len(subj); p.Value == nil && n > 0 && subj[n-1].Value == nil {
			subj[n-1] = Part{Const: subj[n-1].Const + p.Const}
			continue
		}
		subj = append(subj, Part{Const: p.Const, Value: p.Value})
	}
	var out []Part
	done := 0
	for _, p := range subj {
		if p.Value != nil {
			out = append(out, p)
			continue
		}
		s := p.Const
		start := 0
		for i := 0; i < len(s); {
			hit := -1
			if limit < 0 || done < limit {
				for j, o := range olds {
					if strings.HasPrefix(s[i:], o) {
						hit = j
						break
					}
				}
			}
			if hit < 0 {
				i++
				continue
			}
			if start < i {
				out = append(out, Part{Const: s[start:i]})
			}
			out = append(out, e.parts(news[hit])...)
			i += len(olds[hit])
			start = i
			done++
		}
		if start < len(s) {
			out = append(out, Part{Const: s[start:]})
		}
	}
	if done == 0 && len(subj) > 0 && (len(subj) > 1 || subj[0].Value != nil) {
		// Nothing of the template replaced: what is replaced is in the
		// run-time values.
		return nil, false
	}
	return out, true
}

func joinedConst(ps []Part) (string, bool) {
	var b strings.Builder
	for _, p := range ps {
		if p.Value != nil {
			return "", false
		}
		b.WriteString(p.Const)
	}
	return b.String(), true
}

// zeroFields records that a value of type t starts with zero fields (var
// x T, new(T)): its string fields hold "" before anything is written.
func (e *Evaluator) zeroFields(t types.Type) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := range st.NumFields() {
		if f := st.Field(i); typesutil.IsAnyString(f.Type()) {
			e.writeField(f, nil)
		}
	}
}
