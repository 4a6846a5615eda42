// Command redislint finds Redis Cluster misuse in Go programs.
//
// Usage:
//
//	redislint [flags] packages...
//	go vet -vettool=$(which redislint) packages...
//
// It is an x/tools multichecker: -json, -fix, -diff and per-analyzer flags
// (-crossslot, -crossslot.templates=false, …) work as in every such checker;
// run `redislint help` for the list of analyzers and `redislint help NAME`
// for one.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/redislint/redislint/analyzers"
)

func main() {
	multichecker.Main(analyzers.New(analyzers.DefaultConfig())...)
}
