package branches

import (
	"context"
	"encoding/hex"
	"math/rand"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"
)

// resultKey builds a whole key the evaluator cannot read (a
// strings.Builder): it may carry a hash tag, and then a suffix appended to
// it stays in its slot.
func resultKey(cluster bool, ch, id string) string {
	var b strings.Builder
	if cluster {
		b.WriteString("{")
		b.WriteString(ch)
		b.WriteString("}")
	} else {
		b.WriteString(ch)
	}
	b.WriteString(".result.")
	b.WriteString(id)
	return b.String()
}

func route(ctx context.Context, rdb *redis.ClusterClient, ch, id string) {
	k := resultKey(true, ch, id)
	rdb.MGet(ctx, k, k+".route")
}

// A prefix given by the caller, appended two different suffixes: the
// keys differ in slot unless the prefix carries a tag (for almost every
// prefix), as before.
func prefixed(ctx context.Context, rdb *redis.ClusterClient, prefix string) {
	rdb.MGet(ctx, prefix+"/last", prefix+"/available") // want `MGET keys prefix \+ "/last" and prefix \+ "/available" carry no hash tag`
}

type hashKey struct{ q string }

// String returns a hex digest: no brace can be in it, so the key and its
// temporary name differ in slot for almost every digest.
func (k *hashKey) String() string {
	h := []byte(k.q)
	return hex.EncodeToString(h)
}

func renameTmp(ctx context.Context, rdb redis.UniversalClient, key *hashKey) {
	k := key.String()
	tmp := k + strconv.Itoa(rand.Int()) + "_tmp"
	rdb.Rename(ctx, tmp, k) // want `RENAME keys tmp and k carry no hash tag: they hash to different slots for almost every value of k and rand.Int\(\)`
}
