// Command shop is the example module of redislint's README: a service that
// keeps a user's profile and settings in a Redis Cluster. As written it fails
// on a cluster with CROSSSLOT; `redislint -fix ./...` puts the keys in one
// hash tag and it then works.
//
// Run it against a cluster: REDIS_CLUSTER_ADDRS=host1:port,host2:port go run .
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{
		Addrs: strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ","),
	})
	defer rdb.Close()

	if err := rdb.MSet(ctx, profileKey, "Ada", settingsKey, "dark").Err(); err != nil {
		fail(err)
	}
	vals, err := rdb.MGet(ctx, profileKey, settingsKey).Result()
	if err != nil {
		fail(err)
	}
	if err := rdb.Rename(ctx, "cart:101:items", "cart:101:items:old").Err(); err != nil && err != redis.Nil && !strings.Contains(err.Error(), "no such key") {
		fail(err)
	}
	fmt.Println("ok", vals)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "error:", err)
	os.Exit(1)
}
