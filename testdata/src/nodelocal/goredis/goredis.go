package goredis

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

var seeds = []string{"10.0.0.1:6379", "10.0.0.2:6379", "10.0.0.3:6379"}

func cluster() {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	rdb.Keys(ctx, "session:*")             // want `^KEYS on a cluster client lists the keys of one node only: use ForEachMaster and Scan on each master$`
	rdb.Scan(ctx, 0, "session:*", 100)     // want `^SCAN on a cluster client iterates the keys of one node only: use ForEachMaster and Scan on each master$`
	rdb.ScanType(ctx, 0, "*", 100, "hash") // want `SCAN on a cluster client`
	rdb.RandomKey(ctx)                     // want `^RANDOMKEY on a cluster client asks one node, and answers nil when that node has no keys: pick a master with ForEachMaster$`
	rdb.FlushDB(ctx)                       // want `^FLUSHDB on a cluster client empties one node only: run it on every master with ForEachMaster$`
	rdb.FlushAll(ctx)                      // want `FLUSHALL on a cluster client empties one node only`
	rdb.FlushAllAsync(ctx)                 // want `FLUSHALL on a cluster client`
	rdb.Move(ctx, "k", 1)                  // want `^MOVE on a cluster client fails with "ERR MOVE is not allowed in cluster mode": a cluster has only database 0$`
	rdb.Do(ctx, "KEYS", "*")               // want `KEYS on a cluster client`
	rdb.Do(ctx, "dbsize")                  // want `^DBSIZE on a cluster client counts the keys of one node only: call DBSize on the ClusterClient itself, which sums over the masters$`
	rdb.DBSize(ctx)                        // aggregated by go-redis: not reported
	rdb.Get(ctx, "k")

	pipe := rdb.Pipeline()
	pipe.DBSize(ctx)    // want `^DBSIZE in a cluster pipeline counts the keys of one node only`
	pipe.Select(ctx, 1) // want `SELECT in a cluster pipeline fails`
	rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Keys(ctx, "*")    // want `KEYS in a cluster pipeline`
		p.SwapDB(ctx, 0, 1) // want `SWAPDB in a cluster pipeline fails`
		return nil
	})

	rdb.Watch(ctx, func(tx *redis.Tx) error {
		tx.FlushDB(ctx) // want `^FLUSHDB in a cluster transaction empties one node only`
		return nil
	}, "k")

	// The cluster-wide way: a *redis.Client per master.
	rdb.ForEachMaster(ctx, func(ctx context.Context, master *redis.Client) error {
		master.Keys(ctx, "*")
		master.FlushDB(ctx)
		return nil
	})
}

func universal() redis.UniversalClient {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: seeds})
	u.Keys(ctx, "*") // want `KEYS on a cluster client`
	u.DBSize(ctx)
	return u
}

func forced() {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"clustercfg.x.cache.amazonaws.com:6379"}, IsClusterMode: true})
	u.FlushDB(ctx) // want `FLUSHDB on a cluster client`
}

type cache struct{ rdb redis.UniversalClient }

func newCache() *cache {
	return &cache{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})}
}

func (c *cache) clear() {
	c.rdb.FlushDB(ctx) // want `FLUSHDB on a cluster client`
}

func db() {
	redis.NewUniversalClient(&redis.UniversalOptions{Addrs: seeds, DB: 2}) // want `^DB 2 is silently ignored by the cluster client redis.NewUniversalClient builds here: a cluster has only database 0 \(on a Valkey 9 cluster with cluster-databases, set -nodelocal.db=false\)$`
	redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"10.0.0.1:6379"}, DB: 2})
	redis.NewClient(&redis.Options{Addr: "10.0.0.1:6379", DB: 2})
}

// Not reported.

func standalone() {
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"})
	rdb.Keys(ctx, "*")
	rdb.FlushAll(ctx)
	rdb.Do(ctx, "KEYS", "*")
	c := rdb.Conn()
	c.Select(ctx, 2)
}

func oneAddress() {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{"localhost:6379"}})
	u.Keys(ctx, "*")
}

func dynamic(cmd string, args []interface{}) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	rdb.Do(ctx, cmd)
	rdb.Do(ctx, args...)
}

// Generics: the receiver is a type parameter constrained by a client
// interface: what that interface may hold.
func generic[T redis.UniversalClient](c T) {
	c.Keys(ctx, "*")      // want `^KEYS lists the keys of one node only if this T is a cluster client: use ForEachMaster and Scan on each master$`
	c.Do(ctx, "FLUSHALL") // want `^FLUSHALL empties one node only if this T is a cluster client: run it on every master with ForEachMaster$`
}

func genericCluster[T any](x T) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	rdb.Keys(ctx, "*") // want `KEYS on a cluster client`
	_ = x
}
