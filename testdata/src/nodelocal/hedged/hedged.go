// Package hedged holds clients that may be cluster clients: reported with
// the condition.
package hedged

import (
	"context"
	"os"
	"strings"

	"github.com/redis/go-redis/v9"
)

var ctx = context.Background()

var seeds = []string{"10.0.0.1:6379", "10.0.0.2:6379"}

func unknown(u redis.UniversalClient, p redis.Pipeliner, c redis.Cmdable) {
	u.Keys(ctx, "*")       // want `^KEYS lists the keys of one node only if this redis.UniversalClient is a cluster client: use ForEachMaster and Scan on each master$`
	p.Select(ctx, 1)       // want `^SELECT fails with "ERR SELECT is not allowed in cluster mode" if this redis.Pipeliner comes from a cluster client: a cluster has only database 0$`
	c.FlushDB(ctx)         // want `^FLUSHDB empties one node only if this redis.Cmdable is a cluster client: run it on every master with ForEachMaster$`
	u.Do(ctx, "RANDOMKEY") // want `^RANDOMKEY asks one node, and answers nil when that node has no keys if this redis.UniversalClient is a cluster client`
	u.DBSize(ctx)          // go-redis sums DBSize over the masters of a ClusterClient, also through an interface
	u.Get(ctx, "k")        // has a key: routed by slot
}

// A storage adapter's Keys looping SCAN on its UniversalClient (the shape
// of bugs fixed upstream after users hit them).
type Storage struct {
	db redis.UniversalClient
}

func New(addrs string) *Storage {
	return &Storage{db: redis.NewUniversalClient(&redis.UniversalOptions{Addrs: strings.Split(addrs, ",")})}
}

func (s *Storage) Keys() {
	for cursor := uint64(0); ; cursor++ {
		s.db.Scan(ctx, cursor, "*", 100) // want `^SCAN iterates the keys of one node only if the client redis.NewUniversalClient builds is a cluster client: use ForEachMaster and Scan on each master$`
	}
}

func runtimeList() {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: strings.Split(os.Getenv("REDIS_ADDRS"), ",")})
	u.FlushDB(ctx) // want `^FLUSHDB empties one node only if the client redis.NewUniversalClient builds is a cluster client`
}

func either(clustered bool) {
	var u redis.UniversalClient
	if clustered {
		u = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	} else {
		u = redis.NewClient(&redis.Options{Addr: "localhost:6379"})
	}
	u.Keys(ctx, "*") // want `^KEYS lists the keys of one node only if this redis.UniversalClient is a cluster client`
}

// Not reported.

// A library that branches on the kind itself: the cluster branch runs
// the command on every master, the other branches on a single node.
func (s *Storage) Reset() {
	switch c := s.db.(type) {
	case *redis.ClusterClient:
		c.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			m.FlushDB(ctx)
			return nil
		})
	default:
		c.FlushDB(ctx)
	}
}

func (s *Storage) Count() {
	if cc, ok := s.db.(*redis.ClusterClient); ok {
		cc.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			m.Keys(ctx, "*")
			return nil
		})
		return
	}
	s.db.Keys(ctx, "*")
}

func guarded(u redis.UniversalClient) {
	if _, ok := u.(*redis.ClusterClient); ok {
		return
	}
	u.Keys(ctx, "*")
}

// NewFailoverClusterClient: every slot is the Sentinel's one master, so
// KEYS sees every key.
func failoverCluster() {
	rdb := redis.NewFailoverClusterClient(&redis.FailoverOptions{MasterName: "m", SentinelAddrs: seeds})
	rdb.Keys(ctx, "*")
	rdb.FlushDB(ctx)
}

// Generics: the receiver is a type parameter constrained by a client
// interface: what that interface may hold.
func generic[T redis.UniversalClient](c T) {
	c.Keys(ctx, "*") // want `^KEYS lists the keys of one node only if this T is a cluster client`
}
