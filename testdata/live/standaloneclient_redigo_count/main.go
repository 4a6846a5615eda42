// outcome: MOVED
// twin: standaloneclient_redisc_ok
package main

import (
	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"

	"example.com/live/internal/env"
)

// dial returns a connection: from a redisc.Cluster for several nodes, a
// plain one for one node.
func dial(nodes []string) (redis.Conn, error) {
	if len(nodes) == 1 {
		return redis.Dial("tcp", nodes[0]) // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, redis.Dial builds a single-node client \(len\(nodes\) == 1\) and every key of another node answers MOVED: pick redisc.Cluster \(line \d+\) by an explicit mode`
	}
	cluster := &redisc.Cluster{StartupNodes: nodes}
	if err := cluster.Refresh(); err != nil {
		return nil, err
	}
	return redisc.RetryConn(cluster.Get(), 3, 0)
}

func main() {
	conn, err := dial([]string{env.Endpoint()})
	env.Check(err)
	defer conn.Close()
	for _, key := range env.Items(30) {
		_, err := conn.Do("SET", key, "v")
		env.Check(err)
	}
	env.OK()
}
