// Package conn holds a client and no wrapper: its facts are empty but for
// the mark that it imports a client.
package conn

import "github.com/redis/go-redis/v9"

var Cluster = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:6379", "b:6379", "c:6379"}})
