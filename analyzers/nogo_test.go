package analyzers_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/callsite"
)

// TestNogoReady checks what Bazel's nogo needs of every analyzer: each
// package exports its Analyzer (nogo's analyzer targets name it), and facts
// survive serialisation. The suite runs with checker's SanityCheck option,
// which gob-encodes every fact twice as it crosses a package boundary,
// fails on a difference (nondeterminism) and decodes it again, on
// corpora where each fact type is exported in one package and imported in
// another.
func TestNogoReady(t *testing.T) {
	factTypes := map[string]bool{}
	for _, a := range analyzers.New(analyzers.DefaultConfig()) {
		if !exportsAnalyzer(t, a.Name) {
			t.Errorf("analyzer %s: passes/%[1]s/%[1]s.go declares no package-level var Analyzer", a.Name)
		}
		var visit func(a *analysis.Analyzer)
		visit = func(a *analysis.Analyzer) {
			for _, f := range a.FactTypes {
				factTypes[fmt.Sprintf("%T", f)] = true
			}
			for _, r := range a.Requires {
				visit(r)
			}
		}
		visit(a)
	}
	if callsite.Analyzer.Name == "" {
		t.Error("callsite exports no Analyzer")
	}

	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  filepath.Join(testdata, "src"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOWORK=off"),
	}, "standaloneclient/crosspkg/...", "crossslot/wrappers/...", "clientflow/store", "clientflow/app", "crossslot/builders/...", "crossslot/txhelpers/...", "crossslot/txwrappers/...", "crossslot/fields/...", "crossslot/keylists/modefield/...", "nodelocal/fwd/...", "crossslot/clientapi/...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("errors loading the corpus")
	}
	var log bytes.Buffer
	graph, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), pkgs, &checker.Options{SanityCheck: true, FactLog: &log})
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
	// Each fact type was exported, so that SanityCheck had some to check.
	for _, want := range []string{"redis wrapper of", "cluster address (", "returns ", "key builder ", "queues ", "runs its callback in ", "transaction of ", "key field ", "builds #", "mode field: ", "redis raw-command forwarder", "client API"} {
		if !strings.Contains(log.String(), "has fact "+want) {
			t.Errorf("no fact %q exported: the sanity check checked nothing of it\n%s", want, log.String())
		}
	}
	// callsite.SourceFact is exported only under a driver that reads
	// dependencies from source on demand: internal/driver's
	// TestDependencySources runs it through the same sanity check.
	if len(factTypes) != 13 {
		t.Errorf("fact types %v: a new one needs a corpus here", factTypes)
	}
}

// exportsAnalyzer reports whether passes/NAME/NAME.go declares the
// package-level var Analyzer that nogo's analyzer targets name (the
// analyzer's name is its package's, checked by TestSuite).
func exportsAnalyzer(t *testing.T, name string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "passes", name, name+".go"), nil, parser.SkipObjectResolution)
	if err != nil {
		t.Error(err)
		return false
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, spec := range gd.Specs {
				for _, n := range spec.(*ast.ValueSpec).Names {
					if n.Name == "Analyzer" {
						return true
					}
				}
			}
		}
	}
	return false
}
