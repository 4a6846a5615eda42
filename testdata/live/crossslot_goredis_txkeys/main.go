// outcome: CROSSSLOT
// fixed: ok
// The caller's keys go into a transaction inside txdb.Move.
package main

import (
	"context"

	"example.com/live/internal/env"
	"example.com/live/internal/txdb"
)

func main() {
	ctx := context.Background()
	db := txdb.New(env.Seeds())
	env.Check(db.Move(ctx, "doc:42:draft", "doc:42:final", "text")) // want crossslot `transaction \(through \(\*txdb.DB\).Move\) keys "doc:42:final" \(SET, slot \d+\) and "doc:42:draft" \(DEL, slot \d+\) hash to different slots`
	env.OK()
}
