// Package rueidischeck installs clustercheck in rueidis as a wrapper of
// rueidis.Client, the way rueidishook wraps one:
//
//	client, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{addr}})
//	client = rueidischeck.Wrap(client, clustercheck.Options{})
//
// Do, DoMulti, DoCache, DoMultiCache, DoStream, DoMultiStream, Receive and
// the dedicated clients of Dedicated and Dedicate check each command before
// it is sent. A refused command is not sent: its result holds the error.
// In DoMulti, the commands from MULTI to EXEC are a transaction: when it
// is refused, every one of its commands fails, and the others are sent.
//
// The rueidis helpers (rueidis.MGet, MSet, MDel, MSetNX, JsonMGet, …) see a
// wrapped client as a cluster's and split the keys by slot: they pass, as
// they do on a cluster. The clients of Nodes are each one node's: the
// guard leaves their node-local commands (the way to list a cluster's keys
// is KEYS on every node) and checks the rest.
package rueidischeck

import (
	"context"
	"strings"
	"time"

	"github.com/redis/rueidis"

	"github.com/redislint/redislint/clustercheck"
)

// Wrap returns client guarded with opts. With opts.Disabled it returns
// client.
func Wrap(client rueidis.Client, opts clustercheck.Options) rueidis.Client {
	return WrapWith(client, clustercheck.New(opts))
}

// WrapWith is Wrap with a Checker shared with other clients.
func WrapWith(client rueidis.Client, c *clustercheck.Checker) rueidis.Client {
	if c.Disabled() {
		return client
	}
	return &guarded{Client: client, c: c, node: c.Without(clustercheck.NodeLocal)}
}

type guarded struct {
	rueidis.Client
	c    *clustercheck.Checker
	node *clustercheck.Checker // for the clients of Nodes
}

// check returns the error to fail a command outside a transaction with.
func check(ctx context.Context, c *clustercheck.Checker, cmd []string) error {
	return c.Handle(ctx, c.Strings(nil, cmd))
}

func (g *guarded) Do(ctx context.Context, cmd rueidis.Completed) rueidis.RedisResult {
	if err := check(ctx, g.c, cmd.Commands()); err != nil {
		return rueidis.NewErrorResult(err)
	}
	return g.Client.Do(ctx, cmd)
}

func (g *guarded) DoMulti(ctx context.Context, multi ...rueidis.Completed) []rueidis.RedisResult {
	return doMulti(ctx, g.c, multi, g.Client.DoMulti)
}

func (g *guarded) DoCache(ctx context.Context, cmd rueidis.Cacheable, ttl time.Duration) rueidis.RedisResult {
	if err := check(ctx, g.c, cmd.Commands()); err != nil {
		return rueidis.NewErrorResult(err)
	}
	return g.Client.DoCache(ctx, cmd, ttl)
}

func (g *guarded) DoMultiCache(ctx context.Context, multi ...rueidis.CacheableTTL) []rueidis.RedisResult {
	var errs []error // allocated only when a command is refused
	for i := range multi {
		if err := check(ctx, g.c, multi[i].Cmd.Commands()); err != nil {
			if errs == nil {
				errs = make([]error, len(multi))
			}
			errs[i] = err
		}
	}
	if errs == nil {
		return g.Client.DoMultiCache(ctx, multi...)
	}
	var rest []rueidis.CacheableTTL
	for i, m := range multi {
		if errs[i] == nil {
			rest = append(rest, m)
		}
	}
	return merge(errs, rest, func() []rueidis.RedisResult { return g.Client.DoMultiCache(ctx, rest...) })
}

func (g *guarded) DoStream(ctx context.Context, cmd rueidis.Completed) rueidis.RedisResultStream {
	if err := check(ctx, g.c, cmd.Commands()); err != nil {
		return rueidis.NewErrorResultStream(err)
	}
	return g.Client.DoStream(ctx, cmd)
}

// DoMultiStream fails whole when one of its commands is refused: it has one
// stream for all of them.
func (g *guarded) DoMultiStream(ctx context.Context, multi ...rueidis.Completed) rueidis.MultiRedisResultStream {
	for _, err := range checkMulti(ctx, g.c, multi) {
		if err != nil {
			return rueidis.NewErrorResultStream(err)
		}
	}
	return g.Client.DoMultiStream(ctx, multi...)
}

func (g *guarded) Receive(ctx context.Context, subscribe rueidis.Completed, fn func(msg rueidis.PubSubMessage)) error {
	if err := check(ctx, g.c, subscribe.Commands()); err != nil {
		return err
	}
	return g.Client.Receive(ctx, subscribe, fn)
}

func (g *guarded) Dedicated(fn func(rueidis.DedicatedClient) error) error {
	return g.Client.Dedicated(func(dc rueidis.DedicatedClient) error {
		return fn(&dedicated{DedicatedClient: dc, c: g.c})
	})
}

