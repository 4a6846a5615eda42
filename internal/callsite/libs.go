package callsite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/typesutil"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/redislint/redislint/internal/keyexpr"
	"github.com/redislint/redislint/internal/model"
)

// This file finds the commands of the libraries other than go-redis'
// typed methods: raw commands (go-redis Do, redigo Do/Send, radix Cmd),
// rueidis command builders and its go-redis adapter, and their Lua
// scripts. What each library's API means is in internal/model (each
// library's lib_NAME.go, read through libs.go and calls.go); this file only
// reads calls with it.

// word is one word of a raw command, with the expression it comes from.
type word struct {
	expr ast.Expr
	arg  keyspec.Arg
}

// clientKind returns the kind of client expression e, of any library.
func (s *state) clientKind(e ast.Expr) (model.Receiver, ast.Expr, *Tx) {
	info := s.pass.TypesInfo
	t := info.TypeOf(e)
	if t == nil {
		return model.RecvNone, nil, nil
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if tx, ok := s.connTxs[info.Uses[id]]; ok {
			// The connection a MULTI … EXEC wrapper gives its callback.
			return tx.Kind, tx.Start, tx
		}
	}
	if k, origin, tx := s.kind(e, 0); k != model.RecvNone {
		return k, origin, tx
	}
	if model.IsClusterType(t) {
		return model.RecvCluster, e, nil
	}
	kc, ok := model.KeyClientOf(t)
	if !ok {
		return model.RecvNone, nil, nil
	}
	switch kc.Mode {
	case model.ModeCluster:
		return model.RecvCluster, e, nil
	case model.ModeStandalone:
		return model.RecvStandalone, e, nil
	}
	c := s.flow.Of(e)
	origin := e
	if len(c.Ways) > 0 {
		origin = c.Ways[0].Origin
	}
	switch {
	case c.IsCluster():
		return model.RecvCluster, origin, nil
	case c.IsOneNode():
		return model.RecvStandalone, origin, nil
	}
	if kc.Lib.Info().Choice == model.ChoiceAtRunTime {
		// rueidis.NewClient makes a cluster client unless its options or
		// its one seed say otherwise: an unknown one may well be.
		return model.RecvMaybeCluster, e, nil
	}
	// A redigo or radix handle of unknown origin: a single-node pool's
	// connection most often, a cluster's when the caller hands one
	// (crossslot reports on it only with -crossslot.conns).
	return model.RecvUnknownConn, e, nil
}

// libCommand returns the Call for a command of the other libraries, or nil.
func (s *state) libCommand(call *ast.CallExpr, fn *types.Func) *Call {
	// Every table below but Build's is of functions of a client library:
	// a call of anything else (most calls) is no command of theirs.
	// A function of a library that no table has (s.noLib) is looked up
	// once: the tables match on the function alone.
	if r, ok := s.forwarders[fn]; ok {
		if c := s.rawCommand(call, fn, r); c != nil {
			c.Via = fn
			return c
		}
		return nil
	}
	inLib := fn.Pkg() != nil && !s.noLib[fn] && model.IsClientPackage(fn.Pkg().Path())
	if inLib {
		if r, ok := model.RawSendOf(fn); ok {
			return s.rawCommand(call, fn, r)
		}
		if sc, ok := model.ScriptCallOf(fn); ok {
			return s.libScript(call, fn, sc)
		}
	}
	if model.IsBuilderBuild(fn.Name()) {
		return s.builderCommand(call)
	}
	if !inLib {
		return nil
	}
	if cmd, ok := model.LibCommandOf(fn); ok {
		return s.typedCommand(call, fn, cmd)
	}
	if h, ok := model.SplitHelperOf(fn); ok {
		client := argAt(call, fn, h.Client)
		if client == nil {
			return nil
		}
		k, origin, tx := s.clientKind(client)
		if k == model.RecvNone {
			return nil
		}
		c := &Call{Call: call, Fn: fn, Cmd: &h.Cmd, Recv: client, Kind: k, Origin: origin, Tx: tx,
			Effect: h.Effect, Lib: model.LibOf(fn.Pkg().Path())}
		c.Keys, c.Complete = s.keys(call, fn, &h.Cmd)
		return c
	}
	if cmd, ok := model.CompatCommandOf(fn); ok {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		k, origin, _ := s.clientKind(sel.X)
		if k == model.RecvNone {
			return nil
		}
		lib := model.LibOf(fn.Pkg().Path())
		c := &Call{Call: call, Fn: fn, Cmd: cmd, Recv: sel.X, Kind: k, Origin: origin, Effect: lib.Info().CrossSlot, Lib: lib}
		c.Keys, c.Complete = s.keys(call, fn, cmd)
		return c
	}
	s.noLib[fn] = true
	return nil
}

