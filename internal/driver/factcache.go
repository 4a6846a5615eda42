package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"flag"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// FactCache keeps, between runs, the facts of the dependencies that are
// read from source because they use a client (a third-party wrapper of
// go-redis, a test server that speaks through redigo): packages of other
// modules, which a run analyzes only for what their importers read. As go
// vet keeps a package's facts in the build cache beside its export data,
// a run that finds a dependency's facts here reads the dependency from
// export data, as the floor does, and gives its importers the facts kept.
//
// An entry is keyed by what the facts are a function of: the executable and
// the flags of its analyzers, the package's files (a module version's in
// the module cache, which never change, by name, size and modification
// time; any other, a replaced module's or a vendored copy's, by content),
// its Go version and sizes, and its imports, each by its own key or by its
// export data file (named by its content in the build cache). A package
// with an import that is neither is not kept. Entries unused for five days
// are removed, at most once a day, as Go trims its build cache.
//
// With LoadConfig.Results, the entries keep the diagnostics of the
// initial packages too (results.go).
type FactCache struct {
	// Dir holds the entries.
	Dir string
	// Analyzers are the analyzers that [Program.Analyze] is given: their
	// facts are what is kept, and their flags part of every key.
	Analyzers []*analysis.Analyzer
}

// factCache is a FactCache in use by one loader.
type factCache struct {
	dir   string
	stamp string
	as    []*analysis.Analyzer
	// types are the fact types of the analyzers, by reflect name.
	types map[string]reflect.Type
	keys  map[*packages.Package]string

	mu     sync.Mutex
	writes map[*packages.Package]*factWrite
}

// cacheEntry is what an entry holds: the facts of the package's objects
// (by objectpath) and of the package.
type cacheEntry struct {
	Objects  []cachedFact
	Packages []cachedFact
	// Unread: the analyzers exported no facts (no analysis read them,
	// analysisutil.MarkFactsUnread): the entry serves no importer.
	Unread bool
	// Reported: the entry is an analyzed package's, whose diagnostics
	// (every one of its analyzers') are Diagnostics, with positions in
	// Files (results.go).
	Reported    bool
	Files       []string
	Diagnostics []cachedDiagnostic
}

type cachedFact struct {
	Path string // objectpath; empty for a package fact
	Type string // the fact's type, as factTypeName names it
	Data []byte // its gob encoding
}

// factWrite gathers the facts of a package analyzed from source whose
// entry is to be written once its last action has run.
type factWrite struct {
	key     string
	objects map[objectFactKey]analysis.Fact
	pkgs    map[reflect.Type]analysis.Fact
	failed  bool
	unread  bool
	// diags, of an analyzed package whose diagnostics are kept.
	diags *diagEncoder
	kept  []cachedDiagnostic
}

// factTypeName names a fact type (a pointer) by its package path.
func factTypeName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		return "*" + t.Elem().PkgPath() + "." + t.Elem().Name()
	}
	return t.PkgPath() + "." + t.Name()
}

// newFactCache returns the cache of c, or nil when it cannot be used (no
// directory, or no way to name the executable).
func newFactCache(c *FactCache) *factCache {
	if c == nil || c.Dir == "" {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	fc := &factCache{dir: c.Dir, as: c.Analyzers, types: map[string]reflect.Type{}, keys: map[*packages.Package]string{}, writes: map[*packages.Package]*factWrite{}}
	h := sha256.New()
	fmt.Fprintf(h, "redislint facts 1\n%s\n%s %d %d\n", runtime.Version(), exe, fi.Size(), fi.ModTime().UnixNano())
	var lines []string
	seen := map[*analysis.Analyzer]bool{}
	var visit func(as []*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			visit(a.Requires)
			l := "analyzer " + a.Name
			a.Flags.VisitAll(func(f *flag.Flag) { l += fmt.Sprintf(" -%s=%s", f.Name, f.Value) })
			for _, f := range a.FactTypes {
				t := reflect.TypeOf(f)
				fc.types[factTypeName(t)] = t
				l += " fact " + factTypeName(t)
			}
			lines = append(lines, l)
		}
	}
	visit(c.Analyzers)
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(h, l)
	}
	fc.stamp = hex.EncodeToString(h.Sum(nil))
	fc.trim(time.Now())
	return fc
}

// The cache is trimmed as Go trims its build cache: an entry is marked
// used (its modification time) at most once per markInterval, and once per
// trimInterval the entries unused for trimAge are removed.
const (
	markInterval = time.Hour
	trimInterval = 24 * time.Hour
	trimAge      = 5 * 24 * time.Hour
)

