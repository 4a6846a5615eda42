package analysisutil

import (
	"go/ast"
	"slices"
	"sync"

	"github.com/redislint/redislint/internal/astindex"
)

// prebuilt holds the syntax indexes a driver started building before the
// package's analysis (Prebuild), by the address of the first element of the
// package's list of files. Not by its first file: a package and its test
// variant share their first file (the driver parses a file once) but not
// their lists, and each needs its own index.
var prebuilt sync.Map // **ast.File → *prebuild

type prebuild struct {
	files []*ast.File
	done  chan struct{}
	ins   *astindex.Index
}

// Prebuild starts building, in the background, the syntax index of a package
// whose files are files, in the order its pass will have them: the
// index needs only the syntax, so a driver can build it while the
// package is type-checked, on a core that type-checking leaves idle
// (the last package of a program is type-checked alone). [Inspector]
// then takes it instead of building its own. The caller calls [Forget]
// once the package's analysis is over, whether or not it was taken.
func Prebuild(files []*ast.File) {
	if len(files) == 0 {
		return
	}
	p := &prebuild{files: files, done: make(chan struct{})}
	if _, loaded := prebuilt.LoadOrStore(&files[0], p); loaded {
		return
	}
	go func() {
		p.ins = astindex.New(files)
		close(p.done)
	}()
}

// Forget drops the inspector Prebuild started for files, if any.
func Forget(files []*ast.File) {
	if len(files) > 0 {
		prebuilt.Delete(&files[0])
	}
}

// takePrebuilt returns the inspector Prebuild built for files, waiting for
// it, or nil.
func takePrebuilt(files []*ast.File) *astindex.Index {
	if len(files) == 0 {
		return nil
	}
	v, ok := prebuilt.Load(&files[0])
	if !ok {
		return nil
	}
	p := v.(*prebuild)
	if !slices.Equal(p.files, files) {
		return nil // a list of files that begins with those of another
	}
	prebuilt.Delete(&files[0])
	<-p.done
	return p.ins
}