// typedCommand reads a call of a library's typed command method
// (valkey-glide's SUnionStore(ctx, dst, keys), …) on a client or a batch.
func (s *state) typedCommand(call *ast.CallExpr, fn *types.Func, cmd *model.Command) *Call {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	k, origin, tx := s.clientKind(sel.X)
	if k == model.RecvNone {
		return nil
	}
	lib := model.LibOf(fn.Pkg().Path())
	if t := s.atomicBatch(sel.X, 0); t != nil {
		tx = t
	}
	effect := lib.Info().CrossSlot
	if lib.Info().SplitsBySlot(cmd.Name) && tx == nil {
		effect = model.CrossSlotSplit
	}
	c := &Call{Call: call, Fn: fn, Cmd: cmd, Recv: sel.X, Kind: k, Origin: origin, Tx: tx, Effect: effect, Lib: lib}
	c.Keys, c.Complete = s.keys(call, fn, cmd)
	return c
}

// atomicBatch returns the transaction of an atomic batch that x, a batch
// (through the chain of its own methods, which return it), was made as:
// pipeline.NewClusterBatch(true).
func (s *state) atomicBatch(x ast.Expr, depth int) *Tx {
	if depth > 16 {
		return nil
	}
	info := s.pass.TypesInfo
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return nil
		}
		if b, ok := model.AtomicBatchOf(fn.Origin()); ok {
			i := b.Atomic + model.CtxOffset(fn.Type().(*types.Signature))
			if i >= len(call.Args) {
				return nil
			}
			tv := info.Types[call.Args[i]]
			if tv.Value == nil || tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
				return nil
			}
			t := s.txs[call]
			if t == nil {
				k, _, _ := s.clientKind(call)
				t = &Tx{Start: call, Kind: k, Effect: b.CrossSlot, Lib: b.Lib}
				s.txs[call] = t
			}
			return t
		}
		// A batch method returns its receiver: follow the chain.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if _, isCmd := model.LibCommandOf(fn.Origin()); isCmd || sameType(info.TypeOf(call), info.TypeOf(sel.X)) {
				return s.atomicBatch(sel.X, depth+1)
			}
		}
		return nil
	}
	if def, ok := s.eval.Def(x); ok && def != x {
		return s.atomicBatch(def, depth+1)
	}
	return nil
}

func sameType(a, b types.Type) bool {
	return a != nil && b != nil && types.Identical(a, b)
}

