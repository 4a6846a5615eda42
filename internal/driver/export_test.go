package driver

import "golang.org/x/tools/go/packages"

// SetCheckHook sets the hook called before each package is type-checked
// from source (lazy packages included), for an external test; reset
// unsets it.
func SetCheckHook(f func(p *packages.Package)) (reset func()) {
	checkHook = f
	return func() { checkHook = nil }
}
