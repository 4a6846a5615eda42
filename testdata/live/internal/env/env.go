// Package env gives the live programs their cluster addresses and a common
// way to end: "ok" on success, the error on stderr and exit 1 on failure.
package env

import (
	"fmt"
	"os"
	"strings"
)

// Seeds returns the cluster's seed addresses (REDIS_CLUSTER_ADDRS, comma
// separated).
func Seeds() []string { return strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ",") }

// Seed returns seed i of Seeds.
func Seed(i int) string { return Seeds()[i] }

// Items returns n keys item:0 … item:n-1, which the cluster spreads over
// all its masters.
func Items(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("item:%d", i)
	}
	return keys
}

// Check ends the program with the error, if any.
func Check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// Count ends the program with "missing keys" when it saw fewer keys than it
// wrote (or more than it expected to be left).
func Count(what string, saw, want int) {
	if saw != want {
		fmt.Fprintf(os.Stderr, "missing keys: %s: %d, expected %d\n", what, saw, want)
		os.Exit(1)
	}
}

// Fail ends the program with a message.
func Fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

// OK ends the program successfully.
func OK() {
	fmt.Println("ok")
	os.Exit(0)
}

// Left ends the program with "keys left" when keys remain that should have
// been deleted.
func Left(what string, n int) {
	if n != 0 {
		fmt.Fprintf(os.Stderr, "keys left: %s: %d\n", what, n)
		os.Exit(1)
	}
}

// NotAtomic ends the program with "not all-or-nothing" when an
// all-or-nothing command (MSETNX) did part of its work: it answered that it
// did nothing (did is false), but exists of its keys exist.
func NotAtomic(cmd string, did bool, exists int64) {
	if !did && exists != 0 {
		fmt.Fprintf(os.Stderr, "%s is not all-or-nothing: it answered that it set nothing, but %d of its new keys exist\n", cmd, exists)
		os.Exit(1)
	}
}

// Endpoint returns one address of the cluster, as a managed cluster's
// configuration endpoint (ElastiCache, MemoryDB, Azure, GCP) is the one
// address a service is configured with.
func Endpoint() string { return Seed(0) }
