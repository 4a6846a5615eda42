package model

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestClientsTables(t *testing.T) {
	for i := range libs {
		l := Lib(i)
		if l == LibNone {
			continue
		}
		info := l.Info()
		if info.Name == "" || len(info.Paths) == 0 || info.EachMaster == "" || info.ScanAll == "" {
			t.Errorf("lib %d: incomplete LibInfo %+v", l, info)
		}
		for _, p := range info.Paths {
			if LibOf(p) != l || !IsClientPackage(p) {
				t.Errorf("LibOf(%q) = %v, IsClientPackage = %v", p, LibOf(p), IsClientPackage(p))
			}
		}
	}
	if LibOf("github.com/redis/rueidis/internal/cmds") != LibRueidis || LibOf("github.com/redis/rueidisx") != LibNone {
		t.Errorf("LibOf does not handle subpackages")
	}
	for i := range libs {
		info := libs[i]
		if info.Family != LibNone && (info.Family.Info().Family != LibNone || len(info.Paths) == 0) {
			t.Errorf("%s: a fork of a fork, or without paths", info.Name)
		}
		if (info.Builders == "") != (info.BuilderType == "") || Lib(i) != LibNone && info.Choice == 0 {
			t.Errorf("%s: incomplete traits %+v", info.Name, info)
		}
		for _, sub := range []string{info.Builders, info.Compat, info.Hook} {
			if sub != "" && LibOf(info.Paths[0]+"/"+sub) != Lib(i) {
				t.Errorf("%s: subpackage %s is not its own", info.Name, sub)
			}
		}
	}
	// A fork has a copy of every entry of its original, under its name.
	for i := range libs {
		fam := libs[i].Family
		if fam == LibNone {
			continue
		}
		count := func(l Lib) (n int) {
			for _, c := range tables().constructors {
				if c.Lib == l {
					n++
				}
			}
			for _, m := range tables().nodeMethods {
				if m.Lib == l {
					n++
				}
			}
			for _, c := range tables().keyClients {
				if c.Lib == l {
					n++
				}
			}
			for _, s := range tables().scriptCalls {
				if s.Lib == l {
					n++
				}
			}
			return n
		}
		if a, b := count(Lib(i)), count(fam); a != b || a == 0 {
			t.Errorf("%s has %d entries, its original %s %d", libs[i].Name, a, fam, b)
		}
	}
	seen := map[string]bool{}
	for _, c := range tables().constructors {
		key := c.Lib.String() + " " + c.FullName()
		if seen[key] {
			t.Errorf("%s: listed twice", key)
		}
		seen[key] = true
		if c.Topo == TopoUnknown || c.Form == 0 || c.Lib == LibNone {
			t.Errorf("%s: incomplete entry", key)
		}
		if hasOpts := c.Opts >= 0 || c.Literal; hasOpts != (c.AddrField != "") {
			t.Errorf("%s: AddrField %q with Opts %d", key, c.AddrField, c.Opts)
		}
		if c.Topo == TopoUniversal && c.ForceCluster == "" || c.Topo == TopoAuto && c.ForceSingle == "" {
			t.Errorf("%s: a run-time topology needs its forcing field", key)
		}
	}
	for _, m := range tables().nodeMethods {
		if _, ok := nodeCommands[m.Command]; !ok {
			t.Errorf("%s sends %s, not in nodeCommands", m.Name, m.Command)
		}
	}
	for name, c := range nodeCommands {
		if name != c.Name || (c.Effect == OneNode) == (c.What == "") {
			t.Errorf("nodeCommands[%s] = %+v", name, c)
		}
	}
}

func TestHostPort(t *testing.T) {
	for _, tc := range []struct {
		addr       string
		form       AddrForm
		host, port string
		ok         bool
	}{
		{"localhost:6379", AddrHostPort, "localhost", "6379", true},
		{"clustercfg.x.cache.amazonaws.com:6379", AddrHostPort, "clustercfg.x.cache.amazonaws.com", "6379", true},
		{"[::1]:7000", AddrHostPort, "::1", "7000", true},
		{"redis-cluster", AddrHostPort, "redis-cluster", "", true},
		{"redis://user:pw@redis-cluster.local:7001/0", AddrURL, "redis-cluster.local", "7001", true},
		{"rediss://h:6380", AddrHostPort, "h", "6380", true},
		{"%s:%d", AddrHostPort, "", "", false},
		{"", AddrHostPort, "", "", false},
		{"a b", AddrHostPort, "", "", false},
	} {
		host, port, ok := HostPort(tc.addr, tc.form)
		if host != tc.host || port != tc.port || ok != tc.ok {
			t.Errorf("HostPort(%q) = %q, %q, %v; want %q, %q, %v", tc.addr, host, port, ok, tc.host, tc.port, tc.ok)
		}
	}
}

// stubImporter type-checks imports from the analyzers' stub tree
// (testdata/src) and the standard library from source.
type stubImporter struct {
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func (im *stubImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	dir := filepath.Join("..", "..", "testdata", "src", filepath.FromSlash(path))
	if _, err := os.Stat(dir); err != nil {
		return im.std.Import(path)
	}
	files, err := parseDir(im.fset, dir)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: im}
	p, err := conf.Check(path, im.fset, files, nil)
	im.pkgs[path] = p
	return p, err
}

func parseDir(fset *token.FileSet, dir string) ([]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	return files, nil
}

