package libs

import (
	"context"

	goredis "github.com/redis/go-redis/v9"

	redigo "github.com/gomodule/redigo/redis"
	radix3 "github.com/mediocregopher/radix/v3"
	"github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/rueidis"
	"github.com/redis/rueidis/rueidiscompat"
)

func raw(ctx context.Context, cc *goredis.ClusterClient, c *goredis.Client) {
	cc.Do(ctx, "MGET", "foo", "bar")                   // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	cc.Do(ctx, "mset", "foo", 1, "bar", 2)             // want `MSET keys "foo" \(slot 12182\) and "bar" \(slot 5061\)`
	cc.Do(ctx, "EVAL", "return 1", 2, "foo", "bar")    // want `EVAL keys "foo" \(slot 12182\) and "bar"`
	cc.Do(ctx, "XREAD", "STREAMS", "s:1", "s:2", 0, 0) // want `XREAD keys "s:1"`
	cc.Do(ctx, "SET", "foo", "bar")                    // one key: fine
	cc.Do(ctx, "MGET", "{a}1", "{a}2")
	c.Do(ctx, "MGET", "foo", "bar") // standalone
	var n int
	cc.Do(ctx, "EVAL", "return 1", n, "foo", "bar") // numkeys unknown: silent
}

func redigoCluster(cluster *redisc.Cluster, pool *redigo.Pool) {
	conn := cluster.Get()
	defer conn.Close()
	conn.Do("MGET", "foo", "bar")                                 // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	conn.Do("MSET", redigo.Args{}.Add("foo", 1).Add("bar", 2)...) // want `MSET keys "foo"`
	conn.Send("DEL", "user:1:a", "user:1:b")                      // want `DEL keys "user:1:a"`
	conn.Do("MGET", "{u}foo", "{u}bar")
	p := pool.Get()
	p.Do("MGET", "foo", "bar") // a pool of unknown nodes: silent
}

var counter = redigo.NewScript(2, `return redis.call('INCR', KEYS[1]) + redis.call('INCR', KEYS[2])`)

func redigoScript(cluster *redisc.Cluster) {
	conn := cluster.Get()
	counter.Do(conn, "hits:a", "hits:b", "extra") // want `EVALSHA keys "hits:a" \(slot \d+\) and "hits:b" \(slot \d+\)`
	counter.Do(conn, "{hits}:a", "{hits}:b", "foo")
}

func rueidisBuilders(ctx context.Context, opt rueidis.ClientOption) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.Do(ctx, client.B().Mget().Key("foo", "bar").Build())                                    // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics on a cluster client`
	client.Do(ctx, client.B().Mset().KeyValue().KeyValue("foo", "1").KeyValue("bar", "2").Build()) // want `MSET keys "foo"`
	client.Do(ctx, client.B().Mget().Key("{u}1", "{u}2").Build())
	single, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true})
	single.Do(ctx, single.B().Mget().Key("foo", "bar").Build())
}

func rueidisParam(ctx context.Context, c rueidis.Client) {
	c.Do(ctx, c.B().Del().Key("foo", "bar").Build()) // want `DEL keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics if this rueidis.Client is a cluster client`
}

func radixCluster(ctx context.Context) {
	cl, _ := (radix.ClusterConfig{}).New(ctx, []string{"10.0.0.1:6379", "10.0.0.2:6379"})
	cl.Do(ctx, radix.Cmd(nil, "MGET", "foo", "bar"))           // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster`
	cl.Do(ctx, radix.Cmd(nil, "MSET", "foo", "1", "bar", "2")) // want `MSET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: radix v4 refuses it on a cluster client, sending nothing`
	cl.Do(ctx, radix.Cmd(nil, "MGET", "{x}foo", "{x}bar"))
}

func redigoTransaction(cluster *redisc.Cluster) {
	conn := cluster.Get()
	conn.Send("MULTI")
	conn.Send("SET", "order:7:status", "paid") // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: the whole transaction fails with CROSSSLOT on a cluster`
	conn.Send("SET", "order:7:total", "42")
	conn.Do("EXEC")

	conn.Send("MULTI")
	conn.Send("SET", "{order:7}:status", "paid")
	conn.Send("SET", "{order:7}:total", "42")
	conn.Do("EXEC")

	// Outside MULTI … EXEC each command is on its own.
	conn.Send("SET", "a", "1")
	conn.Send("SET", "b", "2")
}

func rueidisBatch(ctx context.Context) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	client.DoMulti(ctx,
		client.B().Multi().Build(),
		client.B().Set().Key("order:7:status").Value("paid").Build(), // want `transaction keys "order:7:status" \(SET, slot 9182\) and "order:7:total" \(SET, slot 6433\) hash to different slots: rueidis panics on a cluster client`
		client.B().Set().Key("order:7:total").Value("42").Build(),
		client.B().Exec().Build(),
	)
	// Without MULTI, rueidis routes each command of a batch by its slot.
	client.DoMulti(ctx,
		client.B().Set().Key("a").Value("1").Build(),
		client.B().Set().Key("b").Value("2").Build(),
	)
}

func rueidisCompat(ctx context.Context, client rueidis.Client) {
	compat := rueidiscompat.NewAdapter(client)
	compat.MGet(ctx, "foo", "bar") // want `MGET keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: rueidis panics if this rueidiscompat.Cmdable is a cluster client`
	compat.MGet(ctx, "{u}foo", "{u}bar")
}

func radixScripts(ctx context.Context) {
	cl, _ := (radix.ClusterConfig{}).New(ctx, []string{"10.0.0.1:6379", "10.0.0.2:6379"})
	s := radix.NewEvalScript("return redis.call('GET', KEYS[1]) .. redis.call('GET', KEYS[2])")
	cl.Do(ctx, s.Cmd(nil, []string{"foo", "bar"})) // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: radix v4 refuses it on a cluster client`
	cl.Do(ctx, s.Cmd(nil, []string{"{x}foo", "{x}bar"}))

	c3, _ := radix3.NewCluster([]string{"10.0.0.1:6379", "10.0.0.2:6379"})
	s3 := radix3.NewEvalScript(2, "return 1")
	c3.Do(s3.Cmd(nil, "foo", "bar", "arg"))      // want `EVALSHA keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: radix v3 refuses it`
	c3.Do(radix3.Cmd(nil, "MGET", "foo", "bar")) // want `MGET keys "foo" \(slot 12182\) and "bar"`
}
