// Package env gives the live programs of clustercheck their client: on the
// cluster (REDIS_MODE=cluster) a go-redis ClusterClient over
// REDIS_CLUSTER_ADDRS; on the single Redis (REDIS_MODE=single) a plain
// go-redis Client of REDIS_ADDR with the guard installed, every rule set to
// Fail; REDIS_MODE=bare is that Client without the guard. Programs end with "ok", or the error on stderr and exit status 1.
package env

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/goredischeck"
)

// GoRedis returns the program's client.
func GoRedis() redis.UniversalClient {
	switch mode := os.Getenv("REDIS_MODE"); mode {
	case "cluster":
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ",")})
	case "single":
		rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
		rdb.AddHook(goredischeck.New(rdb, clustercheck.Options{NodeLocal: clustercheck.Fail}))
		return rdb
	case "bare":
		return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	default:
		Fail("REDIS_MODE is %q, not cluster, single or bare", mode)
		return nil
	}
}

// OneNode returns ctx allowed to run node-local commands: the program
// knows it runs them on one node.
func OneNode(ctx context.Context) context.Context {
	return clustercheck.Allow(ctx, "runs on every master, or on the only node")
}

// Check ends the program with the error, if any.
func Check(err error) {
	if err != nil && err != redis.Nil {
		Fail("error: %v", err)
	}
}

// Count ends the program with "missing keys" when it saw another number of
// keys than it wrote.
func Count(what string, saw, want int) {
	if saw != want {
		Fail("missing keys: %s: %d, expected %d", what, saw, want)
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
