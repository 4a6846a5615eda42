package model

// redigo (github.com/gomodule/redigo/redis, formerly
// github.com/garyburd/redigo/redis), read from v1.9.3: connections to one
// node, which a Pool's Dial function makes; commands are raw (Do, Send)
// and scripts (Script.Do). redisc's Cluster hands out redigo connections.
//
// Parameter indexes count after a leading context.Context; DoContext(c,
// ctx, cmd, args...) has none leading, so its indexes count every
// parameter.
var redigo = Library{
	Lib: LibRedigo,
	Info: LibInfo{
		Name:       "redigo",
		Paths:      []string{"github.com/gomodule/redigo/redis", "github.com/garyburd/redigo/redis"},
		ClusterFix: "use a redisc.Cluster with StartupNodes",
		EachMaster: "a redisc.Cluster's EachNode",
		ScanAll:    "a redisc.Cluster's EachNode and SCAN on each node",
		Choice:     ChoiceByOrigin,
		OneConn:    true,
	},

	Constructors: []Constructor{
		{Name: "Dial", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "DialContext", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "DialTimeout", Topo: TopoStandalone, Opts: -1, Addr: 1, Form: AddrHostPort},
		{Name: "DialURL", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrURL},
		{Name: "DialURLContext", Topo: TopoStandalone, Opts: -1, Addr: 0, Form: AddrURL},
	},
	Delegates: []Delegate{{Type: "Pool", Fields: []string{"Dial", "DialContext"}}},
	Wrappers: []Wrapper{
		{Name: "NewLoggingConn", Arg: 0},
		{Name: "NewLoggingConnFilter", Arg: 0},
	},
	HandleMethods: []MethodRef{
		{Recv: "Pool", Name: "Get"},
		{Recv: "Pool", Name: "GetContext"},
	},
	DBOptions: []MethodRef{{Name: "DialDatabase"}},

	KeyClients: []KeyClient{
		{Type: "Conn", Mode: ModeByOrigin},
		{Type: "ConnWithTimeout", Mode: ModeByOrigin},
		{Type: "ConnWithContext", Mode: ModeByOrigin},
	},
	// Conn.Do and Send, ConnWithTimeout.DoWithTimeout,
	// ConnWithContext.DoContext, and the functions that call them.
	RawSends: []RawSend{
		{LibFunc: LibFunc{Recv: "Conn", Name: "Do"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Conn", Name: "Send"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "ConnWithTimeout", Name: "DoWithTimeout"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "ConnWithContext", Name: "DoContext"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Name: "DoContext", Func: true}, Conn: 0, Cmd: 2, Key: -1, Args: 3, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Name: "DoWithTimeout", Func: true}, Conn: 0, Cmd: 2, Key: -1, Args: 3, CrossSlot: CrossSlotServer},
	},
	// Args (a []interface{} that programs spread into Do).
	ArgsAppends: []ArgsAppend{
		{LibFunc: LibFunc{Recv: "Args", Name: "Add"}},
		{LibFunc: LibFunc{Recv: "Args", Name: "AddFlat"}, Flatten: FlatOnce},
	},
	ScriptCtors: []ScriptCtor{{LibFunc: LibFunc{Name: "NewScript", Func: true}, Count: 0}},
	// Script.Do(c, keysAndArgs...) sends EVALSHA hash count keysAndArgs...;
	// on a redisc Conn it is routed by the hash's slot.
	ScriptCalls: []ScriptCall{
		{LibFunc: LibFunc{Recv: "Script", Name: "Do"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Script", Name: "DoContext"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Script", Name: "Send"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Script", Name: "SendHash"}, Conn: 0, Keys: 1, Form: ScriptKeysCount, CrossSlot: CrossSlotServer},
	},
}
