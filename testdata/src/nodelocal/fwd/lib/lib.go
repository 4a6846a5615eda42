// Package lib is a program's Redis component: an interface of its own,
// implemented by a wrapper that forwards raw commands on the client it
// holds (a cluster client in cluster mode), and a forwarder on the client
// it is given. Its importers send commands through them.
package lib

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"
)

type Client interface {
	DoRead(ctx context.Context, args ...interface{}) (interface{}, error)
	Get(ctx context.Context, key string) (string, error)
}

type v9Client struct{ c redis.UniversalClient }

func New(cluster bool, addr string) Client {
	if cluster {
		return v9Client{c: redis.NewClusterClient(&redis.ClusterOptions{Addrs: strings.Split(addr, ",")})}
	}
	return v9Client{c: redis.NewClient(&redis.Options{Addr: addr})}
}

func (v v9Client) DoRead(ctx context.Context, args ...interface{}) (interface{}, error) {
	return v.c.Do(ctx, args...), nil
}

func (v v9Client) Get(ctx context.Context, key string) (string, error) {
	return v.c.Get(ctx, key).Result()
}

// Run forwards on the client it is given.
func Run(ctx context.Context, c redis.UniversalClient, args ...interface{}) error {
	return c.Do(ctx, args...).Err()
}

// Node forwards on one node's client: nothing to say of its commands.
type Node struct{ c *redis.Client }

func NewNode(addr string) Node { return Node{c: redis.NewClient(&redis.Options{Addr: addr})} }

func (n Node) DoRead(ctx context.Context, args ...interface{}) (interface{}, error) {
	return n.c.Do(ctx, args...), nil
}

// Sure forwards on a cluster client.
type Sure struct{ c *redis.ClusterClient }

func NewSure(addrs []string) Sure {
	return Sure{c: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})}
}

func (s Sure) DoWrite(ctx context.Context, args ...interface{}) error {
	return s.c.Do(ctx, args...).Err()
}
