package mockuse

import (
	"context"

	"github.com/redis/rueidis"
	"github.com/redis/rueidis/mock"
	"go.uber.org/mock/gomock"
)

// A program's code run on rueidis' gomock client: Do records the call and
// sends nothing.
func useRueidisMock(ctx context.Context, t any) {
	c := mock.NewClient(gomock.NewController(t))
	mget(ctx, c)
	Mget(ctx, c)
}

func mget(ctx context.Context, c rueidis.Client) {
	c.Do(ctx, c.B().Mget().Key("user:1", "order:2").Build())
}

// Mget is exported: its callers in other packages may give it a cluster
// client.
func Mget(ctx context.Context, c rueidis.Client) {
	c.Do(ctx, c.B().Mget().Key("user:1", "order:2").Build()) // want `^MGET keys "user:1" \(slot 10778\) and "order:2" \(slot 2117\) hash to different slots: rueidis panics if this rueidis.Client is a cluster client$`
}
