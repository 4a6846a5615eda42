package analysisutil

import (
	"go/types"
	"sync"
)

// PackageCache keeps values computed from a package's types (a client
// library's index, its method names) from one package's pass to the next.
// A driver that shares the library's *types.Package between the packages
// it analyzes (the standalone driver, go vet's per-package processes each
// for itself) finds them again; a driver that type-checks the library anew
// for each package (gopls, at each edit) finds nothing, and the entries it
// leaves are replaced first-in first-out once max are kept. Safe for
// concurrent use.
type PackageCache[V any] struct {
	mu   sync.Mutex
	max  int
	keys []*types.Package // oldest first
	m    map[*types.Package]V
}

// NewPackageCache returns a cache of at most max packages' values. Make it
// larger than the packages one pass asks about (a library is a few dozen
// packages: go-redis v9 and its internal ones are twenty), or it keeps
// nothing.
func NewPackageCache[V any](max int) *PackageCache[V] {
	return &PackageCache[V]{max: max, m: map[*types.Package]V{}}
}

// Get returns the value kept for p.
func (c *PackageCache[V]) Get(p *types.Package) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[p]
	return v, ok
}

// Put keeps v for p, unless a value is kept for p already.
func (c *PackageCache[V]) Put(p *types.Package, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[p]; ok {
		return
	}
	if len(c.keys) >= c.max {
		delete(c.m, c.keys[0])
		c.keys = c.keys[1:]
	}
	c.keys = append(c.keys, p)
	c.m[p] = v
}
