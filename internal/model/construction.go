package model

// This file reads one call or composite literal that builds a client
// against the constructor table: Construction, with its options literal,
// its address argument or field, the topology the options decide, and the
// addresses of a GLIDE configuration chain.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/redislint/redislint/internal/typesutil"
	"golang.org/x/tools/go/types/typeutil"
)

// Construction is one call or composite literal that builds a client.
type Construction struct {
	C    *Constructor
	Node ast.Expr // the *ast.CallExpr or *ast.CompositeLit
	Fn   *types.Func
	// Pkg is the library package (types) the constructor belongs to.
	Pkg *types.Package
	// OptsExpr is the options argument as written (nil without options).
	OptsExpr ast.Expr
	// Opts is the options literal, when the options are one (through & and
	// parentheses; for a Literal constructor, the literal itself).
	Opts *ast.CompositeLit
	// Addr is the address argument, or the value of the address field of an
	// options literal. Nil when the field is not set or the options are not
	// a literal (AddrKnown then says whether that is certain).
	Addr      ast.Expr
	AddrKnown bool
	fields    map[string]*ast.KeyValueExpr
	// Assigned is set when fields were read from assignments to the
	// options variable (UseAssigned): their KeyValueExprs are made up
	// (Key the field's name in the assignment, Value its right-hand
	// side) and do not stand in the source: no fix may edit around them.
	Assigned bool
	// Via is set for a call of a function of another package that builds
	// the client (clientflow's BuildsFact): C is the constructor it
	// calls, Addr the argument that becomes the address, Fixed what the
	// function builds, and Inner where it does.
	Via   *types.Func
	Fixed Topology
	Inner string
}

// Name is the constructor as diagnostics show it: "redis.NewClient",
// "radix.ClusterConfig.New".
func (k *Construction) Name() string {
	if k.Via != nil {
		name := k.Via.Name()
		if recv := recvName(k.Via); recv != "" {
			name = recv + "." + name
		}
		if k.Via.Pkg() != nil {
			name = k.Via.Pkg().Name() + "." + name
		}
		return name + " (" + k.Inner + ")"
	}
	if k.Pkg != nil {
		return k.Pkg.Name() + "." + k.C.FullName()
	}
	return k.C.FullName()
}

// ConstructionOf reads n as a construction, or returns nil.
func ConstructionOf(info *types.Info, n ast.Expr) *Construction {
	switch n := ast.Unparen(n).(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		c := ConstructorOf(fn)
		if c == nil {
			return nil
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil {
			return nil
		}
		off := CtxOffset(sig)
		k := &Construction{C: c, Node: n, Fn: fn, Pkg: fn.Pkg()}
		if c.Opts >= 0 {
			if c.Opts+off >= len(n.Args) {
				return nil
			}
			k.OptsExpr = n.Args[c.Opts+off]
			k.Opts = compositeOf(k.OptsExpr)
			k.readFields(info)
		} else {
			if c.Addr+off >= len(n.Args) {
				return nil
			}
			k.Addr, k.AddrKnown = n.Args[c.Addr+off], true
		}
		return k
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		c := LiteralConstructorOf(t)
		if c == nil {
			return nil
		}
		k := &Construction{C: c, Node: n, OptsExpr: n, Opts: n, Pkg: typesutil.NamedObj(t).Pkg()}
		k.readFields(info)
		return k
	}
	return nil
}

// UseOptions reads lit as the options literal of a construction whose
// options are given as a variable that holds it (opts := &redis.Options{…};
// redis.NewClient(opts)). Fields the program assigns to the variable
// afterwards are not in lit: the caller reads them.
func (k *Construction) UseOptions(info *types.Info, lit *ast.CompositeLit) {
	if k.Opts != nil || lit == nil || k.OptsExpr == nil || !types.Identical(typesutil.Deref(info.TypeOf(lit)), typesutil.Deref(info.TypeOf(k.OptsExpr))) {
		return
	}
	k.Opts = lit
	k.readFields(info)
}

// UseAssigned adds to the construction's options the fields the program
// assigns to the variable that holds them (opts := new(redis.Options);
// opts.Addr = a, or ropt.MasterName = cfg.MasterName after a literal):
// keys are the fields' names as assigned, vals the values. A field
// assigned more than once, or also set in the literal, is left unknown
// (dropped; for the address field, Addr nil and AddrKnown false). AddrKnown is set
// when the options start from new(T) or a literal (start): the fields are
// all seen.
func (k *Construction) UseAssigned(info *types.Info, start ast.Expr, keys []*ast.Ident, vals []ast.Expr) {
	if k.OptsExpr == nil || start == nil {
		return
	}
	if k.fields == nil {
		k.fields = map[string]*ast.KeyValueExpr{}
		if k.C.AddrField != "" {
			k.AddrKnown = true
		}
	}
	count := map[string]int{}
	for _, key := range keys {
		count[key.Name]++
	}
	for i, key := range keys {
		k.Assigned = true
		if count[key.Name] > 1 || k.fields[key.Name] != nil {
			// Written more than once (in the arms of an if, say): which
			// value reaches the construction is not known here.
			delete(k.fields, key.Name)
			if key.Name == k.C.AddrField {
				k.Addr, k.AddrKnown = nil, false
			}
			count[key.Name] = 2
			continue
		}
		k.fields[key.Name] = &ast.KeyValueExpr{Key: key, Colon: key.End(), Value: vals[i]}
		if key.Name == k.C.AddrField {
			k.Addr = vals[i]
		}
	}
}

// CompositeOf returns the composite literal e is (through & and
// parentheses), or nil.
func CompositeOf(e ast.Expr) *ast.CompositeLit {
	if e == nil {
		return nil
	}
	return compositeOf(e)
}

func compositeOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

func (k *Construction) readFields(info *types.Info) {
	if k.Opts == nil {
		return
	}
	k.fields = map[string]*ast.KeyValueExpr{}
	var walk func(prefix string, lit *ast.CompositeLit)
	walk = func(prefix string, lit *ast.CompositeLit) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue // positional fields: not read
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			name := prefix + id.Name
			k.fields[name] = kv
			if inner := compositeOf(kv.Value); inner != nil {
				if _, isStruct := typesutil.Under(info.TypeOf(inner)).(*types.Struct); isStruct {
					walk(name+".", inner)
				}
			}
		}
	}
	walk("", k.Opts)
	if k.C.AddrField != "" {
		if kv := k.fields[k.C.AddrField]; kv != nil {
			k.Addr = kv.Value
		}
		k.AddrKnown = true
	}
}

