package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestFactsUnreadSame: the facts the driver does not compute on the
// packages nobody imports (the live corpus's programs are all commands
// that use a client) change no diagnostic: the output is the same as
// with every fact computed (-debug=u).
func TestFactsUnreadSame(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the live corpus twice: not in -short")
	}
	dir := filepath.Join(repoRoot(t), "testdata", "live")
	env := append(os.Environ(), drivertest.GoEnv()...)
	output := func(allFacts bool) string {
		prog, err := driver.Load(driver.LoadConfig{Dir: dir, Env: env, Tests: true, AllFacts: allFacts}, "./...")
		if err != nil {
			t.Fatal(err)
		}
		prog.Lean = true
		graph, err := prog.Analyze(analyzers.New(analyzers.DefaultConfig()), nil)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := graph.PrintJSON(&out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	skipped, all := output(false), output(true)
	if len(all) < 1000 {
		t.Fatalf("the live corpus gave almost nothing:\n%s", all)
	}
	if skipped != all {
		t.Errorf("skipping the facts nobody reads changed the output:\nskipped:\n%s\nall facts:\n%s", skipped, all)
	}
}
