// outcome: MISSING
// twin: nodelocal_redisc_eachnode
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

func set(cluster *redisc.Cluster, key string) error {
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("SET", key, "v")
	return err
}

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	items := env.Items(30)
	for _, key := range items {
		env.Check(set(cluster, key))
	}
	conn := cluster.Get()
	defer conn.Close()
	keys, err := redis.Strings(conn.Do("KEYS", "item:*")) // want nodelocal `^KEYS on a cluster client lists the keys of one node only: use Cluster.EachNode and SCAN on each node$`
	env.Check(err)
	env.Count("KEYS item:*", len(keys), len(items))
	env.OK()
}
