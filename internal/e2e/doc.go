// Package e2e proves redislint's diagnostics against a live Redis Cluster:
// every reported program fails there in the predicted way, every program it
// leaves alone works, and every program it fixes works after `-fix`.
//
// The corpus is the nested module testdata/live (it requires the real client
// libraries). Each directory is one program whose file says what must
// happen:
//
//	// outcome: CROSSSLOT     how it ends on the cluster (see outcomes)
//	// fixed: ok              how it ends after redislint -fix; without it, -fix must not touch it
//	// twin: PROGRAM          a program that does the same right, silent and ok
//	// timeout: 30s           how long it may run
//	… // want ANALYZER `regexp`   a diagnostic redislint must give on this line
//
// TestLiveCluster checks the correspondence (reported ⇔ fails, in the
// predicted class), applies -fix, and keeps the table of results in
// docs/live.md in step (-update-docs rewrites it). TestBadInput runs the tool on packages
// that do not compile, use generics and cgo, or hold odd keys.
// TestLiveAnalyzeAsChecker holds the standalone driver's scheduler to
// go/analysis/checker's on the corpus; it is here, not in internal/driver,
// so that one process compiles the corpus once (drivertest.GoEnv).
package e2e
