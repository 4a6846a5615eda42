// outcome: ok
package main

import (
	"os"

	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

func main() {
	// The first seed is down: the client learns the slot map from another.
	cluster := &redisc.Cluster{StartupNodes: []string{os.Getenv("REDIS_DEAD_ADDR"), env.Seed(1), env.Seed(2)}}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("SET", "user:1", "Ada")
	env.Check(err)
	env.OK()
}
