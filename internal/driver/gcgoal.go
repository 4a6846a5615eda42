package driver

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// resetHeapGoal sets the heap goal of the next garbage collection to
// twice the heap in use now, and restores the GOGC in force once that
// collection has run.
//
// The collector sets its next goal from the heap that was live at its
// last collection (GOGC=100: twice that). While a program loads, nearly
// everything it allocates stays live (syntax, types), so at the end of
// loading the goal lags the heap: the next allocations of the analysis
// start a collection that marks the whole program, only to find it all
// still live. With the goal reset, that collection runs when the heap is
// twice the heap at the end of loading, as it would had the collector
// measured the program then: the heap stays within GOGC's bound of the
// program. On go-redis, the analysis then runs without a collection.
func resetHeapGoal() {
	// GOGC is read, not set and set back: a GOGC of 100 in force for an
	// instant lowers the goal below the heap, and the analyses allocating
	// meanwhile start the very collection this is to put off.
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindUint64 {
			return
		}
	}
	gogc := int(s[0].Value.Uint64())
	if gogc <= 0 {
		return // off, or a GOGC of 0: leave it be
	}
	p, ok := goalPercent(s[1].Value.Uint64(), s[2].Value.Uint64(), gogc)
	if !ok || p <= gogc {
		return
	}
	debug.SetGCPercent(p)
	sentinel := new([16]byte)
	runtime.SetFinalizer(sentinel, func(*[16]byte) { debug.SetGCPercent(gogc) })
}

// goalPercent returns the GOGC that sets the next collection's goal, from
// the heap live at the last one, to what gogc would set from the heap in
// use now: live × (1 + p/100) = now × (1 + gogc/100). It reports false
// when the heap in use is not above the live heap (nothing to raise).
func goalPercent(live, now uint64, gogc int) (int, bool) {
	if live == 0 || now <= live {
		return 0, false
	}
	return int((float64(now)*(1+float64(gogc)/100)/float64(live) - 1) * 100), true
}
