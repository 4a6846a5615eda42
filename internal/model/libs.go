package model

// This file models how the client libraries other than go-redis send
// commands with keys, so that analyzers can find the keys of their calls:
// raw commands (a name and words: redigo Do, radix Cmd), command builders
// (rueidis client.B().Mget().Key(k1, k2)), Lua scripts (a keys parameter or
// the first N words), rueidis' go-redis adapter (rueidiscompat), and which of
// their client types run commands on a cluster: the row types, and the
// lookups that read a function or type against the rows of every library
// (lib_NAME.go); libs_drift_test.go checks every name and parameter shape
// against the modules.
//
// Parameter indexes count after a leading context.Context, as Arg.Param
// does; redigo's DoContext(c, ctx, cmd, args...) has none leading, so its
// indexes count every parameter.

import (
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/typesutil"
)

// Flatten says how a call turns one argument into words.
type Flatten uint8

const (
	// FlatNone: each argument is one word. (go-redis refuses a slice;
	// redigo sends its fmt.Sprint text as one word.)
	FlatNone Flatten = iota
	// FlatOnce (redigo Args.AddFlat): a slice gives its elements, a map
	// its keys and values in turn (in map order, that is at random), a
	// struct or a non-nil pointer to one its exported fields' names (or
	// `redis` tags) and values, leaving out omitempty zeros; anything else
	// is one word.
	FlatOnce
	// FlatDeep (radix FlatCmd): slices, arrays, maps (key, value) and
	// structs (name, value) flattened recursively; []byte is one word.
	FlatDeep
)

// CrossSlot is what a cluster client of a library does with a command
// whose keys are in different slots.
type CrossSlot uint8

const (
	// CrossSlotServer: the library sends it and the node answers CROSSSLOT
	// (or MOVED, when the library routed it by a word that is no key).
	CrossSlotServer CrossSlot = iota + 1
	// CrossSlotClient: the library returns an error and sends nothing.
	CrossSlotClient
	// CrossSlotPanic: the library panics in the caller's goroutine.
	CrossSlotPanic
	// CrossSlotSplit: the library splits the command by slot and sends
	// one command per slot (LibInfo.Splits): no CROSSSLOT, but an
	// all-or-nothing command is then no longer atomic (AllOrNothing).
	CrossSlotSplit
	// CrossSlotPerKey: the library sends one command per key (rueidis'
	// MSetNX helper on a cluster client sends a SET NX for each key):
	// whatever the slots, an all-or-nothing command is not atomic.
	CrossSlotPerKey
)

// AllOrNothing reports whether command name does all of its work or none
// of it depending on its keys as a whole (MSETNX sets every key or, when one
// exists, none): split by slot, each part decides alone.
func AllOrNothing(name string) bool { return name == "MSETNX" }

func (c CrossSlot) String() string {
	switch c {
	case CrossSlotServer:
		return "fails with CROSSSLOT"
	case CrossSlotClient:
		return "is refused by the client library"
	case CrossSlotPanic:
		return "panics"
	case CrossSlotSplit:
		return "is split by slot"
	case CrossSlotPerKey:
		return "is sent key by key"
	}
	return "unknown"
}

// LibFunc names a function or method of a library.
type LibFunc struct {
	Lib Lib
	// Pkg is the package's path below the library's path: "" for the
	// library's API package, or the name the tables give it (PkgCompat,
	// PkgBuilders), which each library's LibInfo maps to its own.
	Pkg string
	// Recv is the receiver's type name; "" for any type of the package
	// (or, with Func, none).
	Recv string
	Name string
	// Func: a package-level function, not a method.
	Func bool
}

func (f LibFunc) String() string {
	s := f.Lib.String()
	if f.Pkg != "" {
		s += "/" + f.Lib.Info().SubPath(f.Pkg)
	}
	if f.Recv != "" {
		return s + "." + f.Recv + "." + f.Name
	}
	return s + "." + f.Name
}

// matches reports whether fn, of library lib's package sub, is f.
func (f *LibFunc) matches(fn *types.Func, lib Lib, sub, recv string) bool {
	return f.Lib == lib && f.Pkg == sub && f.Name == fn.Name() && f.Func == (recv == "") &&
		(f.Recv == "" || f.Recv == recv)
}

