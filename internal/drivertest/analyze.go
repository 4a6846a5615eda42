package drivertest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
)

// CheckAnalyzeAsChecker checks that driver's Program.Analyze, which
// analyzes each package as soon as it is type-checked, gives what
// checker.Analyze gives on the same program once it is loaded and pruned:
// the same actions in the same order with the same dependencies, the same
// text and JSON output, the same facts (with SanityCheck's encoding) and the
// same errors. It loads the packages of dir, tests included, in parallel and
// in sequential mode; env, if not nil, is go list's environment.
// wantFacts says whether the corpus must export a fact. The text and JSON
// output must be the same with LoadConfig.LazyRoots too.
func CheckAnalyzeAsChecker(t *testing.T, dir string, env []string, wantFacts bool) {
	t.Helper()
	cfg := driver.LoadConfig{Dir: dir, Tests: true, Env: env}
	for _, sequential := range []bool{false, true} {
		var checkerFacts, gotFacts lockedBuffer

		prog, err := driver.Load(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		prog.Prune()
		want, err := checker.Analyze(analyzers.New(analyzers.DefaultConfig()), prog.Initial,
			&checker.Options{SanityCheck: true, Sequential: sequential, FactLog: &checkerFacts})
		if err != nil {
			t.Fatal(err)
		}

		started, err := driver.Start(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		got, err := started.Analyze(analyzers.New(analyzers.DefaultConfig()),
			&checker.Options{SanityCheck: true, Sequential: sequential, FactLog: &gotFacts})
		if err != nil {
			t.Fatal(err)
		}

		if g, w := actions(got), actions(want); g != w {
			t.Errorf("sequential=%v: actions differ:\n%s\nchecker.Analyze:\n%s", sequential, g, w)
		}
		if !strings.Contains(actions(got), "diagnostics") {
			t.Fatal("no diagnostics: the corpus tests nothing")
		}
		for _, c := range []int{-1, 1} {
			if g, w := text(t, got, c), text(t, want, c); g != w {
				t.Errorf("sequential=%v: text output (-c=%d) differs:\n%s\nchecker.Analyze:\n%s", sequential, c, g, w)
			}
		}
		var gj, wj bytes.Buffer
		if err := got.PrintJSON(&gj); err != nil {
			t.Fatal(err)
		}
		if err := want.PrintJSON(&wj); err != nil {
			t.Fatal(err)
		}
		if gj.String() != wj.String() {
			t.Errorf("sequential=%v: JSON output differs:\n%s\nchecker.Analyze:\n%s", sequential, gj.String(), wj.String())
		}
		if g, w := sortedLines(gotFacts.String()), sortedLines(checkerFacts.String()); g != w {
			t.Errorf("sequential=%v: facts differ:\n%s\nchecker.Analyze:\n%s", sequential, g, w)
		}
		if wantFacts && checkerFacts.Len() == 0 {
			t.Error("no fact exported: the corpus tests no fact")
		}

		// With LazyRoots (the redislint command's setting), the initial
		// packages that can report nothing are left out of the graph:
		// the output is the same.
		lazyCfg := cfg
		lazyCfg.LazyRoots = true
		lazy, err := driver.Start(lazyCfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		lg, err := lazy.Analyze(analyzers.New(analyzers.DefaultConfig()), &checker.Options{SanityCheck: true, Sequential: sequential})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []int{-1, 1} {
			if g, w := text(t, lg, c), text(t, want, c); g != w {
				t.Errorf("sequential=%v, LazyRoots: text output (-c=%d) differs:\n%s\nchecker.Analyze:\n%s", sequential, c, g, w)
			}
		}
		var lj bytes.Buffer
		if err := lg.PrintJSON(&lj); err != nil {
			t.Fatal(err)
		}
		if lj.String() != wj.String() {
			t.Errorf("sequential=%v, LazyRoots: JSON output differs:\n%s\nchecker.Analyze:\n%s", sequential, lj.String(), wj.String())
		}
	}
}

// actions lists the graph in depth-first postorder: each action, its
// dependencies, whether it is a root, failed or has a result, and how many
// diagnostics it has.
func actions(g *checker.Graph) string {
	var b strings.Builder
	for act := range g.All() {
		fmt.Fprintf(&b, "%s root=%v err=%v", act, act.IsRoot, act.Err)
		if n := len(act.Diagnostics); n > 0 {
			fmt.Fprintf(&b, " %d diagnostics", n)
		}
		fmt.Fprintf(&b, " result=%v", act.Result != nil) // non-roots' results are cleared
		for _, d := range act.Deps {
			fmt.Fprintf(&b, "\n\t%s", d)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// lockedBuffer is a bytes.Buffer for FactLog, which actions of several
// packages write at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string { return l.b.String() }
func (l *lockedBuffer) Len() int       { return l.b.Len() }

func text(t *testing.T, g *checker.Graph, c int) string {
	var b bytes.Buffer
	if err := g.PrintText(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
