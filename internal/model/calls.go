package model

// This file reads the small tables of calls that are neither constructors
// nor node-local commands (their rows in each library's lib_NAME.go):
// methods that hand out a handle of the same client (MethodRef tables),
// the calls that send a command given by name (RawCall, a view of
// libs.go's RawSend), the library types whose values are cluster clients,
// MOVED/ASK redirect parsers and database options.

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// MethodRef names a method of a library's type ("" Recv: any receiver
// type of the library, the way go-redis declares commands on cmdable and
// also on clients).
type MethodRef struct {
	Lib  Lib
	Recv string
	Name string
}

// IsHandleMethod reports whether fn is a method that returns a handle on
// its receiver's own client.
func IsHandleMethod(fn *types.Func) bool {
	return matchRef(fn, tables().handleMethods, true)
}

// matchRef reports whether fn is one of refs: a method (of any receiver
// type of the library when the ref's Recv is "") when method is true, a
// function otherwise.
func matchRef(fn *types.Func, refs []MethodRef, method bool) bool {
	lib, recv := funcKey(fn)
	return find(refs, func(r *MethodRef) bool {
		return lib != LibNone && (recv != "") == method && r.Lib == lib && r.Name == fn.Name() && (r.Recv == "" || r.Recv == recv)
	}) != nil
}

// IsSameClientCallback reports whether fn is a method that runs a function
// literal on a handle of the same client.
func IsSameClientCallback(fn *types.Func) bool {
	return matchRef(fn, tables().sameClientCallbacks, true)
}

// RawCall is a call that sends (or builds) a command given by name.
type RawCall struct {
	Lib  Lib
	Recv string // "": any receiver type of the library, or a function when Func
	Name string
	Func bool // a package-level function (radix Cmd), not a method
	// Cmd is the index (after a leading ctx) of the command-name parameter.
	Cmd int
	// Variadic: the command name is the first element of a variadic
	// ...interface{} parameter at Cmd (go-redis Do(ctx, args...)).
	Variadic bool
	// Words: the command name is the first element of a []string
	// parameter at Cmd (GLIDE CustomCommand(ctx, []string{…})).
	Words bool
	// Builds: the call builds an action that a client's Do runs (radix):
	// the client is the receiver of that Do, not of this call.
	Builds bool
}

// RawCallOf returns the raw-command entry that fn is, if any. It is the
// RawSend table of libs.go (the one table of raw command calls) seen from
// the analyzers that only need where the command name is.
func RawCallOf(fn *types.Func) (RawCall, bool) {
	r, ok := RawSendOf(fn)
	if !ok {
		return RawCall{}, false
	}
	return RawCallFor(r), true
}

// RawCallFor is the RawCall of a raw send (also of a forwarder of the
// program's, whose indices are its own parameters').
func RawCallFor(r RawSend) RawCall {
	rc := RawCall{Lib: r.Lib, Recv: r.Recv, Name: r.Name, Func: r.Func, Cmd: r.Cmd, Builds: r.Builds}
	if r.Cmd < 0 {
		rc.Cmd, rc.Variadic, rc.Words = r.Args, !r.Words, r.Words
	}
	return rc
}

// StringConst returns the constant string value of e.
func StringConst(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

// CommandArg returns the command-name argument of call, a call of fn that
// r describes, and its constant value. ok is false when the name is not a
// constant (or is spread from a slice).
func (r RawCall) CommandArg(info *types.Info, fn *types.Func, call *ast.CallExpr) (arg ast.Expr, name string, ok bool) {
	sig, isSig := fn.Type().(*types.Signature)
	if !isSig {
		return nil, "", false
	}
	i := r.Cmd + CtxOffset(sig)
	if i >= len(call.Args) || (r.Variadic && call.Ellipsis.IsValid()) {
		return nil, "", false
	}
	if r.Words {
		lit, ok := ast.Unparen(call.Args[i]).(*ast.CompositeLit)
		if !ok || len(lit.Elts) == 0 {
			return nil, "", false
		}
		name, ok = StringConst(info, lit.Elts[0])
		return lit.Elts[0], name, ok
	}
	name, ok = StringConst(info, call.Args[i])
	return call.Args[i], name, ok
}

// IsClusterType reports whether t (or what it points to) is a cluster
// client type of a known library.
func IsClusterType(t types.Type) bool {
	lib, name := typeKey(t)
	return find(tables().clusterTypes, func(c *MethodRef) bool { return lib != LibNone && c.Lib == lib && c.Name == name }) != nil
}

// IsClusterCommandMethod reports whether fn is a go-redis method that sends
// a CLUSTER subcommand (ClusterSlots, ClusterNodes, ClusterInfo, …) or a
// rueidis builder method that starts one (Cluster*).
func IsClusterCommandMethod(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !strings.HasPrefix(fn.Name(), "Cluster") {
		return false
	}
	lib := LibOf(fn.Pkg().Path())
	switch {
	case lib.Info().ClusterMethods:
		sig, _ := fn.Type().(*types.Signature)
		return sig != nil && sig.Recv() != nil
	case lib.Info().BuilderType != "":
		return recvName(fn) == lib.Info().BuilderType
	}
	return false
}

// IsRedirectParser reports whether fn parses MOVED/ASK replies.
func IsRedirectParser(fn *types.Func) bool {
	return matchRef(fn, tables().redirectParsers, false)
}

// IsDBOption reports whether fn is an option function that selects a
// logical database with its first argument.
func IsDBOption(fn *types.Func) bool {
	return matchRef(fn, tables().dbOptions, false)
}
