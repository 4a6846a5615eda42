package driver_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/driver"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestClientLibraryPackages loads a module whose path is a client
// library's (go-redis v9, as when go-redis itself is linted): its root
// package has in-package tests and is imported by another package of the
// module. Analyzing the module, the root package is analyzed as its test
// variant only; analyzing the importer alone, the library's package is not
// analyzed at all (its importers read no facts of it: the model knows it).
// In either source mode.
func TestClientLibraryPackages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":                   "module github.com/redis/go-redis/v9\n\ngo 1.22\n",
		"redis.go":                 "package redis\n\nimport \"github.com/redis/go-redis/v9/internal/pool\"\n\nfunc Get(key string) string { return pool.Name + key }\n",
		"internal/pool/pool.go":    "package pool\n\nconst Name = \"pool\"\n",
		"redis_internal_test.go":   "package redis\n\nimport \"testing\"\n\nfunc TestGet(t *testing.T) { _ = Get(\"k\") }\n",
		"e2e/e2e.go":               "package e2e\n\nimport redis \"github.com/redis/go-redis/v9\"\n\nfunc Run() string { return redis.Get(\"a\") }\n",
		"e2e/e2e_internal_test.go": "package e2e\n\nimport \"testing\"\n\nfunc TestRun(t *testing.T) { _ = Run() }\n",
	}
	drivertest.WriteFiles(t, dir, files)
	const lib = "github.com/redis/go-redis/v9"
	for _, mode := range []driver.SourceMode{driver.SourceExport, driver.SourceAll} {
		for _, c := range []struct {
			pattern string
			want    []string
		}{
			// The test variants and the generated test mains; never the
			// library's plain package.
			// With ./..., the library's internal package is analyzed, so the
			// root package that imports it is read from source: only
			// type-checked.
			{"./...", []string{lib + " [" + lib + ".test]", lib + ".test", lib + "/e2e [" + lib + "/e2e.test]", lib + "/e2e.test", lib + "/internal/pool"}},
			{"./e2e", []string{lib + "/e2e [" + lib + "/e2e.test]", lib + "/e2e.test"}},
		} {
			prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, Source: mode}, c.pattern)
			if err != nil {
				t.Fatal(err)
			}
			if n := packages.PrintErrors(prog.Initial); n > 0 {
				t.Fatalf("%d errors", n)
			}
			var got []string
			for _, p := range prog.Sources() {
				got = append(got, p.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("mode %v, %s: analyzed %v, want %v", mode, c.pattern, got, c.want)
			}
		}
	}
}
