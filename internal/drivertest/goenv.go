package drivertest

import (
	"os"
	"strings"
)

// GoEnv is the environment, to add to the process's, of the go commands
// (go list, go build, and the drivers that run go list) of tests that read
// the live corpus, testdata/live, or a copy of it.
//
// Compiling the corpus's 160 programs is most of those tests' time. Tests
// copy the corpus to a new directory on every run, and without -trimpath a
// package's directory is part of its cache key: on 2 cores the driver's go
// list -export took 120 s of CPU time a copy, and go build as much again,
// because it did not reuse what go list had compiled. With -trimpath, go
// build only links what go list compiled, every copy and the corpus in
// place share one compilation, and a later run on the same machine
// compiles nothing. -gcflags=-l (no inlining, in the packages the patterns
// name only) halves the compilation of a program that calls go-redis.
// Neither changes what a program does, nor what redislint, which reads the
// corpus from source, reports on it.
func GoEnv() []string {
	return []string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -trimpath -gcflags=-l")}
}
