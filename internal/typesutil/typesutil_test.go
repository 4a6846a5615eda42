package typesutil

import (
	"go/token"
	"go/types"
	"testing"
)

// Types built by hand, so that the test needs no importer.
var (
	pkgP    = types.NewPackage("example.com/p", "p")
	pkgCtx  = types.NewPackage("context", "context")
	str     = types.Typ[types.String]
	untyped = types.Typ[types.UntypedString]
	integer = types.Typ[types.Int]
	boolean = types.Typ[types.Bool]
	empty   = types.NewInterfaceType(nil, nil).Complete()

	named    = newNamed(pkgP, "S", str)                                             // type S string
	structT  = newNamed(pkgP, "T", types.NewStruct(nil, nil))                       // type T struct{}
	ptrT     = types.NewPointer(structT)                                            // *T
	aliasPtr = types.NewAlias(types.NewTypeName(token.NoPos, pkgP, "A", nil), ptrT) // type A = *T
	ctx      = newNamed(pkgCtx, "Context", empty)                                   // context.Context (its methods do not matter here)
	notCtx   = newNamed(pkgP, "Context", empty)                                     // p.Context
	universe = types.Universe.Lookup("error").Type()                                // a named type of no package
	namedPtr = newNamed(pkgP, "PT", ptrT)                                           // type PT *T
	sig1     = types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewParam(token.NoPos, nil, "", integer)), false)
	sig2     = types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewParam(token.NoPos, nil, "", integer), types.NewParam(token.NoPos, nil, "", universe)), false)
)

func newNamed(pkg *types.Package, name string, under types.Type) *types.Named {
	return types.NewNamed(types.NewTypeName(token.NoPos, pkg, name, nil), under, nil)
}

func TestPredicates(t *testing.T) {
	preds := map[string]func(types.Type) bool{
		"IsString": IsString, "IsAnyString": IsAnyString, "IsInteger": IsInteger, "IsBool": IsBool,
		"IsStringSlice": IsStringSlice, "IsStringKeyedMap": IsStringKeyedMap, "IsEmptyInterface": IsEmptyInterface,
		"IsEmptyInterfaceSlice": IsEmptyInterfaceSlice, "IsContext": IsContext,
	}
	tests := []struct {
		name string
		t    types.Type
		true []string // the predicates that hold; all others must not
	}{
		{"nil", nil, nil},
		{"string", str, []string{"IsString", "IsAnyString"}},
		{"untyped string", untyped, []string{"IsAnyString"}},
		{"named string", named, []string{"IsString", "IsAnyString"}},
		{"int", integer, []string{"IsInteger"}},
		{"untyped int", types.Typ[types.UntypedInt], []string{"IsInteger"}},
		{"bool", boolean, []string{"IsBool"}},
		{"[]string", types.NewSlice(str), []string{"IsStringSlice"}},
		{"[]S", types.NewSlice(named), []string{"IsStringSlice"}},
		{"[]int", types.NewSlice(integer), nil},
		{"map[string]int", types.NewMap(str, integer), []string{"IsStringKeyedMap"}},
		{"map[int]string", types.NewMap(integer, str), nil},
		{"any", empty, []string{"IsEmptyInterface"}},
		{"[]any", types.NewSlice(empty), []string{"IsEmptyInterfaceSlice"}},
		{"error", universe, nil},
		{"context.Context", ctx, []string{"IsContext", "IsEmptyInterface"}},
		{"p.Context", notCtx, []string{"IsEmptyInterface"}},
		{"*T", ptrT, nil},
	}
	for _, tt := range tests {
		for pname, pred := range preds {
			want := false
			for _, n := range tt.true {
				want = want || n == pname
			}
			if got := pred(tt.t); got != want {
				t.Errorf("%s(%s) = %v, want %v", pname, tt.name, got, want)
			}
		}
	}
}

func TestProjections(t *testing.T) {
	tests := []struct {
		name string
		f    func(types.Type) types.Type
		in   types.Type
		want types.Type
	}{
		{"Deref(*T)", Deref, ptrT, structT},
		{"Deref(A)", Deref, aliasPtr, structT}, // through the alias
		{"Deref(T)", Deref, structT, structT},
		{"Deref(nil)", Deref, nil, nil},
		{"DerefExact(*T)", DerefExact, ptrT, structT},
		{"DerefExact(A)", DerefExact, aliasPtr, aliasPtr}, // not through the alias
		{"DerefExact(PT)", DerefExact, namedPtr, namedPtr},
		{"Under(T)", Under, structT, structT.Underlying()},
		{"Under(*T)", Under, ptrT, structT.Underlying()},
		{"Under(PT)", Under, namedPtr, structT.Underlying()}, // a named pointer too
		{"Under(nil)", Under, nil, nil},
		{"SoleResult(func() int)", SoleResult, sig1, integer},
		{"SoleResult(func() (int, error))", SoleResult, sig2, nil},
		{"SoleResult(int)", SoleResult, integer, nil},
	}
	for _, tt := range tests {
		if got := tt.f(tt.in); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNamedObj(t *testing.T) {
	tests := []struct {
		name string
		in   types.Type
		want *types.TypeName
	}{
		{"T", structT, structT.Obj()},
		{"*T", ptrT, structT.Obj()},
		{"A = *T", aliasPtr, structT.Obj()},
		{"error (no package)", universe, nil},
		{"string", str, nil},
		{"**T", types.NewPointer(ptrT), nil}, // one pointer only
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		if got := NamedObj(tt.in); got != tt.want {
			t.Errorf("NamedObj(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
