package driver

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestWithoutTestedVariants(t *testing.T) {
	pkg := func(id, path string, files []string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: id, PkgPath: path, GoFiles: files, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	ids := func(ps []*packages.Package) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}

	// a has in-package tests, and nothing imports it: its test variant
	// stands for it.
	a := pkg("a", "a", []string{"a.go"})
	at := pkg("a [a.test]", "a", []string{"a.go", "a_test.go"})
	axt := pkg("a_test [a.test]", "a_test", []string{"x_test.go"}, at)
	amain := pkg("a.test", "a.test", []string{"main.go"}, at, axt)
	got := ids(withoutTestedVariants([]*packages.Package{a, at, axt, amain}))
	if want := []string{"a [a.test]", "a_test [a.test]", "a.test"}; !slices.Equal(got, want) {
		t.Errorf("a alone: %v, want %v", got, want)
	}

	// b imports a: a goes all the same, and stays in the graph below b,
	// for b's types and facts (a dependency of the module's).
	b := pkg("b", "b", []string{"b.go"}, a)
	got = ids(withoutTestedVariants([]*packages.Package{a, at, axt, amain, b}))
	if want := []string{"a [a.test]", "a_test [a.test]", "a.test", "b"}; !slices.Equal(got, want) {
		t.Errorf("a imported: %v, want %v", got, want)
	}

	// A variant that go list could not load does not stand for it.
	atBroken := pkg("a [a.test]", "a", []string{"a.go", "a_test.go"})
	atBroken.Errors = []packages.Error{{Msg: "a_test.go: expected 'package', found 'EOF'"}}
	got = ids(withoutTestedVariants([]*packages.Package{a, atBroken}))
	if want := []string{"a", "a [a.test]"}; !slices.Equal(got, want) {
		t.Errorf("broken variant: %v, want %v", got, want)
	}

	// A client library's package gives way to its variant even when
	// imported: its importers read no facts of it.
	const lib = "github.com/redis/go-redis/v9"
	l := pkg(lib, lib, []string{"redis.go"})
	lt := pkg(lib+" ["+lib+".test]", lib, []string{"redis.go", "redis_internal_test.go"})
	e2e := pkg(lib+"/e2e", lib+"/e2e", []string{"e2e.go"}, l)
	got = ids(withoutTestedVariants([]*packages.Package{l, lt, e2e}))
	if want := []string{lt.ID, e2e.ID}; !slices.Equal(got, want) {
		t.Errorf("client library imported: %v, want %v", got, want)
	}

	// Only external tests: no in-package variant, the package stays.
	c := pkg("c", "c", []string{"c.go"})
	cxt := pkg("c_test [c.test]", "c_test", []string{"c_test.go"}, c)
	got = ids(withoutTestedVariants([]*packages.Package{c, cxt}))
	if want := []string{"c", "c_test [c.test]"}; !slices.Equal(got, want) {
		t.Errorf("external tests only: %v, want %v", got, want)
	}

	// A variant that lacks a file of the package (never from go list;
	// checked all the same) does not stand for it.
	d := pkg("d", "d", []string{"d.go", "e.go"})
	dt := pkg("d [d.test]", "d", []string{"d.go", "d_test.go"})
	got = ids(withoutTestedVariants([]*packages.Package{d, dt}))
	if want := []string{"d", "d [d.test]"}; !slices.Equal(got, want) {
		t.Errorf("variant without every file: %v, want %v", got, want)
	}
}
