package golangci_test

import "testing"

// The settings of issue 10: -crossslot.standalone, -nodelocal.interfaces,
// -singleseed.endpoints, set from .golangci.yml.
func TestFlowSettings(t *testing.T) {
	got, err := build(t, "crossslot:\n  standalone: true\nnodelocal:\n  interfaces: false\nsingleseed:\n  endpoints: ''\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ analyzer, flag, want string }{
		{"crossslot", "standalone", "true"},
		{"nodelocal", "interfaces", "false"},
		{"singleseed", "endpoints", ""},
	} {
		if v := find(got, c.analyzer).Flags.Lookup(c.flag).Value.String(); v != c.want {
			t.Errorf("%s.%s = %q, want %q", c.analyzer, c.flag, v, c.want)
		}
	}
}
