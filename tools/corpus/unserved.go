package main

import (
	"context"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/redislint/redislint/tools/internal/gobuild"
)

// withoutModules returns a copy of the tree at root, made once beside it,
// in which the module at dir (relative to root) no longer requires the
// modules the proxy does not serve, and the Go files that import a package
// of one of them are gone (dropped lists those files, relative to root).
// The go command cannot load a module graph with a requirement it cannot
// download; the files that import such a module are elsewhere than the
// sites (the manifest says which modules, and the report which files).
func withoutModules(ctx context.Context, root, dir string, modules []string) (copyRoot string, dropped []string, err error) {
	copyRoot = root + "-served"
	if err := os.RemoveAll(copyRoot); err != nil {
		return "", nil, err
	}
	if err := gobuild.CopyDir(copyRoot, root); err != nil {
		return "", nil, err
	}
	modDir := filepath.Join(copyRoot, filepath.FromSlash(dir))
	for _, m := range modules {
		if _, err := goCmd(ctx, modDir, "mod", "edit", "-droprequire="+m); err != nil {
			return "", nil, err
		}
	}
	fset := token.NewFileSet()
	err = filepath.WalkDir(modDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil // not Go the go command would read either
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, m := range modules {
				if p == m || strings.HasPrefix(p, m+"/") {
					rel, _ := filepath.Rel(copyRoot, path)
					dropped = append(dropped, filepath.ToSlash(rel))
					return os.Remove(path)
				}
			}
		}
		return nil
	})
	if err != nil {
		return "", nil, fmt.Errorf("dropping the files that import %s: %v", strings.Join(modules, ", "), err)
	}
	return copyRoot, dropped, nil
}
