// Package driver is redislint's standalone driver: it loads a program with
// only the packages that can hold Redis code or facts read from source, and
// runs the analyzers over them as go/analysis/checker does, each package as
// soon as it is type-checked ([Program.Analyze]).
//
// x/tools' multichecker parses and type-checks every dependency from source
// (the standard library included) as soon as one analyzer declares facts, and
// runs every analyzer on all of it. Redis facts live only in the packages of
// the modules being analyzed and in packages that import a client library:
// [Load] reads those from source and everything else from the compiler's
// export data, as a checker without facts does.
package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/depsrc"
	"github.com/redislint/redislint/internal/model"
)

// LoadConfig configures [Load].
type LoadConfig struct {
	// Tests loads the test variants of the packages too, as go list -test.
	Tests bool
	// Dir is the directory go list runs in (the current one if empty).
	Dir string
	// Env is go list's environment (the process's if nil).
	Env []string
	// Source says where the packages that are not analyzed come from.
	Source SourceMode
	// AllFacts computes every fact, also on the packages whose facts no
	// analysis reads (analysisutil.MarkFactsUnread is then never called):
	// -debug=u, and the test that skipping them changes no diagnostic.
	AllFacts bool
	// LazyRoots reads from export data, as lazy packages, the initial
	// packages that can report nothing: those that import no client
	// library, directly or through others, hold no ignore directive and
	// compiled (with SourceExport). They are not analyzed unless an
	// importer asks for their facts; [Program.Analyze] leaves them out of
	// its roots, and they have no syntax: a caller that analyzes
	// Program.Initial by other means leaves LazyRoots unset.
	LazyRoots bool
	// Facts, when not nil, keeps the facts of the dependencies read from
	// source between runs (with export data only): see [FactCache].
	Facts *FactCache
	// Results, with Facts, keeps the diagnostics of the initial packages
	// too: one whose files and imports are those of a run that kept its
	// diagnostics is not read from source, unless a source package
	// imports a test variant of it, and [Program.Analyze] gives its
	// diagnostics as that run's. For a caller that analyzes with
	// Program.Analyze only.
	Results bool
	// BuildFlags are go list's build flags (-tags=…).
	BuildFlags []string
}

// SourceMode says where [Load] takes the types of the packages it does not
// analyze from.
type SourceMode int

const (
	// SourceAuto is SourceExport, unless the build cache is cold
	// ([ColdCache]): then SourceAll.
	SourceAuto SourceMode = iota
	// SourceExport reads them from the compiler's export data, which
	// go list -export compiles when the build cache lacks it: on an empty
	// cache, every dependency, the standard library included.
	SourceExport
	// SourceAll type-checks every package from source, without function
	// bodies for those not analyzed, and asks go list for no export data:
	// nothing is compiled. The packages analyzed are the same.
	SourceAll
)

// metaMode is what Load asks go list for: the import graph with modules,
// compiled files and export data, and no syntax or types.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
	packages.NeedTypesSizes | packages.NeedModule | packages.NeedEmbedFiles

