package keyexpr

// This file reads the default value a configuration loader gives a string
// field from its struct tag (`default:"{}"`): the value the field holds at
// run time when the configuration leaves it out. It is an alternative of
// the field's value, not its value: the template keeps the field opaque,
// and a consumer that wants to judge the key under the default asks for it
// (Key.WithDefaults) and says so in its message.

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/redislint/redislint/internal/typesutil"
)

// Default is the value a struct tag gives a string field when the
// configuration does not set it.
type Default struct {
	// Value is the default, Field the field's name and Tag how the tag
	// says it (`default:"{}"`, `json:",default={}"`), for messages.
	Value string
	Field string
	Tag   string
}

// defaultTags are the struct tag keys whose whole value is the field's
// default, as the configuration loaders that read them apply it to a field
// left unset: creasty/defaults, mcuadros/go-defaults,
// kelseyhightower/envconfig and jessevdk/go-flags (default),
// caarlos0/env (envDefault), ilyakaznacheev/cleanenv (env-default).
var defaultTags = []string{"default", "envDefault", "env-default"}

// optionTags are the struct tag keys whose comma-separated options may
// hold default=VALUE: go-zero's conf (`json:",default=app"`).
var optionTags = []string{"json"}

// tagDefault returns the default a struct tag gives its field, when it
// gives one.
func tagDefault(tag string) (string, string, bool) {
	st := reflect.StructTag(tag)
	for _, k := range defaultTags {
		if v, ok := st.Lookup(k); ok {
			return v, k + `:"` + v + `"`, true
		}
	}
	for _, k := range optionTags {
		v, ok := st.Lookup(k)
		if !ok {
			continue
		}
		opts := strings.Split(v, ",")
		for _, o := range opts[1:] {
			if d, ok := strings.CutPrefix(strings.TrimSpace(o), "default="); ok {
				return d, k + `:"` + v + `"`, true
			}
		}
	}
	return "", "", false
}

// fieldDefault returns the default of the string field x selects, read
// from the struct tag of the field in the struct that declares it (a field
// promoted from an embedded struct included).
func (e *Evaluator) fieldDefault(x ast.Expr) (*Default, bool) {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	s, ok := e.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || !typesutil.IsAnyString(s.Obj().Type()) {
		return nil, false
	}
	f, structTag, ok := selectedField(s)
	if !ok {
		return nil, false
	}
	v, tag, ok := tagDefault(structTag)
	if !ok || v == "" {
		return nil, false // an empty default is the zero value: nothing more is known
	}
	return &Default{Value: v, Field: f.Name(), Tag: tag}, true
}

// WithDefaults returns the key with every opaque part that is a field with
// a tag default replaced by that default, and the defaults it used; ok is
// false when no part has one. The result is one value the key may have,
// for a consumer that says it assumes the defaults.
func (k Key) WithDefaults() (Key, []*Default, bool) {
	var used []*Default
	parts := make([]Part, len(k.Parts))
	for i, p := range k.Parts {
		parts[i] = p
		if p.Value != nil && p.Value.Default != nil && p.Value.verb == "" {
			parts[i] = Part{Const: p.Value.Default.Value}
			used = append(used, p.Value.Default)
		}
	}
	if len(used) == 0 {
		return k, nil, false
	}
	out := k
	out.Parts = parts
	return out, used, true
}

// SameValue reports whether two templates provably hold the same bytes:
// the same constants and the same opaque values (by their IDs, as the
// relations of relation.go compare them), in the same order.
func SameValue(a, b Key) bool {
	pa, pb := a.merged(), b.merged()
	if len(pa) != len(pb) || len(pa) == 0 {
		return false
	}
	for i := range pa {
		x, y := pa[i], pb[i]
		switch {
		case x.Value == nil && y.Value == nil:
			if x.Const != y.Const {
				return false
			}
		case x.Value != nil && y.Value != nil:
			if x.Value.ID != y.Value.ID {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// SameRead reports whether two expressions read the same string field
// the same way: a chain of field selections (cfg.Store.Prefix) from a
// package-level variable that is given a value only where it is declared,
// through the same fields, the last of which the package never assigns.
// Such reads give the same bytes wherever they are, however the program
// writes into the variable through methods (cfg.Store.Load()), which make
// its fields unknown to Eval but do not make two reads of one field
// different values.
func (e *Evaluator) SameRead(a, b ast.Expr) bool {
	pa, ra, ok := e.readPath(a)
	if !ok {
		return false
	}
	pb, rb, ok := e.readPath(b)
	if !ok || ra != rb || len(pa) != len(pb) || len(pa) == 0 {
		return false
	}
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	last := pa[len(pa)-1]
	return typesutil.IsAnyString(last.Type()) && !e.fieldAssigned[last.Origin()] && !e.fieldLost[last.Origin()]
}

// readPath returns the fields x selects, outermost last, and the
// package-level variable it starts from.
func (e *Evaluator) readPath(x ast.Expr) ([]*types.Var, types.Object, bool) {
	var path []*types.Var
	for {
		switch y := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			sel, ok := e.info.Selections[y]
			if !ok {
				// A qualified identifier: pkg.Var.
				if v, ok := e.info.Uses[y.Sel].(*types.Var); ok && e.onceAssigned(v) {
					slices.Reverse(path)
					return path, v, true
				}
				return nil, nil, false
			}
			if sel.Kind() != types.FieldVal {
				return nil, nil, false
			}
			path = append(path, sel.Obj().(*types.Var))
			x = y.X
		case *ast.StarExpr:
			x = y.X
		case *ast.Ident:
			v, ok := e.info.Uses[y].(*types.Var)
			if !ok || !e.onceAssigned(v) {
				return nil, nil, false
			}
			slices.Reverse(path)
			return path, v, true
		default:
			return nil, nil, false
		}
	}
}

// onceAssigned reports whether v is a package-level variable given a value
// only where it is declared, as far as the package shows: once here for
// its own, never here for another package's.
func (e *Evaluator) onceAssigned(v *types.Var) bool {
	if !e.packageLevel(v) {
		return false
	}
	if e.declaredHere(v) {
		return e.assigned(v) <= 1
	}
	return e.assigned(v) <= 0
}

// assigned counts the writes that give v a whole new value.
func (e *Evaluator) assigned(v types.Object) int { return e.writes[v] - e.into[v] }
