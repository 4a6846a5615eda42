package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// suppressed shows //redislint:ignore: on the line above or on the line of
// the diagnostic, with a reason, it silences it in every driver; without a
// reason it silences nothing and is reported; one that silences nothing is
// reported too. A trailing directive covers its own line only, and a name
// that is no analyzer's is reported.
func suppressed(ctx context.Context, rdb *redis.ClusterClient) {
	//redislint:ignore crossslot both keys live on the cart service's single-shard cluster
	rdb.Rename(ctx, "cart:1", "cart:1:old")
	rdb.Rename(ctx, "cart:2", "cart:2:old") //redislint:ignore crossslot same-line form

	//redislint:ignore crossslot // want "redislint:ignore crossslot needs a reason"
	rdb.Rename(ctx, "cart:3", "cart:3:old") // want `RENAME keys "cart:3" \(slot \d+\) and "cart:3:old"`

	//redislint:ignore crossslot stale: the keys were tagged long ago // want "redislint:ignore crossslot silences nothing"
	rdb.Rename(ctx, "{cart:4}", "{cart:4}:old")

	rdb.FlushDB(ctx) //redislint:ignore nodelocal a trailing directive covers its own line only
	rdb.FlushDB(ctx) // want "FLUSHDB on a cluster client empties one node only"

	//redislint:ignore crosslot misspelled // want `redislint:ignore names "crosslot", which is no redislint analyzer: did you mean crossslot\?`
	rdb.Rename(ctx, "{cart:5}", "{cart:5}:old")
}
