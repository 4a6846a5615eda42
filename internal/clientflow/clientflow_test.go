package clientflow_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/internal/clientflow"
)

// marks returns an analyzer that calls report at each mark(x) with what the
// layer decides for x.
func marks(name string, report func(pass *analysis.Pass, mark *ast.CallExpr, c *clientflow.Client)) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      "reports what clientflow decides at each mark(x), for tests",
		Requires: []*analysis.Analyzer{clientflow.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[clientflow.Analyzer].(*clientflow.Result)
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) != 1 {
						return true
					}
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mark" {
						report(pass, call, res.Of(call.Args[0]))
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

// show reports, at each mark(x), the kinds the layer decides for x.
var show = marks("showflow", func(pass *analysis.Pass, mark *ast.CallExpr, c *clientflow.Client) {
	msg := c.Kinds().String()
	if c.Guard != nil {
		msg += " guarded"
	}
	pass.Reportf(mark.Pos(), "%s", msg)
})

var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

func TestKinds(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, show, "clientflow/kinds")
}

// TestFacts: a function of another package that returns a client tells
// its callers what it returns.
func TestFacts(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, clientflow.Analyzer, "clientflow/store")
	analysistest.Run(t, testdata, show, "clientflow/app")
}

func TestKindString(t *testing.T) {
	if got := (clientflow.Cluster | clientflow.Single).String(); got != "single|cluster" {
		t.Errorf("got %q", got)
	}
	if got := clientflow.Kind(0).String(); got != "none" {
		t.Errorf("got %q", got)
	}
}

// origin reports, at each mark(x), the kinds of x and the line of the
// origin of its first way.
var origin = marks("showorigin", func(pass *analysis.Pass, mark *ast.CallExpr, c *clientflow.Client) {
	if len(c.Ways) == 0 {
		pass.Reportf(mark.Pos(), "%s", c.Kinds())
		return
	}
	pass.Reportf(mark.Pos(), "%s from line %d", c.Kinds(), pass.Fset.Position(c.Ways[0].Origin.Pos()).Line)
})

// TestOriginsPerUse: what a variable holds is read once for all its uses
// (Result memoizes it by variable), but a parameter nothing is stored
// into is its own origin at each use, not at the first one asked.
func TestOriginsPerUse(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, origin, "clientflow/peruse")
}
