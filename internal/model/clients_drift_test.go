package model

import (
	"go/types"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/typesutil"
)

// clientsDriftDir is the nested module that requires the real client
// libraries.
const clientsDriftDir = "../../testdata/drift"

// notInDriftModule are library paths the tables name that the drift module
// does not require: they are checked by hand (see the comments).
var notInDriftModule = map[string]string{
	"github.com/go-redis/redis/v9":     "v9 betas, superseded by github.com/redis/go-redis/v9",
	"github.com/garyburd/redigo/redis": "redigo's path before v2.0.0; the API of Dial/DialURL/Pool is the same",
	"github.com/rueian/rueidis":        "rueidis before v1.0.0 (last: v0.0.100, read by hand): same NewClient and InitAddress/Sentinel.MasterSet/SelectDB/ShuffleInit/ClusterOption; no ForceSingleClient",
	// Nested modules that the module proxy refuses to serve (403 "This
	// module version is not available" for every version tried): their
	// stubs were written from the source on GitHub, read by hand.
	"github.com/redis/rueidis/rueidishook":        "WithHook(client rueidis.Client, hook Hook) rueidis.Client",
	"github.com/valkey-io/valkey-go/valkeycompat": "rueidiscompat under another name: NewAdapter, Cmdable, Compat, Pipeliner, Tx, NewScript, Script.Run/RunRO/Eval/EvalRO/EvalSha/EvalShaRO",
	"github.com/valkey-io/valkey-go/valkeyhook":   "WithHook(client valkey.Client, hook Hook) valkey.Client",
}

// absentIn lists table entries that some versions of a library lack, by
// import path: the drift test checks that they are absent there (so a
// version that adds them is noticed) and present elsewhere.
var absentIn = map[string][]string{
	"github.com/go-redis/redis":    {"NewFailoverClusterClient", "UniversalOptions.IsClusterMode", "ScanType", "WithTimeout", "ForEachShard", "Conn"},
	"github.com/go-redis/redis/v7": {"NewFailoverClusterClient", "UniversalOptions.IsClusterMode", "ScanType", "ForEachShard"},
	"github.com/go-redis/redis/v8": {"UniversalOptions.IsClusterMode"},
	"github.com/redis/go-redis/v9": {"WithContext"},
}

type clientsDrift struct {
	t    *testing.T
	pkgs map[string]*types.Package
}

func loadClientLibs(t *testing.T) *clientsDrift {
	t.Helper()
	d := &clientsDrift{t: t, pkgs: map[string]*types.Package{}}
	for path, p := range driftLoad(t) {
		if p.Types != nil && len(p.Errors) == 0 {
			d.pkgs[path] = p.Types
		}
	}
	for l := range libs {
		for _, p := range libs[l].Paths {
			if _, skip := notInDriftModule[p]; !skip && d.pkgs[p] == nil {
				t.Fatalf("%s did not load from %s", p, clientsDriftDir)
			}
		}
	}
	return d
}

// paths returns the loaded import paths of lib.
func (d *clientsDrift) paths(lib Lib) []string {
	var out []string
	for _, p := range lib.Info().Paths {
		if d.pkgs[p] != nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		d.t.Fatalf("no package of %s loaded", lib)
	}
	return out
}

func absent(path, name string) bool {
	for _, n := range absentIn[path] {
		if n == name {
			return true
		}
	}
	return false
}

// expect reports a mismatch between found and the absentIn table.
func (d *clientsDrift) expect(path, name string, found bool) bool {
	d.t.Helper()
	switch {
	case !found && !absent(path, name):
		d.t.Errorf("%s: %s not found", path, name)
	case found && absent(path, name):
		d.t.Errorf("%s: %s exists: update absentIn and the tables", path, name)
	}
	return found
}

// method finds method name of type recv (or of any named type of pkg when
// recv is ""), through pointers and embedding.
func method(pkg *types.Package, recv, name string) *types.Func {
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || (recv != "" && n != recv) || tn.IsAlias() {
			continue
		}
		t := tn.Type()
		if !types.IsInterface(t) {
			t = types.NewPointer(t)
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
		if fn, ok := obj.(*types.Func); ok {
			return fn
		}
	}
	return nil
}

// callee finds a constructor: a package function, or a method of Recv.
func (d *clientsDrift) callee(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	return method(pkg, recv, name)
}

