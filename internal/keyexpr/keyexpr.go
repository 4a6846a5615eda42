// Package keyexpr evaluates Go expressions that build Redis keys into
// templates: sequences of constant bytes and opaque values.
//
// A template says what is known of a key at compile time. "user:" + id +
// ":profile" is the constant "user:", the opaque value id, and the constant
// ":profile". Opaque parts remember which value they are (the same variable,
// parameter or field), so two keys that put the same value inside the same
// hash tag are provably in one slot even though neither key is known.
//
// Every analyzer that reasons about keys uses this one evaluator.
package keyexpr

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"

	"github.com/redislint/redislint/internal/msgtext"
	"github.com/redislint/redislint/internal/typesutil"
)

// Eval returns the template of a key expression. It never fails: what it
// cannot see becomes an opaque part.
func (e *Evaluator) Eval(x ast.Expr) Key {
	e.steps = 0
	return Key{Expr: x, Parts: e.parts(x)}
}

const (
	maxDepth = 16
	maxSteps = 1 << 12
)

func (e *Evaluator) parts(x ast.Expr) []Part {
	e.steps++
	if e.depth > maxDepth || e.steps > maxSteps {
		return []Part{e.opaque(x)}
	}
	e.depth++
	defer func() { e.depth-- }()

	x = ast.Unparen(x)
	if tv, ok := e.info.Types[x]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			if s, ok := formatConst(tv); ok {
				return []Part{{Const: s}}
			}
			return []Part{e.opaque(x)}
		}
		return e.constParts(x, constant.StringVal(tv.Value))
	}
	switch x := x.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD && typesutil.IsAnyString(e.info.TypeOf(x)) {
			return append(e.parts(x.X), e.parts(x.Y)...)
		}
	case *ast.Ident:
		obj := e.info.Uses[x]
		if b, ok := e.bound[obj]; ok {
			return e.parts(b) // EvalEach's iteration
		}
		if def, ok := e.defs[obj]; ok && e.valueKnown(obj) && def != nil && typesutil.IsAnyString(e.info.TypeOf(def)) {
			ps := e.parts(def)
			if len(ps) == 1 && ps[0].Value != nil && ps[0].Lit == nil {
				// One value under a name: messages call it by the name.
				o := *ps[0].Value
				o.Text = x.Name
				ps = []Part{{Value: &o}}
			}
			return ps
		}
		if ps, ok := e.embedParts(obj); ok {
			return ps
		}
		if ps, ok := e.resultOfCall(obj); ok {
			return ps // ka, kb := s.keys(id)
		}
		if v, ok := obj.(*types.Var); ok && !e.valueKnown(obj) && typesutil.IsAnyString(v.Type()) {
			if ps, ok := e.outParts(v, x); ok {
				return ps
			}
			if ps, ok := e.reachParts(v, x); ok {
				return ps
			}
		}
	case *ast.SelectorExpr:
		if ps, ok := e.fieldParts(x); ok {
			return ps
		}
		if ps, ok := e.importedFieldParts(x); ok {
			return ps
		}
		if ps, ok := e.fieldOfCall(x); ok {
			return ps
		}
		if sel, ok := e.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			if f, ok := e.Field(x.X, x.Sel.Name); ok && typesutil.IsAnyString(e.info.TypeOf(f)) {
				return e.parts(f)
			}
		}
	case *ast.CallExpr:
		if ps, ok := e.call(x); ok {
			return ps
		}
		if ps, ok := e.builderCall(x); ok {
			return ps
		}
		if fn := callee(e.info, x); fn != nil {
			p := e.opaque(x)
			if e.braceFree(x, 0) {
				p.Value.Decimal = true // no tag can be in it
			} else {
				p.Value.Computed = !p.Value.Decimal
			}
			return []Part{p}
		}
	}
	return []Part{e.opaque(x)}
}

// constParts returns the parts of a constant string expression, keeping
// the literal each run of bytes was written in where there is one.
func (e *Evaluator) constParts(x ast.Expr, val string) []Part {
	switch x := x.(type) {
	case *ast.BasicLit:
		return []Part{{Const: val, Lit: x, LitEnd: len(val)}}
	case *ast.Ident:
		if c, ok := e.info.Uses[x].(*types.Const); ok {
			if lit, ok := e.consts[c]; ok {
				return []Part{{Const: val, Lit: lit, LitEnd: len(val)}}
			}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			l := e.parts(x.X)
			r := e.parts(x.Y)
			if joined(l)+joined(r) == val {
				return append(l, r...)
			}
		}
	}
	return []Part{{Const: val}}
}

