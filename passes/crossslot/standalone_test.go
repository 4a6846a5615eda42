package crossslot_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/redislint/redislint/passes/crossslot"
)

// -crossslot.standalone checks single-node clients, worded for proxies.
func TestStandaloneProxy(t *testing.T) {
	t.Parallel()
	cfg := crossslot.DefaultConfig()
	cfg.Standalone = true
	analysistest.Run(t, testdata, crossslot.New(cfg), "crossslot/standalone")
}

// By default, single-node clients are not checked.
func TestStandaloneOff(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, crossslot.Analyzer, "crossslot/standaloneoff")
}
