package model

// radix v4 (github.com/mediocregopher/radix/v4), read from v4.1.4:
// constructors are methods of config values; Cmd and FlatCmd build an
// action that a client's Do runs, and a Cluster compares the slots of the
// action's keys: the first word after the name, and, for the commands in
// Checked (DefaultActionProperties), the others.
var radix4 = Library{
	Lib: LibRadix4,
	Info: LibInfo{
		Name:       "radix v4",
		Paths:      []string{"github.com/mediocregopher/radix/v4"},
		ClusterFix: "use radix.ClusterConfig.New with the seeds",
		EachMaster: "Cluster.Clients()",
		ScanAll:    "ScannerConfig.NewMulti",
		Choice:     ChoiceByOrigin,
	},

	Constructors: []Constructor{
		{Recv: "PoolConfig", Name: "New", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Recv: "Dialer", Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Recv: "ClusterConfig", Name: "New", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrList},
		{Recv: "SentinelConfig", Name: "New", Topo: TopoSentinel, Opts: -1, Addr: 1, Form: AddrList},
	},
	// Cluster.Clients() returns a single-node client for each node.
	PerNodeMethods: []MethodRef{{Recv: "Cluster", Name: "Clients"}},
	ClusterTypes:   []MethodRef{{Name: "Cluster"}},

	KeyClients: []KeyClient{
		{Type: "Cluster", Mode: ModeCluster},
		{Type: "Sentinel", Mode: ModeStandalone},
		{Type: "Conn", Mode: ModeStandalone},
		{Type: "Client", Mode: ModeByOrigin},
		{Type: "MultiClient", Mode: ModeByOrigin},
	},
	RawSends: []RawSend{
		{LibFunc: LibFunc{Name: "Cmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
			CrossSlot: CrossSlotServer, Checked: radix4Checked},
		{LibFunc: LibFunc{Name: "FlatCmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Flatten: FlatDeep, Builds: true,
			CrossSlot: CrossSlotServer, Checked: radix4Checked},
		{LibFunc: LibFunc{Recv: "CmdConfig", Name: "Cmd"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
			CrossSlot: CrossSlotServer, Checked: radix4Checked},
		{LibFunc: LibFunc{Recv: "CmdConfig", Name: "FlatCmd"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Flatten: FlatDeep, Builds: true,
			CrossSlot: CrossSlotServer, Checked: radix4Checked},
	},
	ScriptCtors: []ScriptCtor{{LibFunc: LibFunc{Name: "NewEvalScript", Func: true}, Count: -1}},
	// The action's keys are the script's keys, all compared.
	ScriptCalls: []ScriptCall{
		{LibFunc: LibFunc{Recv: "EvalScript", Name: "Cmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},
		{LibFunc: LibFunc{Recv: "EvalScript", Name: "FlatCmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},
	},
	ActionRunners: []ActionRunner{
		{LibFunc: LibFunc{Name: "Do"}, Action: 0},
		{LibFunc: LibFunc{Name: "DoSecondary"}, Action: 0},
	},
}

// radix4Checked are the commands whose keys radix v4's
// DefaultActionProperties lists beyond the first word.
var radix4Checked = []string{"BITOP", "MSET", "XREAD", "XREADGROUP"}
