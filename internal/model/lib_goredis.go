package model

// go-redis (github.com/redis/go-redis/v9 and github.com/go-redis/redis
// v6–v9), read from v9.23.0, v8.11.5, v7.4.1 and v6.15.9: commands are
// typed methods (Cmdable, goredis_commands.go; what each version can do is
// in goredis_versions.go), the client's type says whether it is a cluster
// client. Parameter indexes count after a leading context.Context, which v6
// does not have.
var goRedis = Library{
	Lib: LibGoRedis,
	Info: LibInfo{
		Name: "go-redis",
		Paths: []string{
			"github.com/redis/go-redis/v9",
			"github.com/go-redis/redis/v9", // v9 betas were published at this path
			"github.com/go-redis/redis/v8",
			"github.com/go-redis/redis/v7",
			"github.com/go-redis/redis", // v6 and older: no context parameter
		},
		ClusterFix:     "use NewClusterClient with the seeds, or NewUniversalClient with IsClusterMode (go-redis v9.8.0+)",
		EachMaster:     "ForEachMaster",
		ScanAll:        "ForEachMaster and Scan on each master",
		Choice:         ChoiceByType,
		ClusterMethods: true,
		NodeFixes: map[string]string{
			"DBSIZE":          "call DBSize on the ClusterClient itself, which sums over the masters",
			"PUBSUB NUMSUB":   "add up the counts of every node with ForEachShard",
			"PUBSUB CHANNELS": "merge the channels of every node with ForEachShard",
			"PUBSUB NUMPAT":   "add up the counts of every node with ForEachShard",
		},
		RoutingPolicies: true,
	},

	Constructors: []Constructor{
		// Every major version (v6 has no ctx, which Opts does not see).
		{Name: "NewClient", Topo: TopoStandalone, Opts: 0, AddrField: "Addr", Form: AddrHostPort, DB: "DB"},
		{Name: "NewClusterClient", Topo: TopoCluster, Opts: 0, AddrField: "Addrs", Form: AddrList},
		{Name: "NewUniversalClient", Topo: TopoUniversal, Opts: 0, AddrField: "Addrs", Form: AddrList,
			ForceCluster: "IsClusterMode", Sentinel: "MasterName", DB: "DB"},
		{Name: "NewFailoverClient", Topo: TopoSentinel, Opts: 0, AddrField: "SentinelAddrs", Form: AddrList, DB: "DB"},
		{Name: "NewFailoverClusterClient", Topo: TopoSentinelCluster, Opts: 0, AddrField: "SentinelAddrs", Form: AddrList},
	},

	SameClientCallbacks: []MethodRef{
		{Name: "Pipelined"},
		{Name: "TxPipelined"},
		{Name: "Watch"},
	},
	HandleMethods: []MethodRef{
		{Name: "Pipeline"},
		{Name: "TxPipeline"},
		{Name: "WithContext"},
		{Name: "WithTimeout"},
		{Name: "Conn"},
	},
	ClusterTypes: []MethodRef{{Name: "ClusterClient"}},
	URLParsers:   []URLParser{{Name: "ParseURL"}},
	// UniversalOptions' conversions, in v7, v8 and v9 (v6's are
	// unexported); Simple takes the first address.
	Conversions: []Conversion{
		{Recv: "UniversalOptions", Method: "Cluster"},
		{Recv: "UniversalOptions", Method: "Failover", From: map[string]string{"SentinelAddrs": "Addrs"}},
		{Recv: "UniversalOptions", Method: "Simple", From: map[string]string{"Addr": "Addrs"}, First: true},
	},
	// Keyspace notifications: Subscribe and PSubscribe take the channels
	// or patterns as their variadic string parameter.
	KeyspaceSubscribers: []MethodRef{
		{Name: "Subscribe"},
		{Name: "PSubscribe"},
	},

	// Declared on cmdable (Select and SwapDB on statefulCmdable, reachable
	// from a cluster's pipelines and Tx).
	NodeMethods: []NodeMethod{
		{Name: "Keys", Command: "KEYS", Pattern: 1},
		{Name: "Scan", Command: "SCAN", Pattern: 2},
		{Name: "ScanType", Command: "SCAN", Pattern: 2},
		{Name: "RandomKey", Command: "RANDOMKEY"},
		{Name: "FlushDB", Command: "FLUSHDB"},
		{Name: "FlushDBAsync", Command: "FLUSHDB"},
		{Name: "FlushAll", Command: "FLUSHALL"},
		{Name: "FlushAllAsync", Command: "FLUSHALL"},
		{Name: "DBSize", Command: "DBSIZE", ClusterAggregates: true},
		{Name: "Select", Command: "SELECT"},
		{Name: "SwapDB", Command: "SWAPDB"},
		{Name: "Move", Command: "MOVE"},
		{Name: "ConfigSet", Command: "CONFIG SET"},
		{Name: "ConfigGet", Command: "CONFIG GET"},
		{Name: "PubSubNumSub", Command: "PUBSUB NUMSUB"},
		{Name: "PubSubChannels", Command: "PUBSUB CHANNELS"},
		{Name: "PubSubNumPat", Command: "PUBSUB NUMPAT"},
	},

	// Do(ctx, args...) on every client, pipeline and Tx.
	RawSends: []RawSend{
		{LibFunc: LibFunc{Name: "Do"}, Conn: -1, Cmd: -1, Key: -1, Args: 0, CrossSlot: CrossSlotServer},
	},

	Receivers: map[string]Receiver{
		"Client":          RecvStandalone,
		"Conn":            RecvStandalone,
		"SentinelClient":  RecvStandalone,
		"ClusterClient":   RecvCluster,
		"Ring":            RecvRing,
		"UniversalClient": RecvMaybeCluster,
		"Cmdable":         RecvMaybeCluster,
		"StatefulCmdable": RecvMaybeCluster,
		"Scripter":        RecvMaybeCluster, // what *Script runs on
		"Pipeliner":       RecvPipeline,
		"Pipeline":        RecvPipeline,
		"Tx":              RecvTx,
	},
	Cmdable: goRedisCommands,
	// *Script's methods all take (ctx, c Scripter, keys []string, args
	// ...interface{}) (v6: no ctx): the client is parameter 0
	// (ScriptClientParam), the keys parameter 1.
	ScriptMethods: map[string]*Command{
		"Run":       {Method: "Run", Name: "EVALSHA", Args: []Arg{{Param: 1, Kind: Keys}}},
		"RunRO":     {Method: "RunRO", Name: "EVALSHA_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
		"Eval":      {Method: "Eval", Name: "EVAL", Args: []Arg{{Param: 1, Kind: Keys}}},
		"EvalRO":    {Method: "EvalRO", Name: "EVAL_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
		"EvalSha":   {Method: "EvalSha", Name: "EVALSHA", Args: []Arg{{Param: 1, Kind: Keys}}},
		"EvalShaRO": {Method: "EvalShaRO", Name: "EVALSHA_RO", Args: []Arg{{Param: 1, Kind: Keys}}},
	},
	ScriptSources: []string{"NewScript", "NewScriptServerSHA"},
	EvalSources:   []string{"Eval", "EvalRO"},
}
