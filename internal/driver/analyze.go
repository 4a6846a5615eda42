package driver

import (
	"bytes"
	"cmp"
	"context"
	"encoding/gob"
	"fmt"
	"go/token"
	"go/types"
	"log"
	"net/url"
	"os"
	"reflect"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/analysisutil"
)

// Analyze runs the analyzers on the initial packages of p, as
// checker.Analyze(as, p.Initial, opts) does on the program once it is
// loaded and pruned: the same graph of actions (one per analyzer and
// package, the analyzers' Requires on the same package, and, for an
// analyzer with facts, the same analyzer on every source package the
// package imports), the same passes, facts, errors and results. What
// differs is when an action runs: as soon as its package is type-checked
// and its dependencies have run, instead of after the whole program is
// loaded. While the last, largest packages are type-checked (go-redis's
// test variant and its external tests wait for each other), the packages
// below them are analyzed.
//
// The graph returned holds checker's Actions, so that its printers (text,
// JSON) and iterators work as with checker.Analyze; their Results are
// those of the roots only. Analyze returns once every package of p is
// type-checked.
func (p *Program) Analyze(as []*analysis.Analyzer, opts *checker.Options) (*checker.Graph, error) {
	defer p.Wait()
	defer p.unregister()
	if opts == nil {
		opts = new(checker.Options)
	}
	if err := analysis.Validate(as); err != nil {
		return nil, err
	}
	if c := p.ld.cache; c != nil && !slices.Equal(c.as, as) {
		return nil, fmt.Errorf("driver: Analyze is given other analyzers than LoadConfig.Facts.Analyzers, whose facts were read from the cache")
	}
	g := &actionGraph{ld: p.ld, opts: opts, actions: map[actionKey]*action{}, pending: map[*packages.Package]*atomic.Int32{}, lean: p.Lean}
	<-p.ld.exportsRead // the lazy packages' types
	g.lazyPkgs = p.ld.lazyPkgs()
	p.ld.exportMu.Lock()
	g.lazy = newLazyView(g.lazyPkgs, func(path string) *types.Package { return p.ld.exports[path] })
	p.ld.exportMu.Unlock()
	seen := map[*analysis.Analyzer]bool{}
	var withFacts func(as []*analysis.Analyzer)
	withFacts = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				withFacts(a.Requires)
				if len(a.FactTypes) > 0 {
					g.factAs = append(g.factAs, a)
				}
			}
		}
	}
	withFacts(as)
	// A lazy initial package has nothing to report (selectSources): its
	// facts are computed if an importer asks, as another lazy package's.
	// One whose diagnostics were kept (a hit) reports them, from actions
	// that do not run.
	var initial []*packages.Package
	for _, pkg := range p.Initial {
		if n := p.ld.nodes[pkg]; !n.lazy || n.hit != nil {
			initial = append(initial, pkg)
		}
	}
	var roots []*action
	for _, a := range as {
		for _, pkg := range initial {
			if hit := p.ld.nodes[pkg].hit; hit != nil {
				pkg.Fset = p.ld.fset
				root := &action{g: g, a: a, pkg: pkg, isRoot: true, diagnostics: hit[a.Name]}
				root.once.Do(func() {})
				roots = append(roots, root)
				continue
			}
			root := g.action(a, pkg)
			root.isRoot = true
			roots = append(roots, root)
		}
	}
	initial = slices.DeleteFunc(initial, func(pkg *packages.Package) bool { return p.ld.nodes[pkg].hit != nil })
	g.rootPkgs = make(map[*packages.Package]bool, len(initial))
	for _, pkg := range initial {
		g.rootPkgs[pkg] = true
	}
	g.count()
	g.execAll(roots)
	return g.graph(roots), nil
}

// count sets the consumers of each action and the pending actions of each
// package, once the graph is built.
func (g *actionGraph) count() {
	for _, act := range g.actions {
		for _, dep := range act.deps {
			dep.consumers.Add(1)
		}
		n := g.pending[act.pkg]
		if n == nil {
			n = new(atomic.Int32)
			g.pending[act.pkg] = n
		}
		n.Add(1)
	}
}

type actionKey struct {
	a   *analysis.Analyzer
	pkg *packages.Package
}

