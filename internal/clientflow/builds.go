package clientflow

// Builders: functions whose arguments become the address of a client the
// package builds, there or later through the fields they are stored in
// (func New(host string) *Broker { return &Broker{host: host} } and, in
// another method, redis.Dial("tcp", b.host)). A package that calls such a
// function of another package builds that client as surely as if it called
// the constructor: machinery's factory picks redisbroker.NewGR(cnf, addrs)
// for two addresses and redisbroker.New(cnf, host, …), a redigo pool, for
// one. The summaries cross packages as BuildsFacts.

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
)

// BuildsFact is an object fact on a function or method: the arguments of
// its parameters that become the address of a client it builds.
type BuildsFact struct {
	Params []ParamBuild
}

// ParamBuild says that the argument of parameter Index (the receiver not
// counted) becomes the address of a client built by a constructor of Lib
// (Recv, Name, Literal: model.ConstructorNamed), which builds Topo there.
type ParamBuild struct {
	Index      int
	Lib        model.Lib
	Recv, Name string
	Literal    bool
	Topo       model.Topology
	Inner      string // the constructor and where: "redis.Dial at redis.go:40"
}

func (*BuildsFact) AFact() {}

func (f *BuildsFact) String() string {
	s := "builds"
	for _, p := range f.Params {
		s += fmt.Sprintf(" #%d:%s", p.Index, p.Inner)
	}
	return s
}

// builderRounds bounds the rounds through the package's own builders
// (NewA(addr) calls NewB(addr), which dials it).
const builderRounds = 3

