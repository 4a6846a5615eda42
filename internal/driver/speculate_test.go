package driver_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/driver"
)

// TestSpeculation: a load from source takes the types of the standard
// library packages that the speculation type-checked while go list ran,
// when go list names the same files and imports, and only then: with a
// build tag the speculation does not know (netgo), net's files differ, so
// neither net nor any package that imports it is taken, and the packages
// below it still are. Either way every package imports one
// *types.Package per path, and the diagnostics are those of a load
// without it (TestSameAsLoadAllSyntax compares those with export data's).
func TestSpeculation(t *testing.T) {
	for _, c := range []struct {
		name            string
		env             []string
		taken, notTaken []string
	}{
		{"same target", nil, []string{"runtime", "fmt", "net", "crypto/tls", "vendor/golang.org/x/net/dns/dnsmessage"}, nil},
		{"netgo", []string{"GOFLAGS=-tags=netgo"}, []string{"runtime", "fmt", "vendor/golang.org/x/net/dns/dnsmessage"}, []string{"net", "crypto/tls"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var adopted []string
			driver.SetDebugSpeculation(t, func(_, _, _ int, a []string) { adopted = a })
			driver.SetSpeculation(t, false, true)
			env := append(os.Environ(), c.env...)
			prog, err := driver.Load(driver.LoadConfig{Dir: factsDir(t), Tests: true, Source: driver.SourceAll, Env: env}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			if n := packages.PrintErrors(prog.Initial); n > 0 {
				t.Fatalf("%d errors", n)
			}
			for _, p := range c.taken {
				if !slices.Contains(adopted, p) {
					t.Errorf("%s was not taken from the speculation (taken: %s)", p, strings.Join(adopted, " "))
				}
			}
			for _, p := range c.notTaken {
				if slices.Contains(adopted, p) {
					t.Errorf("%s was taken from the speculation, whose files differ from go list's", p)
				}
			}
			packages.Visit(prog.Initial, nil, func(p *packages.Package) {
				if p.Types == nil || !p.Types.Complete() {
					t.Errorf("%s: no complete types", p.ID)
					return
				}
				for _, ip := range p.Types.Imports() {
					for _, imp := range p.Imports {
						if imp.PkgPath == ip.Path() && imp.Types != ip {
							t.Errorf("%s imports a %s that is not the graph's", p.ID, ip.Path())
						}
					}
				}
			})
			prog.Prune()
			got := diagnostics(t, prog.Initial)

			driver.SetSpeculation(t, true, false)
			plain, err := driver.Load(driver.LoadConfig{Dir: factsDir(t), Tests: true, Source: driver.SourceAll, Env: env}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			plain.Prune()
			if want := diagnostics(t, plain.Initial); !slices.Equal(got, want) || len(got) == 0 {
				t.Errorf("with the speculation:\n%s\nwithout:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
