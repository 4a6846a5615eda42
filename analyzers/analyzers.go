// Package analyzers is the redislint suite: the registry of its analyzers,
// their defaults and their settings. Drivers (cmd/redislint, the golangci-lint
// plugin, a gopls build) take their analyzers from here.
//
// [Registry] is the one list of analyzers. Everything else is derived from
// it: [New], [Names] and [DefaultConfig]; the names that //redislint:ignore
// accepts (internal/analysisutil/names.go, generated); the reference page
// docs/analyzers.md (generated); the golangci-lint plugin's settings; the
// overview of `redislint help`. Adding an analyzer is one import, one
// field of [Config] and one row of [Registry] (see CONTRIBUTING.md).
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
	// Disable names analyzers to leave out. DefaultConfig lists the
	// analyzers that are off by default; set it to nil for all of them.
	Disable []string

	CrossSlot        crossslot.Config
	StandaloneClient standaloneclient.Config
	SingleSeed       singleseed.Config
	NodeLocal        nodelocal.Config
}

// Registry is the suite, in its stable order (the order of the reference,
// of the drivers' output and of the first analyzer, which also reports
// //redislint:ignore directives naming no analyzer).
var Registry = []Entry{
	entry("crossslot", On, func(c *Config) *crossslot.Config { return &c.CrossSlot }, crossslot.DefaultConfig, crossslot.New),
	entry("standaloneclient", On, func(c *Config) *standaloneclient.Config { return &c.StandaloneClient }, standaloneclient.DefaultConfig, standaloneclient.New),
	entry("singleseed", On, func(c *Config) *singleseed.Config { return &c.SingleSeed }, singleseed.DefaultConfig, singleseed.New),
	entry("nodelocal", On, func(c *Config) *nodelocal.Config { return &c.NodeLocal }, nodelocal.DefaultConfig, nodelocal.New),
}

// Default is whether an analyzer runs when nothing says otherwise.
type Default bool

// The two defaults of an analyzer.
const (
	On  Default = true
	Off Default = false
)

// Entry is one analyzer of the registry.
type Entry struct {
	// Name is the analyzer's name: its package passes/NAME, its -NAME flag,
	// its golangci-lint settings key, its //redislint:ignore name.
	Name string
	// Default says whether the analyzer runs by default. An analyzer that
	// is off is in DefaultConfig().Disable: drivers turn it on by removing
	// it from there (golangci-lint: enable: true; gopls: "analyses").
	Default Default

	setDefault func(*Config)                    // writes the analyzer's DefaultConfig into its field of Config
	build      func(*Config) *analysis.Analyzer // the analyzer's New, given its field of Config
}

// entry binds an analyzer's constructor and default configuration to its
// field of Config.
func entry[C any](name string, def Default, field func(*Config) *C, defaultConfig func() C, newAnalyzer func(C) *analysis.Analyzer) Entry {
	return Entry{
		Name:       name,
		Default:    def,
		setDefault: func(c *Config) { *field(c) = defaultConfig() },
		build:      func(c *Config) *analysis.Analyzer { return newAnalyzer(*field(c)) },
	}
}

// New returns a fresh analyzer configured by its field of cfg (cfg.Disable
// is not consulted).
func (e Entry) New(cfg Config) *analysis.Analyzer { return e.build(&cfg) }

// DefaultConfig returns the suite's defaults: each analyzer's own
// DefaultConfig, and the analyzers that are off by default in Disable.
func DefaultConfig() Config {
	var cfg Config
	for _, e := range Registry {
		e.setDefault(&cfg)
		if !e.Default {
			cfg.Disable = append(cfg.Disable, e.Name)
		}
	}
	return cfg
}

// New returns fresh analyzers configured by cfg, in the registry's order,
// leaving out those cfg.Disable names. Each call returns new analyzers:
// callers may set their flags freely.
func New(cfg Config) []*analysis.Analyzer {
	off := map[string]bool{}
	for _, n := range cfg.Disable {
		off[n] = true
	}
	var out []*analysis.Analyzer
	for _, e := range Registry {
		if !off[e.Name] {
			out = append(out, e.New(cfg))
		}
	}
	return out
}

// Names returns the names of all analyzers of the suite, on or off by
// default, in the registry's order.
func Names() []string {
	var names []string
	for _, e := range Registry {
		names = append(names, e.Name)
	}
	return names
}

// Lookup returns the registry's entry for name.
func Lookup(name string) (Entry, bool) {
	for _, e := range Registry {
		if e.Name == name {
			return e, true
		}
	}
	return Entry{}, false
}
