// outcome: CROSSSLOT
// fixed: ok
// twin: crossslot_redisc_tx_ok
package main

import (
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn := cluster.Get()
	defer conn.Close()
	env.Check(redisc.BindConn(conn, "order:7:status"))
	env.Check(conn.Send("MULTI"))
	env.Check(conn.Send("SET", "order:7:status", "paid")) // want crossslot `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\)`
	env.Check(conn.Send("SET", "order:7:total", "42"))
	_, err := conn.Do("EXEC")
	env.Check(err)
	env.OK()
}
