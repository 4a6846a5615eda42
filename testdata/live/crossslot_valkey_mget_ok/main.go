// outcome: ok
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

const (
	profileKey  = "{user:101}:profile"
	settingsKey = "{user:101}:settings"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: env.Seeds()})
	env.Check(err)
	defer client.Close()
	env.Check(client.Do(ctx, client.B().Set().Key(profileKey).Value("Ada").Build()).Error())
	env.Check(client.Do(ctx, client.B().Set().Key(settingsKey).Value("dark").Build()).Error())
	_, err = client.Do(ctx, client.B().Mget().Key(profileKey, settingsKey).Build()).AsStrSlice()
	env.Check(err)
	env.OK()
}
