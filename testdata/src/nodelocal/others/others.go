package others

import (
	"context"
	"time"

	v6 "github.com/go-redis/redis"
	v8 "github.com/go-redis/redis/v8"
	"github.com/gomodule/redigo/redis"
	radix3 "github.com/mediocregopher/radix/v3"
	radix4 "github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/rueidis"
)

var ctx = context.Background()

var seeds = []string{"10.0.0.1:6379", "10.0.0.2:6379"}

func goRedisV8() {
	rdb := v8.NewClusterClient(&v8.ClusterOptions{Addrs: seeds})
	rdb.Keys(ctx, "*")      // want `KEYS on a cluster client`
	rdb.Do(ctx, "FLUSHALL") // want `FLUSHALL on a cluster client`
	rdb.DBSize(ctx)
}

func goRedisV6() {
	rdb := v6.NewClusterClient(&v6.ClusterOptions{Addrs: seeds})
	rdb.Keys("*") // want `KEYS on a cluster client`
	single := v6.NewClient(&v6.Options{Addr: "localhost:6379"})
	single.Keys("*")
}

func redisCluster() {
	cluster := &redisc.Cluster{StartupNodes: seeds}
	conn := cluster.Get()
	defer conn.Close()
	redis.Strings(conn.Do("KEYS", "*")) // want `^KEYS on a cluster client lists the keys of one node only: use Cluster.EachNode and SCAN on each node$`
	conn.Send("FLUSHDB")                // want `^FLUSHDB on a cluster client empties one node only: run it on every master with Cluster.EachNode$`
	conn.Do("GET", "k")

	rc, _ := cluster.Dial()
	retry, _ := redisc.RetryConn(rc, 3, time.Millisecond)
	retry.Do("RANDOMKEY") // want `RANDOMKEY on a cluster client`

	// Per node: not reported.
	cluster.EachNode(false, func(addr string, c redis.Conn) error {
		_, err := c.Do("KEYS", "*")
		return err
	})
}

func redisDB() {
	_ = &redisc.Cluster{
		StartupNodes: seeds,
		DialOptions:  []redis.DialOption{redis.DialPassword("x"), redis.DialDatabase(3)}, // want `^redis.DialDatabase\(3\) makes every connection of the cluster client redisc.Cluster fail \(SELECT is not allowed in cluster mode\): a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
	}
}

func redigoSingle() {
	c, _ := redis.Dial("tcp", "localhost:6379")
	c.Do("KEYS", "*")
	pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", "localhost:6379") }}
	pool.Get().Do("FLUSHALL")
}

func rueidisCluster() {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: seeds})
	client.Do(ctx, client.B().Keys().Pattern("*").Build()) // want `^KEYS on a cluster client lists the keys of one node only: use Client.Nodes\(\) and SCAN on each node$`
	client.Do(ctx, client.B().Dbsize().Build())            // want `DBSIZE on a cluster client counts the keys of one node only: sum it over the masters with Client.Nodes\(\)`
	client.Do(ctx, client.B().Get().Key("k").Build())
	for _, n := range client.Nodes() {
		n.Do(ctx, n.B().Flushall().Build())
	}
	rueidis.NewClient(rueidis.ClientOption{InitAddress: seeds, SelectDB: 1}) // want `^SelectDB 1 makes rueidis.NewClient fail on a cluster \(SELECT is not allowed in cluster mode\): a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
}

// rueidis with one address is a cluster client when that node is a
// cluster node: hedged.
func rueidisUnknown(param rueidis.Client) {
	client, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}})
	client.Do(ctx, client.B().Keys().Pattern("*").Build()) // want `^KEYS lists the keys of one node only if the client rueidis.NewClient builds is a cluster client: use Client.Nodes\(\) and SCAN on each node$`
	param.Do(ctx, param.B().Flushall().Build())            // want `^FLUSHALL empties one node only if this rueidis.Client is a cluster client: run it on every master with Client.Nodes\(\)$`
	single, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, ForceSingleClient: true})
	single.Do(ctx, single.B().Keys().Pattern("*").Build())
	rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379"}, SelectDB: 1})
}

func radix() {
	c3, _ := radix3.NewCluster(seeds)
	var keys []string
	c3.Do(radix3.Cmd(&keys, "KEYS", "*")) // want `KEYS on a cluster client lists the keys of one node only: use Cluster.NewScanner`
	flush := radix3.Cmd(nil, "FLUSHALL")  // want `FLUSHALL on a cluster client`
	c3.Do(flush)
	radix3.NewScanner(c3, radix3.ScanAllKeys) // want `^radix.NewScanner on a cluster client scans the keys of one node only: use Cluster.NewScanner$`
	c3.NewScanner(radix3.ScanAllKeys)
	c3.Do(radix3.Cmd(&keys, "GET", "k"))

	c4, _ := radix4.ClusterConfig{}.New(ctx, seeds)
	c4.Do(ctx, radix4.Cmd(&keys, "SCAN", "0")) // want `SCAN on a cluster client iterates the keys of one node only: use ScannerConfig.NewMulti`

	p, _ := radix3.NewPool("tcp", "localhost:6379", 4)
	p.Do(radix3.Cmd(&keys, "KEYS", "*"))
	radix3.NewScanner(p, radix3.ScanAllKeys)
}
