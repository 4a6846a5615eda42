// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

var reserve = redis.NewScript(2, "redis.call('DECR', KEYS[1]); return redis.call('INCR', KEYS[2])")

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	_, err := reserve.Do(conn, "stock:sku1:count", "stock:sku1:reserved") // want crossslot `EVALSHA keys "stock:sku1:count" \(slot 6927\) and "stock:sku1:reserved" \(slot 14496\) hash to different slots`
	env.Check(err)
	env.OK()
}
