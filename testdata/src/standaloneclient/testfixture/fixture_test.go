package testfixture

import (
	"testing"

	"github.com/redis/go-redis/v9"
)

var addr = "localhost:6379"

// Tests build every kind of client against one fixture on purpose: a
// cluster client pointed at the single-node test server checks the error.
func TestClusterWithoutNodes(t *testing.T) {
	redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
}

func TestSingle(t *testing.T) {
	redis.NewClient(&redis.Options{Addr: addr})
}