// buildsIndex finds the package's builders: for every construction of the
// package (a constructor's call, or a call of a builder), the parameters of
// the package's functions that its address is read from.
func (r *Result) buildsIndex() map[*types.Func][]ParamBuild {
	params := map[*types.Var]param{}
	var calls []*ast.CallExpr
	var lits []ast.Expr
	for _, f := range r.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := r.info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Type().(*types.Signature)
			for i := range sig.Params().Len() {
				params[sig.Params().At(i)] = param{fn, i}
			}
		}
	}
	if len(params) == 0 {
		return nil
	}
	r.ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			calls = append(calls, n)
		case *ast.CompositeLit:
			lits = append(lits, n)
		}
	})

	local := map[*types.Func][]ParamBuild{}
	add := func(k *model.Construction, topo model.Topology, inner string) bool {
		if k.Addr == nil || !exportableTopo(k.C.Topo, topo) || r.runtimeMode(k) {
			return false
		}
		changed := false
		for obj := range r.Lists(k.Addr) {
			v, ok := obj.(*types.Var)
			if !ok {
				continue
			}
			p, ok := params[v]
			if !ok || p.fn == k.Via {
				continue
			}
			pb := ParamBuild{Index: p.i, Lib: k.C.Lib, Recv: k.C.Recv, Name: k.C.Name, Literal: k.C.Literal, Topo: topo, Inner: inner}
			if !hasParam(local[p.fn], pb) {
				local[p.fn] = append(local[p.fn], pb)
				changed = true
			}
		}
		return changed
	}
	for _, n := range lits {
		if k := r.ConstructionOf(n); k != nil {
			add(k, r.Topology(k), r.innerName(k))
		}
	}
	for _, n := range calls {
		if k := r.ConstructionOf(n); k != nil {
			add(k, r.Topology(k), r.innerName(k))
		}
	}
	// The callees are read once; a call of another package's builder
	// gives the same constructions in every round, so only the first
	// reads them.
	callees := make([]*types.Func, len(calls))
	for i, call := range calls {
		if fn, _ := typeutil.Callee(r.info, call).(*types.Func); fn != nil && fn.Pkg() != nil {
			callees[i] = fn.Origin()
		}
	}
	for round := range builderRounds {
		changed := false
		for i, call := range calls {
			fn := callees[i]
			if fn == nil || round > 0 && fn.Pkg() != r.pass.Pkg {
				continue
			}
			for _, k := range r.builtByFunc(call, fn, local, true) {
				if add(k, k.Fixed, k.Inner) {
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn := range local {
		sort.SliceStable(local[fn], func(i, j int) bool { return local[fn][i].Index < local[fn][j].Index })
	}
	return local
}

func hasParam(list []ParamBuild, p ParamBuild) bool {
	for _, q := range list {
		if q.Index == p.Index && q.Lib == p.Lib && q.Recv == p.Recv && q.Name == p.Name && q.Topo == p.Topo {
			return true
		}
	}
	return false
}

// exportableTopo reports whether a builder of what the constructor (of
// kind ctor) builds, topo, is summarised: a single node, a cluster, or a
// client that picks by the addresses it is given. Sentinel clients and
// what cannot be told are not.
func exportableTopo(ctor, topo model.Topology) bool {
	switch topo {
	case model.TopoStandalone, model.TopoCluster, model.TopoAuto:
		return true
	case model.TopoUnknown:
		return ctor == model.TopoUniversal || ctor == model.TopoAuto
	}
	return false
}

// runtimeMode reports whether k's options set the cluster mode at run
// time (IsClusterMode: cfg.Cluster, ForceSingleClient: !cfg.Cluster): the
// builder then follows its caller's setting, not the address count.
func (r *Result) runtimeMode(k *model.Construction) bool {
	for _, name := range []string{k.C.ForceCluster, k.C.ForceSingle} {
		if kv := k.Field(name); kv != nil && r.info.Types[kv.Value].Value == nil {
			return true
		}
	}
	return false
}

// innerName is k as a builder's summary shows it: the constructor and
// where it is called.
func (r *Result) innerName(k *model.Construction) string {
	p := r.pass.Fset.Position(k.Node.Pos())
	return fmt.Sprintf("%s at %s:%d", k.Name(), shortFile(p.Filename), p.Line)
}

// builtBy returns the constructions a call of a builder makes: one per
// constructor it reaches, with the argument that becomes its address (all:
// one per parameter and place, for the builders' own summaries). local are the package's own builders (nil: only those of other
// packages, from their facts).
func (r *Result) builtBy(call *ast.CallExpr, local map[*types.Func][]ParamBuild, all bool) []*model.Construction {
	fn, _ := typeutil.Callee(r.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	return r.builtByFunc(call, fn.Origin(), local, all)
}

// builtByFunc is builtBy for a call of fn (its origin).
func (r *Result) builtByFunc(call *ast.CallExpr, fn *types.Func, local map[*types.Func][]ParamBuild, all bool) []*model.Construction {
	var pbs []ParamBuild
	if fn.Pkg() == r.pass.Pkg {
		pbs = local[fn]
	} else {
		pbs = r.importBuilds(fn)
	}
	var out []*model.Construction
	seen := map[string]bool{}
	for _, pb := range pbs {
		key := fmt.Sprint(pb.Lib, pb.Recv, pb.Name, pb.Topo)
		if all {
			key = fmt.Sprint(pb.Index, pb.Inner)
		}
		if seen[key] || pb.Index >= len(call.Args) {
			continue
		}
		if s, ok := model.StringConst(r.info, call.Args[pb.Index]); ok && s == "" {
			continue // no address: the other way of the builder (a socket path "")
		}
		c := model.ConstructorNamed(pb.Lib, pb.Recv, pb.Name, pb.Literal)
		if c == nil {
			continue
		}
		seen[key] = true
		out = append(out, &model.Construction{C: c, Node: call, Via: fn, Fixed: pb.Topo, Inner: pb.Inner, Addr: call.Args[pb.Index], AddrKnown: true})
	}
	return out
}

// importBuilds returns the BuildsFact of fn, a function of another
// package, memoized.
func (r *Result) importBuilds(fn *types.Func) []ParamBuild {
	r.mu.Lock()
	defer r.mu.Unlock()
	if pbs, ok := r.builds[fn]; ok {
		return pbs
	}
	var f BuildsFact
	if r.pass.ImportObjectFact == nil || !r.pass.ImportObjectFact(fn, &f) {
		f.Params = nil
	}
	if r.builds == nil {
		r.builds = map[*types.Func][]ParamBuild{}
	}
	r.builds[fn] = f.Params
	return f.Params
}

// BuiltBy returns the clients a call of a function of another package
// builds from its arguments (its BuildsFact): for each, a construction
// whose Via is the function and whose Addr is the argument that becomes
// the client's address. Calls of the package's own functions are not
// among them: the analyzers follow those into their bodies.
//
// A builder that decides the kind itself (a cluster client on one path, a
// client that picks by the count or a single node on another) is one
// construction of what it may build: a cluster client whatever the count
// when it has one (it may build it from one address), none when it also
// builds a single node (its own package reports its switch).
func (r *Result) BuiltBy(call *ast.CallExpr) []*model.Construction {
	if r.ins == nil {
		return nil
	}
	ks := r.builtBy(call, nil, false)
	if len(ks) < 2 {
		return ks
	}
	var cluster, single, byCount *model.Construction
	for _, k := range ks {
		switch kindOf(k.C.Topo, k.Fixed) {
		case Cluster:
			cluster = k
		case Single:
			single = k
		default:
			byCount = k
		}
	}
	switch {
	case single != nil && (cluster != nil || byCount != nil):
		return nil
	case cluster != nil:
		return []*model.Construction{cluster}
	}
	return ks[:1]
}

// exportBuilds exports a BuildsFact for each function of the package that
// builds a client from a parameter.
func (r *Result) exportBuilds() {
	for fn, pbs := range r.buildsIndex() {
		if len(pbs) > 0 && fn.Pkg() == r.pass.Pkg && fn.Exported() {
			r.pass.ExportObjectFact(fn, &BuildsFact{Params: pbs})
		}
	}
}
