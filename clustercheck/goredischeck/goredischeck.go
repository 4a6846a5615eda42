// Package goredischeck installs clustercheck in go-redis v9 as a redis.Hook:
//
//	rdb := redis.NewClient(&redis.Options{Addr: addr})
//	rdb.AddHook(goredischeck.New(rdb, clustercheck.Options{Report: clustercheck.TestLog(t)}))
//
// Every command, pipeline and TxPipeline (MULTI … EXEC) the client sends
// is checked before it is sent; DialHook is left alone. A command that
// breaks a rule whose action is Fail is not sent: it fails with a
// *clustercheck.Error (cmd.Err() and the returned error). In a pipeline
// only that command fails; in a transaction the whole transaction fails,
// as on a cluster.
//
// A *redis.Client with DB set sends SELECT through its hooks when it
// connects: NodeLocal, reported (or, with Fail, the connection fails). New
// reads the client's own configuration: a *redis.ClusterClient with routing policies (SetCommandInfoResolver, not
// DisableRoutingPolicies) splits multi-shard commands (MGET, MSET, DEL, …)
// by slot and runs FLUSHDB, FLUSHALL and DBSIZE on every master and
// aggregates their answers, and its DBSize method always runs DBSIZE on
// every master and sums: those are not violations on it. Commands in a
// pipeline are not split by go-redis, and are checked as they are.
package goredischeck

import (
	"context"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/internal/model"
)

// New returns the hook for rdb (nil for a client whose configuration does
// not matter) with opts. With opts.Disabled the hook returns go-redis' own
// functions unchanged: it costs nothing.
func New(rdb redis.UniversalClient, opts clustercheck.Options) redis.Hook {
	return NewWith(rdb, clustercheck.New(opts))
}

// NewWith is New with a Checker shared with other clients.
func NewWith(rdb redis.UniversalClient, c *clustercheck.Checker) redis.Hook {
	h := &hook{c: c}
	if rdb, ok := rdb.(*redis.ClusterClient); ok {
		h.aggregates = aggregates
		if !rdb.Options().DisableRoutingPolicies {
			h.cluster = rdb
		}
	}
	return h
}

type hook struct {
	c *clustercheck.Checker
	// cluster, when not nil, is a cluster client whose routing policies
	// split commands.
	cluster *redis.ClusterClient
	// aggregates, for a cluster client, are the node-local commands whose
	// typed method the cluster client runs on every master and sums.
	aggregates map[string]bool
}

// aggregates are the node-local commands of go-redis methods that a
// ClusterClient runs on every master and sums (DBSize), from the model.
var aggregates = func() map[string]bool {
	m := map[string]bool{}
	for _, nm := range model.NodeMethods() {
		if nm.Lib == model.LibGoRedis && nm.ClusterAggregates {
			m[nm.Command] = true
		}
	}
	return m
}()

func (h *hook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *hook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	if h.c.Disabled() {
		return next
	}
	return func(ctx context.Context, cmd redis.Cmder) error {
		if e := h.c.Args(nil, cmd.Args()); e != nil && !h.splits(ctx, cmd, e) {
			if err := h.c.Handle(ctx, e); err != nil {
				cmd.SetErr(err)
				return err
			}
		}
		return next(ctx, cmd)
	}
}

func (h *hook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	if h.c.Disabled() {
		return next
	}
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if isTx(cmds) {
			var tx clustercheck.Tx
			for _, cmd := range cmds {
				if err := h.c.Handle(ctx, h.c.Args(&tx, cmd.Args())); err != nil {
					setErr(cmds, err)
					return err
				}
			}
			return next(ctx, cmds)
		}
		var failed []bool // allocated only when a command fails
		var first error
		for i, cmd := range cmds {
			if err := h.c.Handle(ctx, h.c.Args(nil, cmd.Args())); err != nil {
				if failed == nil {
					failed = make([]bool, len(cmds))
					first = err
				}
				failed[i] = true
				cmd.SetErr(err)
			}
		}
		if failed == nil {
			return next(ctx, cmds)
		}
		rest := make([]redis.Cmder, 0, len(cmds))
		for i, cmd := range cmds {
			if !failed[i] {
				rest = append(rest, cmd)
			}
		}
		if len(rest) > 0 {
			if err := next(ctx, rest); err != nil {
				return err
			}
		}
		return first
	}
}

// splits reports whether the cluster client splits cmd so that e does not
// happen: it is a method that the client runs on every master and sums
// (ClusterClient.DBSize), or its routing policy for cmd sends the keys of each slot to their
// node (multi_shard), or runs a node-local command on every shard and
// aggregates the answers (all_shards or all_nodes with a response policy;
// KEYS has none, and go-redis v9.23.0 answers it wrongly).
func (h *hook) splits(ctx context.Context, cmd redis.Cmder, e *clustercheck.Error) bool {
	if e.Rule == clustercheck.NodeLocal && h.aggregates[e.Command] {
		if _, typed := cmd.(*redis.IntCmd); typed { // the method, not Do's *redis.Cmd
			return true
		}
	}
	if h.cluster == nil {
		return false
	}
	r := h.cluster.GetResolver()
	if r == nil {
		return false
	}
	p := r.GetCommandPolicy(ctx, cmd)
	if p == nil {
		return false
	}
	switch req, resp := p.Request.String(), p.Response.String(); e.Rule {
	case clustercheck.CrossSlot:
		return req == "multi_shard"
	case clustercheck.NodeLocal:
		return (req == "all_shards" || req == "all_nodes") && !strings.HasPrefix(resp, "default")
	}
	return false
}

// isTx reports whether cmds is a transaction as go-redis sends it: MULTI,
// the commands, EXEC.
func isTx(cmds []redis.Cmder) bool {
	return len(cmds) >= 2 && strings.EqualFold(cmds[0].Name(), "multi") && strings.EqualFold(cmds[len(cmds)-1].Name(), "exec")
}

func setErr(cmds []redis.Cmder, err error) {
	for _, cmd := range cmds {
		cmd.SetErr(err)
	}
}
