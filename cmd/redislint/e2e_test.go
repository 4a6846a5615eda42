package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/drivertest"
)

// The end-to-end tests build the redislint command once and run it, and go
// vet with it as -vettool, on the driver corpus (testdata/drivers).

var (
	binDir    string
	buildOnce sync.Once
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// redislint returns the path of the redislint binary, built on first use.
func redislint(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "redislint-e2e")
		if buildErr != nil {
			return
		}
		out, err := exec.Command("go", "build", "-o", binDir, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(binDir, "redislint")
}

// slow skips a test in -short mode: each run of the corpus through a
// driver loads go-redis from source, seconds each. The fast loop keeps the
// text run and -fix of the standalone driver and redislint help; the other
// drivers (go vet with facts, go tool, JSON, SARIF) run in go test ./...
// and CI.
func slow(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("another run of the driver corpus: not in -short")
	}
}

// exitCode returns the exit status of a finished command's error.
func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

func TestStandaloneText(t *testing.T) {
	t.Parallel()
	c := drivertest.New(t)
	_, stderr, err := drivertest.Command(t, c.Dir, nil, redislint(t), "./...")
	if code := exitCode(t, err); code != 3 {
		t.Errorf("exit code %d, want 3 (diagnostics reported)\n%s", code, stderr)
	}
	c.Check(t, "redislint", c.ParseText(stderr), nil)
}

func TestVet(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	_, stderr, err := drivertest.Command(t, c.Dir, nil, "go", "vet", "-vettool="+redislint(t), "./...")
	if code := exitCode(t, err); code != 1 {
		t.Errorf("exit code %d, want 1\n%s", code, stderr)
	}
	c.Check(t, "go vet -vettool", c.ParseText(stderr), nil)

	// The lines are x/tools' in both drivers (in another order: go vet
	// groups them by analyzer); go vet prints names relative to the package
	// directory after a "# package" line.
	_, standalone, _ := drivertest.Command(t, c.Dir, nil, redislint(t), "./...")
	vetLines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(vetLines) > 0 && strings.HasPrefix(vetLines[0], "# ") {
		vetLines = vetLines[1:]
	}
	dir, _ := filepath.EvalSymlinks(c.Dir)
	rel := strings.ReplaceAll(strings.ReplaceAll(standalone, c.Dir+string(filepath.Separator), ""), dir+string(filepath.Separator), "")
	standaloneLines := strings.Split(strings.TrimSpace(rel), "\n")
	slices.Sort(vetLines)
	slices.Sort(standaloneLines)
	if !slices.Equal(vetLines, standaloneLines) {
		t.Errorf("go vet text differs from redislint's:\n%s\nredislint (names made relative):\n%s", strings.Join(vetLines, "\n"), strings.Join(standaloneLines, "\n"))
	}
}

// jsonDiagnostic is one diagnostic of x/tools' -json output:
// package → analyzer → diagnostics.
type jsonDiagnostic struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

func decodeJSON(t *testing.T, c *drivertest.Corpus, driver, out string) (map[string]map[string]any, []drivertest.Finding) {
	t.Helper()
	var tree map[string]map[string]any
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("%s -json: %v\n%s", driver, err, out)
	}
	var fs []drivertest.Finding
	for pkg, byAnalyzer := range tree {
		for analyzer, v := range byAnalyzer {
			raw, _ := json.Marshal(v)
			var ds []jsonDiagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				t.Fatalf("%s -json: %s: %s: %s", driver, pkg, analyzer, raw)
			}
			for _, d := range ds {
				// posn is file:line:col.
				parts := strings.Split(d.Posn, ":")
				if len(parts) < 3 {
					t.Fatalf("%s -json: posn %q", driver, d.Posn)
				}
				line, _ := strconv.Atoi(parts[len(parts)-2])
				col, _ := strconv.Atoi(parts[len(parts)-1])
				file := strings.Join(parts[:len(parts)-2], ":")
				fs = append(fs, drivertest.Finding{File: c.Rel(file), Line: line, Column: col, Analyzer: analyzer, Message: d.Message})
			}
		}
	}
	return tree, fs
}

func TestJSON(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	out, stderr, err := drivertest.Command(t, c.Dir, nil, redislint(t), "-json", "./...")
	if code := exitCode(t, err); code != 0 {
		t.Errorf("exit code %d, want 0 (as every x/tools checker with -json)\n%s", code, stderr)
	}
	standalone, fs := decodeJSON(t, c, "redislint", out)
	c.Check(t, "redislint -json", fs, nil)

	out, _ = drivertest.MustCommand(t, c.Dir, nil, "go", "vet", "-vettool="+redislint(t), "-json", "./...")
	vet, _ := decodeJSON(t, c, "go vet", out)
	if !reflect.DeepEqual(standalone, vet) {
		t.Errorf("redislint -json and go vet -json differ:\n%v\n%v", standalone, vet)
	}
}

