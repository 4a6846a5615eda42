package libs

import (
	"context"
	"testing"

	"github.com/redis/rueidis"
)

// A test's client of one constant loopback address is the test's local
// Redis, a single node: rueidis picks no cluster there.
func TestLoopback(t *testing.T) {
	ctx := context.Background()
	local, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"127.0.0.1:6379"}})
	local.Do(ctx, local.B().Mget().Key("foo", "bar").Build())
	remote, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}})
	remote.Do(ctx, remote.B().Mget().Key("foo", "bar").Build()) // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics if this rueidis.Client is a cluster client`
}
