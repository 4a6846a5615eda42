package nodelocal_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/passes/nodelocal"
)

// TestKeysByPattern runs the analyzer on a module of the real go-redis
// v9.14.1 (testdata/keysroute), whose cluster client sends KEYS to the
// master of its pattern's slot: a KEYS whose pattern begins with a hash
// tag, typed or through Do, is silent; one without, and SCAN (routed by
// its cursor), are reported. The stubs of analysistest carry no version,
// which the rule needs (model.FeatureKeysByPattern).
func TestKeysByPattern(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "keysroute"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("errors loading testdata/keysroute (go-redis v9.14.1 from the module proxy)")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{nodelocal.Analyzer}, pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]string{}
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			got[act.Package.Fset.Position(d.Pos).Line] = d.Message
		}
	}
	f, err := os.Open(filepath.Join(dir, "keys.go"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	wants := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		_, want, found := strings.Cut(text, "// want ")
		switch {
		case found:
			wants++
			cmd, _, _ := strings.Cut(want, ":")
			if !strings.HasPrefix(got[line], cmd+" ") {
				t.Errorf("line %d (%s): got %q, want a %s diagnostic", line, strings.TrimSpace(text), got[line], cmd)
			}
		case got[line] != "":
			t.Errorf("line %d (%s): unexpected %q", line, strings.TrimSpace(text), got[line])
		}
	}
	if wants != 4 {
		t.Errorf("%d lines want a diagnostic, want 4", wants)
	}
}
