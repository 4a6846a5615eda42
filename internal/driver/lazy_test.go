package driver_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
)

// TestLazyPackages analyzes lazyuse alone: the packages of the module
// that import no client (keys, keyfmt, gen) are then read from export data,
// and the key builders of keys and keyfmt that lazyuse's MGET and DEL read
// are computed when lazyuse asks for them (keyfmt's from keys'). The
// output is the multichecker's on the whole program loaded from source,
// and shows the builders.
func TestLazyPackages(t *testing.T) {
	dir := factsDir(t)
	prog, err := driver.Load(driver.LoadConfig{Dir: dir, Tests: true}, "./lazyuse")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range prog.Sources() {
		if strings.HasSuffix(p.PkgPath, "/keys") || strings.HasSuffix(p.PkgPath, "/keyfmt") || strings.HasSuffix(p.PkgPath, "/gen") {
			t.Errorf("%s read from source; want export data", p.ID)
		}
	}

	t.Chdir(dir)
	var out, errs bytes.Buffer
	driver.Run(&driver.Options{Patterns: []string{"./lazyuse"}, JSON: true, Context: -1, Tests: true}, analyzers.New(analyzers.DefaultConfig()), &out, &errs)
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}

	all, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: true}, "./lazyuse")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(all); n > 0 {
		t.Fatalf("%d errors", n)
	}
	graph, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), all, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := graph.PrintJSON(&want); err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Errorf("driver:\n%s\nLoadAllSyntax:\n%s", out.String(), want.String())
	}
	if !strings.Contains(out.String(), `keys.ProfileOf(id) = \"user:%s:profile\"`) {
		t.Errorf("the key builder of keys did not flow:\n%s", out.String())
	}
	// keyfmt's builder is computed from keys', both lazy: keyfmt's own
	// type-check reads keys from export data into a universe of its own.
	if !strings.Contains(out.String(), `keyfmt.Session(id) = \"user:%s:profile:session\"`) {
		t.Errorf("the key builder of keyfmt, in terms of keys', did not flow:\n%s", out.String())
	}
}

// TestBuildTags: -tags reaches go list, so that a file only a build tag
// selects is analyzed (x/tools' checker takes the flag and ignores it).
func TestBuildTags(t *testing.T) {
	t.Chdir(filepath.Join(factsDir(t), "..", "tagged"))
	for _, tags := range []string{"", "special", "other,special"} {
		var out, errs bytes.Buffer
		driver.Run(&driver.Options{Patterns: []string{"./..."}, Context: -1, Tests: true, Tags: tags}, analyzers.New(analyzers.DefaultConfig()), &out, &errs)
		got := strings.Contains(errs.String()+out.String(), `MGET keys "special:a"`)
		if want := tags != ""; got != want {
			t.Errorf("-tags=%q: reported %v, want %v\nstdout: %s\nstderr: %s", tags, got, want, out.String(), errs.String())
		}
	}
}
