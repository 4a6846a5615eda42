package driver_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestResultCache analyzes the facts corpus, with in-package and external
// tests added to store, with the diagnostics of the initial packages kept
// (LoadConfig.Results). Every run prints, byte for byte, what a run
// without a cache prints (JSON and text with context lines), and reads
// from source only what changed and what imports it:
//   - a second run reads nothing of the module from source;
//   - an edit of app reads app alone: store is read from export data and
//     its facts (GetMany's keys go to MGET) come from its entry, which the
//     CROSSSLOT in app needs;
//   - an edit of store's external test reads it, the variant with the
//     tests it imports, which has no export data of its own, and the
//     test main;
//   - an edit of store, or of the script it embeds, reads store's
//     variants and app.
func TestResultCache(t *testing.T) {
	dir := t.TempDir()
	drivertest.CopyDir(t, factsDir(t), dir)
	write := func(rel, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, rel), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	appendTo := func(rel, src string) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		write(rel, string(data)+src)
	}
	write("store/store_test.go", `package store

import (
	"context"
	"testing"
)

func TestGetMany(t *testing.T) {
	s := &Store{}
	s.rdb.MGet(context.Background(), "order:1", "order:2")
}
`)
	write("store/x_test.go", `package store_test

import (
	"context"
	"testing"

	"example.com/facts/store"
)

func TestX(t *testing.T) {
	var s *store.Store
	s.GetMany(context.Background(), "cart:1", "cart:2")
}
`)
	// store embeds a script: the key names it by content.
	write("store/script.go", `package store

import _ "embed"

//go:embed move.lua
var moveScript string
`)
	write("store/move.lua", "return redis.call('RENAME', KEYS[1], KEYS[2])\n")
	cacheDir := t.TempDir()
	as := analyzers.New(analyzers.DefaultConfig())
	run := func(results bool, facts *driver.FactCache) (out string, sources []string) {
		t.Helper()
		prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, LazyRoots: true, Facts: facts, Results: results}, "./...")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range prog.Sources() {
			if strings.HasPrefix(p.PkgPath, "example.com/facts") {
				sources = append(sources, p.ID)
			}
		}
		slices.Sort(sources)
		g, err := prog.Analyze(as, &checker.Options{SanityCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.PrintJSON(&buf); err != nil {
			t.Fatal(err)
		}
		if err := g.PrintText(&buf, 1); err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(buf.String(), dir, "DIR"), sources
	}
	const (
		app     = "example.com/facts/app"
		store   = "example.com/facts/store [example.com/facts/store.test]"
		xstore  = "example.com/facts/store_test [example.com/facts/store.test]"
		mainPkg = "example.com/facts/store.test" // the generated test main, which imports both
	)
	check := func(what string, wantSources ...string) {
		t.Helper()
		want, _ := run(false, nil)
		for _, w := range []string{"CROSSSLOT", `"order:1"`, `"cart:1"`} {
			if !strings.Contains(want, w) {
				t.Fatalf("%s: no %s in the diagnostics without a cache:\n%s", what, w, want)
			}
		}
		got, sources := run(true, &driver.FactCache{Dir: cacheDir, Analyzers: as})
		if got != want {
			t.Errorf("%s: printed\n%s\nwant (no cache)\n%s", what, got, want)
		}
		if what == "empty cache" {
			for _, s := range wantSources {
				if !slices.Contains(sources, s) {
					t.Errorf("%s: %s not read from source (read: %v)", what, s, sources)
				}
			}
		} else if !slices.Equal(sources, wantSources) {
			t.Errorf("%s: read from source %q, want %q", what, sources, wantSources)
		}
	}
	check("empty cache", app, store, xstore)
	check("kept")
	appendTo("app/app.go", "\n// edited\n")
	check("app edited", app)
	check("app edited, kept")
	appendTo("store/x_test.go", "\n// edited\n")
	check("external test edited", store, mainPkg, xstore)
	appendTo("store/store.go", "\n// edited\n")
	check("store edited", app, "example.com/facts/store", store, mainPkg, xstore)
	check("store edited, kept")
	appendTo("store/move.lua", "-- edited\n")
	check("embedded script edited", app, "example.com/facts/store", store, mainPkg, xstore)
	check("embedded script edited, kept")

	// Without Results, the cache keeps facts only.
	if _, sources := run(false, &driver.FactCache{Dir: cacheDir, Analyzers: as}); !slices.Contains(sources, app) {
		t.Errorf("Results unset: app not read from source (read: %v)", sources)
	}
}
