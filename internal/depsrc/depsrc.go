// Package depsrc is how a driver that reads dependencies from export data
// (the standalone driver, the go vet driver) lets the analyzers read one
// of them from source after all: the key builders of a package of another
// module that imports no client (a shared keys module,
// commons.OrderKey(org, id)) are in no fact, because the driver analyzed
// no syntax of it. callsite's dependency summariser asks the [Resolver]
// registered for the run whether a package was analyzed, and for the
// types of the imports of the package it type-checks from source.
//
// Drivers that analyze every dependency from source with facts (gopls,
// x/tools' checkers, analysistest) register nothing: the builders of a
// dependency are facts there.
package depsrc

import (
	"go/token"
	"go/types"
	"slices"
	"sync"
)

// A Resolver answers for the packages of one run.
type Resolver interface {
	// Skip reports, cheaply, that the package at path is not to be read
	// from source: it was analyzed from source in this run (its facts
	// say all there is), it is in the standard library, or the run does
	// not know it. It may answer false and Files nothing.
	Skip(path string) bool
	// Files returns the Go files to type-check the package at path from
	// (those the build selects, without tests), or none, and the path of
	// its module.
	Files(path string) (files []string, module string)
	// Import returns the complete types of the package at path, for
	// type-checking a dependency from source: read from export data into
	// imports (with positions in fset), which the caller owns and guards,
	// or a package of the run that is complete and never changes.
	Import(fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error)
}

// Session is the state of the dependency summaries of one run: one per
// resolver. Mu guards every field, and is held while a package is
// type-checked and summarised (summaries of a dependency's own
// dependencies are computed under it).
type Session struct {
	Resolver Resolver
	Mu       sync.Mutex
	// Fset and Imports are the universe of the packages type-checked
	// from source and of the export data they import (Imports may hold
	// packages of the run that the resolver shares).
	Fset    *token.FileSet
	Imports map[string]*types.Package
	// Done holds the summariser's results, by package path (nil: not
	// read), and
	// Generated whether a file is generated, by name.
	Done      map[string]any
	Generated map[string]bool
}

var (
	mu       sync.Mutex
	sessions = map[*token.FileSet]*Session{}
	fallback *Session
)

func newSession(r Resolver, fset *token.FileSet) *Session {
	return &Session{Resolver: r, Fset: fset, Imports: map[string]*types.Package{}, Done: map[string]any{}, Generated: map[string]bool{}}
}

// Register registers r for the passes whose Fset is fset, until the
// returned function is called, and returns the session. The files read
// from source are added to fset: the resolver may give packages of the
// run, whose positions are there.
func Register(fset *token.FileSet, r Resolver) (*Session, func()) {
	mu.Lock()
	defer mu.Unlock()
	s := newSession(r, fset)
	sessions[fset] = s
	return s, func() {
		mu.Lock()
		defer mu.Unlock()
		if sessions[fset] == s {
			delete(sessions, fset)
		}
	}
}

// Read returns the paths of the packages type-checked from source so far.
func (s *Session) Read() []string {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	var out []string
	for path, v := range s.Done {
		if v != nil {
			out = append(out, path)
		}
	}
	slices.Sort(out)
	return out
}

// SetDefault registers r for every pass whose Fset is not registered:
// for a process that analyzes one package (go vet's unitchecker, whose
// file set is its own).
func SetDefault(r Resolver) {
	mu.Lock()
	defer mu.Unlock()
	fallback = newSession(r, token.NewFileSet())
}

// For returns the session of the passes whose Fset is fset, or nil.
func For(fset *token.FileSet) *Session {
	mu.Lock()
	defer mu.Unlock()
	if s := sessions[fset]; s != nil {
		return s
	}
	return fallback
}
