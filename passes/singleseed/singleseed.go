package singleseed

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/model"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config struct {
	// Min is the number of seeds (or Sentinels) a client should know: lists
	// with fewer are reported.
	Min int
	// ExemptHosts is a regexp of hosts that resolve to every node (AWS
	// configuration endpoints) or are local: a list naming one is not
	// reported. Empty: none.
	ExemptHosts string
	// Endpoints is a regexp of setting, variable and field names that name
	// a configuration endpoint (one name that resolves to every node): a
	// list whose only seeds come from one is not reported. Empty: none.
	Endpoints string
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{
		Min:         2,
		ExemptHosts: `(?i)(^|\.)clustercfg\.|^$|^localhost$|^127\.|^::1$`,
		Endpoints:   `(?i)(config(uration)?|cfg|discovery)[-_. ]?endpoint|clustercfg`,
	}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "singleseed",
		Doc:      analysisutil.MustExtractDoc(doc, "singleseed"),
		URL:      analysisutil.DocURL("singleseed"),
		Requires: []*analysis.Analyzer{analysisutil.Inspect, clientflow.Analyzer},
		Run:      analysisutil.WithIgnores("singleseed", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.IntVar(&c.Min, "min", c.Min, "report seed and Sentinel lists with fewer addresses than this")
	a.Flags.StringVar(&c.ExemptHosts, "exempt", c.ExemptHosts, "regexp of hosts that resolve to every node or are local (empty: none)")
	a.Flags.StringVar(&c.Endpoints, "endpoints", c.Endpoints, "regexp of setting, variable and field names that name a configuration endpoint (empty: none)")
	return a
}

// Analyzer reports cluster and failover clients that know too few nodes,
// with the default configuration.
var Analyzer = New(DefaultConfig())

// Categories of the diagnostics.
const (
	CatSeeds     = "seeds"     // a cluster client's seeds
	CatSentinels = "sentinels" // a failover client's Sentinels
)

// compiled holds the flags' regexps, compiled once for every package.
var compiled sync.Map // pattern → compiledRE

type compiledRE struct {
	re  *regexp.Regexp
	err error
}

// compile is regexp.Compile, once per pattern: the flags are the same for
// every package, and compiling the default patterns took a sixth of the
// analysis of a small module.
func compile(pattern string) (*regexp.Regexp, error) {
	if v, ok := compiled.Load(pattern); ok {
		c := v.(compiledRE)
		return c.re, c.err
	}
	re, err := regexp.Compile(pattern)
	compiled.Store(pattern, compiledRE{re, err})
	return re, err
}

func run(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.Relevant(pass) || analysisutil.InClientLibrary(pass) {
		return nil, nil
	}
	var exempt *regexp.Regexp
	if c.ExemptHosts != "" {
		var err error
		if exempt, err = compile(c.ExemptHosts); err != nil {
			return nil, fmt.Errorf("-singleseed.exempt: %v", err)
		}
	}
	var endpoints *regexp.Regexp
	if c.Endpoints != "" {
		var err error
		if endpoints, err = compile(c.Endpoints); err != nil {
			return nil, fmt.Errorf("-singleseed.endpoints: %v", err)
		}
	}
	info := pass.TypesInfo
	cf := pass.ResultOf[clientflow.Analyzer].(*clientflow.Result)
	flow := cf.Flow
	var ctors []*model.Construction
	// nodeAddrs are the variables and fields given as the address of a
	// single-node client: a tool that dials that very node. A single-node
	// client in the other arm of a mode switch is no such tool.
	nodeAddrs := map[types.Object][]*model.Construction{}
	perNode := func(obj types.Object, k *model.Construction) bool {
		for _, n := range nodeAddrs[obj] {
			if !cf.Exclusive(n.Node, k.Node) {
				return true
			}
		}
		return false
	}
	for _, b := range cf.Constructions() {
		k := b.K
		ctors = append(ctors, k)
		if k.Addr != nil && cf.Topology(k) == model.TopoStandalone {
			if obj := flow.ObjectOf(k.Addr); obj != nil {
				nodeAddrs[obj] = append(nodeAddrs[obj], k)
			}
			// And the settings it is read from (uri := e.redisAddr;
			// redis.DialURL(uri)): a seed read from the same setting
			// is that node.
			for obj := range settings(cf, k.Addr) {
				nodeAddrs[obj] = append(nodeAddrs[obj], k)
			}
		}
	}
	for _, k := range ctors {
		if k.C.Form != model.AddrList && k.C.Form != model.AddrChain || k.Addr == nil {
			continue
		}
		elems, ok := flow.ListElems(k.Addr)
		if k.C.Form == model.AddrChain {
			elems, ok = chainHosts(info, k, flow.SingleValue)
		}
		if !ok || len(elems) == 0 || len(elems) >= c.Min {
			continue // built at run time, empty, or enough
		}
		var hint *ast.KeyValueExpr
		topo := cf.Topology(k)
		switch topo {
		case model.TopoCluster, model.TopoSentinel, model.TopoSentinelCluster:
		case model.TopoAuto:
			// rueidis decides at run time: a cluster only when the options
			// show that one is expected.
			if hint = k.ClusterHinted(); hint == nil {
				continue
			}
			topo = model.TopoCluster
		default:
			continue
		}
		hedge := ""
		fine := false
		for _, e := range elems {
			if _, isLit := e.(*ast.CompositeLit); isLit {
				continue // a NodeAddress without Host: the local machine
			}
			s, ok := model.StringConst(info, e)
			if !ok {
				if endpoints != nil && endpointName(flow, info, e, endpoints) {
					fine = true // a configuration endpoint: it resolves to every node
				}
				if obj := flow.ObjectOf(e); obj != nil && perNode(obj, k) {
					fine = true // a per-node tool: it dials that very node alone too
				}
				for obj := range settings(cf, e) {
					if perNode(obj, k) {
						fine = true
					}
				}
				hedge = fmt.Sprintf(" (unless %s resolves to every node)", types.ExprString(e))
				continue
			}
			if k.C.Form == model.AddrChain {
				// A host alone (NodeAddress.Host).
				if exempt != nil && exempt.MatchString(s) {
					fine = true
				}
				continue
			}
			host, _, ok := model.HostPort(s, model.AddrHostPort)
			if h, _, err := net.SplitHostPort(strings.TrimSpace(s)); !ok && err == nil && h == "" {
				host, ok = "", true // ":26379": the local machine
			}
			if ok && exempt != nil && exempt.MatchString(host) {
				fine = true
			}
		}
		if !fine {
			report(pass, k, topo, elems, hint, hedge, c.Min)
		}
	}
	return nil, nil
}

