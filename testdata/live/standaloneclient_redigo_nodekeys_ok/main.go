// outcome: ok
package main

import (
	"flag"
	"strings"

	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

// An exporter: it scrapes the node it is given through a connection to
// that node, and in its cluster mode reads keys through a redisc cluster.
type exporter struct {
	addr      string
	isCluster bool
}

func (e *exporter) connect() (redis.Conn, error) {
	return redis.Dial("tcp", e.addr)
}

func (e *exporter) connectCluster() (redis.Conn, error) {
	cluster := &redisc.Cluster{StartupNodes: []string{e.addr}}
	if err := cluster.Refresh(); err != nil {
		return nil, err
	}
	return redisc.RetryConn(cluster.Get(), 3, 0)
}

func doCmd(c redis.Conn, cmd string, args ...interface{}) (interface{}, error) {
	return c.Do(cmd, args...)
}

// writeKeys swaps in the cluster's connection in the cluster mode.
func (e *exporter) writeKeys(node redis.Conn, keys []string) {
	c := node
	if e.isCluster {
		cc, err := e.connectCluster()
		env.Check(err)
		defer cc.Close()
		c = cc
	}
	for _, k := range keys {
		_, err := doCmd(c, "SET", k, "v")
		env.Check(err)
	}
}

// readKeys reads them through whatever it is given.
func (e *exporter) readKeys(c redis.Conn, keys []string) {
	for _, k := range keys {
		_, err := redis.String(doCmd(c, "GET", k))
		env.Check(err)
	}
}

func (e *exporter) scrape(keys []string) {
	c, err := e.connect()
	env.Check(err)
	defer c.Close()
	info, err := redis.String(doCmd(c, "INFO", "cluster"))
	env.Check(err)
	if !strings.Contains(info, "cluster_enabled:1") {
		env.Fail("not a cluster node")
	}
	e.writeKeys(c, keys)
	kc, err := e.keyConn(c)
	env.Check(err)
	e.readKeys(kc, keys)
}

func main() {
	isCluster := flag.Bool("is-cluster", true, "the node belongs to a cluster")
	flag.Parse()
	e := &exporter{addr: env.Endpoint(), isCluster: *isCluster}
	e.scrape(env.Items(30))
	env.OK()
}

// keyConn is the connection for key commands: the cluster's in the
// cluster mode, the node's otherwise.
func (e *exporter) keyConn(node redis.Conn) (redis.Conn, error) {
	if e.isCluster {
		return e.connectCluster()
	}
	return node, nil
}
