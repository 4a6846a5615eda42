package analysisutil_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/internal/analysisutil"
)

// TestRelevant checks the early exit: a package that imports go-redis, or
// a package that does, is relevant; one with neither is not, and costs no
// inspector.
func TestRelevant(t *testing.T) {
	a := &analysis.Analyzer{
		Name:     "relevant",
		Doc:      "reports relevant packages",
		Requires: []*analysis.Analyzer{analysisutil.Inspect},
		Run: func(pass *analysis.Pass) (any, error) {
			if !analysisutil.Relevant(pass) {
				return nil, nil
			}
			if analysisutil.Inspector(pass) != analysisutil.Inspector(pass) {
				t.Errorf("%s: two inspectors", pass.Pkg.Path())
			}
			pass.Reportf(pass.Files[0].Name.Pos(), "relevant")
			return nil, nil
		},
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "analysisutil/plain", "analysisutil/direct", "analysisutil/through")
}

type builderFact struct{}

func (*builderFact) AFact()         {}
func (*builderFact) String() string { return "builder" }

// TestRelevantFacts checks the other half of the early exit: for an
// analyzer with facts, a package that imports no Redis client is relevant
// when one of its imports has facts of the analyzer (factuser, whose import
// builders has one), and not relevant otherwise (plain, and builders
// itself, whose only import is none).
func TestRelevantFacts(t *testing.T) {
	a := &analysis.Analyzer{
		Name:      "relevantfacts",
		Doc:       "reports relevant packages, with facts",
		Requires:  []*analysis.Analyzer{analysisutil.Inspect},
		FactTypes: []analysis.Fact{new(builderFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			relevant := analysisutil.Relevant(pass) // before this package's own facts
			if pass.Pkg.Path() == "analysisutil/builders" {
				pass.ExportObjectFact(pass.Pkg.Scope().Lookup("Key"), new(builderFact))
			}
			if relevant {
				pass.Reportf(pass.Files[0].Name.Pos(), "relevant")
			}
			return nil, nil
		},
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "analysisutil/plain", "analysisutil/builders", "analysisutil/factuser")
}
