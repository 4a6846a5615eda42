package analysisutil

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestPrebuild(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(src string) *ast.File {
		f, err := parser.ParseFile(fset, "x.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	a, b := parse("package p; func f() { g() }"), parse("package p; func g() {}")

	files := []*ast.File{a, b}
	Prebuild(files)
	ins := takePrebuilt(files)
	if ins == nil {
		t.Fatal("no inspector for the files Prebuild was given")
	}
	calls := 0
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(ast.Node) { calls++ })
	if calls != 1 {
		t.Errorf("the prebuilt inspector sees %d calls, want 1", calls)
	}
	if takePrebuilt(files) != nil {
		t.Error("an inspector was taken twice")
	}

	// Another list of files with the same first file (a test variant's
	// files, say) does not get it.
	Prebuild(files)
	if takePrebuilt([]*ast.File{a}) != nil {
		t.Error("an inspector built for two files was given for one")
	}

	// Forget drops what nobody took.
	Prebuild(files)
	Forget(files)
	if takePrebuilt(files) != nil {
		t.Error("an inspector was taken after Forget")
	}
}