type actionGraph struct {
	ld      *loader
	opts    *checker.Options
	actions map[actionKey]*action
	// pending counts, by package, the actions that have not run yet;
	// rootPkgs are the initial packages. Once every action on a package
	// has run, its syntax and type information are released (a root's
	// only when lean): nothing reads them any more.
	pending  map[*packages.Package]*atomic.Int32
	rootPkgs map[*packages.Package]bool
	lean     bool
	// lazyPkgs are the lazy packages (shared with the graphs that compute
	// their facts), lazy how this graph's universe sees them; factAs the
	// analyzers with facts, which run on them.
	lazyPkgs map[*packages.Package]*lazyPkg
	lazy     *lazyView
	factAs   []*analysis.Analyzer
	// keepFacts: release keeps the facts (a lazy package's graph).
	keepFacts bool
}

// action is one analyzer on one package: checker.Action's work.
type action struct {
	g      *actionGraph
	a      *analysis.Analyzer
	pkg    *packages.Package
	isRoot bool
	deps   []*action
	// consumers counts the actions that have this one among their deps
	// and have not run yet: once none is left, its result, pass and
	// facts are released (see release).
	consumers atomic.Int32

	once         sync.Once
	result       any
	err          error
	diagnostics  []analysis.Diagnostic
	duration     time.Duration
	pass         *analysis.Pass
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[packageFactKey]analysis.Fact
	// lazyDone: the facts of the lazy packages below are in objectFacts
	// and packageFacts (lazyFacts).
	lazyDone bool
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

type packageFactKey struct {
	pkg *types.Package
	typ reflect.Type
}

func (act *action) String() string { return fmt.Sprintf("%s@%s", act.a, act.pkg) }

// action returns the action of a on pkg, with its dependencies, in
// checker.Analyze's order: the required analyzers, then the same analyzer
// on the imports (source packages only, as after Prune) by import path.
func (g *actionGraph) action(a *analysis.Analyzer, pkg *packages.Package) *action {
	k := actionKey{a, pkg}
	if act, ok := g.actions[k]; ok {
		return act
	}
	act := &action{g: g, a: a, pkg: pkg}
	for _, req := range a.Requires {
		act.deps = append(act.deps, g.action(req, pkg))
	}
	if len(a.FactTypes) > 0 {
		paths := make([]string, 0, len(pkg.Imports))
		for path, imp := range pkg.Imports {
			if n := g.ld.nodes[imp]; n != nil && n.analyzed {
				paths = append(paths, path)
			}
		}
		sort.Strings(paths)
		for _, path := range paths {
			act.deps = append(act.deps, g.action(a, pkg.Imports[path]))
		}
	}
	g.actions[k] = act
	return act
}

func (g *actionGraph) execAll(acts []*action) {
	if g.opts.Sequential {
		for _, act := range acts {
			act.exec()
		}
		return
	}
	var wg sync.WaitGroup
	for _, act := range acts {
		wg.Go(act.exec)
	}
	wg.Wait()
}

func (act *action) exec() {
	act.once.Do(func() {
		act.execOnce()
		cache := act.g.ld.cache
		if cache != nil {
			cache.gather(act)
		}
		for _, dep := range act.deps {
			if dep.consumers.Add(-1) == 0 {
				dep.release()
			}
		}
		if act.consumers.Load() == 0 {
			act.release() // a root
		}
		g := act.g
		if g.pending[act.pkg].Add(-1) == 0 {
			if cache != nil {
				cache.write(act.pkg)
			}
			analysisutil.Forget(act.pkg.Syntax)
			if act.pkg.Types != nil {
				analysisutil.ForgetFactsUnread(act.pkg.Types)
			}
			if g.lean || !g.rootPkgs[act.pkg] {
				act.pkg.Syntax, act.pkg.TypesInfo = nil, nil
			}
		}
	})
}

// release drops what act holds for its consumers once the last of them has
// run: its result (the syntax index, the client-flow index, the calls: most
// of a package's analysis), its pass and its facts, which importers have
// copied. A root keeps its result, which the graph returns, unless the
// graph is lean.
func (act *action) release() {
	if !act.isRoot || act.g.lean {
		act.result = nil
	}
	act.pass = nil
	if !act.g.keepFacts {
		act.objectFacts, act.packageFacts = nil, nil
	}
}

func (act *action) execOnce() {
	act.g.execAll(act.deps)
	// The package is type-checked (this waits for it, or checks it; a
	// lazy package's graph checks it first).
	if n := act.g.ld.nodes[act.pkg]; n != nil {
		act.g.ld.check(n)
	}

	t0 := time.Now()
	defer func() {
		act.duration = time.Since(t0)
		record(act.String, t0)
	}()

	var failed []string
	for _, dep := range act.deps {
		if dep.err != nil {
			failed = append(failed, dep.String())
		}
	}
	if failed != nil {
		sort.Strings(failed)
		act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}

	inputs := make(map[*analysis.Analyzer]any)
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[packageFactKey]analysis.Fact)
	for _, dep := range act.deps {
		if dep.pkg == act.pkg {
			inputs[dep.a] = dep.result
		} else {
			act.inheritFacts(dep)
		}
	}

	pkg := act.pkg
	if pkg.Errors == nil {
		if pkg.Name == "" || pkg.PkgPath == "" || pkg.Types == nil || pkg.Fset == nil || pkg.TypesSizes == nil {
			panic("packages must be loaded with packages.LoadSyntax mode")
		}
	}
	module := &analysis.Module{}
	if pkg.Module != nil {
		module = analysisModule(pkg.Module)
	}
	pass := &analysis.Pass{
		Analyzer:     act.a,
		Fset:         pkg.Fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,

		ResultOf: inputs,
		Report: func(d analysis.Diagnostic) {
			if err := validateFixes(pkg.Fset, act.a, d.SuggestedFixes); err != nil {
				panic(err)
			}
			act.diagnostics = append(act.diagnostics, d)
		},
		ImportObjectFact:  act.objectFact,
		ExportObjectFact:  act.exportObjectFact,
		ImportPackageFact: act.packageFact,
		ExportPackageFact: act.exportPackageFact,
		AllObjectFacts:    act.allObjectFacts,
		AllPackageFacts:   act.allPackageFacts,
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return os.ReadFile(name)
	}
	act.pass = pass

	if profileLabels {
		// -cpuprofile: samples carry the action (pprof -tagfocus).
		pprof.Do(context.Background(), pprof.Labels("analyzer", act.a.Name, "package", act.pkg.ID), func(context.Context) {
			act.result, act.err = act.run()
		})
	} else {
		act.result, act.err = act.run()
	}

	pass.ExportObjectFact = nil
	pass.ExportPackageFact = nil
}

