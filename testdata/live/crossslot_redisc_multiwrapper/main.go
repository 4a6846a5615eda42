// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_redisc_multiwrapper_ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
	"example.com/live/internal/txwrap"
)

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	env.Check(redisc.BindConn(conn, "order:7:status"))
	env.Check(txwrap.Multi(conn, func(c redis.Conn) error {
		env.Check(c.Send("SET", "order:7:status", "paid")) // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		return c.Send("SET", "order:7:total", "42")
	}))
	env.OK()
}
