package model

import (
	"os"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
)

// drift holds the real modules of testdata/drift, loaded once per test
// binary: the drift tests of the go-redis table, of the client tables and
// of the other libraries' tables all read them (each used to load them
// again, with go list and the export data of every dependency, a few
// seconds each).
var drift struct {
	once sync.Once
	pkgs map[string]*packages.Package // every loaded package, dependencies too, by path
	err  error
}

// driftPaths are the packages the drift tests read: every library path of
// the tables that the drift module requires, every go-redis version and
// libPackages.
func driftPaths() []string {
	var paths []string
	for l := range libs {
		for _, p := range libs[l].Paths {
			if _, skip := notInDriftModule[p]; !skip {
				paths = append(paths, p)
			}
		}
	}
	paths = append(paths, GoRedisPaths[0], "github.com/go-redis/redis/v8", "github.com/go-redis/redis/v7", "github.com/go-redis/redis")
	paths = append(paths, libPackages...)
	slices.Sort(paths)
	return slices.Compact(paths)
}

// driftLoad returns the packages of testdata/drift by path, with their
// dependencies; types come from export data. Callers check the errors of
// the packages they use.
//
// In -short mode it skips the test: loading runs go list on thirteen
// external modules (from the module proxy when the cache is cold) and
// builds their export data, a third of the CPU time of go test -short
// ./... on two cores. The tables' own checks (TestRegistry, TestForkTables,
// TestGoRedisTableWellFormed, …) still run; go test ./internal/model and
// CI run the drift tests.
func driftLoad(t *testing.T) map[string]*packages.Package {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the drift tests load the real modules of testdata/drift")
	}
	drift.once.Do(func() {
		cfg := &packages.Config{
			Dir:  driftDir,
			Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
			Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
		}
		loaded, err := packages.Load(cfg, driftPaths()...)
		if err != nil {
			drift.err = err
			return
		}
		drift.pkgs = map[string]*packages.Package{}
		packages.Visit(loaded, nil, func(p *packages.Package) { drift.pkgs[p.PkgPath] = p })
	})
	if drift.err != nil {
		t.Fatalf("loading the real libraries from %s: %v", driftDir, drift.err)
	}
	return drift.pkgs
}
