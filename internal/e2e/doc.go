// Package e2e proves redislint's diagnostics against a live Redis Cluster:
// every reported program fails there in the predicted way, every program it
// leaves alone works, and every program it fixes works after `-fix`.
//
// The corpus is the nested module testdata/live (it requires the real client
// libraries). Each directory is one program whose file says what must
// happen:
//
//	// outcome: CROSSSLOT     how it ends on the cluster (see outcomes)
//	// fixed: ok              how it ends after redislint -fix (optional)
//	… // want ANALYZER `regexp`   a diagnostic redislint must give on this line
package e2e
