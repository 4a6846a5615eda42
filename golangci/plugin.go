// Package golangci registers redislint as the golangci-lint v2 module plugin
// "redislint". It is the only package of redislint that imports
// github.com/golangci/plugin-module-register; the analyzers never import it.
//
// A custom golangci-lint binary includes it through .custom-gcl.yml
// (`golangci-lint custom`, or `go run ./tools/golangci-redislint` without
// git), and .golangci.yml turns it on:
//
//	linters:
//	  enable: [redislint]
//	  settings:
//	    custom:
//	      redislint:
//	        type: module
//	        settings:
//	          crossslot:
//	            templates: false
//	          nodelocal:
//	            enable: false
//
// The settings are a map from analyzer name to that analyzer's settings:
// "enable" (default: the analyzer's default) and every flag of the analyzer
// under its flag name, the NAME.FLAG flags of the redislint command.
// Unknown analyzers, unknown keys and ill-typed values are errors. See
// [Settings].
package golangci

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/analyzers"
)

// Name is the plugin's name: the key under linters.settings.custom, the
// name in linters.enable and in //nolint directives.
const Name = "redislint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the plugin's configuration: analyzer name → setting → value.
// The setting "enable" (a boolean) turns an analyzer on or off; every other
// setting is one of the analyzer's flags, given as a YAML boolean, number or
// string exactly as it would be written after -NAME.FLAG= on the command
// line. Keys are matched case-insensitively, because golangci-lint's
// configuration loader lowercases them.
type Settings map[string]map[string]any

// EnableKey is the per-analyzer setting that turns it on or off.
const EnableKey = "enable"

type plugin struct {
	settings Settings
}

// New is the plugin's constructor, called by golangci-lint with the raw
// settings of linters.settings.custom.redislint.settings. The settings are
// checked here, so that a mistake fails before any package is loaded.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	p := &plugin{settings: s}
	if _, err := p.BuildAnalyzers(); err != nil {
		return nil, err
	}
	return p, nil
}

// BuildAnalyzers returns fresh analyzers configured by the settings: each
// call creates new analyzers and flag values, so no state is shared between
// builds or with other users of the analyzers package.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return Analyzers(p.settings)
}

// GetLoadMode reports that the analyzers need type information.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// Analyzers returns new analyzers configured by s, in the suite's order.
func Analyzers(s Settings) ([]*analysis.Analyzer, error) {
	defaults := analyzers.DefaultConfig()
	byName := map[string]*analysis.Analyzer{}
	enabled := map[*analysis.Analyzer]bool{}
	names := analyzers.Names()
	for _, e := range analyzers.Registry {
		a := e.New(defaults)
		byName[strings.ToLower(e.Name)] = a
		enabled[a] = bool(e.Default)
	}
	for _, name := range slices.Sorted(maps.Keys(s)) {
		a := byName[strings.ToLower(name)]
		if a == nil {
			return nil, fmt.Errorf("%s: unknown analyzer %q in settings (known: %s)", Name, name, strings.Join(names, ", "))
		}
		for _, key := range slices.Sorted(maps.Keys(s[name])) {
			on, isEnable, err := apply(a, key, s[name][key])
			if err != nil {
				return nil, fmt.Errorf("%s: settings.%s.%s: %w", Name, name, key, err)
			}
			if isEnable {
				enabled[a] = on
			}
		}
	}

	var out []*analysis.Analyzer
	for _, n := range names {
		if a := byName[strings.ToLower(n)]; enabled[a] {
			out = append(out, a)
		}
	}
	return out, nil
}

// apply sets one setting of a: it reports the value of "enable", or sets the
// flag named key.
func apply(a *analysis.Analyzer, key string, v any) (on, isEnable bool, err error) {
	if strings.EqualFold(key, EnableKey) {
		b, ok := v.(bool)
		if !ok {
			return false, true, fmt.Errorf("must be true or false, not %s", describe(v))
		}
		return b, true, nil
	}
	f := lookupFlag(a, key)
	if f == nil {
		return false, false, fmt.Errorf("unknown setting (%s has: %s)", a.Name, strings.Join(SettingNames(a), ", "))
	}
	text, err := flagText(f, v)
	if err != nil {
		return false, false, err
	}
	if err := f.Value.Set(text); err != nil {
		return false, false, fmt.Errorf("invalid value %s: %v", describe(v), err)
	}
	return false, false, nil
}

// SettingNames returns the settings a accepts: "enable" and its flags.
func SettingNames(a *analysis.Analyzer) []string {
	names := []string{EnableKey}
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

func lookupFlag(a *analysis.Analyzer, key string) *flag.Flag {
	var found *flag.Flag
	a.Flags.VisitAll(func(f *flag.Flag) {
		if strings.EqualFold(f.Name, key) {
			found = f
		}
	})
	return found
}

// flagText renders a decoded YAML scalar as the flag's command-line text.
func flagText(f *flag.Flag, v any) (string, error) {
	if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
		b, ok := v.(bool)
		if !ok {
			return "", fmt.Errorf("must be true or false, not %s", describe(v))
		}
		return strconv.FormatBool(b), nil
	}
	switch v := v.(type) {
	case string:
		return v, nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case int, int64, uint64:
		return fmt.Sprint(v), nil
	case bool:
		return strconv.FormatBool(v), nil
	}
	return "", fmt.Errorf("must be a boolean, number or string (as after -%s= on the command line), not %s", f.Name, describe(v))
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	case string:
		return strconv.Quote(v)
	}
	return fmt.Sprint(v)
}
