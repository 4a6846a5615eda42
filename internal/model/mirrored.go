package model

import (
	"go/types"
	"sync"
)

// mirroredReceiver is GoRedisReceiver of an interface of the program that
// declares go-redis's methods itself, with go-redis's types in their
// signatures, instead of embedding go-redis's interfaces:
//
//	type redisStreamClient interface {
//		Del(keys ...string) *redis.IntCmd
//		TxPipeline() redis.Pipeliner
//		XAdd(a *redis.XAddArgs) *redis.StringCmd
//	}
//
// When go-redis's UniversalClient (or Cmdable) has every method of it, the
// clients of go-redis implement it, and what the program puts in it (a
// client it is handed, type-asserted) may be a cluster client: it is
// UniversalClient's receiver. An interface that no go-redis client
// implements, or whose methods name no go-redis type (io.Closer), is none.
func mirroredReceiver(iface *types.Interface) (Receiver, string) {
	if iface.NumMethods() == 0 {
		return RecvNone, ""
	}
	m := mirrorOf(iface)
	return m.r, m.path
}

func mirrorOf(iface *types.Interface) mirror {
	if v, ok := mirrored.Load(iface); ok {
		return v.(mirror)
	}
	m := mirror{r: RecvNone}
	if pkg := goRedisPackageOf(iface); pkg != nil {
		for _, name := range []string{"UniversalClient", "Cmdable"} {
			tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			if types.Implements(tn.Type(), iface) {
				m = mirror{goRedis.Receivers[name], pkg.Path(), tn.Type(), pkg}
				break
			}
		}
	}
	mirrored.Store(iface, m)
	return m
}

// MirroredMethod returns go-redis's method of the name of fn, a method of
// an interface of the program that declares go-redis's methods itself
// (mirroredReceiver), or nil: the command the call makes on whatever
// client the program holds in the interface.
func MirroredMethod(fn *types.Func) *types.Func {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() == nil || IsGoRedis(fn.Pkg().Path()) {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	m := mirrorOf(iface)
	if m.r == RecvNone {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(m.typ, false, m.pkg, fn.Name())
	f, _ := obj.(*types.Func)
	return f
}

type mirror struct {
	r    Receiver
	path string
	// typ is the go-redis interface that has every method, in pkg.
	typ types.Type
	pkg *types.Package
}

// mirrored caches mirroredReceiver by interface: the analyzers of several
// packages ask at once.
var mirrored sync.Map

// goRedisPackageOf returns the go-redis package whose named types the
// signatures of iface's methods mention, if any.
func goRedisPackageOf(iface *types.Interface) *types.Package {
	var found *types.Package
	var visit func(t types.Type, depth int)
	visit = func(t types.Type, depth int) {
		if found != nil || depth > 3 {
			return
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if p := t.Obj().Pkg(); p != nil && IsGoRedis(p.Path()) {
				found = p
			}
		case *types.Pointer:
			visit(t.Elem(), depth+1)
		case *types.Slice:
			visit(t.Elem(), depth+1)
		case *types.Map:
			visit(t.Elem(), depth+1)
		case *types.Signature:
			for v := range t.Params().Variables() {
				visit(v.Type(), depth+1)
			}
			for v := range t.Results().Variables() {
				visit(v.Type(), depth+1)
			}
		}
	}
	for m := range iface.Methods() {
		visit(m.Type(), 0)
		if found != nil {
			break
		}
	}
	return found
}
