package clientflow

import (
	"go/ast"
	"go/types"
)

// CallingFuncs returns the declarations of the package's functions that
// call the function fd declares, directly or through at most depth calls
// of the package's functions (fd itself excluded): a probe made in a
// helper (func (d *Driver) clusterEnabled() bool) belongs to the function
// that asked it.
func (r *Result) CallingFuncs(fd *ast.FuncDecl, depth int) []*ast.FuncDecl {
	var out []*ast.FuncDecl
	seen := map[*ast.FuncDecl]bool{fd: true}
	level := []*ast.FuncDecl{fd}
	for d := 0; d < depth && len(level) > 0; d++ {
		var next []*ast.FuncDecl
		for _, f := range level {
			fn, _ := r.info.Defs[f.Name].(*types.Func)
			if fn == nil {
				continue
			}
			for _, call := range r.callers[fn] {
				up := r.funcDecl(r.Stack(call))
				if up == nil || seen[up] {
					continue
				}
				seen[up] = true
				out = append(out, up)
				next = append(next, up)
			}
		}
		level = next
	}
	return out
}
