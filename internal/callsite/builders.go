package callsite

import (
	"go/ast"
	"go/build"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/keyexpr"
)

// BuilderFact marks a key builder: a function or method whose result is a
// key template in terms of its parameters and receiver (see
// keyexpr.Builder). It is exported so that keys named through a keys
// package evaluate as they do in the package itself.
type BuilderFact struct {
	B keyexpr.Builder
}

func (*BuilderFact) AFact() {}

func (f *BuilderFact) String() string {
	var b strings.Builder
	b.WriteString("key builder ")
	for _, p := range f.B.Parts {
		switch {
		case p.Param > 0:
			b.WriteString("%" + string(rune('0'+min(p.Param, 9))))
		case p.Param < 0:
			b.WriteString("%recv" + p.Text)
		case p.Text != "":
			b.WriteString("%v")
		default:
			b.WriteString(p.Const)
		}
	}
	return b.String()
}

var _ analysis.Fact = (*BuilderFact)(nil)

var goroot = filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)

func inGoroot(file string) bool {
	return build.Default.GOROOT != "" && strings.HasPrefix(filepath.Clean(file), goroot)
}

// newEvaluator returns the package's key evaluator, which reads the
// builders of other packages from their facts.
func newEvaluator(pass *analysis.Pass) *keyexpr.Evaluator {
	ev := keyexpr.New(pass.TypesInfo, pass.Files)
	ev.Imported = func(fn *types.Func) (*keyexpr.Builder, bool) {
		if fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			return nil, false
		}
		var f BuilderFact
		if !pass.ImportObjectFact(fn, &f) {
			return nil, false
		}
		return &f.B, true
	}
	return ev
}

// exportBuilders summarises the package's functions and exports a fact for
// each key builder.
func exportBuilders(pass *analysis.Pass, ev *keyexpr.Evaluator) {
	for fn, b := range ev.SummariseAll() {
		pass.ExportObjectFact(fn, &BuilderFact{B: *b})
	}
}

// mayHaveBuilders reports whether a package that uses no client could
// hold key builders worth a summary: a package of a module (not the
// standard library) that declares a function with one string result.
func mayHaveBuilders(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || inGoroot(pass.Fset.File(pass.Files[0].Pos()).Name()) {
		return false // the standard library
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Type.Results == nil || len(fd.Type.Results.List) != 1 {
				continue
			}
			r := fd.Type.Results.List[0]
			if len(r.Names) > 1 {
				continue
			}
			if t := pass.TypesInfo.TypeOf(r.Type); t != nil {
				if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
					return true
				}
			}
		}
	}
	return false
}