// RawSend is a function or method that sends, or builds, a command given as
// its name and words, to which keyspec.Keys applies.
type RawSend struct {
	LibFunc
	// Conn is the index of the parameter that is the client the command
	// runs on; -1 when that is the receiver, or, when Builds, the client of
	// the Do that runs the result.
	Conn int
	// Cmd is the index of the command name's parameter (a string); -1 when
	// the name is the first word of Args (go-redis Do(ctx, "MSET", …)).
	Cmd int
	// Key is the index of a parameter that is the word after the name
	// (radix v3 FlatCmd's key), or -1.
	Key int
	// Args is the index of the variadic parameter with the other words.
	Args    int
	Flatten Flatten
	// Words: Args is a []string that holds every word, the command's
	// name first (GLIDE CustomCommand), not a variadic parameter.
	Words bool
	// Builds: the call returns an action that a client's Do runs (radix).
	Builds bool
	// CrossSlot is what a cluster client does with cross-slot keys, but
	// for the commands in Checked, whose keys the library compares itself
	// (radix: the keys of its action), for which it is CrossSlotClient.
	CrossSlot CrossSlot
	Checked   []string
}

// ScriptKeys says where a script call's keys are.
type ScriptKeys uint8

const (
	// ScriptKeysSlice: the parameter is a []string of keys.
	ScriptKeysSlice ScriptKeys = iota + 1
	// ScriptKeysCount: the parameter is variadic, and its first N elements
	// are the keys, N the key count given to the script's constructor
	// (ScriptCtor.Count); a negative count means that the first element is
	// the count (redigo NewScript(-1, src)).
	ScriptKeysCount
	// ScriptKeysField: the parameter is variadic, of structs whose Field
	// ([]string) holds keys, one command each (rueidis Lua.ExecMulti).
	ScriptKeysField
	// ScriptKeysOption: the parameter is an options struct whose Field
	// ([]string) holds the keys, given in a composite literal or by its
	// method Setter in a chain of its methods (valkey-glide's
	// *options.NewScriptOptions().WithKeys(keys)).
	ScriptKeysOption
	// ScriptKeysNone: the call passes no keys (valkey-glide InvokeScript,
	// routed to a random master).
	ScriptKeysNone
)

// ScriptCall is a method of a script value that runs, or builds, EVAL or
// EVALSHA with keys.
type ScriptCall struct {
	LibFunc
	// Conn is the index of the client parameter; -1 when Builds.
	Conn int
	// Keys is the index of the parameter with the keys.
	Keys  int
	Form  ScriptKeys
	Field string
	// Setter is the method that sets Field (ScriptKeysOption).
	Setter string
	// Builds: the call returns an action that a client's Do runs (radix).
	Builds    bool
	CrossSlot CrossSlot
	// OnClient: the method is the client's, and its parameter Script the
	// script value, of the type ScriptType of the library's package
	// ScriptPkg (valkey-glide InvokeScriptWithOptions(ctx, script
	// options.Script, opts)); otherwise the receiver is the script value.
	OnClient   bool
	Script     int
	ScriptPkg  string
	ScriptType string
}

// ScriptCtor is a function that makes a script value.
type ScriptCtor struct {
	LibFunc
	// Count is the index of the key count parameter, or -1.
	Count int
}

// BuilderRole is what a command builder method adds to its command.
type BuilderRole uint8

const (
	// BuilderKeys: keys. On a cluster client the builder compares their
	// slots with those of the command's earlier keys, and panics.
	BuilderKeys BuilderRole = iota + 1
	// BuilderShardChannels: shard channels (SSUBSCRIBE, SPUBLISH, PUBSUB
	// SHARDNUMSUB), compared like keys.
	BuilderShardChannels
	// BuilderWords: words of an Arbitrary command (Builder.Arbitrary's
	// tokens, the first the command's name; Arbitrary.Args), whose slots
	// the builder does not compare: keyspec.Keys applies to all the words.
	BuilderWords
)

// BuilderMethod is a method of rueidis' command builders (package
// internal/cmds, generated from Redis' command JSON) that adds keys or
// words to the command: Param, a string or ...string.
type BuilderMethod struct {
	// Recv is the receiver's type name, or "" for any builder type but
	// those of builderNotKeys.
	Recv  string
	Name  string
	Param int
	Role  BuilderRole
}

