// outcome: ok
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
	seen := 0
	err := cluster.EachNode(false, func(addr string, conn redis.Conn) error {
		cursor := 0
		for {
			reply, err := redis.Values(conn.Do("SCAN", cursor, "MATCH", "item:*", "COUNT", 100))
			if err != nil {
				return err
			}
			keys, err := redis.Strings(reply[1], nil)
			if err != nil {
				return err
			}
			seen += len(keys)
			if cursor, err = redis.Int(reply[0], nil); err != nil || cursor == 0 {
				return err
			}
		}
	})
	env.Check(err)
	env.Count("SCAN item:* on every node", seen, len(items))
	env.OK()
}
