// Package analyzers is the redislint suite: the list of analyzers, their
// defaults and their settings. Drivers (cmd/redislint, the golangci-lint
// plugin, a gopls build) take their analyzers from here.
package analyzers

//go:generate go run ../internal/docgen

import (
	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/passes/crossslot"
	"github.com/redislint/redislint/passes/nodelocal"
	"github.com/redislint/redislint/passes/singleseed"
	"github.com/redislint/redislint/passes/standaloneclient"
)

// Config configures every analyzer of the suite.
type Config struct {
	// Disable names analyzers to leave out.
	Disable []string

	CrossSlot        crossslot.Config
	StandaloneClient standaloneclient.Config
	SingleSeed       singleseed.Config
	NodeLocal        nodelocal.Config
}

// DefaultConfig returns the suite's defaults.
func DefaultConfig() Config {
	return Config{
		CrossSlot:        crossslot.DefaultConfig(),
		StandaloneClient: standaloneclient.DefaultConfig(),
		SingleSeed:       singleseed.DefaultConfig(),
		NodeLocal:        nodelocal.DefaultConfig(),
	}
}

// New returns fresh analyzers configured by cfg, in a stable order. Each
// call returns new analyzers: callers may set their flags freely.
func New(cfg Config) []*analysis.Analyzer {
	all := []*analysis.Analyzer{
		crossslot.New(cfg.CrossSlot),
		standaloneclient.New(cfg.StandaloneClient),
		singleseed.New(cfg.SingleSeed),
		nodelocal.New(cfg.NodeLocal),
	}
	off := map[string]bool{}
	for _, n := range cfg.Disable {
		off[n] = true
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if !off[a.Name] {
			out = append(out, a)
		}
	}
	return out
}

// Names returns the names of all analyzers of the suite.
func Names() []string {
	var names []string
	for _, a := range New(DefaultConfig()) {
		names = append(names, a.Name)
	}
	return names
}