// argAt returns the argument for parameter i (counted after ctx) of a call
// of fn, or nil; a receiver (-1) is the selector's operand.
func argAt(call *ast.CallExpr, fn *types.Func, i int) ast.Expr {
	if i < 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	i += model.CtxOffset(fn.Type().(*types.Signature))
	if i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// rawCommand reads a raw command call: its words, its keys by the command's
// key specs, and the client it runs on.
func (s *state) rawCommand(call *ast.CallExpr, fn *types.Func, r model.RawSend) *Call {
	var client ast.Expr
	switch {
	case r.Builds:
		client = s.actionClient[call]
	default:
		client = argAt(call, fn, r.Conn)
	}
	if client == nil {
		return nil
	}
	k, origin, tx := s.clientKind(client)
	if k == model.RecvNone {
		return nil
	}
	var words []word
	if r.Cmd >= 0 {
		x := argAt(call, fn, r.Cmd)
		if x == nil {
			return nil
		}
		words = append(words, s.word(x))
	}
	if r.Key >= 0 {
		x := argAt(call, fn, r.Key)
		if x == nil {
			return nil
		}
		words = append(words, s.word(x))
	}
	var rest []word
	ok := false
	if r.Words {
		var elems []ast.Expr
		if x := argAt(call, fn, r.Args); x != nil {
			elems, ok = s.eval.SliceElems(x)
		}
		for _, e := range elems {
			rest = append(rest, s.word(e))
		}
	} else {
		rest, ok = s.variadicWords(call, fn, r.Args, r.Flatten)
	}
	if !ok {
		return nil
	}
	words = append(words, rest...)
	if len(words) == 0 || !words[0].arg.Known {
		return nil
	}
	args := make([]keyspec.Arg, len(words))
	for i, w := range words {
		args[i] = w.arg
	}
	idx, ok := keyspec.Keys(args)
	if !ok {
		return nil
	}
	if len(idx) == 0 {
		// Shard channels (SSUBSCRIBE a b), whose slots a cluster compares
		// like keys'.
		if idx, ok = keyspec.ShardChannels(args); !ok {
			return nil
		}
	}
	name := strings.ToUpper(words[0].arg.Text)
	effect := r.CrossSlot
	for _, c := range r.Checked {
		if c == name {
			effect = model.CrossSlotClient
		}
	}
	if r.Lib.Info().SplitsBySlot(name) && tx == nil {
		effect = model.CrossSlotSplit
	}
	c := &Call{
		Call: call, Fn: fn, Recv: client, Kind: k, Origin: origin, Tx: tx,
		Cmd:      &model.Command{Method: fn.Name(), Name: name},
		Complete: true, Effect: effect, Lib: r.Lib,
	}
	for _, i := range idx {
		c.Keys = append(c.Keys, s.eval.Eval(words[i].expr))
	}
	return c
}

func (s *state) word(x ast.Expr) word {
	return word{expr: x, arg: model.RawArgOf(s.pass.TypesInfo.Types[x])}
}

// variadicWords returns the words of the variadic parameter i of a call,
// flattened as the library does. ok is false when their number is not
// known (a slice or map the evaluator cannot see).
func (s *state) variadicWords(call *ast.CallExpr, fn *types.Func, i int, flat model.Flatten) ([]word, bool) {
	pi := i + model.CtxOffset(fn.Type().(*types.Signature))
	if pi > len(call.Args) {
		return nil, false
	}
	if call.Ellipsis.IsValid() {
		if pi != len(call.Args)-1 {
			return nil, false
		}
		return s.spreadWords(call.Args[pi])
	}
	var out []word
	for _, x := range call.Args[pi:] {
		ws, ok := s.flatWords(x, flat)
		if !ok {
			return nil, false
		}
		out = append(out, ws...)
	}
	return out, true
}

// spreadWords returns the elements of a slice spread with ...: a literal,
// a variable holding one, or a redigo Args chain (Args{}.Add(…).AddFlat(…)).
func (s *state) spreadWords(x ast.Expr) ([]word, bool) {
	if elems, ok := s.eval.SliceElems(x); ok {
		out := make([]word, len(elems))
		for i, e := range elems {
			out[i] = s.word(e)
		}
		return out, true
	}
	def, ok := s.eval.Def(x)
	if !ok {
		return nil, false
	}
	call, ok := ast.Unparen(def).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	fn := s.callee(call)
	aa, ok := model.ArgsAppendOf(fn)
	if !ok {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	head, ok := s.spreadWords(sel.X)
	if !ok {
		return nil, false
	}
	for _, a := range call.Args {
		ws, ok := s.flatWords(a, aa.Flatten)
		if !ok {
			return nil, false
		}
		head = append(head, ws...)
	}
	return head, true
}

// flatWords returns the words one argument gives under flat.
func (s *state) flatWords(x ast.Expr, flat model.Flatten) ([]word, bool) {
	t := s.pass.TypesInfo.TypeOf(x)
	if t == nil {
		return nil, false
	}
	if flat == model.FlatNone {
		return []word{s.word(x)}, true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return []word{s.word(x)}, true // []byte is one word
		}
		elems, ok := s.eval.SliceElems(x)
		if !ok {
			return nil, false
		}
		var out []word
		for _, e := range elems {
			ws, ok := s.flatWords(e, flat)
			if !ok {
				return nil, false
			}
			out = append(out, ws...)
		}
		return out, true
	case *types.Map, *types.Struct, *types.Array, *types.Pointer, *types.Interface:
		// Map order is random; structs give field names: not modelled.
		return nil, false
	}
	return []word{s.word(x)}, true
}

// libScript reads a script call of the other libraries.
func (s *state) libScript(call *ast.CallExpr, fn *types.Func, sc model.ScriptCall) *Call {
	var client ast.Expr
	if sc.Builds {
		client = s.actionClient[call]
	} else {
		client = argAt(call, fn, sc.Conn)
	}
	if client == nil {
		return nil
	}
	k, origin, tx := s.clientKind(client)
	if k == model.RecvNone {
		return nil
	}
	c := &Call{
		Call: call, Fn: fn, Recv: client, Kind: k, Origin: origin, Tx: tx,
		Cmd:    &model.Command{Method: fn.Name(), Name: "EVALSHA"},
		Effect: sc.CrossSlot, Lib: sc.Lib,
	}
	// The script value and its constructor: the key count, and the source.
	at := -1
	if sc.OnClient {
		at = sc.Script
	}
	recv := argAt(call, fn, at)
	if star, ok := ast.Unparen(recv).(*ast.StarExpr); ok {
		recv = star.X // valkey-glide: *options.NewScript(src), *script
	}
	var ctor *ast.CallExpr
	var ctorInfo model.ScriptCtor
	if def, ok := s.eval.Def(recv); ok {
		if mk, ok := ast.Unparen(def).(*ast.CallExpr); ok {
			if f := s.callee(mk); f != nil {
				if ci, ok := model.ScriptCtorOf(f); ok {
					ctor, ctorInfo = mk, ci
					for i, a := range mk.Args {
						if typesutil.IsAnyString(s.pass.TypesInfo.TypeOf(a)) && (ci.Count < 0 || i != ci.Count) {
							c.Script, c.src = s.script(a), a
						}
					}
				}
			}
		}
	}
	switch sc.Form {
	case model.ScriptKeysSlice:
		x := argAt(call, fn, sc.Keys)
		if x == nil {
			return nil
		}
		c.Keys, c.Complete = s.sliceKeys(x, nil, true)
	case model.ScriptKeysOption:
		x := argAt(call, fn, sc.Keys)
		if x == nil {
			return nil
		}
		c.Keys, c.Complete = s.optionKeys(x, sc.Field, sc.Setter)
	case model.ScriptKeysNone:
		c.Complete = true
	case model.ScriptKeysCount:
		if ctor == nil || ctorInfo.Count < 0 || ctorInfo.Count >= len(ctor.Args) {
			return nil
		}
		tv := s.pass.TypesInfo.Types[ctor.Args[ctorInfo.Count]]
		if tv.Value == nil {
			return nil
		}
		n, ok := constIntValue(tv)
		if !ok || n < 0 {
			return nil
		}
		ws, ok := s.variadicWords(call, fn, sc.Keys, model.FlatNone)
		if !ok || len(ws) < n {
			return nil
		}
		c.Complete = true
		for _, w := range ws[:n] {
			c.Keys = append(c.Keys, s.eval.Eval(w.expr))
		}
	default:
		return nil
	}
	return c
}

// optionKeys returns the keys of x, an options struct whose field holds
// them: given in a composite literal (or a variable assigned one once), or
// by the last call of setter in a chain of its methods from a constructor
// without parameters (valkey-glide's
// *options.NewScriptOptions().WithKeys(keys).WithArgs(args)). A pointer
// variable is followed only when the package does nothing with it but
// read it through * (it may change the struct through its methods, or
// give it away).
func (s *state) optionKeys(x ast.Expr, field, setter string) ([]keyexpr.Key, bool) {
	info := s.pass.TypesInfo
	for range 16 {
		x = ast.Unparen(x)
		if star, ok := x.(*ast.StarExpr); ok {
			x = ast.Unparen(star.X)
		}
		switch y := x.(type) {
		case *ast.CompositeLit:
			f, ok := s.eval.Field(y, field)
			if !ok {
				return nil, false
			}
			return s.sliceKeys(f, nil, true)
		case *ast.Ident:
			if _, ptr := info.TypeOf(y).(*types.Pointer); ptr && !s.derefOnly(info.Uses[y]) {
				return nil, false
			}
			d, ok := s.eval.Def(y)
			if !ok || d == ast.Expr(y) {
				return nil, false
			}
			x = d
			continue
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, y).(*types.Func)
			if fn == nil {
				return nil, false
			}
			sig := fn.Type().(*types.Signature)
			sel, isSel := ast.Unparen(y.Fun).(*ast.SelectorExpr)
			switch {
			case sig.Recv() == nil:
				// The constructor: no keys set yet.
				return nil, sig.Params().Len() == 0 && typesutil.NamedObj(info.TypeOf(y)) != nil
			case !isSel:
				return nil, false
			case fn.Name() == setter && len(y.Args) == 1:
				return s.sliceKeys(y.Args[0], nil, true)
			case sameType(info.TypeOf(y), info.TypeOf(sel.X)):
				x = sel.X // another method of the chain
				continue
			}
			return nil, false
		}
		return nil, false
	}
	return nil, false
}

