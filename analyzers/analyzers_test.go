package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/analysisutil"
)

// TestSuite checks the suite's shape: one analyzer per passes/NAME
// directory, named as the directory, documented, with a URL to its generated
// reference section; fresh analyzers on every call; Disable leaves analyzers out.
func TestSuite(t *testing.T) {
	dirs, err := os.ReadDir(filepath.Join("..", "passes"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, d := range dirs {
		if d.IsDir() {
			want = append(want, d.Name())
		}
	}
	got := analyzers.Names()
	if !slices.Equal(got, analysisutil.AnalyzerNames) {
		t.Errorf("analysisutil.AnalyzerNames (the names //redislint:ignore accepts) are %v, the suite's %v", analysisutil.AnalyzerNames, got)
	}
	sorted := slices.Clone(got)
	slices.Sort(sorted)
	if !slices.Equal(sorted, want) {
		t.Fatalf("suite %v, passes/ has %v", got, want)
	}
	a1 := analyzers.New(analyzers.DefaultConfig())
	a2 := analyzers.New(analyzers.DefaultConfig())
	for i, a := range a1 {
		if a == a2[i] || &a.Flags == &a2[i].Flags {
			t.Errorf("%s: New returned the same analyzer twice", a.Name)
		}
		if a.Doc == "" || strings.HasSuffix(strings.SplitN(a.Doc, "\n", 2)[0], ".") {
			t.Errorf("%s: Doc's summary is empty or ends with a period: %q", a.Name, a.Doc)
		}
		if a.URL != "https://github.com/redislint/redislint/blob/main/docs/analyzers.md#"+a.Name {
			t.Errorf("%s: URL %q", a.Name, a.URL)
		}
		src, err := os.ReadFile(filepath.Join("..", "passes", a.Name, a.Name+".go"))
		if err != nil || !strings.Contains(string(src), "package "+a.Name+"\n") {
			t.Errorf("%s: passes/%[1]s/%[1]s.go must be package %[1]s", a.Name)
		}
	}
	// Setting a flag on one analyzer does not change another's.
	for i, a := range a1 {
		if a.Name != "crossslot" {
			continue
		}
		if err := a.Flags.Set("interfaces", "false"); err != nil {
			t.Fatal(err)
		}
		if v := a2[i].Flags.Lookup("interfaces").Value.String(); v != "true" {
			t.Errorf("crossslot.interfaces set on one analyzer is %s on another", v)
		}
	}
	// The registry: each entry builds the analyzer of its name, and the
	// analyzers that are off by default are what DefaultConfig disables.
	var off []string
	for _, e := range analyzers.Registry {
		if a := e.New(analyzers.DefaultConfig()); a.Name != e.Name {
			t.Errorf("registry entry %s builds analyzer %s", e.Name, a.Name)
		}
		if l, ok := analyzers.Lookup(e.Name); !ok || l.Name != e.Name {
			t.Errorf("Lookup(%s) = %v, %v", e.Name, l.Name, ok)
		}
		if !e.Default {
			off = append(off, e.Name)
		}
	}
	if d := analyzers.DefaultConfig().Disable; !slices.Equal(d, off) {
		t.Errorf("DefaultConfig().Disable = %v, want the analyzers off by default %v", d, off)
	}
	cfg := analyzers.DefaultConfig()
	cfg.Disable = []string{"nodelocal"}
	for _, a := range analyzers.New(cfg) {
		if a.Name == "nodelocal" {
			t.Error("Disable: nodelocal still in the suite")
		}
	}
}
