package driver

import (
	"bytes"
	"os"
	"sync"

	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/analysisutil"
)

// withDirectives returns those of pkgs whose files hold an ignore directive
// (analysisutil.IgnoreDirective), or one of whose files cannot be read.
// Such a package has diagnostics of its own even without a client: a
// directive without a reason, one that silences nothing, one naming no
// analyzer. The files are read, not parsed, a few at a time.
func (ld *loader) withDirectives(pkgs []*packages.Package) map[*packages.Package]bool {
	out := map[*packages.Package]bool{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range pkgs {
		for _, name := range ld.goFiles(p) {
			wg.Go(func() {
				ld.io <- struct{}{}
				src, err := os.ReadFile(name)
				<-ld.io
				if err != nil || bytes.Contains(src, directive) {
					mu.Lock()
					out[p] = true
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	return out
}

var directive = []byte(analysisutil.IgnoreDirective)

// sourceImportedRoots reads from source the lazy initial packages that a
// source package imports, directly or through other such packages, and
// then, as selectSources does, every package that imports a source
// package. A source importer may ask for their facts, and a lazy
// package's are computed apart, from a type-check of its own against
// the export data of its imports read into a universe of its own: for
// an initial package, which the floor type-checks once, that costs more
// than reading it from source (on oauth2-proxy's ./..., 1.4× the wall
// time and 1.7× the memory). So the lazy initial packages are those that
// no source package reads: their facts are never asked for. So are the
// test variants whose diagnostics were kept (hits) that a source package
// imports (p_test [p.test] imports p [p.test]): export data is read by
// path, and the path's is the package's without its tests.
func (ld *loader) sourceImportedRoots(roots, lazy map[*packages.Package]bool, hits map[*packages.Package]*cacheEntry) {
	importers := map[*packages.Package][]*packages.Package{}
	var queue []*packages.Package
	for p, n := range ld.nodes {
		for _, imp := range p.Imports {
			importers[imp] = append(importers[imp], p)
		}
		if n.source {
			queue = append(queue, p)
		}
	}
	mark := func(p *packages.Package) {
		if n := ld.nodes[p]; !n.source {
			n.source = true
			queue = append(queue, p)
		}
	}
	for len(queue) > 0 {
		p := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, imp := range p.Imports {
			if roots[imp] && lazy[imp] || hits[imp] != nil && imp.ID != imp.PkgPath {
				mark(imp)
			}
		}
		for _, up := range importers[p] {
			mark(up)
		}
	}
}
