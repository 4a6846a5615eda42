package standaloneclient

// The count switch: a single-node client that the program picks by the
// number of addresses it is given, while one address never reaches its
// cluster client. A managed cluster (ElastiCache, MemoryDB, Azure, GCP)
// hands out one configuration endpoint: one address.

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// checkCount reports ct when the client-flow layer's CountSwitch says one
// address reaches it as a single-node client while it reaches no cluster
// client the program offers. It reports whether it did.
func (ch *checker) checkCount(ct *construction, cmdSites []cmdSite) bool {
	if ct.topo == model.TopoSentinel || ct.topo == model.TopoSentinelCluster || ct.topo == model.TopoCluster {
		return false
	}
	if ct.C.Topo != model.TopoStandalone && ct.C.Topo != model.TopoUniversal && ct.C.Topo != model.TopoAuto {
		return false
	}
	if ch.probeThenDecide(ct, cmdSites) {
		return false
	}
	alts := make([]*model.Construction, 0, len(ch.ctors))
	for _, o := range ch.ctors {
		alts = append(alts, o.Construction)
	}
	sw, ok := ch.cf.CountSwitch(ct.Construction, alts)
	if !ok {
		return false
	}

	var node ast.Node = ct.Node
	switch {
	case sw.Option != nil:
		node = sw.Option
	case ct.Addr != nil && ct.Node.Pos() <= ct.Addr.Pos() && ct.Addr.End() <= ct.Node.End():
		node = ct.Addr
	case ct.OptsExpr != nil:
		node = ct.OptsExpr
	}
	var conds []string
	for _, c := range sw.Conds {
		conds = append(conds, c.String())
	}
	if kv := sw.Option; kv != nil {
		holds := "false" // IsClusterMode
		if ct.C.Topo == model.TopoAuto {
			holds = "true" // ForceSingleClient
		}
		conds = append(conds, fmt.Sprintf("%s: %s is %s", types.ExprString(kv.Key), types.ExprString(kv.Value), holds))
	}
	why := strings.Join(conds, ", ")
	if why == "" && sw.Cluster != nil {
		why = fmt.Sprintf("the cluster client %s at %s needs two or more", sw.Cluster.Name(), ch.lineRef(sw.Cluster.Node.Pos(), ct.Node.Pos()))
	}
	var fix string
	switch {
	case sw.Option != nil && ct.C.Topo == model.TopoUniversal:
		fix = "set IsClusterMode from an explicit setting, not from the address count"
	case sw.Option != nil:
		fix = "set ForceSingleClient from an explicit setting, not from the address count: " + ct.C.Lib.Info().Name + " finds the cluster from one address"
	default:
		fix = fmt.Sprintf("pick %s (%s) by an explicit mode, not by the address count: a cluster client works from one seed",
			sw.Cluster.Name(), ch.lineRef(sw.Cluster.Node.Pos(), ct.Node.Pos()))
	}
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: CatCount,
		URL:      analysisutil.DocURL("standaloneclient"),
		Message: fmt.Sprintf("with one address, as a cluster's configuration endpoint gives, %s builds a single-node client (%s) and every key of another node answers MOVED: %s",
			ct.Name(), why, fix),
	}
	for _, c := range sw.Conds {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: c.At.Pos(), End: c.At.Pos(), Message: "one address: " + c.String()})
	}
	if sw.Cluster != nil {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: sw.Cluster.Node.Pos(), End: sw.Cluster.Node.End(),
			Message: "the cluster client, which one address never reaches"})
	}
	// What else shows that the endpoint is a cluster.
	var ev []evidence
	ev = append(ev, ch.commandEvidence(ct, cmdSites)...)
	if ct.addr != nil {
		ev = append(ev, ch.addrEvidence(ct.addr)...)
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].rank < ev[j].rank })
	for _, e := range ev {
		if e.pos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.pos, End: e.end, Message: e.text})
		}
	}
	ch.pass.Report(d)
	return true
}
