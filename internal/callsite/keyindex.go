package callsite

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/keyexpr"
)

// keyIndex builds what [Analyzer] reads of a package that uses a client
// and that needs the package's syntax and types but not the client flow:
// the key evaluator's index (keyexpr.NewInspected) and the package's
// functions with their calls (indexDecls). Being an analysis of its own, a
// driver that runs independent actions in parallel builds it beside the
// client flow, which Analyzer requires too. On a large package analyzed
// last (a module's root package with its tests), both are on the run's
// critical path.
var keyIndex = &analysis.Analyzer{
	Name:       "rediskeyindex",
	Doc:        "indexes the assignments, writes and declarations that keys are read from (shared by redislint's analyzers)",
	Requires:   []*analysis.Analyzer{analysisutil.Inspect},
	Run:        runKeyIndex,
	ResultType: reflect.TypeFor[*index](),
	// It runs on a package with errors too, and builds nothing there:
	// Analyzer does not run on one, and the errors of a run list only
	// the analyzers that report or fail, as before it was split off.
	RunDespiteErrors: true,
}

// index is keyIndex's result: nil for a package with errors or that uses
// no client.
type index struct {
	eval *keyexpr.Evaluator
	// decls are the package's functions with their calls, calls the
	// package's calls with what they call (indexDecls).
	decls []funcDecl
	calls callTable
}

func runKeyIndex(pass *analysis.Pass) (any, error) {
	if len(pass.TypeErrors) > 0 || !analysisutil.UsesRedisClient(pass) || analysisutil.InClientMock(pass) {
		return (*index)(nil), nil
	}
	ins := analysisutil.Inspector(pass)
	x := &index{eval: keyexpr.NewInspected(pass.TypesInfo, pass.Files, ins)}
	x.decls, x.calls = indexDecls(pass.TypesInfo, ins)
	return x, nil
}
