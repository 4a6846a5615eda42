// outcome: ok
package main

import (
	"strings"

	"example.com/live/internal/env"
	"example.com/live/internal/queue"
)

// open picks the queue by an explicit mode: the cluster's one
// configuration endpoint reaches a cluster client.
func open(url string, cluster bool) queue.Queue {
	addrs := strings.Split(strings.TrimPrefix(url, "redis://"), ",")
	if cluster {
		return queue.NewCluster(addrs)
	}
	return queue.NewPooled(addrs[0])
}

func main() {
	q := open("redis://"+env.Endpoint(), true)
	for _, key := range env.Items(30) {
		env.Check(q.Put(key))
	}
	env.OK()
}