func formFits(f AddrForm, t types.Type) bool {
	if f == AddrList {
		return typesutil.IsStringSlice(t)
	}
	return typesutil.IsString(t)
}

// chainFits reports whether t has c's AddrMethod, which returns t.
func chainFits(c *Constructor, t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, c.AddrMethod)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 1 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), t)
}

// fieldPath resolves a dotted field path in t.
func fieldPath(t types.Type, path string) (types.Type, bool) {
	for _, part := range strings.Split(path, ".") {
		ft, ok := FieldType(t, part)
		if !ok {
			return nil, false
		}
		t = ft
	}
	return t, true
}

func basicKind(t types.Type, k types.BasicKind) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == k
}

func TestClientsDriftConstructors(t *testing.T) {
	d := loadClientLibs(t)
	for i := range tables().constructors {
		c := &tables().constructors[i]
		for _, path := range d.paths(c.Lib) {
			pkg := d.pkgs[path]
			if c.Literal {
				tn, _ := pkg.Scope().Lookup(c.Name).(*types.TypeName)
				if tn == nil {
					t.Errorf("%s: type %s not found", path, c.Name)
					continue
				}
				d.checkOptions(path, c, tn.Type())
				if c.Topo == TopoCluster && !IsClusterType(tn.Type()) {
					t.Errorf("%s.%s builds a cluster client but is not in clusterTypes", path, c.Name)
				}
				continue
			}
			fn := d.callee(pkg, c.Recv, c.Name)
			if !d.expect(path, c.Name, fn != nil) {
				continue
			}
			if got := ConstructorOf(fn); got != c {
				t.Errorf("ConstructorOf(%s.%s) = %v, want the table entry", path, c.FullName(), got)
			}
			sig := fn.Type().(*types.Signature)
			off := CtxOffset(sig)
			if sig.Results().Len() == 0 {
				t.Errorf("%s.%s returns nothing", path, c.FullName())
				continue
			}
			res := sig.Results().At(0).Type()
			switch c.Topo {
			case TopoCluster, TopoSentinelCluster:
				if !IsClusterType(res) {
					t.Errorf("%s.%s returns %s, not a cluster client type", path, c.FullName(), res)
				}
			case TopoStandalone, TopoSentinel:
				if IsClusterType(res) {
					t.Errorf("%s.%s returns the cluster client %s", path, c.FullName(), res)
				}
			}
			if c.Opts < 0 && c.Form == AddrChain {
				if i := c.Addr + off; i >= sig.Params().Len() || !chainFits(c, sig.Params().At(i).Type()) {
					t.Errorf("%s.%s: parameter %d is no configuration with %s (%v)", path, c.FullName(), c.Addr, c.AddrMethod, sig)
				}
				continue
			}
			if c.Opts < 0 {
				if i := c.Addr + off; i >= sig.Params().Len() || !formFits(c.Form, sig.Params().At(i).Type()) {
					t.Errorf("%s.%s: parameter %d is not the address (%v)", path, c.FullName(), c.Addr, sig)
				}
				continue
			}
			if i := c.Opts + off; i >= sig.Params().Len() {
				t.Errorf("%s.%s: no options parameter %d", path, c.FullName(), c.Opts)
			} else {
				d.checkOptions(path, c, sig.Params().At(i).Type())
			}
		}
	}
}

// checkOptions checks the fields a constructor's entry names in its
// options type.
func (d *clientsDrift) checkOptions(path string, c *Constructor, opts types.Type) {
	t := d.t
	t.Helper()
	name := func(f string) string {
		if n := typesutil.NamedObj(opts); n != nil {
			return n.Name() + "." + f
		}
		return f
	}
	if ft, ok := fieldPath(opts, c.AddrField); !ok || !formFits(c.Form, ft) {
		t.Errorf("%s: %s is not an address field", path, name(c.AddrField))
	}
	check := func(field string, want types.BasicKind) {
		if field == "" {
			return
		}
		ft, ok := fieldPath(opts, field)
		if d.expect(path, name(field), ok) && !basicKind(ft, want) {
			t.Errorf("%s: %s has type %s", path, name(field), ft)
		}
	}
	check(c.ForceCluster, types.Bool)
	check(c.ForceSingle, types.Bool)
	check(c.Sentinel, types.String)
	check(c.DB, types.Int)
	for _, h := range c.ClusterHints {
		if _, ok := fieldPath(opts, h); !ok {
			t.Errorf("%s: cluster hint %s not found", path, name(h))
		}
	}
	if c.DialOptions != "" {
		if ft, ok := fieldPath(opts, c.DialOptions); !ok {
			t.Errorf("%s: %s not found", path, name(c.DialOptions))
		} else if _, isSlice := ft.Underlying().(*types.Slice); !isSlice {
			t.Errorf("%s: %s is not a list of options", path, name(c.DialOptions))
		}
	}
}

