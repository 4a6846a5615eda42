package driver

import (
	"path/filepath"
	"testing"

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
