package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redislint/redislint/golangci"
	"github.com/redislint/redislint/internal/drivertest"
	"github.com/redislint/redislint/tools/internal/gobuild"
)

// TestGolangci builds golangci-lint from the committed .custom-gcl.yml
// (golangci-lint from the module proxy, the plugin from this checkout),
// runs it with the committed .golangci.example.yml on the corpus, and
// checks the findings, //nolint:redislint, and that settings change them.
func TestGolangci(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint from its module: slow")
	}
	root := drivertest.RepoRoot(t)
	customGCL := filepath.Join(root, ".custom-gcl.yml")
	cfg, err := LoadConfig(customGCL)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Plugins) != 1 || cfg.Plugins[0].Import != gobuild.Module+"/golangci" || cfg.Plugins[0].Path != root {
		t.Fatalf(".custom-gcl.yml: plugins %+v, want %s/golangci from this checkout", cfg.Plugins, gobuild.Module)
	}

	bin := filepath.Join(t.TempDir(), cfg.Name)
	start := time.Now()
	gobuild.Log = io.Discard
	if _, err := Build(t.Context(), customGCL, bin); err != nil {
		t.Fatal(err)
	}
	t.Logf("built golangci-lint %s with redislint in %s", cfg.Version, time.Since(start).Round(time.Second))
	version, _ := drivertest.MustCommand(t, root, nil, bin, "version")
	if !strings.Contains(version, "(devel)") {
		t.Errorf("golangci-lint version: %q, want (devel) (golangci-lint's cache keys on it)", version)
	}

	example, err := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	c := drivertest.New(t)
	cache := t.TempDir()
	golangciLint := func(dir, config string, args ...string) string {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(config), 0o666); err != nil {
			t.Fatal(err)
		}
		// --default=none: only the linters the configuration enables.
		args = append([]string{"run", "--default=none", "--output.json.path=stdout", "--show-stats=false",
			"--max-issues-per-linter=0", "--max-same-issues=0"}, append(args, "./...")...)
		stdout, stderr, err := drivertest.Command(t, dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, bin, args...)
		var ee *exec.ExitError
		if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) { // 1: issues found
			t.Fatalf("golangci-lint run: %v\n%s\n%s", err, stdout, stderr)
		}
		return stdout
	}
	run := func(config string) []drivertest.Finding {
		t.Helper()
		return golangciFindings(t, c, golangciLint(c.Dir, config))
	}

	all := run(string(example))
	c.Check(t, "golangci-lint", all, func(w drivertest.Want) bool { return !w.NoLint })
	if !slices.ContainsFunc(c.Wants, func(w drivertest.Want) bool { return w.NoLint }) {
		t.Error("the corpus has no //nolint:redislint line: the test does not show that it works")
	}

	// Settings change the findings: crossslot off, nodelocal told to skip KEYS.
	changed := strings.Replace(string(example), "          crossslot:\n            enable: true\n", "          crossslot:\n            enable: false\n", 1)
	changed = strings.Replace(changed, "            skip: \"\"\n", "            skip: KEYS\n", 1)
	if changed == string(example) || strings.Count(changed, "enable: false") != 1 || !strings.Contains(changed, "skip: KEYS") {
		t.Fatal(".golangci.example.yml no longer has the lines this test edits (crossslot.enable, nodelocal.skip)")
	}
	want := slices.DeleteFunc(slices.Clone(all), func(f drivertest.Finding) bool {
		return f.Analyzer == "crossslot" || strings.HasPrefix(f.Message, "KEYS")
	})
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("the corpus has no finding that the settings keep or none that they remove: %v", all)
	}
	got := run(changed)
	if !slices.Equal(got, want) {
		t.Errorf("with crossslot.enable: false and nodelocal.skip: KEYS:\n got %v\nwant %v", got, want)
	}

	// --fix applies the suggested fixes, but not on //nolint:redislint lines.
	fixed := drivertest.New(t)
	golangciLint(fixed.Dir, string(example), "--fix")
	for _, name := range []string{"main.go", "ignore.go"} {
		fixed.CheckFixedFile(t, "golangci-lint --fix", name, true)
	}
	fixed.CheckFixedFile(t, "golangci-lint --fix (nolint)", "nolint.go", false)

	// An unknown setting is an error, before any package is analyzed.
	stdout, stderr, err := drivertest.Command(t, c.Dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, bin, "run", "--default=none",
		"-c", writeFile(t, strings.Replace(string(example), "templates: true", "templatess: true", 1)), "./...")
	if err == nil || !strings.Contains(stdout+stderr, "settings.crossslot.templatess: unknown setting") {
		t.Errorf("unknown setting: %v\n%s%s", err, stdout, stderr)
	}
}

func writeFile(t *testing.T, content string) string {
	file := filepath.Join(t.TempDir(), ".golangci.yml")
	if err := os.WriteFile(file, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
	return file
}

// golangciFindings decodes golangci-lint's JSON output. Module plugins'
// messages read "analyzer: message".
func golangciFindings(t *testing.T, c *drivertest.Corpus, out string) []drivertest.Finding {
	t.Helper()
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s", err, out)
	}
	var fs []drivertest.Finding
	for _, is := range report.Issues {
		if is.FromLinter != golangci.Name {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
			continue
		}
		analyzer, msg, _ := strings.Cut(is.Text, ": ")
		fs = append(fs, drivertest.Finding{File: c.Rel(is.Pos.Filename), Line: is.Pos.Line, Column: is.Pos.Column, Analyzer: analyzer, Message: msg})
	}
	slices.SortFunc(fs, func(a, b drivertest.Finding) int { return strings.Compare(a.String(), b.String()) })
	return fs
}