// trim removes the entries unused for trimAge, and the temporary files
// of writes that never finished, at most once per trimInterval (the time
// of the last trim is in trim.txt).
func (c *factCache) trim(now time.Time) {
	stamp := filepath.Join(c.dir, "trim.txt")
	if data, err := os.ReadFile(stamp); err == nil {
		if t, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && now.Sub(time.Unix(t, 0)) < trimInterval {
			return
		}
	}
	if err := os.MkdirAll(c.dir, 0o777); err != nil {
		return
	}
	if err := os.WriteFile(stamp, []byte(strconv.FormatInt(now.Unix(), 10)+"\n"), 0o666); err != nil {
		return
	}
	subdirs, _ := os.ReadDir(c.dir)
	for _, d := range subdirs {
		if !d.IsDir() {
			continue
		}
		files, _ := os.ReadDir(filepath.Join(c.dir, d.Name()))
		for _, f := range files {
			info, err := f.Info()
			if err != nil {
				continue
			}
			age := now.Sub(info.ModTime())
			if strings.HasSuffix(f.Name(), "-facts") && age > trimAge || strings.HasPrefix(f.Name(), "tmp-") && age > trimInterval {
				os.Remove(filepath.Join(c.dir, d.Name(), f.Name()))
			}
		}
	}
}

// key returns the key of p, a dependency that may be kept (candidate), or
// "" when it cannot be kept.
func (c *factCache) key(ld *loader, p *packages.Package, candidate func(*packages.Package) bool) string {
	if k, ok := c.keys[p]; ok {
		return k
	}
	c.keys[p] = "" // an import cycle is an error: not kept
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n%s\n%v\n", c.stamp, p.ID, p.PkgPath, p.Name, p.TypesSizes)
	if p.Module != nil {
		fmt.Fprintf(h, "go %s\n", p.Module.GoVersion)
	}
	immutable := fromModuleCache(p)
	embeds := false
	for _, name := range ld.goFiles(p) {
		if !immutable {
			// A replaced module's directory, a vendored copy, the
			// analyzed modules: files that are edited, by content.
			data, err := os.ReadFile(name)
			if err != nil {
				return ""
			}
			embeds = embeds || bytes.Contains(data, []byte("//go:embed"))
			fmt.Fprintf(h, "file %s %x\n", name, sha256.Sum256(data))
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "file %s %d %d\n", name, fi.Size(), fi.ModTime().UnixNano())
	}
	if embeds {
		// What the files embed, by content too (a Lua script the
		// analyzers read); go list names it, or the package is not kept.
		if len(p.EmbedFiles) == 0 {
			return ""
		}
		for _, name := range slices.Sorted(slices.Values(p.EmbedFiles)) {
			data, err := os.ReadFile(name)
			if err != nil {
				return ""
			}
			fmt.Fprintf(h, "embed %s %x\n", name, sha256.Sum256(data))
		}
	}
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		imp := p.Imports[path]
		switch {
		case path == "unsafe":
		case candidate(imp):
			k := c.key(ld, imp, candidate)
			if k == "" {
				return ""
			}
			fmt.Fprintf(h, "import %s %s\n", path, k)
		case imp.ExportFile != "" && !ld.nodes[imp].source:
			fmt.Fprintf(h, "import %s export %s\n", path, imp.ExportFile)
		default:
			return ""
		}
	}
	k := hex.EncodeToString(h.Sum(nil))
	c.keys[p] = k
	return k
}

