// Command floor is the floor of redislint's benchmark: an x/tools
// multichecker with one analyzer that does nothing, built on the same
// x/tools as redislint. It costs what loading and type-checking cost.
//
// Its -noop.salt flag does nothing either: a fresh value defeats go vet's
// cache, as a redislint flag does for redislint.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

func main() {
	a := &analysis.Analyzer{
		Name: "noop",
		Doc:  "noop: does nothing",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored")
	multichecker.Main(a)
}
