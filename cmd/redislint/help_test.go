package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/drivertest"
)

// TestHelpOverview runs the command as users do: `redislint help`, -h,
// -help and --help print redislint's own overview (not x/tools' generic
// text), with one line per analyzer of the registry, every subcommand, the
// drivers, the flags that matter and documentation pages that exist;
// `redislint help slot` prints the subcommand's usage; no argument prints
// the short usage and fails.
func TestHelpOverview(t *testing.T) {
	t.Parallel()
	bin := redislint(t)
	overview, _ := drivertest.MustCommand(t, ".", nil, bin, "help")
	for _, h := range []string{"-h", "-help", "--help"} {
		if out, _ := drivertest.MustCommand(t, ".", nil, bin, h); out != overview {
			t.Errorf("redislint %s differs from redislint help:\n%s", h, out)
		}
	}
	for _, generic := range []string{"Printf", "SplitSeq", "a tool for static analysis of Go programs"} {
		if strings.Contains(overview, generic) {
			t.Errorf("redislint help still prints x/tools' generic text (%q):\n%s", generic, overview)
		}
	}
	for _, e := range analyzers.Registry {
		a := e.New(analyzers.DefaultConfig())
		summary, _, _ := strings.Cut(a.Doc, "\n\n")
		line := regexp.MustCompile(`(?m)^  ` + e.Name + ` +` + regexp.QuoteMeta(strings.Join(strings.Fields(summary), " ")))
		if !line.MatchString(overview) {
			t.Errorf("redislint help has no line for analyzer %s with its summary:\n%s", e.Name, overview)
		}
	}
	for _, s := range subcommands {
		if !strings.Contains(overview, "redislint "+s.name+" "+s.args) {
			t.Errorf("redislint help does not list the subcommand %s", s.name)
		}
		out, _ := drivertest.MustCommand(t, ".", nil, bin, "help", s.name)
		if !strings.HasPrefix(out, "usage: redislint "+s.name+" ") {
			t.Errorf("redislint help %s = %q", s.name, out)
		}
	}
	for _, want := range []string{
		"go vet -vettool=", "go tool redislint", "go get -tool github.com/redislint/redislint/cmd/redislint@latest",
		"golangci-lint", "gopls", "-fix", "-json", "-sarif", "-NAME=false", "-NAME.FLAG=", "//redislint:ignore NAME",
	} {
		if !strings.Contains(overview, want) {
			t.Errorf("redislint help does not mention %q", want)
		}
	}
	root := drivertest.RepoRoot(t)
	for _, page := range regexp.MustCompile(`docs/[a-z]+\.md`).FindAllString(overview, -1) {
		if _, err := os.Stat(filepath.Join(root, page)); err != nil {
			t.Errorf("redislint help names %s: %v", page, err)
		}
	}

	_, stderr, err := drivertest.Command(t, ".", nil, bin)
	if code := exitCode(t, err); code != 1 || !strings.Contains(stderr, "redislint help") {
		t.Errorf("redislint without arguments: exit %d, want 1 and the short usage:\n%s", code, stderr)
	}
}
