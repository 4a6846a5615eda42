package e2e

import (
	"path/filepath"
	"runtime"
	"testing"
)

// repoRoot is the root of the repository.
func repoRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}
