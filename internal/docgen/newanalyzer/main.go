// Command newanalyzer adds a new analyzer to redislint: a package
// passes/NAME that builds, with its documentation, a flag, a test and its
// test cases, registered in the suite. It is the recipe "Add an analyzer"
// of CONTRIBUTING.md, done by a program.
//
// Run it from the root of the repository:
//
//	go run ./internal/docgen/newanalyzer NAME
//
// It writes
//
//	passes/NAME/doc.go        the documentation (the "# Analyzer NAME" section)
//	passes/NAME/NAME.go       Config, DefaultConfig, New, Analyzer, run
//	passes/NAME/NAME_test.go  analysistest on testdata/src/NAME/basic
//	testdata/src/NAME/basic/basic.go  the cases, with // want comments
//
// adds NAME to analyzers/analyzers.go (an import, a field of Config, a row
// of Registry) and to README's catalog of analyzers, and runs go generate ./analyzers (docs/analyzers.md and the
// names //redislint:ignore accepts). The analyzer it writes is an example
// to replace: it reports go-redis calls of DEL, EXISTS, TOUCH and UNLINK
// that name no key (Redis answers "ERR wrong number of arguments"). Then
// go test ./passes/NAME ./analyzers ./internal/docgen passes.
//
// -root DIR writes into another checkout; -nogenerate leaves go generate
// to you.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/template"
)

const module = "github.com/redislint/redislint"

func main() {
	root := flag.String("root", ".", "root of the redislint checkout")
	nogen := flag.Bool("nogenerate", false, "do not run go generate ./analyzers")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./internal/docgen/newanalyzer [-root DIR] [-nogenerate] NAME\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := Generate(*root, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "newanalyzer:", err)
		os.Exit(1)
	}
	if !*nogen {
		cmd := exec.Command("go", "generate", "./analyzers")
		cmd.Dir = *root
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "newanalyzer: go generate ./analyzers:", err)
			os.Exit(1)
		}
	}
	name := flag.Arg(0)
	fmt.Printf(`added analyzer %[1]s (on by default):
  passes/%[1]s/doc.go, %[1]s.go, %[1]s_test.go, testdata/src/%[1]s/basic/basic.go
  analyzers/analyzers.go: import, Config.%[2]s, Registry row; README.md: a catalog row
next: go test ./passes/%[1]s ./analyzers ./internal/docgen
`, name, fieldName(name))
}

var validName = regexp.MustCompile(`^[a-z][a-z0-9]*$`)

// fieldName is the analyzer's field of analyzers.Config.
func fieldName(name string) string { return strings.ToUpper(name[:1]) + name[1:] }

// Generate writes the analyzer name into the checkout at root and
// registers it.
func Generate(root, name string) error {
	if !validName.MatchString(name) {
		return fmt.Errorf("analyzer name %q: want lower-case letters and digits, a letter first (it is a package name)", name)
	}
	pkgDir := filepath.Join(root, "passes", name)
	if _, err := os.Stat(pkgDir); err == nil {
		return fmt.Errorf("%s exists", pkgDir)
	}
	registry := filepath.Join(root, "analyzers", "analyzers.go")
	src, err := os.ReadFile(registry)
	if err != nil {
		return err
	}
	newSrc, err := register(src, name)
	if err != nil {
		return fmt.Errorf("%s: %v", registry, err)
	}
	data := struct{ Name, Field, Module string }{name, fieldName(name), module}
	for _, f := range []struct{ path, tmpl string }{
		{filepath.Join(pkgDir, "doc.go"), docTmpl},
		{filepath.Join(pkgDir, name+".go"), analyzerTmpl},
		{filepath.Join(pkgDir, name+"_test.go"), testTmpl},
		{filepath.Join(root, "testdata", "src", name, "basic", "basic.go"), casesTmpl},
	} {
		var b bytes.Buffer
		if err := template.Must(template.New("").Parse(f.tmpl)).Execute(&b, data); err != nil {
			return err
		}
		out, err := format.Source(b.Bytes())
		if err != nil {
			return fmt.Errorf("%s: %v", f.path, err)
		}
		if err := os.MkdirAll(filepath.Dir(f.path), 0o777); err != nil {
			return err
		}
		if err := os.WriteFile(f.path, out, 0o666); err != nil {
			return err
		}
	}
	readme := filepath.Join(root, "README.md")
	text, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	newReadme, err := catalogRow(text, name)
	if err != nil {
		return fmt.Errorf("%s: %v", readme, err)
	}
	if err := os.WriteFile(readme, newReadme, 0o666); err != nil {
		return err
	}
	return os.WriteFile(registry, newSrc, 0o666)
}

// catalogRow adds analyzer name to README's catalog of analyzers, after
// its last row.
func catalogRow(readme []byte, name string) ([]byte, error) {
	lines := strings.SplitAfter(string(readme), "\n")
	last := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "| [`") && strings.Contains(l, "](docs/analyzers.md#") {
			last = i
		}
	}
	if last < 0 {
		return nil, fmt.Errorf("no catalog of analyzers (rows | [`NAME`](docs/analyzers.md#NAME) | …)")
	}
	row := fmt.Sprintf("| [`%s`](docs/analyzers.md#%[1]s) | DEL, EXISTS, TOUCH, UNLINK with no key (replace: what %[1]s finds) | on | none |\n", name)
	return []byte(strings.Join(slices.Insert(lines, last+1, row), "")), nil
}

// register adds analyzer name to the source of analyzers/analyzers.go: the
// import of its package, its field of Config and its row of Registry.
func register(src []byte, name string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "analyzers.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	type insertion struct {
		at   int
		text string
	}
	var ins []insertion
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); strings.HasPrefix(p, module+"/passes/") {
			ins = append(ins[:0], insertion{fset.Position(imp.End()).Offset, "\n\t\"" + module + "/passes/" + name + "\""})
		}
	}
	if len(ins) == 0 {
		return nil, fmt.Errorf("no import of a package of passes/")
	}
	field := fieldName(name)
	found := 0
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			if st, ok := n.Type.(*ast.StructType); ok && n.Name.Name == "Config" {
				ins = append(ins, insertion{fset.Position(st.Fields.Closing).Offset, "\t" + field + " " + name + ".Config\n"})
				found++
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 && n.Names[0].Name == "Registry" && len(n.Values) == 1 {
				if cl, ok := n.Values[0].(*ast.CompositeLit); ok {
					row := fmt.Sprintf("\tentry(%q, On, func(c *Config) *%s.Config { return &c.%s }, %[2]s.DefaultConfig, %[2]s.New),\n", name, name, field)
					ins = append(ins, insertion{fset.Position(cl.Rbrace).Offset, row})
					found++
				}
			}
		}
		return true
	})
	if found != 2 {
		return nil, fmt.Errorf("found %d of the struct type Config and the composite literal Registry, want both", found)
	}
	// Insert from the end, so that earlier offsets stay valid.
	out := append([]byte(nil), src...)
	sort.Slice(ins, func(i, j int) bool { return ins[i].at < ins[j].at })
	for i := len(ins) - 1; i >= 0; i-- {
		out = append(out[:ins[i].at], append([]byte(ins[i].text), out[ins[i].at:]...)...)
	}
	return format.Source(out)
}
