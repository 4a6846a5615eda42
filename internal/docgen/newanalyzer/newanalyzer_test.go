package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/drivertest"
)

// TestGenerate writes an analyzer into a scratch root that holds only the
// files Generate edits, and checks what it wrote: Go files that parse, the
// registry's import, Config field and row, README's catalog row; and that
// it refuses a bad name and an analyzer that exists.
func TestGenerate(t *testing.T) {
	root := drivertest.RepoRoot(t)
	scratch := t.TempDir()
	for _, f := range []string{"analyzers/analyzers.go", "README.md"} {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(scratch, filepath.Dir(f)), 0o777)
		if err := os.WriteFile(filepath.Join(scratch, f), data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if err := Generate(scratch, "probe"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"passes/probe/doc.go", "passes/probe/probe.go", "passes/probe/probe_test.go", "testdata/src/probe/basic/basic.go", "analyzers/analyzers.go"} {
		if _, err := parser.ParseFile(token.NewFileSet(), filepath.Join(scratch, f), nil, parser.ParseComments); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	reg, _ := os.ReadFile(filepath.Join(scratch, "analyzers", "analyzers.go"))
	for _, want := range []string{
		"\t\"github.com/redislint/redislint/passes/probe\"\n",
		"\tProbe            probe.Config\n",
		"\tentry(\"probe\", On, func(c *Config) *probe.Config { return &c.Probe }, probe.DefaultConfig, probe.New),\n}",
	} {
		if !strings.Contains(string(reg), want) {
			t.Errorf("analyzers.go lacks %q:\n%s", want, reg)
		}
	}
	readme, _ := os.ReadFile(filepath.Join(scratch, "README.md"))
	if !strings.Contains(string(readme), "\n| [`nodelocal`](docs/analyzers.md#nodelocal)") ||
		!strings.Contains(string(readme), "|\n| [`probe`](docs/analyzers.md#probe) |") {
		t.Errorf("README's catalog has no row for probe after the others:\n%s", readme)
	}
	if err := Generate(scratch, "probe"); err == nil {
		t.Error("Generate wrote probe twice")
	}
	if err := Generate(scratch, "Bad-Name"); err == nil {
		t.Error("Generate accepted the name Bad-Name")
	}
}

// TestNewAnalyzerBuildsAndPasses proves the recipe: in a copy of the
// repository, go run ./internal/docgen/newanalyzer writes an analyzer that
// go vet accepts and whose tests pass, together with the suite's own tests
// (the registry, the generated docs and names, README's catalog), gofmt
// clean.
func TestNewAnalyzerBuildsAndPasses(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a copy of the analyzers: not in -short")
	}
	root := drivertest.RepoRoot(t)
	copyDir := filepath.Join(t.TempDir(), "redislint")
	err := os.CopyFS(copyDir, skipGit{os.DirFS(root)})
	if err != nil {
		t.Fatal(err)
	}
	// -trimpath: the copy's compilations share the build cache across runs.
	env := []string{"GOFLAGS=-trimpath", "GOWORK=off"}
	drivertest.MustCommand(t, copyDir, env, "go", "run", "./internal/docgen/newanalyzer", "probe")
	if out, _ := drivertest.MustCommand(t, copyDir, nil, "gofmt", "-l", "passes/probe", "testdata/src/probe", "analyzers", "internal/analysisutil"); out != "" {
		t.Errorf("not gofmt'ed: %s", out)
	}
	drivertest.MustCommand(t, copyDir, env, "go", "vet", "./passes/probe", "./analyzers")
	drivertest.MustCommand(t, copyDir, env, "go", "test", "-count=1", "./passes/probe", "./analyzers", "./internal/docgen", "./internal/analysisutil")
}

// skipGit is a file system without the .git directory (or file, in a
// worktree) at its root.
type skipGit struct{ fs.FS }

func (s skipGit) Open(name string) (fs.File, error) {
	if name == ".git" || strings.HasPrefix(name, ".git/") {
		return nil, fs.ErrNotExist
	}
	return s.FS.Open(name)
}

func (s skipGit) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := fs.ReadDir(s.FS, name)
	if name == "." {
		for i, e := range es {
			if e.Name() == ".git" {
				es = append(es[:i], es[i+1:]...)
				break
			}
		}
	}
	return es, err
}
