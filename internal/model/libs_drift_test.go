package model

import (
	"go/ast"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
)

// builderPaths are the packages of command builders of the libraries that
// have them (rueidis and its forks), by import path.
func builderPaths() []string {
	var out []string
	for l := range libs {
		if b := libs[l].Builders; b != "" {
			for _, p := range libs[l].Paths {
				if _, skip := notInDriftModule[p]; !skip {
					out = append(out, p+"/"+b)
				}
			}
		}
	}
	return out
}

// compatPaths are the go-redis adapters of the libraries that have one and
// that the drift module requires.
func compatPaths() []string {
	var out []string
	for l := range libs {
		if c := libs[l].Compat; c != "" {
			if p := libs[l].Paths[0] + "/" + c; notInDriftModule[p] == "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// entryPath is the import path of the package a table entry names, in the
// library's newest path.
func entryPath(lib Lib, pkg string) string {
	p := lib.Info().Paths[0]
	if sub := lib.Info().SubPath(pkg); sub != "" {
		p += "/" + sub
	}
	return p
}

var realLibs struct {
	sync.Mutex
	pkgs map[string]*packages.Package
}

// loadRealLibs loads (once) the real modules that testdata/drift requires:
// the packages of libPackages, with the syntax of rueidis' builders, and
// go-redis (for its Do).
func loadRealLibs(t *testing.T) map[string]*packages.Package {
	t.Helper()
	realLibs.Lock()
	defer realLibs.Unlock()
	if realLibs.pkgs != nil {
		return realLibs.pkgs
	}
	// Types come from export data (the load shared by every drift test);
	// only the builders are type-checked from their syntax.
	all := driftLoad(t)
	pkgs := map[string]*packages.Package{}
	for _, path := range append(slices.Clone(libPackages), GoRedisPaths[0], "github.com/go-redis/redis/v8",
		"github.com/go-redis/redis/v7", "github.com/go-redis/redis") {
		p := all[path]
		if p == nil || p.Types == nil || len(p.Errors) > 0 {
			t.Fatalf("%s did not load in %s", path, driftDir)
		}
		pkgs[path] = p
	}
	cfg := &packages.Config{
		Dir:  driftDir,
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Env:  []string{"GOWORK=off"},
	}
	maps.Copy(pkgs, loadLibs(t, cfg, builderPaths()))
	realLibs.pkgs = pkgs
	return realLibs.pkgs
}

// TestLibsDrift checks the tables of libs.go, and the stubs' shapes, against
// the real modules.
func TestLibsDrift(t *testing.T) {
	real := loadRealLibs(t)
	checkExpect(t, real, "real")

	// Every table entry names functions that exist, and the lookups accept
	// every function of that name (and receiver) in the package.
	for _, f := range append(append(append(append(libFuncsOf(tables().rawSends), libFuncsOf(tables().argsAppends)...),
		libFuncsOf(tables().scriptCalls)...), libFuncsOf(tables().scriptCtors)...), append(append(libFuncsOf(tables().actionRunners), libFuncsOf(tables().batches)...), libFuncsOf(tables().splitHelpers)...)...) {
		n := 0
		for _, p := range real {
			lib, sub := libPkgOf(p.PkgPath)
			for key, fn := range funcs(p.Types) {
				if !f.matches(fn, lib, sub, recvName(fn)) {
					continue
				}
				n++
				if describe(fn) == "" {
					t.Errorf("%s: %s.%s has a shape the lookups refuse: %v", f, p.PkgPath, key, fn.Type())
				}
			}
		}
		if n == 0 && notInDriftModule[entryPath(f.Lib, f.Pkg)] == "" {
			t.Errorf("%s: no such function in the real modules", f)
		}
	}

	for _, p := range builderPaths() {
		checkBuilders(t, real[p])
	}
	for _, p := range compatPaths() {
		checkCompat(t, real[p].Types)
	}

	for _, c := range tables().keyClients {
		path := entryPath(c.Lib, c.Pkg)
		if notInDriftModule[path] != "" {
			continue
		}
		obj, _ := real[path].Types.Scope().Lookup(c.Type).(*types.TypeName)
		if obj == nil {
			t.Errorf("keyClients: %s has no type %s", path, c.Type)
			continue
		}
		if IsClusterType(obj.Type()) != (c.Mode == ModeCluster) {
			t.Errorf("%s.%s: mode %d here, but IsClusterType says %v", path, c.Type, c.Mode, IsClusterType(obj.Type()))
		}
	}
}

// TestLibsStubsDrift checks that every function of the stubs is in the real
// module, that the tables say the same of both, and that those of the
// stubs' keys_*.go files have the real signatures.
func TestLibsStubsDrift(t *testing.T) {
	real, stubs := loadRealLibs(t), loadStubs(t)
	for _, path := range libPackages {
		realFuncs := funcs(real[path].Types)
		for key, sf := range funcs(stubs[path].Types) {
			if !ast.IsExported(strings.Split(key, ".")[0]) {
				continue // the stub's own helper
			}
			rf, ok := realFuncs[key]
			if !ok {
				t.Errorf("stub %s.%s is not in the real module", path, key)
				continue
			}
			if s, r := describe(sf), describe(rf); s != r {
				t.Errorf("%s.%s: the stub is %q, the real one %q", path, key, s, r)
			}
			file := filepath.Base(stubs[path].Fset.Position(sf.Pos()).Filename)
			if strings.HasPrefix(file, "keys_") {
				if s, r := sigString(sf), sigString(rf); s != r {
					t.Errorf("%s.%s (%s): the stub's signature is\n\t%s\nthe real one\n\t%s", path, key, file, s, r)
				}
			}
		}
	}
}

// sigString writes fn's signature without names, with package names only.
func sigString(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	sig = types.NewSignatureType(nil, nil, nil, unnamed(sig.Params()), unnamed(sig.Results()), sig.Variadic())
	return types.TypeString(sig, func(p *types.Package) string { return p.Name() })
}

func unnamed(t *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		vars[i] = types.NewParam(0, nil, "", t.At(i).Type())
	}
	return types.NewTuple(vars...)
}

// slotNotKeys are methods of rueidis' builders that compute a slot but add
// no key.
var slotNotKeys = map[string]string{
	"Completed.SetSlot": "sets the slot a built command is routed by; adds no word",
}

// checkBuilders reads the bodies of internal/cmds: a method adds keys (or
// shard channels) exactly when it computes their slot (calls slot or check),
// and BuilderKeysOf must say so.
func checkBuilders(t *testing.T, p *packages.Package) {
	t.Helper()
	var keyMethods int
	for _, f := range p.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn := p.TypesInfo.Defs[fd.Name].(*types.Func)
			name := recvName(fn) + "." + fn.Name()
			b, isKeys := BuilderKeysOf(fn)
			isKeys = isKeys && b.Role != BuilderWords
			if computesSlot(fd.Body) != isKeys && slotNotKeys[name] == "" {
				t.Errorf("%s: builder %s: computes a slot: %v; BuilderKeysOf: %v", p.PkgPath, name, computesSlot(fd.Body), isKeys)
			}
			if isKeys {
				keyMethods++
			}
			if isKeys && b.Role == BuilderShardChannels && !isShardPubSub(recvName(fn)) {
				t.Errorf("%s: builder %s: a channel of %s is no shard channel", p.PkgPath, name, recvName(fn))
			}
		}
	}
	if keyMethods < 400 {
		t.Errorf("%s: only %d builder methods add keys", p.PkgPath, keyMethods)
	}
	scope := p.Types.Scope()
	for recv := range tables().builderNotKeys {
		if scope.Lookup(recv) == nil {
			t.Errorf("builderNotKeys: internal/cmds has no type %s", recv)
		}
	}
	for _, b := range tables().builderMethods {
		if b.Recv != "" && scope.Lookup(b.Recv) == nil {
			t.Errorf("builderMethods: internal/cmds has no type %s", b.Recv)
		}
	}
	if fn, ok := scope.Lookup("check").(*types.Func); !ok || fn.Type().(*types.Signature).Params().Len() != 2 {
		t.Error("internal/cmds has no check(prev, new uint16) uint16: how do builders compare slots now?")
	}
}

