package min

import "github.com/redis/go-redis/v9"

func two() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379", "10.0.0.2:6379"}}) // want `^cluster client redis.NewClusterClient has only 2 seeds: .*; list at least 3 seeds \(every master is best\)$`
}

// With no exempt pattern, a configuration endpoint is reported too.
func endpoint() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"clustercfg.orders.abc123.use1.cache.amazonaws.com:6379"}}) // want `has a single seed`
}

func three() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:6379", "10.0.0.2:6379", "10.0.0.3:6379"}})
}
