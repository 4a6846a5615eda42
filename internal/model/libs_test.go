package model

import (
	"fmt"
	"go/constant"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/redislint/redislint/internal/keyspec"

	"golang.org/x/tools/go/packages"
)

// libPackages are the packages of the client libraries but go-redis (their
// API packages, builders and adapters, as the library table names them),
// as stubbed in testdata/src and required by testdata/drift.
var libPackages = func() []string {
	var out []string
	for l := range libs {
		if Lib(l) == LibNone || Lib(l) == LibGoRedis {
			continue
		}
		info := libs[l]
		for _, p := range info.Paths {
			if notInDriftModule[p] != "" {
				continue
			}
			out = append(out, p)
			for _, sub := range append([]string{info.Builders, info.Compat}, extraSubpackages[Lib(l)]...) {
				if sub != "" && notInDriftModule[p+"/"+sub] == "" {
					out = append(out, p+"/"+sub)
				}
			}
		}
	}
	return out
}()

// extraSubpackages are packages of a library, below its path, that hold
// types the tables name (valkey-glide's batches and options).
var extraSubpackages = map[Lib][]string{LibGlide: {"pipeline", "options"}}

// The stubs of a fork are those of its original, renamed: they must be
// described the same.
func init() {
	for l := range libs {
		fam := libs[l].Family
		if fam == LibNone {
			continue
		}
		for path, exp := range libExpect {
			if lib, sub := libPkgOf(path); lib == fam {
				if fp := entryPath(Lib(l), sub); libExpect[fp] == nil && notInDriftModule[fp] == "" {
					libExpect[fp] = exp
				}
			}
		}
	}
}

// loadLibs loads paths with cfg and returns them by path; it fails the test
// when any does not load.
func loadLibs(t *testing.T, cfg *packages.Config, paths []string) map[string]*packages.Package {
	t.Helper()
	cfg.Env = append(os.Environ(), cfg.Env...)
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("loading %v in %s: %v", paths, cfg.Dir, err)
	}
	byPath := make(map[string]*packages.Package)
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
		byPath[p.PkgPath] = p
	}
	for _, path := range paths {
		if p := byPath[path]; p == nil || p.Types == nil || len(p.Errors) > 0 {
			t.Fatalf("%s did not load in %s", path, cfg.Dir)
		}
	}
	return byPath
}

// stubs holds the stubs of testdata/src, loaded once per test binary.
var stubs struct {
	sync.Mutex
	pkgs map[string]*packages.Package
}

// loadStubs loads (once) the stubs of testdata/src, in GOPATH mode as
// analysistest does.
func loadStubs(t *testing.T) map[string]*packages.Package {
	t.Helper()
	stubs.Lock()
	defer stubs.Unlock()
	if stubs.pkgs != nil {
		return stubs.pkgs
	}
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Dir:  dir,
		Mode: packages.NeedName | packages.NeedTypes,
		Env:  []string{"GOPATH=" + dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"},
	}
	stubs.pkgs = loadLibs(t, cfg, libPackages)
	return stubs.pkgs
}

// funcs returns every function and method of pkg (methods of its named
// types, interfaces included) by "Recv.Name" or "Name".
func funcs(pkg *types.Package) map[string]*types.Func {
	m := make(map[string]*types.Func)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			m[name] = obj
		case *types.TypeName:
			if obj.IsAlias() {
				continue
			}
			ms := types.NewMethodSet(types.NewPointer(obj.Type()))
			if types.IsInterface(obj.Type()) {
				ms = types.NewMethodSet(obj.Type())
			}
			for i := 0; i < ms.Len(); i++ {
				fn := ms.At(i).Obj().(*types.Func)
				if fn.Pkg() == pkg {
					m[name+"."+fn.Name()] = fn
				}
			}
		}
	}
	return m
}

