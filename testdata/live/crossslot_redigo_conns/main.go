// outcome: CROSSSLOT
// flags: -crossslot.conns
// twin: crossslot_redigo_conns_ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

// Save is library code, exported: it runs on whatever connection its
// callers hand it, a single node's or, here, a cluster's.
func Save(conn redis.Conn, id string) error {
	_, err := conn.Do("MSET", "balance:"+id, 100, "ledger:"+id, "opened") // want crossslot `^MSET keys "balance:" \+ id and "ledger:" \+ id carry no hash tag: they hash to different slots for almost every id: CROSSSLOT if this redis.Conn is a cluster connection$`
	return err
}

func main() {
	cluster := &redisc.Cluster{StartupNodes: env.Seeds()}
	defer cluster.Close()
	env.Check(cluster.Refresh())
	conn, err := redisc.RetryConn(cluster.Get(), 3, 0) // follows MOVED
	env.Check(err)
	defer conn.Close()
	for _, id := range []string{"101", "102", "103", "104"} {
		env.Check(Save(conn, id))
	}
	env.OK()
}
