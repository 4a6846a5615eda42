package callsite

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/redislint/redislint/internal/astindex"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

// BuilderFact marks a key builder: a function or method whose result is a
// key template in terms of its parameters and receiver (see
// keyexpr.Builder). It is exported so that keys named through a keys
// package evaluate as they do in the package itself.
type BuilderFact struct {
	B keyexpr.Builder
}

func (*BuilderFact) AFact() {}

// ClientFree: packages without a client have key builders.
func (*BuilderFact) ClientFree() {}

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

// SourceFact marks an exported function of the package whose key
// template calls a function of a dependency that is read from source
// only when a key calls it (depsource.go): a package that calls the
// function in a key reads this package from source too, and the
// dependency with it. Only a driver that reads dependencies on demand
// exports it.
type SourceFact struct{}

func (*SourceFact) AFact() {}

// ClientFree: packages without a client wrap a dependency's key builders.
func (*SourceFact) ClientFree() {}

func (*SourceFact) String() string { return "key builder of a dependency read from source" }

var _ analysis.Fact = (*SourceFact)(nil)

// FieldFact marks an exported string field of a struct type of the
// package that holds one constant: the package writes it once, in a
// composite literal (var Default = Keys{Prefix: "app:"}), and never
// assigns it (keyexpr.ExportedFields). Another package reads it as that
// constant unless it makes values of the type or writes the field itself.
type FieldFact struct {
	Value string
}

func (*FieldFact) AFact() {}

// ClientFree: packages without a client have key fields.
func (*FieldFact) ClientFree() {}

func (f *FieldFact) String() string { return "key field " + strconv.Quote(f.Value) }

var _ analysis.Fact = (*FieldFact)(nil)

var goroot = filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)

func inGoroot(file string) bool {
	return build.Default.GOROOT != "" && strings.HasPrefix(filepath.Clean(file), goroot)
}

// newEvaluator returns the package's key evaluator, which reads the
// builders of other packages from their facts. ins, when not nil, is the
// package's syntax index (astindex), which the evaluator's index then walks.
func newEvaluator(pass *analysis.Pass, ins *astindex.Index) *keyexpr.Evaluator {
	var ev *keyexpr.Evaluator
	if ins != nil {
		if x, _ := pass.ResultOf[keyIndex].(*index); x != nil {
			ev = x.eval
		} else {
			ev = keyexpr.NewInspected(pass.TypesInfo, pass.Files, ins)
		}
	} else {
		ev = keyexpr.New(pass.TypesInfo, pass.Files)
	}
	ev.ReadEmbed = readEmbed(pass.Fset)
	ev.ReadOnly = readOnly(pass.TypesInfo)
	ev.Imported = func(fn *types.Func) (*keyexpr.Builder, bool) {
		if fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			return nil, false
		}
		if ev.Sourced != nil && pass.ImportObjectFact(fn, new(SourceFact)) {
			return nil, false // its summary is read from source
		}
		var f BuilderFact
		if !pass.ImportObjectFact(fn, &f) {
			return nil, false
		}
		return &f.B, true
	}
	ev.ImportedField = func(v *types.Var) (string, bool) {
		if v.Pkg() == nil || v.Pkg() == pass.Pkg {
			return "", false
		}
		var f FieldFact
		if !pass.ImportObjectFact(v, &f) {
			return "", false
		}
		return f.Value, true
	}
	sourceHooks(pass, ev)
	return ev
}

// readEmbed reads the files that go:embed directives name, beside the
// file of the directive.
func readEmbed(fset *token.FileSet) func(token.Pos, string) (string, bool) {
	return func(pos token.Pos, name string) (string, bool) {
		f := fset.File(pos)
		if f == nil {
			return "", false
		}
		data, err := os.ReadFile(filepath.Join(filepath.Dir(f.Name()), filepath.FromSlash(name)))
		if err != nil {
			return "", false
		}
		return string(data), true
	}
}

// readOnly says that a client library's call reads the maps it is given
// (MSet(ctx, m)).
func readOnly(info *types.Info) func(*ast.CallExpr) bool {
	return func(call *ast.CallExpr) bool {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		return fn != nil && fn.Pkg() != nil && model.IsClientPackage(fn.Pkg().Path())
	}
}

// exportBuilders summarises the package's functions and exports a fact for
// each key builder.
func exportBuilders(pass *analysis.Pass, ev *keyexpr.Evaluator) {
	for fn, b := range ev.SummariseAll() {
		pass.ExportObjectFact(fn, &BuilderFact{B: *b})
	}
	for _, fn := range ev.Stale() {
		if fn.Exported() {
			pass.ExportObjectFact(fn, new(SourceFact))
		}
	}
	var tagged map[*types.Var]bool
	for f, v := range ev.ExportedFields() {
		if f.Pkg() != pass.Pkg {
			continue
		}
		if tagged == nil {
			tagged = taggedFields(pass.Pkg)
		}
		if !tagged[f] {
			pass.ExportObjectFact(f, &FieldFact{Value: v})
		}
	}
}

// taggedFields are the fields with a struct tag of the package's named
// struct types. A decoder may fill them, so no reader asks for their value
// (keyexpr's hasStructTag), and none is exported.
func taggedFields(pkg *types.Package) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	for _, name := range pkg.Scope().Names() {
		if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if st.Tag(i) != "" {
						out[st.Field(i)] = true
					}
				}
			}
		}
	}
	return out
}

// mayHaveBuilders reports whether a package that uses no client could
// hold key builders worth a summary: a package of a module (not the
// standard library) that declares a function with one string result.
func mayHaveBuilders(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || inGoroot(pass.Fset.File(pass.Files[0].Pos()).Name()) {
		return false // the standard library
	}
	// A struct type with an exported string field: its value may be a
	// FieldFact (var Default = Keys{Prefix: "app:"}). Not one with a
	// struct tag (json:"name"): a decoder may fill it, and its value is
	// never read (taggedFields).
	for _, name := range pass.Pkg.Scope().Names() {
		if tn, ok := pass.Pkg.Scope().Lookup(name).(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if f := st.Field(i); f.Exported() && st.Tag(i) == "" && typesutil.IsAnyString(f.Type()) {
						return true
					}
				}
			}
		}
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
