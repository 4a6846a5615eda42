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
	t := s.Recv()
	idx := s.Index()
	for i, k := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || k >= st.NumFields() {
			return nil, false
		}
		if i == len(idx)-1 {
			v, tag, ok := tagDefault(st.Tag(k))
			if !ok {
				return nil, false
			}
			return &Default{Value: v, Field: st.Field(k).Name(), Tag: tag}, true
		}
		t = st.Field(k).Type()
	}
	return nil, false
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
// the same constants and the same opaque values, in the same order.
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
			if x.Value.ID != y.Value.ID || strings.HasPrefix(x.Value.ID, "expr@") {
				return false
			}
		default:
			return false
		}
	}
	return true
}