func (act *action) run() (any, error) {
	pass := act.pass
	if act.pkg.IllTyped && !act.a.RunDespiteErrors {
		return nil, fmt.Errorf("analysis skipped due to errors in package")
	}
	result, err := act.a.Run(pass)
	if err != nil {
		return nil, err
	}
	if got, want := reflect.TypeOf(result), act.a.ResultType; got != want {
		return nil, fmt.Errorf(
			"internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
			pass.Pkg.Path(), act.a, got, want)
	}
	for i := range act.diagnostics {
		u, err := resolveURL(act.a, act.diagnostics[i])
		if err != nil {
			return nil, err
		}
		act.diagnostics[i].URL = u
	}
	return result, nil
}

// graph returns the actions as checker's, for its printers.
func (g *actionGraph) graph(roots []*action) *checker.Graph {
	mirror := make(map[*action]*checker.Action, len(g.actions))
	var of func(act *action) *checker.Action
	of = func(act *action) *checker.Action {
		if m, ok := mirror[act]; ok {
			return m
		}
		m := &checker.Action{
			Analyzer:    act.a,
			Package:     act.pkg,
			IsRoot:      act.isRoot,
			Err:         act.err,
			Diagnostics: act.diagnostics,
			Duration:    act.duration,
		}
		if act.isRoot {
			m.Result = act.result // only root results are visible, as with checker
		}
		mirror[act] = m
		for _, d := range act.deps {
			m.Deps = append(m.Deps, of(d))
		}
		return m
	}
	out := &checker.Graph{}
	for _, r := range roots {
		out.Roots = append(out.Roots, of(r))
	}
	return out
}

// readable is the access policy of Pass.ReadFile.
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == name {
			return true
		}
	}
	return false
}

// inheritFacts adds to act the facts of dep, an action of the same
// analyzer on an import: the object facts of objects an importer can see,
// every package fact. With SanityCheck, each fact goes through gob.
func (act *action) inheritFacts(dep *action) {
	for key, fact := range dep.objectFacts {
		if !exportedFrom(key.obj, dep.pkg.Types) {
			continue
		}
		act.objectFacts[key] = act.sanity(fact)
	}
	for key, fact := range dep.packageFacts {
		act.packageFacts[key] = act.sanity(fact)
	}
}

