// Package libstore wraps the other libraries' cluster clients.
package libstore

import (
	"context"

	"github.com/mediocregopher/radix/v4"
	"github.com/mna/redisc"
	"github.com/redis/rueidis"
)

type Redisc struct{ cluster *redisc.Cluster }

// Del wraps a raw redisc command.
func (r *Redisc) Del(a, b string) error {
	conn := r.cluster.Get()
	defer conn.Close()
	_, err := conn.Do("DEL", a, b)
	return err
}

type Rueidis struct{}

func (Rueidis) client() rueidis.Client {
	c, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	return c
}

// MGet wraps a rueidis builder.
func (r Rueidis) MGet(ctx context.Context, a, b string) {
	c, _ := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{"10.0.0.1:6379", "10.0.0.2:6379"}})
	c.Do(ctx, c.B().Mget().Key(a, b).Build())
}

type Radix struct{}

// Rename wraps a radix action run on a cluster.
func (Radix) Rename(ctx context.Context, from, to string) {
	cl, _ := (radix.ClusterConfig{}).New(ctx, []string{"10.0.0.1:6379", "10.0.0.2:6379"})
	cl.Do(ctx, radix.Cmd(nil, "RENAME", from, to))
}
