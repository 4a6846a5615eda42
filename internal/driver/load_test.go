package driver_test

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/depsrc"
	"github.com/redislint/redislint/internal/driver"
)

// The corpus testdata/facts is a module whose package app calls a wrapper
// of go-redis in another package of the module (store) and one in another
// module (example.com/wrap, which imports go-redis); it also imports a
// package of the module without Redis (keys) and a third-party package
// without Redis (example.com/plain). Its package orders builds keys with
// the builders of example.com/commons, a module without Redis: read from
// export data, and from source only for the builders called in keys.

func factsDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "facts"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadSources(t *testing.T) {
	prog, err := driver.Load(driver.LoadConfig{Dir: factsDir(t), Tests: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(prog.Initial); n > 0 {
		t.Fatalf("%d errors", n)
	}
	var got []string
	for _, p := range prog.Sources() {
		got = append(got, p.PkgPath)
		if p.Syntax == nil || p.TypesInfo == nil || p.Types == nil || !p.Types.Complete() {
			t.Errorf("source package %s has no syntax or types", p.ID)
		}
	}
	slices.Sort(got)
	want := []string{
		"example.com/facts/app",
		"example.com/facts/gen",
		"example.com/facts/keyfmt",
		"example.com/facts/keys",
		"example.com/facts/lazyuse",
		"example.com/facts/orders",
		"example.com/facts/store",
		"example.com/wrap",
		"example.com/wrap/conn",
		"example.com/wrap/helper",
	}
	if !slices.Equal(got, want) {
		t.Errorf("source packages %v, want %v (the others from export data)", got, want)
	}

	// The packages read from export data are complete, and shared: one
	// *types.Package for context in every source package.
	var contexts []string
	for _, p := range prog.Sources() {
		for _, imp := range p.Types.Imports() {
			if imp.Path() == "context" {
				contexts = append(contexts, fmt.Sprintf("%p", imp))
			}
		}
	}
	slices.Sort(contexts)
	if len(slices.Compact(contexts)) != 1 {
		t.Errorf("context imported as %d packages, want 1", len(contexts))
	}
}

// TestSameAsLoadAllSyntax checks that the analyzers report the same
// diagnostics on a program loaded by driver.Load as on the whole program
// loaded from source (what x/tools' multichecker does), wrapper facts
// across packages and modules included.
func TestSameAsLoadAllSyntax(t *testing.T) {
	for _, corpus := range []string{"facts", "drivers"} {
		t.Run(corpus, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", corpus))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			var analyzed [2][]string
			for i, src := range []driver.SourceMode{driver.SourceExport, driver.SourceAll} {
				prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, Source: src}, "./...")
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range prog.Sources() {
					analyzed[i] = append(analyzed[i], p.ID)
				}
				slices.Sort(analyzed[i])
				prog.Prune()
				d := diagnostics(t, prog.Initial)
				if i == 0 {
					got = d
				} else if !slices.Equal(d, got) {
					t.Errorf("every package from source (SourceAll):\n%s\nfrom export data:\n%s", strings.Join(d, "\n"), strings.Join(got, "\n"))
				}
			}
			if !slices.Equal(analyzed[0], analyzed[1]) {
				t.Errorf("SourceAll analyzes %v, SourceExport %v", analyzed[1], analyzed[0])
			}

			all, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Tests: true}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			want := diagnostics(t, all)
			if len(want) == 0 {
				t.Fatal("no diagnostics: the corpus tests nothing")
			}
			if !slices.Equal(got, want) {
				t.Errorf("driver.Load:\n%s\nLoadAllSyntax:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if corpus == "facts" {
				for _, through := range []string{"(*store.Store).GetMany", "(*wrap.Wrapper).Rename"} {
					if !slices.ContainsFunc(got, func(d string) bool { return strings.Contains(d, "through "+through) }) {
						t.Errorf("no diagnostic through %s: wrapper facts did not flow", through)
					}
				}
				// The builders of example.com/commons, which every
				// mode but LoadAllSyntax reads from export data.
				for _, key := range []string{`commons.OrderKey(org, 101) = "order:%s:101"`, `commons.InvoiceKey(org, id) = "invoice:%s:%d"`} {
					if !slices.ContainsFunc(got, func(d string) bool { return strings.Contains(d, key) }) {
						t.Errorf("no diagnostic showing %s: the dependency's builders were not read", key)
					}
				}
			}
		})
	}
}