// ClientMode is whether a client type runs commands on a cluster.
type ClientMode uint8

const (
	ModeStandalone ClientMode = iota + 1
	ModeCluster
	// ModeByOrigin: an interface whose value may be either kind: it has
	// the mode of the client that made it (see the constructor table), e.g. a
	// redigo Conn from redisc's Cluster.Get, or a rueidis Client, which
	// NewClient makes a cluster client unless its options say otherwise or
	// its one seed turns out not to be in cluster mode, at run time.
	ModeByOrigin
)

// KeyClient is a client type of a library that runs commands with keys.
type KeyClient struct {
	Lib  Lib
	Pkg  string
	Type string
	Mode ClientMode
}

// ActionRunner is a method that runs an action built by a RawSend or
// ScriptCall with Builds (radix Client.Do(action)): its receiver is the
// client.
type ActionRunner struct {
	LibFunc
	// Action is the index of the action parameter.
	Action int
}

// ArgsAppend is a method of redigo's Args (a []interface{} that programs
// spread into Do: c.Do("MSET", redis.Args{}.Add(k1, v1).AddFlat(m)...))
// that returns its receiver with its argument(s) appended: Add each of its
// arguments as they are, AddFlat its one argument flattened (FlatOnce).
type ArgsAppend struct {
	LibFunc
	Flatten Flatten
}

// libPkgOf returns the library of package path and the path below the
// library's: "" for its API package, PkgCompat, … for the packages its
// LibInfo names.
func libPkgOf(path string) (Lib, string) {
	for l := range libs {
		for _, p := range libs[l].Paths {
			if path == p {
				return Lib(l), ""
			}
			if sub, ok := cutPathPrefix(path, p); ok {
				return Lib(l), libs[l].pkgName(sub)
			}
		}
	}
	return LibNone, ""
}

// funcParts returns what the tables match fn on, and its parameters after
// a leading context.Context.
func funcParts(fn *types.Func) (lib Lib, sub, recv string, params paramList, ok bool) {
	if fn == nil || fn.Pkg() == nil {
		return LibNone, "", "", paramList{}, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return LibNone, "", "", paramList{}, false
	}
	lib, sub = libPkgOf(fn.Pkg().Path())
	params, _ = paramsAfterCtx(sig)
	return lib, sub, recvName(fn), params, lib != LibNone
}

// libEntry is an entry of a table of functions.
type libEntry interface{ libFunc() LibFunc }

func (f LibFunc) libFunc() LibFunc { return f }

// lookup returns the entry of table that fn is, when its parameters (after
// a leading context.Context) fit it.
func lookup[T libEntry](table []T, fn *types.Func, fits func(T, paramList) bool) (entry T, ok bool) {
	lib, sub, recv, params, ok := funcParts(fn)
	if !ok {
		return entry, false
	}
	for _, e := range table {
		if f := e.libFunc(); f.matches(fn, lib, sub, recv) && fits(e, params) {
			return e, true
		}
	}
	return entry, false
}

// RawSendOf returns the raw command call that fn is, if its parameters
// have the shape the entry needs.
func RawSendOf(fn *types.Func) (RawSend, bool) {
	return lookup(tables().rawSends, fn, rawShapeFits)
}

// ArgsAppendOf returns the entry of fn when it is a method of redigo's
// Args with one parameter.
func ArgsAppendOf(fn *types.Func) (ArgsAppend, bool) {
	return lookup(tables().argsAppends, fn, func(_ ArgsAppend, params paramList) bool { return params.Len() == 1 })
}

// rawShapeFits reports whether params has a string at Cmd and Key and a
// variadic last parameter at Args.
func rawShapeFits(r RawSend, params paramList) bool {
	if r.Words {
		return r.Args < params.Len() && typesutil.IsStringSlice(params.At(r.Args).Type())
	}
	if r.Args != params.Len()-1 || !isVariadicSlice(params.At(r.Args).Type()) {
		return false
	}
	for _, i := range []int{r.Cmd, r.Key} {
		if i >= 0 && (i >= params.Len() || !typesutil.IsString(params.At(i).Type())) {
			return false
		}
	}
	return r.Conn < params.Len()
}

func isVariadicSlice(t types.Type) bool {
	_, ok := t.(*types.Slice)
	return ok
}

