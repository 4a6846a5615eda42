// Package kinds shows what the client-flow layer decides for each form.
package kinds

import (
	"context"
	"os"
	"strings"

	"github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	goredis "github.com/redis/go-redis/v9"
)

func mark(any) {}

var ctx = context.Background()

var cluster = &redisc.Cluster{StartupNodes: []string{"a:1", "b:1"}}

var pool = &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", "a:1") }}

func newClient() *goredis.ClusterClient {
	return goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: []string{"a:1", "b:1"}})
}

func origins(param goredis.UniversalClient) {
	mark(cluster.Get()) // want `^cluster$`
	conn := pool.Get()
	mark(conn) // want `^single$`
	rdb := newClient()
	pipe := rdb.Pipeline()
	mark(pipe) // want `^cluster$`
	rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		mark(p) // want `^cluster$`
		return nil
	})
	rdb.ForEachMaster(ctx, func(ctx context.Context, m *goredis.Client) error {
		mark(m) // want `^single$`
		return nil
	})
	mark(param) // want `^unknown$`
	var either goredis.UniversalClient = rdb
	if param != nil {
		either = goredis.NewClient(&goredis.Options{Addr: "a:1"})
	}
	mark(either) // want `^single\|cluster$`
}

// A constructor that picks at run time.
func runtime() {
	u := goredis.NewUniversalClient(&goredis.UniversalOptions{Addrs: strings.Split(os.Getenv("ADDRS"), ",")})
	mark(u) // want `^single\|cluster$`
	one := goredis.NewUniversalClient(&goredis.UniversalOptions{Addrs: []string{"a:1"}})
	mark(one) // want `^single$`
}

// NewFailoverClusterClient: a ClusterClient routed to one master.
func failover() {
	fc := goredis.NewFailoverClusterClient(&goredis.FailoverOptions{MasterName: "m", SentinelAddrs: []string{"s:1", "s:2"}})
	mark(fc) // want `^failover-cluster$`
	var u goredis.UniversalClient = fc
	mark(u) // want `^failover-cluster$`
	f := goredis.NewFailoverClient(&goredis.FailoverOptions{MasterName: "m", SentinelAddrs: []string{"s:1", "s:2"}})
	mark(f) // want `^failover$`
}

type wrapper struct {
	rdb goredis.UniversalClient
}

// Type guards: by object, never by spelling.
func (w *wrapper) guards(other *wrapper) {
	if _, ok := w.rdb.(*goredis.ClusterClient); ok {
		mark(w.rdb) // want `^unknown$`
	} else {
		mark(w.rdb)     // want `^unknown guarded$`
		mark(other.rdb) // want `^unknown$`
	}
	switch c := w.rdb.(type) {
	case *goredis.ClusterClient:
		mark(c) // want `^cluster$`
	default:
		mark(c)     // want `^unknown guarded$`
		mark(w.rdb) // want `^unknown guarded$`
	}
	if _, ok := w.rdb.(*goredis.ClusterClient); ok {
		return
	}
	mark(w.rdb) // want `^unknown guarded$`
}

// A parameter of an unexported function whose every call is in the
// package: what the calls pass.
func scanAll(c goredis.Cmdable) {
	mark(c) // want `^single$`
}

func ScanExported(c goredis.Cmdable) {
	mark(c) // want `^unknown$`
}

func callers(rdb *goredis.ClusterClient) {
	rdb.ForEachMaster(ctx, func(ctx context.Context, m *goredis.Client) error {
		scanAll(m)
		return nil
	})
	scanAll(goredis.NewClient(&goredis.Options{Addr: "a:1"}))
	ScanExported(rdb)
}

// A parameter that every call gives one node's client: a ForEachMaster
// node, or the wrapper's client on the other side of a type assertion.
func (w *wrapper) scanNodes(ctx context.Context) {
	if cc, ok := w.rdb.(*goredis.ClusterClient); ok {
		cc.ForEachMaster(ctx, func(ctx context.Context, n *goredis.Client) error {
			scanNode(n)
			return nil
		})
		return
	}
	scanNode(w.rdb)
}

func scanNode(c goredis.UniversalClient) {
	mark(c) // want `^single\|unknown guarded$`
}

// One call gives the wrapper's client as it is.
func (w *wrapper) scanMixed() {
	scanMixed(w.rdb)
	scanMixed(goredis.NewClient(&goredis.Options{Addr: "a:1"}))
}

func scanMixed(c goredis.UniversalClient) {
	mark(c) // want `^single\|unknown$`
}
