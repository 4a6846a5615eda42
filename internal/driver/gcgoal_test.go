package driver

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent returns the GOGC in force.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestResetHeapGoal(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	// A heap that grew well beyond what was live at the last collection,
	// and stays live: a loaded program.
	var live [][]byte
	runtime.GC()
	for range 64 {
		live = append(live, make([]byte, 1<<20))
	}
	resetHeapGoal()
	if p := gcPercent(); p <= 100 {
		t.Fatalf("GOGC after resetHeapGoal = %d, want above 100 (the goal set from the heap in use)", p)
	}
	// Once a collection has run, the GOGC of the process is back.
	runtime.GC()
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC still %d after a collection, want 100 restored", gcPercent())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(live)

	// GOGC=off is left alone.
	debug.SetGCPercent(-1)
	resetHeapGoal()
	if p := gcPercent(); p != -1 {
		t.Errorf("GOGC after resetHeapGoal with GOGC=off = %d, want -1", p)
	}
}
