package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRegistry checks that the registry lists every library once, in the
// order of the Lib constants, and that a fork has no rows of its own.
func TestRegistry(t *testing.T) {
	if len(registry) != int(numLibs)-1 {
		t.Fatalf("registry has %d libraries, Lib has %d constants", len(registry), numLibs-1)
	}
	for i, l := range registry {
		if want := Lib(i + 1); l.Lib != want {
			t.Errorf("registry[%d] is %v (%d), want %d", i, l.Info.Name, l.Lib, want)
		}
		if l.Info.Family == LibNone {
			continue
		}
		v := reflect.ValueOf(*l)
		for j := range v.NumField() {
			f := v.Field(j)
			if (f.Kind() == reflect.Slice || f.Kind() == reflect.Map) && f.Len() > 0 {
				t.Errorf("%s is a fork of %s but has %s of its own", l.Info.Name, l.Info.Family, v.Type().Field(j).Name)
			}
		}
	}
}

// TestOneFilePerLibrary checks that each library is one file of data: a
// file lib_NAME.go that declares one Library and is listed in registry, and
// that no other file of the package (but the Lib constants') names a
// library: what is true of one library is a row or a trait in its file.
func TestOneFilePerLibrary(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	libConsts := map[string]bool{}
	for l := Lib(1); l < numLibs; l++ {
		libConsts[libConstName(t, l)] = true
	}
	declared := map[string]string{} // var name -> file
	var listed []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		isLib := strings.HasPrefix(name, "lib_")
		n := 0
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if lit, ok := v.(*ast.CompositeLit); ok && isIdent(lit.Type, "Library") {
						declared[vs.Names[i].Name] = name
						n++
						if !isLib {
							t.Errorf("%s: library %s outside a lib_NAME.go file", name, vs.Names[i].Name)
						}
					}
					if vs.Names[i].Name == "registry" {
						for _, e := range v.(*ast.CompositeLit).Elts {
							if u, ok := e.(*ast.UnaryExpr); ok {
								if id, ok := u.X.(*ast.Ident); ok {
									listed = append(listed, id.Name)
								}
							}
						}
					}
				}
			}
		}
		if isLib && n != 1 {
			t.Errorf("%s declares %d libraries, want 1", name, n)
		}
		if isLib || name == "libtable.go" {
			continue // the library's own file; the Lib constants
		}
		ast.Inspect(f, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok && libConsts[id.Name] {
				t.Errorf("%s: %s names a library: make it a row or a trait of the library's file", fset.Position(id.Pos()), id.Name)
			}
			return true
		})
	}
	if len(declared) != len(registry) || len(listed) != len(registry) {
		t.Errorf("%d libraries declared in lib_*.go, %d listed in registry, %d registered", len(declared), len(listed), len(registry))
	}
	seen := map[string]bool{}
	for _, name := range listed {
		if declared[name] == "" || seen[name] {
			t.Errorf("registry lists %s, not declared once in a lib_NAME.go file", name)
		}
		seen[name] = true
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// libConstName returns the name of the constant whose value is l, read
// from libtable.go.
func libConstName(t *testing.T, l Lib) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "libtable.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST || len(gd.Specs) == 0 || gd.Specs[0].(*ast.ValueSpec).Names[0].Name != "LibNone" {
			continue
		}
		if int(l) < len(gd.Specs) {
			return gd.Specs[l].(*ast.ValueSpec).Names[0].Name
		}
	}
	t.Fatalf("no constant for Lib %d in libtable.go", l)
	return ""
}

// TestLibrariesDoc checks that docs/libraries.md, the users' list, has every
// library of the registry, by its first import path.
func TestLibrariesDoc(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "libraries.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range registry {
		if !strings.Contains(string(doc), "`"+l.Info.Paths[0]+"`") {
			t.Errorf("docs/libraries.md does not list %s (`%s`)", l.Info.Name, l.Info.Paths[0])
		}
	}
}
