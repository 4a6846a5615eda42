// Package live proves redislint's diagnostics against a live Redis
// Cluster: every reported program fails there in the predicted way, every
// program it leaves alone works, and every program it fixes works after
// `-fix`.
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
// docs/live.md in step (-update-docs rewrites it). It is a package of its
// own, apart from internal/e2e's other tests on the same corpus, so that
// each test binary has go test's 10 minutes to itself: on a 2-core machine
// from an empty build cache, the three in one binary came to the limit.
package live