func (act *action) sanity(fact analysis.Fact) analysis.Fact {
	if !act.g.opts.SanityCheck {
		return fact
	}
	f, err := codeFact(fact)
	if err != nil {
		log.Panicf("internal error: encoding of %T fact failed in %v: %v", fact, act, err)
	}
	return f
}

// codeFact encodes fact twice, requires the same bytes, and decodes it.
func codeFact(fact analysis.Fact) (analysis.Fact, error) {
	var buf, buf2 bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		return nil, err
	}
	if err := gob.NewEncoder(&buf2).Encode(fact); err != nil {
		return nil, err
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		return nil, fmt.Errorf("encoding of %T fact is nondeterministic", fact)
	}
	decoded := reflect.New(reflect.TypeOf(fact).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&buf).Decode(decoded); err != nil {
		return nil, err
	}
	return decoded, nil
}

// exportedFrom reports whether an importer of pkg may see obj: checker's
// over-approximation of export data.
func exportedFrom(obj types.Object, pkg *types.Package) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() && obj.Pkg() == pkg || obj.Signature().Recv() != nil
	case *types.Var:
		return obj.IsField() || obj.Pkg() == pkg
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

func factType(fact analysis.Fact) reflect.Type {
	t := reflect.TypeOf(fact)
	if t.Kind() != reflect.Pointer {
		log.Fatalf("invalid Fact type: got %T, want pointer", fact)
	}
	return t
}

func (act *action) objectFact(obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	if v, ok := act.objectFacts[objectFactKey{obj, factType(ptr)}]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	if v, ok := act.lazyObjectFact(obj, ptr); ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(act.sanity(v)).Elem())
		return true
	}
	return false
}

func (act *action) exportObjectFact(obj types.Object, fact analysis.Fact) {
	if act.pass.ExportObjectFact == nil {
		log.Panicf("%s: Pass.ExportObjectFact(%s, %T) called after Run", act, obj, fact)
	}
	if obj.Pkg() != act.pkg.Types {
		log.Panicf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package",
			act.a, act.pkg, obj, fact)
	}
	if _, ok := fact.(analysisutil.ClientFree); !ok && act.clientFree() {
		// Lazy packages rest on it.
		log.Panicf("internal error: in analysis %s of package %s, which uses no client: Fact.Set(%s, %T): not a ClientFree fact",
			act.a, act.pkg, obj, fact)
	}
	act.objectFacts[objectFactKey{obj, factType(fact)}] = fact
	if w := act.g.opts.FactLog; w != nil {
		fmt.Fprintf(w, "%s: object %s has fact %s\n",
			act.pkg.Fset.Position(obj.Pos()), types.ObjectString(obj, (*types.Package).Name), fact)
	}
}

// clientFree reports whether act's package imports no client library,
// directly or through others (a lazy package's graph: always).
func (act *action) clientFree() bool {
	n := act.g.ld.nodes[act.pkg]
	return n == nil || n.clientFree
}

func (act *action) allObjectFacts() []analysis.ObjectFact {
	act.lazyFacts()
	facts := make([]analysis.ObjectFact, 0, len(act.objectFacts))
	for k, fact := range act.objectFacts {
		facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: fact})
	}
	return facts
}

func (act *action) packageFact(pkg *types.Package, ptr analysis.Fact) bool {
	if pkg == nil {
		panic("nil package")
	}
	if v, ok := act.packageFacts[packageFactKey{pkg, factType(ptr)}]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	if lp := act.g.lazy.byTypes[pkg]; lp != nil {
		if _, ok := ptr.(analysisutil.ClientFree); ok || lp.n.cached != nil {
			act.g.computeLazy(lp)
			if v, ok := lp.packageFacts[factType(ptr)]; ok {
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(act.sanity(v)).Elem())
				return true
			}
		}
	}
	return false
}

func (act *action) exportPackageFact(fact analysis.Fact) {
	if act.pass.ExportPackageFact == nil {
		log.Panicf("%s: Pass.ExportPackageFact(%T) called after Run", act, fact)
	}
	act.packageFacts[packageFactKey{act.pass.Pkg, factType(fact)}] = fact
	if w := act.g.opts.FactLog; w != nil {
		fmt.Fprintf(w, "%s: package %s has fact %s\n",
			act.pkg.Fset.Position(act.pass.Files[0].Pos()), act.pass.Pkg.Path(), fact)
	}
}

