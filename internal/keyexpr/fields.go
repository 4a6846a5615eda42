package keyexpr

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
)

// This file reads exported string fields of other packages' struct types
// that hold one constant wherever they are read (type Keys struct{ Prefix
// string } with var Default = Keys{Prefix: "app:"}, used elsewhere as
// keys.Default.Prefix + ":a"). The declaring package exports what it
// knows of each such field (ExportedFields, a fact in callsite); a reader
// trusts it only when it makes no value of the type and writes no such
// field itself.
//
// What no package can see: a third package that makes its own value of
// the type, or assigns the field, and hands the value to the reader; a
// decoder (encoding/json, a config loader) that fills the field by
// reflection. Fields with a struct tag, the mark of decoded fields, are
// therefore never read this way, and the limitation is documented in
// crossslot's doc.

// ExportedFields returns the exported string fields of the package's own
// struct types that are written exactly once in the package (one composite
// literal, no assignment, no zero value made), to a constant, with no
// struct tag, and that constant.
func (e *Evaluator) ExportedFields() map[*types.Var]string {
	out := map[*types.Var]string{}
	for f, def := range e.fieldDefs {
		if !f.Exported() || def == nil || e.fieldWrites[f] != 1 || !e.declaredHere(f) {
			continue
		}
		if v, ok := joinedConst(e.parts(def)); ok {
			out[f] = v
		}
	}
	return out
}

// declaredHere reports whether obj is declared in one of the evaluator's
// files.
func (e *Evaluator) declaredHere(obj types.Object) bool {
	for _, f := range e.files {
		if f.FileStart <= obj.Pos() && obj.Pos() < f.FileEnd {
			return true
		}
	}
	return false
}

// importedFieldParts returns the constant of x.F when F is an exported
// string field of another package's struct type that its package says
// holds one constant, and this package makes no value of the type that
// sets it nor assigns it.
func (e *Evaluator) importedFieldParts(sel *ast.SelectorExpr) ([]Part, bool) {
	if e.ImportedField == nil {
		return nil, false
	}
	s, ok := e.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, false
	}
	f, ok := s.Obj().(*types.Var)
	if !ok || !f.Exported() || f.Pkg() == nil || !typesutil.IsAnyString(f.Type()) {
		return nil, false
	}
	f = f.Origin()
	if e.fieldWrites[f] != 0 || e.declaredHere(f) || hasStructTag(s) {
		return nil, false
	}
	v, ok := e.ImportedField(f)
	if !ok {
		return nil, false
	}
	return []Part{{Const: v}}, true
}

// hasStructTag reports whether the field s selects has a struct tag: its package
// exports no value for it (ExportedFields), so it is not asked for one (a
// driver may compute the facts of a package on demand).
func hasStructTag(s *types.Selection) bool {
	_, tag, ok := selectedField(s)
	return ok && tag != ""
}

// selectedField returns the field s selects, in the struct that declares
// it (a field promoted from an embedded struct included), with its tag.
func selectedField(s *types.Selection) (*types.Var, string, bool) {
	t := s.Recv()
	idx := s.Index()
	for i, k := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() {
			return nil, "", false
		}
		if i == len(idx)-1 {
			return st.Field(k), st.Tag(k), true
		}
		t = st.Field(k).Type()
	}
	return nil, "", false
}
