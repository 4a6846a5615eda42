// Package redismock is a stand-in for github.com/go-redis/redismock/v9,
// a client mock: its clients are go-redis' own, with a hook that answers
// every command without sending it, and its Expect methods build commands
// on them. Nothing in it is reported.
package redismock

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type mock struct {
	ctx     context.Context
	factory redis.Cmdable
}

func NewClusterMock() (*redis.ClusterClient, *mock) {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"127.0.0.1:7000", "127.0.0.1:7001"}})
	return c, &mock{ctx: context.Background(), factory: c}
}

func (m *mock) ExpectDel(keys ...string)        { m.factory.Del(m.ctx, keys...) }
func (m *mock) ExpectRename(key, newkey string) { m.factory.Rename(m.ctx, key, newkey) }
func (m *mock) ExpectKeys(pattern string)       { m.factory.Keys(m.ctx, pattern) }

func exercise() {
	c, m := NewClusterMock()
	m.ExpectRename("key", "new_key")
	c.Rename(context.Background(), "key", "new_key")
	c.MGet(context.Background(), "user:1", "order:2")
}
