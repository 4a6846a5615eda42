// Package nodekeys: a program that keeps a connection to the node it is
// given on every path and builds a cluster client beside it in its
// cluster mode. Node commands (INFO, SLOWLOG, CLUSTER INFO) belong on the
// node's connection; key commands, in the cluster mode, belong on the
// cluster client.
package nodekeys

import (
	"strings"

	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
)

type options struct {
	IsCluster bool
	Streams   []string
}

type exporter struct {
	addr    string // want addr:`cluster address`
	options options
}

func (e *exporter) connect() (redis.Conn, error) {
	return redis.DialURL("redis://" + e.addr)
}

func (e *exporter) connectCluster() (redis.Conn, error) {
	cluster := redisc.Cluster{StartupNodes: []string{e.addr}}
	if err := cluster.Refresh(); err != nil {
		return nil, err
	}
	return cluster.Dial()
}

// doCmd forwards a raw command.
func doCmd(c redis.Conn, cmd string, args ...interface{}) (interface{}, error) {
	return c.Do(cmd, args...)
}

func streamInfo(c redis.Conn, key string) (interface{}, error) {
	return doCmd(c, "XINFO", "STREAM", key)
}

// Streams: through the node's connection in every mode.
func (e *exporter) streams(c redis.Conn) {
	for _, k := range e.options.Streams {
		streamInfo(c, k)
	}
}

// Checked keys: the connection is swapped for the cluster's in the mode.
func (e *exporter) checkKeys(conn redis.Conn) error {
	c := conn
	if e.options.IsCluster {
		cc, err := e.connectCluster()
		if err != nil {
			return err
		}
		defer cc.Close()
		c = cc
	}
	_, err := doCmd(c, "GET", "user:1")
	return err
}

// Sizes: only outside the cluster mode.
func (e *exporter) sizes(c redis.Conn) {
	doCmd(c, "STRLEN", "user:1")
}

// keyConn is the connection for key commands: the cluster's in the mode.
func (e *exporter) keyConn(node redis.Conn) (redis.Conn, error) {
	if e.options.IsCluster {
		return e.connectCluster()
	}
	return node, nil
}

func (e *exporter) groups(c redis.Conn) {
	doCmd(c, "HLEN", "group:1")
}

func (e *exporter) scrape() error {
	c, err := e.connect()
	if err != nil {
		return err
	}
	defer c.Close()
	info, _ := redis.String(doCmd(c, "INFO", "ALL"))
	if strings.Contains(info, "cluster_enabled:1") {
		doCmd(c, "CLUSTER", "INFO")
	}
	doCmd(c, "SLOWLOG", "GET")
	e.checkKeys(c)
	e.streams(c) // want `^streams → streamInfo sends XINFO key through c, the connection redis.DialURL builds to one node, also when e.options.IsCluster: a cluster node answers MOVED for every key another master owns; send key commands through the cluster client \(redisc.Cluster, line \d+\) in that mode`
	if !e.options.IsCluster {
		e.sizes(c)
	}
	if kc, err := e.keyConn(c); err == nil {
		e.groups(kc)
	}
	doCmd(c, "EXISTS", "seen") // want `^EXISTS "seen" is sent through c, the connection redis.DialURL builds to one node, also when e.options.IsCluster`
	return nil
}
