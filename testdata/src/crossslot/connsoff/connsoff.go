// Package connsoff is package conns with -crossslot.conns off: silent.
package connsoff

import (
	"context"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mediocregopher/radix/v4"
)

// Transfer records an account's balance and its ledger in one MSET.
func Transfer(conn redigo.Conn, id string) error {
	_, err := conn.Do("MSET", "balance:"+id, 1, "ledger:"+id, 2)
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
	conn.Do("DEL", "sessions", "users")
}

// radix v4: a Client handed in.
func Swap(ctx context.Context, c radix.Client) error {
	return c.Do(ctx, radix.Cmd(nil, "RENAME", "old", "new"))
}

// A connection the package dials itself is a single node: not reported.
func Local() {
	conn, _ := redigo.Dial("tcp", "localhost:6379")
	conn.Do("MSET", "a", 1, "b", 2)
}

// MULTI … EXEC on a connection handed in.
func Record(conn redigo.Conn, id string) {
	conn.Send("MULTI")
	conn.Send("SET", "status:"+id, "paid")
	conn.Send("SET", "total:"+id, 42)
	conn.Do("EXEC")
}
