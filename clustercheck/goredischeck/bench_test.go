package goredischeck_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/goredischeck"
	"github.com/redislint/redislint/clustercheck/internal/checktest"
)

// pipelineCmds is a pipeline of n GETs and n MGETs of three keys of one
// tag.
func pipelineCmds(ctx context.Context, n int) []redis.Cmder {
	var cmds []redis.Cmder
	for i := range n {
		cmds = append(cmds, redis.NewStringCmd(ctx, "get", fmt.Sprintf("{user:%d}:profile", i)))
		cmds = append(cmds, redis.NewSliceCmd(ctx, "mget", fmt.Sprintf("{user:%d}:a", i), fmt.Sprintf("{user:%d}:b", i), fmt.Sprintf("{user:%d}:c", i)))
	}
	return cmds
}

// BenchmarkPipelineHook is the hook's own cost on a GET/MGET pipeline,
// with a next that sends nothing: the time per command is the guard's
// (Bare is the hook chain without it).
func BenchmarkPipelineHook(b *testing.B) {
	ctx := context.Background()
	cmds := pipelineCmds(ctx, 50)
	next := func(context.Context, []redis.Cmder) error { return nil }
	for _, bc := range []struct {
		name string
		hook redis.ProcessPipelineHook
	}{
		{"Bare", next},
		{"Guarded", goredischeck.New(nil, clustercheck.Options{}).ProcessPipelineHook(next)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.hook(ctx, cmds); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cmds)), "ns/cmd")
		})
	}
}

// BenchmarkPipelineLive sends the GET/MGET pipeline to a standalone
// redis-server, hooked and unhooked.
func BenchmarkPipelineLive(b *testing.B) {
	ctx := context.Background()
	addr := checktest.Server(b)
	for _, guarded := range []bool{false, true} {
		name := "Bare"
		if guarded {
			name = "Guarded"
		}
		b.Run(name, func(b *testing.B) {
			rdb := redis.NewClient(&redis.Options{Addr: addr})
			defer rdb.Close()
			if guarded {
				rdb.AddHook(goredischeck.New(rdb, clustercheck.Options{}))
			}
			b.ReportAllocs()
			const n = 50
			for b.Loop() {
				pipe := rdb.Pipeline()
				for i := range n {
					pipe.Get(ctx, "{user:1}:profile")
					pipe.MGet(ctx, "{user:1}:a", "{user:1}:b", "{user:1}:c")
					_ = i
				}
				if _, err := pipe.Exec(ctx); err != nil && err != redis.Nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*2*n), "ns/cmd")
		})
	}
}
