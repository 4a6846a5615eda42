package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/redislint/redislint/analyzers"
)

// A subcommand is one of redislint's own commands. Every other command line
// is the multichecker's (analyze packages, help NAME, -flags, …).
type subcommand struct {
	name    string
	args    string // the arguments, as in the usage line
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// subcommands are redislint's own commands, in the order of the overview.
// A new one is one row here, a file NAME.go with its run function and a test; main,
// `redislint help` and `redislint help NAME` take it from this table.
var subcommands = []subcommand{
	{"slot", "KEY...", "each key's cluster slot, as CLUSTER KEYSLOT says, and the part of it that is hashed", runSlot},
	{"cluster", "[flags] ADDR...", "check a cluster from where the program runs: is it a cluster, slot coverage, failing nodes, announced addresses this process cannot reach, seeds, -key KEY owners", runCluster},
}

func lookupSubcommand(name string) *subcommand {
	for i := range subcommands {
		if subcommands[i].name == name {
			return &subcommands[i]
		}
	}
	return nil
}

// isHelp reports whether args ask for the overview: "help" alone, -h,
// -help or --help alone.
func isHelp(args []string) bool {
	if len(args) != 1 {
		return false
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return true
	}
	return false
}

// docsURL is where the documentation is read on the web.
const docsURL = "https://github.com/redislint/redislint"

// printOverview writes `redislint help`: what redislint finds, how to run
// it, its analyzers (from the registry), its subcommands, the drivers, the
// flags that matter and where the documentation is.
func printOverview(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p(`redislint finds Redis Cluster misuse in Go programs, before a cluster does:
commands, scripts and transactions whose keys hash to different slots
(CROSSSLOT), single-node clients pointed at a cluster (MOVED), cluster
clients with one seed, and commands that reach one node only. Each kind of
finding was checked against a live cluster.

Usage:

`)
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "  redislint [flags] packages...\treport (exit code 3 when something is reported)\n")
	fmt.Fprintf(tw, "  redislint -fix [-diff] packages...\tapply the suggested fixes (-diff: print them instead)\n")
	fmt.Fprintf(tw, "  redislint -sarif packages... > out.sarif\ta SARIF 2.1.0 log, for GitHub code scanning\n")
	fmt.Fprintf(tw, "  redislint help [NAME]\tthis text, or one analyzer's (or subcommand's) documentation and flags\n")
	tw.Flush()

	p("\nSubcommands:\n\n")
	tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, s := range subcommands {
		fmt.Fprintf(tw, "  redislint %s %s\t%s\n", s.name, s.args, s.summary)
	}
	tw.Flush()

	p("\nAnalyzers (on by default unless marked; -NAME=false leaves one out; redislint help NAME):\n\n")
	cfg := analyzers.DefaultConfig()
	tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, e := range analyzers.Registry {
		a := e.New(cfg)
		summary, _, _ := strings.Cut(a.Doc, "\n\n")
		summary = strings.Join(strings.Fields(summary), " ")
		if !e.Default {
			summary += " (off by default: -" + e.Name + " turns it on)"
		}
		fmt.Fprintf(tw, "  %s\t%s\n", e.Name, summary)
	}
	tw.Flush()

	p("\nFlags that matter:\n\n")
	tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, f := range [][2]string{
		{"-NAME=false", "leave analyzer NAME out (-NAME alone: run only the analyzers so named)"},
		{"-NAME.FLAG=VALUE", "set a flag of analyzer NAME (redislint help NAME lists them)"},
		{"-fix, -diff", "apply the suggested fixes; with -diff, print them as a diff instead"},
		{"-json", "print the diagnostics as JSON (exit code 0)"},
		{"-sarif", "print a SARIF 2.1.0 log (exit code 0)"},
		{"-test=false", "leave test files out"},
		{"-c=N", "print N lines of context around each diagnostic"},
		{"-flags", "print the analyzers' flags as JSON (go vet asks for them)"},
	} {
		fmt.Fprintf(tw, "  %s\t%s\n", f[0], f[1])
	}
	tw.Flush()

	p(`
Silence one finding with a reason, on its line or the line above:

  //redislint:ignore NAME why this is fine

Drivers (the same analyzers, the same findings):

  go vet -vettool=$(which redislint) packages...
  go tool redislint packages...   after go get -tool github.com/redislint/redislint/cmd/redislint@latest
  golangci-lint v2                a module plugin: go run github.com/redislint/redislint/tools/golangci-redislint@latest
  gopls (editors)                 a gopls build: go run github.com/redislint/redislint/tools/gopls-redislint@latest

Documentation: %s
  docs/analyzers.md  each analyzer: what it reports, why, bad and good code, flags
  docs/drivers.md    set-up of every driver, editors, suppression
  docs/live.md       what each diagnostic does on a real cluster
`, docsURL)
}

// printSubcommandHelp writes `redislint help NAME` for a subcommand.
func printSubcommandHelp(w io.Writer, s *subcommand) {
	fmt.Fprintf(w, "usage: redislint %s %s\n\nPrints %s.\n", s.name, s.args, s.summary)
}

// printUsage writes the short usage of a command line without arguments.
func printUsage(w io.Writer) {
	fmt.Fprintf(w, "redislint finds Redis Cluster misuse in Go programs.\n\nUsage: redislint [flags] packages...\n\nRun 'redislint help' for the analyzers, subcommands and flags,\n or 'redislint help NAME' for one analyzer's documentation and flags.\n")
}
