package driver

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"

	"github.com/redislint/redislint/internal/analysisutil"
	"github.com/redislint/redislint/internal/model"
)

// Under go vet -vettool, the go command runs the tool once per package, the
// whole standard library and every dependency included, each time with a
// .cfg file naming the package's files and the vetx files of its direct
// imports. x/tools' unitchecker type-checks each from source and writes a
// vetx file: the package's types (which its importers type-check against)
// and its facts.
//
// Redis facts exist only in packages that import a Redis client, directly
// or through others, and in the packages of the module analyzed. A
// dependency (VetxOnly) of another module or of the standard library that
// imports no client package and none of whose direct imports has facts has
// no facts either, nor has a package of a client library (whose API the
// model knows; the standalone driver reads it from export data): the
// shortcut writes its vetx file with its types and no facts,
// type-checking it without function bodies and running no analyzer.
//
// "Through others" is seen from the vetx files of the direct imports: the
// UsesRedis analyzer, added to the suite under go vet, exports a package
// fact on every package that imports a client through others, so that the
// facts of such a package are never empty.

// UsesRedis marks, under go vet, the packages that import a Redis client
// directly or through others (analysisutil.UsesRedisClient), so that their
// importers see it in their facts.
var UsesRedis = &analysis.Analyzer{
	Name:       "redisuses",
	Doc:        "marks packages that import a Redis client, directly or through others (redislint's go vet driver)",
	Run:        runUsesRedis,
	FactTypes:  []analysis.Fact{new(usesRedisFact)},
	ResultType: reflect.TypeFor[struct{}](),
}

type usesRedisFact struct{}

func (*usesRedisFact) AFact()         {}
func (*usesRedisFact) String() string { return "uses a Redis client" }

func init() {
	// A vetx file may hold the fact even when the analyzer is not run.
	gob.Register(new(usesRedisFact))
}

func runUsesRedis(pass *analysis.Pass) (any, error) {
	if analysisutil.UsesRedisClient(pass) {
		pass.ExportPackageFact(new(usesRedisFact))
	}
	return struct{}{}, nil
}

// vetConfig is the part of unitchecker's .cfg file the shortcut reads.
type vetConfig struct {
	ImportPath    string
	Dir           string
	ModulePath    string
	ModuleVersion string // empty for the main module
	GoVersion     string
	GoFiles       []string
	ImportMap     map[string]string
	PackageFile   map[string]string
	Standard      map[string]bool
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
}

const vetxMagic = "vetx"

// VetShortcut handles the .cfg file of go vet when the package can hold no
// Redis fact: it writes the package's vetx file (types, no facts) and
// reports true. It reports false, having written nothing, for every other
// package, and on any error: unitchecker then runs as usual.
func VetShortcut(cfgFile string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false // unitchecker will say what is wrong
		}
	}()
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false
	}
	cfg, err := parseVetConfig(data)
	if err != nil {
		return false
	}
	out, err := shortcut(cfg)
	logVet(cfg.ImportPath, out != nil, err)
	if err != nil || out == nil {
		return false
	}
	if cfg.Stdout != "" {
		if err := os.WriteFile(cfg.Stdout, nil, 0o666); err != nil {
			return false
		}
	}
	return os.WriteFile(cfg.VetxOutput, out, 0o666) == nil
}

// logVet appends, when $REDISLINT_VETLOG names a file, one line per package:
// its path and whether the shortcut took it (tests read it).
func logVet(path string, short bool, err error) {
	name := os.Getenv("REDISLINT_VETLOG")
	if name == "" {
		return
	}
	f, ferr := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666)
	if ferr != nil {
		return
	}
	defer f.Close()
	how := "unitchecker"
	if short {
		how = "shortcut"
	}
	if err != nil {
		how += " (" + err.Error() + ")"
	}
	fmt.Fprintf(f, "%s %s\n", path, how)
}

func parseVetConfig(data []byte) (*vetConfig, error) {
	var cfg vetConfig
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// shortcut returns the vetx file of the package of cfg, or nil when the
// package may hold facts.
func shortcut(cfg *vetConfig) ([]byte, error) {
	if !cfg.VetxOnly || cfg.VetxOutput == "" || len(cfg.GoFiles) == 0 {
		return nil, nil
	}
	if cfg.ModulePath != "" && cfg.ModuleVersion == "" {
		// A package of the main module may hold facts without Redis
		// (key builders): it is analyzed, as the standalone driver reads
		// it from source.
		return nil, nil
	}
	// A package of a client library (of another module) holds no fact
	// either: the model knows its API, and the standalone driver reads it
	// from export data. Any other package that imports one may.
	if !model.IsClientPackage(cfg.ImportPath) {
		for _, path := range cfg.ImportMap {
			if model.IsClientPackage(path) {
				return nil, nil
			}
		}
	}
	typesOf := map[string][]byte{}
	for path, file := range cfg.PackageVetx {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		if len(data) < 12 || string(data[:4]) != vetxMagic {
			return nil, fmt.Errorf("bad vetx file %s", file)
		}
		typesLen := binary.LittleEndian.Uint32(data[4:8])
		factsLen := binary.LittleEndian.Uint32(data[8:12])
		if uint64(12)+uint64(typesLen)+uint64(factsLen) > uint64(len(data)) {
			return nil, fmt.Errorf("bad vetx file %s", file)
		}
		if factsLen > 0 {
			return nil, nil // an import has facts
		}
		typesOf[path] = data[12 : 12+typesLen]
	}

	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	imports := map[string]*types.Package{}
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if p := imports[path]; p != nil && p.Complete() {
			return p, nil
		}
		data, ok := typesOf[path]
		if !ok {
			return nil, fmt.Errorf("no package vetx file for %q", path)
		}
		return gcexportdata.Read(bytes.NewReader(append([]byte{'i'}, data...)), fset, imports, path)
	})
	tc := &types.Config{
		Importer:         importer,
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        cfg.GoVersion,
		IgnoreFuncBodies: true,
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, nil)
	if err != nil {
		return nil, err
	}

	var buf bytes.Buffer
	buf.WriteString(vetxMagic)
	buf.Write(make([]byte, 8))
	if err := gcexportdata.Write(&buf, fset, pkg); err != nil {
		return nil, err
	}
	vetx := buf.Bytes()
	if vetx[12] != 'i' {
		return nil, errors.New("unexpected export data format")
	}
	vetx = append(vetx[:12], vetx[13:]...) // unitchecker stores the data without its format byte
	binary.LittleEndian.PutUint32(vetx[4:8], uint32(len(vetx)-12))
	return vetx, nil
}
