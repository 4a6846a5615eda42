package callsite

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/redislint/redislint/internal/typesutil"
)

// ClientAPIFact is a package fact on a client API (Result.ClientAPI): the
// package's external tests read it.
type ClientAPIFact struct{}

func (*ClientAPIFact) AFact() {}

func (*ClientAPIFact) String() string { return "client API" }

// minMirrors is how many commands a package sends from exported functions
// named for them before it counts as a client API (clientAPI): more than a
// store's few (Get, Set, Del, Exists, Expire), fewer than go-zero's 270.
const minMirrors = 10

// clientAPI reports whether the package re-exports a client's commands
// under their own names: at least minMirrors commands, each sent in a file
// that is not a test's by an exported function named for it
// (MirrorsCommand: go-zero's (*redis.Redis).MgetCtx, Sunionstore,
// BitOpAnd, …). Its tests are then a client library's tests: they exercise
// the API on the servers the repository starts (go-zero's on a miniredis,
// through a Redis whose Type is NodeType), and only what is provable is
// reported there. Its own code is checked as any other: it may use its
// API as any caller would (rmq's queue moves a message with its own
// RPopLPush between two untagged keys, a bug its history fixed), and an
// exported function that sends its caller's key list under another name
// than the command's is still a trap for callers who cannot see the
// command (bucketeer's GetMulti, an MGET of the caller's keys, another bug
// its history fixed, in a package that re-exports more than ten).
func clientAPI(pass *analysis.Pass, calls []*Call) bool {
	mirrored := map[string]bool{}
	for _, c := range calls {
		if c.Fn == nil || !c.Fn.Exported() || c.Via != nil && c.Via.Pkg() != pass.Pkg || !MirrorsCommand(c.Fn.Name(), c.Cmd.Name, FirstResult(c.Fn)) {
			continue
		}
		if sig, ok := c.Fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			if tn := typesutil.NamedObj(typesutil.Deref(sig.Recv().Type())); tn == nil || !tn.Exported() {
				continue
			}
		}
		if strings.HasSuffix(pass.Fset.File(c.Fn.Pos()).Name(), "_test.go") {
			continue
		}
		if mirrored[c.Cmd.Name] = true; len(mirrored) >= minMirrors {
			return true
		}
	}
	return false
}

// underTest returns, for an external test package (path_test), the
// package it tests among its imports.
func underTest(pkg *types.Package) *types.Package {
	path, ok := strings.CutSuffix(pkg.Path(), "_test")
	if !ok {
		return nil
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return imp
		}
	}
	return nil
}

// isClientAPI reports whether the package is a client API (clientAPI), or
// the external test package of one, whose ClientAPIFact it reads; a client
// API exports the fact for its external tests.
func isClientAPI(pass *analysis.Pass, calls []*Call) bool {
	if tested := underTest(pass.Pkg); tested != nil && pass.ImportPackageFact != nil {
		return pass.ImportPackageFact(tested, new(ClientAPIFact))
	}
	if !clientAPI(pass, calls) {
		return false
	}
	if pass.ExportPackageFact != nil {
		pass.ExportPackageFact(new(ClientAPIFact))
	}
	return true
}

// MirrorsCommand reports whether an exported function of the name is the
// command itself under a client wrapper's name (Mget and MgetCtx for MGET,
// BitOpAnd for BITOP AND, Sunionstore, EvalSha): its callers call MGET, as
// they would call go-redis' MGet, and know its keys must share a slot. A
// function named for what it does with the keys (GetMulti, DelCache,
// TagAsDeletedBatch) hides the command from them. crossslot's key lists ask it of
// a function of the package that holds the client, whose command is sent
// there; a Del that goes through another package's wrapper (a cache
// node's Del over the Redis wrapper's) is a layer above the client, named
// for what it does with the keys.
//
// The command's name may be followed by the name of the Go type of the
// function's first result, when that is its type (dapr's EvalInt, an EVAL
// whose reply it returns as an *int): still the command, read as a type.
func MirrorsCommand(name, cmd string, result types.Type) bool {
	n := strings.ToLower(name)
	for _, suffix := range []string{"withcontext", "context", "ctx"} {
		if t, ok := strings.CutSuffix(n, suffix); ok && t != "" {
			n = t
			break
		}
	}
	c := strings.ToLower(strings.ReplaceAll(cmd, " ", ""))
	if n == c {
		return true
	}
	rest, ok := strings.CutPrefix(n, c)
	return ok && namesType(rest, result)
}

// namesType reports whether word (lower case) names t, or the type t
// points to: int or int64 an integer of that kind (int any), float or
// float64 a float, string, bool, bytes a []byte.
func namesType(word string, t types.Type) bool {
	if t == nil || word == "" {
		return false
	}
	t = typesutil.Deref(t).Underlying()
	if s, ok := t.(*types.Slice); ok && word == "bytes" {
		b, ok := s.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	b, ok := t.(*types.Basic)
	if !ok {
		return false
	}
	switch word {
	case "int":
		return b.Info()&types.IsInteger != 0
	case "float":
		return b.Info()&types.IsFloat != 0
	case "string", "bool", "int64", "int32", "uint64", "float64":
		return b.Name() == word
	}
	return false
}

// FirstResult returns the type of fn's first result, or nil.
func FirstResult(fn types.Object) types.Type {
	if fn == nil {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return nil
	}
	return sig.Results().At(0).Type()
}
