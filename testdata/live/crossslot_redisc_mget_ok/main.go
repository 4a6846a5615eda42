// outcome: ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

const (
	profileKey  = "{user:101}:profile"
	settingsKey = "{user:101}:settings"
)

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("MSET", profileKey, "Ada", settingsKey, "dark")
	env.Check(err)
	_, err = redis.Strings(conn.Do("MGET", profileKey, settingsKey))
	env.Check(err)
	env.OK()
}
