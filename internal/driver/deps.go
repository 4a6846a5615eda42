package driver

import (
	"encoding/binary"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// loadResolver is the depsrc.Resolver of a program Load loaded: every
// package of the graph is known, with its export data (SourceExport) or
// its types checked from source (SourceAll).
type loadResolver struct {
	ld     *loader
	byPath map[string]*packages.Package
}

func newLoadResolver(ld *loader) *loadResolver {
	r := &loadResolver{ld: ld, byPath: map[string]*packages.Package{}}
	for p := range ld.nodes {
		// The package itself, not a test variant, when there are both.
		if q := r.byPath[p.PkgPath]; q == nil || p.ID == p.PkgPath {
			r.byPath[p.PkgPath] = p
		}
	}
	return r
}

func (r *loadResolver) Analyzed(path string) bool {
	p := r.byPath[path]
	return p == nil || r.ld.nodes[p].analyzed // unknown: nothing to read
}

func (r *loadResolver) Import(fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	p := r.byPath[path]
	if p == nil {
		return nil, fmt.Errorf("no package %s in the graph", path)
	}
	if r.ld.all {
		// Every package is type-checked from source, and its importers
		// after it: complete, and unchanged from then on.
		if p.Types == nil || !p.Types.Complete() {
			return nil, fmt.Errorf("%s is not type-checked", path)
		}
		return p.Types, nil
	}
	return readExportFile(fset, imports, path, p.ExportFile)
}

// readExportFile reads the export data file of the package at path into
// imports, unless imports has it complete.
func readExportFile(fset *token.FileSet, imports map[string]*types.Package, path, file string) (*types.Package, error) {
	if tp := imports[path]; tp != nil && tp.Complete() {
		return tp, nil
	}
	if file == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rd, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, err
	}
	return gcexportdata.Read(rd, fset, imports, path)
}

// vetResolver is the depsrc.Resolver of a go vet run on one package: the
// .cfg file names the compiler's export data of its direct imports and
// their vetx files; go list finds the export data of other packages.
type vetResolver struct {
	cfg      *vetConfig
	mu       sync.Mutex
	analyzed map[string]bool
	listed   map[string]string
}

func newVetResolver(cfgFile string) *vetResolver {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil
	}
	cfg, err := parseVetConfig(data)
	if err != nil {
		return nil
	}
	return &vetResolver{cfg: cfg, analyzed: map[string]bool{}, listed: map[string]string{}}
}

// Analyzed: a package whose vetx file holds facts was analyzed (a package
// that took the shortcut has none). A package without facts, or not
// among the direct imports, is read from source if it must: the answer
// is the same, at some cost.
func (r *vetResolver) Analyzed(path string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if v, ok := r.analyzed[path]; ok {
		return v
	}
	v := false
	if file := r.cfg.PackageVetx[path]; file != "" {
		if f, err := os.Open(file); err == nil {
			var hdr [12]byte
			if _, err := io.ReadFull(f, hdr[:]); err == nil && string(hdr[:4]) == vetxMagic {
				v = binary.LittleEndian.Uint32(hdr[8:12]) > 0
			}
			f.Close()
		}
	}
	r.analyzed[path] = v
	return v
}

func (r *vetResolver) Import(fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	if tp := imports[path]; tp != nil && tp.Complete() {
		return tp, nil
	}
	file := r.cfg.PackageFile[path]
	if file == "" {
		file = r.list(path)
	}
	return readExportFile(fset, imports, path, file)
}

// list asks go list for the export data of the package at path (built
// already: the package being vetted depends on it).
func (r *vetResolver) list(path string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if f, ok := r.listed[path]; ok {
		return f
	}
	cmd := exec.Command("go", "list", "-export", "-f", "{{.Export}}", "--", path)
	cmd.Dir = r.cfg.Dir
	out, err := cmd.Output()
	f := ""
	if err == nil {
		f = strings.TrimSpace(string(out))
	}
	r.listed[path] = f
	return f
}
