package model

// valkey-go (github.com/valkey-io/valkey-go), read from v1.0.79: rueidis
// under another name, with the same API, builders and cluster client. A
// fork: every row of rueidis (lib_rueidis.go) is also valkey-go's, with
// its own subpackages standing for rueidis' (clients_drift_test.go checks
// them against the module).
var valkeyGo = Library{
	Lib: LibValkey,
	Info: rueidisFamily(LibInfo{
		Name:   "valkey-go",
		Paths:  []string{"github.com/valkey-io/valkey-go"},
		Family: LibRueidis,
		Compat: "valkeycompat",
		Hook:   "valkeyhook",
	}),
}
