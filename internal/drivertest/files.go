package drivertest

import (
	"os"
	"path/filepath"
	"testing"
)

// WriteFiles writes files (slash-separated names relative to dir, and
// their contents) below dir, making the directories they need.
func WriteFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