func TestClientsDriftHelpers(t *testing.T) {
	d := loadClientLibs(t)
	for _, dl := range tables().delegates {
		for _, path := range d.paths(dl.Lib) {
			tn, _ := d.pkgs[path].Scope().Lookup(dl.Type).(*types.TypeName)
			if tn == nil {
				t.Errorf("%s: type %s not found", path, dl.Type)
				continue
			}
			for _, f := range dl.Fields {
				ft, ok := FieldType(tn.Type(), f)
				sig, isFunc := types.Unalias(ft).(*types.Signature)
				if !ok || !isFunc || sig.Results().Len() == 0 {
					t.Errorf("%s: %s.%s is not a dial function", path, dl.Type, f)
				}
			}
		}
	}
	for _, w := range tables().wrappers {
		for _, path := range d.paths(w.Lib) {
			if sub := w.Lib.Info().SubPath(w.Pkg); sub != "" {
				if path += "/" + sub; notInDriftModule[path] != "" {
					continue
				}
			}
			fn, _ := d.pkgs[path].Scope().Lookup(w.Name).(*types.Func)
			if fn == nil || wrapperOf(fn) == nil {
				t.Errorf("%s: wrapper %s not found", path, w.Name)
				continue
			}
			sig := fn.Type().(*types.Signature)
			if w.Arg >= sig.Params().Len() || !types.Identical(sig.Params().At(w.Arg).Type(), sig.Results().At(0).Type()) {
				t.Errorf("%s.%s: argument %d is not the wrapped handle (%v)", path, w.Name, w.Arg, sig)
			}
		}
	}
	for _, list := range [][]MethodRef{tables().sameClientCallbacks, tables().handleMethods} {
		for _, m := range list {
			for _, path := range d.paths(m.Lib) {
				fn := method(d.pkgs[path], m.Recv, m.Name)
				d.expect(path, m.Name, fn != nil && matchRef(fn, list, true))
			}
		}
	}
	for _, list := range [][]MethodRef{tables().redirectParsers, tables().dbOptions} {
		for _, m := range list {
			for _, path := range d.paths(m.Lib) {
				fn, _ := d.pkgs[path].Scope().Lookup(m.Name).(*types.Func)
				if fn == nil || !matchRef(fn, list, false) {
					t.Errorf("%s: function %s not found", path, m.Name)
				}
			}
		}
	}
	for _, u := range tables().urlParsers {
		for _, path := range d.paths(u.Lib) {
			fn, _ := d.pkgs[path].Scope().Lookup(u.Name).(*types.Func)
			if !IsURLParser(fn) {
				t.Errorf("%s: URL parser %s not found", path, u.Name)
			}
		}
	}
	for _, c := range tables().clusterTypes {
		for _, path := range d.paths(c.Lib) {
			// In the API package, or one below it.
			tn, _ := d.pkgs[path].Scope().Lookup(c.Name).(*types.TypeName)
			for p, pkg := range d.pkgs {
				if tn == nil && strings.HasPrefix(p, path+"/") && !strings.Contains(p, "/internal/") {
					if obj, ok := pkg.Scope().Lookup(c.Name).(*types.TypeName); ok && IsClusterType(obj.Type()) {
						tn = obj
					}
				}
			}
			if tn == nil || !IsClusterType(tn.Type()) {
				t.Errorf("%s: cluster type %s not found", path, c.Name)
			}
		}
	}
	for _, s := range tables().scanners {
		for _, path := range d.paths(s.Lib) {
			fn, _ := d.pkgs[path].Scope().Lookup(s.Name).(*types.Func)
			if _, ok := ScannerOf(fn); !ok {
				t.Errorf("%s: scanner %s not found", path, s.Name)
				continue
			}
			if sig := fn.Type().(*types.Signature); s.Client >= sig.Params().Len() {
				t.Errorf("%s.%s has no client parameter %d", path, s.Name, s.Client)
			}
		}
	}
}

