package clientflow

// This file reads the constructions of clients with the package's values:
// their topology and seed count, and the construction (or constructions, one
// per branch) an expression comes from.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"strings"

	"github.com/redislint/redislint/internal/model"
)

// Topology is what construction k builds, with its address count read
// through the package's values (a literal list, directly or through a
// variable stored once).
//
// A client that picks its kind itself (rueidis, valkey-go) built in a
// _test.go file from one constant loopback address is a single node: a
// test's local Redis, not a cluster.
func (r *Result) Topology(k *model.Construction) model.Topology {
	t := k.Topology(r.info, r.Seeds(k))
	if t == model.TopoAuto && r.loopbackTest(k) {
		return model.TopoStandalone
	}
	return t
}

// loopbackTest reports whether k is in a _test.go file and its address
// list is one constant loopback address.
func (r *Result) loopbackTest(k *model.Construction) bool {
	f := r.pass.Fset.File(k.Node.Pos())
	if f == nil || !strings.HasSuffix(f.Name(), "_test.go") || k.Addr == nil || k.C.Form != model.AddrList {
		return false
	}
	elems, ok := r.Flow.ListElems(k.Addr)
	if !ok || len(elems) != 1 {
		return false
	}
	tv := r.info.Types[elems[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	host, _, err := net.SplitHostPort(constant.StringVal(tv.Value))
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Seeds is the number of addresses of k's address list, -1 when it is
// built at run time or k takes no list.
func (r *Result) Seeds(k *model.Construction) int {
	if k.Addr != nil && k.C.Form == model.AddrList {
		if elems, ok := r.Flow.ListElems(k.Addr); ok {
			return len(elems)
		}
	}
	return -1
}

// ConstructionOf is model.ConstructionOf with the options read through a
// variable that holds one literal (opts := &redis.UniversalOptions{…};
// redis.NewUniversalClient(opts)): the analyzers that read a construction's
// options and address fields take it from here.
//
// Fields the program assigns to that variable (opts.Addrs = hosts,
// ropt.MasterName = cfg.MasterName), also after opts := new(T), are read
// as fields of the options (model.Construction.UseAssigned).
func (r *Result) ConstructionOf(e ast.Expr) *model.Construction {
	if r.ready {
		switch e.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			// Every call and literal of the package is read once, at the
			// first question (Constructions).
			r.Constructions()
			return r.cons[e]
		}
	}
	return r.constructionOf(e)
}

// Built is a construction of a client and the node that makes it.
type Built struct {
	Node ast.Expr // a *ast.CallExpr or *ast.CompositeLit
	K    *model.Construction
}

// Constructions returns the constructions of the package's files, in the
// order of the files: every call and composite literal ConstructionOf
// reads as one. They are read once for every analyzer (the analyzers
// each walked every call for them, and reading one asks the type
// information for the callee), and ConstructionOf then answers from them,
// with the same *model.Construction each time: read it, never change it.
func (r *Result) Constructions() []Built {
	if !r.ready || r.ins == nil {
		return nil
	}
	r.consOnce.Do(func() {
		r.cons = map[ast.Expr]*model.Construction{}
		var found []Built
		if r.found != nil {
			found = <-r.found
		} else {
			found = r.findConstructions()
		}
		for _, b := range found {
			if k := r.withOptions(b.Node, b.K); k != nil {
				r.cons[b.Node] = k
				r.consList = append(r.consList, Built{b.Node, k})
			}
		}
	})
	return r.consList
}

// findConstructions reads every call and composite literal of the
// package as the tables do, without the value flow: it needs the syntax
// and types only, so New runs it beside the flow's index (on the last
// package of a program, on a core that would be idle).
func (r *Result) findConstructions() []Built {
	var found []Built
	r.ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		if k := model.ConstructionOf(r.info, n.(ast.Expr)); k != nil {
			found = append(found, Built{n.(ast.Expr), k})
		}
	})
	return found
}

func (r *Result) constructionOf(e ast.Expr) *model.Construction {
	return r.withOptions(e, model.ConstructionOf(r.info, e))
}

// withOptions completes k, the construction e makes, with the options the
// value flow finds for it.
func (r *Result) withOptions(e ast.Expr, k *model.Construction) *model.Construction {
	if k == nil || k.Opts != nil || k.OptsExpr == nil {
		return k
	}
	if r.useConverted(k) {
		return k
	}
	optsExpr := k.OptsExpr
	if u, ok := ast.Unparen(optsExpr).(*ast.UnaryExpr); ok && u.Op == token.AND {
		optsExpr = u.X // opts := redis.ClusterOptions{…}; NewClusterClient(&opts)
	}
	start := r.Flow.SingleValue(optsExpr)
	if start == optsExpr {
		// Options a helper of the package is given by its one caller
		// (func (a *App) createPool(o redis.UniversalOptions) { return
		// redis.NewUniversalClient(&o) }): the options that call passes.
		_, args, ok := r.Flow.ParamCalls(optsExpr)
		if !ok || len(args) != 1 {
			return k // not a variable of one value
		}
		start = r.Flow.SingleValue(args[0])
		if u, ok := ast.Unparen(start).(*ast.UnaryExpr); ok && u.Op == token.AND {
			start = r.Flow.SingleValue(u.X)
		}
		if model.CompositeOf(start) == nil {
			return k
		}
		k.UseOptions(r.info, model.CompositeOf(start))
		return k
	}
	k.UseOptions(r.info, model.CompositeOf(start))
	if k.Opts == nil && !r.isNew(start) {
		return k
	}
	obj := r.Flow.ObjectOf(optsExpr)
	if obj == nil {
		return k
	}
	var keys []*ast.Ident
	var vals []ast.Expr
	for _, f := range r.pass.Files {
		if f.Pos() > obj.Pos() || obj.Pos() >= f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || len(a.Lhs) != len(a.Rhs) || a.Tok != token.ASSIGN {
				return true
			}
			for i, lhs := range a.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && r.Flow.ObjectOf(sel.X) == obj {
					keys, vals = append(keys, sel.Sel), append(vals, a.Rhs[i])
				}
			}
			return true
		})
	}
	k.UseAssigned(r.info, start, keys, vals)
	return k
}

// ConstructionsOf is ConstructionOf, and for options given through a
// variable assigned a literal in each arm of a branch (if sentinel { o =
// &UniversalOptions{…} } else if cluster { o = &UniversalOptions{…} } else
// { … }; NewUniversalClient(o)), one construction per literal: each arm is
// a configuration of its own.
func (r *Result) ConstructionsOf(e ast.Expr) []*model.Construction {
	k := r.ConstructionOf(e)
	if k == nil {
		return nil
	}
	if k.Opts != nil || k.OptsExpr == nil || k.Assigned {
		return []*model.Construction{k}
	}
	obj := r.Flow.ObjectOf(k.OptsExpr)
	if obj == nil {
		return []*model.Construction{k}
	}
	vals, complete := r.Flow.Stores(obj)
	if !complete || len(vals) < 2 {
		return []*model.Construction{k}
	}
	var out []*model.Construction
	for _, v := range vals {
		lit := model.CompositeOf(v)
		if lit == nil {
			return []*model.Construction{k}
		}
		alt := model.ConstructionOf(r.info, e)
		alt.UseOptions(r.info, lit)
		if alt.Opts == nil {
			return []*model.Construction{k}
		}
		out = append(out, alt)
	}
	return out
}

// isNew reports whether e is new(T).
func (r *Result) isNew(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "new"
}
