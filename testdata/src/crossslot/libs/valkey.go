package libs

// The valkey-go twins of the rueidis cases (valkey-go is a fork of rueidis:
// the same builders, and the same panics), and what both share that the
// cases above do not show: Lua scripts, hooks and dedicated connections.

import (
	"context"

	"github.com/redis/rueidis"
	"github.com/redis/rueidis/rueidishook"
	"github.com/valkey-io/valkey-go"
	"github.com/valkey-io/valkey-go/valkeycompat"
	"github.com/valkey-io/valkey-go/valkeyhook"
)

func valkeyBuilders(ctx context.Context) {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.Do(ctx, client.B().Mget().Key("foo", "bar").Build())                                    // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics on a cluster client`
	client.Do(ctx, client.B().Mset().KeyValue().KeyValue("foo", "1").KeyValue("bar", "2").Build()) // want `MSET keys "foo"`
	client.Do(ctx, client.B().Mget().Key("{u}1", "{u}2").Build())
	single, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true})
	single.Do(ctx, single.B().Mget().Key("foo", "bar").Build())
}

func valkeyParam(ctx context.Context, c valkey.Client) {
	c.Do(ctx, c.B().Del().Key("foo", "bar").Build()) // want `DEL keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics if this valkey.Client is a cluster client`
}

func valkeyBatch(ctx context.Context) {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("order:7:status").Value("paid").Build(), // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: valkey-go panics on a cluster client`
		client.B().Set().Key("order:7:total").Value("42").Build(),
		client.B().Exec().Build(),
	)
	client.DoMulti(ctx,
		client.B().Set().Key("a").Value("1").Build(),
		client.B().Set().Key("b").Value("2").Build(),
	)
}

func valkeyCompat(ctx context.Context, client valkey.Client) {
	compat := valkeycompat.NewAdapter(client)
	compat.MGet(ctx, "foo", "bar") // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics if this valkeycompat.Cmdable is a cluster client`
	compat.MGet(ctx, "{u}foo", "{u}bar")
}

func rueidisLua(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	s := rueidis.NewLuaScript("return redis.call('GET', KEYS[1]) .. redis.call('GET', KEYS[2])")
	s.Exec(ctx, client, []string{"foo", "bar"}, nil) // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics on a cluster client`
	s.Exec(ctx, client, []string{"{x}foo", "{x}bar"}, nil)
}

func valkeyLua(ctx context.Context) {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	s := valkey.NewLuaScript("return redis.call('GET', KEYS[1]) .. redis.call('GET', KEYS[2])")
	s.Exec(ctx, client, []string{"foo", "bar"}, nil) // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics on a cluster client`
	s.Exec(ctx, client, []string{"{x}foo", "{x}bar"}, nil)
	cs := valkeycompat.NewScript("return 1")
	cs.Run(ctx, valkeycompat.NewAdapter(client), []string{"foo", "bar"}) // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics`
}

type hook struct{}

func (hook) Do(client rueidis.Client, ctx context.Context, cmd rueidis.Completed) rueidis.RedisResult {
	return client.Do(ctx, cmd)
}

type vhook struct{}

func (vhook) Do(client valkey.Client, ctx context.Context, cmd valkey.Completed) valkey.ValkeyResult {
	return client.Do(ctx, cmd)
}

func hooked(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	h := rueidishook.WithHook(client, hook{})
	h.Do(ctx, h.B().Mget().Key("foo", "bar").Build()) // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics on a cluster client`

	vclient, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	vh := valkeyhook.WithHook(vclient, vhook{})
	vh.Do(ctx, vh.B().Mget().Key("foo", "bar").Build()) // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics on a cluster client`
}

func dedicated(ctx context.Context) {
	client, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.Dedicated(func(c valkey.DedicatedClient) error {
		c.Do(ctx, c.B().Mget().Key("foo", "bar").Build()) // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: valkey-go panics on a cluster client`
		return nil
	})
	single, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true})
	single.Dedicated(func(c rueidis.DedicatedClient) error {
		c.Do(ctx, c.B().Mget().Key("foo", "bar").Build())
		return nil
	})
}

// rueidis' and valkey-go's MSetNX helpers send one SET NX per key to a
// cluster client: not all-or-nothing, whatever the slots.
func splitHelpers(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	rueidis.MSetNX(client, ctx, map[string]string{"foo": "1", "bar": "2"})       // want `^rueidis.MSetNX sends one SET NX per key on a cluster client: the MSETNX of "foo" and "bar" is not all-or-nothing \(a key is set although another exists\); use B\(\).Msetnx\(\) with keys of one slot$`
	rueidis.MSetNX(client, ctx, map[string]string{"{u}foo": "1", "{u}bar": "2"}) // want `rueidis.MSetNX sends one SET NX per key on a cluster client`
	rueidis.MSetNX(client, ctx, map[string]string{"foo": "1"})
	rueidis.MSet(client, ctx, map[string]string{"foo": "1", "bar": "2"})
	single, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true})
	rueidis.MSetNX(single, ctx, map[string]string{"foo": "1", "bar": "2"})
	vclient, _ := valkey.NewClient(valkey.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	valkey.MSetNX(vclient, ctx, map[string]string{"foo": "1", "bar": "2"}) // want `valkey.MSetNX sends one SET NX per key on a cluster client`
}
