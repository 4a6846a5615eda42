// Package mockuse is a test of a program that sets the expectations of a
// client mock: they build commands on the mock's clients, which send
// nothing, so no key of theirs is compared.
package mockuse

import (
	"context"

	redismock "github.com/go-redis/redismock/v9"
	"github.com/redis/go-redis/v9"

	"crossslot/mockuse/mocks"
)

func expect() {
	_, m := redismock.NewClusterMock()
	m.ExpectRename("key", "new_key")
	m.ExpectDel("user:1", "order:2")
}

// A program's code run on a mock's client, as its tests do: the client is
// a *redis.ClusterClient whose hook answers every command without sending
// it, so no command fails as on a cluster.
func useMock(ctx context.Context) {
	db, _ := redismock.NewClusterMock()
	db.MGet(ctx, "user:1", "order:2")
	useStore(ctx, db)
}

func useStore(ctx context.Context, c redis.UniversalClient) {
	c.MGet(ctx, "user:1", "order:2")
}

// Through a helper of the package that returns the mock's client, as a
// test file's newTestClient does.
func newTestClient() *redis.ClusterClient {
	db, _ := redismock.NewClusterMock()
	return db
}

func useHelper(ctx context.Context) {
	newTestClient().MGet(ctx, "user:1", "order:2")
	db := newTestClient()
	db.MGet(ctx, "user:1", "order:2")
}

// Through a helper of another package, as a program's testutil: its fact
// says the client is a mock's.
func useOtherHelper(ctx context.Context) {
	mocks.NewClusterClient().MGet(ctx, "user:1", "order:2")
	db := mocks.NewClient()
	db.MGet(ctx, "user:1", "order:2")
	useStore(ctx, mocks.NewClusterClient())
}

// A helper that may return a real cluster client is no mock's.
func useEither(ctx context.Context) {
	mocks.Either(false).MGet(ctx, "user:1", "order:2") // want `^MGET keys "user:1" \(slot 10778\) and "order:2" \(slot 2117\) hash to different slots: CROSSSLOT on a cluster$`
}

// A real cluster client: reported.
func useCluster(ctx context.Context) {
	db := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"10.0.0.1:7000"}})
	db.MGet(ctx, "user:1", "order:2") // want `^MGET keys "user:1" \(slot 10778\) and "order:2" \(slot 2117\) hash to different slots: CROSSSLOT on a cluster$`
}
