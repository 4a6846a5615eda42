package singleseed_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/singleseed"
)

// testdata is the suite's shared GOPATH-style tree: stubs of the client
// libraries at their real import paths, and one directory of cases per analyzer.
var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

func TestBasic(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, singleseed.Analyzer, "singleseed/basic")
}

func TestMin(t *testing.T) {
	t.Parallel()
	a := singleseed.New(singleseed.Config{Min: 3})
	analysistest.Run(t, testdata, a, "singleseed/min")
}

func TestEndpointsAndPerNodeTools(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, singleseed.Analyzer, "singleseed/endpoint")
}
