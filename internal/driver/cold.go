package driver

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ColdCache reports whether the build cache that go list would use in dir
// with env holds (almost) nothing, or is off: go list -export would then
// compile every package of the program, the standard library included,
// before the first one is type-checked (109 s against 4 s on a copy of the
// live corpus), when type-checking them all from source takes about what
// loading with export data takes from a warm cache.
//
// It samples 16 of the cache's 256 subdirectories: a cache that has built
// one program has entries in nearly all of them, a new one in none.
// REDISLINT_LOAD=source or =export overrides the guess.
func ColdCache(dir string, env []string) bool {
	switch getenv(env, "REDISLINT_LOAD") {
	case "source":
		return true
	case "export":
		return false
	}
	cache := getenv(env, "GOCACHE")
	if cache == "" {
		cmd := exec.Command("go", "env", "GOCACHE")
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.Output()
		if err != nil {
			return false // let go list say what is wrong
		}
		cache = strings.TrimSpace(string(out))
	}
	if cache == "off" {
		return true
	}
	if cache == "" || !filepath.IsAbs(cache) {
		return false
	}
	filled := 0
	for i := range 16 {
		f, err := os.Open(filepath.Join(cache, fmt.Sprintf("%02x", i*16+7)))
		if err != nil {
			continue
		}
		names, _ := f.Readdirnames(1)
		f.Close()
		if len(names) > 0 {
			filled++
		}
	}
	return filled < 4
}

// getenv looks name up in env (the process's environment if nil), the
// last setting winning as with exec.
func getenv(env []string, name string) string {
	if env == nil {
		return os.Getenv(name)
	}
	v := ""
	for _, kv := range env {
		if k, val, ok := strings.Cut(kv, "="); ok && k == name {
			v = val
		}
	}
	return v
}
