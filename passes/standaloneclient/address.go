package standaloneclient

// Address evidence: what an address expression is made of (constants, the
// settings it is read from, its identities), and what that says.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/redislint/redislint/internal/typesutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
)

// addrInfo is what an address expression is made of.
type addrInfo struct {
	consts []leaf // constant strings
	names  []leaf // names of the sources it is read from
	// ids are its identities: objects (types.Object), "value:…" for
	// constant text and "source:…" for environment variables, flags and
	// config keys; each with the expression where it was seen.
	ids    map[any]ast.Expr
	ranged bool // some variable on the way is a range key or value
	form   model.AddrForm
}

type leaf struct {
	text string
	kind string // for names: "environment variable", "flag", "config key", "field", "struct tag"
	expr ast.Expr
}

// sourceFunc is a function that reads a named setting: the name is argument Arg.
type sourceFunc struct {
	pkg, recv, name string
	arg             int
	kind            string
}

var sourceFuncs = []sourceFunc{
	{"os", "", "Getenv", 0, "environment variable"},
	{"os", "", "LookupEnv", 0, "environment variable"},
	{"syscall", "", "Getenv", 0, "environment variable"},
	{"flag", "", "String", 0, "flag"},
	{"flag", "", "StringVar", 1, "flag"},
	{"flag", "FlagSet", "String", 0, "flag"},
	{"flag", "FlagSet", "StringVar", 1, "flag"},
	{"github.com/spf13/pflag", "", "String", 0, "flag"},
	{"github.com/spf13/pflag", "", "StringP", 0, "flag"},
	{"github.com/spf13/pflag", "", "StringVar", 1, "flag"},
	{"github.com/spf13/pflag", "", "StringVarP", 1, "flag"},
	{"github.com/spf13/pflag", "", "StringSlice", 0, "flag"},
	{"github.com/spf13/pflag", "FlagSet", "String", 0, "flag"},
	{"github.com/spf13/pflag", "FlagSet", "StringVar", 1, "flag"},
	{"github.com/spf13/viper", "", "GetString", 0, "config key"},
	{"github.com/spf13/viper", "", "GetStringSlice", 0, "config key"},
	{"github.com/spf13/viper", "Viper", "GetString", 0, "config key"},
	{"github.com/spf13/viper", "Viper", "GetStringSlice", 0, "config key"},
}

// passThrough are packages whose functions build a value from their
// arguments (strings.Split, fmt.Sprintf, net.JoinHostPort, …).
var passThrough = map[string]bool{"strings": true, "fmt": true, "net": true, "strconv": true, "net/url": true}

func (ch *checker) collect(e ast.Expr, form model.AddrForm) *addrInfo {
	a := &addrInfo{ids: map[any]ast.Expr{}, form: form}
	seen := map[types.Object]bool{}
	info := ch.pass.TypesInfo
	var walk func(e ast.Expr, depth int)
	walk = func(e ast.Expr, depth int) {
		if e == nil || depth > 16 {
			return
		}
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			if tv.Value.Kind() == constant.String {
				s := constant.StringVal(tv.Value)
				a.consts = append(a.consts, leaf{text: s, expr: e})
				if _, _, ok := model.HostPort(s, form); ok {
					a.ids["value:"+s] = e // an address, not a format or a separator
				}
			}
			if obj := ch.flow.ObjectOf(e); obj != nil {
				a.ids[obj] = e
			}
			return
		}
		switch x := e.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			obj := ch.flow.ObjectOf(x)
			v, ok := obj.(*types.Var)
			if !ok {
				if sel, ok := x.(*ast.SelectorExpr); ok {
					walk(sel.X, depth+1)
				}
				return
			}
			a.ids[v] = x
			if ch.flow.Ranged(v) {
				a.ranged = true
			}
			if v.IsField() {
				a.names = append(a.names, leaf{text: v.Name(), kind: "field", expr: x})
				if tag := fieldTag(info, x, v); tag != "" {
					a.names = append(a.names, leaf{text: tag, kind: "struct tag", expr: x})
				}
				// The fields it is reached through: cfg.Cluster.Addr.
				for sel, ok := x.(*ast.SelectorExpr); ok; sel, ok = sel.X.(*ast.SelectorExpr) {
					if outer, ok := sel.X.(*ast.SelectorExpr); ok {
						if f, ok := ch.flow.ObjectOf(outer).(*types.Var); ok && f.IsField() {
							a.names = append(a.names, leaf{text: f.Name(), kind: "field", expr: outer})
						}
					}
				}
			}
			if seen[v] {
				return
			}
			seen[v] = true
			vals, _ := ch.flow.Stores(v)
			for _, val := range vals {
				walk(val, depth+1)
			}
		case *ast.CallExpr:
			ch.collectCall(a, x, func(e ast.Expr) { walk(e, depth+1) })
		case *ast.BinaryExpr:
			walk(x.X, depth+1)
			walk(x.Y, depth+1)
		case *ast.IndexExpr:
			walk(x.X, depth+1)
		case *ast.SliceExpr:
			walk(x.X, depth+1)
		case *ast.StarExpr:
			walk(x.X, depth+1)
		case *ast.UnaryExpr:
			walk(x.X, depth+1)
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				walk(elt, depth+1)
			}
		}
	}
	walk(e, 0)
	return a
}