// ScriptCallOf returns the script call that fn is, if its keys parameter
// has the shape the entry needs.
func ScriptCallOf(fn *types.Func) (ScriptCall, bool) {
	return lookup(tables().scriptCalls, fn, func(s ScriptCall, params paramList) bool {
		if s.OnClient && (s.Script >= params.Len() || !isLibType(params.At(s.Script).Type(), s.Lib, s.ScriptPkg, s.ScriptType)) {
			return false
		}
		if s.Form == ScriptKeysNone {
			return true
		}
		return s.Keys >= 0 && s.Keys < params.Len() && scriptKeysFit(s, params.At(s.Keys).Type())
	})
}

func scriptKeysFit(s ScriptCall, t types.Type) bool {
	switch s.Form {
	case ScriptKeysSlice:
		return typesutil.IsStringSlice(t)
	case ScriptKeysCount:
		return isVariadicSlice(t)
	case ScriptKeysOption:
		ft, ok := FieldType(t, s.Field)
		return ok && typesutil.IsStringSlice(ft)
	case ScriptKeysField:
		sl, ok := t.(*types.Slice)
		if !ok {
			return false
		}
		ft, ok := FieldType(sl.Elem(), s.Field)
		return ok && typesutil.IsStringSlice(ft)
	}
	return false
}

// isLibType reports whether t is the type name of library lib's package
// sub.
func isLibType(t types.Type, lib Lib, sub, name string) bool {
	obj := typesutil.NamedObj(t)
	if obj == nil || obj.Name() != name {
		return false
	}
	l, s := libPkgOf(obj.Pkg().Path())
	return l == lib && s == sub
}

// ScriptCtorOf returns the script constructor that fn is.
func ScriptCtorOf(fn *types.Func) (ScriptCtor, bool) {
	return lookup(tables().scriptCtors, fn, func(c ScriptCtor, params paramList) bool { return c.Count < params.Len() })
}

// BuilderKeysOf returns what fn, a method of rueidis' command builders,
// adds to its command, when it adds keys, shard channels or raw words (see
// BuilderRole). A chain of builder calls from a client's B() is one command;
// a cluster client's builder compares the slots of the keys as they come,
// and panics (internal/cmds' check).
func BuilderKeysOf(fn *types.Func) (BuilderMethod, bool) {
	lib, sub, recv, params, ok := funcParts(fn)
	if !ok || lib == LibNone || sub != PkgBuilders || recv == "" || tables().builderNotKeys[recv] {
		return BuilderMethod{}, false
	}
	for _, b := range tables().builderMethods {
		if b.Name == fn.Name() && (b.Recv == "" || b.Recv == recv) &&
			b.Param < params.Len() && (typesutil.IsString(params.At(b.Param).Type()) || typesutil.IsStringSlice(params.At(b.Param).Type())) {
			return b, true
		}
	}
	return BuilderMethod{}, false
}

