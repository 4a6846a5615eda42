// outcome: CROSSSLOT
// fixed: ok
package main

import (
	"context"
	"fmt"

	"example.com/live/internal/env"
	"example.com/live/internal/store"
)

func main() {
	ctx := context.Background()
	s := store.New(env.Seeds())
	id := 7
	name, email := fmt.Sprintf("user:%d:name", id), fmt.Sprintf("user:%d:email", id)
	env.Check(s.Put(ctx, name, "Ada"))
	env.Check(s.Put(ctx, email, "ada@example.com"))
	_, err := s.GetMany(ctx, name, email) // want crossslot `MGET \(through \(\*store.Store\).GetMany\) keys name and email carry no hash tag`
	env.Check(err)
	env.OK()
}