func (g *guarded) Dedicate() (rueidis.DedicatedClient, func()) {
	dc, cancel := g.Client.Dedicate()
	return &dedicated{DedicatedClient: dc, c: g.c}, cancel
}

func (g *guarded) Nodes() map[string]rueidis.Client {
	nodes := g.Client.Nodes()
	out := make(map[string]rueidis.Client, len(nodes))
	for addr, n := range nodes {
		out[addr] = WrapWith(n, g.node)
	}
	return out
}

// dedicated is a guarded DedicatedClient: one connection, on which a
// transaction may also be sent one Do at a time.
type dedicated struct {
	rueidis.DedicatedClient
	c     *clustercheck.Checker
	inTx  bool
	tx    clustercheck.Tx
	txErr error
}

func (d *dedicated) Do(ctx context.Context, cmd rueidis.Completed) rueidis.RedisResult {
	words := cmd.Commands()
	if len(words) > 0 {
		switch name := words[0]; {
		case strings.EqualFold(name, "MULTI"):
			d.inTx, d.tx, d.txErr = true, clustercheck.Tx{}, nil
		case strings.EqualFold(name, "EXEC"):
			d.inTx = false
			if err := d.txErr; err != nil {
				d.txErr = nil
				d.DedicatedClient.Do(ctx, d.DedicatedClient.B().Discard().Build())
				return rueidis.NewErrorResult(err)
			}
		case strings.EqualFold(name, "DISCARD"):
			d.inTx, d.txErr = false, nil
		default:
			var tx *clustercheck.Tx
			if d.inTx {
				tx = &d.tx
			}
			if err := d.c.Handle(ctx, d.c.Strings(tx, words)); err != nil {
				if d.inTx && d.txErr == nil {
					d.txErr = err
				}
				return rueidis.NewErrorResult(err)
			}
		}
	}
	return d.DedicatedClient.Do(ctx, cmd)
}

func (d *dedicated) DoMulti(ctx context.Context, multi ...rueidis.Completed) []rueidis.RedisResult {
	return doMulti(ctx, d.c, multi, d.DedicatedClient.DoMulti)
}

func (d *dedicated) Receive(ctx context.Context, subscribe rueidis.Completed, fn func(msg rueidis.PubSubMessage)) error {
	if err := check(ctx, d.c, subscribe.Commands()); err != nil {
		return err
	}
	return d.DedicatedClient.Receive(ctx, subscribe, fn)
}

// checkMulti checks the commands of a DoMulti: each alone, and those from
// a MULTI to its EXEC together. It returns nil when none is refused, else
// the error of each command (nil for those to send).
func checkMulti(ctx context.Context, c *clustercheck.Checker, multi []rueidis.Completed) []error {
	var errs []error
	refuse := func(i int, err error) {
		if errs == nil {
			errs = make([]error, len(multi))
		}
		errs[i] = err
	}
	for i := 0; i < len(multi); i++ {
		words := multi[i].Commands()
		if len(words) == 0 || !strings.EqualFold(words[0], "MULTI") {
			if err := check(ctx, c, words); err != nil {
				refuse(i, err)
			}
			continue
		}
		// A transaction: MULTI, its commands, EXEC (or the end).
		var tx clustercheck.Tx
		var txErr error
		end := i + 1
		for ; end < len(multi); end++ {
			words := multi[end].Commands()
			if len(words) > 0 && strings.EqualFold(words[0], "EXEC") {
				break
			}
			if err := c.Handle(ctx, c.Strings(&tx, words)); err != nil && txErr == nil {
				txErr = err
			}
		}
		if txErr != nil {
			for j := i; j <= end && j < len(multi); j++ {
				refuse(j, txErr)
			}
		}
		i = end
	}
	return errs
}

// doMulti runs a DoMulti: the commands not refused are sent.
func doMulti(ctx context.Context, c *clustercheck.Checker, multi []rueidis.Completed, do func(context.Context, ...rueidis.Completed) []rueidis.RedisResult) []rueidis.RedisResult {
	errs := checkMulti(ctx, c, multi)
	if errs == nil {
		return do(ctx, multi...)
	}
	var rest []rueidis.Completed
	for i, m := range multi {
		if errs[i] == nil {
			rest = append(rest, m)
		}
	}
	return merge(errs, rest, func() []rueidis.RedisResult { return do(ctx, rest...) })
}

// merge returns the results of all commands: the error of each refused
// one, and in between those of the rest, which send sends (when any).
func merge[T any](errs []error, rest []T, send func() []rueidis.RedisResult) []rueidis.RedisResult {
	var sent []rueidis.RedisResult
	if len(rest) > 0 {
		sent = send()
	}
	out := make([]rueidis.RedisResult, len(errs))
	for i, err := range errs {
		if err != nil {
			out[i] = rueidis.NewErrorResult(err)
			continue
		}
		out[i], sent = sent[0], sent[1:]
	}
	return out
}
