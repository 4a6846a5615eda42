// outcome: SELECT
// twin: nodelocal_redisc_eachnode
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

func main() {
	cluster := &redisc.Cluster{
		StartupNodes: env.Seeds(),
		DialOptions:  []redis.DialOption{redis.DialDatabase(2)}, // want nodelocal `^redis.DialDatabase\(2\) makes every connection of the cluster client redisc.Cluster fail \(SELECT is not allowed in cluster mode\): a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
	}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("SET", "user:1", "Ada")
	env.Check(err)
	env.OK()
}
