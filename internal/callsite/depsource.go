package callsite

// This file is the dependency source summariser: the key builders of a
// package that the driver read from export data, without syntax or facts
// (a keys module of another module that imports no client, under the
// standalone driver or go vet), summarised from its source files when one
// of its functions is called in a key position.
//
// A builder is data (keyexpr.Builder: constant parts and parameter
// indexes), the same in any universe of types: the summariser
// type-checks the package from source in a universe of its own (the
// driver's depsrc.Resolver gives its files and the types of its
// imports), summarises the function called with the package's own key
// evaluator, and the caller instantiates that summary at its call as it
// would a fact's. Anything it cannot do (no files, cgo, a type error, an
// import the driver cannot give) leaves the function opaque: the
// analyzers stay silent.

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/depsrc"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

// depPackage is a dependency type-checked from source, with its key
// evaluator (which summarises its functions on demand).
type depPackage struct {
	pkg *types.Package
	ev  *keyexpr.Evaluator
}

// sourceHooks lets ev read the builders of dependencies from source, when
// the driver of the run registered a resolver.
func sourceHooks(pass *analysis.Pass, ev *keyexpr.Evaluator) {
	s := depsrc.For(pass.Fset)
	if s == nil {
		return
	}
	// A function of an analyzed package whose summary needs a dependency
	// read from source (SourceFact) is read with its package.
	wide := func(fn *types.Func) bool {
		return fn.Pkg() != nil && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, new(SourceFact))
	}
	ev.MaySource = func(fn *types.Func) bool { return wide(fn) || maySource(s, pass.Fset, pass.Pkg, fn) }
	ev.Sourced = func(fn *types.Func) (*keyexpr.Builder, bool) {
		s.Mu.Lock()
		defer s.Mu.Unlock()
		return sourced(s, pass.Fset, fn, wide(fn))
	}
}

// maySource reports whether fn, called in package pkg, may be a builder
// that only its source tells: a function or method with one string
// result, of a package that is not pkg, not the standard library, not a
// client library (whose API the model knows), not an identifier
// generator's (whose strings are opaque: keyexpr.IsIDLibrary), and that the
// run did not analyze.
func maySource(s *depsrc.Session, fset *token.FileSet, pkg *types.Package, fn *types.Func) bool {
	p := fn.Pkg()
	if p == nil || p == pkg || model.IsClientPackage(p.Path()) || keyexpr.IsIDLibrary(p.Path()) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !typesutil.IsAnyString(sig.Results().At(0).Type()) {
		return false
	}
	if sig.Recv() != nil && funcKey(fn) == "" {
		return false // a method of an interface: no body
	}
	if f := fset.File(fn.Pos()); f != nil && inGoroot(f.Name()) {
		return false
	}
	return !s.Resolver.Skip(p.Path())
}

// sourced returns the summary of fn (an object of the universe whose
// positions fset holds), reading its package from source on first use.
// wide: the package is one the run analyzed, read because fn's summary
// calls a dependency (SourceFact). s.Mu is held.
func sourced(s *depsrc.Session, fset *token.FileSet, fn *types.Func, wide bool) (*keyexpr.Builder, bool) {
	fn = fn.Origin()
	path := fn.Pkg().Path()
	if f := fset.File(fn.Pos()); f == nil || generated(s, path, filepath.Base(f.Name())) {
		return nil, false
	}
	v, ok := s.Done[path]
	if !ok {
		s.Done[path] = nil // imports are acyclic; be safe
		if dp := typeCheckDep(s, fn.Pkg(), wide); dp != nil {
			v = dp
			s.Done[path] = dp
		}
	}
	dp, _ := v.(*depPackage)
	if dp == nil {
		return nil, false
	}
	own := lookupFunc(dp.pkg, fn)
	if own == nil {
		return nil, false
	}
	return dp.ev.Summary(own)
}

