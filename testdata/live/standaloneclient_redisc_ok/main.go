// outcome: ok
package main

import (
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
	for _, key := range env.Items(30) {
		env.Check(set(cluster, key))
	}
	env.OK()
}
