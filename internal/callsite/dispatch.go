package callsite

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// Calls through the program's own interfaces.
//
// Programs put their Redis access behind interfaces of their own (type
// RedisClient interface { RPopLPush(src, dst string) (string, error) },
// type Redis interface { MGet(ctx, keys ...string) *redis.SliceCmd }) and
// call the interface, never the client. A call of a method of such an
// interface sends what its implementations send: dispatched resolves it,
// as one mechanism for every command and wrapper, to the implementations
// the package can see (the types of the package and of the packages it
// imports that use a client), each of which is
//   - a wrapper (its WrapperFact, of this package or of another),
//   - a go-redis command method promoted from an embedded client, or
//   - anything else (a mock, a no-op), which says nothing;
// and, when none is in view, to the go-redis command the method mirrors
// by name, signature and *…Cmd result (model.GoRedisShapedCommand).
// Implementations that disagree (another command, other key parameters)
// give nothing. The client an interface call reaches is not known here:
// the result runs on a client that may be a cluster client, unless every
// implementation says it is one node.

// dispatched returns the WrapperFact a call of the interface method fn
// stands for.
func (s *state) dispatched(fn *types.Func) (*WrapperFact, bool) {
	if w, ok := s.dispatch[fn]; ok {
		return w, w != nil
	}
	w := s.dispatchOf(fn)
	s.dispatch[fn] = w
	return w, w != nil
}

func (s *state) dispatchOf(fn *types.Func) *WrapperFact {
	iface := ownInterface(fn)
	if iface == nil {
		return nil
	}
	var found *WrapperFact
	agree := true
	single := true
	for _, impl := range s.implementations(fn, iface) {
		w := implWrapper(s.pass, impl)
		if w == nil {
			continue
		}
		if w.Kind != model.RecvStandalone {
			single = false
		}
		if found == nil {
			found = w
			continue
		}
		agree = agree && sameWrapper(found, w)
	}
	if found == nil {
		if cmd, ok := model.GoRedisShapedCommand(fn); ok {
			return &WrapperFact{Cmd: cmd.Name, Method: cmd.Method, Kind: model.RecvMaybeCluster, Args: cmd.Args, Complete: true}
		}
		return nil
	}
	if !agree || single {
		return nil
	}
	out := *found
	out.Kind = model.RecvMaybeCluster
	return &out
}

// ownInterface returns the interface fn is a method of, when that interface
// is declared by the program, not by a client library (whose interfaces
// the model's tables describe).
func ownInterface(fn *types.Func) *types.Interface {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Pkg() == nil || model.IsClientPackage(fn.Pkg().Path()) {
		return nil
	}
	iface, _ := sig.Recv().Type().Underlying().(*types.Interface)
	return iface
}

// impl is one implementation of an interface method: the method, and the
// go-redis client type it is promoted from, if it is.
type impl struct {
	m   *types.Func
	via types.Type
}

// implementations returns the methods named like fn of the non-interface
// types, declared in this package or in an imported package that uses a
// client, that implement iface. The answer depends on the types only, so
// it is kept for the whole pass (unlike dispatch's, which wrapper facts
// change).
func (s *state) implementations(fn *types.Func, iface *types.Interface) []impl {
	if out, ok := s.impls[fn]; ok {
		return out
	}
	var out []impl
	scan := func(pkg *types.Package) {
		for _, named := range s.candidates(pkg).of(fn.Name()) {
			var t types.Type = named
			if !s.implementedBy(named, false, iface) {
				if t = types.NewPointer(named); !s.implementedBy(named, true, iface) {
					continue
				}
			}
			obj, index, _ := types.LookupFieldOrMethod(t, false, fn.Pkg(), fn.Name())
			if m, ok := obj.(*types.Func); ok {
				out = append(out, impl{m, clientField(named, index)})
			}
		}
	}
	scan(s.pass.Pkg)
	for _, imp := range s.pass.Pkg.Imports() {
		if s.usesClient(imp) {
			scan(imp)
		}
	}
	s.impls[fn] = out
	return out
}

// implQuestion is a question of implementedBy.
type implQuestion struct {
	named *types.Named
	ptr   bool
	iface *types.Interface
}

// implementedBy is types.Implements(named, iface), or of *named with ptr,
// remembered: a program's interface of many methods (a mock's, a
// repository's), each called somewhere, asks it of the same types once per
// method, and each answer looks up every method of the interface.
func (s *state) implementedBy(named *types.Named, ptr bool, iface *types.Interface) bool {
	q := implQuestion{named, ptr, iface}
	if ok, found := s.implements[q]; found {
		return ok
	}
	var t types.Type = named
	if ptr {
		t = types.NewPointer(named)
	}
	ok := types.Implements(t, iface)
	if s.implements == nil {
		s.implements = map[implQuestion]bool{}
	}
	s.implements[q] = ok
	return ok
}

