package analysisutil

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// TestPackageComment: the parser-free reading of a doc.go gives what the
// parser's CommentGroup.Text gives, on every analyzer's doc.go and on
// shapes it must hand to the parser.
func TestPackageComment(t *testing.T) {
	srcs := map[string]string{
		"simple":    "// Package p does things.\npackage p\n",
		"blanks":    "//\n//\n// Package p.\n//\n//\n//\n// More.  \n//\t\n//\npackage p\n",
		"indented":  "// Package p.\n//\n//\tcode block\n//\t  more\npackage p\n",
		"no space":  "//Package p.\npackage p\n",
		"directive": "// Package p.\n//go:build linux\npackage p\n",
		"header":    "// Copyright.\n\n// Package p.\npackage p\n",
		"block":     "/* Package p. */\npackage p\n",
		"crlf":      "// Package p.\r\n// More.\r\npackage p\r\n",
		"none":      "package p\n",
		"bad name":  "// Package p.\npackage 1p\n",
		"no clause": "// Package p.\n",
		"clause cm": "// Package p.\npackage p // comment\n",
	}
	matches, err := filepath.Glob(filepath.Join("..", "..", "passes", "*", "doc.go"))
	if err != nil || len(matches) == 0 {
		t.Fatalf("no doc.go files: %v", err)
	}
	for _, m := range matches {
		b, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		srcs[m] = string(b)
	}
	fast := 0
	for name, src := range srcs {
		got, ok := packageComment(src)
		if !ok {
			continue
		}
		fast++
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil || f.Doc == nil {
			t.Errorf("%s: read without the parser, but the parser says %v (doc %v)", name, err, f.Doc)
			continue
		}
		if want := f.Doc.Text(); got != want {
			t.Errorf("%s: packageComment =\n%q\nwant\n%q", name, got, want)
		}
	}
	for _, m := range matches {
		if _, ok := packageComment(srcs[m]); !ok {
			t.Errorf("%s: not read without the parser", m)
		}
	}
	if fast < len(matches)+3 {
		t.Errorf("only %d sources read without the parser", fast)
	}
}
