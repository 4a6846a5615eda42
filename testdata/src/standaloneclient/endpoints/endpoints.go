// Package endpoints: single-node clients on configured addresses, which
// -standaloneclient.endpoints reports as an audit for a move to a managed
// cluster's configuration endpoint.
package endpoints

import (
	"os"

	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
)

type Config struct {
	Host     string
	Password string
}

func fromField(c Config) *goredis.Client {
	return goredis.NewClient(&goredis.Options{Addr: c.Host, Password: c.Password}) // want `^redis.NewClient builds a single-node client on field Host: if its address is a cluster's configuration endpoint \(ElastiCache, MemoryDB, Memorystore\), every key of another node answers MOVED: use NewClusterClient`
}

func fromEnv() (redis.Conn, error) {
	return redis.Dial("tcp", os.Getenv("CACHE_ADDR")) // want `^redis.Dial builds a single-node client on environment variable CACHE_ADDR: if its address`
}

func options(endpoint string) (*goredis.Options, error) {
	opt, err := goredis.ParseURL(endpoint)
	if err != nil {
		return &goredis.Options{Addr: endpoint}, nil
	}
	return opt, nil
}

func fromHelper(endpoint string) *goredis.Client {
	opt, _ := options(endpoint)
	return goredis.NewClient(opt) // want `^redis.NewClient builds a single-node client from options made at run time: if its address`
}

func oneElement(host string) goredis.UniversalClient {
	return goredis.NewUniversalClient(&goredis.UniversalOptions{Addrs: []string{host}}) // want `^redis.NewUniversalClient builds a single-node client on a configured address: if its address`
}

// Not reported: a fixed server, a Unix socket.
func fixed() *goredis.Client {
	return goredis.NewClient(&goredis.Options{Addr: "localhost:6379"})
}

func socket(path string) (redis.Conn, error) {
	return redis.Dial("unix", path)
}