func joined(ps []Part) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Value != nil {
			return "\x00not constant"
		}
		b.WriteString(p.Const)
	}
	return b.String()
}

// formatConst renders a non-string constant the way fmt's %v and
// strconv.Itoa would, for integer constants.
func formatConst(tv types.TypeAndValue) (string, bool) {
	if tv.Value.Kind() == constant.Int {
		return tv.Value.ExactString(), true
	}
	return "", false
}

// opaque returns an opaque part for x, identified by what it reads.
func (e *Evaluator) opaque(x ast.Expr) Part {
	o := &Opaque{Text: exprText(x)}
	if id, base, path, ok := e.identity(x); ok {
		o.ID, o.obj, o.path, o.ptext, o.pos = id, base, path, visiblePath(path), e.objPos(base, x)
	} else {
		o.ID = fmt.Sprintf("expr@%d", x.Pos())
		o.pos = x.Pos()
	}
	if t := e.info.TypeOf(x); t != nil && typesutil.IsInteger(t) {
		o.Decimal = true
	}
	if d, ok := e.fieldDefault(x); ok {
		o.Default = d
	}
	return Part{Value: o}
}

// identity returns an ID shared by every occurrence of the same value:
// stable variables and fields of stable variables; with the variable and
// the field path.
func (e *Evaluator) identity(x ast.Expr) (string, types.Object, string, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		obj := e.info.Uses[x]
		if obj != nil && e.stable(obj) {
			return e.objID(obj), obj, "", true
		}
	case *ast.SelectorExpr:
		if sel, ok := e.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			if base, obj, path, ok := e.identity(x.X); ok {
				return base + "." + x.Sel.Name, obj, path + "." + x.Sel.Name, true
			}
		}
	case *ast.StarExpr:
		if base, obj, path, ok := e.identity(x.X); ok {
			return "*" + base, obj, "*" + path, true
		}
	}
	return "", nil, "", false
}

// valueKnown reports whether a variable's one assignment is its value
// wherever it is read: a stable variable, or an exported package-level
// variable of this package assigned only at its declaration (another
// package could assign it, but keys and prefixes are not reassigned).
func (e *Evaluator) valueKnown(obj types.Object) bool {
	if e.stable(obj) {
		return true
	}
	v, ok := obj.(*types.Var)
	return ok && e.packageLevel(v) && e.writes[obj] == 1
}

// call evaluates calls of the standard library that build strings, and
// conversions between string types.
func (e *Evaluator) call(call *ast.CallExpr) ([]Part, bool) {
	if tv, ok := e.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 && typesutil.IsAnyString(tv.Type) && typesutil.IsAnyString(e.info.TypeOf(call.Args[0])) {
			return e.parts(call.Args[0]), true
		}
		return nil, false
	}
	fn := callee(e.info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if named, ok := types.Unalias(typesutil.DerefExact(sig.Recv().Type())).(*types.Named); ok {
			name = fn.Pkg().Path() + "." + named.Obj().Name() + "." + fn.Name()
		}
	}
	switch name {
	case "strings.Builder.String", "bytes.Buffer.String":
		return e.builderString(call)
	case "strings.Replace", "strings.ReplaceAll", "strings.Replacer.Replace":
		return e.replace(call, name)
	case "fmt.Sprintf":
		if len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return nil, false
		}
		return e.sprintf(call.Args[0], call.Args[1:])
	case "fmt.Sprint":
		if call.Ellipsis.IsValid() {
			return nil, false
		}
		// Sprint adds spaces only between operands when neither is a
		// string: with all strings it is a concatenation.
		var out []Part
		for _, a := range call.Args {
			if t := e.info.TypeOf(a); !typesutil.IsAnyString(t) || formatsItself(t, 'v') {
				return nil, false
			}
			out = append(out, e.parts(a)...)
		}
		return out, true
	case "strings.Join":
		if len(call.Args) != 2 || call.Ellipsis.IsValid() {
			return nil, false
		}
		elems, ok := e.sliceElems(call.Args[0])
		if !ok {
			return nil, false
		}
		sep := e.parts(call.Args[1])
		var out []Part
		for i, el := range elems {
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, e.parts(el)...)
		}
		return out, true
	case "strconv.Itoa", "strconv.FormatInt", "strconv.FormatUint":
		if len(call.Args) == 0 {
			return nil, false
		}
		if fn.Name() != "Itoa" {
			if len(call.Args) != 2 {
				return nil, false
			}
			if tv := e.info.Types[call.Args[1]]; tv.Value == nil || tv.Value.ExactString() != "10" {
				return nil, false
			}
		}
		if tv := e.info.Types[call.Args[0]]; tv.Value != nil {
			return []Part{{Const: tv.Value.ExactString()}}, true
		}
		p := e.opaque(call.Args[0])
		p.Value.Decimal = true
		return []Part{p}, true
	}
	return nil, false
}

