package valkeycheck_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/redislint/redislint/clustercheck/internal/genvalkey"
)

// TestGenerated: valkeycheck is rueidischeck translated; run
// "go run ./internal/genvalkey/cmd" from the clustercheck module after
// changing rueidischeck.
func TestGenerated(t *testing.T) {
	for from, to := range genvalkey.Files {
		src, err := os.ReadFile(filepath.Join("..", "rueidischeck", from))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(to)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != genvalkey.Translate(string(src)) {
			t.Errorf("%s is not rueidischeck/%s translated: run go run ./internal/genvalkey/cmd", to, from)
		}
	}
}
