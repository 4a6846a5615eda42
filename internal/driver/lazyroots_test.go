package driver_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestLazyRoots checks which initial packages the redislint command leaves
// out (LoadConfig.LazyRoots), on a module without a client: those that can
// report nothing are read from export data (clean, and user, which imports
// it); one with an ignore directive, which is reported, and one with a
// type error, whose errors are, are analyzed as before, and so are clean's
// test variants. The output and the exit code are the multichecker's on
// the whole program loaded from source. (TestLazySourceImported: a
// package without a client that a source package imports is read from
// source.)
func TestLazyRoots(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/plainmod\n\ngo 1.22\n",
		"clean/clean.go": `package clean

// Key is a key builder: a lazy package's fact if an importer asks.
func Key(id string) string { return "user:" + id }
`,
		"clean/clean_test.go": `package clean

import "testing"

func TestKey(t *testing.T) { _ = Key("1") }
`,
		"clean/x_test.go": `package clean_test

import (
	"testing"

	"example.com/plainmod/clean"
)

func TestX(t *testing.T) { _ = clean.Key("2") }
`,
		"user/user.go": `package user

import "example.com/plainmod/clean"

func Keys(id string) []string { return []string{clean.Key(id), "order:" + id} }
`,
		"directive/directive.go": `package directive

func Keys(id string) []string {
	//redislint:ignore crossslot nothing here sends them
	return []string{"user:" + id, "order:" + id}
}

func Other() int {
	//redislint:ignore crosslot misspelt
	return 1
}
`,
		"broken/broken.go": `package broken

func Broken() string { return 1 }
`,
	}
	drivertest.WriteFiles(t, dir, files)

	prog, err := driver.Start(driver.LoadConfig{Dir: dir, Tests: true, Source: driver.SourceExport, LazyRoots: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	prog.Wait()
	// clean is imported, so it is analyzed beside its test variant, which
	// its test main imports by the same path: the variant is no lazy
	// package (export data is read by path), and its test main's
	// type-check must find its tests there.
	packages.Visit(prog.Initial, nil, func(p *packages.Package) {
		if !strings.HasSuffix(p.PkgPath, "/broken") {
			for _, e := range p.Errors {
				t.Errorf("%s: %v", p.ID, e)
			}
		}
	})
	var analyzed []string
	for _, p := range prog.Sources() {
		analyzed = append(analyzed, p.ID)
	}
	slices.Sort(analyzed)
	want := []string{
		"example.com/plainmod/broken",
		"example.com/plainmod/clean [example.com/plainmod/clean.test]",
		"example.com/plainmod/clean.test",
		"example.com/plainmod/clean_test [example.com/plainmod/clean.test]",
		"example.com/plainmod/directive",
	}
	if !slices.Equal(analyzed, want) {
		t.Errorf("analyzed %v, want %v (clean's test variants, not clean, read from source)", analyzed, want)
	}

	t.Chdir(dir)
	var out, errs bytes.Buffer
	code := driver.Run(&driver.Options{Patterns: []string{"./..."}, Context: -1, Tests: true}, analyzers.New(analyzers.DefaultConfig()), &out, &errs)

	all, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	// The package errors go to the process's stderr (packages.PrintErrors),
	// as the multichecker prints them; the diagnostics and the analyzers'
	// errors to errs.
	if n := packages.PrintErrors(all); n != 1 {
		t.Errorf("%d package errors, want broken's", n)
	}
	var wantOut bytes.Buffer
	graph, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), all, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := graph.PrintText(&wantOut, -1); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"silences nothing", "which is no redislint analyzer", "skipped due to errors in package"} {
		if !strings.Contains(wantOut.String(), s) {
			t.Fatalf("the multichecker's output lacks %q: the module tests nothing:\n%s", s, wantOut.String())
		}
	}
	if errs.String() != wantOut.String() {
		t.Errorf("driver:\n%s\nLoadAllSyntax:\n%s", errs.String(), wantOut.String())
	}
	if code != 1 {
		t.Errorf("exit code %d, want 1 (a package has errors)", code)
	}
}

// TestLazySourceImported checks that LazyRoots reads from source the
// packages without a client that a package using one imports (keys, keyfmt
// and gen of the facts corpus, imported by lazyuse): the importer asks for
// their key builders, which a lazy package would compute apart from the
// program, again. The output is the same either way
// (drivertest.CheckAnalyzeAsChecker).
func TestLazySourceImported(t *testing.T) {
	prog, err := driver.Start(driver.LoadConfig{Dir: factsDir(t), Tests: true, Source: driver.SourceExport, LazyRoots: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	prog.Wait()
	for _, want := range []string{"example.com/facts/keys", "example.com/facts/keyfmt", "example.com/facts/gen"} {
		if !slices.ContainsFunc(prog.Sources(), func(p *packages.Package) bool { return p.ID == want }) {
			t.Errorf("%s read from export data; want source: lazyuse imports it", want)
		}
	}
}