// describe says what the tables of libs.go say about fn, "" for nothing.
func describe(fn *types.Func) string {
	var parts []string
	add := func(format string, args ...any) { parts = append(parts, fmt.Sprintf(format, args...)) }
	if r, ok := RawSendOf(fn); ok {
		add("raw(conn=%d cmd=%d key=%d args=%d flat=%d builds=%v %v checked=%v)",
			r.Conn, r.Cmd, r.Key, r.Args, r.Flatten, r.Builds, r.CrossSlot, r.Checked)
	}
	if a, ok := ArgsAppendOf(fn); ok {
		add("args(flat=%d)", a.Flatten)
	}
	if s, ok := ScriptCallOf(fn); ok {
		add("script(conn=%d keys=%d form=%d %s builds=%v %v)", s.Conn, s.Keys, s.Form, s.Field, s.Builds, s.CrossSlot)
	}
	if c, ok := ScriptCtorOf(fn); ok {
		add("scriptctor(count=%d)", c.Count)
	}
	if b, ok := BuilderKeysOf(fn); ok {
		add("builder(%d role=%d)", b.Param, b.Role)
	}
	if c, ok := CompatCommandOf(fn); ok {
		add("compat(%s)", c.Name)
	}
	if a, ok := ActionRunnerOf(fn); ok {
		add("runs(%d)", a.Action)
	}
	if b, ok := BatchOf(fn); ok {
		add("batch(%d)", b.Cmds)
	}
	if h, ok := SplitHelperOf(fn); ok {
		add("split(%s)", h.Cmd.Name)
	}
	return strings.Join(parts, " ")
}

