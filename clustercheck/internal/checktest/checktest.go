// Package checktest gives the tests of the library packages a single
// redis-server, not in cluster mode, started for the test (from the
// redis-server on PATH; the test skips without it, and fails under
// REDISLINT_REQUIRE_REDIS=1), and a recorder of reported violations.
package checktest

import (
	"sync"
	"testing"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/internal/clustertest"
)

// Server starts a standalone redis-server for t and returns its address.
func Server(t testing.TB) string {
	t.Helper()
	return clustertest.Start(t, clustertest.Options{Standalone: true}).Addrs()[0]
}

// Reports records the violations a Checker reports.
type Reports struct {
	mu   sync.Mutex
	errs []*clustercheck.Error
}

// Report is an Options.Report.
func (r *Reports) Report(e *clustercheck.Error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, e)
}

// Take returns the violations reported since the last Take.
func (r *Reports) Take() []*clustercheck.Error {
	r.mu.Lock()
	defer r.mu.Unlock()
	errs := r.errs
	r.errs = nil
	return errs
}
