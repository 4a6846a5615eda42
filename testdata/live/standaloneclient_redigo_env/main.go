// outcome: MOVED
// twin: standaloneclient_redisc_ok
package main

import (
	"os"

	"github.com/gomodule/redigo/redis"

	"example.com/live/internal/env"
)

func main() {
	conn, err := redis.Dial("tcp", os.Getenv("REDIS_CLUSTER_ADDR")) // want standaloneclient `redis.Dial builds a single-node client, but the address comes from environment variable "REDIS_CLUSTER_ADDR", whose name says cluster: use a redisc.Cluster with StartupNodes`
	env.Check(err)
	defer conn.Close()
	for _, key := range env.Items(30) {
		_, err := conn.Do("SET", key, "v")
		env.Check(err)
	}
	env.OK()
}
