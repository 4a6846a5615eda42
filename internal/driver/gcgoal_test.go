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
	// A collection during the growth (on a busy machine) can measure most
	// of it live, and resetHeapGoal then rightly leaves GOGC be: the goal's
	// arithmetic is TestGoalPercent's.
	if p := gcPercent(); p < 100 {
		t.Fatalf("GOGC after resetHeapGoal = %d, want at least 100 (the goal set from the heap in use)", p)
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

func TestGoalPercent(t *testing.T) {
	for _, c := range []struct {
		live, now uint64
		gogc      int
		want      int
		ok        bool
	}{
		{live: 10 << 20, now: 40 << 20, gogc: 100, want: 700, ok: true}, // goal 80 MB = 10 MB × 8
		{live: 10 << 20, now: 20 << 20, gogc: 50, want: 200, ok: true},  // goal 30 MB = 10 MB × 3
		{live: 10 << 20, now: 10 << 20, gogc: 100},                      // nothing grew
		{live: 10 << 20, now: 5 << 20, gogc: 100},
		{live: 0, now: 5 << 20, gogc: 100}, // no collection yet
	} {
		got, ok := goalPercent(c.live, c.now, c.gogc)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("goalPercent(%d, %d, %d) = %d, %v; want %d, %v", c.live, c.now, c.gogc, got, ok, c.want, c.ok)
		}
	}
}
