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
// packages, the largest graph the suite has, in place. It runs with the
// same go environment as internal/e2e/live (drivertest.GoEnv), so that
// the corpus's compiled packages are shared through the build cache.
func TestLiveAnalyzeAsChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the live corpus four times: not in -short")
	}
	dir := filepath.Join(repoRoot(t), "testdata", "live")
	drivertest.CheckAnalyzeAsChecker(t, dir, append(os.Environ(), drivertest.GoEnv()...), true)
}
