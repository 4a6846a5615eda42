// outcome: ok
// valkey-glide's cluster client splits MSET, MGET, DEL, EXISTS, TOUCH,
// UNLINK and WATCH by slot (measured): redislint must stay silent, and the
// program works.
package main

import (
	"context"

	glide "github.com/valkey-io/valkey-glide/go/v2"

	"example.com/live/internal/env"
	"example.com/live/internal/glideenv"
)

func main() {
	ctx := context.Background()
	client, err := glide.NewClusterClient(glideenv.Cluster())
	env.Check(err)
	defer client.Close()
	keys := []string{"user:101:profile", "user:101:settings"}
	_, err = client.MSet(ctx, map[string]string{"user:101:profile": "Ada", "user:101:settings": "dark"})
	env.Check(err)
	vals, err := client.MGet(ctx, []string{"user:101:profile", "user:101:settings"})
	env.Check(err)
	if len(vals) != 2 || vals[0].Value() != "Ada" || vals[1].Value() != "dark" {
		env.Fail("MGET answered %v", vals)
	}
	n, err := client.Exists(ctx, []string{"user:101:profile", "user:101:settings"})
	env.Check(err)
	env.Count("EXISTS", int(n), 2)
	_, err = client.Touch(ctx, []string{"user:101:profile", "user:101:settings"})
	env.Check(err)
	_, err = client.Watch(ctx, []string{"user:101:profile", "user:101:settings"})
	env.Check(err)
	_, err = client.Unwatch(ctx)
	env.Check(err)
	_, err = client.CustomCommand(ctx, []string{"MGET", "user:101:profile", "user:101:settings"})
	env.Check(err)
	n, err = client.Del(ctx, keys)
	env.Check(err)
	env.Count("DEL", int(n), 2)
	env.OK()
}
