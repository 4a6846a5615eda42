package distinct

import (
	"context"

	"github.com/redis/go-redis/v9"
)

type store struct {
	c   *redis.ClusterClient
	u   redis.UniversalClient
	key string
}

// regenerate is a session store's: the session moves to a new id.
func (s *store) regenerate(ctx context.Context, oldsid, sid string) {
	s.c.Rename(ctx, oldsid, sid) // want `RENAME keys oldsid and sid are two values known only at run time: they hash to different slots unless both carry the same hash tag: CROSSSLOT on a cluster`
	s.c.Rename(ctx, oldsid, oldsid)
	s.c.Rename(ctx, s.key, sid)  // want `RENAME keys s.key and sid are two values`
	s.u.Rename(ctx, oldsid, sid) // an interface: not this rule
	s.c.Rename(ctx, "{"+oldsid+"}", "{"+oldsid+"}:new")
	s.c.Rename(ctx, oldsid, "x:"+sid) // a constant part: the template rules decide (unknown)
}
