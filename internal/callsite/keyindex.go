package callsite

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/keyexpr"
)

// keyIndex builds the key evaluator's index of a package that uses a
// client (keyexpr.NewInspected), for [Analyzer] to read. The index needs
// the package's syntax and types, not the client flow, so it is an
// analysis of its own: a driver that runs independent actions in parallel
// builds it beside the client flow, which Analyzer requires too. On a
// large package analyzed last (a module's root package with its tests),
// both are on the run's critical path.
var keyIndex = &analysis.Analyzer{
	Name:       "rediskeyindex",
	Doc:        "indexes the assignments, writes and declarations that keys are read from (shared by redislint's analyzers)",
	Requires:   []*analysis.Analyzer{analysisutil.Inspect},
	Run:        runKeyIndex,
	ResultType: reflect.TypeFor[*keyexpr.Evaluator](),
	// It runs on a package with errors too, and builds nothing there:
	// Analyzer does not run on one, and the errors of a run list only
	// the analyzers that report or fail, as before it was split off.
	RunDespiteErrors: true,
}

func runKeyIndex(pass *analysis.Pass) (any, error) {
	if len(pass.TypeErrors) > 0 || !analysisutil.UsesRedisClient(pass) {
		return (*keyexpr.Evaluator)(nil), nil
	}
	return keyexpr.NewInspected(pass.TypesInfo, pass.Files, analysisutil.Inspector(pass)), nil
}
