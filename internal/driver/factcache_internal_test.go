package driver

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

// TestFromModuleCache: only a module version's files in its directory are
// keyed by name, size and time; a replaced module's directory, files
// elsewhere (cgo's output, a vendored copy) and packages without a module
// are keyed by content.
func TestFromModuleCache(t *testing.T) {
	modDir := filepath.FromSlash("/m/pkg/mod/example.com/a@v1.2.0")
	file := filepath.Join(modDir, "a.go")
	for _, c := range []struct {
		name string
		p    *packages.Package
		want bool
	}{
		{"module version", &packages.Package{Module: &packages.Module{Path: "example.com/a", Version: "v1.2.0", Dir: modDir}, CompiledGoFiles: []string{file}}, true},
		{"replaced by another version", &packages.Package{Module: &packages.Module{Path: "example.com/a", Version: "v1.2.0", Dir: modDir, Replace: &packages.Module{Path: "example.com/b", Version: "v1.0.0", Dir: modDir}}, CompiledGoFiles: []string{file}}, true},
		{"replaced by a directory", &packages.Package{Module: &packages.Module{Path: "example.com/a", Version: "v1.2.0", Dir: "/src/a", Replace: &packages.Module{Path: "../a", Dir: "/src/a"}}, CompiledGoFiles: []string{"/src/a/a.go"}}, false},
		{"a file elsewhere", &packages.Package{Module: &packages.Module{Path: "example.com/a", Version: "v1.2.0", Dir: modDir}, CompiledGoFiles: []string{file, "/cache/ab/cgo.go"}}, false},
		{"a directory of the same prefix", &packages.Package{Module: &packages.Module{Path: "example.com/a", Version: "v1.2.0", Dir: modDir}, CompiledGoFiles: []string{modDir + "x/a.go"}}, false},
		{"no version", &packages.Package{Module: &packages.Module{Path: "example.com/a", Dir: modDir}, CompiledGoFiles: []string{file}}, false},
		{"no module", &packages.Package{CompiledGoFiles: []string{file}}, false},
	} {
		if got := fromModuleCache(c.p); got != c.want {
			t.Errorf("%s: fromModuleCache = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFactCacheTrim: once a day, the entries unused for five days and the
// temporary files of unfinished writes older than a day are removed; a
// read marks an entry used.
func TestFactCacheTrim(t *testing.T) {
	dir := t.TempDir()
	c := &factCache{dir: dir}
	now := time.Now()
	file := func(name string, age time.Duration) string {
		t.Helper()
		path := filepath.Join(dir, "ab", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o666); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
		return path
	}
	exists := func(path string) bool {
		_, err := os.Stat(path)
		return err == nil
	}
	old := file("ab01-facts", 6*24*time.Hour)
	fresh := file("ab02-facts", 4*24*time.Hour)
	tmpOld := file("tmp-1", 2*24*time.Hour)
	tmpNew := file("tmp-2", time.Hour)
	c.trim(now)
	if exists(old) || exists(tmpOld) {
		t.Error("an entry unused for six days or a two-day-old temporary file was kept")
	}
	if !exists(fresh) || !exists(tmpNew) {
		t.Error("an entry used four days ago or a recent temporary file was removed")
	}
	// Within a day of the last trim, nothing is removed.
	old = file("ab01-facts", 6*24*time.Hour)
	c.trim(now.Add(time.Hour))
	if !exists(old) {
		t.Error("trimmed again within a day")
	}
	c.trim(now.Add(25 * time.Hour))
	if exists(old) {
		t.Error("not trimmed a day after the last trim")
	}

	// A read marks the entry used.
	c.types = map[string]reflect.Type{}
	key := strings.Repeat("cd", 32)
	name := c.file(key)
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&cacheEntry{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(name, now.Add(-3*24*time.Hour), now.Add(-3*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if c.load(key) == nil {
		t.Fatal("the entry does not load")
	}
	if info, err := os.Stat(name); err != nil || time.Since(info.ModTime()) > time.Minute {
		t.Errorf("a read did not mark the entry used: %v", info.ModTime())
	}
}
