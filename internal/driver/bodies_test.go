package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestBlankBodies parses Go files of the standard library as they are and
// with blankBodies, and requires the same declarations: every node outside
// the blanked bodies, with the same positions, names and literals, and no
// function declaration left with a non-empty body. The cases below are the
// shapes that can fool a reader of bytes.
func TestBlankBodies(t *testing.T) {
	cases := map[string]string{
		"func type result": "package p\n\ntype F func() error\n\nfunc g() int {\n\treturn 1\n}\n",
		"interface result": "package p\n\nfunc f() interface{ M() } {\n\treturn nil\n}\n\nfunc g() struct {\n\ta int\n} {\n\treturn struct{ a int }{}\n}\n",
		"struct in map":    "package p\n\nfunc f() map[string]struct{} {\n\tx := \"}\"\n\t_ = '{'\n\t_ = `\n}\n`\n\treturn nil\n}\n",
		"literal var":      "package p\n\nvar f = func() int { /* } */ return 2 }()\n\nvar g = h(func() {})\n\nfunc h(func()) int { return 0 }\n",
		"no body":          "package p\n\nfunc f(a int,\n\tb int) (int,\n\terror)\n\nfunc g() {\n\t// }\n}\n",
		"generic":          "package p\n\nfunc F[T interface{ ~int }](x T) T {\n\treturn x\n}\n\nfunc (s *S[K]) M() { s.x++ }\n\ntype S[K any] struct{ x int }\n",
		"returns":          "package p\n\nfunc f() {\n\treturn\n}\n\nvar x, y = 1, 2\n",
		"func types":       "package p\n\nvar m = map[string]func(int){\n\t\"a\": nil,\n}\n\nvar s = []func() int{f}\n\ntype G func() struct{}\n\nvar a, b = 1, func() {\n}\n\nfunc f() int { return len(m) }\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) { compareBlanked(t, name+".go", []byte(src), true) })
	}
	if _, ok := blankBodies([]byte("package p\n//line x.go:1\nfunc f() {\n}\n")); ok {
		t.Error("a file with a line directive was blanked")
	}
	if _, ok := blankBodies([]byte("package p\nfunc f() {\n\tx := \"unterminated\n}\n")); ok {
		t.Error("a body with a broken string was blanked")
	}

	root := filepath.Join(runtime.GOROOT(), "src")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		n++
		if testing.Short() && n%8 != 0 || n%2 != 0 {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		compareBlanked(t, path, src, false)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("read %d files of %s", n, root)
	}
}

// compareBlanked checks blankBodies on one file. must: it has to blank.
func compareBlanked(t *testing.T, name string, src []byte, must bool) {
	t.Helper()
	const mode = parser.AllErrors | parser.ParseComments | parser.SkipObjectResolution
	orig, err := parser.ParseFile(token.NewFileSet(), name, src, mode)
	if err != nil {
		if must {
			t.Fatalf("%s: %v", name, err)
		}
		return
	}
	blank, ok := blankBodies(src)
	if !ok {
		if must {
			t.Errorf("%s: not blanked", name)
		}
		return
	}
	if len(blank) != len(src) || strings.Count(string(blank), "\n") != strings.Count(string(src), "\n") {
		t.Fatalf("%s: blanking moved offsets or lines", name)
	}
	got, err := parser.ParseFile(token.NewFileSet(), name, blank, mode)
	if err != nil {
		t.Errorf("%s: blanked file does not parse: %v", name, err)
		return
	}
	// The bodies blanked are the empty ones of got that are not empty in
	// orig, by their opening brace.
	emptied := map[token.Pos]bool{}
	ast.Inspect(got, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body != nil && len(body.List) == 0 {
			emptied[body.Lbrace] = true
		}
		return true
	})
	for _, d := range got.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 0 {
			t.Errorf("%s: body of %s left", name, fd.Name.Name)
		}
	}
	if a, b := nodes(orig, emptied), nodes(got, emptied); a != b {
		t.Errorf("%s: declarations differ after blanking", name)
	}
}

// nodes prints every node of f outside the bodies whose opening brace is
// in skip, with its position, and the names and literals.
func nodes(f *ast.File, skip map[token.Pos]bool) string {
	var b strings.Builder
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		fmt.Fprintf(&b, "%T %d %d", n, n.Pos(), n.End())
		switch n := n.(type) {
		case *ast.Ident:
			b.WriteString(" " + n.Name)
		case *ast.BasicLit:
			b.WriteString(" " + n.Value)
		case *ast.BlockStmt:
			if skip[n.Lbrace] {
				b.WriteString(" blanked\n")
				return false
			}
		case *ast.Comment:
			return false // comments in bodies go with them
		case *ast.CommentGroup:
			return false
		}
		b.WriteByte('\n')
		return true
	})
	return b.String()
}

// FuzzBlankBodies: any input, no panic; what it blanks keeps every offset
// and every line.
func FuzzBlankBodies(f *testing.F) {
	f.Add([]byte("package p\nfunc f() {\n\tx := \"}\"\n}\n"))
	f.Add([]byte("package p\nvar f = func() int { return '{' }()\n"))
	f.Add([]byte("package p\n/* { */ func g() (a, b int) { return }\n//line x:1\n"))
	f.Add([]byte("\xef\xbb\xbfpackage p\nfunc (r *T[K]) M() interface{ N() } { return nil }\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		out, ok := blankBodies(src)
		if !ok {
			return
		}
		if len(out) != len(src) {
			t.Fatalf("length %d, want %d", len(out), len(src))
		}
		for i := range src {
			if (src[i] == '\n') != (out[i] == '\n') || out[i] != src[i] && out[i] != ' ' {
				t.Fatalf("byte %d: %q became %q", i, src[i], out[i])
			}
		}
	})
}
