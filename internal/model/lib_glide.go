package model

// valkey-glide's Go client (github.com/valkey-io/valkey-glide/go/v2),
// read from v2.5.3: a Rust core behind a Go API whose commands take
// []string keys; typed commands with several keys are in glideCommands
// (glide_commands.go, checked by glide_drift_test.go).
//
// Measured on three masters of redis-server 7.0.15: MSET, MGET, DEL,
// EXISTS, UNLINK, TOUCH and WATCH with keys of two slots succeed (split by
// slot), MSETNX, SUNIONSTORE, RENAME, SINTER, ZUNIONSTORE and scripts fail
// with CrossSlot (its documentation lists MSETNX among the split commands;
// v2.5.3 does not split it); SSUBSCRIBE and SUNSUBSCRIBE of shard channels
// of two slots (SSubscribe, SUnsubscribe, CustomCommand, or a
// config.ShardedClusterChannelMode subscription configuration) succeed,
// each channel subscribed on its own shard; KEYS, DBSIZE, FLUSHDB, FLUSHALL
// and RANDOMKEY (sent with CustomCommand) answer for the whole cluster,
// SCAN for one random node, SELECT fails.
var glide = Library{
	Lib: LibGlide,
	Info: LibInfo{
		Name:       "valkey-glide",
		Paths:      []string{"github.com/valkey-io/valkey-glide/go/v2"},
		ClusterFix: "use glide.NewClusterClient with a config.ClusterClientConfiguration",
		EachMaster: "a config.AllPrimaries route",
		ScanAll:    "ClusterClient.Scan with a models.ClusterScanCursor",
		Choice:     ChoiceByType,
		CrossSlot:  CrossSlotServer,
		Commands:   glideCommands,
		Splits:     []string{"DEL", "EXISTS", "MGET", "MSET", "TOUCH", "UNLINK", "WATCH", "SSUBSCRIBE", "SUNSUBSCRIBE"},
		AllNodes:   []string{"DBSIZE", "FLUSHALL", "FLUSHDB", "KEYS", "RANDOMKEY"},
	},

	// The configuration is a builder chain.
	Constructors: []Constructor{
		{Name: "NewClusterClient", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrChain, AddrMethod: "WithAddress"},
		{Name: "NewClient", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrChain, AddrMethod: "WithAddress"},
	},
	ClusterTypes: []MethodRef{
		{Name: "ClusterClient"},
		{Name: "ClusterBatch"}, // pipeline.ClusterBatch: commands for a cluster client
	},
	// ClusterClient.Select (measured: SELECT is not allowed in cluster
	// mode); its Scan, FlushAll, FlushDB run cluster-wide.
	NodeMethods: []NodeMethod{{Name: "Select", Command: "SELECT"}},

	KeyClients: []KeyClient{
		{Type: "ClusterClient", Mode: ModeCluster},
		{Type: "Client", Mode: ModeStandalone},
		{Pkg: "pipeline", Type: "ClusterBatch", Mode: ModeCluster},
		{Pkg: "pipeline", Type: "StandaloneBatch", Mode: ModeStandalone},
	},
	// CustomCommand(ctx, []string{name, words...}) on a client; the words
	// are one []string (Words).
	RawSends: []RawSend{
		{LibFunc: LibFunc{Recv: "ClusterClient", Name: "CustomCommand"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, Words: true, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Client", Name: "CustomCommand"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, Words: true, CrossSlot: CrossSlotServer},
	},
	ScriptCtors: []ScriptCtor{{LibFunc: LibFunc{Pkg: "options", Name: "NewScript", Func: true}, Count: -1}},
	// The client's InvokeScriptWithOptions(ctx, script,
	// options.ScriptOptions{Keys: …}) sends EVALSHA with the keys
	// (measured: keys of two slots fail with CrossSlot; a key a script
	// builds from KEYS[1] fails with "Script attempted to access a non
	// local key in a cluster node"); InvokeScript(ctx, script) sends none,
	// to a random master. InvokeScriptWithRoute and
	// InvokeScriptWithClusterOptions send no keys either, to the route the
	// program chooses: not modelled.
	ScriptCalls: []ScriptCall{
		{LibFunc: LibFunc{Name: "InvokeScriptWithOptions"}, Conn: -1, OnClient: true, Script: 0, ScriptPkg: "options", ScriptType: "Script", Keys: 1,
			Form: ScriptKeysOption, Field: "Keys", Setter: "WithKeys", CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Name: "InvokeScript"}, Conn: -1, OnClient: true, Script: 0, ScriptPkg: "options", ScriptType: "Script", Keys: -1,
			Form: ScriptKeysNone, CrossSlot: CrossSlotServer},
	},
	// pipeline.NewClusterBatch(isAtomic), measured with two SETs of
	// different slots: atomic, Exec fails with "Received crossed slots in
	// pipeline" and neither key is set; not atomic, each command goes to
	// its own node and both succeed.
	AtomicBatches: []AtomicBatch{
		{LibFunc: LibFunc{Pkg: "pipeline", Name: "NewClusterBatch", Func: true}, Atomic: 0, CrossSlot: CrossSlotClient},
		{LibFunc: LibFunc{Pkg: "pipeline", Name: "NewStandaloneBatch", Func: true}, Atomic: 0, CrossSlot: CrossSlotServer},
	},
}
