package nodelocal

import (
	"go/types"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// libMethod reports whether some type of a client library that pkg
// imports, directly or not, has a method called name. A method of the
// program's own interface can only stand for a library method of that
// name (throughOwnInterface), and asking the client flow what the
// interface holds, at every call of ctx.Done() or w.Write(), was a third
// of nodelocal's time on a large package.
func (ch *checker) libMethod(name string) bool {
	if ch.libNames == nil {
		ch.libNames = map[string]bool{}
		seen := map[*types.Package]bool{}
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if seen[p] {
				return
			}
			seen[p] = true
			if model.IsClientPackage(p.Path()) {
				for n := range methodNames(p) {
					ch.libNames[n] = true
				}
			}
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(ch.pass.Pkg)
	}
	return ch.libNames[name]
}

// libraryNames keeps the method names of each library package from one
// package's pass to the next.
var libraryNames = analysisutil.NewPackageCache[map[string]bool](256)

// methodNames returns the names of the methods the types of p declare.
func methodNames(p *types.Package) map[string]bool {
	if names, ok := libraryNames.Get(p); ok {
		return names
	}
	names := map[string]bool{}
	scope := p.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		// The methods each type declares: a method promoted from an
		// embedded type is declared by that type, in a library package
		// the program imports too, or it is no library's method.
		if named, ok := tn.Type().(*types.Named); ok {
			for i := range named.NumMethods() {
				names[named.Method(i).Name()] = true
			}
		}
		if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
			for i := range iface.NumMethods() {
				names[iface.Method(i).Name()] = true
			}
		}
	}
	libraryNames.Put(p, names)
	return names
}
