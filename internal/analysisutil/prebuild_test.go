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

	// Another list of files with the same first file does not get it.
	Prebuild(files)
	if takePrebuilt(files[:1]) != nil {
		t.Error("an inspector built for two files was given for one")
	}
	if takePrebuilt(files) == nil {
		t.Error("asking with a shorter list of the same first file lost the inspector")
	}

	// A package and its test variant share their first file, not their
	// list: each gets the index of its own files, whichever was started
	// first and whichever is asked for first.
	variant := []*ast.File{a, b, parse("package p; func h() { g(); g() }")}
	Prebuild(files)
	Prebuild(variant)
	if ins := takePrebuilt(variant); ins == nil {
		t.Error("no inspector for a test variant whose package's was started first")
	} else {
		calls := 0
		ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(ast.Node) { calls++ })
		if calls != 3 {
			t.Errorf("the test variant's inspector sees %d calls, want 3", calls)
		}
	}
	if takePrebuilt(files) == nil {
		t.Error("no inspector for a package whose test variant's was taken first")
	}

	// Forget drops what nobody took.
	Prebuild(files)
	Forget(files)
	if takePrebuilt(files) != nil {
		t.Error("an inspector was taken after Forget")
	}
}
