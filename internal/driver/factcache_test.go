package driver_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestFactCache analyzes the facts corpus, whose third-party wrapper of
// go-redis (example.com/wrap, a replaced module) is read from source for
// its facts, with a fact cache: the first run reads it from source and
// keeps its facts, the next reads it from export data and gives its
// importers the facts kept, with the same diagnostics as without a cache
// (among them the CROSSSLOT through (*wrap.Wrapper).Rename, which needs
// them). An edit of the wrapper, other analyzer flags, or an entry that
// does not decode, and it is read from source again.
func TestFactCache(t *testing.T) {
	dir := t.TempDir()
	drivertest.CopyDir(t, factsDir(t), dir)
	cacheDir := t.TempDir()
	const wrap = "example.com/wrap"

	run := func(as []*analysis.Analyzer, facts *driver.FactCache) (diags string, sources []string) {
		t.Helper()
		prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, LazyRoots: true, Facts: facts}, "./...")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range prog.Sources() {
			sources = append(sources, p.PkgPath)
		}
		return analyzedLines(t, prog, as), sources
	}
	newAs := func() []*analysis.Analyzer { return analyzers.New(analyzers.DefaultConfig()) }
	cached := func(as []*analysis.Analyzer) *driver.FactCache {
		return &driver.FactCache{Dir: cacheDir, Analyzers: as}
	}
	entries := func() []string {
		var out []string
		filepath.WalkDir(cacheDir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				out = append(out, path)
			}
			return nil
		})
		return out
	}

	want, sources := run(newAs(), nil)
	if !strings.Contains(want, "(through (*wrap.Wrapper).Rename)") || !slices.Contains(sources, wrap) {
		t.Fatalf("without a cache: %s read from source: %v; diagnostics:\n%s", wrap, slices.Contains(sources, wrap), want)
	}

	check := func(what string, as []*analysis.Analyzer, fromSource bool) {
		t.Helper()
		got, sources := run(as, cached(as))
		if got != want {
			t.Errorf("%s: diagnostics\n%s\nwant (no cache)\n%s", what, got, want)
		}
		if slices.Contains(sources, wrap) != fromSource {
			t.Errorf("%s: %s read from source: %v, want %v", what, wrap, !fromSource, fromSource)
		}
	}
	as := newAs()
	check("empty cache", as, true)
	if n := len(entries()); n == 0 {
		t.Fatal("nothing kept")
	}
	check("kept", as, false)
	check("kept, other analyzer values of the same configuration", newAs(), false)

	// Other flags: another key.
	cfg := analyzers.DefaultConfig()
	cfg.StandaloneClient.Ports = "7000-7005"
	other := analyzers.New(cfg)
	wantOther, _ := run(other, nil)
	for i, fromSource := range []bool{true, false} {
		got, sources := run(other, cached(other))
		if got != wantOther {
			t.Errorf("other flags, run %d: diagnostics\n%s\nwant (no cache)\n%s", i+1, got, wantOther)
		}
		if slices.Contains(sources, wrap) != fromSource {
			t.Errorf("other flags, run %d: %s read from source: %v, want %v", i+1, wrap, !fromSource, fromSource)
		}
	}

	// An entry that does not decode is no entry.
	for _, e := range entries() {
		if err := os.WriteFile(e, []byte("not gob"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	check("corrupt entries", as, true)
	check("rewritten", as, false)

	// An edit of the wrapper: read from source again.
	name := filepath.Join(dir, "wrap", "wrap.go")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, append(data, "\n// edited\n"...), 0o666); err != nil {
		t.Fatal(err)
	}
	check("edited wrapper", as, true)
	check("edited wrapper, kept", as, false)

	// Analyze with other analyzers than the cache's: an error.
	prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, Facts: cached(as)}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prog.Analyze(newAs(), nil); err == nil {
		t.Error("Analyze with other analyzers than LoadConfig.Facts': no error")
	}
}

