// Package use sends node-local commands through another package's
// forwarders.
package use

import (
	"context"

	"github.com/redis/go-redis/v9"

	"nodelocal/fwd/lib"
)

type Store struct{ c lib.Client }

func (s *Store) All(ctx context.Context) (interface{}, error) {
	return s.c.DoRead(ctx, "KEYS", "*") // want `^KEYS lists the keys of one node only if the redis.UniversalClient that \(lib.Client\).DoRead sends on is a cluster client: use ForEachMaster and Scan on each master$`
}

func (s *Store) Like(ctx context.Context, cursor string) (interface{}, error) {
	return s.c.DoRead(ctx, "SCAN", cursor, "MATCH", "user:*", "COUNT", 1000) // want `^SCAN iterates the keys of one node only if the redis.UniversalClient that \(lib.Client\).DoRead sends on is a cluster client`
}

// A command with a key: no node-local command.
func (s *Store) One(ctx context.Context) (interface{}, error) {
	return s.c.DoRead(ctx, "GET", "user:1")
}

func Flush(ctx context.Context, c *redis.ClusterClient) error {
	return lib.Run(ctx, c, "FLUSHDB") // want `^FLUSHDB on a cluster client`
}

func FlushNode(ctx context.Context, c *redis.Client) error {
	return lib.Run(ctx, c, "FLUSHDB")
}

func NodeKeys(ctx context.Context, n lib.Node) (interface{}, error) {
	return n.DoRead(ctx, "KEYS", "*")
}

func SureFlush(ctx context.Context, s lib.Sure) error {
	return s.DoWrite(ctx, "FLUSHALL") // want `^FLUSHALL on a cluster client`
}
