// Package e2e runs redislint end to end on the live corpus (the nested
// module testdata/live, which requires the real client libraries) and on
// bad input. TestBadInput runs the tool on packages that do not compile,
// use generics and cgo, or hold odd keys. TestLiveAnalyzeAsChecker holds
// the standalone driver's scheduler to go/analysis/checker's on the
// corpus; it is here, not in internal/driver, so that one process compiles
// the corpus once (drivertest.GoEnv). The corpus's programs are run
// against a live cluster by internal/e2e/live.
package e2e
