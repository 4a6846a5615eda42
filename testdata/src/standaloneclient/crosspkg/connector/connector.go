// Package connector dials Redis for other packages: a pool of single-node
// connections to the host it is given.
package connector

import "github.com/gomodule/redigo/redis"

type Connector struct{}

// NewPool returns a pool of connections to host.
func (c *Connector) NewPool(host, password string) *redis.Pool {
	return &redis.Pool{Dial: func() (redis.Conn, error) { return c.open(host, password) }}
}

func (c *Connector) open(host, password string) (redis.Conn, error) {
	return redis.Dial("tcp", host, redis.DialPassword(password))
}
