// outcome: NOSEED
// twin: singleseed_redisc_ok
package main

import (
	"os"

	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

func main() {
	cluster := &redisc.Cluster{StartupNodes: []string{os.Getenv("REDIS_DEAD_ADDR")}} // want singleseed `cluster client redisc.Cluster has a single seed \(unless os.Getenv\("REDIS_DEAD_ADDR"\) resolves to every node\)`
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("SET", "user:1", "Ada")
	env.Check(err)
	env.OK()
}