// sprintf evaluates fmt.Sprintf with a constant format: the format's
// literal text is constant (and traced to the format literal), each verb an
// opaque part (or constant, when its operand is a constant %s/%d/%v).
func (e *Evaluator) sprintf(format ast.Expr, args []ast.Expr) ([]Part, bool) {
	tv := e.info.Types[format]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, false
	}
	f := constant.StringVal(tv.Value)
	fparts := e.constParts(ast.Unparen(format), f)
	var lit *ast.BasicLit
	if len(fparts) == 1 {
		lit = fparts[0].Lit
	}
	var out []Part
	addConst := func(s string, off int) {
		if s == "" {
			return
		}
		p := Part{Const: s}
		if lit != nil {
			p.Lit, p.LitOff, p.LitEnd = lit, off, off+len(s)
		}
		out = append(out, p)
	}
	argi := 0
	start := 0
	for i := 0; i < len(f); {
		if f[i] != '%' {
			i++
			continue
		}
		addConst(f[start:i], start)
		if i+1 < len(f) && f[i+1] == '%' {
			// One '%', traced to the "%%" so that an edit goes before
			// or after both bytes, never between them.
			p := Part{Const: "%"}
			if lit != nil {
				p.Lit, p.LitOff, p.LitEnd = lit, i, i+2
			}
			out = append(out, p)
			i += 2
			start = i
			continue
		}
		// Parse flags, width, precision and the verb; reject what we do
		// not model (explicit argument indexes, '*').
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0", f[j]) >= 0 {
			j++
		}
		for j < len(f) && (f[j] >= '0' && f[j] <= '9' || f[j] == '.') {
			j++
		}
		if j >= len(f) || f[j] == '[' || f[j] == '*' {
			return nil, false
		}
		verb := f[j]
		if verb == '%' || verb >= utf8.RuneSelf {
			// "%5%" prints a '%' and takes no operand; a verb of several
			// bytes is not one fmt knows.
			return nil, false
		}
		plain := j == i+1
		if argi >= len(args) {
			return nil, false
		}
		arg := args[argi]
		argi++
		n := len(out)
		t := e.info.TypeOf(arg)
		switch {
		case plain && (verb == 's' || verb == 'v') && typesutil.IsAnyString(t) && !formatsItself(t, verb):
			out = append(out, e.parts(arg)...)
		case plain && (verb == 'd' || verb == 'v') && typesutil.IsInteger(t) && !formatsItself(t, verb):
			if tv := e.info.Types[arg]; tv.Value != nil {
				out = append(out, Part{Const: tv.Value.ExactString()})
			} else {
				p := e.opaque(arg)
				p.Value.Decimal = true
				out = append(out, p)
			}
		default:
			// Other bytes than the value's own (or a method's).
			p := e.opaque(arg)
			p.Value.Decimal = false
			// The same value under another verb is other bytes.
			p.Value.ID += "%" + f[i+1:j+1]
			p.Value.verb = f[i+1 : j+1]
			out = append(out, p)
		}
		if lit != nil && len(out) == n+1 && out[n].Value != nil {
			out[n].Lit, out[n].LitOff, out[n].LitEnd = lit, i, j+1
		}
		i = j + 1
		start = i
	}
	addConst(f[start:], start)
	if argi != len(args) {
		// Extra operands: Sprintf appends %!(EXTRA …). Not a key anyone means.
		return nil, false
	}
	return out, true
}

// formatsItself reports whether fmt prints a value of type t under verb
// with a method of the value: Format under every verb, Error and String
// under %v, %s (and %x, %X, %q).
func formatsItself(t types.Type, verb byte) bool {
	if t == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	if ms.Lookup(nil, "Format") != nil {
		return true
	}
	if strings.IndexByte("vsxXq", verb) < 0 {
		return false
	}
	return ms.Lookup(nil, "String") != nil || ms.Lookup(nil, "Error") != nil
}

// callee returns the function or method a call statically calls.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	id := typesutil.CalleeIdent(call)
	if id == nil {
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// exprText renders x compactly for messages.
func exprText(x ast.Expr) string {
	return msgtext.Shorten(types.ExprString(x), 40)
}
