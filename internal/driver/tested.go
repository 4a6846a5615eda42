package driver

import (
	"slices"

	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/model"
)

// withoutTestedVariants drops from initial each package that has its
// in-package test variant among initial too (p and "p [p.test]") and that
// no package of the program imports. As go vet does, the variant with the
// tests is analyzed in its place: it has every file of the package, so
// every diagnostic in them, and it sees every caller, the tests' included.
// The multichecker analyzes both and prints the diagnostics they share
// once; on a large package with tests, type-checking and analyzing the
// package a second time, for no diagnostic of its own, was a quarter of
// the run. A package that another imports stays, for its importers' types
// and facts, unless it is a client library's: its importers read no facts
// of it (the model knows its API), and it is only type-checked.
func withoutTestedVariants(initial []*packages.Package) []*packages.Package {
	imported := map[*packages.Package]bool{}
	packages.Visit(initial, nil, func(p *packages.Package) {
		for _, imp := range p.Imports {
			imported[imp] = true
		}
	})
	variants := map[string]*packages.Package{}
	for _, p := range initial {
		variants[p.ID] = p
	}
	out := initial[:0:0]
	for _, p := range initial {
		if p.ID == p.PkgPath && (!imported[p] || model.IsClientPackage(p.PkgPath)) {
			if v := variants[p.ID+" ["+p.PkgPath+".test]"]; v != nil && v.PkgPath == p.PkgPath && hasFiles(v, p) {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// hasFiles reports whether every Go file of p is one of v's.
func hasFiles(v, p *packages.Package) bool {
	for _, f := range p.GoFiles {
		if !slices.Contains(v.GoFiles, f) {
			return false
		}
	}
	return true
}
