// outcome: ok
package main

import (
	"context"

	"github.com/valkey-io/valkey-go"

	"example.com/live/internal/env"
)

func main() {
	ctx := context.Background()
	client, err := valkey.NewClient(valkey.ClientOption{InitAddress: env.Seeds()})
	env.Check(err)
	defer client.Close()
	for _, r := range client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("{order:7}:status").Value("paid").Build(),
		client.B().Set().Key("{order:7}:total").Value("42").Build(),
		client.B().Exec().Build(),
	) {
		env.Check(r.Error())
	}
	env.OK()
}
