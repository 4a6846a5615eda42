package crossslot_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/crossslot"
)

// NewFailoverClusterClient: only the ClusterClient's own checks (WATCH,
// transactions) are reported.
func TestFailoverCluster(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/failover")
}

// A wrapper that guards on the client's type: its callers are silent.
func TestTypeGuardedWrapper(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/guarded")
}
