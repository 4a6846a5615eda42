package standaloneclient

// The endpoints audit (-standaloneclient.endpoints, off by default): every
// single-node client built on an address the program is configured with,
// when nothing else decides. A managed cluster (ElastiCache, MemoryDB,
// Memorystore, Azure) hands out one configuration endpoint; a program
// moving to one wants each client that would answer MOVED there. Nothing
// in such a program says cluster, so this is an audit, not a default.

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// CatEndpoint is the category of the endpoints audit.
const CatEndpoint = "configured-endpoint"

// checkEndpoint reports ct, a single-node client with no evidence of a
// cluster, when its address is configured: read at run time, outside a
// test, and not a Unix socket.
func (ch *checker) checkEndpoint(ct *construction) {
	if ct.Via != nil || ct.Assigned {
		return
	}
	info := ch.pass.TypesInfo
	var at ast.Expr
	from := "on a configured address"
	switch {
	case ct.Addr != nil && ct.addr != nil:
		if info.Types[ct.Addr].Value != nil {
			return // a constant address: a fixed server
		}
		at = ct.Addr
		if len(ct.addr.names) > 0 {
			n := ct.addr.names[0]
			from = fmt.Sprintf("on %s %s", n.kind, n.text)
		}
	case ct.Addr == nil && ct.Opts == nil && ct.OptsExpr != nil:
		// Options made elsewhere (opts, err := options(cfg.Endpoint)).
		at, from = ct.OptsExpr, "from options made at run time"
	default:
		return
	}
	if f := ch.pass.Fset.File(ct.Node.Pos()); f == nil || strings.HasSuffix(f.Name(), "_test.go") {
		return
	}
	if call, ok := ct.Node.(*ast.CallExpr); ok {
		for _, a := range call.Args {
			if s, ok := model.StringConst(info, a); ok && s == "unix" {
				return
			}
		}
	}
	ch.pass.Report(analysis.Diagnostic{
		Pos:      at.Pos(),
		End:      at.End(),
		Category: CatEndpoint,
		URL:      analysisutil.DocURL("standaloneclient"),
		Message: fmt.Sprintf("%s builds a single-node client %s: if its address is a cluster's configuration endpoint (ElastiCache, MemoryDB, Memorystore), every key of another node answers MOVED: %s",
			ct.Name(), from, ch.fixText(ct)),
	})
}
