package driver

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/packages"
)

// speculativeRoots are the standard library packages whose closure a
// program that uses Redis almost always imports: what the client libraries
// import (a connection over net or crypto/tls, encoding/json, net/url) and
// what a service around them does (net/http). Their closure is about 200
// packages and 11 MB of source, two thirds of what is parsed for the
// 2,000-file service from a cold cache.
var speculativeRoots = []string{
	"bufio", "context", "crypto/tls", "encoding/json", "errors", "fmt", "io",
	"math/rand", "net", "net/http", "net/url", "os", "sort", "strconv",
	"strings", "sync", "sync/atomic", "time",
}

// A speculation parses and type-checks the standard library packages that
// the program will most likely need (speculativeRoots), while go list runs
// on a cold build cache. go list then takes about a second, mostly in the
// kernel reading the standard library's directories, on little more than
// one core: the other has nothing to do until the import graph is known.
//
// It finds the packages as the go command does, with go/build in the go
// command's GOROOT for the target's GOOS, GOARCH and CGO_ENABLED, and
// treats each as the loader treats a package that is only imported: its
// files parsed without function bodies (parseDecls), type-checked for its
// declarations, its imports first. The loader takes from it only what go
// list confirms (adopt): a file go list names for a package not analyzed,
// and the types of a package whose files, imports and sizes are those go
// list gives and whose imports it takes too. A wrong guess costs the time
// of a core that would have been idle.
type speculation struct {
	fset *token.FileSet
	ctx  *build.Context
	stop atomic.Bool
	done chan struct{}
	// Read after done:
	files map[string]*ast.File // by file name
	pkgs  map[string]*specPkg  // by package path
}

// specPkg is a package of the standard library as the speculation saw it.
type specPkg struct {
	name    string
	files   []string          // GoFiles and CgoFiles, absolute
	imports map[string]string // package path by import path, "C" and "unsafe" left out
	types   *types.Package    // nil unless type-checked without an error
}

// debugSpeculation, when set (by tests), is told how many files a
// speculation parsed and the loader took, how many packages it
// type-checked, and the paths of those whose types the loader took.
var debugSpeculation func(files, filesTaken, checked int, adopted []string)

// Test hooks: speculationOff starts no speculation; speculationWait lets
// it finish its work rather than stopping it when go list returns.
var speculationOff, speculationWait bool

// speculate starts a speculation that parses into fset, or returns nil
// when the standard library cannot be found.
func speculate(fset *token.FileSet, env []string) *speculation {
	if speculationOff {
		return nil
	}
	ctx, ok := targetContext(env)
	if !ok {
		return nil
	}
	s := &speculation{fset: fset, ctx: ctx, done: make(chan struct{}), files: map[string]*ast.File{}, pkgs: map[string]*specPkg{}}
	go s.run()
	return s
}

// finish stops the speculation once the package it is working on is done.
func (s *speculation) finish() {
	if s != nil {
		s.stop.Store(!speculationWait)
		<-s.done
	}
}

// run visits the closure of speculativeRoots, each package after its
// imports, until stopped. One goroutine: the go command uses the rest.
func (s *speculation) run() {
	defer close(s.done)
	t0 := time.Now()
	defer record(func() string { return fmt.Sprintf("speculation: %d files, %d packages", len(s.files), len(s.pkgs)) }, t0)
	for _, path := range speculativeRoots {
		s.visit(path)
	}
}

// visit parses and type-checks the package at path after its imports, and
// returns it; nil once stopped.
func (s *speculation) visit(path string) *specPkg {
	if s.stop.Load() {
		return nil
	}
	if sp, ok := s.pkgs[path]; ok {
		return sp // the standard library has no import cycle
	}
	sp := &specPkg{imports: map[string]string{}}
	s.pkgs[path] = sp
	dir := filepath.Join(s.ctx.GOROOT, "src", filepath.FromSlash(path))
	bp, err := s.ctx.ImportDir(dir, 0)
	if err != nil {
		return sp
	}
	sp.name = bp.Name
	complete := true
	for _, imp := range bp.Imports {
		if imp == "C" || imp == "unsafe" {
			continue
		}
		dep := imp
		if first, _, _ := strings.Cut(imp, "/"); strings.Contains(first, ".") {
			dep = "vendor/" + imp // the standard library's own copies
		}
		sp.imports[imp] = dep
		if d := s.visit(dep); d == nil || d.types == nil {
			complete = false
		}
	}
	var syntax []*ast.File
	for _, names := range [][]string{bp.GoFiles, bp.CgoFiles} {
		for _, name := range names {
			if s.stop.Load() {
				return nil
			}
			file := filepath.Join(dir, name)
			sp.files = append(sp.files, file)
			data, err := os.ReadFile(file)
			if err != nil {
				complete = false
				continue
			}
			f, err := parseDecls(s.fset, file, data)
			if err != nil {
				complete = false
				continue
			}
			s.files[file] = f
			syntax = append(syntax, f)
		}
	}
	if !complete || s.stop.Load() {
		return sp
	}
	tp := types.NewPackage(path, bp.Name)
	failed := false
	tc := &types.Config{
		Importer: importerFunc(func(imp string) (*types.Package, error) {
			if imp == "unsafe" {
				return types.Unsafe, nil
			}
			return s.pkgs[sp.imports[imp]].types, nil
		}),
		Error:            func(error) { failed = true },
		Sizes:            types.SizesFor("gc", s.ctx.GOARCH),
		IgnoreFuncBodies: true,
		FakeImportC:      true,
	}
	t0 := time.Now()
	types.NewChecker(tc, s.fset, tp, &types.Info{}).Files(syntax)
	record(func() string { return "speculative type-check " + path }, t0)
	if !failed {
		sp.types = tp
	}
	return sp
}