// libExpect is what describe says about functions of the stubs (and, as
// libs_drift_test.go checks, of the real modules).
var libExpect = map[string]map[string]string{
	"github.com/gomodule/redigo/redis": {
		"Conn.Do":                       "raw(conn=-1 cmd=0 key=-1 args=1 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"Conn.Send":                     "raw(conn=-1 cmd=0 key=-1 args=1 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"ConnWithTimeout.DoWithTimeout": "raw(conn=-1 cmd=1 key=-1 args=2 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"ConnWithContext.DoContext":     "raw(conn=-1 cmd=0 key=-1 args=1 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"DoContext":                     "raw(conn=0 cmd=2 key=-1 args=3 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"DoWithTimeout":                 "raw(conn=0 cmd=2 key=-1 args=3 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"Args.Add":                      "args(flat=0)",
		"Args.AddFlat":                  "args(flat=1)",
		"NewScript":                     "scriptctor(count=0)",
		"Script.Do":                     "script(conn=0 keys=1 form=2  builds=false fails with CROSSSLOT)",
		"Script.DoContext":              "script(conn=0 keys=1 form=2  builds=false fails with CROSSSLOT)",
		"Script.Send":                   "script(conn=0 keys=1 form=2  builds=false fails with CROSSSLOT)",
		"Script.SendHash":               "script(conn=0 keys=1 form=2  builds=false fails with CROSSSLOT)",
		"Script.Load":                   "",
		"Dial":                          "",
		"Pool.Get":                      "",
	},
	"github.com/mna/redisc": {
		"Conn.Do":            "raw(conn=-1 cmd=0 key=-1 args=1 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"Conn.Send":          "raw(conn=-1 cmd=0 key=-1 args=1 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"Conn.DoWithTimeout": "raw(conn=-1 cmd=1 key=-1 args=2 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"Conn.Bind":          "",
		"Cluster.Get":        "",
	},
	"github.com/valkey-io/valkey-glide/go/v2": {
		"ClusterClient.InvokeScriptWithOptions":        "script(conn=-1 keys=1 form=4 Keys builds=false fails with CROSSSLOT)",
		"Client.InvokeScriptWithOptions":               "script(conn=-1 keys=1 form=4 Keys builds=false fails with CROSSSLOT)",
		"ClusterClient.InvokeScript":                   "script(conn=-1 keys=-1 form=5  builds=false fails with CROSSSLOT)",
		"ClusterClient.InvokeScriptWithClusterOptions": "",
	},
	"github.com/valkey-io/valkey-glide/go/v2/options": {
		"NewScript": "scriptctor(count=-1)",
	},
	"github.com/redis/rueidis": {
		"NewLuaScript":         "scriptctor(count=-1)",
		"NewLuaScriptReadOnly": "scriptctor(count=-1)",
		"Lua.Exec":             "script(conn=0 keys=1 form=1  builds=false panics)",
		"Lua.ExecMulti":        "script(conn=0 keys=1 form=3 Keys builds=false panics)",
		"Client.Do":            "",
		"NewClient":            "",
		"MSetNX":               "split(MSETNX)",
		"MSet":                 "",
	},
	"github.com/redis/rueidis/internal/cmds": {
		"Mget.Key":                  "builder(0 role=1)",
		"MgetKey.Key":               "builder(0 role=1)",
		"Mset.KeyValue":             "",
		"MsetKeyValue.KeyValue":     "builder(0 role=1)",
		"RenameKey.Newkey":          "builder(0 role=1)",
		"Lmove.Source":              "builder(0 role=1)",
		"LmoveSource.Destination":   "builder(0 role=1)",
		"SortKey.Store":             "builder(0 role=1)",
		"EvalNumkeys.Key":           "builder(0 role=1)",
		"EvalKey.Arg":               "",
		"EvalScript.Numkeys":        "",
		"Ssubscribe.Channel":        "builder(0 role=2)",
		"SsubscribeChannel.Channel": "builder(0 role=2)",
		"Publish.Channel":           "",
		"ClusterKeyslot.Key":        "",
		"Builder.Arbitrary":         "builder(0 role=3)",
		"Arbitrary.Keys":            "builder(0 role=1)",
		"Arbitrary.Args":            "builder(0 role=3)",
		"Builder.Mget":              "",
		"Keys.Pattern":              "",
	},
	"github.com/redis/rueidis/rueidiscompat": {
		"Compat.MGet":   "compat(MGET)",
		"Compat.MSet":   "compat(MSET)",
		"Compat.Del":    "compat(DEL)",
		"Compat.Rename": "compat(RENAME)",
		"Compat.Eval":   "compat(EVAL)",
		"Cmdable.MGet":  "compat(MGET)",
		"Compat.Get":    "",
		"Pipeliner.Do":  "raw(conn=-1 cmd=-1 key=-1 args=0 flat=0 builds=false fails with CROSSSLOT checked=[])",
		"NewScript":     "scriptctor(count=-1)",
		"Script.Run":    "script(conn=0 keys=1 form=1  builds=false panics)",
		"Script.RunRO":  "script(conn=0 keys=1 form=1  builds=false panics)",
		"NewAdapter":    "",
	},
	"github.com/mediocregopher/radix/v3": {
		"Cmd":                 "raw(conn=-1 cmd=1 key=-1 args=2 flat=0 builds=true fails with CROSSSLOT checked=[BITOP XREAD XREADGROUP])",
		"FlatCmd":             "raw(conn=-1 cmd=1 key=2 args=3 flat=2 builds=true fails with CROSSSLOT checked=[])",
		"NewEvalScript":       "scriptctor(count=0)",
		"EvalScript.Cmd":      "script(conn=-1 keys=1 form=2  builds=true is refused by the client library)",
		"EvalScript.FlatCmd":  "script(conn=-1 keys=1 form=1  builds=true is refused by the client library)",
		"Cluster.Do":          "runs(0)",
		"Cluster.DoSecondary": "runs(0)",
		"Pool.Do":             "runs(0)",
		"Client.Do":           "runs(0)",
		"NewCluster":          "",
	},
	"github.com/mediocregopher/radix/v4": {
		"Cmd":                 "raw(conn=-1 cmd=1 key=-1 args=2 flat=0 builds=true fails with CROSSSLOT checked=[BITOP MSET XREAD XREADGROUP])",
		"FlatCmd":             "raw(conn=-1 cmd=1 key=-1 args=2 flat=2 builds=true fails with CROSSSLOT checked=[BITOP MSET XREAD XREADGROUP])",
		"CmdConfig.Cmd":       "raw(conn=-1 cmd=1 key=-1 args=2 flat=0 builds=true fails with CROSSSLOT checked=[BITOP MSET XREAD XREADGROUP])",
		"CmdConfig.FlatCmd":   "raw(conn=-1 cmd=1 key=-1 args=2 flat=2 builds=true fails with CROSSSLOT checked=[BITOP MSET XREAD XREADGROUP])",
		"NewEvalScript":       "scriptctor(count=-1)",
		"EvalScript.Cmd":      "script(conn=-1 keys=1 form=1  builds=true is refused by the client library)",
		"EvalScript.FlatCmd":  "script(conn=-1 keys=1 form=1  builds=true is refused by the client library)",
		"Cluster.Do":          "runs(0)",
		"Cluster.DoSecondary": "runs(0)",
		"Client.Do":           "runs(0)",
		"MultiClient.Do":      "runs(0)",
		"ClusterConfig.New":   "",
	},
}

// checkExpect checks libExpect against pkgs.
func checkExpect(t *testing.T, pkgs map[string]*packages.Package, what string) {
	t.Helper()
	for path, want := range libExpect {
		fs := funcs(pkgs[path].Types)
		for name, w := range want {
			fn, ok := fs[name]
			if !ok {
				t.Errorf("%s: %s has no %s", what, path, name)
				continue
			}
			if got := describe(fn); got != w {
				t.Errorf("%s: %s.%s:\n got  %s\n want %s", what, path, name, got, w)
			}
		}
	}
}

func TestLibsStubs(t *testing.T) {
	checkExpect(t, loadStubs(t), "stub")
}

// TestLibsKeyClients checks KeyClientOf on the client types that the stubs
// declare, and that IsClusterType (calls.go) agrees with their modes.
func TestLibsKeyClients(t *testing.T) {
	pkgs := loadStubs(t)
	for _, c := range tables().keyClients {
		path := entryPath(c.Lib, c.Pkg)
		p, ok := pkgs[path]
		if !ok {
			continue // a package the stubs do not have
		}
		obj, _ := p.Types.Scope().Lookup(c.Type).(*types.TypeName)
		if obj == nil {
			continue // a type the stubs do not need
		}
		got, ok := KeyClientOf(types.NewPointer(obj.Type()))
		if !ok || got != c {
			t.Errorf("KeyClientOf(*%s.%s) = %+v, %v; want %+v", path, c.Type, got, ok, c)
		}
		if IsClusterType(obj.Type()) != (c.Mode == ModeCluster) {
			t.Errorf("%s.%s: mode %d here, but IsClusterType says %v", path, c.Type, c.Mode, IsClusterType(obj.Type()))
		}
	}
}

func TestLibsTablesWellFormed(t *testing.T) {
	seen := make(map[string]bool)
	for _, fs := range [][]LibFunc{libFuncsOf(tables().rawSends), libFuncsOf(tables().argsAppends), libFuncsOf(tables().scriptCalls),
		libFuncsOf(tables().scriptCtors), libFuncsOf(tables().actionRunners)} {
		for _, f := range fs {
			if f.Lib == LibNone || f.Name == "" || (f.Func && f.Recv != "") {
				t.Errorf("bad entry %+v", f)
			}
			if seen[f.String()] {
				t.Errorf("%s is in the tables twice", f)
			}
			seen[f.String()] = true
		}
	}
	for _, r := range tables().rawSends {
		if r.CrossSlot == 0 || !sort.StringsAreSorted(r.Checked) {
			t.Errorf("%s: no CrossSlot, or Checked not sorted", r.LibFunc)
		}
		for _, name := range r.Checked {
			if c, ok := keyspec.Named(name); !ok || !c.HasKeys() {
				t.Errorf("%s: Checked has %s, no command with keys", r.LibFunc, name)
			}
		}
	}
	for _, b := range tables().builderMethods {
		if b.Role == 0 || b.Name == "" {
			t.Errorf("bad builder entry %+v", b)
		}
	}
}

func libFuncsOf[T libEntry](table []T) []LibFunc {
	out := make([]LibFunc, len(table))
	for i, e := range table {
		out[i] = e.libFunc()
	}
	return out
}

func TestRawArgOf(t *testing.T) {
	str := types.Typ[types.String]
	for _, tc := range []struct {
		tv   types.TypeAndValue
		want keyspec.Arg
	}{
		{types.TypeAndValue{Type: str, Value: constant.MakeString("k")}, keyspec.Arg{Text: "k", Known: true}},
		{types.TypeAndValue{Type: types.Typ[types.Int], Value: constant.MakeInt64(-3)}, keyspec.Arg{Text: "-3", Known: true}},
		{types.TypeAndValue{Type: types.Typ[types.Int64]}, keyspec.Arg{Numeric: true}},
		{types.TypeAndValue{Type: types.Typ[types.Float64]}, keyspec.Arg{Numeric: true}},
		{types.TypeAndValue{Type: str}, keyspec.Arg{}},
		{types.TypeAndValue{Type: types.NewSlice(types.Typ[types.Byte])}, keyspec.Arg{}},
	} {
		if got := RawArgOf(tc.tv); got != tc.want {
			t.Errorf("RawArgOf(%v) = %+v, want %+v", tc.tv, got, tc.want)
		}
	}
}
