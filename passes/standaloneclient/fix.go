package standaloneclient

// Suggested fixes: NewClient to NewClusterClient, IsClusterMode on
// NewUniversalClient.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/typesutil"
	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/model"
)

func (ch *checker) suggestedFix(ct *construction) *analysis.SuggestedFix {
	if ct.C.Lib != model.LibGoRedis || ct.Opts == nil || ct.Assigned || ct.Addr == nil {
		return nil
	}
	switch ct.C.Name {
	case "NewClient":
		return ch.fixNewClient(ct)
	case "NewUniversalClient":
		if !ch.hasClusterMode(ct) {
			return nil
		}
		kv := ct.Field(ct.C.AddrField)
		if kv == nil {
			return nil
		}
		edits := []analysis.TextEdit{{Pos: kv.End(), End: kv.End(), NewText: []byte(", IsClusterMode: true")}}
		if lit, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
			if _, isConst := model.StringConst(ch.pass.TypesInfo, lit.Elts[0]); !isConst {
				seeds, imp, ok := ch.seedList(lit.Elts[0])
				if !ok {
					return nil
				}
				edits = append(edits, analysis.TextEdit{Pos: kv.Value.Pos(), End: kv.Value.End(), NewText: []byte(seeds)})
				edits = append(edits, imp...)
			}
		}
		return &analysis.SuggestedFix{Message: "Set IsClusterMode", TextEdits: edits}
	}
	return nil
}

// seedList returns the text of a seed list made of the one address a: a
// literal list for a constant; for a value read at run time (an
// environment variable, a flag), strings.Split(a, ","), so that the setting
// can name every seed, with the edit that imports "strings" when the file
// lacks it. ok is false when "strings" cannot be named there.
func (ch *checker) seedList(a ast.Expr) (text string, imports []analysis.TextEdit, ok bool) {
	src := ch.text(a)
	if src == "" {
		return "", nil, false
	}
	if _, isConst := model.StringConst(ch.pass.TypesInfo, a); isConst {
		return "[]string{" + src + "}", nil, true
	}
	var file *ast.File
	for _, f := range ch.pass.Files {
		if f.FileStart <= a.Pos() && a.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return "", nil, false
	}
	name := ""
	for _, imp := range file.Imports {
		if imp.Path.Value != `"strings"` {
			continue
		}
		switch {
		case imp.Name == nil:
			name = "strings"
		case imp.Name.Name == "_" || imp.Name.Name == ".":
			return "", nil, false
		default:
			name = imp.Name.Name
		}
	}
	if name == "" {
		name = "strings"
		edit, ok := addImport(file, `"strings"`)
		if !ok {
			return "", nil, false
		}
		imports = append(imports, edit)
	}
	// The name must mean the package where a is.
	if scope := ch.pass.Pkg.Scope().Innermost(a.Pos()); scope != nil {
		if _, obj := scope.LookupParent(name, a.Pos()); obj != nil {
			if _, isPkg := obj.(*types.PkgName); !isPkg {
				return "", nil, false
			}
		}
	}
	return name + ".Split(" + src + `, ",")`, imports, true
}

// addImport returns the edit that adds path to file's imports.
func addImport(file *ast.File, path string) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + path)}, true
		}
		return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + path)}, true
	}
	return analysis.TextEdit{}, false
}

