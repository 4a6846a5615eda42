package model

// radix v3 (github.com/mediocregopher/radix/v3), read from v3.8.0: Cmd and
// FlatCmd build an action that a client's Do runs; a Cluster compares the
// slots of the action's keys.
var radix3 = Library{
	Lib: LibRadix3,
	Info: LibInfo{
		Name:       "radix v3",
		Paths:      []string{"github.com/mediocregopher/radix/v3"},
		ClusterFix: "use radix.NewCluster with the seeds",
		EachMaster: "Cluster.Topo().Primaries() and Cluster.Client",
		ScanAll:    "Cluster.NewScanner",
		Choice:     ChoiceByOrigin,
	},

	Constructors: []Constructor{
		{Name: "NewPool", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "NewCluster", Topo: TopoCluster, Opts: -1, Addr: 0, Form: AddrList},
		{Name: "NewSentinel", Topo: TopoSentinel, Opts: -1, Addr: 1, Form: AddrList},
	},
	ClusterTypes: []MethodRef{{Name: "Cluster"}},
	// NewScanner's doc: "if Client is a *Cluster this will not work
	// correctly, use the NewScanner method on Cluster instead".
	Scanners: []Scanner{{Name: "NewScanner", Client: 0}},

	KeyClients: []KeyClient{
		{Type: "Cluster", Mode: ModeCluster},
		{Type: "Pool", Mode: ModeStandalone},
		{Type: "Sentinel", Mode: ModeStandalone},
		{Type: "Conn", Mode: ModeStandalone},
		{Type: "Client", Mode: ModeByOrigin},
	},
	// The action's keys are the first word after the name but for the
	// Checked commands.
	RawSends: []RawSend{
		{LibFunc: LibFunc{Name: "Cmd", Func: true}, Conn: -1, Cmd: 1, Key: -1, Args: 2, Builds: true,
			CrossSlot: CrossSlotServer, Checked: []string{"BITOP", "XREAD", "XREADGROUP"}},
		{LibFunc: LibFunc{Name: "FlatCmd", Func: true}, Conn: -1, Cmd: 1, Key: 2, Args: 3, Flatten: FlatDeep, Builds: true,
			CrossSlot: CrossSlotServer},
	},
	ScriptCtors: []ScriptCtor{{LibFunc: LibFunc{Name: "NewEvalScript", Func: true}, Count: 0}},
	// The action's keys are the script's keys, all compared.
	ScriptCalls: []ScriptCall{
		{LibFunc: LibFunc{Recv: "EvalScript", Name: "Cmd"}, Conn: -1, Keys: 1, Form: ScriptKeysCount, Builds: true, CrossSlot: CrossSlotClient},
		{LibFunc: LibFunc{Recv: "EvalScript", Name: "FlatCmd"}, Conn: -1, Keys: 1, Form: ScriptKeysSlice, Builds: true, CrossSlot: CrossSlotClient},
	},
	ActionRunners: []ActionRunner{
		{LibFunc: LibFunc{Name: "Do"}, Action: 0},
		{LibFunc: LibFunc{Name: "DoSecondary"}, Action: 0},
	},
}
