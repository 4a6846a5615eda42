// Package env is the environment of the programs of the go-redis v9.10.0
// module (a copy of example.com/live's: requiring that module would raise
// go-redis to its version).
package env

import (
	"fmt"
	"os"
	"strings"
)

// Seeds returns every master's address.
func Seeds() []string { return strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ",") }

// Check ends the program with the error, if any.
func Check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// NotAtomic ends the program with "not all-or-nothing" when a transaction
// that failed did part of its work: exists of its keys exist.
func NotAtomic(what string, exists int64) {
	if exists != 0 {
		fmt.Fprintf(os.Stderr, "%s is not all-or-nothing: it failed, but %d of its keys were set\n", what, exists)
		os.Exit(1)
	}
}

// OK ends the program successfully.
func OK() {
	fmt.Println("ok")
	os.Exit(0)
}
