// outcome: ok
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
	"example.com/live/internal/txwrap"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: env.Seeds()})
	env.Check(err)
	defer client.Close()
	env.Check(txwrap.VBatch(ctx, client, func(cmds valkey.Commands) valkey.Commands {
		cmds = append(cmds, client.B().Set().Key("{order:7}:status").Value("paid").Build())
		return append(cmds, client.B().Set().Key("{order:7}:total").Value("42").Build())
	}))
	env.OK()
}
