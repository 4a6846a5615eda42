// Package conf declares the cache's address and builds its cluster client.
package conf

import "github.com/redis/go-redis/v9"

const CacheAddr = "10.20.0.5:6379" // want CacheAddr:`cluster address \(redis.NewClusterClient at conf.go:\d+\)`

var LocalAddr = "localhost:6379"

func Cluster() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{CacheAddr, "10.20.0.6:6379", "10.20.0.7:6379"}})
}