// derefOnly reports whether every use of v in the package is *v given as
// an argument to a call (a copy: f(*opts)), so that the struct it points
// to keeps the value it was made with.
func (s *state) derefOnly(v types.Object) bool {
	if _, ok := v.(*types.Var); !ok || v.Pkg() != s.pass.Pkg || v.Exported() && v.Parent() == v.Pkg().Scope() {
		return false
	}
	local := v.Parent() != v.Pkg().Scope()
	isDeref := func(x ast.Expr) bool {
		star, ok := ast.Unparen(x).(*ast.StarExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(star.X).(*ast.Ident)
		return ok && s.pass.TypesInfo.Uses[id] == v
	}
	ok := true
	copied := map[ast.Expr]bool{} // the arguments *v
	for _, f := range s.pass.Files {
		if local && (v.Pos() < f.Pos() || v.Pos() >= f.End()) {
			continue // a local variable is used in its own file only
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				for _, a := range n.Args {
					if isDeref(a) {
						copied[a] = true
					}
				}
			case *ast.ParenExpr, *ast.StarExpr:
				if copied[n.(ast.Expr)] {
					return false
				}
			case *ast.Ident:
				if s.pass.TypesInfo.Uses[n] == v {
					ok = false
				}
			}
			return true
		})
	}
	return ok
}

