// Package redisc is a stub of github.com/mna/redisc (v1.4.0) for
// redislint's tests: a Redis Cluster client over redigo.
package redisc

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

type Cluster struct {
	StartupNodes []string
	DialOptions  []redis.DialOption
	CreatePool   func(address string, options ...redis.DialOption) (*redis.Pool, error)
	PoolWaitTime time.Duration
}

func (c *Cluster) Refresh() error            { return nil }
func (c *Cluster) Dial() (redis.Conn, error) { return &Conn{}, nil }
func (c *Cluster) Get() redis.Conn           { return &Conn{} }
func (c *Cluster) EachNode(replicas bool, fn func(addr string, conn redis.Conn) error) error {
	return nil
}
func (c *Cluster) Close() error { return nil }

type Conn struct{}

func (c *Conn) Do(cmd string, args ...interface{}) (interface{}, error) { return nil, nil }
func (c *Conn) DoWithTimeout(timeout time.Duration, cmd string, args ...interface{}) (interface{}, error) {
	return nil, nil
}
func (c *Conn) Send(cmd string, args ...interface{}) error { return nil }
func (c *Conn) Receive() (interface{}, error)              { return nil, nil }
func (c *Conn) Flush() error                               { return nil }
func (c *Conn) Err() error                                 { return nil }
func (c *Conn) Close() error                               { return nil }
func (c *Conn) Bind(keys ...string) error                  { return nil }

type RedirError struct {
	Type    string
	NewSlot int
	Addr    string
}

func (e *RedirError) Error() string { return e.Type }

func ParseRedir(err error) *RedirError { return nil }
func RetryConn(c redis.Conn, maxAtt int, tryAgainDelay time.Duration) (redis.Conn, error) {
	return c, nil
}
