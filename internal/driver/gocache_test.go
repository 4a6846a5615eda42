package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestGoCache compares goCache with what go env GOCACHE says in the same
// environment: the process's, and environments that move the cache through
// each of the places the go command reads.
func TestGoCache(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("goCache reads the environment only on linux; elsewhere it asks go env")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
	// Not t.TempDir: the go command started with HOME there may leave a
	// telemetry process writing under it after go env has returned.
	tmp, err := os.MkdirTemp("", "gocache")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	envFile := filepath.Join(tmp, "goenv")
	if err := os.WriteFile(envFile, []byte("GOFLAGS=-mod=mod\nGOCACHE=/from/goenv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	emptyFile := filepath.Join(tmp, "emptyenv")
	if err := os.WriteFile(emptyFile, []byte("GOCACHE=\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	confHome := filepath.Join(tmp, "conf")
	if err := os.MkdirAll(filepath.Join(confHome, "go"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(confHome, "go", "env"), []byte("GOCACHE=/from/xdgconfig\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The go command needs these to run at all (GOROOT is left out: set,
	// goCache defers to go env).
	base := []string{"PATH=" + os.Getenv("PATH"), "GOTOOLCHAIN=local", "GOPROXY=off"}
	envs := [][]string{
		nil, // the process's own
		{"HOME=" + tmp},
		{"HOME=" + tmp, "GOCACHE=/explicit"},
		{"HOME=" + tmp, "GOENV=" + envFile},
		{"HOME=" + tmp, "GOENV=" + emptyFile},
		{"HOME=" + tmp, "GOENV=off"},
		{"HOME=" + tmp, "XDG_CACHE_HOME=" + filepath.Join(tmp, "xdgcache")},
		{"HOME=" + tmp, "XDG_CONFIG_HOME=" + confHome},
		{"HOME=" + tmp, "XDG_CONFIG_HOME=" + confHome, "GOCACHE=/explicit"},
	}
	for _, env := range envs {
		full := env
		if env != nil {
			full = append(append([]string{}, base...), env...)
		}
		got, ok := goCache(full)
		if !ok {
			if env == nil && os.Getenv("GOROOT") != "" {
				continue
			}
			t.Errorf("goCache(%q) is not sure", env)
			continue
		}
		cmd := exec.Command("go", "env", "GOCACHE")
		cmd.Env = full
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go env GOCACHE with %q: %v", env, err)
		}
		if want := strings.TrimSpace(string(out)); got != want {
			t.Errorf("goCache(%q) = %q, go env GOCACHE says %q", env, got, want)
		}
	}
}