// fixNewClient rewrites NewClient(&Options{Addr: a, …}) into
// NewClusterClient(&ClusterOptions{Addrs: []string{a}, …}) when every
// other field exists in ClusterOptions with the same type, DB is 0, and the
// call's result goes where a *ClusterClient fits.
func (ch *checker) fixNewClient(ct *construction) *analysis.SuggestedFix {
	info := ch.pass.TypesInfo
	scope := ct.Pkg.Scope()
	newCluster, _ := scope.Lookup("NewClusterClient").(*types.Func)
	clusterOpts, _ := scope.Lookup("ClusterOptions").(*types.TypeName)
	if newCluster == nil || clusterOpts == nil {
		return nil
	}
	sig := newCluster.Type().(*types.Signature)
	if sig.Results().Len() != 1 || !ch.resultFits(ct, sig.Results().At(0).Type()) {
		return nil
	}
	addrKV := ct.Field(ct.C.AddrField)
	if addrKV == nil {
		return nil
	}
	for _, elt := range ct.Opts.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			return nil
		}
		if kv == addrKV {
			continue
		}
		if id.Name == ct.C.DB {
			if tv := info.Types[kv.Value]; tv.Value != nil && constant.Sign(tv.Value) == 0 {
				continue
			}
			return nil
		}
		have, ok1 := model.FieldType(info.TypeOf(ct.Opts), id.Name)
		want, ok2 := model.FieldType(clusterOpts.Type(), id.Name)
		if !ok1 || !ok2 || !types.Identical(have, want) {
			return nil
		}
	}
	fun := model.LastIdent(ct.Node.(*ast.CallExpr).Fun)
	typ := model.LastIdent(ct.Opts.Type)
	if fun == nil || typ == nil {
		return nil
	}
	seeds, imports, ok := ch.seedList(addrKV.Value)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message: "Use NewClusterClient",
		TextEdits: append([]analysis.TextEdit{
			{Pos: fun.Pos(), End: fun.End(), NewText: []byte("NewClusterClient")},
			{Pos: typ.Pos(), End: typ.End(), NewText: []byte("ClusterOptions")},
			{Pos: addrKV.Pos(), End: addrKV.End(), NewText: []byte("Addrs: " + seeds)},
		}, imports...),
	}
}

func (ch *checker) text(e ast.Expr) string {
	tf := ch.pass.Fset.File(e.Pos())
	if tf == nil {
		return ""
	}
	for _, f := range ch.pass.Files {
		if ch.pass.Fset.File(f.Pos()) == tf {
			if src, err := ch.pass.ReadFile(tf.Name()); err == nil {
				return string(src[tf.Offset(e.Pos()):tf.Offset(e.End())])
			}
		}
	}
	return ""
}

// resultFits reports whether the construction call's result goes where a
// value of type t fits: an interface that t implements.
func (ch *checker) resultFits(ct *construction, t types.Type) bool {
	info := ch.pass.TypesInfo
	stack := ct.stack
	if len(stack) < 2 {
		return false
	}
	call := stack[len(stack)-1]
	var want types.Type
	switch p := stack[len(stack)-2].(type) {
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != len(p.Rhs) {
			return false
		}
		for i, r := range p.Rhs {
			if r == call {
				want = info.TypeOf(p.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		if p.Type != nil {
			want = info.TypeOf(p.Type)
		}
	case *ast.KeyValueExpr:
		if p.Value == call {
			if id, ok := p.Key.(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok && v.IsField() {
					want = v.Type()
				}
			}
		}
	case *ast.ReturnStmt:
		if len(p.Results) != 1 || p.Results[0] != call {
			return false
		}
		for i := len(stack) - 3; i >= 0; i-- {
			switch fn := stack[i].(type) {
			case *ast.FuncLit:
				want = typesutil.SoleResult(info.TypeOf(fn))
			case *ast.FuncDecl:
				if obj := info.Defs[fn.Name]; obj != nil {
					want = typesutil.SoleResult(obj.Type())
				}
			default:
				continue
			}
			break
		}
	case *ast.CallExpr:
		sig, ok := info.TypeOf(p.Fun).(*types.Signature)
		if !ok {
			return false
		}
		for i, arg := range p.Args {
			if arg == call && i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				want = sig.Params().At(i).Type()
			}
		}
	}
	if want == nil {
		return false
	}
	if _, isIface := want.Underlying().(*types.Interface); !isIface {
		return false
	}
	return types.AssignableTo(t, want)
}

// hasClusterMode reports whether the go-redis that ct's package is built
// against has UniversalOptions.IsClusterMode (v9.8.0+), asked the one way
// the model answers "which go-redis is this".
func (ch *checker) hasClusterMode(ct *construction) bool {
	return ct.C.ForceCluster != "" && model.GoRedisHas(ch.pass.Fset, ct.Pkg, model.FeatureIsClusterMode)
}