func computesSlot(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && (id.Name == "slot" || id.Name == "check") {
				found = true
			}
		}
		return !found
	})
	return found
}

func isShardPubSub(typ string) bool {
	for _, p := range []string{"Ssubscribe", "Sunsubscribe", "Spublish", "PubsubShardnumsub"} {
		if strings.HasPrefix(typ, p) {
			return true
		}
	}
	return false
}

// compatDiffers lists go-redis table methods that rueidiscompat's Cmdable
// has with another shape.
var compatDiffers = map[string]string{}

// checkCompat checks that every method of rueidiscompat's Cmdable named in
// the go-redis table fits an entry of it.
func checkCompat(t *testing.T, pkg *types.Package) {
	t.Helper()
	obj, _ := pkg.Scope().Lookup("Cmdable").(*types.TypeName)
	if obj == nil {
		t.Fatal("rueidiscompat has no Cmdable")
	}
	ms := types.NewMethodSet(obj.Type())
	var mirrored, missing []string
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if _, inTable := tables().goRedisByMethod[fn.Name()]; !inTable {
			continue
		}
		if _, ok := CompatCommandOf(fn); ok {
			mirrored = append(mirrored, fn.Name())
		} else if compatDiffers[fn.Name()] == "" {
			t.Errorf("rueidiscompat Cmdable.%s%s fits no go-redis table entry of that name",
				fn.Name(), strings.TrimPrefix(sigString(fn), "func"))
		}
	}
	for _, c := range goRedisCommands {
		if m, _, _ := types.LookupFieldOrMethod(obj.Type(), false, nil, c.Method); m == nil {
			missing = append(missing, c.Method)
		}
	}
	sort.Strings(missing)
	if len(mirrored) < 30 {
		t.Errorf("rueidiscompat mirrors only %d go-redis table methods: %v", len(mirrored), mirrored)
	}
	t.Logf("rueidiscompat Cmdable mirrors %d go-redis table methods; lacks %v", len(mirrored), missing)
}
