package standaloneclient_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/standaloneclient"
)

// testdata is the suite's shared GOPATH-style tree: stubs of the client
// libraries at their real import paths, and one directory of cases per analyzer.
var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

// TestAnalyzer runs the analyzer once over all its case packages: one load
// of the stubs for all of them. github.com/mna/redisc is the stub itself: a
// client library's own packages dial nodes and follow MOVED on purpose, and
// must get no diagnostic.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer,
		"standaloneclient/goredis", "standaloneclient/others",
		"standaloneclient/crosspkg/conf", "standaloneclient/crosspkg/app", "standaloneclient/crosspkg/connector", "standaloneclient/crosspkg/broker", "standaloneclient/crosspkg/factory",
		"standaloneclient/testfixture", "standaloneclient/decide", "standaloneclient/count", "standaloneclient/nodekeys", "github.com/mna/redisc")
}

// TestFix checks the suggested fixes against the .golden files.
func TestFix(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, standaloneclient.Analyzer, "standaloneclient/fix")
}

// NewUniversalClient of a run-time list named cluster: hedged, with the
// IsClusterMode fix where the go-redis version has it.
func TestUniversalRuntimeList(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, standaloneclient.Analyzer, "standaloneclient/universal")
}

// TestUniversalOff: -standaloneclient.universal=false keeps only the
// run-time lists the program shows to be a cluster's.
func TestUniversalOff(t *testing.T) {
	t.Parallel()
	cfg := standaloneclient.DefaultConfig()
	cfg.Universal = false
	analysistest.Run(t, testdata, standaloneclient.New(cfg), "standaloneclient/universaloff")
}

// TestEndpoints: -standaloneclient.endpoints reports single-node clients on
// configured addresses; by default they are left alone (TestAnalyzer's
// packages hold such clients with no diagnostic).
func TestEndpoints(t *testing.T) {
	t.Parallel()
	cfg := standaloneclient.DefaultConfig()
	cfg.Endpoints = true
	analysistest.Run(t, testdata, standaloneclient.New(cfg), "standaloneclient/endpoints")
	if standaloneclient.DefaultConfig().Endpoints {
		t.Error("-standaloneclient.endpoints is on by default: doc.go says it is an audit, off")
	}
}