func (act *action) allPackageFacts() []analysis.PackageFact {
	act.lazyFacts()
	facts := make([]analysis.PackageFact, 0, len(act.packageFacts))
	for k, fact := range act.packageFacts {
		facts = append(facts, analysis.PackageFact{Package: k.pkg, Fact: fact})
	}
	return facts
}

func analysisModule(mod *packages.Module) *analysis.Module {
	if mod == nil {
		return nil
	}
	var modErr *analysis.ModuleError
	if mod.Error != nil {
		modErr = &analysis.ModuleError{Err: mod.Error.Err}
	}
	return &analysis.Module{
		Path:      mod.Path,
		Version:   mod.Version,
		Replace:   analysisModule(mod.Replace),
		Time:      mod.Time,
		Main:      mod.Main,
		Indirect:  mod.Indirect,
		Dir:       mod.Dir,
		GoMod:     mod.GoMod,
		GoVersion: mod.GoVersion,
		Error:     modErr,
	}
}

// resolveURL is the URL of a diagnostic: its own, or its category's
// anchor, resolved against the analyzer's URL.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// validateFixes checks the suggested fixes of a diagnostic as the checker
// does (distinct messages; edits within one file, in order, not
// overlapping), sorting each fix's edits by position and giving an
// insertion its End.
func validateFixes(fset *token.FileSet, a *analysis.Analyzer, fixes []analysis.SuggestedFix) error {
	seen := map[string]bool{}
	for i := range fixes {
		fix := &fixes[i]
		if seen[fix.Message] {
			return fmt.Errorf("analyzer %q suggests two fixes with same Message (%s)", a.Name, fix.Message)
		}
		seen[fix.Message] = true
		if err := validateFix(fset, fix); err != nil {
			return fmt.Errorf("analyzer %q suggests invalid fix (%s): %v", a.Name, fix.Message, err)
		}
	}
	return nil
}

func validateFix(fset *token.FileSet, fix *analysis.SuggestedFix) error {
	slices.SortStableFunc(fix.TextEdits, func(x, y analysis.TextEdit) int {
		if c := cmp.Compare(x.Pos, y.Pos); c != 0 {
			return c
		}
		return cmp.Compare(x.End, y.End)
	})
	var prev *analysis.TextEdit
	for i := range fix.TextEdits {
		edit := &fix.TextEdits[i]
		start := edit.Pos
		file := fset.File(start)
		if file == nil {
			return fmt.Errorf("no token.File for TextEdit.Pos (%v)", edit.Pos)
		}
		fileEnd := token.Pos(file.Base() + file.Size())
		if end := edit.End; end.IsValid() {
			if end < start {
				return fmt.Errorf("TextEdit.Pos (%v) > TextEdit.End (%v)", edit.Pos, edit.End)
			}
			endFile := fset.File(end)
			if endFile != file && end < fileEnd+10 {
				// An End just past the end of the file (a computed End
				// of a struct or interface type): clamped to it.
				edit.End = fileEnd
				continue
			}
			if endFile == nil {
				return fmt.Errorf("no token.File for TextEdit.End (%v; File(start).FileEnd is %d)", end, file.Base()+file.Size())
			}
			if endFile != file {
				return fmt.Errorf("edit #%d spans files (%v and %v)", i, file.Position(edit.Pos), endFile.Position(edit.End))
			}
		} else {
			edit.End = start
		}
		if edit.End > fileEnd {
			return fmt.Errorf("end is (%v) beyond end of file (%v)", edit.End, fileEnd)
		}
		if prev != nil && edit.Pos < prev.End {
			xpos, xend := fset.Position(prev.Pos), fset.Position(prev.End)
			ypos, yend := fset.Position(edit.Pos), fset.Position(edit.End)
			return fmt.Errorf("overlapping edits to %s (%d:%d-%d:%d and %d:%d-%d:%d)",
				xpos.Filename, xpos.Line, xpos.Column, xend.Line, xend.Column,
				ypos.Line, ypos.Column, yend.Line, yend.Column)
		}
		prev = edit
	}
	return nil
}
