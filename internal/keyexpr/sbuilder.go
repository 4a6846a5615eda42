package keyexpr

// Keys written into a strings.Builder (or a bytes.Buffer) and read with its
// String method: var b strings.Builder; b.WriteString("user:");
// b.WriteString(id); key := b.String().

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// maxBuilderWrites bounds the writes a builder's value is read from.
const maxBuilderWrites = 32

// builderString evaluates b.String() when b is a local strings.Builder or
// bytes.Buffer, declared in the function without contents (var b T, b :=
// T{}, new(T), &T{}) and, before the call, only written with WriteString,
// WriteByte, WriteRune, Write of a constant, fmt.Fprint and fmt.Fprintf,
// or grown, each on the function's plain path (no condition, loop or
// closure): the key is what was written, in order.
func (e *Evaluator) builderString(call *ast.CallExpr) ([]Part, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return nil, false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, ok := e.info.Uses[id].(*types.Var)
	if !ok || e.packageLevel(obj) || !isStringBuilder(obj.Type()) {
		return nil, false // its uses are checked one by one below
	}
	var out []Part
	writes := 0
	ok = e.usesBefore(obj, call.Pos(), func(use *ast.Ident, stack []ast.Node) bool {
		parts, good := e.builderUse(use, stack, obj)
		if !good || writes >= maxBuilderWrites {
			return false
		}
		writes++
		out = append(out, parts...)
		return true
	})
	if !ok || !e.startsEmpty(obj) {
		return nil, false
	}
	return out, true
}

// builderUse reads one use of the builder obj (the identifier on top of
// stack): what it writes, or ok false when the use is not a write this
// evaluator can follow.
func (e *Evaluator) builderUse(use *ast.Ident, stack []ast.Node, obj *types.Var) ([]Part, bool) {
	if len(stack) < 3 || inClosure(stack, obj.Pos()) {
		return nil, false
	}
	// The statement the use is in must be on the plain path.
	stmt := -1
	for i := len(stack) - 1; i >= 0; i-- {
		if _, ok := stack[i].(ast.Stmt); ok {
			stmt = i
			break
		}
	}
	if stmt < 0 || !plainPath(stack[:stmt+1], obj.Pos()) {
		return nil, false
	}
	parent := stack[len(stack)-2]
	// b.Method(args)
	if sel, ok := parent.(*ast.SelectorExpr); ok && sel.X == use {
		c, ok := stack[len(stack)-3].(*ast.CallExpr)
		if !ok || c.Fun != sel {
			return nil, false
		}
		switch sel.Sel.Name {
		case "WriteString":
			if len(c.Args) == 1 {
				return e.parts(c.Args[0]), true
			}
		case "WriteByte", "WriteRune":
			if len(c.Args) == 1 {
				if tv := e.info.Types[c.Args[0]]; tv.Value != nil {
					if r, ok := runeOf(tv); ok {
						return []Part{{Const: string(r)}}, true
					}
				}
			}
		case "Grow":
			return nil, true
		}
		return nil, false
	}
	// fmt.Fprintf(&b, format, args...), fmt.Fprint(&b, s…)
	u, ok := parent.(*ast.UnaryExpr)
	if !ok || u.X != use {
		return nil, false
	}
	c, ok := stack[len(stack)-3].(*ast.CallExpr)
	if !ok || len(c.Args) == 0 || c.Args[0] != u || c.Ellipsis.IsValid() {
		return nil, false
	}
	fn := callee(e.info, c)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
		return nil, false
	}
	switch fn.Name() {
	case "Fprintf":
		if len(c.Args) < 2 {
			return nil, false
		}
		return e.sprintf(c.Args[1], c.Args[2:])
	case "Fprint":
		var out []Part
		for _, a := range c.Args[1:] {
			if t := e.info.TypeOf(a); !typesutil.IsAnyString(t) || formatsItself(t, 'v') {
				return nil, false
			}
			out = append(out, e.parts(a)...)
		}
		return out, true
	}
	return nil, false
}

// startsEmpty reports whether obj is declared without contents: var b T,
// b := T{}, b := new(T) or b := &T{}.
func (e *Evaluator) startsEmpty(obj *types.Var) bool {
	if e.zeroDecl[obj] {
		return true
	}
	switch v := ast.Unparen(e.first[obj]).(type) {
	case *ast.CompositeLit:
		return len(v.Elts) == 0
	case *ast.UnaryExpr:
		lit, ok := ast.Unparen(v.X).(*ast.CompositeLit)
		return ok && len(lit.Elts) == 0
	case *ast.CallExpr:
		if id, ok := ast.Unparen(v.Fun).(*ast.Ident); ok && id.Name == "new" && len(v.Args) == 1 {
			return true
		}
	}
	return false
}

// isStringBuilder reports whether t is strings.Builder or bytes.Buffer (or
// a pointer to one).
func isStringBuilder(t types.Type) bool {
	n, ok := types.Unalias(typesutil.DerefExact(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "strings.Builder", "bytes.Buffer":
		return true
	}
	return false
}

// runeOf returns the rune a constant byte or rune value is.
func runeOf(tv types.TypeAndValue) (rune, bool) {
	v, ok := constant.Int64Val(constant.ToInt(tv.Value))
	if !ok || v < 0 || v > 0x10FFFF {
		return 0, false
	}
	return rune(v), true
}
