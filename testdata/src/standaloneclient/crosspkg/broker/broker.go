// Package broker has two brokers: one on go-redis' universal client, one
// on a redigo pool that it opens when it first needs it.
package broker

import (
	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"

	"standaloneclient/crosspkg/connector"
)

type Broker interface{ Publish(string) error }

// Universal is the broker on the universal client.
type Universal struct{ rdb goredis.UniversalClient }

func NewUniversal(addrs []string, db int) *Universal {
	opts := &goredis.UniversalOptions{Addrs: addrs, DB: db} // want `NewUniversalClient builds a single-node client when`
	return &Universal{rdb: goredis.NewUniversalClient(opts)}
}

func (u *Universal) Publish(s string) error { return u.rdb.Set(nil, "q", s, 0).Err() }

// Pooled keeps the host and opens its pool later.
type Pooled struct {
	connector.Connector
	host, password string
	pool           *redis.Pool
}

func NewPooled(host, password string) *Pooled {
	return &Pooled{host: host, password: password}
}

func (p *Pooled) Publish(s string) error {
	if p.pool == nil {
		p.pool = p.NewPool(p.host, p.password)
	}
	conn := p.pool.Get()
	defer conn.Close()
	_, err := conn.Do("PUBLISH", "q", s)
	return err
}
