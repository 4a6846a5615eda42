// Package gen stands for a generated package of the module that imports no
// Redis client and that a package using one imports for its types only:
// when only lazyuse is analyzed, it is read from export data, and no
// importer asks for its facts.
package gen

// Options are options.
type Options struct {
	Name string
}

// Label could be a key builder; no caller uses it in a key.
func (o Options) Label() string { return "gen:" + o.Name }
