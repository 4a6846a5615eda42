package model

// redisc (github.com/mna/redisc), read from v1.4.0: a redigo cluster
// client. The cluster is a struct literal; its connections are redigo
// connections, which route a raw command by its first word after the
// name, key or not.
var redisc = Library{
	Lib: LibRedisc,
	Info: LibInfo{
		Name:       "redisc",
		Paths:      []string{"github.com/mna/redisc"},
		EachMaster: "Cluster.EachNode",
		ScanAll:    "Cluster.EachNode and SCAN on each node",
		Choice:     ChoiceByType,
		OneConn:    true,
	},

	Constructors: []Constructor{
		{Name: "Cluster", Literal: true, Topo: TopoCluster, AddrField: "StartupNodes", Form: AddrList, DialOptions: "DialOptions"},
	},
	// RetryConn wraps the connection it is given.
	Wrappers: []Wrapper{{Name: "RetryConn", Arg: 0}},
	HandleMethods: []MethodRef{
		{Recv: "Cluster", Name: "Get"},
		{Recv: "Cluster", Name: "Dial"},
	},
	ClusterTypes: []MethodRef{
		{Name: "Cluster"},
		{Name: "Conn"},
	},
	RedirectParsers: []MethodRef{{Name: "ParseRedir"}},

	KeyClients: []KeyClient{
		{Type: "Conn", Mode: ModeCluster},
		{Type: "Cluster", Mode: ModeCluster},
	},
	RawSends: []RawSend{
		{LibFunc: LibFunc{Recv: "Conn", Name: "Do"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Conn", Name: "Send"}, Conn: -1, Cmd: 0, Key: -1, Args: 1, CrossSlot: CrossSlotServer},
		{LibFunc: LibFunc{Recv: "Conn", Name: "DoWithTimeout"}, Conn: -1, Cmd: 1, Key: -1, Args: 2, CrossSlot: CrossSlotServer},
	},
}