// Load loads the packages matched by patterns as packages.Load in
// LoadAllSyntax mode would for an analysis with facts, except that only the
// packages that can matter have Syntax and TypesInfo: the initial packages,
// the packages of their modules, the packages that import a Redis client
// library directly or through others (the client libraries themselves
// excepted: the model knows them), and every package that imports one of
// those. Every other package is read from export data, on demand.
//
// The Imports of a source package list only source packages, so that
// checker.Analyze, following imports to propagate facts, visits exactly the
// source packages. Call [packages.PrintErrors] on the result before
// anything else: the errors of every package are reachable from it until
// Prune is called.
//
// As with packages.Load, errors of individual packages are in their Errors;
// the error returned is about the load as a whole.
func Load(cfg LoadConfig, patterns ...string) (*Program, error) {
	prog, err := Start(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	prog.Wait()
	return prog, nil
}

// Start is [Load] that returns once the import graph is known, with the
// source packages being parsed and type-checked in the background: call
// [Program.Wait] before reading them, or [Program.Analyze], which analyzes
// each package as soon as it is type-checked.
func Start(cfg LoadConfig, patterns ...string) (*Program, error) {
	all := cfg.Source == SourceAll
	if cfg.Source == SourceAuto {
		var sampled bool
		all, sampled = coldCache(cfg.Dir, cfg.Env)
		if all && sampled {
			cfg.Env = withoutIndex(cfg.Env)
		}
	}
	mode := metaMode
	if all {
		// No export data, and no cgo run for the compiled files (on an
		// empty cache, go list -compiled runs cgo for runtime/cgo, net and
		// os/user: 2 s on go-redis): the Go files are type-checked with
		// a fake "C" package.
		//
		// Nor sizes: go/packages asks go list for compiled files when
		// they are needed (-compiled=true), which runs cgo as above; the
		// sizes come from the same query go/packages makes, run beside
		// go list.
		mode &^= packages.NeedExportFile | packages.NeedCompiledGoFiles | packages.NeedTypesSizes
	}
	fset := token.NewFileSet()
	var sizes chan sizesResult
	var spec *speculation
	if all {
		sizes = make(chan sizesResult, 1)
		go func() { sizes <- querySizes(cfg.Dir, cfg.Env) }()
		spec = speculate(fset, cfg.Env)
	}
	t0 := time.Now()
	initial, err := packages.Load(&packages.Config{
		Mode:       mode,
		Tests:      cfg.Tests,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: cfg.BuildFlags,
	}, patterns...)
	record(func() string { return "go list" }, t0)
	spec.finish()
	if err != nil {
		return nil, err
	}
	var target sizesResult
	if all {
		target = <-sizes
		if target.err != nil {
			return nil, target.err
		}
		packages.Visit(initial, nil, func(p *packages.Package) { p.TypesSizes = target.sizes })
	}
	if cfg.Tests {
		initial = withoutTestedVariants(initial)
	}
	ld := &loader{
		fset:        fset,
		nodes:       map[*packages.Package]*node{},
		exports:     map[string]*types.Package{},
		exportErrs:  map[*packages.Package]error{},
		exportsRead: make(chan struct{}),
		parsed:      map[string]*parsedFile{},
		fileUsers:   map[string]int{},
		bodies:      map[string]bool{},
		cpu:         make(chan struct{}, runtime.GOMAXPROCS(0)),
		io:          make(chan struct{}, 20),
		all:         all,
		allFacts:    cfg.AllFacts,
		lazyRoots:   cfg.LazyRoots && !all,
		results:     cfg.Results,
	}
	if !all {
		ld.cache = newFactCache(cfg.Facts)
	}
	ld.selectSources(initial)
	// The analyzers may read a package of the graph from source that is
	// read from export data here (callsite's dependency summariser), until
	// Analyze returns.
	deps, unregister := depsrc.Register(ld.fset, newLoadResolver(ld))
	// Parse every source file now, in parallel: type-checking waits for
	// the imports of a package, parsing does not.
	for _, n := range ld.nodes {
		if n.source {
			for _, name := range ld.goFiles(n.pkg) {
				ld.fileUsers[name]++
				if n.analyzed {
					ld.bodies[name] = true
				}
			}
		}
	}
	toParse := spec.adopt(ld, target)
	for _, name := range toParse {
		go ld.parseFile(name)
	}
	prog := &Program{Initial: initial, Fset: ld.fset, ld: ld, loaded: make(chan struct{}), deps: deps, unregister: unregister}
	for p, n := range ld.nodes {
		if n.analyzed {
			prog.sources = append(prog.sources, p)
		}
	}
	go func() {
		// Read the export data of every package read from export data
		// that a source package imports, before any type-checking (check
		// waits for it): an analysis that starts while other packages are
		// type-checked then never sees gcexportdata complete (and so
		// modify) a package it walks. The type checker would read the
		// same set, in whatever order the packages come.
		for _, imp := range ld.exportImports() {
			ld.importExport(imp)
		}
		close(ld.exportsRead)
		var wg sync.WaitGroup
		for _, p := range initial {
			if n := ld.nodes[p]; n.source {
				wg.Go(func() { ld.check(n) })
			}
		}
		wg.Wait()
		close(prog.loaded)
	}()
	return prog, nil
}

// Program is what Load loaded.
type Program struct {
	// Initial are the packages the patterns matched, as packages.Load
	// returns them.
	Initial []*packages.Package
	Fset    *token.FileSet
	sources []*packages.Package
	ld      *loader
	loaded  chan struct{} // closed once every source package is type-checked
	// Lean, set before Analyze, lets Analyze release the syntax, type
	// information and analysis results of the initial packages too once
	// analyzed (their diagnostics and errors stay): for a caller that only
	// prints the graph. The other source packages' are released in any
	// case once the last action on them has run.
	Lean bool
	// deps are the dependencies the analyzers read from source, which
	// unregister forgets once Analyze is done.
	deps       *depsrc.Session
	unregister func()
}

// DependenciesRead returns the paths of the packages read from export data
// that the analyzers then read from source (the dependency key builders a
// key calls: callsite's summariser).
func (p *Program) DependenciesRead() []string { return p.deps.Read() }

// Wait returns once every source package is type-checked.
func (p *Program) Wait() { <-p.loaded }

// Sources returns the packages analyzed (read from source, and with
// SourceAll the only ones type-checked with function bodies), in no
// particular order.
func (p *Program) Sources() []*packages.Package { return p.sources }

// Prune removes from the Imports of every source package the packages read
// from export data, so that the graph reachable from Initial through Imports
// is the source packages. checker.Analyze requires that of a graph when
// analyzers use facts.
func (p *Program) Prune() {
	src := make(map[*packages.Package]bool, len(p.sources))
	for _, s := range p.sources {
		src[s] = true
	}
	for _, s := range p.sources {
		pruned := make(map[string]*packages.Package, len(s.Imports))
		for path, imp := range s.Imports {
			if src[imp] {
				pruned[path] = imp
			}
		}
		s.Imports = pruned
	}
}

type loader struct {
	fset  *token.FileSet
	nodes map[*packages.Package]*node // every package of the graph
	cpu   chan struct{}               // counting semaphore for parsing and type-checking
	io    chan struct{}               // counting semaphore for reading files

	exportMu   sync.Mutex
	exports    map[string]*types.Package // by PkgPath: packages read from export data
	exportErrs map[*packages.Package]error
	// exportsRead is closed once the export data of every import of a
	// source package is read: no package read from export data changes
	// after that.
	exportsRead chan struct{}

	// all: every package is type-checked from source (SourceAll).
	all bool
	// lazyRoots: LoadConfig.LazyRoots, with export data.
	lazyRoots bool
	// allFacts: no package is marked as one whose facts nobody reads.
	allFacts bool
	// cache keeps the facts of dependencies between runs (nil: none);
	// results, the diagnostics of the initial packages too; keyed says
	// which imports a key names by their own keys (selectSources).
	cache   *factCache
	results bool
	keyed   func(*packages.Package) bool

	parseMu sync.Mutex
	parsed  map[string]*parsedFile // by file name: test variants share files
	// fileUsers counts, by file name, the source packages that have not
	// taken the file from parsed yet: the last one leaves a tombstone, so
	// that the syntax goes with the package's.
	fileUsers map[string]int
	// bodies: the files of an analyzed package, whose function bodies
	// are parsed (the others' are blanked, see blankBodies).
	bodies map[string]bool
}

// taken is the tombstone of a parsed file every package has taken.
var taken = func() *parsedFile {
	v := &parsedFile{ready: make(chan struct{})}
	close(v.ready)
	return v
}()

type node struct {
	pkg      *packages.Package
	source   bool // type-checked from source
	analyzed bool // analyzed: read from source with SourceExport
	// lazy: a package of the analyzed modules read from export data, whose
	// facts are computed on demand (lazyPkg).
	lazy bool
	// clientFree: the package imports no client library, directly or
	// through others.
	clientFree bool
	// unread: no package imports it but a generated test main, so no
	// analysis reads its facts (analysisutil.MarkFactsUnread).
	unread bool
	// cached is the kept entry of a dependency read from export data for
	// it (a lazy package whose facts are the entry's); cacheKey, of one
	// read from source, the key its facts are kept under.
	cached   *cacheEntry
	cacheKey string
	// report: an initial package whose diagnostics are kept under
	// cacheKey (LoadConfig.Results); hit, one whose diagnostics were
	// found there, by analyzer: it is not analyzed, and cached holds its
	// facts.
	report bool
	hit    map[string][]analysis.Diagnostic
	once   sync.Once
}

type parsedFile struct {
	ready chan struct{}
	f     *ast.File
	err   error
}

// selectSources builds the nodes of the graph below initial and decides
// which packages are read from source.
func (ld *loader) selectSources(initial []*packages.Package) {
	modules := map[string]bool{}
	for _, p := range initial {
		if p.Module != nil {
			modules[p.Module.Path] = true
		}
	}
	roots := map[*packages.Package]bool{}
	for _, p := range initial {
		roots[p] = true
	}
	packages.Visit(initial, nil, func(p *packages.Package) {
		ld.nodes[p] = &node{pkg: p}
	})

	// usesClient: p imports a client library, directly or through others.
	usesClient := map[*packages.Package]bool{}
	var clientVisit func(p *packages.Package) bool
	clientVisit = func(p *packages.Package) bool {
		if v, ok := usesClient[p]; ok {
			return v
		}
		usesClient[p] = false // cycles are import errors: stop there
		v := false
		for _, imp := range p.Imports {
			if model.IsClientPackage(imp.PkgPath) || clientVisit(imp) {
				v = true
			}
		}
		usesClient[p] = v
		return v
	}
	// lazy: packages of the analyzed modules that import no client,
	// read from export data unless a source package imports them.
	lazy := map[*packages.Package]bool{}
	// hits: the initial packages whose diagnostics were kept (results.go).
	hits := map[*packages.Package]*cacheEntry{}
	var directives map[*packages.Package]bool
	if ld.lazyRoots {
		var free []*packages.Package
		for _, p := range initial {
			if p.ID == p.PkgPath && !isTestMain(p) && !clientVisit(p) {
				free = append(free, p)
			}
		}
		directives = ld.withDirectives(free)
	}
	seed := func(p *packages.Package) bool {
		switch {
		case p.PkgPath == "unsafe":
			return false
		case !ld.all && p.ExportFile == "", ld.all && len(p.Errors) > 0:
			// No export data (it did not compile, or go list failed):
			// type-check what there is, as go/packages does. Without
			// export data asked for, go list's errors tell.
			return true
		case roots[p]:
			if hits[p] != nil {
				return false
			}
			if ld.lazyRoots && len(p.Errors) == 0 && p.ID == p.PkgPath && !isTestMain(p) && !clientVisit(p) && !directives[p] {
				// An analyzed package without a client, directly or
				// through others, and without an ignore directive:
				// nothing can be reported in it (the analyzers report
				// the calls of clients, and the directives), and it
				// can export only what a lazy package exports. It is
				// one, unless a source package imports it
				// (sourceImportedRoots). Not a test variant (p
				// [p.test], p_test [p.test]): export data is read by
				// import path, which p has too.
				lazy[p] = true
				return false
			}
			return true
		case model.IsClientPackage(p.PkgPath):
			// A client library's package that is not analyzed itself:
			// the model knows its API, and its importers read no facts
			// of it, in the analyzed modules as in any other.
			return false
		case p.Module != nil && (p.Module.Main || modules[p.Module.Path]):
			if !ld.all && !clientVisit(p) {
				// Only key builders can come from it (see lazyPkg):
				// from export data, its facts computed on demand.
				lazy[p] = true
				return false
			}
			return true
		}
		return clientVisit(p)
	}

	// candidate: a dependency read from source for its facts alone, which
	// the fact cache may keep: another module's (seed's last case), or one
	// of the analyzed modules that no pattern matched or whose test variant
	// is analyzed in its place (withoutTestedVariants).
	// A test variant outside initial (q [p.test]) is not: its export data
	// is not its path's.
	candidate := func(p *packages.Package) bool {
		return ld.cache != nil && !ld.all && p.PkgPath != "unsafe" && p.ExportFile != "" && len(p.Errors) == 0 &&
			!roots[p] && p.ID == p.PkgPath && !model.IsClientPackage(p.PkgPath) && clientVisit(p)
	}
	// keyed: an import that a key names by its own key (its files and
	// imports), not by its export data: one whose facts or diagnostics are
	// kept, and any package whose facts are computed from its files, which
	// its export data does not reflect whole (a function body). The
	// others are the standard library's and other modules' versions in the
	// module cache.
	keyed := func(p *packages.Package) bool {
		return p.PkgPath != "unsafe" && (roots[p] || candidate(p) || p.ID != p.PkgPath ||
			p.Module != nil && (p.Module.Main || modules[p.Module.Path] || !fromModuleCache(p)))
	}
	ld.keyed = keyed

	// The initial packages whose diagnostics were kept (results.go).
	if ld.results && ld.cache != nil && !ld.all {
		importers := map[*packages.Package]bool{} // imported by a package other than a test main
		for p := range ld.nodes {
			if !isTestMain(p) {
				for _, imp := range p.Imports {
					importers[imp] = true
				}
			}
		}
		for _, p := range initial {
			if !reportable(p) {
				continue
			}
			k := ld.cache.key(ld, p, keyed)
			if k == "" {
				continue
			}
			n := ld.nodes[p]
			n.report, n.cacheKey = true, k
			if e := ld.cache.load(k); e != nil && e.Reported && (!e.Unread || !importers[p]) {
				if diags, ok := restore(ld.fset, e); ok {
					hits[p], n.hit = e, diags
				}
			}
		}
	}

	// A package that imports a source package is read from source too, so
	// that export data never refers to a package that has been
	// type-checked from source (one *types.Package per package).
	done := map[*packages.Package]bool{}
	var visit func(p *packages.Package) bool
	visit = func(p *packages.Package) bool {
		n := ld.nodes[p]
		if done[p] {
			return n.source
		}
		done[p] = true
		n.source = seed(p)
		importsSource := false
		for _, imp := range p.Imports {
			if visit(imp) {
				importsSource = true
			}
		}
		n.source = n.source || importsSource
		if e := hits[p]; e != nil && !n.source {
			n.cached = e
		}
		if n.source && candidate(p) {
			if k := ld.cache.key(ld, p, keyed); k != "" {
				// Its facts are read from the cache when they are
				// there and it imports no source package (whose
				// objects its export data would not share).
				if e := ld.cache.load(k); e != nil && !e.Unread && !importsSource {
					n.source, n.cached = false, e
				} else {
					n.cacheKey = k
				}
			}
		}
		return n.source
	}
	for _, p := range initial {
		visit(p)
	}
	ld.sourceImportedRoots(roots, lazy, hits)
	// read: packages that a package other than a generated test main
	// imports (whose analysis may read their facts).
	read := map[*packages.Package]bool{}
	for p := range ld.nodes {
		if !isTestMain(p) {
			for _, imp := range p.Imports {
				read[imp] = true
			}
		}
	}
	for _, n := range ld.nodes {
		// A client library's package read from source because it
		// imports one (its own packages, analyzed) is only type-checked.
		n.analyzed = n.source && (roots[n.pkg] || !model.IsClientPackage(n.pkg.PkgPath))
		n.lazy = (lazy[n.pkg] || n.cached != nil) && !n.source
		if n.source {
			n.hit = nil // analyzed after all: an importer reads it from source
		}
		n.clientFree = !clientVisit(n.pkg)
		n.unread = !read[n.pkg]
		if ld.all {
			n.source = true
		}
	}
}

// checkHook, when set (by tests), is called before each source package is
// type-checked.
var checkHook func(p *packages.Package)

// check type-checks the source package of n, after its source imports.
func (ld *loader) check(n *node) {
	n.once.Do(func() {
		<-ld.exportsRead
		var wg sync.WaitGroup
		for _, imp := range n.pkg.Imports {
			if in := ld.nodes[imp]; in.source {
				wg.Go(func() { ld.check(in) })
			}
		}
		wg.Wait()
		ld.typeCheck(n.pkg, n.analyzed, ld.parseFiles, ld.importExport)
	})
}

// typeCheck parses and type-checks p as go/packages does: same parser mode
// (but for object resolution, see parseFile), same types.Config, same
// errors. Only an analyzed package is checked with its function bodies
// and types.Info; parse parses its files.
func (ld *loader) typeCheck(p *packages.Package, analyzed bool, parse func([]string, func(error)) []*ast.File, importExport func(*packages.Package) (*types.Package, error)) {
	if checkHook != nil {
		checkHook(p)
	}
	p.Fset = ld.fset
	if p.PkgPath == "unsafe" {
		p.Types = types.Unsafe
		p.Syntax = []*ast.File{}
		p.TypesInfo = newTypesInfo(0)
		return
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)

	appendError := func(err error) {
		switch err := err.(type) {
		case packages.Error:
			p.Errors = append(p.Errors, err)
		case *os.PathError:
			p.Errors = append(p.Errors, packages.Error{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError})
		case scanner.ErrorList:
			for _, e := range err {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case types.Error:
			p.TypeErrors = append(p.TypeErrors, err)
			p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}

	if len(p.CompiledGoFiles) == 0 && p.ExportFile != "" {
		appendError(packages.Error{Pos: "-", Msg: fmt.Sprintf("sources missing for package %s", p.ID), Kind: packages.ParseError})
		if tp, err := ld.readExport(p); err == nil {
			p.Types = tp
		}
		p.IllTyped = true
		return
	}

	p.Syntax = parse(ld.goFiles(p), appendError)
	if analyzed {
		if n := ld.nodes[p]; n != nil && !n.clientFree {
			// Every analyzer walks it through its syntax index, which needs
			// only the syntax: build it beside the type checker.
			analysisutil.Prebuild(p.Syntax)
			if n.unread && !ld.allFacts {
				analysisutil.MarkFactsUnread(p.Types)
			}
		}
		p.TypesInfo = newTypesInfo(extent(p.Syntax))
	} else {
		// Only imported (SourceAll): nothing reads what the type
		// checker would record, nor the syntax once it is done.
		p.TypesInfo = &types.Info{}
		defer func() { p.Syntax, p.TypesInfo = nil, nil }()
	}

	importer := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		imp := p.Imports[path]
		if imp == nil {
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		if in := ld.nodes[imp]; in != nil && in.source {
			return imp.Types, nil
		}
		return importExport(imp)
	})
	tc := &types.Config{
		Importer: importer,
		Error:    appendError,
		Sizes:    p.TypesSizes,
		// A package that is not analyzed is only imported: its
		// declarations are what export data would have given.
		IgnoreFuncBodies: !analyzed,
		FakeImportC:      ld.all,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	ld.cpu <- struct{}{}
	t0 := time.Now()
	err := types.NewChecker(tc, ld.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	record(func() string { return "type-check " + p.ID }, t0)
	<-ld.cpu
	if err != nil && len(p.Errors) == 0 {
		appendError(err)
	}

	ill := len(p.Errors) > 0
	for _, imp := range p.Imports {
		if imp.IllTyped {
			ill = true
		}
	}
	p.IllTyped = ill
}

// goFiles are the files of p to type-check: the compiled ones (cgo's
// output in place of files that import "C"), or with SourceAll, which asks
// go list for no compiled files, the Go files.
func (ld *loader) goFiles(p *packages.Package) []string {
	if ld.all {
		return p.GoFiles
	}
	return p.CompiledGoFiles
}

// exportImports returns the packages read from export data that source
// packages import, by path. A lazy package is not read here unless a source
// package imports it: its objects that a source package can see are those
// the export data of these imports refer to, and its own type-check from
// source, if an importer asks for its facts, reads its imports into a
// universe of its own (computeLazy).
func (ld *loader) exportImports() []*packages.Package {
	seen := map[*packages.Package]bool{}
	var out []*packages.Package
	for _, n := range ld.nodes {
		if !n.source {
			continue
		}
		for path, imp := range n.pkg.Imports {
			if in := ld.nodes[imp]; in != nil && !in.source && path != "unsafe" && !seen[imp] {
				seen[imp] = true
				out = append(out, imp)
			}
		}
	}
	slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// importExport returns the types of imp, a package read from export data,
// reading them on first use.
func (ld *loader) importExport(imp *packages.Package) (*types.Package, error) {
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	if imp.Types != nil && imp.Types.Complete() {
		return imp.Types, nil
	}
	if err := ld.exportErrs[imp]; err != nil {
		return nil, err // reported once, as go/packages does
	}
	tp, err := ld.readExportLocked(imp)
	if err != nil {
		imp.IllTyped = true
		imp.Errors = append(imp.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		ld.exportErrs[imp] = err
		return nil, err
	}
	imp.Types, imp.Fset = tp, ld.fset
	return tp, nil
}

func (ld *loader) readExport(p *packages.Package) (*types.Package, error) {
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	return ld.readExportLocked(p)
}

// readExportLocked reads the export data of p into the shared map of
// packages read from export data. No package read from export data imports
// a source package (selectSources sees to it), so paths are unique there.
func (ld *loader) readExportLocked(p *packages.Package) (*types.Package, error) {
	if tp := ld.exports[p.PkgPath]; tp != nil && tp.Complete() {
		return tp, nil
	}
	if p.ExportFile == "" {
		return nil, fmt.Errorf("no export data file")
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	tp, err := gcexportdata.Read(r, ld.fset, ld.exports, p.PkgPath)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	return tp, nil
}

// parseFiles parses files in parallel, each file once whichever package
// variant asks for it, in go/packages' parser mode without the parser's
// object resolution: go/types does not read it, nor does any redislint
// analyzer (ast.Ident.Obj is nil), and it costs time and memory for every
// identifier.
func (ld *loader) parseFiles(names []string, appendError func(error)) []*ast.File {
	files := make([]*ast.File, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() { files[i], errs[i] = ld.parseFile(name) })
	}
	wg.Wait()
	ld.parseMu.Lock()
	for _, name := range names {
		if ld.fileUsers[name]--; ld.fileUsers[name] == 0 {
			ld.parsed[name] = taken
		}
	}
	ld.parseMu.Unlock()
	var out []*ast.File
	for i := range names {
		if files[i] != nil {
			out = append(out, files[i])
		}
		if errs[i] != nil {
			appendError(errs[i])
		}
	}
	return out
}

func (ld *loader) parseFile(name string) (*ast.File, error) {
	ld.parseMu.Lock()
	v, ok := ld.parsed[name]
	if ok {
		ld.parseMu.Unlock()
		<-v.ready
		return v.f, v.err
	}
	v = &parsedFile{ready: make(chan struct{})}
	ld.parsed[name] = v
	ld.parseMu.Unlock()
	defer close(v.ready)

	ld.io <- struct{}{}
	src, err := os.ReadFile(name)
	<-ld.io
	if err != nil {
		v.err = err
		return nil, err
	}
	ld.cpu <- struct{}{}
	if ld.bodies[name] {
		v.f, v.err = parser.ParseFile(ld.fset, name, src, parseMode)
	} else {
		v.f, v.err = parseDecls(ld.fset, name, src)
	}
	<-ld.cpu
	return v.f, v.err
}

// parseMode is go/packages' parser mode without the parser's object
// resolution (see parseFiles).
const parseMode = parser.AllErrors | parser.ParseComments | parser.SkipObjectResolution

// parseDecls parses a file of a package only type-checked for its
// declarations: without its function bodies (blankBodies) and with its
// variables' composite literals emptied (trimInitializers). A file that
// does not parse so is parsed again as it is, for its errors.
func parseDecls(fset *token.FileSet, name string, src []byte) (*ast.File, error) {
	if blank, ok := blankBodies(src); ok {
		if f, err := parser.ParseFile(fset, name, blank, parseMode); err == nil {
			trimInitializers(f)
			return f, nil
		}
	}
	f, err := parser.ParseFile(fset, name, src, parseMode)
	if err == nil {
		trimInitializers(f) // a file without bodies to blank
	}
	return f, err
}

// newTypesInfo returns the types.Info of go/packages (every map), with
// room for what the type checker records in files of extent bytes of
// declarations. The type checker fills the maps as it goes, and a map grown
// from empty moves its entries each time it doubles: on go-redis that was a
// tenth of type-checking, and much of the garbage of loading. The
// densities are typical of go-redis v9.23.0 and redislint with their tests
// (entries per kB of declarations, by package: Types 49–117, Uses 28–66,
// Defs 5–11, Selections 4–16, Scopes 5–11). A denser package grows its
// maps from there; a sparser one leaves some room unused.
func newTypesInfo(extent int) *types.Info {
	n := func(perKB int) int { return extent / 1024 * perKB }
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue, n(64)),
		Defs:         make(map[*ast.Ident]types.Object, n(9)),
		Uses:         make(map[*ast.Ident]types.Object, n(44)),
		Implicits:    make(map[ast.Node]types.Object, n(1)),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope, n(7)),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection, n(9)),
		FileVersions: make(map[*ast.File]string),
	}
}

// extent returns the bytes the declarations of files span (doc comments
// before the package clause not counted).
func extent(files []*ast.File) int {
	e := 0
	for _, f := range files {
		e += int(f.End() - f.Pos())
	}
	return e
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// isTestMain reports whether p is the generated main package of a test
// binary (go list -test's "P.test"): it only names the tests, examples,
// benchmarks and fuzz targets of the packages it imports, so their facts
// change nothing in its analysis.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && p.ID == p.PkgPath && strings.HasSuffix(p.PkgPath, ".test") &&
		len(p.GoFiles) == 1 && !strings.HasSuffix(p.GoFiles[0], ".go")
}
