package model

import (
	"go/types"
	"strings"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/typesutil"
)

// goRedisByMethod indexes the go-redis table (Library.Cmdable). A method name may have several entries
// when go-redis declares methods of one name with different shapes (Watch on a
// client takes a function and keys, Watch on a Tx takes only keys): the first
// entry whose shape the signature fits is the one.
func goRedisByMethodTable() map[string][]*Command {
	m := make(map[string][]*Command, len(goRedis.Cmdable))
	for i := range goRedis.Cmdable {
		c := &goRedis.Cmdable[i]
		m[c.Method] = append(m[c.Method], c)
	}
	return m
}

// GoRedisCommandOf returns the command that a call of fn sends, when fn is a
// go-redis command method: a table entry whose shape the signature matches,
// or, for a method outside the table whose first parameter (after ctx) is a
// string named key and whose result is a *…Cmd, a one-key command. ok is
// false for anything else, and for a table entry whose signature does not
// match (a version of go-redis the table does not describe): the caller must
// then stay silent.
func GoRedisCommandOf(fn *types.Func) (cmd *Command, ok bool) {
	if fn == nil || fn.Pkg() == nil || !IsGoRedis(fn.Pkg().Path()) {
		return nil, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil, false
	}
	if cs, ok := tables().goRedisByMethod[fn.Name()]; ok {
		for _, c := range cs {
			if SignatureFits(sig, c) {
				return c, true
			}
		}
		return nil, false
	}
	params, _ := paramsAfterCtx(sig)
	if params.Len() > 0 && params.At(0).Name() == "key" && typesutil.IsString(params.At(0).Type()) && returnsCmd(sig) {
		return &Command{
			Method: fn.Name(),
			Name:   strings.ToUpper(fn.Name()),
			Args:   []Arg{{Param: 0, Kind: Key}},
		}, true
	}
	return nil, false
}

// GoRedisShapedCommand returns the command of a method that mirrors a
// go-redis command method without being one: a method of a program's own
// interface (type Store interface { MGet(ctx context.Context, keys
// ...string) *redis.SliceCmd }) whose name is in the table, whose signature
// fits the entry, and whose result is a go-redis *…Cmd. Whatever implements
// it is, in practice, a go-redis client or a thin wrapper of one.
func GoRedisShapedCommand(fn *types.Func) (*Command, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !returnsCmd(sig) {
		return nil, false
	}
	res := typesutil.NamedObj(sig.Results().At(0).Type())
	if res == nil || res.Pkg() == nil || !IsGoRedis(res.Pkg().Path()) {
		return nil, false
	}
	for _, c := range tables().goRedisByMethod[fn.Name()] {
		if SignatureFits(sig, c) {
			return c, true
		}
	}
	return nil, false
}

// returnsCmd reports whether sig returns one *T, T a named type whose name
// ends in Cmd (*StringCmd, *IntCmd, …), as go-redis command methods do.
// (*ClusterClient).MasterForKey(ctx, key) returns (*Client, error) and sends
// no command; FTExplainCli(ctx, key, path) returns an error and sends none.
func returnsCmd(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	p, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && strings.HasSuffix(n.Obj().Name(), "Cmd")
}

// CtxOffset returns 1 when sig's first parameter is a context.Context, else 0:
// Arg.Param plus CtxOffset is the index in the signature (and in the call).
func CtxOffset(sig *types.Signature) int {
	_, off := paramsAfterCtx(sig)
	return off
}

type paramList struct {
	all *types.Tuple
	off int
}

func (p paramList) Len() int            { return p.all.Len() - p.off }
func (p paramList) At(i int) *types.Var { return p.all.At(i + p.off) }
func paramsAfterCtx(sig *types.Signature) (paramList, int) {
	ps := sig.Params()
	if ps.Len() > 0 && typesutil.IsContext(ps.At(0).Type()) {
		return paramList{ps, 1}, 1
	}
	return paramList{ps, 0}, 0
}

