package analysisutil

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestFactsRead: facts are read unless the driver marked the package, and
// not in a pass that cannot export any; forgetting the mark restores it.
func TestFactsRead(t *testing.T) {
	pkg, other := types.NewPackage("example.com/cmd/app", "main"), types.NewPackage("example.com/lib", "lib")
	export := func(types.Object, analysis.Fact) {}
	pass := func(p *types.Package) *analysis.Pass { return &analysis.Pass{Pkg: p, ExportObjectFact: export} }
	if !FactsRead(pass(pkg)) {
		t.Error("unmarked package: facts not read")
	}
	MarkFactsUnread(pkg)
	if FactsRead(pass(pkg)) {
		t.Error("marked package: facts read")
	}
	if !FactsRead(pass(other)) {
		t.Error("another package: facts not read")
	}
	ForgetFactsUnread(pkg)
	if !FactsRead(pass(pkg)) {
		t.Error("forgotten mark: facts not read")
	}
	if FactsRead(&analysis.Pass{Pkg: other}) {
		t.Error("a pass without ExportObjectFact: facts read")
	}
}
