package keyexpr

import (
	"go/types"
	"strings"
	"testing"
)

// TestWithDefaults: a string field whose struct tag gives a default may
// hold it; the template keeps the field opaque, WithDefaults puts the
// default in.
func TestWithDefaults(t *testing.T) {
	decls := `
type Store struct {
	Prefix  string ` + "`yaml:\"Prefix\" default:\"{}\"`" + `
	Env     string ` + "`env:\"P\" envDefault:\"app\"`" + `
	Clean   string ` + "`env:\"P\" env-default:\"{c}\"`" + `
	Zero    string ` + "`json:\",default={z}\"`" + `
	JSONOnly string ` + "`json:\"prefix,omitempty\"`" + `
	Plain   string
	Empty   string ` + "`default:\"\"`" + `
}
type Conf struct{ Store Store }
var conf = &Conf{}
type Embeds struct{ Store }
var emb Embeds
`
	tests := []struct {
		expr, want, tag string
		ok              bool
	}{
		{`conf.Store.Prefix + "_u"`, `"{}_u"`, `default:"{}"`, true},
		{`conf.Store.Env + ":" + id`, `"app:" + id`, `envDefault:"app"`, true},
		{`conf.Store.Clean`, `"{c}"`, `env-default:"{c}"`, true},
		{`conf.Store.Zero`, `"{z}"`, `json:",default={z}"`, true},
		{`emb.Prefix`, `"{}"`, `default:"{}"`, true},
		{`conf.Store.JSONOnly`, ``, ``, false},
		{`conf.Store.Plain + "a"`, ``, ``, false},
		{`conf.Store.Empty`, ``, ``, false},
		{`fmt.Sprintf("%q", conf.Store.Prefix)`, ``, ``, false},
	}
	for _, tt := range tests {
		s := load(t, exprBody(decls, tt.expr), false)
		k := s.key(t, "k")
		if _, ok := k.Const(); ok {
			t.Errorf("%s: the template is constant (%s): a default is not the value", tt.expr, k)
		}
		d, used, ok := k.WithDefaults()
		if ok != tt.ok {
			t.Errorf("%s: WithDefaults ok = %v, want %v", tt.expr, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := d.Joined(); got != tt.want {
			t.Errorf("%s: with defaults %s, want %s", tt.expr, got, tt.want)
		}
		if len(used) != 1 || used[0].Tag != tt.tag {
			t.Errorf("%s: defaults used %v, want one with tag %s", tt.expr, used, tt.tag)
		}
	}
}

// TestSameValue: two reads of one stable field are the same value.
func TestSameValue(t *testing.T) {
	decls := `
type Conf struct{ Prefix string }
var conf = &Conf{}
`
	s := load(t, body(decls, `k("a", conf.Prefix); k("b", conf.Prefix); k("c", conf.Prefix + ""); k("d", id); k("e", "x"); k("f", "x")`), false)
	same := func(a, b string) bool { return SameValue(s.key(t, a), s.key(t, b)) }
	if !same("a", "b") || !same("a", "c") || !same("e", "f") {
		t.Error("the same value is not SameValue")
	}
	if same("a", "d") || same("a", "e") {
		t.Error("different values are SameValue")
	}
}

// TestLeadingElems: the first elements of slices built by append and by a
// builder type's method chain.
func TestLeadingElems(t *testing.T) {
	decls := `
type Conf struct{ Prefix string }
var conf = &Conf{}

type args struct{ List []any }

func newArgs() *args {
	a := &args{}
	return a.Raw(conf.Prefix).Obj(7)
}

func newLit() *args { return &args{List: []any{conf.Prefix}} }

func (a *args) Raw(v any) *args {
	a.List = append(a.List, v)
	return a
}

func (a *args) Obj(v any) *args { return a.Raw(fmt.Sprint(v)) }

func (a *args) Many(vs []string) *args {
	for _, v := range vs {
		a.Raw(v)
	}
	return a
}

func (a *args) Add(v any) { a.List = append(a.List, v) }

type vargs struct{ List []any }

func (a vargs) With(v any) vargs {
	a.List = append(a.List, v)
	return a
}
`
	stmts := `
	l1 := newArgs().Obj(u).Raw(id).List
	k("chain", l1)
	k("lit", newLit().Raw(id).List)
	k("loop", newArgs().Many(nil).Raw(id).List)
	b := newArgs()
	b.Add(id)
	k("stmts", b.List)
	k("value", vargs{}.With(id).With(conf.Prefix).List)
	l2 := append([]any{conf.Prefix}, id)
	k("append", l2)
`
	s := load(t, body(decls, stmts), false)
	tests := []struct {
		name     string
		want     string // elements: the source of each, "?" for an unseen one
		complete bool
	}{
		{"chain", "conf.Prefix ? ? id", true},
		{"lit", "conf.Prefix id", true},
		{"loop", "conf.Prefix ?", false},
		{"stmts", "conf.Prefix ?", false},
		{"value", "id conf.Prefix", true},
		{"append", "conf.Prefix id", true},
	}
	for _, tt := range tests {
		elems, complete := s.ev.LeadingElems(s.expr(t, tt.name))
		var got []string
		for _, el := range elems {
			if el == nil {
				got = append(got, "?")
				continue
			}
			got = append(got, types.ExprString(el))
		}
		if g := strings.Join(got, " "); g != tt.want || complete != tt.complete {
			t.Errorf("%s: elements %q complete %v, want %q %v", tt.name, g, complete, tt.want, tt.complete)
		}
	}
}

// TestSameRead: two reads of one field through a package variable that a
// pointer method writes into are the same read; not when the variable or
// the field is assigned.
func TestSameRead(t *testing.T) {
	decls := `
type Store struct{ Prefix, Other string }
func (s *Store) Load() {}
type Conf struct{ Store Store }
var conf = &Conf{}
var re = &Conf{}
func init() { conf.Store.Load(); re = nil }
var assigned = &Conf{}
func set() { assigned.Store.Other = "x" }
`
	s := load(t, body(decls, `k("a", conf.Store.Prefix); k("b", (*conf).Store.Prefix); k("c", conf.Store.Other); k("d", re.Store.Prefix); k("e", re.Store.Prefix); k("f", assigned.Store.Other); k("g", assigned.Store.Other)`), false)
	same := func(a, b string) bool { return s.ev.SameRead(s.expr(t, a), s.expr(t, b)) }
	if !same("a", "a") || !same("a", "b") {
		t.Error("two reads of conf.Store.Prefix are not SameRead")
	}
	if same("a", "c") || same("d", "e") || same("f", "g") {
		t.Error("other fields, or reads of a reassigned variable or field, are SameRead")
	}
}