// SignatureFits reports whether sig has, at every place c names, a
// parameter (or field) of the type c's ArgKind needs.
func SignatureFits(sig *types.Signature, c *Command) bool {
	params, _ := paramsAfterCtx(sig)
	for _, a := range c.Args {
		if a.Param < 0 || a.Param >= params.Len() {
			return false
		}
		t := params.At(a.Param).Type()
		if a.Type != "" {
			obj := typesutil.NamedObj(t)
			if obj == nil {
				return false
			}
			if obj.Pkg().Scope().Lookup(a.Type) == nil {
				// Export data may leave the type out of an indirectly
				// imported package: a value of it cannot be in this
				// call, and the drift test checks the real one.
				continue
			}
			lt, ok := ArgType(t, a.Type)
			if !ok {
				return false
			}
			t = lt
		}
		if a.Field != "" {
			ft, ok := FieldType(t, a.Field)
			if !ok {
				return false
			}
			t = ft
		}
		if a.Elem != "" {
			sl, ok := t.Underlying().(*types.Slice)
			if !ok {
				return false
			}
			ft, ok := FieldType(sl.Elem(), a.Elem)
			if !ok {
				return false
			}
			t = ft
		}
		if !kindFits(a.Kind, t) {
			return false
		}
	}
	return true
}

func kindFits(k ArgKind, t types.Type) bool {
	switch k {
	case Key:
		return typesutil.IsString(t)
	case Keys, StreamsHalf:
		return typesutil.IsStringSlice(t)
	case Pairs:
		return typesutil.IsEmptyInterfaceSlice(t)
	case MapKeys:
		return typesutil.IsStringKeyedMap(t)
	}
	return false
}

// ArgType returns the type named name (Arg.Type) in the package of param,
// a parameter's type, when a value of it (or a pointer to one) can be
// given to that parameter.
func ArgType(param types.Type, name string) (types.Type, bool) {
	obj := typesutil.NamedObj(param)
	if obj == nil || obj.Pkg() == nil {
		return nil, false
	}
	tn, ok := obj.Pkg().Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil, false
	}
	t := tn.Type()
	if !types.AssignableTo(t, param) && !types.AssignableTo(types.NewPointer(t), param) {
		return nil, false
	}
	return t, true
}

// IsArgType reports whether t, the type of a value given for a parameter
// of type param, is the type Arg.Type names: a type named name of param's
// package that can be given to it.
func IsArgType(t, param types.Type, name string) bool {
	obj, pobj := typesutil.NamedObj(t), typesutil.NamedObj(param)
	if obj == nil || pobj == nil || obj.Name() != name || obj.Pkg().Path() != pobj.Pkg().Path() {
		return false
	}
	if _, ptr := types.Unalias(t).(*types.Pointer); ptr {
		return false
	}
	return types.AssignableTo(t, param) || types.AssignableTo(types.NewPointer(t), param)
}

// FieldType returns the type of field name of t, a struct or pointer to struct.
func FieldType(t types.Type, name string) (types.Type, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == name {
			return f.Type(), true
		}
	}
	return nil, false
}

// InstallsRoutingPolicies reports whether fn is go-redis'
// (*ClusterClient).SetCommandInfoResolver (v9.18+). A cluster client with a
// resolver routes commands by their COMMAND INFO tips, measured with
// NewDynamicResolver on redis-server 7.0.15 and go-redis v9.23.0:
// request_policy:multi_shard commands (MGET, MSET, DEL, …) are split by slot
// and succeed; request_policy:all_shards commands with a response policy
// (FLUSHDB, FLUSHALL, DBSIZE) run on every master; KEYS and RANDOMKEY (no
// response policy) answer nothing, and SCAN still reads one node.
func InstallsRoutingPolicies(fn *types.Func) bool {
	return IsFeatureAPI(fn, FeatureRoutingPolicies)
}

// RoutedByPolicy reports whether a go-redis cluster client with routing
// policies installed sends command name to the right nodes itself: its tips
// ask for several shards (multi_shard), or for all shards with a response
// policy that combines their answers.
func RoutedByPolicy(name string) bool {
	rc, ok := keyspec.Named(name)
	if !ok {
		return false
	}
	const responses = keyspec.TipResponseOneSucceeded | keyspec.TipResponseAllSucceeded | keyspec.TipResponseAggLogicalAnd |
		keyspec.TipResponseAggLogicalOr | keyspec.TipResponseAggMin | keyspec.TipResponseAggMax | keyspec.TipResponseAggSum
	return rc.Flags&keyspec.TipRequestMultiShard != 0 || rc.Flags&keyspec.TipRequestAllShards != 0 && rc.Flags&responses != 0
}
