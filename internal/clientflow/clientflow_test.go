package clientflow_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/internal/clientflow"
)

// show reports, at each mark(x), the kinds the layer decides for x.
var show = &analysis.Analyzer{
	Name:     "showflow",
	Doc:      "reports what clientflow decides, for tests",
	Requires: []*analysis.Analyzer{clientflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[clientflow.Analyzer].(*clientflow.Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "mark" {
					return true
				}
				c := res.Of(call.Args[0])
				msg := c.Kinds().String()
				if c.Guard != nil {
					msg += " guarded"
				}
				pass.Reportf(call.Pos(), "%s", msg)
				return true
			})
		}
		return nil, nil
	},
}

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
var origin = &analysis.Analyzer{
	Name:     "showorigin",
	Doc:      "reports where clientflow says a client comes from, for tests",
	Requires: []*analysis.Analyzer{clientflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[clientflow.Analyzer].(*clientflow.Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "mark" {
					return true
				}
				c := res.Of(call.Args[0])
				if len(c.Ways) == 0 {
					pass.Reportf(call.Pos(), "%s", c.Kinds())
					return true
				}
				pass.Reportf(call.Pos(), "%s from line %d", c.Kinds(), pass.Fset.Position(c.Ways[0].Origin.Pos()).Line)
				return true
			})
		}
		return nil, nil
	},
}

// TestOriginsPerUse: what a variable holds is read once for all its uses
// (Result memoizes it by variable), but a parameter nothing is stored
// into is its own origin at each use, not at the first one asked.
func TestOriginsPerUse(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, origin, "clientflow/peruse")
}