func diagnostics(t *testing.T, pkgs []*packages.Package) []string {
	t.Helper()
	graph, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Message))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestColdCache(t *testing.T) {
	empty := t.TempDir()
	// warm holds compiled packages' export data; indexed, only what go
	// list writes without compiling anything: the module index, a few
	// small entries in every subdirectory.
	warm, indexed := t.TempDir(), t.TempDir()
	for i := range 256 {
		for _, c := range []struct {
			dir   string
			sizes []int
		}{{warm, []int{100, 200 << 10}}, {indexed, []int{100, 9000, 100, 12000}}} {
			d := filepath.Join(c.dir, fmt.Sprintf("%02x", i))
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
			for j, n := range c.sizes {
				if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("%02x%d-d", i, j)), make([]byte, n), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	for _, c := range []struct {
		env  []string
		cold bool
	}{
		{[]string{"GOCACHE=off"}, true},
		{[]string{"GOCACHE=" + empty}, true},
		{[]string{"GOCACHE=" + filepath.Join(empty, "none")}, true},
		{[]string{"GOCACHE=" + warm}, false},
		{[]string{"GOCACHE=" + indexed}, true},
		{[]string{"GOCACHE=" + warm, "REDISLINT_LOAD=source"}, true},
		{[]string{"GOCACHE=off", "REDISLINT_LOAD=export"}, false},
		{[]string{"GOCACHE=" + empty, "GOCACHE=" + warm}, false}, // the last one wins
	} {
		if got := driver.ColdCache("", c.env); got != c.cold {
			t.Errorf("ColdCache(%q) = %v, want %v", c.env, got, c.cold)
		}
	}
}

// TestDependencySources: under the standalone driver, the analyzers read
// from source only the dependency whose builders a key calls
// (example.com/commons), and the package of the module whose builder a
// key calls and wraps one of them (keys, read again: its facts could not
// hold the dependency's template), not one whose string function is called
// elsewhere (example.com/plain's Title), nor a generated one whose getter
// a key calls (example.com/commons/pb), nor one that imports another
// module (example.com/commons/ids), nor an identifier generator's
// (github.com/google/uuid, a stub), nor any other; with -trimpath
// too, which leaves the export data without the files' directories.
func TestDependencySources(t *testing.T) {
	for _, src := range []driver.SourceMode{driver.SourceExport, driver.SourceAll, -1} {
		cfg := driver.LoadConfig{Dir: factsDir(t), Tests: true, Source: src}
		if src == -1 {
			cfg.Source = driver.SourceExport
			cfg.Env = append(os.Environ(), "GOFLAGS=-trimpath")
		}
		prog, err := driver.Load(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		// SanityCheck: callsite.SourceFact, exported only under a driver
		// that reads dependencies on demand, goes through gob here
		// (analyzers' TestNogoReady checks the other fact types).
		g, err := prog.Analyze(analyzers.New(analyzers.DefaultConfig()), &checker.Options{SanityCheck: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for act := range g.All() {
			for _, d := range act.Diagnostics {
				found = found || strings.Contains(d.Message, `commons.InvoiceKey(org, id) = "invoice:%s:%d"`)
			}
		}
		if !found {
			t.Errorf("source mode %d: no diagnostic of the keys commons builds", src)
		}
		read := prog.DependenciesRead()
		if depsrc.For(prog.Fset) != nil {
			t.Error("the resolver is still registered after Analyze")
		}
		if want := []string{"example.com/commons", "example.com/facts/keys"}; !slices.Equal(read, want) {
			t.Errorf("source mode %d: read from source %v, want %v", src, read, want)
		}
	}
}

// TestColdLoadKeepsCacheEmpty: a load that finds the build cache empty
// type-checks from source, and leaves the cache without the module index
// go list would write (hundreds of entries), so that the next run finds
// it empty too and does not compile the whole program for export data.
func TestColdLoadKeepsCacheEmpty(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
	cache, err := os.MkdirTemp("", "gocache")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(cache)
	env := append(os.Environ(), "GOCACHE="+cache, "REDISLINT_LOAD=", "GODEBUG=panicnil=0")
	prog, err := driver.Load(driver.LoadConfig{Dir: factsDir(t), Env: env, Tests: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(prog.Initial); n > 0 {
		t.Fatalf("%d errors", n)
	}
	files := 0
	filepath.WalkDir(cache, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files++
		}
		return nil
	})
	if files > 8 {
		t.Errorf("the cold load left %d files in the build cache, want none but its README", files)
	}
	if !driver.ColdCache("", env) {
		t.Error("the build cache is not cold after a cold load")
	}
}
