// Package txlib wraps transactions of every library as services do: the
// caller's callback runs inside them.
package txlib

import (
	"context"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
	"github.com/valkey-io/valkey-go"
)

// Store holds a go-redis cluster client.
type Store struct{ rdb *redis.ClusterClient }

// Tx runs fn on a TxPipeline and executes it.
func (s *Store) Tx(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	p := s.rdb.TxPipeline()
	if err := fn(p); err != nil {
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

// Piped runs fn with Pipelined on a TxPipeline: MULTI/EXEC too.
func (s *Store) Piped(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	p := s.rdb.TxPipeline()
	_, err := p.Pipelined(ctx, fn)
	return err
}

// Plain runs fn on a plain pipeline: no transaction.
func (s *Store) Plain(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	p := s.rdb.Pipeline()
	if err := fn(p); err != nil {
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

// NoExec makes a TxPipeline and never executes it: nothing is sent.
func (s *Store) NoExec(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	return fn(s.rdb.TxPipeline())
}

// Early executes the TxPipeline before fn queues anything.
func (s *Store) Early(ctx context.Context, fn func(p redis.Pipeliner) error) error {
	p := s.rdb.TxPipeline()
	p.Exec(ctx)
	return fn(p)
}

// Multi runs fn on conn between MULTI and EXEC.
func Multi(conn redigo.Conn, fn func(c redigo.Conn) error) error {
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

// After runs fn after the transaction: not in it.
func After(conn redigo.Conn, fn func(c redigo.Conn) error) error {
	conn.Send("MULTI")
	conn.Do("EXEC")
	return fn(conn)
}

// Cluster holds a redisc cluster.
type Cluster struct{ c *redisc.Cluster }

// NewCluster returns a Cluster on the seeds.
func NewCluster(seeds []string) *Cluster {
	return &Cluster{c: &redisc.Cluster{StartupNodes: seeds}}
}

// Atomic runs fn on a connection of the cluster between MULTI and EXEC.
func (c *Cluster) Atomic(fn func(conn redigo.Conn) error) error {
	conn := c.c.Get()
	defer conn.Close()
	conn.Send("MULTI")
	if err := fn(conn); err != nil {
		return err
	}
	_, err := conn.Do("EXEC")
	return err
}

// Batch sends the commands fn returns between MULTI and EXEC.
func Batch(ctx context.Context, c rueidis.Client, fn func() []rueidis.Completed) error {
	cmds := append([]rueidis.Completed{c.B().Multi().Build()}, fn()...)
	cmds = append(cmds, c.B().Exec().Build())
	for _, r := range c.DoMulti(ctx, cmds...) {
		if err := r.Error(); err != nil {
			return err
		}
	}
	return nil
}

// Routed sends fn's commands in a batch without MULTI: each is routed by
// its slot.
func Routed(ctx context.Context, c rueidis.Client, fn func() []rueidis.Completed) {
	c.DoMulti(ctx, fn()...)
}

// VBatch is Batch for valkey-go, the callback appending to the commands.
func VBatch(ctx context.Context, c valkey.Client, fn func(cmds []valkey.Completed) []valkey.Completed) {
	cmds := fn([]valkey.Completed{c.B().Multi().Build()})
	c.DoMulti(ctx, append(cmds, c.B().Exec().Build())...)
}

// On runs fn on a TxPipeline of the client it is given: the caller's
// client decides.
func On(ctx context.Context, rdb redis.UniversalClient, fn func(p redis.Pipeliner) error) error {
	p := rdb.TxPipeline()
	if err := fn(p); err != nil {
		return err
	}
	_, err := p.Exec(ctx)
	return err
}

// Within runs fn in TxPipelined of the client it is given.
func Within(ctx context.Context, rdb redis.UniversalClient, fn func(p redis.Pipeliner) error) error {
	_, err := rdb.TxPipelined(ctx, fn)
	return err
}

// MultiCtx gives the callback a context first.
func MultiCtx(ctx context.Context, conn redigo.Conn, fn func(ctx context.Context, c redigo.Conn) error) error {
	conn.Send("MULTI")
	if err := fn(ctx, conn); err != nil {
		return err
	}
	_, err := conn.Do("EXEC")
	return err
}

// Watched runs fn in a WATCH block of the caller's keys.
func (s *Store) Watched(ctx context.Context, fn func(tx *redis.Tx) error, keys ...string) error {
	return s.rdb.Watch(ctx, fn, keys...)
}

// WatchedList is Watched with the keys as one slice.
func (s *Store) WatchedList(ctx context.Context, keys []string, fn func(tx *redis.Tx) error) error {
	return s.rdb.Watch(ctx, fn, keys...)
}