// endpointName reports whether the seed e is read from a setting, variable
// or field whose name matches re: os.Getenv("REDIS_CONFIGURATION_ENDPOINT"),
// cfg.ConfigEndpoint, a variable configEndpoint.
func endpointName(flow *clientflow.Flow, info *types.Info, e ast.Expr, re *regexp.Regexp) bool {
	for range 8 {
		e = ast.Unparen(e)
		if obj := flow.ObjectOf(e); obj != nil && re.MatchString(obj.Name()) {
			return true
		}
		if call, ok := e.(*ast.CallExpr); ok {
			for _, arg := range call.Args {
				if s, ok := model.StringConst(info, arg); ok && re.MatchString(s) {
					return true
				}
			}
			return false
		}
		next := flow.SingleValue(e)
		if next == e {
			return false
		}
		e = next
	}
	return false
}

func report(pass *analysis.Pass, k *model.Construction, topo model.Topology, elems []ast.Expr, hint *ast.KeyValueExpr, hedge string, min int) {
	name := k.Name()
	count, down := "a single seed", "it is down"
	if len(elems) > 1 {
		count, down = fmt.Sprintf("only %d seeds", len(elems)), "they are all down"
	}
	var msg, cat string
	switch topo {
	case model.TopoCluster:
		cat = CatSeeds
		msg = fmt.Sprintf("cluster client %s has %s%s: if %s when the client starts, the client never learns the slot map; list %s (every master is best)",
			name, count, hedge, down, atLeast(min, "seeds"))
	default:
		cat = CatSentinels
		count = "a single Sentinel"
		if len(elems) > 1 {
			count = fmt.Sprintf("only %d Sentinels", len(elems))
		}
		msg = fmt.Sprintf("failover client %s knows %s%s: if %s when the client starts, the client cannot find the master; list %s",
			name, count, hedge, down, atLeast(min, "Sentinels"))
	}
	d := analysis.Diagnostic{
		Pos:      k.Addr.Pos(),
		End:      k.Addr.End(),
		Category: cat,
		URL:      analysisutil.DocURL("singleseed"),
		Message:  msg,
	}
	if lit := elems[0]; lit.Pos() < k.Addr.Pos() || lit.End() > k.Addr.End() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: lit.Pos(), End: lit.End(), Message: "the address list"})
	}
	if hint != nil {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: hint.Pos(), End: hint.End(),
			Message: "a cluster is expected: the options set " + types.ExprString(hint.Key)})
	}
	pass.Report(d)
}

func atLeast(min int, what string) string {
	if min <= 2 {
		return "more " + what
	}
	return fmt.Sprintf("at least %d %s", min, what)
}

// chainHosts returns the hosts of the addresses of an AddrChain
// configuration: the Host of each &config.NodeAddress{…}, the literal when
// it leaves Host to its default (the local machine), or the expression that
// makes the address elsewhere.
func chainHosts(info *types.Info, k *model.Construction, single func(ast.Expr) ast.Expr) ([]ast.Expr, bool) {
	addrs, ok := k.ChainAddrs(info, single)
	if !ok {
		return nil, false
	}
	hosts := make([]ast.Expr, len(addrs))
	for i, a := range addrs {
		a = ast.Unparen(single(a))
		if u, isAddr := a.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
			a = ast.Unparen(u.X)
		}
		lit, isLit := a.(*ast.CompositeLit)
		if !isLit {
			hosts[i] = a // an address made elsewhere: hedged
			continue
		}
		hosts[i] = lit
		for _, elt := range lit.Elts {
			if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
				if id, isID := kv.Key.(*ast.Ident); isID && id.Name == "Host" {
					hosts[i] = kv.Value
				}
			}
		}
	}
	return hosts, true
}

// settings returns the variables and fields an address expression is read
// from, through variables (clientflow's Lists) and string concatenation
// ("redis://" + uri).
func settings(cf *clientflow.Result, e ast.Expr) map[types.Object]bool {
	out := map[types.Object]bool{}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			walk(b.X)
			walk(b.Y)
			return
		}
		for obj := range cf.Lists(e) {
			out[obj] = true
		}
	}
	walk(e)
	return out
}
