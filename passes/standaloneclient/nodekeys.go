package standaloneclient

// Keys through a node's connection in the program's cluster mode: a
// program that keeps a connection to one node on every path (an exporter
// scraping the node it is given) and builds a cluster client beside it when
// its cluster mode is on must send its key commands through the cluster
// client in that mode. A key command on the node's connection there gets
// MOVED for every key another master owns.

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/callsite"
	"github.com/redislint/redislint/internal/clientflow"
)

// CatNodeKeys: key commands through a node's connection in the cluster mode.
const CatNodeKeys = "node-keys"

// modeNode is a single-node construction kept beside a cluster client that
// the program builds under its cluster mode.
type modeNode struct {
	ct, cluster *construction
	conds       []clientflow.Cond // the cluster client's conditions: the mode
}

// noteModeNode records ct as a node's connection kept beside the cluster
// client other (clientflow.Beside said so).
func (ch *checker) noteModeNode(ct, other *construction) {
	for _, m := range ch.modeNodes {
		if m.ct == ct {
			return
		}
	}
	conds := ch.cf.ModeConds(ct.Node, other.Node)
	if len(conds) == 0 {
		return
	}
	ch.modeNodes = append(ch.modeNodes, modeNode{ct: ct, cluster: other, conds: conds})
}

// isModeNode reports whether ct was recorded by noteModeNode.
func (ch *checker) isModeNode(ct *construction) bool {
	for _, m := range ch.modeNodes {
		if m.ct == ct {
			return true
		}
	}
	return false
}

// nodeKeyUse is one place where a node's connection is handed to a key
// command: the command, and the expression that hands it (the command's
// client, or the argument that passes the connection down to it).
type nodeKeyUse struct {
	call *callsite.Call
	at   ast.Expr
	path []string // the functions between at and the command, outermost first
}

// checkNodeKeys reports key commands that reach a mode node's connection
// on a path where the program's cluster mode may hold.
func (ch *checker) checkNodeKeys(calls []*callsite.Call) {
	if len(ch.modeNodes) == 0 {
		return
	}
	type report struct {
		m    *modeNode
		uses []nodeKeyUse
	}
	reports := map[ast.Expr]*report{}
	var order []ast.Expr
	for _, c := range calls {
		if c.Recv == nil || len(c.Keys) == 0 {
			continue
		}
		for i := range ch.modeNodes {
			m := &ch.modeNodes[i]
			for _, u := range ch.handoffs(m, c, c.Recv, c.Call, nil, 0) {
				r := reports[u.at]
				if r == nil {
					r = &report{m: m}
					reports[u.at] = r
					order = append(order, u.at)
				}
				r.uses = append(r.uses, u)
			}
		}
	}
	sort.Slice(order, func(i, j int) bool { return order[i].Pos() < order[j].Pos() })
	for _, at := range order {
		r := reports[at]
		u := r.uses[0]
		mode := r.m.conds[len(r.m.conds)-1]
		cmd := u.call.Cmd.Name
		keys := make([]string, 0, len(u.call.Keys))
		for _, k := range u.call.Keys {
			keys = append(keys, k.String())
		}
		how := fmt.Sprintf("%s %s is sent through %s", cmd, strings.Join(keys, " "), types.ExprString(at))
		if len(u.path) > 0 {
			how = fmt.Sprintf("%s sends %s %s through %s", strings.Join(u.path, " → "), cmd, strings.Join(keys, " "), types.ExprString(at))
		}
		d := analysis.Diagnostic{
			Pos:      at.Pos(),
			End:      at.End(),
			Category: CatNodeKeys,
			URL:      analysisutil.DocURL("standaloneclient"),
			Message: fmt.Sprintf("%s, the connection %s builds to one node, also when %s: a cluster node answers MOVED for every key another master owns; send key commands through the cluster client (%s, %s) in that mode",
				how, r.m.ct.Name(), mode.String(), r.m.cluster.Name(), ch.lineRef(r.m.cluster.Node.Pos(), at.Pos())),
			Related: []analysis.RelatedInformation{
				{Pos: u.call.Call.Pos(), End: u.call.Call.End(), Message: "the key command"},
				{Pos: r.m.ct.Node.Pos(), End: r.m.ct.Node.End(), Message: "the node's connection"},
				{Pos: r.m.cluster.Node.Pos(), End: r.m.cluster.Node.End(), Message: "the cluster client of the mode"},
			},
		}
		ch.pass.Report(d)
	}
}

// handoffs follows the client handle h of the key command c up from the
// node at (the command, or a call that passes the connection down) to
// where the program holds the node's connection: the parameters of the
// package's unexported functions are followed to what their calls pass.
// A path under the negation of the mode (if !cfg.IsCluster) is left
// alone, and so is a handle that may also be the cluster client (the
// program swaps it in the mode: c = clusterConn).
func (ch *checker) handoffs(m *modeNode, c *callsite.Call, h ast.Expr, at ast.Node, path []string, depth int) []nodeKeyUse {
	if depth > 6 || ch.outsideMode(m, at) {
		return nil
	}
	if calls, args, ok := ch.flow.ParamCalls(h); ok {
		name := ""
		if fd := ch.cf.EnclosingFunc(at); fd != nil {
			name = fd.Name.Name
		}
		var out []nodeKeyUse
		for i, arg := range args {
			out = append(out, ch.handoffs(m, c, arg, calls[i], append([]string{name}, path...), depth+1)...)
		}
		return out
	}
	origins, _ := ch.flow.Origins(h)
	from := false
	for _, o := range origins {
		if ast.Unparen(o) == m.ct.Node {
			from = true
		}
	}
	if !from || ch.cf.Of(h).Kinds()&clientflow.Cluster != 0 {
		return nil
	}
	return []nodeKeyUse{{call: c, at: h, path: path}}
}

// outsideMode reports whether n lies under the negation of one of the
// mode's conditions.
func (ch *checker) outsideMode(m *modeNode, n ast.Node) bool {
	for _, c := range ch.cf.Conds(n) {
		for _, mc := range m.conds {
			if same, agree := clientflow.SameCond(c, mc); same && !agree {
				return true
			}
		}
	}
	return false
}
