// Command redislint finds Redis Cluster misuse in Go programs.
//
// Usage:
//
//	redislint [flags] packages...
//	go vet -vettool=$(which redislint) packages...
//	redislint -sarif [flags] packages... > redislint.sarif
//	redislint slot KEY...
//	redislint cluster [flags] ADDR...
//
// It is an x/tools multichecker: -json, -fix, -diff and per-analyzer flags
// (-crossslot, -crossslot.templates=false, …) work as in every such checker.
// `redislint help` (or -h) prints redislint's overview: what it finds, the
// analyzers of the registry (analyzers.Registry), the subcommands (the
// table in help.go), the drivers and the flags that matter; `redislint help
// NAME` prints one analyzer's documentation and flags, as x/tools does. Unlike x/tools' checker, it reads from source only the packages
// that can hold Redis code or facts (those of the modules analyzed, and
// those that import a Redis client), and every other dependency from export
// data (internal/driver).
//
// -sarif writes a SARIF 2.1.0 log (for GitHub code scanning and other SARIF
// viewers) to stdout instead: one rule per analyzer, one result per
// diagnostic with its related locations and suggested fixes. It accepts the
// analyzer flags and -test; file URIs are relative to the working directory
// (%SRCROOT%), so run it from the repository's root. Its exit code is 0 when
// the log was written, whatever it reports, as with -json.
//
// slot prints the cluster slot of each key, as CLUSTER KEYSLOT would, with
// the part of the key that is hashed (its hash tag or the whole key):
//
//	$ redislint slot user:101:profile '{user:101}:profile'
//	14791  "user:101:profile"    the whole key
//	13437  "{user:101}:profile"  hash tag "user:101"
//
// cluster connects to a cluster's seeds as a client would from where it
// runs and reports what would fail there: not a cluster, uncovered or
// failing slots, failing nodes, a split view, announced addresses it cannot
// reach (the NAT / Docker case), too few seeds; -key KEY locates keys. Run
// `redislint cluster -h` for its flags and exit codes, and see docs/cluster.md.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/driver"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 0:
		printUsage(os.Stderr)
		os.Exit(1)
	case isHelp(args):
		printOverview(os.Stdout)
		os.Exit(0)
	case len(args) == 2 && args[0] == "help" && lookupSubcommand(args[1]) != nil:
		printSubcommandHelp(os.Stdout, lookupSubcommand(args[1]))
		os.Exit(0)
	}
	if s := lookupSubcommand(args[0]); s != nil {
		os.Exit(s.run(args[1:], os.Stdout, os.Stderr))
	}
	if sarifRequested(args) {
		os.Exit(runSARIF(args, analyzers.New(analyzers.DefaultConfig()), os.Stdout, os.Stderr))
	}
	// help NAME and every other command line: the multichecker's.
	driver.Main(func() []*analysis.Analyzer { return analyzers.New(analyzers.DefaultConfig()) })
}