// Field returns the key-value of field name (dotted for nested literals) in
// the options literal, if set there.
func (k *Construction) Field(name string) *ast.KeyValueExpr {
	if name == "" || k.fields == nil {
		return nil
	}
	return k.fields[name]
}

// BoolField returns the value of a bool field of the options literal: set
// says whether the literal sets it, known whether its value is a constant.
func (k *Construction) BoolField(info *types.Info, name string) (val, set, known bool) {
	kv := k.Field(name)
	if kv == nil {
		return false, false, k.Opts != nil
	}
	tv, ok := info.Types[kv.Value]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, true, false
	}
	return constant.BoolVal(tv.Value), true, true
}

// StringField is BoolField for a string field.
func (k *Construction) StringField(info *types.Info, name string) (val string, set, known bool) {
	kv := k.Field(name)
	if kv == nil {
		return "", false, k.Opts != nil
	}
	tv, ok := info.Types[kv.Value]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", true, false
	}
	return constant.StringVal(tv.Value), true, true
}

// HasField reports whether the options type of k (in the library version the
// program uses) has field name. For go-redis' IsClusterMode (v9.8.0+), ask
// GoRedisHas(FeatureIsClusterMode), the one way to ask which go-redis it is.
func (k *Construction) HasField(info *types.Info, name string) bool {
	if name == "" || k.OptsExpr == nil {
		return false
	}
	t := info.TypeOf(k.OptsExpr)
	for _, part := range strings.Split(name, ".") {
		ft, ok := FieldType(t, part)
		if !ok {
			return false
		}
		t = ft
	}
	return true
}

// Topology resolves what k builds, from its options literal. It returns
// TopoUnknown when that depends on values the analyzer cannot see. seeds
// is the number of addresses (-1 when unknown).
func (k *Construction) Topology(info *types.Info, seeds int) Topology {
	if k.Via != nil {
		return k.Fixed
	}
	c := k.C
	switch c.Topo {
	case TopoUniversal:
		if k.Opts == nil {
			return TopoUnknown
		}
		master, set, known := k.StringField(info, c.Sentinel)
		force, fset, fknown := k.BoolField(info, c.ForceCluster)
		if (set && !known) || (fset && !fknown) {
			return TopoUnknown
		}
		if master != "" {
			// go-redis v9 makes a failover cluster client when cluster mode
			// is forced; RouteByLatency/RouteRandomly do too, but either
			// way the addresses are Sentinels.
			if force {
				return TopoSentinelCluster
			}
			return TopoSentinel
		}
		switch {
		case force || seeds > 1:
			return TopoCluster
		case seeds == 1:
			return TopoStandalone
		}
		return TopoUnknown
	case TopoAuto:
		if k.Opts == nil {
			return TopoUnknown
		}
		master, set, known := k.StringField(info, c.Sentinel)
		single, fset, fknown := k.BoolField(info, c.ForceSingle)
		if (set && !known) || (fset && !fknown) {
			return TopoUnknown
		}
		switch {
		case master != "":
			return TopoSentinel
		case single:
			return TopoStandalone
		case seeds > 1:
			return TopoCluster
		}
		return TopoAuto
	}
	return c.Topo
}

// ChainAddrs returns the arguments of the AddrMethod calls that built the
// AddrChain configuration of k (GLIDE's WithAddress(&config.NodeAddress{…})),
// following variables with single, which returns the one value a variable
// holds (Flow.SingleValue). ok is false when the chain does not lead back to
// a function that makes the configuration (a parameter, a loop that adds
// addresses).
func (k *Construction) ChainAddrs(info *types.Info, single func(ast.Expr) ast.Expr) (addrs []ast.Expr, ok bool) {
	if k.C.Form != AddrChain || k.Addr == nil {
		return nil, false
	}
	e := k.Addr
	for range 64 {
		e = ast.Unparen(single(ast.Unparen(e)))
		call, isCall := e.(*ast.CallExpr)
		if !isCall {
			return nil, false
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || LibOf(fnPkgPath(fn)) != k.C.Lib {
			return nil, false
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if recvName(fn) == "" {
			// The function that makes the configuration: the chain's start.
			slices.Reverse(addrs)
			return addrs, true
		}
		if !isSel {
			return nil, false
		}
		if fn.Name() == k.C.AddrMethod && len(call.Args) == 1 {
			addrs = append(addrs, call.Args[0])
		}
		e = sel.X
	}
	return nil, false
}

// ClusterHinted reports whether the options literal sets one of the
// constructor's cluster hints, and returns the first it sets.
func (k *Construction) ClusterHinted() *ast.KeyValueExpr {
	for _, h := range k.C.ClusterHints {
		if kv := k.Field(h); kv != nil {
			return kv
		}
	}
	return nil
}

// LastIdent returns the identifier that names e, an identifier or a
// selector (the Sel of pkg.Name or x.Field), or nil.
func LastIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}
