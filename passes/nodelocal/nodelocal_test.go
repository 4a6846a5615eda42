package nodelocal_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/nodelocal"
)

// testdata is the suite's shared GOPATH-style tree: stubs of the client
// libraries at their real import paths, and one directory of cases per analyzer.
var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

func TestGoRedis(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "nodelocal/goredis")
}

func TestOtherLibraries(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "nodelocal/others")
}

func TestSkip(t *testing.T) {
	t.Parallel()
	a := nodelocal.New(nodelocal.Config{Skip: "keys, flushdb"})
	analysistest.Run(t, testdata, a, "nodelocal/skip")
}

func TestRoutingPolicies(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "nodelocal/routing")
}

func TestHedged(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "nodelocal/hedged")
}

func TestInterfacesOff(t *testing.T) {
	t.Parallel()
	cfg := nodelocal.DefaultConfig()
	cfg.Interfaces = false
	analysistest.Run(t, testdata, nodelocal.New(cfg), "nodelocal/nointerfaces")
}
