package gobuild

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/semver"
)

func newModule(t *testing.T) string {
	t.Helper()
	Log = io.Discard
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module tmp\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAddTo(t *testing.T) {
	dir := newModule(t)
	ctx := t.Context()
	src, err := Redislint(ctx, "")
	if err != nil {
		t.Fatal(err) // the tests run inside the checkout
	}
	if src.Dir == "" || src.Version != "" {
		t.Fatalf("Redislint(\"\") = %+v, want this checkout", src)
	}
	if err := src.AddTo(ctx, dir); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
	if !strings.Contains(string(data), "replace "+Module+" => "+src.Dir) {
		t.Errorf("go.mod after AddTo:\n%s", data)
	}
	if _, err := Redislint(ctx, t.TempDir()); err == nil {
		t.Error("Redislint(empty directory) succeeded")
	}
}

// TestAddToQuery resolves "latest" through the module proxy, as a
// .custom-gcl.yml with version: latest needs.
func TestAddToQuery(t *testing.T) {
	if testing.Short() {
		t.Skip("asks the module proxy")
	}
	dir := newModule(t)
	if err := (Source{Module: "golang.org/x/mod", Version: "latest"}).AddTo(t.Context(), dir); err != nil {
		t.Fatal(err)
	}
	out, err := Go(t.Context(), dir, "list", "-m", "-f", "{{.Version}}", "golang.org/x/mod")
	if v := strings.TrimSpace(string(out)); err != nil || !semver.IsValid(v) {
		t.Errorf("golang.org/x/mod required at %q (%v), want a release", v, err)
	}
}
