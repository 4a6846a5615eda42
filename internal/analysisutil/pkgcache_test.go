package analysisutil

import (
	"fmt"
	"go/types"
	"testing"
)

func TestPackageCache(t *testing.T) {
	c := NewPackageCache[int](2)
	var pkgs []*types.Package
	for i := range 3 {
		pkgs = append(pkgs, types.NewPackage(fmt.Sprintf("p%d", i), "p"))
	}
	c.Put(pkgs[0], 0)
	c.Put(pkgs[0], 10) // kept already: the first value stays
	c.Put(pkgs[1], 1)
	if v, ok := c.Get(pkgs[0]); !ok || v != 0 {
		t.Errorf("p0: %v %v, want 0 true", v, ok)
	}
	c.Put(pkgs[2], 2) // the oldest goes
	if _, ok := c.Get(pkgs[0]); ok {
		t.Error("p0 kept beyond max")
	}
	for i := 1; i <= 2; i++ {
		if v, ok := c.Get(pkgs[i]); !ok || v != i {
			t.Errorf("p%d: %v %v, want %d true", i, v, ok, i)
		}
	}
	// Another *types.Package of the same path is another package.
	if _, ok := c.Get(types.NewPackage("p1", "p")); ok {
		t.Error("a package found by its path")
	}
}
