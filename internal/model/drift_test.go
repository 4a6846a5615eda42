package model

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"testing"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/typesutil"
)

// driftDir is the nested module that requires every go-redis version the
// table describes.
const driftDir = "../../testdata/drift"

// driftReceivers are the go-redis types whose methods the drift test reads:
// the cluster client (all of Cmdable plus Watch), the pipeline interface and
// the transaction (Watch and Unwatch of its own).
var driftReceivers = []string{"ClusterClient", "Pipeliner", "Tx"}

// notMultiKey lists methods that the heuristic of looksMultiKey flags but
// that send no keys beyond what GoRedisCommandOf already finds.
var notMultiKey = map[string]string{
	"ClientKillByFilter": "its ...string named keys holds CLIENT KILL filters, not Redis keys",
	"Unwatch":            "(*Tx).Unwatch(keys...): UNWATCH takes no keys; Redis refuses any that go-redis sends",
	"GeoRadiusRO":        "v6: GEORADIUS_RO takes no STORE/STOREDIST; Redis refuses a query that sets them",
	"GeoRadiusByMemberRO": "v6: GEORADIUSBYMEMBER_RO takes no STORE/STOREDIST; Redis refuses a query " +
		"that sets them",
}

// unmodelled lists methods that the heuristic flags and that do send more
// keys, but whose shape the table cannot state.
var unmodelled = map[string]string{
	"GeoRadius": "v6 sends GeoRadiusQuery.Store/StoreDist as STORE keys; v7+ refuse them and send nothing; " +
		"the signature is the same in every version, so an entry would claim keys v7+ never send",
	"GeoRadiusByMember": "as GeoRadius",
	"JSONMSetArgs":      "v9: the keys are the Key field of each []JSONSetArgs element; no ArgKind reads fields of slice elements",
}

type driftVersion struct {
	path string
	pkg  *types.Package
}

func loadGoRedisVersions(t *testing.T) []driftVersion {
	t.Helper()
	paths := []string{
		"github.com/redis/go-redis/v9",
		"github.com/go-redis/redis/v8",
		"github.com/go-redis/redis/v7",
		"github.com/go-redis/redis",
	}
	byPath := driftLoad(t)
	for _, path := range paths {
		if p := byPath[path]; p != nil {
			for _, e := range p.Errors {
				t.Errorf("%s: %v", p.PkgPath, e)
			}
		}
	}
	var vs []driftVersion
	for _, path := range paths {
		p := byPath[path]
		if p == nil || p.Types == nil || len(p.Errors) > 0 {
			t.Fatalf("go-redis %s did not load from %s", path, driftDir)
		}
		if !IsGoRedis(path) {
			t.Errorf("IsGoRedis(%q) = false", path)
		}
		vs = append(vs, driftVersion{path, p.Types})
	}
	return vs
}

// methodsOf returns the exported methods of *name (or of name, an interface)
// in pkg, or nil when pkg has no such type.
func methodsOf(pkg *types.Package, name string) []*types.Func {
	tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	var fns []*types.Func
	for i := 0; i < ms.Len(); i++ {
		if fn := ms.At(i).Obj().(*types.Func); fn.Exported() {
			fns = append(fns, fn)
		}
	}
	return fns
}

