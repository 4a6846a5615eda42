package analysisutil_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/internal/analysisutil"
)

// badCalls reports every call of a function named bad; it has the name of
// the suite's first analyzer, which also reports unknown analyzer names.
var badCalls = &analysis.Analyzer{
	Name: analysisutil.AnalyzerNames[0],
	Doc:  "reports calls of bad, for tests",
	Run: analysisutil.WithIgnores(analysisutil.AnalyzerNames[0], func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "bad" {
						pass.Reportf(call.Pos(), "call of bad")
					}
				}
				return true
			})
		}
		return nil, nil
	}),
}

func TestIgnore(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	analysistest.Run(t, testdata, badCalls, "analysisutil/ignore")
}
