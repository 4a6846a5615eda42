// Package queue has two queues on Redis, as a task library offers them: one
// on go-redis' universal client, one on a redigo pool that it dials when it
// is first used. The live programs pick one in another package.
package queue

import (
	"context"

	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
)

// Queue stores items.
type Queue interface {
	Put(key string) error
}

// Cluster is the queue on a cluster client.
type Cluster struct{ rdb *goredis.ClusterClient }

// NewCluster builds the queue's cluster client from its seeds.
func NewCluster(seeds []string) *Cluster {
	return &Cluster{rdb: goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: seeds})}
}

func (c *Cluster) Put(key string) error {
	return c.rdb.Set(context.Background(), key, "v", 0).Err()
}

// Pooled keeps the host and dials it on first use.
type Pooled struct {
	host string
	pool *redis.Pool
}

// NewPooled returns a queue on a pool of connections to host.
func NewPooled(host string) *Pooled {
	return &Pooled{host: host}
}

func (p *Pooled) Put(key string) error {
	if p.pool == nil {
		p.pool = &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", p.host) }}
	}
	conn := p.pool.Get()
	defer conn.Close()
	_, err := conn.Do("SET", key, "v")
	return err
}