// TestGoRedisTableDrift checks the table against go-redis v6, v7, v8 and v9:
// every method of the table's names resolves to an entry whose places name
// key-like parameters; every entry is the answer for some real method; and
// no method that looks multi-key is missing from the table.
func TestGoRedisTableDrift(t *testing.T) {
	versions := loadGoRedisVersions(t)
	reached := make(map[*Command]map[string]bool) // entry -> versions
	flagged := make(map[string]bool)              // names looksMultiKey flags
	for _, v := range versions {
		done := make(map[*types.Func]bool)
		for _, recv := range driftReceivers {
			fns := methodsOf(v.pkg, recv)
			if recv == "ClusterClient" && len(fns) == 0 {
				t.Fatalf("%s: no methods of *ClusterClient", v.path)
			}
			for _, fn := range fns {
				if done[fn] {
					continue
				}
				done[fn] = true
				where := fmt.Sprintf("%s (%s).%s%s", v.path, recv, fn.Name(),
					strings.TrimPrefix(types.TypeString(fn.Type(), types.RelativeTo(v.pkg)), "func"))
				if len(tables().goRedisByMethod[fn.Name()]) > 0 {
					if looksMultiKey(fn) == "" {
						// Then a new method of this shape would go unnoticed.
						t.Errorf("%s: in goRedisCommands, but looksMultiKey does not flag it", where)
					}
					cmd, ok := GoRedisCommandOf(fn)
					if !ok {
						t.Errorf("%s: fits no table entry of %s", where, fn.Name())
						continue
					}
					if reached[cmd] == nil {
						reached[cmd] = make(map[string]bool)
					}
					reached[cmd][v.path] = true
					checkParamNames(t, where, fn, cmd)
					continue
				}
				why := looksMultiKey(fn)
				flagged[fn.Name()] = flagged[fn.Name()] || why != ""
				if why != "" && notMultiKey[fn.Name()] == "" && unmodelled[fn.Name()] == "" {
					t.Errorf("%s: looks multi-key (%s) but is not in goRedisCommands", where, why)
				}
			}
		}
	}
	for i := range goRedisCommands {
		c := &goRedisCommands[i]
		if len(reached[c]) == 0 {
			t.Errorf("entry %d (%s %s %+v) is the answer for no method of any go-redis version", i, c.Method, c.Name, c.Args)
			continue
		}
		if len(reached[c]) < len(versions) {
			var vs []string
			for p := range reached[c] {
				vs = append(vs, p)
			}
			sort.Strings(vs)
			t.Logf("%s %v: only in %s", c.Method, c.Args, strings.Join(vs, ", "))
		}
	}
	for _, list := range []map[string]string{notMultiKey, unmodelled} {
		for name := range list {
			if !flagged[name] {
				t.Errorf("allow-listed %s is flagged by looksMultiKey in no go-redis version: drop it", name)
			}
			if len(tables().goRedisByMethod[name]) > 0 {
				t.Errorf("allow-listed %s is also in goRedisCommands", name)
			}
		}
	}
}

// checkParamNames checks that each place of cmd that is a parameter of its
// own (not a field) has a key-like name: SignatureFits checks only types,
// and Migrate(host, port, key string, …) would fit a wrong index as well.
func checkParamNames(t *testing.T, where string, fn *types.Func, cmd *Command) {
	t.Helper()
	params, _ := paramsAfterCtx(fn.Type().(*types.Signature))
	for _, a := range cmd.Args {
		if a.Field != "" || a.Kind == Pairs {
			continue
		}
		if name := params.At(a.Param).Name(); !isKeyLikeName(name) && !isShardChannels(fn, name) {
			t.Errorf("%s: entry %s places keys in parameter %d, named %q", where, cmd.Name, a.Param, name)
		}
	}
}

// isShardChannels reports whether parameter name of fn holds shard
// channels: "channels" of a method named after a command with them
// (SSubscribe: SSUBSCRIBE).
func isShardChannels(fn *types.Func, name string) bool {
	return name == "channels" && keyspec.HasShardChannels(strings.ToUpper(fn.Name()))
}

// isKeyLikeName reports whether a parameter's name says it holds keys.
func isKeyLikeName(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "key1", "key2", "source", "destination", "dest", "src", "dst", "store", "stream", "streams":
		return true
	}
	return strings.HasSuffix(n, "key") || strings.HasSuffix(n, "keys")
}

// keyFields are the struct fields (of a string or []string type) that hold
// keys in go-redis' argument structs.
var keyFields = []string{"Key", "Keys", "Key1", "Key2", "Stream", "Streams", "Store", "StoreDist"}

// looksMultiKey returns why fn looks like a method whose keys
// GoRedisCommandOf cannot find without the table, or "". Its fallback finds
// exactly one key, in a first parameter (after ctx) that is a string named
// key. Every method in the table must look so (else a new method of its
// shape would go unnoticed); what else looks so must be allow-listed.
func looksMultiKey(fn *types.Func) string {
	params, _ := paramsAfterCtx(fn.Type().(*types.Signature))
	leadingKey := params.Len() > 0 && params.At(0).Name() == "key" && typesutil.IsString(params.At(0).Type())
	for i := 0; i < params.Len(); i++ {
		p := params.At(i)
		t := p.Type()
		switch {
		case typesutil.IsString(t) && isKeyLikeName(p.Name()) && !(i == 0 && leadingKey):
			return fmt.Sprintf("string parameter %s", p.Name())
		case (typesutil.IsStringSlice(t) || typesutil.IsStringKeyedMap(t)) && (isKeyLikeName(p.Name()) || isShardChannels(fn, p.Name())):
			return fmt.Sprintf("parameter %s %s", p.Name(), t)
		case typesutil.IsEmptyInterfaceSlice(t) && (p.Name() == "pairs" || p.Name() == "values") && !leadingKey:
			return fmt.Sprintf("parameter %s %s without a leading key: key-value pairs", p.Name(), t)
		}
		if f := keyField(t); f != "" {
			return fmt.Sprintf("parameter %s has field %s", p.Name(), f)
		}
	}
	return ""
}

