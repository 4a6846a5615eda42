package app

import (
	"context"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"
	"github.com/valkey-io/valkey-go"

	"crossslot/txwrappers/txlib"
)

func goRedis(ctx context.Context, s *txlib.Store, room string) {
	s.Tx(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "room:"+room+":topic", "go", 0) // want `transaction keys "room:" \+ room \+ ":topic" \(SET\) and "room:" \+ room \+ ":owner" \(SET\) carry no hash tag: they hash to different slots for almost every room: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "room:"+room+":owner", "ada", 0)
		return nil
	})
	s.Piped(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	s.Tx(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "{room:"+room+"}:topic", "go", 0)
		p.Set(ctx, "{room:"+room+"}:owner", "ada", 0)
		return nil
	})
	s.Plain(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	s.Early(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	s.NoExec(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
}

func onClients(ctx context.Context, cc *redis.ClusterClient, uc redis.UniversalClient) {
	single := redis.NewClient(&redis.Options{Addr: "10.0.0.1:6379"})
	txlib.On(ctx, cc, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	txlib.Within(ctx, uc, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0) // want `transaction keys "foo" \(SET, slot 12182\) and "bar" \(SET, slot 5061\) hash to different slots: CROSSSLOT if the client is a cluster client`
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	// A single-node client: no slots.
	txlib.On(ctx, single, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
	txlib.Within(ctx, single, func(p redis.Pipeliner) error {
		p.Set(ctx, "foo", 1, 0)
		p.Set(ctx, "bar", 1, 0)
		return nil
	})
}

func redigoTx(cluster *redisc.Cluster, pool *redigo.Pool, c *txlib.Cluster) {
	conn := cluster.Get()
	txlib.Multi(conn, func(c redigo.Conn) error {
		c.Send("SET", "order:7:status", "paid") // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
		c.Send("SET", "order:7:total", "42")
		return nil
	})
	txlib.Multi(conn, func(c redigo.Conn) error {
		c.Send("SET", "{order:7}:status", "paid")
		c.Send("SET", "{order:7}:total", "42")
		return nil
	})
	// A pool of unknown nodes: most often one node.
	txlib.Multi(pool.Get(), func(c redigo.Conn) error {
		c.Send("SET", "order:7:status", "paid")
		c.Send("SET", "order:7:total", "42")
		return nil
	})
	txlib.After(conn, func(c redigo.Conn) error {
		c.Send("SET", "order:7:status", "paid")
		c.Send("SET", "order:7:total", "42")
		return nil
	})
	txlib.MultiCtx(context.Background(), conn, func(ctx context.Context, c redigo.Conn) error {
		c.Send("DEL", "foo") // want `transaction keys "foo" \(DEL, slot 12182\) and "bar" \(DEL, slot 5061\) hash to different slots`
		c.Send("DEL", "bar")
		return nil
	})
	c.Atomic(func(conn redigo.Conn) error {
		conn.Send("INCR", "hits:a") // want `transaction keys "hits:a" \(INCR, slot \d+\) and "hits:b" \(INCR, slot \d+\) hash to different slots`
		conn.Send("INCR", "hits:b")
		return nil
	})
}

func rueidisTx(ctx context.Context, v valkey.Client) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	txlib.Batch(ctx, client, func() []rueidis.Completed {
		return []rueidis.Completed{
			client.B().Set().Key("order:7:status").Value("paid").Build(), // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: rueidis panics on a cluster client`
			client.B().Set().Key("order:7:total").Value("42").Build(),
		}
	})
	txlib.Batch(ctx, client, func() []rueidis.Completed {
		return []rueidis.Completed{
			client.B().Set().Key("{order:7}:status").Value("paid").Build(),
			client.B().Set().Key("{order:7}:total").Value("42").Build(),
		}
	})
	// Built but sent apart, not returned: not in the transaction.
	txlib.Batch(ctx, client, func() []rueidis.Completed {
		client.Do(ctx, client.B().Set().Key("audit:a").Value("1").Build())
		return []rueidis.Completed{client.B().Set().Key("order:7:total").Value("42").Build()}
	})
	txlib.Routed(ctx, client, func() []rueidis.Completed {
		return []rueidis.Completed{
			client.B().Set().Key("order:7:status").Value("paid").Build(),
			client.B().Set().Key("order:7:total").Value("42").Build(),
		}
	})
	txlib.VBatch(ctx, v, func(cmds []valkey.Completed) []valkey.Completed {
		cmds = append(cmds, v.B().Set().Key("order:7:status").Value("paid").Build()) // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: valkey-go panics if the client is a cluster client`
		return append(cmds, v.B().Set().Key("order:7:total").Value("42").Build())
	})
}
