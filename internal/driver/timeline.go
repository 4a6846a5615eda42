package driver

import (
	"fmt"
	"io"
	"slices"
	"sync"
	"time"
)

// profileLabels: a CPU profile is taken, whose samples carry the analyzer
// and package of the action that took them.
var profileLabels bool

// timeline records, with -debug=l, when each package was type-checked and
// each action ran, to print them in order at the end: where a run's wall
// time goes that the floor does not spend (its tail after loading).
var timeline struct {
	mu     sync.Mutex
	on     bool
	start  time.Time
	events []span
}

type span struct {
	what       string
	start, end time.Duration
}

// startTimeline starts recording.
func startTimeline() {
	timeline.mu.Lock()
	timeline.on, timeline.start = true, time.Now()
	timeline.mu.Unlock()
}

// record adds what ran from t0 to now, when recording.
func record(what func() string, t0 time.Time) {
	timeline.mu.Lock()
	defer timeline.mu.Unlock()
	if timeline.on {
		end := time.Now()
		timeline.events = append(timeline.events, span{what(), t0.Sub(timeline.start), end.Sub(timeline.start)})
	}
}

// printTimeline prints the spans recorded, by start, those shorter than
// min left out.
func printTimeline(w io.Writer, min time.Duration) {
	timeline.mu.Lock()
	defer timeline.mu.Unlock()
	evs := slices.Clone(timeline.events)
	slices.SortFunc(evs, func(a, b span) int { return int(a.start - b.start) })
	for _, e := range evs {
		if e.end-e.start >= min {
			fmt.Fprintf(w, "%7.1f %7.1f %6.1f ms  %s\n", ms(e.start), ms(e.end), ms(e.end-e.start), e.what)
		}
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
