package driver

import (
	"go/ast"
	"go/parser"
	"go/types"
	"os"
	"reflect"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/redislint/redislint/internal/analysisutil"
)

// A lazy package is a package of the analyzed modules that is not analyzed
// itself and imports no client library, directly or through others, nor
// any source package (see selectSources). Such a package can export only
// the facts that a package without a client may export
// ([analysisutil.ClientFree]: the key builders and key fields of callsite):
// whether an importer needs them is known only once the importer is
// analyzed, and most never do (a generated package of the module, say,
// that a client's user imports for its types). So it is read from export
// data, as the floor reads it, and its facts are computed the first time
// an importer asks for a ClientFree fact of one of its objects: the
// package is then type-checked from source on its own (against the same
// export data of its imports), the analyzers with facts run on it, and
// each fact is moved from the object of that type-check to the object of
// the same path (objectpath) in the export data that importers see.
//
// An importer sees the same facts as when the package was analyzed in the
// program's graph: the facts checker's inheritance lets through
// (exportedFrom), and, from a package it does not import directly, only
// the facts of methods, fields, type names and constants, which
// inheritance carries over more than one import.
type lazyPkg struct {
	n    *node
	once sync.Once
	// The facts, by the objectpath of their object: the package is
	// type-checked in a universe of its own, and each graph sees it in
	// its own (views).
	objectFacts  map[lazyFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact

	mu    sync.Mutex
	views map[*types.Package]map[objectFactKey]analysis.Fact
}

type lazyFactKey struct {
	path objectpath.Path
	typ  reflect.Type
}

// lazyView is how one graph sees the lazy packages: by the package of
// their objects in that graph's universe (the program's export data for
// the main graph; for a lazy package's own graph, the export data its
// type-check read), and by their packages.Package.
type lazyView struct {
	byTypes map[*types.Package]*lazyPkg
	types   map[*packages.Package]*types.Package
}

// lazyPkgs returns the lazy packages of the program, by their
// packages.Package.
func (ld *loader) lazyPkgs() map[*packages.Package]*lazyPkg {
	out := map[*packages.Package]*lazyPkg{}
	for _, n := range ld.nodes {
		if n.lazy {
			out[n.pkg] = &lazyPkg{n: n}
		}
	}
	return out
}

// newLazyView is the view of the lazy packages from a universe of packages
// read from export data (by path). A lazy package that is not in it has no
// object the graph can see.
func newLazyView(lazy map[*packages.Package]*lazyPkg, universe func(path string) *types.Package) *lazyView {
	v := &lazyView{byTypes: map[*types.Package]*lazyPkg{}, types: map[*packages.Package]*types.Package{}}
	for p, lp := range lazy {
		if tp := universe(p.PkgPath); tp != nil {
			v.byTypes[tp] = lp
			v.types[p] = tp
		}
	}
	return v
}

// computeLazy computes the facts of lp once: every analyzer of the graph
// with facts (and those they require) runs on the package type-checked
// from source, in a graph of its own. Its imports are read from their
// export data into a universe of the graph's own: the program's packages
// read from export data never change once analysis has started.
func (g *actionGraph) computeLazy(lp *lazyPkg) {
	lp.once.Do(func() {
		lp.objectFacts = map[lazyFactKey]analysis.Fact{}
		lp.packageFacts = map[reflect.Type]analysis.Fact{}
		if lp.n.cached != nil {
			g.ld.cache.fill(lp, lp.n.cached)
			return
		}
		p := lp.n.pkg
		// A package of the analyzed modules is kept in the fact cache
		// too, once computed: its facts are asked for again on the
		// next run (asynq's internal/proto, whose imports' export data
		// take 17 ms to read, for getters that are no key builders).
		key := g.ld.cache.lazyKey(g.ld, p)
		if key != "" {
			if e := g.ld.cache.load(key); e != nil && !e.Unread {
				g.ld.cache.fill(lp, e)
				return
			}
		}
		q := &packages.Package{
			ID:              p.ID,
			Name:            p.Name,
			PkgPath:         p.PkgPath,
			GoFiles:         p.GoFiles,
			CompiledGoFiles: p.CompiledGoFiles,
			OtherFiles:      p.OtherFiles,
			IgnoredFiles:    p.IgnoredFiles,
			Imports:         p.Imports,
			Module:          p.Module,
			TypesSizes:      p.TypesSizes,
		}
		universe := map[string]*types.Package{}
		g.ld.typeCheck(q, true, g.ld.parseUncached, func(imp *packages.Package) (*types.Package, error) {
			return readExportFile(g.ld.fset, universe, imp.PkgPath, imp.ExportFile)
		})
		sub := &actionGraph{
			ld:        g.ld,
			opts:      g.opts,
			actions:   map[actionKey]*action{},
			pending:   map[*packages.Package]*atomic.Int32{},
			rootPkgs:  map[*packages.Package]bool{},
			lean:      true,
			lazyPkgs:  g.lazyPkgs,
			factAs:    g.factAs,
			keepFacts: true,
		}
		sub.lazy = newLazyView(g.lazyPkgs, func(path string) *types.Package { return universe[path] })
		var acts []*action
		for _, a := range g.factAs {
			acts = append(acts, sub.action(a, q))
		}
		sub.count()
		sub.execAll(acts)
		var enc objectpath.Encoder
		for _, act := range sub.actions {
			for k, f := range act.objectFacts {
				if k.obj.Pkg() != q.Types || !exportedFrom(k.obj, q.Types) {
					continue
				}
				path, err := enc.For(k.obj)
				if err != nil {
					continue
				}
				lp.objectFacts[lazyFactKey{path, k.typ}] = f
			}
			for k, f := range act.packageFacts {
				if k.pkg == q.Types {
					lp.packageFacts[k.typ] = f
				}
			}
			act.objectFacts, act.packageFacts = nil, nil
			if act.err != nil {
				key = ""
			}
		}
		if key != "" && len(q.Errors) == 0 {
			g.ld.cache.writeLazy(key, lp)
		}
	})
}

// factsIn returns lp's object facts on the objects of tp, lp's package in
// some graph's universe, once computed: those of the objects that
// universe has (an object its export data does not hold, no importer
// there sees).
func (lp *lazyPkg) factsIn(tp *types.Package) map[objectFactKey]analysis.Fact {
	lp.mu.Lock()
	defer lp.mu.Unlock()
	if m, ok := lp.views[tp]; ok {
		return m
	}
	m := map[objectFactKey]analysis.Fact{}
	for k, f := range lp.objectFacts {
		if obj, err := objectpath.Object(tp, k.path); err == nil {
			m[objectFactKey{obj, k.typ}] = f
		}
	}
	if lp.views == nil {
		lp.views = map[*types.Package]map[objectFactKey]analysis.Fact{}
	}
	lp.views[tp] = m
	return m
}

// lazyObjectFact looks obj's fact up when obj belongs to a lazy package
// that act's package may see it from.
func (act *action) lazyObjectFact(obj types.Object, ptr analysis.Fact) (analysis.Fact, bool) {
	lp := act.g.lazy.byTypes[obj.Pkg()]
	if lp == nil {
		return nil, false
	}
	if _, ok := ptr.(analysisutil.ClientFree); !ok && lp.n.cached == nil {
		return nil, false // a lazy package has no other
	}
	if imp := act.pkg.Imports[lp.n.pkg.PkgPath]; imp != lp.n.pkg && !carried(obj) {
		return nil, false
	}
	act.g.computeLazy(lp)
	f, ok := lp.factsIn(obj.Pkg())[objectFactKey{obj, factType(ptr)}]
	return f, ok
}

// carried reports whether checker's inheritance carries a fact of obj
// from an import to the importers of the importer (exportedFrom with a
// package other than obj's).
func carried(obj types.Object) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Signature().Recv() != nil
	case *types.Var:
		return obj.IsField()
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// lazyFacts adds to act's facts those of every lazy package its package
// imports, directly or through others, for AllObjectFacts and
// AllPackageFacts: the ClientFree ones, and every fact of a dependency
// whose facts were kept (FactCache).
func (act *action) lazyFacts() {
	if act.lazyDone || len(act.g.lazy.byTypes) == 0 {
		return
	}
	act.lazyDone = true
	clientFree, all := map[any]bool{}, map[any]bool{}
	for _, f := range act.a.FactTypes {
		all[factType(f)] = true
		if _, ok := f.(analysisutil.ClientFree); ok {
			clientFree[factType(f)] = true
		}
	}
	if len(all) == 0 {
		return
	}
	seen := map[*packages.Package]bool{}
	var visit func(p *packages.Package, direct bool)
	visit = func(p *packages.Package, direct bool) {
		for _, imp := range p.Imports {
			if seen[imp] && !direct {
				continue
			}
			seen[imp] = true
			if lp, tp := act.g.lazyPkgs[imp], act.g.lazy.types[imp]; lp != nil && tp != nil {
				// A lazy package has only ClientFree facts; a kept
				// dependency, any.
				want := clientFree
				if lp.n.cached != nil {
					want = all
				}
				act.g.computeLazy(lp)
				for k, f := range lp.factsIn(tp) {
					if want[k.typ] && (direct || carried(k.obj)) {
						if _, ok := act.objectFacts[k]; !ok {
							act.objectFacts[k] = act.sanity(f)
						}
					}
				}
				for typ, f := range lp.packageFacts {
					if k := (packageFactKey{tp, typ}); want[typ] {
						if _, ok := act.packageFacts[k]; !ok {
							act.packageFacts[k] = act.sanity(f)
						}
					}
				}
			}
			// Facts come through the packages analyzed in the
			// program's graph, lazy ones included.
			if n := act.g.ld.nodes[imp]; n != nil && (n.analyzed || n.lazy) {
				visit(imp, false)
			}
		}
	}
	visit(act.pkg, true)
}

// parseUncached parses files outside the parse cache (a lazy package's,
// which no other package shares).
func (ld *loader) parseUncached(names []string, appendError func(error)) []*ast.File {
	var out []*ast.File
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			appendError(err)
			continue
		}
		ld.cpu <- struct{}{}
		f, err := parser.ParseFile(ld.fset, name, src, parseMode)
		<-ld.cpu
		if f != nil {
			out = append(out, f)
		}
		if err != nil {
			appendError(err)
		}
	}
	return out
}