// keyField returns the name of a key field of t (a struct, or a pointer to
// or slice of one), or "".
func keyField(t types.Type) string {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	for _, name := range keyFields {
		if ft, ok := FieldType(t, name); ok && (typesutil.IsString(ft) || typesutil.IsStringSlice(ft)) {
			return name
		}
	}
	return ""
}

// fakeGoRedis builds, with go/types alone, methods of a *Client of a
// package at a go-redis import path.
type fakeGoRedis struct {
	pkg    *types.Package
	client *types.Named
	ctx    types.Type
	cmd    *types.Tuple // (*StringCmd)
}

func newFakeGoRedis(path string) *fakeGoRedis {
	named := func(pkg *types.Package, name string, u types.Type) *types.Named {
		return types.NewNamed(types.NewTypeName(token.NoPos, pkg, name, nil), u, nil)
	}
	ctx := named(types.NewPackage("context", "context"), "Context", types.NewInterfaceType(nil, nil))
	pkg := types.NewPackage(path, "redis")
	f := &fakeGoRedis{pkg: pkg, client: named(pkg, "Client", types.NewStruct(nil, nil)), ctx: ctx}
	f.cmd = types.NewTuple(f.param("", types.NewPointer(named(pkg, "StringCmd", types.NewStruct(nil, nil)))))
	return f
}

func (f *fakeGoRedis) param(name string, t types.Type) *types.Var {
	return types.NewParam(token.NoPos, f.pkg, name, t)
}

// method returns func (c *Client) name(ctx context.Context, params...)
// *StringCmd; the last parameter is variadic when variadic is set.
func (f *fakeGoRedis) method(name string, variadic bool, params ...*types.Var) *types.Func {
	return f.methodResults(name, f.cmd, variadic, params...)
}

func (f *fakeGoRedis) methodResults(name string, results *types.Tuple, variadic bool, params ...*types.Var) *types.Func {
	all := append([]*types.Var{f.param("ctx", f.ctx)}, params...)
	recv := types.NewVar(token.NoPos, f.pkg, "c", types.NewPointer(f.client))
	sig := types.NewSignatureType(recv, nil, nil, types.NewTuple(all...), results, variadic)
	return types.NewFunc(token.NoPos, f.pkg, name, sig)
}

// zStore returns a struct type named ZStore, with fields Keys []string
// when withKeys, and Aggregate string.
func (f *fakeGoRedis) zStore(withKeys bool) *types.Named {
	var fields []*types.Var
	if withKeys {
		fields = append(fields, types.NewField(token.NoPos, f.pkg, "Keys", types.NewSlice(types.Typ[types.String]), false))
	}
	fields = append(fields, types.NewField(token.NoPos, f.pkg, "Aggregate", types.Typ[types.String], false))
	return types.NewNamed(types.NewTypeName(token.NoPos, f.pkg, "ZStore", nil), types.NewStruct(fields, nil), nil)
}

