package crossslot_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/crossslot"
)

// testdata is the suite's shared GOPATH-style tree: stubs of the client
// libraries at their real import paths, and one directory of cases per analyzer.
var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

func TestBasic(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/basic")
}

func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, crossslot.Analyzer, "crossslot/fix")
}

func TestWrappers(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/wrappers/...")
}

func TestScripts(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/scripts")
}

func TestLibraries(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/libs")
}

func TestRoutingPolicies(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/routing")
}

func TestShardedPubSub(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/pubsub")
}
