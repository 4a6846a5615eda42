package goredis

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// A store whose field holds a cluster client in one constructor and a
// single node's in another: a use reads the object the program shows.
type fieldStore struct {
	client redis.UniversalClient
	prefix string
}

func newClusterFieldStore() *fieldStore {
	return &fieldStore{client: redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds}), prefix: "c:"}
}

func newTestFieldStore() *fieldStore {
	return &fieldStore{client: redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"}), prefix: "t:"}
}

// Built by the single-node constructor: one server.
func useTestFieldStore(ctx context.Context) {
	store := newTestFieldStore()
	store.client.Keys(ctx, store.prefix+"*")
	s := &fieldStore{client: redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})}
	s.client.FlushDB(ctx)
}

// Built by the cluster constructor: a cluster client.
func useClusterFieldStore(ctx context.Context) {
	store := newClusterFieldStore()
	store.client.Keys(ctx, store.prefix+"*") // want `^KEYS on a cluster client lists the keys of one node only`
}

// Either: what both constructors store, so it may be a cluster client.
func useSomeFieldStore(ctx context.Context, cluster bool) {
	store := newTestFieldStore()
	if cluster {
		store = newClusterFieldStore()
	}
	store.client.Keys(ctx, store.prefix+"*") // want `^KEYS lists the keys of one node only if this redis.UniversalClient is a cluster client`
}

// A parameter: every store of the field.
func useFieldStore(ctx context.Context, store *fieldStore) {
	store.client.FlushDB(ctx) // want `^FLUSHDB empties one node only if this redis.UniversalClient is a cluster client`
}

// flusher is the program's own interface.
type flusher interface {
	FlushDB(ctx context.Context) *redis.StatusCmd
}

type bench struct{ client flusher }

// A mode switch that stores the client of its case into the field and
// uses it at once: the use reads the store just before it.
func (b *bench) drop(ctx context.Context, mode string) {
	switch mode {
	case "cluster":
		cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
		b.client = cc
		b.client.FlushDB(ctx) // want `^FLUSHDB on a cluster client empties one node only`
	default:
		sc := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
		b.client = sc
		b.client.FlushDB(ctx)
	}
}

// Written again between, on some path: the use reads every store of the
// field, as a use in another function does (through the program's own
// interface, reported only where every store is a cluster client).
func (b *bench) dropLater(ctx context.Context, cluster bool) {
	b.client = redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	if cluster {
		b.client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	}
	b.client.FlushDB(ctx)
}

// A store that embeds fieldStore and sets its client itself: a write into
// the objects of the embedding type, which the literals of fieldStore above
// do not build (seaweedfs' cluster store initializes the universal store
// it embeds).
type clusterStoreOf struct{ fieldStore }

func (c *clusterStoreOf) init() {
	c.client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
}

func (c *clusterStoreOf) drop(ctx context.Context) {
	c.client.FlushDB(ctx) // want `^FLUSHDB empties one node only if this redis.UniversalClient is a cluster client`
}

// Written after the use in a loop around it: the next iteration reads
// that write.
type loopStore struct{ client redis.UniversalClient }

func (s *loopStore) dropEach(ctx context.Context, modes []string) {
	s.client = redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	for range modes {
		s.client.FlushDB(ctx) // want `^FLUSHDB empties one node only if this redis.UniversalClient is a cluster client`
		s.client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
	}
	s.client.FlushDB(ctx) // want `^FLUSHDB empties one node only if this redis.UniversalClient is a cluster client`
}

func (s *loopStore) reconnect() {
	s.client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds})
}

// A call given the store between the write and the use may write the
// field itself: every store of it.
func (s *loopStore) dropAfterReconnect(ctx context.Context) {
	s.client = redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	s.reconnect()
	s.client.FlushDB(ctx) // want `^FLUSHDB empties one node only if this redis.UniversalClient is a cluster client`
	s.client = redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	s.client.Ping(ctx)
	s.client.FlushDB(ctx)
}
