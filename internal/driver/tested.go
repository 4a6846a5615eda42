package driver

import (
	"slices"

	"golang.org/x/tools/go/packages"
)

// withoutTestedVariants drops from initial each package that has its
// in-package test variant among initial too (p and "p [p.test]"). As go
// vet does, the variant with the tests is analyzed in its place: it has
// every file of the package, so every diagnostic in them, and it sees
// every caller, the tests' included. The multichecker analyzes both and
// prints the diagnostics they share once; on a large package with tests,
// type-checking and analyzing the package a second time, for no
// diagnostic of its own, was a quarter of the run.
//
// A package that another imports stays in the graph, below its
// importers, as any dependency of the analyzed modules: read from source
// for its facts, which the fact cache keeps while its files and imports
// do not change (selectSources), and reported by its variant only.
func withoutTestedVariants(initial []*packages.Package) []*packages.Package {
	variants := map[string]*packages.Package{}
	for _, p := range initial {
		variants[p.ID] = p
	}
	out := initial[:0:0]
	for _, p := range initial {
		if p.ID == p.PkgPath {
			if v := variants[p.ID+" ["+p.PkgPath+".test]"]; v != nil && v.PkgPath == p.PkgPath && len(v.Errors) == 0 && hasFiles(v, p) {
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
