// outcome: ok
// flags: -crossslot.conns
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

// Save keeps both keys of an account in the account's slot.
func Save(conn redis.Conn, id string) error {
	_, err := conn.Do("MSET", "{"+id+"}:balance", 100, "{"+id+"}:ledger", "opened")
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
