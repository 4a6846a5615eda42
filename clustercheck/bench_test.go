package clustercheck_test

import (
	"testing"

	"github.com/redislint/redislint/clustercheck"
)

// BenchmarkCheck is the guard's work on one command: key extraction with
// the key specs and the slot check. Target: under 1 µs and 0 allocations.
func BenchmarkCheck(b *testing.B) {
	c := clustercheck.New(clustercheck.Options{})
	for _, bc := range []struct {
		name string
		args []any
	}{
		{"GET", []any{"get", "user:101:profile"}},
		{"MGET3", []any{"mget", "{user:101}:profile", "{user:101}:settings", "{user:101}:flags"}},
		{"MGET10", []any{"mget", "{u}:0", "{u}:1", "{u}:2", "{u}:3", "{u}:4", "{u}:5", "{u}:6", "{u}:7", "{u}:8", "{u}:9"}},
		{"SETEX", []any{"set", "user:101:profile", "Ada", "ex", 3600}},
		{"EVALSHA", []any{"evalsha", "0123456789abcdef0123456789abcdef01234567", 1, "k", "v"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if e := c.Args(nil, bc.args); e != nil {
					b.Fatal(e)
				}
			}
		})
	}
}
