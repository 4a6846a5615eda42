package driver

import (
	"go/ast"
	"go/parser"
	"go/types"
	"os"
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
	n            *node
	once         sync.Once
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[packageFactKey]analysis.Fact
}

// lazyPkgs returns the lazy packages of the program by their export data
// package, read by then (exportImports).
func (ld *loader) lazyPkgs() map[*types.Package]*lazyPkg {
	out := map[*types.Package]*lazyPkg{}
	for _, n := range ld.nodes {
		if n.lazy && n.pkg.Types != nil {
			out[n.pkg.Types] = &lazyPkg{n: n}
		}
	}
	return out
}

// computeLazy computes the facts of lp once: every analyzer of the graph
// with facts (and those they require) runs on the package type-checked
// from source, in a graph of its own.
func (g *actionGraph) computeLazy(lp *lazyPkg) {
	lp.once.Do(func() {
		lp.objectFacts = map[objectFactKey]analysis.Fact{}
		lp.packageFacts = map[packageFactKey]analysis.Fact{}
		p := lp.n.pkg
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
		g.ld.typeCheck(q, true, g.ld.parseUncached)
		sub := &actionGraph{
			ld:        g.ld,
			opts:      g.opts,
			actions:   map[actionKey]*action{},
			pending:   map[*packages.Package]*atomic.Int32{},
			rootPkgs:  map[*packages.Package]bool{},
			lean:      true,
			lazy:      g.lazy,
			factAs:    g.factAs,
			keepFacts: true,
		}
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
				obj, err := objectpath.Object(p.Types, path)
				if err != nil {
					continue // not in the export data: no importer sees it
				}
				lp.objectFacts[objectFactKey{obj, k.typ}] = f
			}
			for k, f := range act.packageFacts {
				if k.pkg == q.Types {
					lp.packageFacts[packageFactKey{p.Types, k.typ}] = f
				}
			}
			act.objectFacts, act.packageFacts = nil, nil
		}
	})
}

// lazyObjectFact looks obj's fact up when obj belongs to a lazy package
// that act's package may see it from.
func (act *action) lazyObjectFact(obj types.Object, ptr analysis.Fact) (analysis.Fact, bool) {
	lp := act.g.lazy[obj.Pkg()]
	if lp == nil {
		return nil, false
	}
	if _, ok := ptr.(analysisutil.ClientFree); !ok {
		return nil, false
	}
	if imp := act.pkg.Imports[lp.n.pkg.PkgPath]; imp != lp.n.pkg && !carried(obj) {
		return nil, false
	}
	act.g.computeLazy(lp)
	f, ok := lp.objectFacts[objectFactKey{obj, factType(ptr)}]
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
// AllPackageFacts; only for an analyzer with a ClientFree fact type.
func (act *action) lazyFacts() {
	if act.lazyDone || len(act.g.lazy) == 0 {
		return
	}
	act.lazyDone = true
	clientFree := map[any]bool{}
	for _, f := range act.a.FactTypes {
		if _, ok := f.(analysisutil.ClientFree); ok {
			clientFree[factType(f)] = true
		}
	}
	if len(clientFree) == 0 {
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
			if lp := act.g.lazy[imp.Types]; lp != nil && imp.Types != nil {
				act.g.computeLazy(lp)
				for k, f := range lp.objectFacts {
					if clientFree[k.typ] && (direct || carried(k.obj)) {
						if _, ok := act.objectFacts[k]; !ok {
							act.objectFacts[k] = act.sanity(f)
						}
					}
				}
				for k, f := range lp.packageFacts {
					if clientFree[k.typ] {
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
		f, err := parser.ParseFile(ld.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
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
