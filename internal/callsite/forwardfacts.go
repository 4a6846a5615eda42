package callsite

// Raw-command forwarders of other packages: a forwarder exports a
// ForwarderFact, and a call of it in another package, directly or through a
// method of the program's own interface that forwarders implement (type
// RedisClient interface { DoRead(ctx context.Context, args ...interface{})
// (interface{}, error) }, implemented by a client wrapper that sends its
// arguments on the client it holds), is that raw command (Result.Forwarded).

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// ForwarderFact marks a raw-command forwarder (forwarders.go). Send reads
// the command at a call. Field: it sends on a client its receiver holds,
// which is a cluster client (Kind RecvCluster) or may be one (Kind
// RecvMaybeCluster; Type names the handle's type, as a message says it); a
// forwarder whose client is one node's exports no fact. Otherwise the
// client is the call's argument (Send.Conn).
type ForwarderFact struct {
	Send  model.RawSend
	Field bool
	Kind  model.Receiver
	Type  string
}

func (*ForwarderFact) AFact() {}

func (f *ForwarderFact) String() string { return "redis raw-command forwarder" }

// Forwarded is a call of a forwarder of another package, or of an interface
// method whose implementations are forwarders that agree: Fn is the
// function called and Fact what it sends.
type Forwarded struct {
	Call *ast.CallExpr
	Fn   *types.Func
	Fact ForwarderFact
}

// exportForwarders exports the facts of the package's forwarders.
func (s *state) exportForwarders() {
	for fn, r := range s.forwarders {
		s.pass.ExportObjectFact(fn, &ForwarderFact{Send: r})
	}
	for fn, f := range s.fieldForwarders {
		if fact, ok := s.fieldFact(f); ok {
			s.pass.ExportObjectFact(fn, fact)
		}
	}
}

// fieldFact is the fact of a forwarder on its receiver's client: what the
// client-flow layer says of that client. (Result.Forwarders, which shares
// fieldForwarders' map, adds the forwarders on a parameter, without a
// client.)
func (s *state) fieldFact(f Forwarder) (*ForwarderFact, bool) {
	if s.flow == nil || f.Client == nil {
		return nil, false
	}
	fact := &ForwarderFact{Send: f.Send, Field: true}
	c := s.flow.Of(f.Client)
	switch {
	case c.IsCluster():
		fact.Kind = model.RecvCluster
	case c.MayBeCluster():
		fact.Kind = model.RecvMaybeCluster
	default:
		return nil, false
	}
	if t := s.pass.TypesInfo.TypeOf(f.Client); t != nil {
		fact.Type = types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	return fact, true
}

// forwarded lists the package's calls of other packages' forwarders.
func (s *state) forwarded() []Forwarded {
	var out []Forwarded
	lib := map[*types.Package]bool{}
	dispatched := map[*types.Func]*ForwarderFact{}
	for i, call := range s.calls.call {
		fn := s.calls.callee[i]
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == s.pass.Pkg {
			continue
		}
		if sig := fn.Type().(*types.Signature); !sig.Variadic() {
			continue // a forwarder takes the command's words variadic
		}
		pkg := fn.Pkg()
		isLib, ok := lib[pkg]
		if !ok {
			isLib = model.IsClientPackage(pkg.Path())
			lib[pkg] = isLib
		}
		if isLib {
			continue
		}
		if iface := ownInterface(fn); iface != nil {
			d, ok := dispatched[fn]
			if !ok {
				if fact, ok := s.dispatchedForwarder(fn, iface); ok {
					d = &fact
				}
				dispatched[fn] = d
			}
			if d != nil {
				out = append(out, Forwarded{Call: call, Fn: fn, Fact: *d})
			}
			continue
		}
		if !s.usesClient(pkg) {
			continue
		}
		var fact ForwarderFact
		if s.pass.ImportObjectFact(fn.Origin(), &fact) {
			out = append(out, Forwarded{Call: call, Fn: fn, Fact: fact})
		}
	}
	return out
}

// dispatchedForwarder returns what a call of the interface method fn sends
// when every implementation in view is a forwarder on its receiver's
// client and they read the command alike.
func (s *state) dispatchedForwarder(fn *types.Func, iface *types.Interface) (ForwarderFact, bool) {
	var out ForwarderFact
	n := 0
	for _, im := range s.implementations(fn, iface) {
		var fact ForwarderFact
		switch {
		case im.m.Pkg() == s.pass.Pkg:
			f, ok := s.fieldForwarders[im.m.Origin()]
			if !ok {
				return ForwarderFact{}, false
			}
			p, ok := s.fieldFact(f)
			if !ok {
				return ForwarderFact{}, false
			}
			fact = *p
		case !s.pass.ImportObjectFact(im.m.Origin(), &fact) || !fact.Field:
			return ForwarderFact{}, false
		}
		if n > 0 && (fact.Send.Cmd != out.Send.Cmd || fact.Send.Args != out.Send.Args || fact.Send.Lib != out.Send.Lib) {
			return ForwarderFact{}, false
		}
		if n == 0 || fact.Kind == model.RecvMaybeCluster {
			out.Kind, out.Type = fact.Kind, fact.Type
		}
		out.Send, out.Field = fact.Send, true
		n++
	}
	return out, n > 0
}
