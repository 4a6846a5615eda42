package driver

import (
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// ColdCache reports whether the build cache that go list would use in dir
// with env holds (almost) no compiled package, or is off: go list -export
// would then compile every package of the program, the standard library
// included, before the first one is type-checked (109 s against 4 s on a
// copy of the live corpus), when type-checking them all from source takes
// about what loading with export data takes from a warm cache.
//
// It samples 16 of the cache's 256 subdirectories for a file of 32 KB or
// more, the size of a compiled package's export data: a cache that has
// built one program has such files in nearly all of them, a new one in
// none. Counting entries would not do: go list alone fills every
// subdirectory with the module index of the packages it lists (905 small
// files on the 2,000-file service), and the run after a cold one would
// then compile everything (85 s, measured).
// REDISLINT_LOAD=source or =export overrides the guess.
func ColdCache(dir string, env []string) bool {
	cold, _ := coldCache(dir, env)
	return cold
}

// coldCache is ColdCache; sampled says the answer comes from the cache's
// contents (not from REDISLINT_LOAD, nor from a cache that is off).
func coldCache(dir string, env []string) (cold, sampled bool) {
	switch getenv(env, "REDISLINT_LOAD") {
	case "source":
		return true, false
	case "export":
		return false, false
	}
	cache, ok := goCache(env)
	if !ok {
		cmd := exec.Command("go", "env", "GOCACHE")
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.Output()
		if err != nil {
			return false, false // let go list say what is wrong
		}
		cache = strings.TrimSpace(string(out))
	}
	if cache == "off" {
		return true, false
	}
	if cache == "" || !filepath.IsAbs(cache) {
		return false, false
	}
	filled := 0
	for i := range 16 {
		if holdsCompiled(filepath.Join(cache, fmt.Sprintf("%02x", i*16+7))) {
			filled++
		}
	}
	return filled < 4, true
}

// holdsCompiled reports whether the cache subdirectory dir has a file of
// export data's size among its first 64 entries (half a cache's files are
// action entries of a hundred bytes).
func holdsCompiled(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	entries, _ := f.ReadDir(64)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && info.Size() >= 32<<10 {
			return true
		}
	}
	return false
}

// withoutIndex returns env (the process's if nil) with the go command's
// module index off (GODEBUG=goindex=0). On an empty build cache, go list
// spends most of its time writing the index of every package it lists
// into the cache, and reads it again never, for this run: 1.8 s against
// 0.85 s without, on the 2,000-file service (0.5 s against 0.6 s when the
// cache holds it, so only for a cold cache). It also leaves the cache as
// empty as it was, so that the next run is cold too rather than taken for
// warm.
func withoutIndex(env []string) []string {
	if env == nil {
		env = os.Environ()
	}
	debug := "goindex=0"
	if d := getenv(env, "GODEBUG"); d != "" {
		debug = d + "," + debug // the last setting of a key wins
	}
	return append(slices.Clip(env), "GODEBUG="+debug)
}

// goCache is the build cache go would use with env, found as the go
// command finds it, without running it (a go env costs a start of the go
// command, 10-20 ms, before go list can start; on a small module that is a
// tenth of the run): $GOCACHE, else GOCACHE in the go env file ($GOENV, or
// go/env in the user's configuration directory), else go-build in the
// user's cache directory. ok is false where that reading is not certain
// (a GOROOT of its own, whose go.env could set it; a system whose user
// directories come from elsewhere than the environment).
func goCache(env []string) (cache string, ok bool) {
	if c := getenv(env, "GOCACHE"); c != "" {
		return c, true
	}
	if runtime.GOOS != "linux" || getenv(env, "GOROOT") != "" {
		return "", false
	}
	home := getenv(env, "HOME")
	file := getenv(env, "GOENV")
	switch {
	case file == "off":
	case file != "":
		if c, found, err := goEnvFile(file); err != nil {
			return "", false
		} else if found {
			return c, true
		}
	default:
		dir := getenv(env, "XDG_CONFIG_HOME")
		if dir == "" {
			if home == "" {
				return "", false
			}
			dir = filepath.Join(home, ".config")
		}
		c, found, err := goEnvFile(filepath.Join(dir, "go", "env"))
		if err != nil && !os.IsNotExist(err) {
			return "", false
		}
		if found {
			return c, true
		}
	}
	dir := getenv(env, "XDG_CACHE_HOME")
	if dir == "" {
		if home == "" {
			return "", false
		}
		dir = filepath.Join(home, ".cache")
	}
	return filepath.Join(dir, "go-build"), true
}

// goEnvFile reads GOCACHE from a go env file, the last setting winning.
func goEnvFile(name string) (cache string, found bool, err error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return "", false, err
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "GOCACHE="); ok {
			cache, found = v, v != ""
		}
	}
	if strings.ContainsAny(cache, "\"'") {
		return "", false, fmt.Errorf("quoted GOCACHE in %s", name) // let go env read it
	}
	return cache, found, nil
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

type sizesResult struct {
	sizes          types.Sizes
	arch, compiler string
	err            error
}

// querySizes asks go list for the target's architecture and compiler, as
// go/packages does for NeedTypesSizes, and returns their sizes.
func querySizes(dir string, env []string) sizesResult {
	cmd := exec.Command("go", "list", "-f", "{{context.GOARCH}} {{context.Compiler}}", "--", "unsafe")
	cmd.Dir, cmd.Env = dir, env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return sizesResult{err: fmt.Errorf("go list: %v: %s", err, stderr.String())}
	}
	arch, compiler, ok := strings.Cut(strings.TrimSpace(string(out)), " ")
	if !ok {
		return sizesResult{err: fmt.Errorf("go list printed %q for the target's architecture and compiler", out)}
	}
	sizes := types.SizesFor(compiler, arch)
	if sizes == nil {
		return sizesResult{err: fmt.Errorf("no type sizes for compiler %q on %q", compiler, arch)}
	}
	return sizesResult{sizes: sizes, arch: arch, compiler: compiler}
}
