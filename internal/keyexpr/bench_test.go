package keyexpr

import (
	"fmt"
	"strings"
	"testing"
)

// benchSource is a package of n key builders and n functions that use
// them, the shape of a service's keys package and its callers.
func benchSource(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "func key%d(id int, f string) string { return fmt.Sprintf(\"user:%%d:%d:%%s\", id, f) }\n", i, i)
		fmt.Fprintf(&b, "func use%d(id int) { a := key%d(id, \"a\"); b := \"x:\" + a; k(\"k%d\", b) }\n", i, i, i)
	}
	return b.String()
}

// BenchmarkNew measures indexing a package (every evaluator pays it).
func BenchmarkNew(b *testing.B) {
	s := load(b, body(benchSource(500), ""), false)
	b.ResetTimer()
	for b.Loop() {
		New(s.info, s.ev.files)
	}
}

// BenchmarkSummariseAll measures summarising every function of a package
// of 500 builders (once per package in callsite).
func BenchmarkSummariseAll(b *testing.B) {
	s := load(b, body(benchSource(500), ""), false)
	b.ResetTimer()
	for b.Loop() {
		ev := New(s.info, s.ev.files)
		ev.SummariseAll()
	}
}

// BenchmarkEvalThroughBuilders measures evaluating 500 keys that go
// through builders, summaries included.
func BenchmarkEvalThroughBuilders(b *testing.B) {
	s := load(b, body(benchSource(500), ""), false)
	var xs []string
	for name := range s.marks {
		xs = append(xs, name)
	}
	b.ResetTimer()
	for b.Loop() {
		ev := New(s.info, s.ev.files)
		for _, name := range xs {
			ev.Eval(s.marks[name])
		}
	}
}
