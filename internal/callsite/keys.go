package callsite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
	"github.com/redislint/redislint/internal/typesutil"
)

// keys returns the keys of a call of cmd, and whether every key position
// was seen.
func (s *state) keys(call *ast.CallExpr, fn *types.Func, cmd *model.Command) ([]keyexpr.Key, bool) {
	sig := fn.Type().(*types.Signature)
	off := model.CtxOffset(sig)
	nparams := sig.Params().Len()
	var keys []keyexpr.Key
	complete := true
	// typed: the parameters whose Args name types (Arg.Type), and whether
	// the argument is of one of them.
	var typed map[int]bool
	add := func(exprs []ast.Expr, ok bool) {
		if !ok {
			complete = false
		}
		for _, x := range exprs {
			keys = append(keys, s.eval.EvalAlts(x)...)
		}
	}
	for _, a := range cmd.Args {
		pi := a.Param + off
		variadic := sig.Variadic() && pi == nparams-1
		var arg ast.Expr
		var rest []ast.Expr // the variadic arguments, when not spread
		spread := false
		switch {
		case pi >= len(call.Args) && !variadic:
			complete = false
			continue
		case variadic && call.Ellipsis.IsValid():
			if pi != len(call.Args)-1 {
				complete = false
				continue
			}
			arg, spread = call.Args[pi], true
		case variadic:
			if pi <= len(call.Args) {
				rest = call.Args[pi:]
			}
		default:
			arg = call.Args[pi]
		}
		if a.Type != "" {
			if typed == nil {
				typed = map[int]bool{}
			}
			if !s.ofArgType(arg, sig.Params().At(pi).Type(), a.Type) {
				if _, seen := typed[a.Param]; !seen {
					typed[a.Param] = false
				}
				continue
			}
			typed[a.Param] = true
		}
		if a.Field != "" {
			if arg == nil {
				complete = false
				continue
			}
			f, ok := s.eval.Field(arg, a.Field)
			if !ok {
				complete = false
				continue
			}
			arg = f
		}
		if a.Elem != "" {
			// A slice of structs whose field Elem is a key.
			elems, ok := s.eval.SliceElems(arg)
			if !ok {
				complete = false
				continue
			}
			for _, el := range elems {
				if f, ok := s.eval.Field(el, a.Elem); ok {
					add([]ast.Expr{f}, true)
				} else {
					complete = false
				}
			}
			continue
		}
		switch a.Kind {
		case model.Key:
			add([]ast.Expr{arg}, arg != nil)
		case model.Keys:
			if arg == nil || (!spread && a.Field == "" && variadic) {
				add(rest, true)
				continue
			}
			keys, complete = s.sliceKeys(arg, keys, complete)
		case model.StreamsHalf:
			var elems []ast.Expr
			ok := true
			if arg == nil || (!spread && a.Field == "" && variadic) {
				elems = rest
			} else {
				elems, ok = s.eval.SliceElems(arg)
				if !ok {
					if ks, isAppend := s.streamsAppend(arg); isAppend {
						keys, complete = s.sliceKeys(ks, keys, complete)
						continue
					}
				}
			}
			if !ok || len(elems)%2 != 0 {
				complete = false
				continue
			}
			add(elems[:len(elems)/2], true)
		case model.MapKeys:
			add(s.eval.MapKeys(arg))
		case model.Pairs:
			if spread {
				if ks, ok := s.loopPairs(arg); ok {
					keys = append(keys, ks...)
					complete = false
					continue
				}
			}
			add(s.pairs(arg, rest, spread))
		}
	}
	for _, ok := range typed {
		if !ok {
			complete = false // an argument of no type the table reads
		}
	}
	return keys, complete
}

// ofArgType reports whether x, the argument for a parameter of type param,
// is a composite literal (or &T{…}, or a variable assigned one once) of
// the type Arg.Type names.
func (s *state) ofArgType(x ast.Expr, param types.Type, name string) bool {
	if x == nil {
		return false
	}
	d, ok := s.eval.Def(x)
	if !ok {
		return false
	}
	d = ast.Unparen(d)
	if u, ok := d.(*ast.UnaryExpr); ok && u.Op == token.AND {
		d = ast.Unparen(u.X)
	}
	lit, ok := d.(*ast.CompositeLit)
	return ok && model.IsArgType(s.pass.TypesInfo.TypeOf(lit), param, name)
}

