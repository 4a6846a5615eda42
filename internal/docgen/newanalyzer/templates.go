package main

// The files of a new analyzer. {{.Name}} is its name, {{.Field}} its field
// of analyzers.Config. The analyzer is an example to replace; it follows
// the conventions the suite's tests check (internal/docgen, analyzers,
// internal/analysisutil): the "# Analyzer NAME" section of doc.go with
// Bad:, Good: and "# Not reported", a summary without a final period,
// flags bound to a Config by New, no flag listed in doc.go.

const docTmpl = `// Package {{.Name}} defines an Analyzer that reports go-redis calls of
// multi-key commands that name no key.
//
// # Analyzer {{.Name}}
//
// {{.Name}}: report go-redis calls of DEL, EXISTS, TOUCH and UNLINK that name no key
//
// Redis answers a DEL, EXISTS, TOUCH or UNLINK without a key with
// "ERR wrong number of arguments", on a single node and on a cluster alike.
// (This is the example analyzer that redislint's analyzer generator
// writes: replace it with what your analyzer reports and why.)
//
// Bad:
//
//	rdb.Del(ctx)
//
// Good:
//
//	rdb.Del(ctx, "user:101:profile")
//
// # Not reported
//
// Keys given as a slice (rdb.Del(ctx, keys...)): the slice may be empty
// only at run time.
package {{.Name}}
`

const analyzerTmpl = `package {{.Name}}

import (
	_ "embed"
	"go/ast"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"{{.Module}}/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Config is the analyzer's configuration.
type Config struct {
	// Commands are the go-redis methods that need a key, comma-separated.
	Commands string
}

// DefaultConfig returns the configuration of Analyzer.
func DefaultConfig() Config {
	return Config{Commands: "Del,Exists,Touch,Unlink"}
}

// New returns a new analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "{{.Name}}",
		Doc:      analysisutil.MustExtractDoc(doc, "{{.Name}}"),
		URL:      analysisutil.DocURL("{{.Name}}"),
		Requires: []*analysis.Analyzer{analysisutil.Inspect},
		Run:      analysisutil.WithIgnores("{{.Name}}", func(pass *analysis.Pass) (any, error) { return run(pass, &c) }),
	}
	a.Flags.StringVar(&c.Commands, "commands", c.Commands, "comma-separated go-redis methods that need at least one key")
	return a
}

// Analyzer reports calls that name no key, with the default configuration.
var Analyzer = New(DefaultConfig())

// goRedis are the import paths of go-redis whose calls are checked.
var goRedis = []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8"}

func run(pass *analysis.Pass, c *Config) (any, error) {
	if !analysisutil.Relevant(pass) || analysisutil.InClientLibrary(pass) {
		return nil, nil
	}
	commands := strings.Split(c.Commands, ",")
	analysisutil.Inspector(pass).Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		// Match the called object by its package path and name, never by
		// the text of the call: renamed imports and wrappers' fields match.
		fn := typeutil.Callee(pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil || !slices.Contains(goRedis, fn.Pkg().Path()) || !slices.Contains(commands, fn.Name()) {
			return
		}
		if len(call.Args) == 1 && !call.Ellipsis.IsValid() { // ctx only
			pass.Report(analysis.Diagnostic{
				Pos:      call.Lparen,
				End:      call.Rparen + 1,
				Category: "{{.Name}}",
				Message:  strings.ToUpper(fn.Name()) + " with no key: ERR wrong number of arguments",
			})
		}
	})
	return nil, nil
}
`

const testTmpl = `package {{.Name}}_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"{{.Module}}/passes/{{.Name}}"
)

// testdata is the suite's shared GOPATH-style tree: stubs of the client
// libraries at their real import paths, and one directory of cases per analyzer.
var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

func TestBasic(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, {{.Name}}.Analyzer, "{{.Name}}/basic")
}

func TestCommandsFlag(t *testing.T) {
	t.Parallel()
	cfg := {{.Name}}.DefaultConfig()
	cfg.Commands = "Del"
	a := {{.Name}}.New(cfg)
	if got := a.Flags.Lookup("commands").Value.String(); got != "Del" {
		t.Errorf("-{{.Name}}.commands = %q, want Del", got)
	}
}
`

const casesTmpl = `package basic

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func cases(ctx context.Context, rdb *redis.ClusterClient, keys []string) {
	rdb.Del(ctx)                       // want "DEL with no key: ERR wrong number of arguments"
	rdb.Unlink(ctx)                    // want "UNLINK with no key"
	rdb.Del(ctx, "user:101:profile")   // a key: fine
	rdb.Del(ctx, keys...)              // a slice: known at run time only
	rdb.Unlink(ctx) //redislint:ignore {{.Name}} the example of a suppression
}
`