// adopt gives the loader what go list confirms of the speculation, and
// returns the files still to parse: the types of the standard library
// packages type-checked as the loader would have (their nodes are then
// done, and their files not needed), and the parsed files of the other
// packages not analyzed, into ld.parsed. sizes is the target's, as go list
// gives it.
func (s *speculation) adopt(ld *loader, sizes sizesResult) (toParse []string) {
	if s == nil {
		for name := range ld.fileUsers {
			toParse = append(toParse, name)
		}
		return toParse
	}
	var adopted []string
	if sizes.compiler == "gc" && sizes.arch == s.ctx.GOARCH {
		memo := map[*packages.Package]bool{}
		for p, n := range ld.nodes {
			if s.confirmed(ld, p, memo) {
				n.once.Do(func() { p.Fset, p.Types = ld.fset, s.pkgs[p.PkgPath].types })
				adopted = append(adopted, p.PkgPath)
				for _, name := range ld.goFiles(p) {
					if ld.fileUsers[name]--; ld.fileUsers[name] == 0 {
						delete(ld.fileUsers, name)
					}
				}
			}
		}
	}
	filesTaken := 0
	for name := range ld.fileUsers {
		if f := s.files[name]; f != nil && !ld.bodies[name] {
			ld.parsed[name] = &parsedFile{ready: taken.ready, f: f}
			filesTaken++
		} else {
			toParse = append(toParse, name)
		}
	}
	if debugSpeculation != nil {
		checked := 0
		for _, sp := range s.pkgs {
			if sp.types != nil {
				checked++
			}
		}
		debugSpeculation(len(s.files), filesTaken, checked, adopted)
	}
	return toParse
}

// confirmed reports whether the types of p can be the speculation's: p is
// a package of the standard library only imported, which the speculation
// type-checked from the files go list names, with the imports go list
// resolves, each of them confirmed too (so that every package sees one
// *types.Package per path).
func (s *speculation) confirmed(ld *loader, p *packages.Package, memo map[*packages.Package]bool) bool {
	if v, seen := memo[p]; seen {
		return v
	}
	memo[p] = false
	n, sp := ld.nodes[p], s.pkgs[p.PkgPath]
	if n == nil || !n.source || n.analyzed || p.Module != nil || len(p.Errors) > 0 ||
		sp == nil || sp.types == nil || sp.name != p.Name || !slices.Equal(sp.files, ld.goFiles(p)) {
		return false
	}
	imports := 0
	for path, imp := range p.Imports {
		if path == "C" || path == "unsafe" {
			continue
		}
		imports++
		if sp.imports[path] != imp.PkgPath || !s.confirmed(ld, imp, memo) {
			return false
		}
	}
	memo[p] = imports == len(sp.imports)
	return memo[p]
}

// targetContext is the go/build context of the go command that go list
// runs with env: its GOROOT (the GOROOT it is given, or the one it is
// installed in), and the target's GOOS, GOARCH and CGO_ENABLED as env sets
// them. ok is false without a go command or a GOROOT with sources.
func targetContext(env []string) (*build.Context, bool) {
	ctx := build.Default
	goroot := getenv(env, "GOROOT")
	if goroot == "" {
		bin, err := exec.LookPath("go")
		if err != nil {
			return nil, false
		}
		if bin, err = filepath.EvalSymlinks(bin); err != nil {
			return nil, false
		}
		goroot = filepath.Dir(filepath.Dir(bin))
	}
	if _, err := os.Stat(filepath.Join(goroot, "src", "runtime")); err != nil {
		return nil, false
	}
	ctx.GOROOT = goroot
	if v := getenv(env, "GOOS"); v != "" {
		ctx.GOOS = v
	}
	if v := getenv(env, "GOARCH"); v != "" {
		ctx.GOARCH = v
	}
	switch getenv(env, "CGO_ENABLED") {
	case "0":
		ctx.CgoEnabled = false
	case "1":
		ctx.CgoEnabled = true
	}
	return &ctx, true
}
