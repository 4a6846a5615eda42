// outcome: MOVED
// twin: standaloneclient_crosspkg_count_ok
package main

import (
	"strings"

	"example.com/live/internal/env"
	"example.com/live/internal/queue"
)

// open picks a queue of another package by the number of addresses in the
// URL: one address, as a cluster's configuration endpoint gives, takes the
// redigo pool, a single node.
func open(url string) queue.Queue {
	parts := strings.Split(url, "redis://")
	if len(parts) != 2 {
		return nil
	}
	addrs := strings.Split(parts[1], ",")
	if len(addrs) > 1 {
		return queue.NewCluster(addrs)
	}
	return queue.NewPooled(addrs[0]) // want standaloneclient `^with one address, as a cluster's configuration endpoint gives, queue.NewPooled \(redis.Dial at queue.go:\d+\) builds a single-node client \(len\(addrs\) > 1 is false\) and every key of another node answers MOVED: pick queue.NewCluster \(redis.NewClusterClient at queue.go:\d+\) \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
}

func main() {
	q := open("redis://" + env.Endpoint())
	for _, key := range env.Items(30) {
		env.Check(q.Put(key))
	}
	env.OK()
}
