package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// coldRuns measures the first run of each tool from an empty build cache
// (the module cache warm), runs times alternately, each followed at once by
// a warm run of the same tool: the target compares a binary's cold run
// with its warm run, and a warm median taken minutes earlier, before the
// floor's compiles of the whole program, is not the machine the cold run
// met (a shared machine's speed drifts over a run of several minutes).
func (b *bench) coldRuns(name, dir string, runs int) coldResult {
	// A fresh, empty build cache for each run (SALT), removed after it,
	// and for redislint an empty fact cache (driver.FactCache).
	cache := filepath.Join(b.tmp, "gocache-SALT")
	facts := filepath.Join(b.tmp, "facts-SALT")
	tools := []struct {
		cold, warm []string
	}{
		{[]string{"env", "GOCACHE=" + cache, b.floor, "./..."}, []string{b.floor, "./..."}},
		// The warm run analyzes every package (-debug=r): what it keeps
		// from earlier runs is the build cache's and the dependencies'
		// facts, as the cold run's would on a second run.
		{[]string{"env", "GOCACHE=" + cache, "REDISLINT_FACTS=" + facts, b.redislint, "./..."}, []string{b.redislint, "-debug=r", "./..."}},
	}
	var cold, warm [2][]measure
	for i := range runs {
		for t, tool := range tools {
			fmt.Fprintf(os.Stderr, "%s, empty build cache: run %d of %s\n", name, i+1, []string{"the floor", "redislint"}[t])
			cold[t] = append(cold[t], b.run(dir, tool.cold))
			warm[t] = append(warm[t], b.run(dir, tool.warm))
		}
	}
	c := coldResult{
		name: name,
		warm: result{median(warm[0]), median(warm[1])},
		cold: result{median(cold[0]), median(cold[1])},
	}
	fmt.Printf("\n%s, empty build cache (medians of %d runs of each tool, each followed by a warm run)\n", name, runs)
	fmt.Printf("  %-10s %10s %10s %10s %10s\n", "", "floor", "warm", "redislint", "warm")
	fmt.Printf("  %-10s %9.2fs %9.2fs %9.2fs %9.2fs\n", "wall", c.cold.floor.wall.Seconds(), c.warm.floor.wall.Seconds(), c.cold.ours.wall.Seconds(), c.warm.ours.wall.Seconds())
	return c
}
