package clientflow

import (
	"go/ast"
	"go/types"

	"github.com/redislint/redislint/internal/model"
)

// addrLists are the count lists of construction k's address: those of its
// address expression, and the options field it is set in (len(opts.Addrs)
// counts the addresses of &redis.UniversalOptions{Addrs: …} held in opts).
func (r *Result) addrLists(k *model.Construction) map[types.Object]bool {
	out := map[types.Object]bool{}
	if k.Addr == nil {
		return out
	}
	for o := range r.countLists(k.Addr) {
		out[o] = true
	}
	if kv := k.Field(k.C.AddrField); kv != nil {
		if id, ok := kv.Key.(*ast.Ident); ok {
			if v, ok := r.info.ObjectOf(id).(*types.Var); ok && v.IsField() {
				out[v] = true
			}
		}
	}
	return out
}

// isSlice reports whether t (or the first type of a tuple) is a slice or
// an array.
func isSlice(t types.Type) bool {
	if tu, ok := t.(*types.Tuple); ok {
		if tu.Len() == 0 {
			return false
		}
		t = tu.At(0).Type()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}
