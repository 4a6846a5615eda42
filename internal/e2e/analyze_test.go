package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/redislint/redislint/internal/drivertest"
)

// TestLiveAnalyzeAsChecker checks that the standalone driver's
// Program.Analyze, which analyzes a package while others are still being
// type-checked, gives what checker.Analyze gives on the live corpus: 160
// packages, the largest graph the suite has, in place. It runs in this
// package, one at a time with TestLiveCluster, and with the same go
// environment (drivertest.GoEnv), so that the corpus is compiled once:
// the go list -export of each would compile it, and on a machine with an
// empty build cache two test processes compiling it at once pushed
// TestLiveCluster towards go test's 10-minute limit.
func TestLiveAnalyzeAsChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the live corpus four times: not in -short")
	}
	dir := filepath.Join(repoRoot(t), "testdata", "live")
	drivertest.CheckAnalyzeAsChecker(t, dir, append(os.Environ(), drivertest.GoEnv()...), true)
}
