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

func TestGoRedis(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "standaloneclient/goredis")
}

func TestOtherLibraries(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "standaloneclient/others")
}

func TestAcrossPackages(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "standaloneclient/crosspkg/conf", "standaloneclient/crosspkg/app")
}

func TestFix(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, standaloneclient.Analyzer, "standaloneclient/fix")
}

func TestTestFixtures(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "standaloneclient/testfixture")
}

// A client library's own packages dial nodes and follow MOVED on purpose.
func TestClientLibraryItself(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "github.com/mna/redisc")
}

// NewUniversalClient of a run-time list named cluster: hedged, with the
// IsClusterMode fix where the go-redis version has it.
func TestUniversalRuntimeList(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, standaloneclient.Analyzer, "standaloneclient/universal")
}

// Mode switches across functions, probe-then-decide, evidence by object.
func TestProgramsThatDecide(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, standaloneclient.Analyzer, "standaloneclient/decide")
}