func TestFix(t *testing.T) {
	t.Run("redislint", func(t *testing.T) {
		t.Parallel()
		c := drivertest.New(t)
		drivertest.MustCommand(t, c.Dir, nil, redislint(t), "-fix", "./...")
		c.CheckFixed(t, "redislint -fix")
	})
	t.Run("vet", func(t *testing.T) {
		slow(t)
		t.Parallel()
		c := drivertest.New(t)
		drivertest.MustCommand(t, c.Dir, nil, "go", "vet", "-vettool="+redislint(t), "-fix", "./...")
		c.CheckFixed(t, "go vet -vettool -fix")
	})
}

// TestHelp checks the command's own words: "help NAME" prints each flag of
// the analyzer once (from its FlagSet; doc.go lists none), and "slot" is a
// subcommand.
func TestHelp(t *testing.T) {
	t.Parallel()
	for _, a := range analyzers.New(analyzers.DefaultConfig()) {
		out, _ := drivertest.MustCommand(t, ".", nil, redislint(t), "help", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) {
			if n := strings.Count(out, "-"+a.Name+"."+f.Name); n != 1 {
				t.Errorf("redislint help %s names -%s.%s %d times, want once:\n%s", a.Name, a.Name, f.Name, n, out)
			}
		})
		if !strings.Contains(out, strings.SplitN(a.Doc, "\n", 2)[0]) {
			t.Errorf("redislint help %s lacks the summary:\n%s", a.Name, out)
		}
	}
	out, _ := drivertest.MustCommand(t, ".", nil, redislint(t), "slot", "{user:101}:profile")
	if want := "13437  \"{user:101}:profile\"  hash tag \"user:101\"\n"; out != want {
		t.Errorf("redislint slot = %q, want %q", out, want)
	}
}

// TestGoTool runs redislint as a Go 1.24+ tool dependency, as README and
// docs/drivers.md tell users to: in a copy of the driver corpus (a module
// of its own), go get -tool adds redislint, from this checkout through a
// replace directive, and go tool redislint ./... must report what the
// standalone binary reports. The module proxy is the local module cache
// (GOPROXY=file://…), and go tool runs with GOPROXY=off: nothing is
// downloaded, so the test passes offline once the modules that redislint
// and the corpus require are in the cache (as they are for every other test).
func TestGoTool(t *testing.T) {
	slow(t)
	t.Parallel()
	c := drivertest.New(t)
	root := drivertest.RepoRoot(t)
	modcache, _ := drivertest.MustCommand(t, root, nil, "go", "env", "GOMODCACHE")
	offline := []string{
		"GOPROXY=file://" + filepath.ToSlash(filepath.Join(strings.TrimSpace(modcache), "cache", "download")),
		// The checksums of the modules come from the module cache, which
		// verified them when it downloaded them.
		"GOSUMDB=off",
		"GOFLAGS=-mod=mod",
	}
	drivertest.MustCommand(t, c.Dir, nil, "go", "mod", "edit",
		"-require=github.com/redislint/redislint@v0.0.0", "-replace=github.com/redislint/redislint="+root)
	drivertest.MustCommand(t, c.Dir, offline, "go", "get", "-tool", "github.com/redislint/redislint/cmd/redislint")
	// go get -tool records the checksums the tool needs; the corpus's own
	// packages may now need others (redislint's dependencies can raise a
	// version they share, here golang.org/x/sys). Users run go mod tidy;
	// go get ./... records the same sums without the test dependencies of
	// dependencies, which an offline cache need not hold.
	drivertest.MustCommand(t, c.Dir, offline, "go", "get", "./...")
	gomod, err := os.ReadFile(filepath.Join(c.Dir, "go.mod"))
	if err != nil || !strings.Contains(string(gomod), "\ntool github.com/redislint/redislint/cmd/redislint\n") {
		t.Fatalf("go.mod after go get -tool has no tool line (%v):\n%s", err, gomod)
	}

	_, tool, err := drivertest.Command(t, c.Dir, []string{"GOPROXY=off"}, "go", "tool", "redislint", "./...")
	if code := exitCode(t, err); code != 3 {
		t.Errorf("go tool redislint: exit code %d, want 3 (diagnostics reported)\n%s", code, tool)
	}
	c.Check(t, "go tool redislint", c.ParseText(tool), nil)
	// go vet -vettool=$(go tool -n redislint), as docs/drivers.md says.
	bin, _ := drivertest.MustCommand(t, c.Dir, []string{"GOPROXY=off"}, "go", "tool", "-n", "redislint")
	if fi, err := os.Stat(strings.TrimSpace(bin)); err != nil || fi.IsDir() {
		t.Errorf("go tool -n redislint = %q: %v", bin, err)
	}
	_, standalone, _ := drivertest.Command(t, c.Dir, nil, redislint(t), "./...")
	toolLines := strings.Split(strings.TrimSpace(tool), "\n")
	standaloneLines := strings.Split(strings.TrimSpace(standalone), "\n")
	slices.Sort(toolLines)
	slices.Sort(standaloneLines)
	if !slices.Equal(toolLines, standaloneLines) {
		t.Errorf("go tool redislint reports:\n%s\nredislint reports:\n%s", strings.Join(toolLines, "\n"), strings.Join(standaloneLines, "\n"))
	}
}
