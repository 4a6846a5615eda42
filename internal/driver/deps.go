package driver

import (
	"encoding/binary"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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

// Skip: a package analyzed, or of no module (the standard library), or
// not in the graph.
func (r *loadResolver) Skip(path string) bool {
	p := r.byPath[path]
	return p == nil || p.Module == nil || r.ld.nodes[p].analyzed
}

// Files are the package's Go files as go list gives them: absolute, what
// the build selects, whatever -trimpath did to the positions of its
// export data.
func (r *loadResolver) Files(path string) ([]string, string) {
	if p := r.byPath[path]; p != nil && p.Module != nil {
		return p.GoFiles, p.Module.Path
	}
	return nil, ""
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
	// The packages the run read from export data are complete and never
	// change once every import of a source package is read (exportsRead,
	// closed before any package is analyzed): share them, and let the
	// export data read here refer to them.
	<-r.ld.exportsRead
	r.ld.exportMu.Lock()
	for path, tp := range r.ld.exports {
		if _, ok := imports[path]; !ok && tp.Complete() {
			imports[path] = tp
		}
	}
	r.ld.exportMu.Unlock()
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
// their vetx files; go list tells the rest, for the few packages that a
// key calls a function of.
type vetResolver struct {
	cfg      *vetConfig
	mu       sync.Mutex
	analyzed map[string]bool
	listed   map[string]listed
}

type listed struct {
	export, module string
	files          []string
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
	return &vetResolver{cfg: cfg, analyzed: map[string]bool{}, listed: map[string]listed{}}
}

// Skip: a package of the standard library among the direct imports, or
// one whose vetx file holds facts (it was analyzed; a package that took
// the shortcut has none). Other packages are for Files to tell.
func (r *vetResolver) Skip(path string) bool {
	if r.cfg.Standard[path] {
		return true
	}
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

func (r *vetResolver) Files(path string) ([]string, string) {
	l := r.list(path)
	return l.files, l.module
}

func (r *vetResolver) Import(fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	if tp := imports[path]; tp != nil && tp.Complete() {
		return tp, nil
	}
	file := r.cfg.PackageFile[path]
	if file == "" {
		file = r.list(path).export
	}
	return readExportFile(fset, imports, path, file)
}

// list asks go list for the export data (built already: the package
// being vetted depends on it) and, outside the standard library, the Go
// files of the package at path.
func (r *vetResolver) list(path string) listed {
	r.mu.Lock()
	defer r.mu.Unlock()
	if l, ok := r.listed[path]; ok {
		return l
	}
	var l listed
	cmd := exec.Command("go", "list", "-export", "-f", "{{.Export}}\t{{with .Module}}{{.Path}}{{end}}{{if not .Standard}}{{range .GoFiles}}\n{{$.Dir}}/{{.}}{{end}}{{end}}", "--", path)
	cmd.Dir = r.cfg.Dir
	if out, err := cmd.Output(); err == nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		l.export, l.module, _ = strings.Cut(lines[0], "\t")
		for _, f := range lines[1:] {
			l.files = append(l.files, filepath.FromSlash(f))
		}
	}
	r.listed[path] = l
	return l
}