// TestLazyFactCache analyzes lazyuse alone with a fact cache: keys and
// keyfmt, packages of the module that import no client, are lazy, and the
// builders lazyuse's keys read are computed on its demand, keyfmt's from
// keys'. The first run type-checks both and keeps their facts; the next
// reads them from the cache, with the diagnostics of a run without one. An
// edit of keys' builder changes both entries' keys (keyfmt's facts are
// computed from keys'): both are computed again, and the keys shown are
// the edited ones.
func TestLazyFactCache(t *testing.T) {
	dir := t.TempDir()
	drivertest.CopyDir(t, factsDir(t), dir)
	cacheDir := t.TempDir()
	as := analyzers.New(analyzers.DefaultConfig())

	var mu sync.Mutex
	checked := map[string]bool{}
	defer driver.SetCheckHook(func(p *packages.Package) {
		mu.Lock()
		checked[p.PkgPath] = true
		mu.Unlock()
	})()
	run := func(facts *driver.FactCache) (diags string, lazyChecked []string) {
		t.Helper()
		mu.Lock()
		clear(checked)
		mu.Unlock()
		prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true, LazyRoots: true, Facts: facts}, "./lazyuse")
		if err != nil {
			t.Fatal(err)
		}
		diags = analyzedLines(t, prog, as)
		mu.Lock()
		defer mu.Unlock()
		for _, p := range []string{"example.com/facts/keys", "example.com/facts/keyfmt"} {
			if checked[p] {
				lazyChecked = append(lazyChecked, p)
			}
		}
		return diags, lazyChecked
	}
	cache := &driver.FactCache{Dir: cacheDir, Analyzers: as}
	both := []string{"example.com/facts/keys", "example.com/facts/keyfmt"}

	want, computed := run(nil)
	if !slices.Equal(computed, both) || !strings.Contains(want, `keyfmt.Session(id) = "user:%s:profile:session"`) {
		t.Fatalf("without a cache: lazy packages type-checked %v, want %v; diagnostics:\n%s", computed, both, want)
	}
	for i, wantComputed := range [][]string{both, nil} {
		got, computed := run(cache)
		if got != want {
			t.Errorf("run %d: diagnostics\n%s\nwant (no cache)\n%s", i+1, got, want)
		}
		if !slices.Equal(computed, wantComputed) {
			t.Errorf("run %d: lazy packages type-checked %v, want %v", i+1, computed, wantComputed)
		}
	}

	name := filepath.Join(dir, "keys", "keys.go")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), `return "user:" + id + ":profile"`, `return "member:" + id + ":profile"`, 1)
	if edited == string(data) {
		t.Fatal("keys.ProfileOf not found")
	}
	if err := os.WriteFile(name, []byte(edited), 0o666); err != nil {
		t.Fatal(err)
	}
	want, _ = run(nil)
	if !strings.Contains(want, `keyfmt.Session(id) = "member:%s:profile:session"`) {
		t.Fatalf("without a cache, after the edit:\n%s", want)
	}
	for i, wantComputed := range [][]string{both, nil} {
		got, computed := run(cache)
		if got != want {
			t.Errorf("edited, run %d: diagnostics\n%s\nwant (no cache)\n%s", i+1, got, want)
		}
		if !slices.Equal(computed, wantComputed) {
			t.Errorf("edited, run %d: lazy packages type-checked %v, want %v", i+1, computed, wantComputed)
		}
	}
}

// analyzedLines analyzes prog (with the sanity check) and returns its
// diagnostics, one "position: message" per line, sorted.
func analyzedLines(t *testing.T, prog *driver.Program, as []*analysis.Analyzer) string {
	t.Helper()
	g, err := prog.Analyze(as, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for act := range g.All() {
		for _, d := range act.Diagnostics {
			lines = append(lines, prog.Fset.Position(d.Pos).String()+": "+d.Message)
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestDefaultFactCache: the command's fact cache is REDISLINT_FACTS, none
// when it is "off", and redislint/facts in the user's cache directory when
// it is unset.
func TestDefaultFactCache(t *testing.T) {
	as := analyzers.New(analyzers.DefaultConfig())
	t.Setenv("REDISLINT_FACTS", "off")
	if c := driver.DefaultFactCache(as); c != nil {
		t.Errorf("REDISLINT_FACTS=off: %+v, want none", c)
	}
	dir := t.TempDir()
	t.Setenv("REDISLINT_FACTS", dir)
	if c := driver.DefaultFactCache(as); c == nil || c.Dir != dir || len(c.Analyzers) != len(as) {
		t.Errorf("REDISLINT_FACTS=%s: %+v", dir, c)
	}
	t.Setenv("REDISLINT_FACTS", "")
	t.Setenv("XDG_CACHE_HOME", dir)
	base, err := os.UserCacheDir()
	if err != nil {
		t.Skipf("no user cache directory: %v", err)
	}
	if c := driver.DefaultFactCache(as); c == nil || c.Dir != filepath.Join(base, "redislint", "facts") {
		t.Errorf("REDISLINT_FACTS unset: %+v, want %s", c, filepath.Join(base, "redislint", "facts"))
	}
}
