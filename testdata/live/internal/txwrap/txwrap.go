// Package txwrap wraps transactions of every library the way services
// do: the caller's callback runs inside MULTI/EXEC.
package txwrap

import (
	"context"

	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/txdb"
)

// Store is a go-redis cluster client with transaction helpers.
type Store struct{ rdb *goredis.ClusterClient }

// New returns a Store on the cluster of seeds.
func New(seeds []string) *Store {
	return &Store{rdb: goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: seeds})}
}

// Tx runs fn on a TxPipeline, then executes it.
func (s *Store) Tx(ctx context.Context, fn func(p goredis.Pipeliner) error) error {
	p := s.rdb.TxPipeline()
	if err := fn(p); err != nil {
		p.Discard()
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

// Piped runs fn with Pipelined on a TxPipeline: one MULTI/EXEC.
func (s *Store) Piped(ctx context.Context, fn func(p goredis.Pipeliner) error) error {
	p := s.rdb.TxPipeline()
	_, err := p.Pipelined(ctx, fn)
	return err
}

// Client returns the cluster client.
func (s *Store) Client() *goredis.ClusterClient { return s.rdb }

// AddEventWithLast queues txdb.AddEvent's commands and remembers the
// room's last event.
func AddEventWithLast(ctx context.Context, p goredis.Pipeliner, room, ev string) {
	txdb.AddEvent(ctx, p, room, ev)
	p.Set(ctx, "last:"+room, ev, 0)
}

// AddRoomEventWithLast does the same in the room's slot.
func AddRoomEventWithLast(ctx context.Context, p goredis.Pipeliner, room, ev string) {
	txdb.AddRoomEvent(ctx, p, room, ev)
	p.Set(ctx, "{room:"+room+"}:last", ev, 0)
}

// Multi runs fn on conn between MULTI and EXEC.
func Multi(conn redis.Conn, fn func(c redis.Conn) error) error {
	if err := conn.Send("MULTI"); err != nil {
		return err
	}
	if err := fn(conn); err != nil {
		conn.Do("DISCARD")
		return err
	}
	_, err := conn.Do("EXEC")
	return err
}

// Batch sends the commands fn returns between MULTI and EXEC.
func Batch(ctx context.Context, c rueidis.Client, fn func() rueidis.Commands) error {
	cmds := append(rueidis.Commands{c.B().Multi().Build()}, fn()...)
	cmds = append(cmds, c.B().Exec().Build())
	for _, r := range c.DoMulti(ctx, cmds...) {
		if err := r.Error(); err != nil {
			return err
		}
	}
	return nil
}

// VBatch gives fn the commands to append to, after MULTI, and sends them
// with EXEC.
func VBatch(ctx context.Context, c valkey.Client, fn func(cmds valkey.Commands) valkey.Commands) error {
	cmds := fn(valkey.Commands{c.B().Multi().Build()})
	for _, r := range c.DoMulti(ctx, append(cmds, c.B().Exec().Build())...) {
		if err := r.Error(); err != nil {
			return err
		}
	}
	return nil
}
