// Command ssafloor is the floor plus SSA: an x/tools multichecker whose one
// analyzer does nothing but require buildssa, so that every package it
// analyzes is built into SSA form. Against the floor it measures what an
// engine on x/tools' SSA would pay before doing any work of its own
// (docs/design.md, "Why the engine is not on SSA").
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

func main() {
	a := &analysis.Analyzer{
		Name:     "ssanoop",
		Doc:      "ssanoop: builds SSA and does nothing with it",
		Requires: []*analysis.Analyzer{buildssa.Analyzer},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.String("salt", "", "ignored")
	multichecker.Main(a)
}
