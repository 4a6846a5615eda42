// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_redisc_mget_ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := conn.Do("MSET", profileKey, "Ada", settingsKey, "dark") // want crossslot `MSET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots`
	env.Check(err)
	_, err = redis.Strings(conn.Do("MGET", profileKey, settingsKey)) // want crossslot `MGET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\)`
	env.Check(err)
	env.OK()
}
