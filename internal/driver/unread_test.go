package driver

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFactsUnread: the packages nothing imports but a generated test main
// (a command, an external test package, the test mains themselves) are
// the ones whose facts no analysis reads; a package that a command or an
// external test imports is read.
func TestFactsUnread(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":          "module example.com/m\n\ngo 1.22\n",
		"lib/lib.go":      "package lib\n\nfunc F() int { return 1 }\n",
		"lib/lib_test.go": "package lib\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { _ = F() }\n",
		"lib/x_test.go":   "package lib_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/lib\"\n)\n\nfunc TestX(t *testing.T) { _ = lib.F() }\n\nfunc ExampleF() { _ = lib.F() }\n",
		"cmd/app/main.go": "package main\n\nimport \"example.com/m/lib\"\n\nfunc main() { _ = lib.F() }\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prog, err := Load(LoadConfig{Dir: dir, Tests: true}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	prog.Wait()
	var unread, read []string
	for p, n := range prog.ld.nodes {
		if p.Module == nil || p.Module.Path != "example.com/m" && !isTestMain(p) {
			continue
		}
		if n.unread {
			unread = append(unread, p.ID)
		} else {
			read = append(read, p.ID)
		}
	}
	slices.Sort(unread)
	slices.Sort(read)
	wantUnread := []string{
		"example.com/m/cmd/app",
		"example.com/m/lib.test",
		"example.com/m/lib_test [example.com/m/lib.test]",
	}
	wantRead := []string{
		"example.com/m/lib",
		"example.com/m/lib [example.com/m/lib.test]",
	}
	if !slices.Equal(unread, wantUnread) {
		t.Errorf("unread: %q, want %q", unread, wantUnread)
	}
	if !slices.Equal(read, wantRead) {
		t.Errorf("read: %q, want %q", read, wantRead)
	}
}
