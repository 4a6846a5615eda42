package driver_test

import (
	"path/filepath"
	"testing"

	"github.com/redislint/redislint/internal/drivertest"
)

// TestAnalyzeAsChecker checks that Program.Analyze gives what
// checker.Analyze gives, on the facts and drivers corpora. The e2e package
// holds the same check on the live corpus (TestLiveAnalyzeAsChecker), where
// it shares the compilation of the corpus with TestLiveCluster.
func TestAnalyzeAsChecker(t *testing.T) {
	for _, corpus := range []string{"facts", "drivers"} {
		t.Run(corpus, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", corpus))
			if err != nil {
				t.Fatal(err)
			}
			drivertest.CheckAnalyzeAsChecker(t, dir, nil, corpus != "drivers")
		})
	}
}
