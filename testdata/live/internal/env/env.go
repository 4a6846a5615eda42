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

// Check ends the program with the error, if any.
func Check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// OK ends the program successfully.
func OK() {
	fmt.Println("ok")
	os.Exit(0)
}
