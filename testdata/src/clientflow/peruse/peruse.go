// Package peruse: the ways a variable's client is built are the same at
// every use of it, and read once; a variable nothing is stored into (a
// parameter) is its own origin, at each use.
package peruse

import (
	"context"

	goredis "github.com/redis/go-redis/v9"
)

func mark(any) {}

var ctx = context.Background()

var shared goredis.UniversalClient

func init() {
	shared = goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
}

func uses(param goredis.UniversalClient) {
	mark(shared) // want `^cluster from line 19$`
	mark(shared) // want `^cluster from line 19$`
	mark(param)  // want `^unknown from line 25$`
	mark(param)  // want `^unknown from line 26$`
	param.Get(ctx, "k")
}
