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

// TestAnalyzer runs the analyzer once over all its case packages: one load
// of the stubs for all of them (a Run per directory loaded and analyzed the
// stubs again each time).
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, crossslot.Analyzer,
		"crossslot/basic", "crossslot/wrappers/...", "crossslot/scripts", "crossslot/libs", "crossslot/routing",
		"crossslot/builders/...", "crossslot/collected", "crossslot/ifaces/...", "crossslot/branches", "crossslot/embedded", "crossslot/correlated", "crossslot/txhelpers/...", "crossslot/txwrappers/...", "crossslot/fields/...", "crossslot/forms", "crossslot/argvwrap/...")
}

// TestFix checks the suggested fixes against the .golden files.
func TestFix(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, crossslot.Analyzer, "crossslot/fix")
}

func TestDistinct(t *testing.T) {
	t.Parallel()
	cfg := crossslot.DefaultConfig()
	cfg.Distinct = true
	analysistest.Run(t, testdata, crossslot.New(cfg), "crossslot/distinct")
}

// TestConns: -crossslot.conns reports redigo and radix connections of
// unknown origin; off, the same package is silent.
func TestConns(t *testing.T) {
	t.Parallel()
	cfg := crossslot.DefaultConfig()
	cfg.Conns = true
	analysistest.Run(t, testdata, crossslot.New(cfg), "crossslot/conns")
	cfg.Conns = false
	analysistest.Run(t, testdata, crossslot.New(cfg), "crossslot/connsoff")
}

// TestKeyLists: exported functions of importable packages that send their
// caller's key list as one command (on by default, -crossslot.keylists).
func TestKeyLists(t *testing.T) {
	t.Parallel()
	if !crossslot.DefaultConfig().KeyLists {
		t.Fatal("-crossslot.keylists is off by default: doc.go says it is on")
	}
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/keylists/...")
}

// TestClientLibraries: in a client library's own packages only commands on
// a cluster client are reported; in a client mock's, nothing, nor in its
// callers' expectations.
func TestClientLibraries(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "github.com/redis/rueidis/rueidiscompat/libcode", "github.com/go-redis/redismock/v9", "crossslot/mockuse")
}

// TestClientAPI: a package that re-exports ten commands under their own
// names is a client API (as go-zero's redis package), one with nine is not.
func TestClientAPI(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/clientapi/...")
}

func TestDistinctDefault(t *testing.T) {
	if crossslot.DefaultConfig().Distinct {
		t.Fatal("-crossslot.distinct is on by default: doc.go says it is off")
	}
}

func TestShardedPubSub(t *testing.T) {
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/pubsub")
}

// TestDependencyBuilders: keys built by the builders of another module
// (testdata/facts/commons, a module that imports no client). Here every
// package is read from source, with facts; the standalone driver and go
// vet read that module from export data and its source on demand
// (internal/driver, cmd/redislint test those).
func TestDependencyBuilders(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, filepath.Join(testdata, "facts"), crossslot.Analyzer, "./orders")
}
