package drivertest

import (
	"os"
	"strings"
)

// GoEnv is the environment, to add to the process's, of the go commands
// (go list, go build, and the drivers that run go list) of tests that read
// the live corpus, testdata/live, or a copy of it.
//
// Compiling the corpus's 160 programs is most of those tests' time, and
// without -trimpath it was done twice a run and again every run: a
// package's directory is part of its cache key, and tests copy the corpus
// to a new directory; and the e2e test links with -ldflags=-s -w, which
// without -trimpath also changes the key of every compilation, so go build
// compiled again what the driver's go list -export had just compiled (on 2
// cores, 120 s and 115 s). With -trimpath, go build only links, the corpus
// in place and every copy share one compilation, and a later run on the
// same machine compiles nothing. -gcflags=-l (no inlining, in the packages
// the patterns name only) cuts the compilation of a program that calls
// go-redis by about 30%. Neither changes what a program does, nor what
// redislint, which reads the corpus from source, reports on it.
func GoEnv() []string {
	return []string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -trimpath -gcflags=-l")}
}