// sliceKeys adds the keys of a slice given to a command: its elements when
// the evaluator sees them (keyexpr.Elements); for an element collected in
// a loop (ks = append(ks, key(id))), the key as two iterations make it,
// which stands for all.
func (s *state) sliceKeys(arg ast.Expr, keys []keyexpr.Key, complete bool) ([]keyexpr.Key, bool) {
	if tv, ok := s.pass.TypesInfo.Types[ast.Unparen(arg)]; ok && tv.IsNil() {
		return keys, complete // nil: no keys (rdb.Eval(ctx, src, nil))
	}
	if elems, ok := s.eval.SliceElems(arg); ok {
		for _, x := range elems {
			keys = append(keys, s.eval.EvalAlts(x)...)
		}
		return keys, complete
	}
	els, ok := s.eval.Elements(arg)
	if !ok {
		return keys, false
	}
	for _, el := range els {
		if el.Loop == nil {
			for _, k := range s.eval.EvalAlts(el.Expr) {
				k.Assume = append(k.Assume, el.Assume...)
				keys = append(keys, k)
			}
			continue
		}
		// A key made once per iteration of a loop over a constant list:
		// each iteration's key.
		if len(el.Assume) == 0 {
			if each, ok := s.eval.EvalEach(el.Expr, el.Loop); ok {
				keys = append(keys, each...)
				continue
			}
		}
		// Otherwise as two iterations make it, which stand for all
		// (their number is not known).
		keys = append(keys, s.eval.EvalAltsIn(el.Expr, el.Loop, 0)...)
		keys = append(keys, s.eval.EvalAltsIn(el.Expr, el.Loop, 2)...)
		complete = false
	}
	return keys, complete
}

// loopPairs returns the keys of a key-value list collected in one loop, a
// key and its value appended each iteration (for id, v := range m { kv =
// append(kv, key(id), v) }, or in two appends): the key as two iterations
// make it, which stand for all.
func (s *state) loopPairs(arg ast.Expr) ([]keyexpr.Key, bool) {
	if _, ok := s.eval.SliceElems(arg); ok {
		return nil, false
	}
	els, ok := s.eval.Elements(arg)
	if !ok || len(els) == 0 || len(els)%2 != 0 {
		return nil, false
	}
	var out []keyexpr.Key
	for i, el := range els {
		if el.Loop == nil || el.Loop != els[0].Loop || len(el.Assume) > 0 {
			return nil, false
		}
		if i%2 == 0 {
			out = append(out, s.eval.EvalAltsIn(el.Expr, el.Loop, 0)...)
			out = append(out, s.eval.EvalAltsIn(el.Expr, el.Loop, 2)...)
		}
	}
	return out, true
}

// pairs returns the keys of go-redis' MSET argument form (appendArgs): with
// one argument, a []string or []interface{} of pairs or a map; with more,
// key, value, key, value.
func (s *state) pairs(arg ast.Expr, rest []ast.Expr, spread bool) ([]ast.Expr, bool) {
	evens := func(xs []ast.Expr) []ast.Expr {
		var out []ast.Expr
		for i := 0; i < len(xs); i += 2 {
			out = append(out, xs[i])
		}
		return out
	}
	if spread {
		elems, ok := s.eval.SliceElems(arg)
		if !ok {
			return nil, false
		}
		if len(elems) == 1 {
			return s.pairs(nil, elems, false)
		}
		return evens(elems), true
	}
	if len(rest) != 1 {
		return evens(rest), true
	}
	one := rest[0]
	t := s.pass.TypesInfo.TypeOf(one)
	if t == nil {
		return nil, false
	}
	// A lone argument that is an interface value holds anything.
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.String || typesutil.IsEmptyInterface(u.Elem()) {
			if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
				// A named slice type is not one of appendArg's cases.
				return nil, false
			}
			elems, ok := s.eval.SliceElems(one)
			if !ok {
				return nil, false
			}
			return evens(elems), true
		}
	case *types.Map:
		if _, ok := types.Unalias(t).(*types.Named); ok {
			return nil, false
		}
		return s.eval.MapKeys(one)
	}
	return nil, false
}

// streamsAppend reads the streams of XREAD and XREADGROUP built as
// append(keys, ids...) of two slices collected apart (one key and one
// ID per stream, in the same loop or not): the command takes the keys
// first and as many IDs after them, so the first slice is the keys when
// every element of the second is a stream ID (">", "$", "0", "0-0", …).
// It returns the first slice.
func (s *state) streamsAppend(arg ast.Expr) (ast.Expr, bool) {
	x := ast.Unparen(arg)
	if d, ok := s.eval.Def(x); ok {
		x = ast.Unparen(d)
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || !typesutil.IsBuiltinCall(s.pass.TypesInfo, call, "append") || !call.Ellipsis.IsValid() || len(call.Args) != 2 {
		return nil, false
	}
	ids, ok := s.eval.Elements(call.Args[1])
	if !ok || len(ids) == 0 {
		return nil, false
	}
	for _, id := range ids {
		for _, k := range s.eval.EvalAlts(id.Expr) {
			if c, ok := k.Const(); !ok || !model.IsStreamID(c) {
				return nil, false
			}
		}
	}
	return call.Args[0], true
}
