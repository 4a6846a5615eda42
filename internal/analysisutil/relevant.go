package analysisutil

import (
	"reflect"
	"sync"

	"github.com/redislint/redislint/internal/astindex"
	"golang.org/x/tools/go/analysis"
)

// Relevant is the early exit every redislint analysis calls first: it
// reports whether the package can hold anything redislint looks for. A
// package that imports no Redis client, directly or through others
// ([UsesRedisClient]), and none of whose imports has facts of the analyzer,
// cannot: run returns before any walk of the syntax. Nor can a client
// mock's ([InClientMock]): its clients send nothing, and what it would
// export (its Expect methods as wrappers of their commands) would make
// its callers' expectations commands.
func Relevant(pass *analysis.Pass) bool {
	if InClientMock(pass) {
		return false
	}
	if UsesRedisClient(pass) {
		return true
	}
	if len(pass.Analyzer.FactTypes) == 0 {
		return false
	}
	return len(pass.AllPackageFacts()) > 0 || len(pass.AllObjectFacts()) > 0
}

// Inspect is inspect.Analyzer made lazy and lighter: its result builds
// the syntax index of the package ([astindex], which answers as x/tools's
// inspector in half its memory) on first use ([Inspector]), so that
// packages that the analyzers leave at [Relevant] cost no walk of their
// syntax.
var Inspect = &analysis.Analyzer{
	Name:             "redisinspect",
	Doc:              "builds the syntax index of a package on first use (shared by redislint's analyzers)",
	Run:              func(pass *analysis.Pass) (any, error) { return &lazyInspector{pass: pass}, nil },
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*lazyInspector](),
}

type lazyInspector struct {
	pass *analysis.Pass
	once sync.Once
	ins  *astindex.Index
}

// Inspector returns the syntax index of the package of pass, which must
// require [Inspect].
func Inspector(pass *analysis.Pass) *astindex.Index {
	l := pass.ResultOf[Inspect].(*lazyInspector)
	l.once.Do(func() {
		if l.ins = takePrebuilt(l.pass.Files); l.ins == nil {
			l.ins = astindex.New(l.pass.Files)
		}
	})
	return l.ins
}

// ClientFree is implemented by the fact types that a package importing no
// Redis client, directly or through others, may export (callsite's key
// builders and key fields): the only facts such a package has. The
// standalone driver computes the facts of such a package of the analyzed
// modules only when an importer asks for one of these types (and panics
// when such a package exports a fact of another type).
type ClientFree interface {
	analysis.Fact
	ClientFree()
}
