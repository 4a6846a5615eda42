package model

// This file models how the client libraries other than go-redis send
// commands with keys, so that analyzers can find the keys of their calls:
// raw commands (a name and words: redigo Do, radix Cmd), command builders
// (rueidis client.B().Mget().Key(k1, k2)), Lua scripts (a keys parameter or
// the first N words), rueidis' go-redis adapter (rueidiscompat), and which of
// their client types run commands on a cluster. It was read from redigo
// v1.9.3, redisc v1.4.0, rueidis v1.0.79 (and rueidiscompat v1.0.79), radix
// v3.8.0 and v4.1.4, and valkey-go v1.0.79 (which shares rueidis' entries);
// libs_drift_test.go checks every name and parameter
// shape here against those modules.
//
// Parameter indexes count after a leading context.Context, as Arg.Param
// does; redigo's DoContext(c, ctx, cmd, args...) has none leading, so its
// indexes count every parameter.

import (
	"github.com/redislint/redislint/internal/keyspec"
	"github.com/redislint/redislint/internal/typesutil"
	"go/constant"
	"go/types"
	"strconv"
	"strings"
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

var rawSends = []RawSend{
	// go-redis: Do(ctx, args...) on every client, pipeline and Tx. v6 has
	// no ctx, which the indexes do not see.
	{LibFunc: LibFunc{Lib: LibGoRedis, Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},

	// redigo: Conn.Do and Send, ConnWithTimeout.DoWithTimeout,
	// ConnWithContext.DoContext, and the functions that call them. A
	// redisc Conn routes by the first word after the name, key or not.
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Conn", Name: "Do"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Conn", Name: "Send"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "ConnWithTimeout", Name: "DoWithTimeout"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "ConnWithContext", Name: "DoContext"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Name: "DoContext", Func: true}, Conn: 0, Cmd: 2, Key: -1, Args: 3, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Name: "DoWithTimeout", Func: true}, Conn: 0, Cmd: 2, Key: -1, Args: 3, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedisc, Recv: "Conn", Name: "Do"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedisc, Recv: "Conn", Name: "Send"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedisc, Recv: "Conn", Name: "DoWithTimeout"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, CrossSlot: CrossSlotServer},

	// valkey-glide: CustomCommand(ctx, []string{name, words...}) on a
	// client; the words are one []string (Words).
	{LibFunc: LibFunc{Lib: LibGlide, Recv: "ClusterClient", Name: "CustomCommand"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, Words: true, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibGlide, Recv: "Client", Name: "CustomCommand"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, Words: true, CrossSlot: CrossSlotServer},

	// rueidiscompat: Pipeliner.Do(ctx, args...) builds
	// Arbitrary(args[0]).Keys(args[1]).Args(args[2:]...): one key compared.
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Pipeliner", Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Pipeline", Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},

	// radix: Cmd and FlatCmd build an action; a Cluster compares the slots
	// of the action's keys, which are the first word after the name but
	// for the Checked commands.
	{LibFunc: LibFunc{Lib: LibRadix3, Name: "Cmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
		CrossSlot: CrossSlotServer, Checked: []string{"BITOP", "XREAD", "XREADGROUP"}},
	{LibFunc: LibFunc{Lib: LibRadix3, Name: "FlatCmd", Func: true}, Conn: -1, Cmd: 1, Key: 2, Args: 3, Flatten: FlatDeep, Builds: true,
		CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRadix4, Name: "Cmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
		CrossSlot: CrossSlotServer, Checked: radix4Checked},
	{LibFunc: LibFunc{Lib: LibRadix4, Name: "FlatCmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Flatten: FlatDeep, Builds: true,
		CrossSlot: CrossSlotServer, Checked: radix4Checked},
	{LibFunc: LibFunc{Lib: LibRadix4, Recv: "CmdConfig", Name: "Cmd"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
		CrossSlot: CrossSlotServer, Checked: radix4Checked},
	{LibFunc: LibFunc{Lib: LibRadix4, Recv: "CmdConfig", Name: "FlatCmd"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Flatten: FlatDeep, Builds: true,
		CrossSlot: CrossSlotServer, Checked: radix4Checked},
}

// radix4Checked are the commands whose keys radix v4's
// DefaultActionProperties lists beyond the first word.
var radix4Checked = []string{"BITOP", "MSET", "XREAD", "XREADGROUP"}

// ArgsAppend is a method of redigo's Args (a []interface{} that programs
// spread into Do: c.Do("MSET", redis.Args{}.Add(k1, v1).AddFlat(m)...))
// that returns its receiver with its argument(s) appended: Add each of its
// arguments as they are, AddFlat its one argument flattened (FlatOnce).
type ArgsAppend struct {
	LibFunc
	Flatten Flatten
}

var argsAppends = []ArgsAppend{
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Args", Name: "Add"}},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Args", Name: "AddFlat"}, Flatten: FlatOnce},
}

var scriptCtors = []ScriptCtor{
	{LibFunc: LibFunc{Lib: LibRedigo, Name: "NewScript", Func: true}, Count: 0},
	{LibFunc: LibFunc{Lib: LibRadix3, Name: "NewEvalScript", Func: true}, Count: 0},
	{LibFunc: LibFunc{Lib: LibRadix4, Name: "NewEvalScript", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScript", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScriptReadOnly", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScriptNoSha", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScriptReadOnlyNoSha", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScriptRetryable", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "NewLuaScriptNoShaRetryable", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Name: "NewScript", Func: true}, Count: -1},
	{LibFunc: LibFunc{Lib: LibGlide, Pkg: "options", Name: "NewScript", Func: true}, Count: -1},
}

var scriptCalls = []ScriptCall{
	// redigo: Script.Do(c, keysAndArgs...) sends EVALSHA hash count
	// keysAndArgs...; on a redisc Conn it is routed by the hash's slot.
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Script", Name: "Do"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Script", Name: "DoContext"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Script", Name: "Send"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibRedigo, Recv: "Script", Name: "SendHash"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},

	// radix: the action's keys are the script's keys, all compared.
	{LibFunc: LibFunc{Lib: LibRadix3, Recv: "EvalScript", Name: "Cmd"}, Conn: -1, Keys: 1, Form: ScriptKeysCount, Builds: true, CrossSlot: CrossSlotClient},
	{LibFunc: LibFunc{Lib: LibRadix3, Recv: "EvalScript", Name: "FlatCmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},
	{LibFunc: LibFunc{Lib: LibRadix4, Recv: "EvalScript", Name: "Cmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},
	{LibFunc: LibFunc{Lib: LibRadix4, Recv: "EvalScript", Name: "FlatCmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},

	// rueidis: Lua.Exec builds EVALSHA with Key(keys...).
	{LibFunc: LibFunc{Lib: LibRueidis, Recv: "Lua", Name: "Exec"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Recv: "Lua", Name: "ExecMulti"}, Conn: 0, Keys: 1, Form: ScriptKeysField, Field: "Keys", CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "Run"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "RunRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "Eval"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "EvalRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "EvalSha"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	{LibFunc: LibFunc{Lib: LibRueidis, Pkg: PkgCompat, Recv: "Script", Name: "EvalShaRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},

	// valkey-glide: the client's InvokeScriptWithOptions(ctx, script,
	// options.ScriptOptions{Keys: …}) sends EVALSHA with the keys (measured:
	// keys of two slots fail with CrossSlot; a key a script builds from
	// KEYS[1] fails with "Script attempted to access a non local key in a
	// cluster node"); InvokeScript(ctx, script) sends none, to a random
	// master. InvokeScriptWithRoute and InvokeScriptWithClusterOptions send
	// no keys either, to the route the program chooses: not modelled.
	{LibFunc: LibFunc{Lib: LibGlide, Name: "InvokeScriptWithOptions"}, Conn: -1, OnClient: true, Script: 0, ScriptPkg: "options", ScriptType: "Script", Keys: 1,
		Form: ScriptKeysOption, Field: "Keys", Setter: "WithKeys", CrossSlot: CrossSlotServer},
	{LibFunc: LibFunc{Lib: LibGlide, Name: "InvokeScript"}, Conn: -1, OnClient: true, Script: 0, ScriptPkg: "options", ScriptType: "Script", Keys: -1,
		Form: ScriptKeysNone, CrossSlot: CrossSlotServer},
}

// builderMethods are the rueidis builder methods that add keys: every
// method of internal/cmds whose body computes a slot, as
// libs_drift_test.go checks.
var builderMethods = []BuilderMethod{
	{Name: "Key", Role: BuilderKeys},
	{Name: "Keys", Role: BuilderKeys},
	{Name: "KeyValue", Role: BuilderKeys},          // MSET's (key, value)
	{Name: "KeyTimestampValue", Role: BuilderKeys}, // TS.MADD's (key, timestamp, value)
	{Name: "Key1", Role: BuilderKeys},
	{Name: "Key2", Role: BuilderKeys},
	{Name: "Destination", Role: BuilderKeys},
	{Name: "DestinationKey", Role: BuilderKeys},
	{Name: "Destkey", Role: BuilderKeys},
	{Name: "Dst", Role: BuilderKeys},
	{Name: "Newkey", Role: BuilderKeys},
	{Name: "Source", Role: BuilderKeys},
	{Name: "SourceKey", Role: BuilderKeys},
	{Name: "Sourcekey", Role: BuilderKeys},
	{Name: "Src", Role: BuilderKeys},
	{Name: "Store", Role: BuilderKeys},
	{Name: "Storedist", Role: BuilderKeys},
	{Name: "Graph", Role: BuilderKeys},
	{Name: "Channel", Role: BuilderShardChannels},
	{Recv: RueidisBuilder, Name: "Arbitrary", Role: BuilderWords},
	{Recv: "Arbitrary", Name: "Args", Role: BuilderWords},
}

// builderNotKeys are the builder types whose methods of a name in
// builderMethods add no key: CLUSTER KEYSLOT's key, RedisGears'
// RG.CONFIGGET/SET, RedisAI's AI.SCRIPTEXECUTE, RediSearch's INKEYS and
// FT.SUG*, and the channels of non-sharded Pub/Sub.
var builderNotKeys = map[string]bool{
	"ClusterKeyslot": true, "RgConfigget": true, "RgConfiggetKey": true, "RgConfigsetKeyValue": true,
	"AiScriptexecuteKeysKey": true, "AiScriptexecuteKeysKeys": true,
	"FtSearchInKeysInkeys": true, "FtSearchInKeysKey": true,
	"FtSugadd": true, "FtSugdel": true, "FtSugget": true, "FtSuglen": true,
	"Publish": true, "PubsubNumsub": true, "PubsubNumsubChannel": true,
	"Subscribe": true, "SubscribeChannel": true, "Unsubscribe": true, "UnsubscribeChannel": true,
}

var keyClients = []KeyClient{
	{Lib: LibRedigo, Type: "Conn", Mode: ModeByOrigin},
	{Lib: LibRedigo, Type: "ConnWithTimeout", Mode: ModeByOrigin},
	{Lib: LibRedigo, Type: "ConnWithContext", Mode: ModeByOrigin},
	{Lib: LibRedisc, Type: "Conn", Mode: ModeCluster},
	{Lib: LibRedisc, Type: "Cluster", Mode: ModeCluster},
	{Lib: LibRueidis, Type: "Client", Mode: ModeByOrigin},
	{Lib: LibRueidis, Type: "CoreClient", Mode: ModeByOrigin},
	{Lib: LibRueidis, Type: "DedicatedClient", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "Cmdable", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "CoreCmdable", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "Compat", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "Pipeliner", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "Pipeline", Mode: ModeByOrigin},
	{Lib: LibRueidis, Pkg: PkgCompat, Type: "Tx", Mode: ModeByOrigin},
	{Lib: LibRadix3, Type: "Cluster", Mode: ModeCluster},
	{Lib: LibRadix3, Type: "Pool", Mode: ModeStandalone},
	{Lib: LibRadix3, Type: "Sentinel", Mode: ModeStandalone},
	{Lib: LibRadix3, Type: "Conn", Mode: ModeStandalone},
	{Lib: LibRadix3, Type: "Client", Mode: ModeByOrigin},
	{Lib: LibRadix4, Type: "Cluster", Mode: ModeCluster},
	{Lib: LibRadix4, Type: "Sentinel", Mode: ModeStandalone},
	{Lib: LibRadix4, Type: "Conn", Mode: ModeStandalone},
	{Lib: LibRadix4, Type: "Client", Mode: ModeByOrigin},
	{Lib: LibRadix4, Type: "MultiClient", Mode: ModeByOrigin},
	{Lib: LibGlide, Type: "ClusterClient", Mode: ModeCluster},
	{Lib: LibGlide, Type: "Client", Mode: ModeStandalone},
	{Lib: LibGlide, Pkg: "pipeline", Type: "ClusterBatch", Mode: ModeCluster},
	{Lib: LibGlide, Pkg: "pipeline", Type: "StandaloneBatch", Mode: ModeStandalone},
}

var actionRunners = []ActionRunner{
	{LibFunc: LibFunc{Lib: LibRadix3, Name: "Do"}, Action: 0},
	{LibFunc: LibFunc{Lib: LibRadix3, Name: "DoSecondary"}, Action: 0},
	{LibFunc: LibFunc{Lib: LibRadix4, Name: "Do"}, Action: 0},
	{LibFunc: LibFunc{Lib: LibRadix4, Name: "DoSecondary"}, Action: 0},
}

func init() {
	rawSends = forks(rawSends, func(r *RawSend) *Lib { return &r.Lib })
	argsAppends = forks(argsAppends, func(a *ArgsAppend) *Lib { return &a.Lib })
	scriptCtors = forks(scriptCtors, func(c *ScriptCtor) *Lib { return &c.Lib })
	scriptCalls = forks(scriptCalls, func(c *ScriptCall) *Lib { return &c.Lib })
	keyClients = forks(keyClients, func(c *KeyClient) *Lib { return &c.Lib })
	actionRunners = forks(actionRunners, func(a *ActionRunner) *Lib { return &a.Lib })
	batches = forks(batches, func(b *Batch) *Lib { return &b.Lib })
	splitHelpers = forks(splitHelpers, func(h *SplitHelper) *Lib { return &h.Lib })
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
	return lookup(rawSends, fn, rawShapeFits)
}

// ArgsAppendOf returns the entry of fn when it is a method of redigo's
// Args with one parameter.
func ArgsAppendOf(fn *types.Func) (ArgsAppend, bool) {
	return lookup(argsAppends, fn, func(_ ArgsAppend, params paramList) bool { return params.Len() == 1 })
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
	return lookup(scriptCalls, fn, func(s ScriptCall, params paramList) bool {
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
	return lookup(scriptCtors, fn, func(c ScriptCtor, params paramList) bool { return c.Count < params.Len() })
}

// BuilderKeysOf returns what fn, a method of rueidis' command builders,
// adds to its command, when it adds keys, shard channels or raw words (see
// BuilderRole). A chain of builder calls from a client's B() is one command;
// a cluster client's builder compares the slots of the keys as they come,
// and panics (internal/cmds' check).
func BuilderKeysOf(fn *types.Func) (BuilderMethod, bool) {
	lib, sub, recv, params, ok := funcParts(fn)
	if !ok || lib == LibNone || sub != PkgBuilders || recv == "" || builderNotKeys[recv] {
		return BuilderMethod{}, false
	}
	for _, b := range builderMethods {
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
	for _, c := range goRedisByMethod[fn.Name()] {
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

var splitHelpers = []SplitHelper{
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "MSetNX", Func: true}, Client: 0,
		Cmd:    Command{Method: "MSetNX", Name: "MSETNX", Args: []Arg{{Param: 2, Kind: MapKeys}}},
		Effect: CrossSlotPerKey, Sends: "SET NX"},
}

// SplitHelperOf returns the split helper fn is.
func SplitHelperOf(fn *types.Func) (SplitHelper, bool) {
	return lookup(splitHelpers, fn, func(h SplitHelper, params paramList) bool {
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

// atomicBatches: valkey-glide's pipeline.NewClusterBatch(isAtomic), measured
// with two SETs of different slots: atomic, Exec fails with "Received
// crossed slots in pipeline" and neither key is set; not atomic, each
// command goes to its own node and both succeed.
var atomicBatches = []AtomicBatch{
	{LibFunc: LibFunc{Lib: LibGlide, Pkg: "pipeline", Name: "NewClusterBatch", Func: true}, Atomic: 0, CrossSlot: CrossSlotClient},
	{LibFunc: LibFunc{Lib: LibGlide, Pkg: "pipeline", Name: "NewStandaloneBatch", Func: true}, Atomic: 0, CrossSlot: CrossSlotServer},
}

// AtomicBatchOf returns the batch constructor fn is.
func AtomicBatchOf(fn *types.Func) (AtomicBatch, bool) {
	return lookup(atomicBatches, fn, func(b AtomicBatch, params paramList) bool {
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
	for _, c := range keyClients {
		if c.Lib == lib && c.Pkg == sub && c.Type == obj.Name() {
			return c, true
		}
	}
	return KeyClient{}, false
}

// ActionRunnerOf returns the action runner fn is.
func ActionRunnerOf(fn *types.Func) (ActionRunner, bool) {
	return lookup(actionRunners, fn, func(a ActionRunner, params paramList) bool { return a.Action < params.Len() })
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

var batches = []Batch{
	{LibFunc: LibFunc{Lib: LibRueidis, Name: "DoMulti"}, Cmds: 0},
}

// BatchOf returns the batch call fn is.
func BatchOf(fn *types.Func) (Batch, bool) {
	return lookup(batches, fn, func(b Batch, params paramList) bool {
		return b.Cmds == params.Len()-1 && isVariadicSlice(params.At(b.Cmds).Type())
	})
}