// CompatCommandOf returns the go-redis table entry of fn, a method of
// library's go-redis adapter (rueidiscompat's Cmdable, Compat, Pipeliner,
// Tx, …), which mirrors go-redis' method names and parameters: the entry
// whose shape fn's signature fits. Its builders panic on a cluster client
// with keys of several slots.
func CompatCommandOf(fn *types.Func) (*Command, bool) {
	_, sub, recv, _, ok := funcParts(fn)
	if !ok || sub != PkgCompat || recv == "" {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	for _, c := range tables().goRedisByMethod[fn.Name()] {
		if SignatureFits(sig, c) {
			return c, true
		}
	}
	return nil, false
}

// LibCommandOf returns the entry of fn, a method of a library with a table
// of typed commands (LibInfo.Commands: valkey-glide), whose shape fn's
// signature fits.
func LibCommandOf(fn *types.Func) (*Command, bool) {
	lib, _, recv, _, ok := funcParts(fn)
	if !ok || recv == "" {
		return nil, false
	}
	cmds := lib.Info().Commands
	if cmds == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	found := false
	for i := range cmds {
		if cmds[i].Method == fn.Name() {
			if SignatureFits(sig, &cmds[i]) {
				return &cmds[i], true
			}
			found = true
		}
	}
	// A method outside the table whose first parameter (after ctx) is
	// `key string`: a one-key command (Set, HGet, …), named after the
	// method without its WithOptions suffix.
	if params, _ := paramsAfterCtx(sig); !found && params.Len() > 0 && params.At(0).Name() == "key" && typesutil.IsString(params.At(0).Type()) {
		return &Command{
			Method: fn.Name(),
			Name:   strings.ToUpper(strings.TrimSuffix(fn.Name(), "WithOptions")),
			Args:   []Arg{{Param: 0, Kind: Key}},
		}, true
	}
	return nil, false
}

// SplitHelper is a library function that sends a multi-key command through
// the client it is given, split: Effect says how (rueidis' MSetNX(client,
// ctx, kvs) sends one SET NX per key to a cluster client, helper.go v1.0.79;
// measured on three masters with one of two keys existing: the other key
// was set, the existing one kept).
type SplitHelper struct {
	LibFunc
	// Client is the index of the client parameter.
	Client int
	Cmd    Command
	Effect CrossSlot
	// Sends is what it sends for each part, for messages.
	Sends string
}

// SplitHelperOf returns the split helper fn is.
func SplitHelperOf(fn *types.Func) (SplitHelper, bool) {
	return lookup(tables().splitHelpers, fn, func(h SplitHelper, params paramList) bool {
		return h.Client < params.Len() && SignatureFits(fn.Type().(*types.Signature), &h.Cmd)
	})
}

// AtomicBatch is a function that makes a batch of commands, atomic (a
// MULTI/EXEC transaction) when its bool parameter Atomic is true.
type AtomicBatch struct {
	LibFunc
	Atomic int
	// CrossSlot is what the client does when the commands of an atomic
	// batch have keys of several slots.
	CrossSlot CrossSlot
}

// AtomicBatchOf returns the batch constructor fn is.
func AtomicBatchOf(fn *types.Func) (AtomicBatch, bool) {
	return lookup(tables().atomicBatches, fn, func(b AtomicBatch, params paramList) bool {
		return b.Atomic < params.Len() && typesutil.IsBool(params.At(b.Atomic).Type())
	})
}

// KeyClientOf returns the client type t (or *t) is.
func KeyClientOf(t types.Type) (KeyClient, bool) {
	obj := typesutil.NamedObj(t)
	if obj == nil {
		return KeyClient{}, false
	}
	lib, sub := libPkgOf(obj.Pkg().Path())
	for _, c := range tables().keyClients {
		if c.Lib == lib && c.Pkg == sub && c.Type == obj.Name() {
			return c, true
		}
	}
	return KeyClient{}, false
}

// ActionRunnerOf returns the action runner fn is.
func ActionRunnerOf(fn *types.Func) (ActionRunner, bool) {
	return lookup(tables().actionRunners, fn, func(a ActionRunner, params paramList) bool { return a.Action < params.Len() })
}

// RawArgOf returns the word that a client sends for an argument of type
// and value tv: a constant string or integer is Known (as every library
// formats integers in decimal); a value of a numeric type is Numeric;
// anything else is unknown.
func RawArgOf(tv types.TypeAndValue) keyspec.Arg {
	if tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			return keyspec.Arg{Text: constant.StringVal(tv.Value), Known: true}
		case constant.Int:
			if v, exact := constant.Int64Val(tv.Value); exact {
				return keyspec.Arg{Text: strconv.FormatInt(v, 10), Known: true}
			}
		}
	}
	if tv.Type != nil {
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsNumeric != 0 {
			return keyspec.Arg{Numeric: true}
		}
	}
	return keyspec.Arg{}
}

// Batch is a method that sends several built commands at once: rueidis
// DoMulti(ctx, cmds...). On a cluster client it routes each command by its
// slot, but panics ("Mixing no-slot and cross slot commands in DoMulti is
// prohibited", rueidis v1.0.79 cluster.go) when the batch holds commands
// without keys (MULTI, EXEC) and keys of different slots: a MULTI/EXEC
// transaction written as a batch.
type Batch struct {
	LibFunc
	// Cmds is the index of the variadic parameter of commands.
	Cmds int
}

// BatchOf returns the batch call fn is.
func BatchOf(fn *types.Func) (Batch, bool) {
	return lookup(tables().batches, fn, func(b Batch, params paramList) bool {
		return b.Cmds == params.Len()-1 && isVariadicSlice(params.At(b.Cmds).Type())
	})
}
