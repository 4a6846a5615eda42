package golangci_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/golangci"
)

// build runs the registered constructor, as golangci-lint does, on settings
// given as YAML (the form users write).
func build(t *testing.T, settingsYAML string) ([]*analysis.Analyzer, error) {
	t.Helper()
	var raw any
	if err := yaml.Unmarshal([]byte(settingsYAML), &raw); err != nil {
		t.Fatal(err)
	}
	newPlugin, err := register.GetPlugin(golangci.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(raw)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func find(as []*analysis.Analyzer, name string) *analysis.Analyzer {
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func TestDefaultsAreTheSuite(t *testing.T) {
	for _, settings := range []string{"", "{}", "crossslot: {}"} {
		got, err := build(t, settings)
		if err != nil {
			t.Fatalf("settings %q: %v", settings, err)
		}
		want := names(analyzers.New(analyzers.DefaultConfig()))
		if !slices.Equal(names(got), want) {
			t.Errorf("settings %q: analyzers %v, want %v", settings, names(got), want)
		}
	}
}

func TestEachBuildIsFresh(t *testing.T) {
	newPlugin, err := register.GetPlugin(golangci.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"crossslot": map[string]any{"templates": false}})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := p.BuildAnalyzers()
	second, _ := p.BuildAnalyzers()
	for i := range first {
		if first[i] == second[i] {
			t.Errorf("BuildAnalyzers returned the same %s analyzer twice", first[i].Name)
		}
	}
	// Changing a flag of one build touches neither the other build nor the
	// suite's defaults.
	if err := find(first, "crossslot").Flags.Set("templates", "true"); err != nil {
		t.Fatal(err)
	}
	if got := find(second, "crossslot").Flags.Lookup("templates").Value.String(); got != "false" {
		t.Errorf("second build: crossslot.templates = %s, want false", got)
	}
	def := find(analyzers.New(analyzers.DefaultConfig()), "crossslot").Flags.Lookup("templates").Value.String()
	if def != "true" {
		t.Errorf("suite default crossslot.templates = %s after plugin builds, want true", def)
	}
}

func TestSettingsSetFlags(t *testing.T) {
	// Keys are case-insensitive: golangci-lint lowercases them.
	got, err := build(t, "CrossSlot:\n  Templates: false\n  ring: false\n")
	if err != nil {
		t.Fatal(err)
	}
	cs := find(got, "crossslot")
	for flagName, want := range map[string]string{"templates": "false", "ring": "false", "interfaces": "true"} {
		if v := cs.Flags.Lookup(flagName).Value.String(); v != want {
			t.Errorf("crossslot.%s = %s, want %s", flagName, v, want)
		}
	}
}

func TestEnable(t *testing.T) {
	got, err := build(t, "crossslot:\n  enable: false\n")
	if err != nil {
		t.Fatal(err)
	}
	if find(got, "crossslot") != nil {
		t.Errorf("crossslot built with enable: false")
	}
	if len(got) != len(analyzers.New(analyzers.DefaultConfig()))-1 {
		t.Errorf("enable: false on crossslot changed other analyzers: %v", names(got))
	}
}

func TestRejected(t *testing.T) {
	for settings, wantErr := range map[string]string{
		"crosslot: {}":                     `unknown analyzer "crosslot"`,
		"crossslot:\n  templatess: true\n": "settings.crossslot.templatess: unknown setting (crossslot has: enable, conns, distinct, interfaces, keylists, ring, standalone, templates)",
		"crossslot:\n  enable: yes\n":      "settings.crossslot.enable: must be true or false",
		"crossslot:\n  enable: \"no\"\n":   `settings.crossslot.enable: must be true or false, not "no"`,
		"crossslot:\n  templates: 1\n":     "settings.crossslot.templates: must be true or false, not 1",
		"crossslot:\n  ring: [a]\n":        "settings.crossslot.ring: must be true or false, not a list",
		"crossslot: [templates]\n":         "decoding settings",
		"- crossslot\n":                    "decoding settings",
	} {
		_, err := build(t, settings)
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("settings %q: error %v, want one containing %q", settings, err, wantErr)
		}
	}
}

// TestEverySettingAccepted sets every flag of every analyzer of the suite to
// its default through the plugin, so that analyzers added later are covered.
func TestEverySettingAccepted(t *testing.T) {
	all := analyzers.DefaultConfig()
	all.Disable = nil
	settings := golangci.Settings{}
	for _, a := range analyzers.New(all) {
		s := map[string]any{golangci.EnableKey: true}
		a.Flags.VisitAll(func(f *flag.Flag) {
			s[f.Name] = yamlValue(f)
		})
		settings[a.Name] = s
	}
	got, err := golangci.Analyzers(settings)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(names(got), names(analyzers.New(all))) {
		t.Errorf("enable: true for all built %v, want %v", names(got), names(analyzers.New(all)))
	}
}

// yamlValue is the value a user writes for f's default.
func yamlValue(f *flag.Flag) any {
	if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
		return f.DefValue == "true"
	}
	return f.DefValue
}

// TestExampleConfig checks that .golangci.example.yml is a v2 configuration
// that enables the module plugin, that its settings are accepted, and that it
// documents every analyzer and every setting, with the default values.
func TestExampleConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Version string
		Linters struct {
			Enable   []string
			Settings struct {
				Custom map[string]struct {
					Type     string
					Settings map[string]map[string]any
				}
			}
		}
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Version != "2" {
		t.Errorf("version: %q, want \"2\"", cfg.Version)
	}
	if !slices.Contains(cfg.Linters.Enable, golangci.Name) {
		t.Errorf("linters.enable %v does not enable %s", cfg.Linters.Enable, golangci.Name)
	}
	custom, ok := cfg.Linters.Settings.Custom[golangci.Name]
	if !ok || custom.Type != "module" {
		t.Fatalf("linters.settings.custom.%s missing or not type: module", golangci.Name)
	}
	if _, err := golangci.Analyzers(custom.Settings); err != nil {
		t.Fatalf("example settings rejected: %v", err)
	}
	all := analyzers.DefaultConfig()
	all.Disable = nil
	on := names(analyzers.New(analyzers.DefaultConfig()))
	for _, a := range analyzers.New(all) {
		s, ok := custom.Settings[a.Name]
		if !ok {
			t.Errorf(".golangci.example.yml does not show analyzer %s: add it with enable: %v and its settings", a.Name, slices.Contains(on, a.Name))
			continue
		}
		if s[golangci.EnableKey] != slices.Contains(on, a.Name) {
			t.Errorf(".golangci.example.yml: %s.enable is %v, want its default %v", a.Name, s[golangci.EnableKey], slices.Contains(on, a.Name))
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if v, ok := s[f.Name]; !ok {
				t.Errorf(".golangci.example.yml does not show %s.%s (default %s)", a.Name, f.Name, f.DefValue)
			} else if fmt.Sprint(v) != f.DefValue {
				t.Errorf(".golangci.example.yml: %s.%s is %v, want its default %s", a.Name, f.Name, v, f.DefValue)
			}
		})
	}
}
