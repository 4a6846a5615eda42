package app

import (
	"github.com/redis/go-redis/v9"

	"standaloneclient/crosspkg/conf"
)

func single() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: conf.CacheAddr}) // want `^redis.NewClient builds a single-node client, but the same constant CacheAddr is given to the cluster client redis.NewClusterClient at conf.go:\d+: use NewClusterClient`
}

func local() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: conf.LocalAddr})
}
