package nodekeys

import (
	"context"

	goredis "github.com/redis/go-redis/v9"
)

var ctx = context.Background()

type scraper struct {
	addr      string // want addr:`cluster address`
	isCluster bool
}

func (s *scraper) node() *goredis.Client {
	return goredis.NewClient(&goredis.Options{Addr: s.addr})
}

func (s *scraper) cluster() *goredis.ClusterClient {
	return goredis.NewClusterClient(&goredis.ClusterOptions{Addrs: []string{s.addr}})
}

// count reads a key from the node whatever the mode.
func (s *scraper) count(c *goredis.Client) {
	c.Exists(ctx, "queue:jobs")
}

func (s *scraper) scrape() {
	c := s.node()
	c.Info(ctx, "all")
	if s.isCluster {
		cc := s.cluster()
		cc.Get(ctx, "k")
	} else {
		c.Get(ctx, "k")
	}
	s.count(c) // want `^count sends EXISTS "queue:jobs" through c, the connection redis.NewClient builds to one node, also when s.isCluster`
}
