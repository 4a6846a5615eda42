package driver

import (
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// TestAnalysisWhileLoading checks what Program.Analyze promises: a package
// is analyzed as soon as it is type-checked, while other packages are still
// being type-checked. The type-checking of testdata/facts' app package is
// held until an analysis of another package has run; a driver that
// analyzed only the whole loaded program would never release it.
func TestAnalysisWhileLoading(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "facts"))
	if err != nil {
		t.Fatal(err)
	}
	ran := make(chan string, 100)
	var analyzedEarly bool
	checkHook = func(p *packages.Package) {
		if p.PkgPath != "example.com/facts/app" {
			return
		}
		select {
		case name := <-ran:
			analyzedEarly = true
			t.Logf("%s analyzed while app waits to be type-checked", name)
		case <-time.After(20 * time.Second):
			// app is checked anyway, so that the test ends.
		}
	}
	defer func() { checkHook = nil }()

	var once sync.Map
	probe := &analysis.Analyzer{
		Name:       "probe",
		Doc:        "records the packages it runs on",
		ResultType: reflect.TypeFor[bool](),
		Run: func(pass *analysis.Pass) (any, error) {
			if path := pass.Pkg.Path(); !strings.HasSuffix(path, "/app") {
				if _, seen := once.LoadOrStore(path, true); !seen {
					ran <- path
				}
			}
			return true, nil
		},
	}
	prog, err := Start(LoadConfig{Dir: dir}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := prog.Analyze([]*analysis.Analyzer{probe}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !analyzedEarly {
		t.Error("no package was analyzed while app waited to be type-checked: the analysis waits for the whole load")
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
}
