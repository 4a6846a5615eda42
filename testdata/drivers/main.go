// Command drivers is the corpus of redislint's driver tests: every driver
// (redislint, go vet -vettool, golangci-lint, gopls, -sarif) must report
// exactly the diagnostics that the "want" comments name, and the fixes must
// turn each file into its .golden.
package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

const (
	profileKey  = "user:101:profile"
	settingsKey = "user:101:settings"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"127.0.0.1:7000", "127.0.0.1:7001"}})
	defer rdb.Close()

	rdb.MSet(ctx, profileKey, "Ada", settingsKey, "dark") // want `MSET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\) hash to different slots`
	rdb.MGet(ctx, profileKey, settingsKey)                // want `MGET keys "user:101:profile" \(slot 14791\) and "user:101:settings" \(slot 6457\)`
	suppressed(ctx, rdb)
	silenced(ctx, rdb)
	others(ctx)
}
