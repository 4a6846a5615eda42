package clientflow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/model"
)

// useConverted reads the options of k when they are a conversion of other
// options (redis.NewClient(opts.Simple()), redis.NewClusterClient(
// opts.Cluster())) whose receiver holds one literal: the construction's
// fields are the literal's, as the conversion copies them. It reports
// whether k's options were such a conversion.
func (r *Result) useConverted(k *model.Construction) bool {
	call, ok := ast.Unparen(r.Flow.SingleValue(k.OptsExpr)).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(r.info, call).(*types.Func)
	conv, ok := model.ConversionOf(fn)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	k.UseConverted(r.info, conv, model.CompositeOf(r.Flow.SingleValue(sel.X)))
	return true
}