func TestGoRedisCommandOfHandBuilt(t *testing.T) {
	f := newFakeGoRedis("github.com/redis/go-redis/v9")
	str := types.Typ[types.String]
	strs := types.NewSlice(str)

	// A method outside the table whose first parameter is key: one key.
	get := f.method("Get", false, f.param("key", str))
	cmd, ok := GoRedisCommandOf(get)
	if !ok || cmd.Name != "GET" || len(cmd.Args) != 1 || cmd.Args[0] != (Arg{Param: 0, Kind: Key}) {
		t.Errorf("GoRedisCommandOf(Get) = %+v, %v; want GET with one Key at 0", cmd, ok)
	}
	if off := CtxOffset(get.Type().(*types.Signature)); off != 1 {
		t.Errorf("CtxOffset(Get) = %d, want 1", off)
	}

	// Outside the table and no key parameter, or no *…Cmd result: not a
	// command.
	for _, fn := range []*types.Func{
		f.method("Ping", false),
		f.method("Publish", false, f.param("channel", str), f.param("message", str)),
		f.methodResults("MasterForKey", types.NewTuple(f.param("", types.NewPointer(f.client)),
			f.param("", types.Universe.Lookup("error").Type())), false, f.param("key", str)),
	} {
		if cmd, ok := GoRedisCommandOf(fn); ok {
			t.Errorf("GoRedisCommandOf(%s) = %+v, want !ok", fn.Name(), cmd)
		}
	}

	// The same Get outside go-redis: not a command.
	other := newFakeGoRedis("example.com/notredis")
	if cmd, ok := GoRedisCommandOf(other.method("Get", false, other.param("key", str))); ok {
		t.Errorf("GoRedisCommandOf(notredis.Get) = %+v, want !ok", cmd)
	}

	// Table entries whose shape the signature has.
	fits := []struct {
		fn   *types.Func
		want Arg // the last Arg of the entry
	}{
		{f.method("MGet", true, f.param("keys", strs)), Arg{Param: 0, Kind: Keys}},
		{f.method("Watch", true, f.param("keys", strs)), Arg{Param: 0, Kind: Keys}}, // (*Tx).Watch
		{f.method("ZUnionStore", false, f.param("dest", str), f.param("store", types.NewPointer(f.zStore(true)))),
			Arg{Param: 1, Field: "Keys", Kind: Keys}},
		{f.method("ZUnionStore", true, f.param("dest", str), f.param("store", f.zStore(false)), f.param("keys", strs)),
			Arg{Param: 2, Kind: Keys}}, // v6 shape
	}
	for _, tt := range fits {
		cmd, ok := GoRedisCommandOf(tt.fn)
		if !ok || cmd.Args[len(cmd.Args)-1] != tt.want {
			t.Errorf("GoRedisCommandOf(%s%s) = %+v, %v; want an entry ending in %+v",
				tt.fn.Name(), tt.fn.Type(), cmd, ok, tt.want)
		}
	}

	// Table entries whose shape changed: no answer, and no one-key fallback
	// either, though the first parameter is a string named key.
	for _, fn := range []*types.Func{
		f.method("MGet", false, f.param("key", str)),
		f.method("ZUnionStore", false, f.param("dest", str), f.param("store", types.NewPointer(f.zStore(false)))),
		f.method("Rename", false, f.param("key", str)),
		f.method("XRead", false, f.param("a", types.NewPointer(f.zStore(true)))), // no Streams field
	} {
		if cmd, ok := GoRedisCommandOf(fn); ok {
			t.Errorf("GoRedisCommandOf(%s%s) = %+v, want !ok", fn.Name(), fn.Type(), cmd)
		}
	}

	// v6: no context parameter; Param counts from the first parameter.
	v6 := newFakeGoRedis("github.com/go-redis/redis")
	recv := types.NewVar(token.NoPos, v6.pkg, "c", types.NewPointer(v6.client))
	rename := types.NewFunc(token.NoPos, v6.pkg, "Rename", types.NewSignatureType(recv, nil, nil,
		types.NewTuple(v6.param("key", str), v6.param("newkey", str)), nil, false))
	if cmd, ok := GoRedisCommandOf(rename); !ok || cmd.Name != "RENAME" {
		t.Errorf("GoRedisCommandOf(v6 Rename) = %+v, %v; want RENAME", cmd, ok)
	}
	if off := CtxOffset(rename.Type().(*types.Signature)); off != 0 {
		t.Errorf("CtxOffset(v6 Rename) = %d, want 0", off)
	}
}

// TestGoRedisTableWellFormed checks the table without go-redis: names set,
// places valid, and each method's entries distinct.
func TestGoRedisTableWellFormed(t *testing.T) {
	type shape struct {
		method string
		args   string
	}
	seen := make(map[shape]bool)
	for i, c := range goRedisCommands {
		if c.Method == "" || c.Name == "" || len(c.Args) == 0 {
			t.Errorf("entry %d: %+v: Method, Name and Args are required", i, c)
		}
		if c.Name != strings.ToUpper(c.Name) {
			t.Errorf("entry %d: %s: Name %q is not upper case", i, c.Method, c.Name)
		}
		for _, a := range c.Args {
			if a.Param < 0 || a.Kind < Key || a.Kind > MapKeys {
				t.Errorf("entry %d: %s: bad Arg %+v", i, c.Method, a)
			}
		}
		s := shape{c.Method, fmt.Sprint(c.Args)}
		if seen[s] {
			t.Errorf("entry %d: %s %v is in the table twice", i, c.Method, c.Args)
		}
		seen[s] = true
		if got := tables().goRedisByMethod[c.Method]; len(got) == 0 {
			t.Errorf("goRedisByMethod[%q] is empty", c.Method)
		}
	}
}