// generated reports whether the file of package path whose base name is
// base is generated (its header says "Code generated … DO NOT EDIT."): a
// generated file holds no key scheme (a protobuf getter, a String method
// that calls the protobuf runtime), and reading it, often the largest of
// the package, costs the most. Only the file's header is read.
func generated(s *depsrc.Session, path, base string) bool {
	files, _ := s.Resolver.Files(path)
	for _, name := range files {
		if filepath.Base(name) != base {
			continue
		}
		if g, ok := s.Generated[name]; ok {
			return g
		}
		g := false
		if f, err := os.Open(name); err == nil {
			head := make([]byte, 4096)
			n, _ := io.ReadFull(f, head)
			f.Close()
			if h, err := parser.ParseFile(token.NewFileSet(), name, head[:n], parser.PackageClauseOnly|parser.ParseComments); h != nil && (err == nil || n == len(head)) {
				g = ast.IsGenerated(h)
			}
		}
		s.Generated[name] = g
		return g
	}
	return false
}

// leafImport reports whether a key scheme of module may import path: a
// package of the standard library (no dot in its first element) or of
// the module itself.
func leafImport(path, module string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") || path == module || strings.HasPrefix(path, module+"/")
}

// funcKey names fn within its package: "F", or "T.M" for a method of the
// named type T ("" for a method of an interface).
func funcKey(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return fn.Name()
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return ""
	}
	if _, ok := n.Underlying().(*types.Interface); ok {
		return ""
	}
	return n.Obj().Name() + "." + fn.Name()
}

// lookupFunc returns the function of pkg that fn (of another universe)
// names.
func lookupFunc(pkg *types.Package, fn *types.Func) *types.Func {
	key := funcKey(fn)
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		f, _ := pkg.Scope().Lookup(key).(*types.Func)
		return f
	}
	tn, _ := pkg.Scope().Lookup(key[:len(key)-len(fn.Name())-1]).(*types.TypeName)
	if tn == nil {
		return nil
	}
	n, ok := types.Unalias(tn.Type()).(*types.Named)
	if !ok {
		return nil
	}
	for m := range n.Methods() {
		if m.Name() == fn.Name() {
			return m
		}
	}
	return nil
}

// typeCheckDep parses and type-checks from source the package that pkg
// is the export data of (or, wide, the types of a package the run
// analyzed), and returns it with its key evaluator; nil when it cannot be
// done without error.
func typeCheckDep(s *depsrc.Session, pkg *types.Package, wide bool) *depPackage {
	names, module := s.Resolver.Files(pkg.Path())
	if len(names) == 0 {
		return nil
	}
	// A key scheme is a leaf: it builds strings with the standard library
	// and the packages of its own module. A package that imports another
	// module (a configuration library, an ID generator) is not read: its
	// string functions are lookups or fresh values, and type-checking it
	// means reading the export data of all it imports.
	var files []*ast.File
	heads := token.NewFileSet()
	for _, name := range names {
		f, err := parser.ParseFile(heads, name, nil, parser.ImportsOnly)
		if err != nil || f.Name.Name != pkg.Name() {
			return nil
		}
		for _, imp := range f.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil || !wide && !leafImport(path, module) {
				return nil
			}
		}
	}
	for _, name := range names {
		f, err := parser.ParseFile(s.Fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		files = append(files, f)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	failed := false
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			return s.Resolver.Import(s.Fset, s.Imports, path)
		}),
		Sizes: types.SizesFor("gc", build.Default.GOARCH),
	}
	tp, _ := conf.Check(pkg.Path(), s.Fset, files, info)
	if failed || tp == nil {
		return nil
	}
	ev := keyexpr.New(info, files)
	ev.ReadEmbed = readEmbed(s.Fset)
	ev.ReadOnly = readOnly(info)
	// Its own dependencies are read the same way when it calls one of
	// their functions in a key it builds, if they are of its module (a
	// keys package of its own, not what a library's String method
	// calls); those of a package read wide, of any module.
	ev.MaySource = func(fn *types.Func) bool {
		if !maySource(s, s.Fset, tp, fn) {
			return false
		}
		_, m := s.Resolver.Files(fn.Pkg().Path())
		return m != "" && (wide || m == module)
	}
	ev.Sourced = func(fn *types.Func) (*keyexpr.Builder, bool) { return sourced(s, s.Fset, fn, false) }
	return &depPackage{pkg: tp, ev: ev}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
