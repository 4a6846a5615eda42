package callsite

import (
	"go/ast"

	"github.com/redislint/redislint/internal/clientflow"
	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// ClusterPaths decides whether values that rest on the writes of some
// paths only (keyexpr.Assumption: one of several values a variable or
// field may hold) can meet a cluster client. Programs that support a
// single node and a cluster record the mode beside the client, in the same
// branch (rdb = NewClusterClient(…); prefix = "{app}"), and the values of
// the single-node path never reach a cluster client. crossslot asks it of
// two keys of one command or transaction; nodelocal of a MATCH pattern and
// the keys a transaction watches.
type ClusterPaths struct {
	flow *clientflow.Result
	// clusters caches clusterOrigins.
	clusters *[]ast.Expr
}

// NewClusterPaths returns the ClusterPaths of a package, given its client
// flow.
func NewClusterPaths(flow *clientflow.Result) *ClusterPaths {
	return &ClusterPaths{flow: flow}
}

// OnCluster reports whether values resting on assume, sent on client c
// (nil when the command's client is not traced), can meet a cluster
// client: with no assumption, always; on a client the package traces
// completely, when the assumptions hold together with one of its cluster
// constructions; otherwise as modeFunction says.
func (p *ClusterPaths) OnCluster(c *clientflow.Client, assume []keyexpr.Assumption) bool {
	if len(assume) == 0 {
		return true
	}
	if c == nil || !c.Complete {
		return p.modeFunction(assume)
	}
	for _, w := range c.Ways {
		if w.Kind&(clientflow.Cluster|clientflow.FailoverCluster) == 0 {
			if w.Kind&clientflow.Unknown != 0 && p.modeFunction(assume) {
				return true // a client of unknown origin (a callback's *redis.Tx)
			}
			continue
		}
		if with(assume, w.Origin) {
			return true
		}
	}
	return false
}

// with reports whether every assumption holds together with construction o.
func with(assume []keyexpr.Assumption, o ast.Expr) bool {
	for _, x := range assume {
		if !x.With(o) {
			return false
		}
	}
	return true
}

// modeFunction decides OnCluster for a command whose client the package
// cannot trace (a *redis.Tx a wrapper hands to its callback, a client
// behind an interface): the values rest on writes in one function that
// builds a cluster client too (the constructor that records the mode
// beside the client: prefix = "{app}" next to NewClusterClient). They
// meet a cluster client when they can lie on one path with one of that
// function's cluster constructions; in a function that builds none, they
// may meet any. For a field's value (one of the struct literals that write
// it), the functions are those of every literal that writes the field: a
// client built in one of them belongs to the struct value that literal
// builds.
func (p *ClusterPaths) modeFunction(assume []keyexpr.Assumption) bool {
	var in []ast.Expr
	for _, o := range p.clusterOrigins() {
		for _, x := range assume {
			if x.InFunc(o) {
				in = append(in, o)
				break
			}
		}
	}
	if len(in) == 0 {
		return true
	}
	for _, o := range in {
		if with(assume, o) {
			return true
		}
	}
	return false
}

// clusterOrigins are the package's constructions of cluster clients.
func (p *ClusterPaths) clusterOrigins() []ast.Expr {
	if p.clusters != nil {
		return *p.clusters
	}
	var out []ast.Expr
	for _, b := range p.flow.Constructions() {
		if p.flow.Topology(b.K) == model.TopoCluster {
			out = append(out, b.Node)
		}
	}
	p.clusters = &out
	return out
}
