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

// TestAnalyzer runs the analyzer once over all its case packages with the
// default configuration: one load of the stubs for all of them.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "nodelocal/goredis", "nodelocal/others", "nodelocal/routing", "nodelocal/hedged", "nodelocal/stateguard", "nodelocal/modetx", "nodelocal/fwd/...")
}

// TestClientMock: a client mock's own package (its Expect methods build
// KEYS on a cluster client that never sends it) is left alone.
func TestClientMock(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, nodelocal.Analyzer, "github.com/go-redis/redismock/v9")
}

func TestSkip(t *testing.T) {
	t.Parallel()
	a := nodelocal.New(nodelocal.Config{Skip: "keys, flushdb"})
	analysistest.Run(t, testdata, a, "nodelocal/skip")
}

func TestInterfacesOff(t *testing.T) {
	t.Parallel()
	cfg := nodelocal.DefaultConfig()
	cfg.Interfaces = false
	analysistest.Run(t, testdata, nodelocal.New(cfg), "nodelocal/nointerfaces")
}