func (ch *checker) collectCall(a *addrInfo, call *ast.CallExpr, walk func(ast.Expr)) {
	info := ch.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n, ok := types.Unalias(typesutil.Deref(sig.Recv().Type())).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	for _, s := range sourceFuncs {
		if s.pkg == fn.Pkg().Path() && s.recv == recv && s.name == fn.Name() {
			if s.arg < len(call.Args) {
				if name, ok := model.StringConst(info, call.Args[s.arg]); ok {
					a.names = append(a.names, leaf{text: name, kind: s.kind, expr: call.Args[s.arg]})
					a.ids["source:"+name] = call.Args[s.arg]
				}
			}
			return
		}
	}
	switch {
	case model.IsURLParser(fn) && len(call.Args) > 0:
		walk(call.Args[0])
	case passThrough[fn.Pkg().Path()]:
		for _, arg := range call.Args {
			walk(arg)
		}
	case fn.Pkg() == ch.pass.Pkg || model.LibOf(fn.Pkg().Path()) == model.LibNone:
		// A helper of the program, like getenv("REDIS_CLUSTER_ADDR",
		// "localhost:6379"): constant arguments are the names it reads
		// (and defaults), and what it returns is the value.
		for _, arg := range call.Args {
			if s, ok := model.StringConst(info, arg); ok {
				if looksLikeName(s) {
					a.names = append(a.names, leaf{text: s, kind: "config key", expr: arg})
					a.ids["source:"+s] = arg
				} else {
					walk(arg)
				}
			}
		}
		for _, r := range ch.flow.Returns(fn) {
			walk(r)
		}
	}
}

var nameRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.\-]*$`) })

func looksLikeName(s string) bool { return nameRE().MatchString(s) && !strings.Contains(s, ":") }

// fieldTag returns the struct tag of field v, selected by x.
func fieldTag(info *types.Info, x ast.Expr, v *types.Var) string {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s, ok := info.Selections[sel]
	if !ok {
		return ""
	}
	st, ok := typesutil.Deref(s.Recv()).Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == v {
			return st.Tag(i)
		}
	}
	return ""
}

// addrEvidence checks the constant hosts and ports of an address and the
// names it is read from.
func (ch *checker) addrEvidence(a *addrInfo) []evidence {
	var ev []evidence
	for _, c := range a.consts {
		host, port, ok := model.HostPort(c.text, a.form)
		if !ok {
			continue
		}
		switch {
		case ch.cfg.hosts != nil && ch.cfg.hosts.MatchString(host) && strings.Contains(strings.ToLower(host), "clustercfg."):
			ev = append(ev, evidence{cat: CatHost, rank: 1, sure: true, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("host %q is an ElastiCache cluster configuration endpoint", host)})
		case ch.cfg.hosts != nil && ch.cfg.hosts.MatchString(host):
			ev = append(ev, evidence{cat: CatHost, rank: 4, sure: true, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("host %q names a cluster", host)})
		case port != "" && ch.cfg.clusterPort(port):
			ev = append(ev, evidence{cat: CatPort, rank: 5, pos: c.expr.Pos(), end: c.expr.End(),
				text: fmt.Sprintf("port %s is one that redis create-cluster and the cluster tutorial use, so this is probably a cluster node", port)})
		}
	}
	if ch.cfg.names != nil {
		for _, n := range a.names {
			if ch.cfg.names.MatchString(n.text) {
				ev = append(ev, evidence{cat: CatName, rank: 3, sure: n.kind != "config key", pos: n.expr.Pos(), end: n.expr.End(),
					text: fmt.Sprintf("the address comes from %s %q, whose name says cluster", n.kind, n.text)})
			}
		}
	}
	return ev
}

// sharedEvidence finds the standalone address's identities among cluster
// clients' addresses: in this package, or, for objects of other packages,
// in their facts.
func (ch *checker) sharedEvidence(ct *construction) []evidence {
	var ev []evidence
	ids := make([]any, 0, len(ct.addr.ids))
	for id := range ct.addr.ids {
		ids = append(ids, id)
	}
	// Objects first (the variable is what the reader sees), then by
	// position, then by what they are: ids seen at one position (a field
	// and the variable it is read through) keep one order from run to run.
	sort.Slice(ids, func(i, j int) bool {
		_, oi := ids[i].(types.Object)
		_, oj := ids[j].(types.Object)
		if oi != oj {
			return oi
		}
		if pi, pj := ct.addr.ids[ids[i]].Pos(), ct.addr.ids[ids[j]].Pos(); pi != pj {
			return pi < pj
		}
		return idOrder(ids[i]) < idOrder(ids[j])
	})
	for _, id := range ids {
		for _, other := range ch.clusterIDs[id] {
			if ch.cf.Exclusive(ct.Node, other.Node) || ch.cf.Contradict(ct.Node, other.Node) {
				continue // a mode switch: one or the other (also of two constructors on one setting)
			}
			if _, ok := ch.cf.Beside(ct.Node, other.Node); ok {
				// The program keeps this client on every path and builds the
				// cluster client beside it in its cluster mode (an exporter's
				// connection to the node it scrapes): it knows. Its key
				// commands in that mode are checked apart (nodekeys.go).
				ch.noteModeNode(ct, other)
				continue
			}
			ev = append(ev, evidence{cat: CatShared, rank: 2, sure: true, pos: other.Addr.Pos(), end: other.Addr.End(),
				text: fmt.Sprintf("the same %s is given to the cluster client %s at %s", describeID(id), other.Name(), ch.lineRef(other.Node.Pos(), ct.Node.Pos()))})
			break
		}
		if obj, ok := id.(types.Object); ok && obj.Pkg() != nil && obj.Pkg() != ch.pass.Pkg {
			var f clusterAddr
			if ch.pass.ImportObjectFact(obj, &f) {
				ev = append(ev, evidence{cat: CatShared, rank: 2, sure: true,
					text: fmt.Sprintf("the same %s is given to the cluster client %s at %s", describeID(id), f.Ctor, f.Where)})
			}
		}
	}
	return ev
}

func describeID(id any) string {
	switch id := id.(type) {
	case *types.Const:
		return "constant " + id.Name()
	case *types.Var:
		if id.IsField() {
			return "field " + id.Name()
		}
		return "variable " + id.Name()
	case string:
		if v, ok := strings.CutPrefix(id, "value:"); ok {
			return fmt.Sprintf("address %q", v)
		}
		if v, ok := strings.CutPrefix(id, "source:"); ok {
			return fmt.Sprintf("setting %q", v)
		}
	}
	return "address"
}

// idOrder is an identity's place among those seen at one position.
func idOrder(id any) string {
	if obj, ok := id.(types.Object); ok {
		return fmt.Sprintf("%s %d", obj.Name(), obj.Pos())
	}
	return fmt.Sprint(id)
}

// lineRef names the line of at for a message about from: "line 12" in the
// same file, "store.go:12" in another.
func (ch *checker) lineRef(at, from token.Pos) string {
	p, q := ch.pass.Fset.Position(at), ch.pass.Fset.Position(from)
	if p.Filename == q.Filename {
		return fmt.Sprintf("line %d", p.Line)
	}
	return fmt.Sprintf("%s:%d", shortFile(p.Filename), p.Line)
}
