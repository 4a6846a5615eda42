// Package typesutil holds the small predicates and projections on go/types
// types that several packages of redislint need: is this a string, a
// context.Context, an empty interface; the named type behind a pointer; the
// sole result of a signature. They were copies in each package; where two
// copies differed (typed string only, or untyped too; through aliases or
// not), both are kept under their own names so that no caller's behaviour
// changed. Every helper accepts a nil type and answers false or nil.
package typesutil

import (
	"go/ast"
	"go/types"
)

// IsString reports whether t's underlying type is the typed basic string
// (kind types.String); an untyped string constant's type is not.
func IsString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// IsAnyString reports whether t's underlying type is a string, typed or
// untyped (types.IsString).
func IsAnyString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsInteger reports whether t's underlying type is an integer, typed or
// untyped (types.IsInteger).
func IsInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// IsBool reports whether t's underlying type is the typed basic bool.
func IsBool(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// IsStringSlice reports whether t's underlying type is a slice of IsString
// elements.
func IsStringSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && IsString(s.Elem())
}

// IsStringKeyedMap reports whether t's underlying type is a map whose key
// is IsString.
func IsStringKeyedMap(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	return ok && IsString(m.Key())
}

// IsEmptyInterface reports whether t's underlying type is the empty
// interface (interface{}, any).
func IsEmptyInterface(t types.Type) bool {
	if t == nil {
		return false
	}
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// IsEmptyInterfaceSlice reports whether t's underlying type is a slice of
// empty interfaces ([]interface{}, []any).
func IsEmptyInterfaceSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && IsEmptyInterface(s.Elem())
}

// IsContext reports whether t is context.Context (through aliases).
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// NamedObj returns the type name of t or *t (through aliases), when it is a
// named type of a package, or nil.
func NamedObj(t types.Type) *types.TypeName {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Obj()
}

// Deref returns the element type of t when t is a pointer (or an alias of
// one), else t.
func Deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// DerefExact is Deref without looking through aliases: only a *types.Pointer
// itself is dereferenced.
func DerefExact(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// Under returns the underlying type of t, or of its element when t's
// underlying type is a pointer (one level), or nil for nil.
func Under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying()
}

// SoleResult returns the type of the one result of t, a signature with
// exactly one result, or nil.
func SoleResult(t types.Type) types.Type {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return nil
	}
	return sig.Results().At(0).Type()
}

// CalleeIdent returns the identifier that names the function of call (f
// in f(…), Sel in x.Sel(…)), or nil for any other callee and a nil call.
func CalleeIdent(call *ast.CallExpr) *ast.Ident {
	if call == nil {
		return nil
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}

// IsBuiltinCall reports whether call calls the predeclared function name
// (append, make, len, …), shadowing and renamed imports accounted for.
func IsBuiltinCall(info *types.Info, call *ast.CallExpr, name string) bool {
	id := CalleeIdent(call)
	if id == nil {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}
