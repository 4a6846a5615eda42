package standaloneclient

// Command evidence: CLUSTER commands sent through a client and MOVED/ASK
// replies parsed by hand around it.

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/model"
)

// cmdSite is a CLUSTER command sent, or a MOVED/ASK reply parsed by hand.
type cmdSite struct {
	node    ast.Node
	text    string
	handles []ast.Expr // client handles it involves
	fn      ast.Node   // the enclosing top-level function (for MOVED parsing)
	moved   bool       // a function-level site: its handles are the clients used in fn
	info    bool       // cluster_enabled read from INFO (also a probe, like CLUSTER INFO)
}

var movedRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\^?(MOVED|ASK)(\s|\\s|$|\()`) })

// clusterEnabled is the INFO field that says whether the server runs in
// cluster mode (INFO cluster: "cluster_enabled:1").
const clusterEnabled = "cluster_enabled"

const infoText = "the code around it reads cluster_enabled from INFO"

// stringSite returns the site of a string constant that parses MOVED/ASK
// replies or reads cluster_enabled, if s is one.
func stringSite(s string, at ast.Node, top ast.Node) (cmdSite, bool) {
	switch {
	case movedRE().MatchString(s):
		return cmdSite{node: at, text: "the code around it parses MOVED/ASK redirections by hand", fn: top, moved: true}, true
	case strings.Contains(s, clusterEnabled):
		return cmdSite{node: at, text: infoText, fn: top, moved: true, info: true}, true
	}
	return cmdSite{}, false
}

// clusterCommandSites finds CLUSTER commands sent and MOVED/ASK replies
// parsed by hand in the package.
func (ch *checker) clusterCommandSites() []cmdSite {
	info := ch.pass.TypesInfo
	var sites []cmdSite
	ins := analysisutil.Inspector(ch.pass)
	ins.WithStack([]ast.Node{(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		top := topFunc(stack)
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			sel, _ := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if sel != nil && ch.sendsKeys(fn, n) {
				ch.keyed = append(ch.keyed, sel.X)
			}
			switch {
			case model.IsClusterCommandMethod(fn) && sel != nil:
				sites = append(sites, cmdSite{node: n, text: "it is sent CLUSTER commands (" + fn.Name() + ")", handles: []ast.Expr{sel.X}})
			case model.IsRedirectParser(fn):
				sites = append(sites, cmdSite{node: n, text: "the code around it parses MOVED/ASK redirections (" + fn.Name() + ")", fn: top, moved: true})
			default:
				if r, ok := model.RawCallOf(fn); ok && !r.Builds && sel != nil {
					if _, name, ok := r.CommandArg(info, fn, n); ok && strings.EqualFold(name, "CLUSTER") {
						sites = append(sites, cmdSite{node: n, text: "it is sent CLUSTER commands", handles: []ast.Expr{sel.X}})
					}
					return true
				}
				switch fn.Pkg().Path() {
				case "strings", "bytes", "regexp", "fmt":
					for _, arg := range n.Args {
						if s, ok := model.StringConst(info, arg); ok {
							if site, ok := stringSite(s, arg, top); ok {
								sites = append(sites, site)
								break
							}
						}
					}
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				return true
			}
			for _, side := range []ast.Expr{n.X, n.Y} {
				if s, ok := model.StringConst(info, side); ok {
					if site, ok := stringSite(s, side, top); ok {
						sites = append(sites, site)
					}
				}
			}
		}
		return true
	})
	// The handles a MOVED site involves: the clients used in its function.
	for i := range sites {
		if s := &sites[i]; s.moved && s.fn != nil {
			s.handles = ch.handlesIn(s.fn)
		}
	}
	return sites
}

func topFunc(stack []ast.Node) ast.Node {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// handlesIn returns the receivers of client-library method calls in fn.
func (ch *checker) handlesIn(fn ast.Node) []ast.Expr {
	var hs []ast.Expr
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		f, _ := typeutil.Callee(ch.pass.TypesInfo, call).(*types.Func)
		if f == nil || f.Pkg() == nil || model.LibOf(f.Pkg().Path()) == model.LibNone {
			return true
		}
		if s, ok := ch.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			hs = append(hs, sel.X)
		}
		return true
	})
	return hs
}

// commandEvidence finds CLUSTER commands sent through the client and
// MOVED/ASK parsing around it.
func (ch *checker) commandEvidence(ct *construction, sites []cmdSite) []evidence {
	var ev []evidence
	own := topFunc(ct.stack)
	for _, s := range sites {
		hit := s.moved && own != nil && s.fn == own
		if (!s.moved || s.info) && !ch.usedWithKeys(ct) {
			// CLUSTER commands to a node's admin connection, used for
			// nothing with keys: it cannot get MOVED.
			continue
		}
		for _, h := range s.handles {
			if hit {
				break
			}
			origins, _ := ch.flow.Origins(h)
			for _, o := range origins {
				if ast.Unparen(o) == ct.Node {
					hit = !ch.otherModeHolds(ct, origins)
					break
				}
			}
		}
		if hit {
			ev = append(ev, evidence{cat: CatCommands, rank: 0, sure: !s.moved, pos: s.node.Pos(), end: s.node.End(), text: s.text})
			if len(ev) == 2 {
				break
			}
		}
	}
	return ev
}

// otherModeHolds reports whether the handle whose origins these are may
// also hold a cluster client built in the other arm of a mode switch with
// ct (switch kind { case single: s.c = NewClient(…); case clustered: s.c =
// NewClusterClient(…) }): its CLUSTER commands are for that mode's client,
// and say nothing of ct's endpoint.
func (ch *checker) otherModeHolds(ct *construction, origins []ast.Expr) bool {
	for _, o := range origins {
		for _, c := range ch.ctors {
			if c != ct && c.topo == model.TopoCluster && ast.Unparen(o) == c.Node && ch.cf.Exclusive(ct.Node, c.Node) {
				return true
			}
		}
	}
	return false
}

// sendsKeys reports whether the call sends a command with keys: a go-redis
// command method with a key, or a raw command whose name is constant and
// whose key specs find keys.
func (ch *checker) sendsKeys(fn *types.Func, call *ast.CallExpr) bool {
	if cmd, ok := model.GoRedisCommandOf(fn); ok {
		return len(cmd.Args) > 0
	}
	if r, ok := model.RawCallOf(fn); ok && !r.Builds {
		if _, name, ok := r.CommandArg(ch.pass.TypesInfo, fn, call); ok {
			if rc, ok := keyspec.Named(name); ok {
				return rc.HasKeys()
			}
		}
	}
	return false
}

// usedWithKeys reports whether a command with keys is sent through a
// client that ct builds.
func (ch *checker) usedWithKeys(ct *construction) bool {
	for _, h := range ch.keyed {
		origins, _ := ch.flow.Origins(h)
		for _, o := range origins {
			if ast.Unparen(o) == ct.Node {
				return true
			}
		}
	}
	return false
}

// probeThenDecide reports whether the single-node client ct is a probe: it
// is sent a CLUSTER command (CLUSTER INFO), or the function reads
// cluster_enabled from its INFO, in a function that also builds a cluster
// client, which the program keeps when the probe says cluster (if err :=
// probe.ClusterInfo(ctx).Err(); err == nil { return NewClusterClient(…) };
// return probe). Such a client is kept only when the server is not a
// cluster: it is not aimed at one.
func (ch *checker) probeThenDecide(ct *construction, sites []cmdSite) bool {
	for _, s := range sites {
		if s.moved && !s.info {
			continue
		}
		fd, _ := topFunc(ch.cf.Stack(s.node)).(*ast.FuncDecl)
		if fd == nil || !ch.handlesOf(s, ct) {
			continue
		}
		// The probe may sit in a helper that the deciding function calls
		// (clusterEnabled, err := d.getClusterEnabled(ctx)).
		for _, f := range append([]*ast.FuncDecl{fd}, ch.cf.CallingFuncs(fd, probeDepth)...) {
			for _, other := range ch.ctors {
				if other.topo == model.TopoCluster && f.Pos() <= other.Node.Pos() && other.Node.End() <= f.End() {
					return true
				}
			}
		}
	}
	return false
}

// probeDepth bounds the calls between a probe and the function that
// builds the cluster client on its answer.
const probeDepth = 3

// handlesOf reports whether one of the site's client handles comes from ct.
func (ch *checker) handlesOf(s cmdSite, ct *construction) bool {
	for _, h := range s.handles {
		origins, _ := ch.flow.Origins(h)
		for _, o := range origins {
			if ast.Unparen(o) == ct.Node {
				return true
			}
		}
	}
	return false
}