// lazyKey returns the key of p, a lazy package of the analyzed modules
// whose facts are being computed (its imports all read from export data),
// or "" when it is not to be kept. An import that is lazy too, or a
// dependency whose entry was found, is keyed by its own key (ld.keyed):
// its facts, which p's are computed from, are a function of its files,
// not of its export data alone.
func (c *factCache) lazyKey(ld *loader, p *packages.Package) string {
	if c == nil {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.key(ld, p, ld.keyed)
}

// writeLazy writes the entry of a lazy package whose facts were computed.
func (c *factCache) writeLazy(key string, lp *lazyPkg) {
	objects := func(yield func(string, analysis.Fact) bool) {
		for k, f := range lp.objectFacts {
			if !yield(string(k.path), f) {
				return
			}
		}
	}
	if e, ok := entryOf(objects, lp.packageFacts); ok {
		c.store(key, e)
	}
}

// entryOf encodes the facts of a package's objects, by objectpath, and of
// the package, as an entry; false when one does not encode.
func entryOf(objects iter.Seq2[string, analysis.Fact], pkgs map[reflect.Type]analysis.Fact) (*cacheEntry, bool) {
	e := new(cacheEntry)
	for path, f := range objects {
		cf, err := encodeFact(path, f)
		if err != nil {
			return nil, false
		}
		e.Objects = append(e.Objects, cf)
	}
	for _, f := range pkgs {
		cf, err := encodeFact("", f)
		if err != nil {
			return nil, false
		}
		e.Packages = append(e.Packages, cf)
	}
	return e, true
}

// fromModuleCache reports whether p's files are a module version's in the
// module cache, which never change once extracted: a module with a
// version, not replaced by a directory, whose files are in its directory.
func fromModuleCache(p *packages.Package) bool {
	m := p.Module
	if m == nil || m.Version == "" || m.Dir == "" || m.Replace != nil && m.Replace.Version == "" {
		return false
	}
	dir := m.Dir
	if m.Replace != nil {
		dir = m.Replace.Dir
	}
	for _, name := range p.CompiledGoFiles {
		if !strings.HasPrefix(name, dir+string(filepath.Separator)) {
			return false
		}
	}
	return true
}

func (c *factCache) file(key string) string {
	return filepath.Join(c.dir, key[:2], key+"-facts")
}

// load returns the entry of key, if there is one that decodes.
func (c *factCache) load(key string) *cacheEntry {
	name := c.file(key)
	data, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	if info, err := os.Stat(name); err == nil && time.Since(info.ModTime()) > markInterval {
		now := time.Now()
		os.Chtimes(name, now, now) // used: kept by trim
	}
	e := new(cacheEntry)
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(e); err != nil {
		return nil
	}
	for _, fs := range [][]cachedFact{e.Objects, e.Packages} {
		for _, f := range fs {
			if _, err := c.decode(f); err != nil {
				return nil
			}
		}
	}
	return e
}

// decode returns the fact f holds.
func (c *factCache) decode(f cachedFact) (analysis.Fact, error) {
	t := c.types[f.Type]
	if t == nil || t.Kind() != reflect.Pointer {
		return nil, fmt.Errorf("unknown fact type %s", f.Type)
	}
	v := reflect.New(t.Elem())
	if err := gob.NewDecoder(bytes.NewReader(f.Data)).DecodeValue(v); err != nil {
		return nil, err
	}
	return v.Interface().(analysis.Fact), nil
}

// gather records the facts act computed on its package, when the package's
// facts are to be kept.
func (c *factCache) gather(act *action) {
	n := act.g.ld.nodes[act.pkg]
	reported := act.isRoot && n != nil && n.report
	if n == nil || n.cacheKey == "" || len(act.a.FactTypes) == 0 && !reported {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.writes[act.pkg]
	if w == nil {
		w = &factWrite{key: n.cacheKey, objects: map[objectFactKey]analysis.Fact{}, pkgs: map[reflect.Type]analysis.Fact{}}
		w.unread = n.unread && !act.g.ld.allFacts
		if n.report {
			w.diags = &diagEncoder{fset: act.g.ld.fset, index: map[string]int{}}
		}
		c.writes[act.pkg] = w
	}
	if act.err != nil || len(act.pkg.Errors) > 0 {
		w.failed = true
		return
	}
	if reported {
		for _, d := range act.diagnostics {
			w.kept = append(w.kept, w.diags.diagnostic(act.a.Name, d))
		}
	}
	for k, f := range act.objectFacts {
		if k.obj.Pkg() == act.pkg.Types && exportedFrom(k.obj, act.pkg.Types) {
			w.objects[k] = f
		}
	}
	for k, f := range act.packageFacts {
		if k.pkg == act.pkg.Types {
			w.pkgs[k.typ] = f
		}
	}
}

// write writes the entry of p once every action on it has run.
func (c *factCache) write(p *packages.Package) {
	c.mu.Lock()
	w := c.writes[p]
	delete(c.writes, p)
	c.mu.Unlock()
	if w == nil || w.failed {
		return
	}
	var enc objectpath.Encoder
	objects := func(yield func(string, analysis.Fact) bool) {
		for k, f := range w.objects {
			path, err := enc.For(k.obj)
			if err != nil {
				continue // no importer can name it
			}
			if !yield(string(path), f) {
				return
			}
		}
	}
	e, ok := entryOf(objects, w.pkgs)
	if !ok {
		return
	}
	e.Unread = w.unread
	if w.diags != nil {
		if w.diags.err != nil {
			return
		}
		e.Reported, e.Files, e.Diagnostics = true, w.diags.files, w.kept
	}
	c.store(w.key, e)
}

// store writes e as the entry of key (sorted, so that an entry's bytes
// are a function of its facts).
func (c *factCache) store(key string, e *cacheEntry) {
	for _, fs := range [][]cachedFact{e.Objects, e.Packages} {
		slices.SortFunc(fs, func(a, b cachedFact) int {
			return strings.Compare(a.Path+"\x00"+a.Type, b.Path+"\x00"+b.Type)
		})
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(e); err != nil {
		return
	}
	name := c.file(key)
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "tmp-")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
	}
}

func encodeFact(path string, f analysis.Fact) (cachedFact, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).EncodeValue(reflect.ValueOf(f)); err != nil {
		return cachedFact{}, err
	}
	return cachedFact{Path: path, Type: factTypeName(reflect.TypeOf(f)), Data: buf.Bytes()}, nil
}

// fill gives lp, a package whose entry was found, the facts of the entry,
// by objectpath: each graph then sees them on the objects of its own
// universe, as a lazy package's (factsIn).
func (c *factCache) fill(lp *lazyPkg, e *cacheEntry) {
	for _, cf := range e.Objects {
		f, err := c.decode(cf)
		if err != nil {
			continue // load checked every fact
		}
		lp.objectFacts[lazyFactKey{objectpath.Path(cf.Path), reflect.TypeOf(f)}] = f
	}
	for _, cf := range e.Packages {
		if f, err := c.decode(cf); err == nil {
			lp.packageFacts[reflect.TypeOf(f)] = f
		}
	}
}