// TestClientsDriftFixes checks that what the messages tell users to call
// exists.
func TestClientsDriftFixes(t *testing.T) {
	d := loadClientLibs(t)
	want := []struct {
		lib        Lib
		recv, name string
	}{
		{LibGoRedis, "ClusterClient", "ForEachMaster"},
		{LibGoRedis, "ClusterClient", "ForEachShard"},
		{LibGoRedis, "ClusterClient", "DBSize"},
		{LibRedisc, "Cluster", "EachNode"},
		{LibRadix3, "Cluster", "NewScanner"},
		{LibRadix3, "Cluster", "Topo"},
		{LibRadix3, "Cluster", "Client"},
		{LibRadix4, "Cluster", "Clients"},
		{LibRadix4, "ScannerConfig", "NewMulti"},
	}
	for l := range libs {
		if Lib(l).Family() == LibRueidis {
			want = append(want, struct {
				lib        Lib
				recv, name string
			}{Lib(l), "Client", "Nodes"})
		}
	}
	for _, w := range want {
		for _, path := range d.paths(w.lib) {
			d.expect(path, w.name, method(d.pkgs[path], w.recv, w.name) != nil)
		}
	}
}

func TestClientsDriftNodeLocal(t *testing.T) {
	d := loadClientLibs(t)
	for _, m := range tables().nodeMethods {
		if _, ok := nodeCommands[m.Command]; !ok {
			t.Errorf("node method %s sends %s, which nodeCommands lacks", m.Name, m.Command)
		}
		for _, path := range d.paths(m.Lib) {
			pkg := d.pkgs[path]
			var fn *types.Func
			switch {
			case m.Lib == LibGoRedis:
				// On the cluster client, or (Select, SwapDB) on its pipelines.
				if fn = method(pkg, "ClusterClient", m.Name); fn == nil {
					fn = method(pkg, "Pipeliner", m.Name)
				}
				if !d.expect(path, m.Name, fn != nil) {
					continue
				}
				// A cluster client that declares the method itself runs it
				// its own way (DBSize sums over the masters): the table must
				// say so, and must not claim it for methods of cmdable.
				own := recvName(fn) == "ClusterClient"
				if own != m.ClusterAggregates {
					t.Errorf("%s: (*ClusterClient).%s declared on %s, but ClusterAggregates = %v", path, m.Name, recvName(fn), m.ClusterAggregates)
				}
			case m.Lib == LibGlide:
				if fn = method(pkg, "ClusterClient", m.Name); !d.expect(path, m.Name, fn != nil) {
					continue
				}
			case m.Lib.Info().Builders != "":
				info := m.Lib.Info()
				var builder *types.Package
				for _, imp := range pkg.Imports() {
					if imp.Path() == path+"/"+info.Builders {
						builder = imp
					}
				}
				if builder == nil {
					t.Fatalf("%s does not import its %s", path, info.Builders)
				}
				fn = method(builder, info.BuilderType, m.Name)
				if fn == nil {
					t.Errorf("%s/%s: %s.%s not found", path, info.Builders, info.BuilderType, m.Name)
					continue
				}
				if bt, _ := pkg.Scope().Lookup(info.BuilderType).(*types.TypeName); bt == nil || !bt.IsAlias() {
					t.Errorf("%s: %s is not an alias of %s.%s", path, info.BuilderType, info.Builders, info.BuilderType)
				}
			}
			if m.Pattern > 0 {
				// The MATCH pattern: a string parameter named so.
				sig := fn.Type().(*types.Signature)
				i := m.Pattern - 1 + CtxOffset(sig)
				if i >= sig.Params().Len() || sig.Params().At(i).Name() != "pattern" && sig.Params().At(i).Name() != "match" ||
					!types.Identical(sig.Params().At(i).Type(), types.Typ[types.String]) {
					t.Errorf("%s: %s's parameter %d (after ctx) is not its MATCH pattern: %s", path, m.Name, m.Pattern, sig)
				}
			}
			if got, ok := NodeMethodOf(fn); !ok || got != m {
				t.Errorf("NodeMethodOf(%s.%s) = %v, %v", path, m.Name, got, ok)
			}
		}
	}
	// Raw calls: RawCallOf is derived from the RawSend table, which
	// libs_drift_test.go checks against the real modules.
}
