package model

// rueidis (github.com/redis/rueidis, formerly github.com/rueian/rueidis),
// read from v1.0.79 (and v0.0.100 at the old path): one constructor whose
// options decide the kind at run time; commands are built by a chain of
// builder methods (internal/cmds, generated from Redis' command JSON) from
// the client's B(), or sent through its go-redis adapter (rueidiscompat),
// whose methods mirror go-redis'. valkey-go (lib_valkeygo.go) is a fork
// and shares every row below.
var rueidis = Library{
	Lib: LibRueidis,
	Info: rueidisFamily(LibInfo{
		Name:   "rueidis",
		Paths:  []string{"github.com/redis/rueidis", "github.com/rueian/rueidis"},
		Compat: "rueidiscompat",
		Hook:   "rueidishook",
	}),

	Constructors: []Constructor{
		{Name: "NewClient", Topo: TopoAuto, Opts: 0, AddrField: "InitAddress", Form: AddrList,
			ForceSingle: "ForceSingleClient", Sentinel: "Sentinel.MasterSet", DB: "SelectDB",
			ClusterHints: []string{"ClusterOption", "ShuffleInit"}},
	},
	// rueidishook.WithHook(client, hook) returns a Client that runs every
	// command on client, through the hook.
	Wrappers: []Wrapper{{Pkg: PkgHook, Name: "WithHook", Arg: 0}},
	// Client.Dedicated(fn): fn's DedicatedClient is a connection of the
	// same client (on a cluster, pinned to the first key's slot).
	SameClientCallbacks: []MethodRef{{Recv: "Client", Name: "Dedicated"}},
	HandleMethods: []MethodRef{
		{Name: "B"},
		// Client.Dedicate() returns a DedicatedClient of the same client
		// (and its cancel function).
		{Recv: "Client", Name: "Dedicate"},
	},
	// Client.Nodes() returns a single-node client for each node.
	PerNodeMethods: []MethodRef{{Name: "Nodes"}},
	URLParsers: []URLParser{
		{Name: "ParseURL"},
		{Name: "MustParseURL"},
	},

	// Methods of the command builder (internal/cmds.Builder).
	NodeMethods: []NodeMethod{
		{Name: "Keys", Command: "KEYS"},
		{Name: "Scan", Command: "SCAN"},
		{Name: "Randomkey", Command: "RANDOMKEY"},
		{Name: "Flushdb", Command: "FLUSHDB"},
		{Name: "Flushall", Command: "FLUSHALL"},
		{Name: "Dbsize", Command: "DBSIZE"},
		{Name: "Select", Command: "SELECT"},
		{Name: "Swapdb", Command: "SWAPDB"},
		{Name: "Move", Command: "MOVE"},
		{Name: "ConfigSet", Command: "CONFIG SET"},
		{Name: "ConfigGet", Command: "CONFIG GET"},
	},

	KeyClients: []KeyClient{
		{Type: "Client", Mode: ModeByOrigin},
		{Type: "CoreClient", Mode: ModeByOrigin},
		{Type: "DedicatedClient", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "Cmdable", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "CoreCmdable", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "Compat", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "Pipeliner", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "Pipeline", Mode: ModeByOrigin},
		{Pkg: PkgCompat, Type: "Tx", Mode: ModeByOrigin},
	},
	// rueidiscompat: Pipeliner.Do(ctx, args...) builds
	// Arbitrary(args[0]).Keys(args[1]).Args(args[2:]...): one key compared.
	RawSends: []RawSend{
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Pipeliner", Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Pipeline", Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},
	},
	ScriptCtors: []ScriptCtor{
		{LibFunc: LibFunc{Name: "NewLuaScript", Func: true}, Count: -1},
		{LibFunc: LibFunc{Name: "NewLuaScriptReadOnly", Func: true}, Count: -1},
		{LibFunc: LibFunc{Name: "NewLuaScriptNoSha", Func: true}, Count: -1},
		{LibFunc: LibFunc{Name: "NewLuaScriptReadOnlyNoSha", Func: true}, Count: -1},
		{LibFunc: LibFunc{Name: "NewLuaScriptRetryable", Func: true}, Count: -1},
		{LibFunc: LibFunc{Name: "NewLuaScriptNoShaRetryable", Func: true}, Count: -1},
		{LibFunc: LibFunc{Pkg: PkgCompat, Name: "NewScript", Func: true}, Count: -1},
	},
	// Lua.Exec builds EVALSHA with Key(keys...).
	ScriptCalls: []ScriptCall{
		{LibFunc: LibFunc{Recv: "Lua", Name: "Exec"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Recv: "Lua", Name: "ExecMulti"}, Conn: 0, Keys: 1, Form: ScriptKeysField, Field: "Keys", CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "Run"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "RunRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "Eval"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "EvalRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "EvalSha"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
		{LibFunc: LibFunc{Pkg: PkgCompat, Recv: "Script", Name: "EvalShaRO"}, Conn: 0, Keys: 1, Form: ScriptKeysSlice, CrossSlot: CrossSlotPanic},
	},
	Batches: []Batch{{LibFunc: LibFunc{Name: "DoMulti"}, Cmds: 0}},
	// MSetNX(client, ctx, kvs) sends one SET NX per key to a cluster
	// client (helper.go).
	SplitHelpers: []SplitHelper{
		{LibFunc: LibFunc{Name: "MSetNX", Func: true}, Client: 0,
			Cmd:    Command{Method: "MSetNX", Name: "MSETNX", Args: []Arg{{Param: 2, Kind: MapKeys}}},
			Effect: CrossSlotPerKey, Sends: "SET NX"},
	},

	// The builder methods that add keys: every method of internal/cmds
	// whose body computes a slot, as libs_drift_test.go checks.
	BuilderMethods: []BuilderMethod{
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
		{Recv: "Builder", Name: "Arbitrary", Role: BuilderWords},
		{Recv: "Arbitrary", Name: "Args", Role: BuilderWords},
	},
	// CLUSTER KEYSLOT's key, RedisGears' RG.CONFIGGET/SET, RedisAI's
	// AI.SCRIPTEXECUTE, RediSearch's INKEYS and FT.SUG*, and the channels
	// of non-sharded Pub/Sub.
	BuilderNotKeys: []string{
		"ClusterKeyslot", "RgConfigget", "RgConfiggetKey", "RgConfigsetKeyValue",
		"AiScriptexecuteKeysKey", "AiScriptexecuteKeysKeys",
		"FtSearchInKeysInkeys", "FtSearchInKeysKey",
		"FtSugadd", "FtSugdel", "FtSugget", "FtSuglen",
		"Publish", "PubsubNumsub", "PubsubNumsubChannel",
		"Subscribe", "SubscribeChannel", "Unsubscribe", "UnsubscribeChannel",
	},
}

// rueidisFamily is what rueidis and its forks share but their names and
// paths.
func rueidisFamily(info LibInfo) LibInfo {
	info.Builders, info.BuilderType = "internal/cmds", "Builder"
	info.BuilderStart, info.BuilderBuild = "B", "Build"
	info.Choice = ChoiceAtRunTime
	info.CrossSlot = CrossSlotPanic
	info.ClusterFix = "drop ForceSingleClient: " + info.Name + " then discovers the cluster"
	info.EachMaster = "Client.Nodes()"
	info.ScanAll = "Client.Nodes() and SCAN on each node"
	return info
}
