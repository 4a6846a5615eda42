package fix

import (
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

type Server struct {
	rdb redis.UniversalClient
}

func New() *Server {
	return &Server{
		rdb: redis.NewClient(&redis.Options{
			Addr:     os.Getenv("REDIS_CLUSTER_ADDR"), // want `redis.NewClient builds a single-node client`
			Password: os.Getenv("REDIS_PASSWORD"),
		}),
	}
}

func Universal() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"redis-cluster.internal:6379"}}) // want `set IsClusterMode`
}

// The result is a *redis.Client: no fix.
func Concrete() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "redis-cluster.internal:6379"}) // want `names a cluster`
}

// DB is not 0: no fix.
func WithDB() redis.UniversalClient {
	return redis.NewClient(&redis.Options{Addr: "redis-cluster.internal:6379", DB: 2}) // want `names a cluster`
}

// Only a port: no fix.
func Port() redis.UniversalClient {
	return redis.NewClient(&redis.Options{Addr: "127.0.0.1:7001"}) // want `probably a cluster node`
}

var _ = time.Second
