package driver

import (
	"fmt"
	"go/token"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The fact cache keeps the diagnostics of an analyzed package too
// (LoadConfig.Results), as staticcheck and golangci-lint keep theirs: a
// package whose files and imports have not changed since it was analyzed
// is not read from source again. Its diagnostics come from its entry, its
// facts go to its importers as a cached dependency's do, and it is read
// from export data only if a package read from source imports it (a test
// variant, which has no export data of its own path, is then read from
// source: see sourceImportedRoots).
//
// A diagnostic is kept as offsets in named files, and given back as
// positions in token.Files made for the files from their content. A
// position that a //line directive moves is not kept (the entry is not
// written): the file made from the content would not move it.

// cachedPos is a position: an offset in Files[File]; File -1 is NoPos.
type cachedPos struct {
	File   int
	Offset int
}

type cachedDiagnostic struct {
	Analyzer               string
	Pos, End               cachedPos
	Category, Message, URL string
	Fixes                  []cachedFix
	Related                []cachedRelated
}

type cachedFix struct {
	Message string
	Edits   []cachedEdit
}

type cachedEdit struct {
	Pos, End cachedPos
	NewText  []byte
}

type cachedRelated struct {
	Pos, End cachedPos
	Message  string
}

// diagEncoder encodes the diagnostics of one package.
type diagEncoder struct {
	fset  *token.FileSet
	files []string
	index map[string]int
	err   error
}

func (e *diagEncoder) pos(p token.Pos) cachedPos {
	if !p.IsValid() {
		return cachedPos{File: -1}
	}
	tf := e.fset.File(p)
	if tf == nil {
		e.err = fmt.Errorf("position %d in no file", p)
		return cachedPos{File: -1}
	}
	if tf.PositionFor(p, true) != tf.PositionFor(p, false) {
		e.err = fmt.Errorf("%s: moved by a line directive", tf.PositionFor(p, false))
	}
	i, ok := e.index[tf.Name()]
	if !ok {
		i = len(e.files)
		e.files = append(e.files, tf.Name())
		e.index[tf.Name()] = i
	}
	return cachedPos{File: i, Offset: tf.Offset(p)}
}

func (e *diagEncoder) diagnostic(analyzer string, d analysis.Diagnostic) cachedDiagnostic {
	cd := cachedDiagnostic{
		Analyzer: analyzer,
		Pos:      e.pos(d.Pos),
		End:      e.pos(d.End),
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
	}
	for _, f := range d.SuggestedFixes {
		cf := cachedFix{Message: f.Message}
		for _, ed := range f.TextEdits {
			cf.Edits = append(cf.Edits, cachedEdit{Pos: e.pos(ed.Pos), End: e.pos(ed.End), NewText: ed.NewText})
		}
		cd.Fixes = append(cd.Fixes, cf)
	}
	for _, r := range d.Related {
		cd.Related = append(cd.Related, cachedRelated{Pos: e.pos(r.Pos), End: e.pos(r.End), Message: r.Message})
	}
	return cd
}

// restore gives back the diagnostics of e by analyzer name, with positions
// in token.Files added to fset for the files they are in; false if a file
// cannot be read or no longer holds an offset.
func restore(fset *token.FileSet, e *cacheEntry) (map[string][]analysis.Diagnostic, bool) {
	files := make([]*token.File, len(e.Files))
	for i, name := range e.Files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, false
		}
		tf := fset.AddFile(name, -1, len(data))
		tf.SetLinesForContent(data)
		files[i] = tf
	}
	ok := true
	pos := func(p cachedPos) token.Pos {
		if p.File < 0 {
			return token.NoPos
		}
		if p.File >= len(files) || p.Offset < 0 || p.Offset > files[p.File].Size() {
			ok = false
			return token.NoPos
		}
		return files[p.File].Pos(p.Offset)
	}
	out := map[string][]analysis.Diagnostic{}
	for _, cd := range e.Diagnostics {
		d := analysis.Diagnostic{
			Pos:      pos(cd.Pos),
			End:      pos(cd.End),
			Category: cd.Category,
			Message:  cd.Message,
			URL:      cd.URL,
		}
		for _, cf := range cd.Fixes {
			f := analysis.SuggestedFix{Message: cf.Message}
			for _, ed := range cf.Edits {
				f.TextEdits = append(f.TextEdits, analysis.TextEdit{Pos: pos(ed.Pos), End: pos(ed.End), NewText: ed.NewText})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, f)
		}
		for _, r := range cd.Related {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos(r.Pos), End: pos(r.End), Message: r.Message})
		}
		out[cd.Analyzer] = append(out[cd.Analyzer], d)
	}
	return out, ok
}

// reportable says whether the diagnostics of p, an initial package, may
// be kept: it loaded without errors and has export data (an importer read
// from source reads it from there).
func reportable(p *packages.Package) bool {
	return p.PkgPath != "unsafe" && p.ExportFile != "" && len(p.Errors) == 0
}
