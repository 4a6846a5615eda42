package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"strings"
)

// lineRange is the lines [from, to] of a function or a file.
type lineRange struct{ from, to int }

// siteLines returns the lines of the site's function in the tree at root:
// the function declaration named fn ("Name" or "Type.Method"), or the whole
// file when fn is empty. ok is false when the file or the function is not
// there (a fix may have removed or renamed it).
func siteLines(root, file, fn string) (r lineRange, ok bool, err error) {
	fset := token.NewFileSet()
	path := filepath.Join(root, filepath.FromSlash(file))
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if f == nil {
		return r, false, nil // no such file, or not Go at all
	}
	if fn == "" {
		return lineRange{1, fset.File(f.Pos()).LineCount()}, true, nil
	}
	for _, decl := range f.Decls {
		fd, isFunc := decl.(*ast.FuncDecl)
		if !isFunc || funcName(fd) != fn {
			continue
		}
		return lineRange{fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line}, true, nil
	}
	return r, false, nil
}

// funcName is "Name" for a function and "Type.Method" for a method.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name + "." + fd.Name.Name
		}
		return fmt.Sprintf("?.%s", fd.Name.Name)
	}
}

// SiteResult is what redislint reported at one site of a bug.
type SiteResult struct {
	Bug  *Bug
	Site Site
	// Missing says the site's function was not found in the tree (the
	// manifest is wrong, at before; renamed or removed, at fix).
	Missing bool
	// Broken says the site's package did not type-check in the tree (a
	// generated file the repository does not hold, a dependency the
	// proxy no longer serves): the analyzers did not run there.
	Broken bool
	Diags  []Diag // the site analyzer's diagnostics inside the function
}

// atSite returns the diagnostics of the site's analyzer inside the site's
// function in the tree at root.
func atSite(root string, b *Bug, s Site, run *Run) (SiteResult, error) {
	diags := run.Diags
	res := SiteResult{Bug: b, Site: s}
	lines, ok, err := siteLines(root, s.File, s.Func)
	if err != nil {
		return res, err
	}
	if !ok {
		res.Missing = true
		return res, nil
	}
	want := filepath.Join(root, filepath.FromSlash(s.File))
	dir := filepath.Dir(want) + string(filepath.Separator)
	pkgSuffix := "/" + path.Dir(s.File)
	for _, e := range run.Errors {
		// A type error in one of the package's files.
		if i := strings.Index(e, dir); i >= 0 && !strings.Contains(e[i+len(dir):], string(filepath.Separator)) {
			res.Broken = true
		}
		// The analysis of the package failed (a dependency that did not
		// type-check): "PKG: ANALYZER: failed prerequisites: …".
		if pkg, _, ok := strings.Cut(e, ": "); ok {
			pkg, _, _ = strings.Cut(pkg, " [")
			if strings.HasSuffix(pkg, pkgSuffix) {
				res.Broken = true
			}
		}
	}
	for _, d := range diags {
		if d.Analyzer == s.Analyzer && d.File == want && d.Line >= lines.from && d.Line <= lines.to {
			res.Diags = append(res.Diags, d)
		}
	}
	return res, nil
}
