package analysisutil

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// unread holds the packages whose facts no other analysis will read, as a
// driver that sees the whole program knows (MarkFactsUnread).
var unread sync.Map // *types.Package → struct{}

// MarkFactsUnread tells the analyzers that no analysis reads the facts of
// pkg: nothing in the program imports it but a generated test main, which
// only names its tests (a package main, an external test package, the
// module's commands). Facts that an analyzer only exports for importers
// then need not be computed ([FactsRead]). The driver calls
// [ForgetFactsUnread] once the package's analysis is over.
func MarkFactsUnread(pkg *types.Package) { unread.Store(pkg, struct{}{}) }

// ForgetFactsUnread drops what MarkFactsUnread recorded of pkg.
func ForgetFactsUnread(pkg *types.Package) { unread.Delete(pkg) }

// FactsRead reports whether another analysis may read the facts pass
// exports: true unless the driver said otherwise (go vet, gopls and
// golangci-lint never do). An analyzer may skip the facts it exports only
// for importers when it is false; a fact it reads back itself, in the
// same package, it must export anyway.
func FactsRead(pass *analysis.Pass) bool {
	if pass.ExportObjectFact == nil {
		return false
	}
	_, no := unread.Load(pass.Pkg)
	return !no
}