// checkSnippet type-checks src (a file of package p) against the stubs.
func checkSnippet(t *testing.T, src string) (*ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The standard library comes from export data (the build cache): from
	// source, it was most of these tests' time.
	im := &stubImporter{fset: fset, std: importer.ForCompiler(fset, "gc", nil), pkgs: map[string]*types.Package{}}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	if _, err := (&types.Config{Importer: im}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return f, info
}

// marked returns the argument of each call of the function mark(x) in f.
func marked(f *ast.File) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mark" && len(call.Args) == 1 {
				out = append(out, call.Args[0])
			}
		}
		return true
	})
	return out
}

func TestConstructionTopology(t *testing.T) {
	f, info := checkSnippet(t, `package p

import (
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
	"github.com/mna/redisc"
)

func mark(...any) {}

var on = true

func _() {
	mark(redis.NewClient(&redis.Options{Addr: "a:1"}))
	mark(redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:1"}}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1"}}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1", "b:1"}}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1"}, IsClusterMode: true}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1"}, IsClusterMode: on}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1"}, MasterName: "m"}))
	mark(redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"a:1"}, MasterName: "m", IsClusterMode: true}))
	mark(redis.NewFailoverClient(&redis.FailoverOptions{SentinelAddrs: []string{"a:1"}}))
	mark(rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"a:1"}}))
	mark(rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"a:1", "b:1"}}))
	mark(rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"a:1", "b:1"}, ForceSingleClient: true}))
	mark(rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"a:1"}, Sentinel: rueidis.SentinelOption{MasterSet: "m"}}))
	mark(&redisc.Cluster{StartupNodes: []string{"a:1"}})
}
`)
	checkMarks(t, f, info, []Topology{TopoStandalone, TopoCluster, TopoStandalone, TopoCluster, TopoCluster, TopoUnknown,
		TopoSentinel, TopoSentinelCluster, TopoSentinel, TopoAuto, TopoCluster, TopoStandalone, TopoSentinel, TopoCluster},
		func(e ast.Expr) Topology {
			if u, ok := e.(*ast.UnaryExpr); ok {
				e = u.X
			}
			k := ConstructionOf(info, e)
			if k == nil {
				t.Errorf("%v is no construction", e)
				return TopoUnknown
			}
			seeds := -1
			if lit, ok := k.Addr.(*ast.CompositeLit); ok {
				seeds = len(lit.Elts)
			}
			return k.Topology(info, seeds)
		})
}

// checkMarks checks the topology that kind finds for each mark(x) of f.
func checkMarks(t *testing.T, f *ast.File, info *types.Info, want []Topology, kind func(ast.Expr) Topology) {
	t.Helper()
	exprs := marked(f)
	if len(exprs) != len(want) {
		t.Fatalf("%d marks, want %d", len(exprs), len(want))
	}
	for i, e := range exprs {
		if got := kind(e); got != want[i] {
			t.Errorf("mark %d: %v, want %v", i, got, want[i])
		}
	}
}

// TestForkTables checks every table of the model that names libraries:
// a fork has as many entries as its original in each. A table added
// without joining the fork step (forks in an init) fails here.
func TestForkTables(t *testing.T) {
	tables := map[string]any{
		"constructors": tables().constructors, "delegates": tables().delegates, "wrappers": tables().wrappers,
		"sameClientCallbacks": tables().sameClientCallbacks, "handleMethods": tables().handleMethods,
		"clusterTypes": tables().clusterTypes, "redirectParsers": tables().redirectParsers, "dbOptions": tables().dbOptions,
		"perNodeMethods": tables().perNodeMethods, "keyspaceSubscribers": tables().keyspaceSubscribers,
		"nodeMethods": tables().nodeMethods, "scanners": tables().scanners, "urlParsers": tables().urlParsers,
		"rawSends": tables().rawSends, "argsAppends": tables().argsAppends, "scriptCtors": tables().scriptCtors,
		"scriptCalls": tables().scriptCalls, "keyClients": tables().keyClients, "actionRunners": tables().actionRunners,
		"batches": tables().batches, "splitHelpers": tables().splitHelpers,
	}
	for name, tab := range tables {
		v := reflect.ValueOf(tab)
		count := map[Lib]int{}
		for i := range v.Len() {
			f := v.Index(i).FieldByName("Lib")
			if !f.IsValid() {
				t.Fatalf("%s: entries have no Lib field", name)
			}
			count[Lib(f.Uint())]++
		}
		for i := range libs {
			if fam := libs[i].Family; fam != LibNone && count[Lib(i)] != count[fam] {
				t.Errorf("%s: %s has %d entries, its original %s %d", name, libs[i].Name, count[Lib(i)], fam.Info().Name, count[fam])
			}
		}
	}
}

func TestIsClientMock(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/go-redis/redismock":          true,
		"github.com/go-redis/redismock/v9":       true,
		"github.com/go-redis/redismock/v8/inner": true,
		"github.com/go-redis/redismockx":         false,
		"github.com/redis/go-redis/v9":           false,
		"example.com/app/redismock":              false,
		"github.com/redis/rueidis/mock":          true,
		"github.com/valkey-io/valkey-go/mock":    true,
		"github.com/redis/rueidis":               false,
		"github.com/redis/rueidis/mockx":         false,
	} {
		if got := IsClientMock(path); got != want {
			t.Errorf("IsClientMock(%q) = %v, want %v", path, got, want)
		}
	}
}
