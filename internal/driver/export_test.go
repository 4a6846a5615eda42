package driver

import "golang.org/x/tools/go/packages"

// SetCheckHook sets the hook called before each package is type-checked
// from source (lazy packages included), for an external test; reset
// unsets it.
func SetCheckHook(f func(p *packages.Package)) (reset func()) {
	checkHook = f
	return func() { checkHook = nil }
}

// SetDebugSpeculation sets debugSpeculation until the test ends.
func SetDebugSpeculation(t interface{ Cleanup(func()) }, f func(files, filesTaken, checked int, adopted []string)) {
	debugSpeculation = f
	t.Cleanup(func() { debugSpeculation = nil })
}

// SetSpeculation sets the speculation's test hooks until the test ends:
// off starts none, wait lets it finish rather than stopping it when go
// list returns.
func SetSpeculation(t interface{ Cleanup(func()) }, off, wait bool) {
	speculationOff, speculationWait = off, wait
	t.Cleanup(func() { speculationOff, speculationWait = false, false })
}
