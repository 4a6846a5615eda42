package correlated

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Programs that build their store in one struct literal per mode: the
// literal of the cluster path gives the key prefix its hash tag, the
// other leaves the field out (""). Each literal's write is one value of
// the field, held to the clients built with it.

type litStore struct {
	rdb redis.UniversalClient
	ns  string
}

// The cluster client is built inside the literal that writes the tag.
func newLitStore(addrs []string) *litStore {
	if len(addrs) > 1 {
		return &litStore{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), ns: "{jobs}:"}
	}
	return &litStore{rdb: redis.NewClient(&redis.Options{Addr: addrs[0]})}
}

func (s *litStore) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.ns+"a", s.ns+"b")
}

func (s *litStore) aKey() string { return s.ns + "a" }
func (s *litStore) bKey() string { return s.ns + "b" }

func (s *litStore) pairBuilt(ctx context.Context) {
	s.rdb.MGet(ctx, s.aKey(), s.bKey())
}

// The client built beside the literal, on its path.
type litVarStore struct {
	rdb redis.UniversalClient
	ns  string
}

func newLitVarStore(addrs []string) *litVarStore {
	if len(addrs) > 1 {
		rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
		return &litVarStore{rdb: rdb, ns: "{q}:"}
	}
	rdb := redis.NewClient(&redis.Options{Addr: addrs[0]})
	return &litVarStore{ns: "", rdb: rdb}
}

func (s *litVarStore) pair(ctx context.Context) {
	s.rdb.Del(ctx, s.ns+"a", s.ns+"b")
}

// One constructor per mode.
type modeStore struct {
	rdb redis.UniversalClient
	ns  string
}

func newClusterModeStore(addrs []string) *modeStore {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	return &modeStore{rdb: c, ns: "{m}:"}
}

func newSingleModeStore(addr string) *modeStore {
	return &modeStore{rdb: redis.NewClient(&redis.Options{Addr: addr})}
}

func (s *modeStore) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.ns+"a", s.ns+"b")
}

// The tag on the wrong literal: the cluster path's keys carry none.
type badLitStore struct {
	rdb redis.UniversalClient
	ns  string
}

func newBadLitStore(addrs []string) *badLitStore {
	if len(addrs) > 1 {
		return &badLitStore{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})}
	}
	return &badLitStore{rdb: redis.NewClient(&redis.Options{Addr: addrs[0]}), ns: "{one}:"}
}

func (s *badLitStore) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.ns+"a", s.ns+"b") // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
}

func (s *badLitStore) aKey() string { return s.ns + "a" }
func (s *badLitStore) bKey() string { return s.ns + "b" }

func (s *badLitStore) pairBuilt(ctx context.Context) {
	s.rdb.MGet(ctx, s.aKey(), s.bKey()) // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
}

// Two tags, one per literal, and keys of two tags: different slots on
// the cluster path.
type twoTagStore struct {
	rdb redis.UniversalClient
	ns  string
}

func newTwoTagStore(addrs []string) *twoTagStore {
	if len(addrs) > 1 {
		return &twoTagStore{rdb: redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs}), ns: "{c}:"}
	}
	return &twoTagStore{rdb: redis.NewClient(&redis.Options{Addr: addrs[0]}), ns: "{s}:"}
}

func (s *twoTagStore) mixed(ctx context.Context) {
	s.rdb.MGet(ctx, s.ns+"a", "{other}:b") // want `MGET keys "\{c\}:a" \(slot \d+\) and "\{other\}:b" \(slot \d+\) hash to different slots: CROSSSLOT if this redis.UniversalClient is a cluster client`
}

// The client built in a third place, with no literal's write beside it:
// any value of the field may meet it.
type sharedStore struct {
	rdb redis.UniversalClient
	ns  string
}

var shared = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"a:7000", "b:7000"}})

func newSharedStore(tagged bool) *sharedStore {
	if tagged {
		return &sharedStore{rdb: shared, ns: "{t}:"}
	}
	return &sharedStore{rdb: shared}
}

func (s *sharedStore) pair(ctx context.Context) {
	s.rdb.MGet(ctx, s.ns+"a", s.ns+"b") // want `MGET keys "a" \(slot 15495\) and "b" \(slot 3300\) hash to different slots`
}