// candidates returns the types of pkg's scope that may implement an
// interface of the program (named, not aliases, not generic, not
// interfaces), indexed by the names of the methods they declare; a type
// with embedded fields may have any method (promoted). A type that has no
// method named like fn implements no interface with fn. A package of
// generated types has thousands of types: asking each of them about each
// method called through an interface was half of the analysis of
// livekit's service.
func (s *state) candidates(pkg *types.Package) *implIndex {
	if c, ok := s.implTypes[pkg]; ok {
		return c
	}
	lib := model.IsClientPackage(pkg.Path())
	if lib {
		if ix, ok := libIndexes.Get(pkg); ok {
			s.implTypes[pkg] = ix
			return ix
		}
	}
	ix := &implIndex{byName: map[string][]int{}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		if _, isIface := named.Underlying().(*types.Interface); isIface {
			continue
		}
		i := len(ix.types)
		ix.types = append(ix.types, named)
		for j := range named.NumMethods() {
			m := named.Method(j).Name()
			if l := ix.byName[m]; len(l) == 0 || l[len(l)-1] != i {
				ix.byName[m] = append(l, i)
			}
		}
		if st, ok := named.Underlying().(*types.Struct); ok {
			for j := range st.NumFields() {
				if st.Field(j).Embedded() {
					ix.embedded = append(ix.embedded, i)
					break
				}
			}
		}
	}
	s.implTypes[pkg] = ix
	if lib {
		libIndexes.Put(pkg, ix)
	}
	return ix
}

// libIndexes keeps the candidates of client library packages from one
// package's pass to the next: every package of a service that calls its
// own interface scans the same go-redis, whose index is the largest (a
// tenth of the analysis of a small module, once per package).
var libIndexes = analysisutil.NewPackageCache[*implIndex](256)

// implIndex is candidates' index of a package's types.
type implIndex struct {
	types    []*types.Named
	byName   map[string][]int // the types that declare a method, by its name
	embedded []int            // the types with embedded fields
}

// of returns the types that declare a method name or have embedded
// fields, in the order of the scope's names.
func (ix *implIndex) of(name string) []*types.Named {
	a, b := ix.byName[name], ix.embedded
	out := make([]*types.Named, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		var i int
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			i, a = a[0], a[1:]
		case len(a) == 0 || b[0] < a[0]:
			i, b = b[0], b[1:]
		default: // the same type in both
			i, a, b = a[0], a[1:], b[1:]
		}
		out = append(out, ix.types[i])
	}
	return out
}

// clientField returns the type of the first embedded field of a go-redis
// type on the path (LookupFieldOrMethod's index) through which a method is
// promoted, or nil.
func clientField(named *types.Named, index []int) types.Type {
	var t types.Type = named
	for _, i := range index[:max(len(index)-1, 0)] {
		st, ok := derefUnder(t).(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		t = st.Field(i).Type()
		if k, _ := model.GoRedisReceiver(t); k != model.RecvNone {
			return t
		}
	}
	return nil
}

func derefUnder(t types.Type) types.Type {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying()
}

// implWrapper is what a call of the implementation m sends: its wrapper
// fact, or the go-redis command it is (promoted from an embedded client,
// whose type says its kind).
func implWrapper(pass *analysis.Pass, im impl) *WrapperFact {
	f := new(WrapperFact)
	if pass.ImportObjectFact(im.m, f) {
		return f
	}
	cmd, ok := model.GoRedisCommandOf(im.m)
	if !ok {
		return nil
	}
	kind := model.RecvMaybeCluster
	if im.via != nil {
		kind, _ = model.GoRedisReceiver(im.via)
	}
	if kind == model.RecvPipeline || kind == model.RecvTx {
		kind = model.RecvMaybeCluster
	}
	return &WrapperFact{Cmd: cmd.Name, Method: cmd.Method, Kind: kind, Args: cmd.Args, Complete: true}
}

func sameWrapper(a, b *WrapperFact) bool {
	return a.Cmd == b.Cmd && slices.Equal(a.Args, b.Args) && slices.Equal(a.Fixed, b.Fixed)
}

// usesClient reports whether pkg imports a client library, directly or
// not (as analysisutil.UsesRedisClient does for the package analysed).
func (s *state) usesClient(pkg *types.Package) bool {
	if v, ok := s.clientPkgs[pkg]; ok {
		return v
	}
	s.clientPkgs[pkg] = false // cycles: not while visiting
	v := model.IsClientPackage(pkg.Path())
	for _, imp := range pkg.Imports() {
		if v {
			break
		}
		v = s.usesClient(imp)
	}
	s.clientPkgs[pkg] = v
	return v
}