// builderCommand reads a rueidis command builder chain ending in Build():
// client.B().Mget().Key(k1, k2).Build().
func (s *state) builderCommand(build *ast.CallExpr) *Call {
	info := s.pass.TypesInfo
	var keys []keyexpr.Key
	var words []word
	complete := true
	name := ""
	x := ast.Expr(build)
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return nil
		}
		if model.IsBuilderStart(fn) {
			k, origin, tx := s.clientKind(sel.X)
			if k == model.RecvNone || name == "" {
				return nil
			}
			lib := model.LibOf(fn.Pkg().Path())
			c := &Call{
				Call: build, Fn: fn, Recv: sel.X, Kind: k, Origin: origin, Tx: tx,
				Cmd:      &model.Command{Method: fn.Name(), Name: name},
				Complete: complete, Effect: lib.Info().CrossSlot, Lib: lib,
			}
			if len(keys) == 0 && len(words) > 0 {
				// An Arbitrary command: its keys by the key specs, and the
				// builder does not compare them: the server does.
				args := make([]keyspec.Arg, len(words))
				for i, w := range words {
					args[i] = w.arg
				}
				idx, ok := keyspec.Keys(args)
				if !ok || !args[0].Known {
					return nil
				}
				c.Cmd.Name = strings.ToUpper(args[0].Text)
				c.Effect = model.CrossSlotServer
				for _, i := range idx {
					c.Keys = append(c.Keys, s.eval.Eval(words[i].expr))
				}
				return c
			}
			c.Keys = keys
			return c
		}
		if bm, ok := model.BuilderKeysOf(fn); ok {
			var args []ast.Expr
			if call.Ellipsis.IsValid() {
				elems, ok := s.eval.SliceElems(call.Args[len(call.Args)-1])
				if !ok {
					complete = false
				}
				args = append(append(args, call.Args[bm.Param:len(call.Args)-1]...), elems...)
			} else if bm.Param < len(call.Args) {
				args = call.Args[bm.Param:]
				if !fn.Type().(*types.Signature).Variadic() {
					args = args[:1]
				}
			}
			var prefix []keyexpr.Key
			var pw []word
			for _, a := range args {
				switch bm.Role {
				case model.BuilderKeys, model.BuilderShardChannels:
					prefix = append(prefix, s.eval.Eval(a))
				case model.BuilderWords:
					pw = append(pw, s.word(a))
				}
			}
			keys = append(prefix, keys...)
			words = append(pw, words...)
		}
		// The command's name is the method right after B().
		name = strings.ToUpper(fn.Name())
		x = sel.X
	}
}

func constIntValue(tv types.TypeAndValue) (int, bool) {
	s := tv.Value.ExactString()
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1<<20 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}
