// Package conns: redigo and radix connections whose origin the package
// does not show. A library takes them from its caller, who may hand it a
// cluster connection (redisc, radix.Cluster): -crossslot.conns reports
// their cross-slot commands, hedged.
package conns

import (
	"context"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mediocregopher/radix/v4"
)

// Transfer records an account's balance and its ledger in one MSET.
func Transfer(conn redigo.Conn, id string) error {
	_, err := conn.Do("MSET", "balance:"+id, 1, "ledger:"+id, 2) // want `^MSET keys "balance:" \+ id and "ledger:" \+ id carry no hash tag: they hash to different slots for almost every id: CROSSSLOT if this redis.Conn is a cluster connection$`
	return err
}

// The twin: both keys carry the user's tag.
func TransferTagged(conn redigo.Conn, user string) error {
	_, err := conn.Do("MSET", "{"+user+"}:from", 1, "{"+user+"}:to", 2)
	return err
}

// From a pool of unknown origin.
func Clear(pool *redigo.Pool) {
	conn := pool.Get()
	defer conn.Close()
	conn.Do("DEL", "sessions", "users") // want `^DEL keys "sessions" \(slot \d+\) and "users" \(slot \d+\) hash to different slots: CROSSSLOT if this redis.Conn is a cluster connection`
}

// radix v4: a Client handed in.
func Swap(ctx context.Context, c radix.Client) error {
	return c.Do(ctx, radix.Cmd(nil, "RENAME", "old", "new")) // want `^RENAME keys "old" \(slot \d+\) and "new" \(slot \d+\) hash to different slots: CROSSSLOT if this radix.Client is a cluster connection`
}

// A connection the package dials itself is a single node: not reported.
func Local() {
	conn, _ := redigo.Dial("tcp", "localhost:6379")
	conn.Do("MSET", "a", 1, "b", 2)
}

// MULTI … EXEC on a connection handed in.
func Record(conn redigo.Conn, id string) {
	conn.Send("MULTI")
	conn.Send("SET", "status:"+id, "paid") // want `^transaction keys "status:" \+ id \(SET\) and "total:" \+ id \(SET\) carry no hash tag: they hash to different slots for almost every id: the whole transaction fails with CROSSSLOT if the connection is a cluster connection$`
	conn.Send("SET", "total:"+id, 42)
	conn.Do("EXEC")
}
