package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/redislint/redislint/internal/driver"
)

// sarifRequested reports whether the command line asks for SARIF output.
// Everything else goes to multichecker, so that text, -json, -fix, -diff
// and go vet -vettool behave exactly as in every x/tools checker.
func sarifRequested(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-sarif", "--sarif", "-sarif=true", "--sarif=true":
			return true
		}
	}
	return false
}

// runSARIF is `redislint -sarif [flags] packages...`: it loads the packages
// as the text and JSON runs do (internal/driver), runs the analyzers with go/analysis/checker and
// writes one SARIF 2.1.0 log to stdout. The analyzer flags (-NAME to select
// analyzers, -NAME.FLAG) and -test are those of the multichecker. The exit
// code is 0 when the log was written, whatever it reports, and 1 when
// packages or analyzers failed; the log then says so in its invocation.
func runSARIF(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("redislint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("sarif", true, "write a SARIF 2.1.0 log to stdout")
	tests := fs.Bool("test", true, "indicates whether test files should be analyzed, too")
	sel := driver.AnalyzerFlags(fs, all, true)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: redislint -sarif [flags] packages... > redislint.sarif\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err == flag.ErrHelp {
		return 0
	} else if err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	as := sel.Analyzers()

	run := &sarifRun{cwd: mustGetwd()}
	var failures []string
	var pkgs []*packages.Package
	// Unchanged packages' diagnostics come from the fact cache, as the
	// text and JSON output's do (REDISLINT_RESULTS=off: none).
	results := os.Getenv("REDISLINT_RESULTS") != "off"
	prog, err := driver.Start(driver.LoadConfig{Tests: *tests, LazyRoots: true, Facts: driver.DefaultFactCache(as), Results: results}, fs.Args()...)
	if err == nil {
		pkgs = prog.Initial
		if len(pkgs) == 0 {
			err = fmt.Errorf("%s matched no packages", strings.Join(fs.Args(), " "))
		}
	}
	if err != nil {
		failures = append(failures, err.Error())
	}
	var graph *checker.Graph
	if len(pkgs) > 0 {
		// Each package is analyzed as soon as it is type-checked.
		graph, err = prog.Analyze(as, nil)
	}
	// The whole program is loaded: the errors of its packages come first.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			failures = append(failures, e.Error())
		}
	})
	if len(pkgs) > 0 {
		if err != nil {
			failures = append(failures, err.Error())
		}
		if graph != nil {
			for act := range graph.All() {
				if act.IsRoot && act.Err != nil {
					failures = append(failures, fmt.Sprintf("%s: %v", act, act.Err))
				}
			}
			run.addResults(graph.Roots)
		}
	}
	log := run.log(as, failures)
	for _, f := range failures {
		fmt.Fprintln(stderr, f)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if len(failures) > 0 {
		return 1
	}
	return 0
}

func mustGetwd() string {
	wd, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	return wd
}

// The SARIF 2.1.0 objects redislint writes. Names and fields follow the
// OASIS standard "Static Analysis Results Interchange Format (SARIF) Version
// 2.1.0"; the comments name its sections.

// sarifLog is the sarifLog object.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

// run is the run object.
type run struct {
	Tool               tool                        `json:"tool"`
	Invocations        []invocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []result                    `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

// tool is the tool object; driver is its toolComponent object.
type tool struct {
	Driver struct {
		Name           string                `json:"name"`
		Version        string                `json:"version,omitempty"`
		InformationURI string                `json:"informationUri"`
		Rules          []reportingDescriptor `json:"rules"`
	} `json:"driver"`
}

// invocation is the invocation object.
type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

// notification is the notification object.
type notification struct {
	Level   string  `json:"level"`
	Message message `json:"message"`
}

// reportingDescriptor is the reportingDescriptor object: one rule per
// analyzer.
type reportingDescriptor struct {
	ID                   string                   `json:"id"`
	Name                 string                   `json:"name"`
	ShortDescription     multiformatMessageString `json:"shortDescription"`
	FullDescription      multiformatMessageString `json:"fullDescription"`
	Help                 multiformatMessageString `json:"help"`
	HelpURI              string                   `json:"helpUri,omitempty"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

// multiformatMessageString is the multiformatMessageString object.
type multiformatMessageString struct {
	Text string `json:"text"`
}

// message is the message object.
type message struct {
	Text string `json:"text"`
}

// result is the result object.
type result struct {
	RuleID           string            `json:"ruleId"`
	RuleIndex        int               `json:"ruleIndex"`
	Level            string            `json:"level"`
	Message          message           `json:"message"`
	Locations        []location        `json:"locations"`
	RelatedLocations []location        `json:"relatedLocations,omitempty"`
	Fixes            []fix             `json:"fixes,omitempty"`
	Properties       map[string]string `json:"properties,omitempty"`
}

// location is the location object.
type location struct {
	ID               *int             `json:"id,omitempty"`
	PhysicalLocation physicalLocation `json:"physicalLocation"`
	Message          *message         `json:"message,omitempty"`
}

// physicalLocation is the physicalLocation object.
type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           region           `json:"region"`
}

// artifactLocation is the artifactLocation object.
type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// region is the region object, in line and column numbers (1-based;
// columns count UTF-16 code units, as run.columnKind says). endColumn is
// the column after the region's last character; a region whose end equals
// its start is the insertion point of a replacement.
type region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// fix is the fix object, from one analysis.SuggestedFix.
type fix struct {
	Description     message          `json:"description"`
	ArtifactChanges []artifactChange `json:"artifactChanges"`
}

// artifactChange is the artifactChange object: the edits of one file.
type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []replacement    `json:"replacements"`
}

// replacement is the replacement object.
type replacement struct {
	DeletedRegion   region          `json:"deletedRegion"`
	InsertedContent artifactContent `json:"insertedContent"`
}

// artifactContent is the artifactContent object.
type artifactContent struct {
	Text string `json:"text"`
}

// srcRoot is the uriBaseId of files under the working directory: GitHub
// code scanning resolves such URIs against the repository's root.
const srcRoot = "%SRCROOT%"

// sarifRun collects results from the analysis graph.
type sarifRun struct {
	cwd     string
	results []result
	files   map[string][]byte // file contents, for UTF-16 columns
	rules   map[string]int    // analyzer name → rule index
}

func (r *sarifRun) addResults(roots []*checker.Action) {
	type key struct {
		rule, posn, end, msg string
	}
	seen := map[key]bool{} // a package and its test variant report twice
	for _, act := range roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			end := d.End
			if !end.IsValid() {
				end = d.Pos
			}
			k := key{act.Analyzer.Name, fset.Position(d.Pos).String(), fset.Position(end).String(), d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			r.results = append(r.results, r.result(fset, act.Analyzer.Name, d))
		}
	}
}

func (r *sarifRun) result(fset *token.FileSet, rule string, d analysis.Diagnostic) result {
	res := result{
		RuleID:    rule,
		Level:     "warning",
		Message:   message{Text: d.Message},
		Locations: []location{r.location(fset, d.Pos, d.End)},
	}
	if d.Category != "" {
		res.Properties = map[string]string{"category": d.Category}
	}
	for i, rel := range d.Related {
		loc := r.location(fset, rel.Pos, rel.End)
		loc.ID = new(i + 1)
		loc.Message = &message{Text: rel.Message}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	for _, sf := range d.SuggestedFixes {
		f := fix{Description: message{Text: sf.Message}}
		byFile := map[string]int{}
		for _, e := range sf.TextEdits {
			loc := r.location(fset, e.Pos, e.End)
			i, ok := byFile[loc.PhysicalLocation.ArtifactLocation.URI]
			if !ok {
				i = len(f.ArtifactChanges)
				byFile[loc.PhysicalLocation.ArtifactLocation.URI] = i
				f.ArtifactChanges = append(f.ArtifactChanges, artifactChange{ArtifactLocation: loc.PhysicalLocation.ArtifactLocation})
			}
			f.ArtifactChanges[i].Replacements = append(f.ArtifactChanges[i].Replacements, replacement{
				DeletedRegion:   loc.PhysicalLocation.Region,
				InsertedContent: artifactContent{Text: string(e.NewText)},
			})
		}
		if len(f.ArtifactChanges) > 0 {
			res.Fixes = append(res.Fixes, f)
		}
	}
	return res
}

// location converts the range [pos, end) (end may be NoPos: an empty
// range) to a location.
func (r *sarifRun) location(fset *token.FileSet, pos, end token.Pos) location {
	start := fset.Position(pos)
	stop := start
	if end.IsValid() {
		stop = fset.Position(end)
	}
	return location{PhysicalLocation: physicalLocation{
		ArtifactLocation: r.artifact(start.Filename),
		Region: region{
			StartLine:   start.Line,
			StartColumn: r.column(start),
			EndLine:     stop.Line,
			EndColumn:   r.column(stop),
		},
	}}
}

// artifact names a file: relative to %SRCROOT% (the working directory) when
// it is below it, else by an absolute file URI.
func (r *sarifRun) artifact(filename string) artifactLocation {
	if rel, err := filepath.Rel(r.cwd, filename); err == nil && filepath.IsLocal(rel) {
		return artifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
	}
	return artifactLocation{URI: fileURI(filename)}
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:///C:/…
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// column converts p's byte column to UTF-16 code units, the columnKind
// GitHub code scanning and most SARIF viewers assume.
func (r *sarifRun) column(p token.Position) int {
	if r.files == nil {
		r.files = map[string][]byte{}
	}
	data, ok := r.files[p.Filename]
	if !ok {
		data, _ = os.ReadFile(p.Filename)
		r.files[p.Filename] = data
	}
	lineStart := p.Offset - (p.Column - 1)
	if lineStart < 0 || p.Offset > len(data) {
		return p.Column
	}
	col := 1
	for b := data[lineStart:p.Offset]; len(b) > 0; {
		c, size := utf8.DecodeRune(b)
		col += len(utf16.Encode([]rune{c}))
		b = b[size:]
	}
	return col
}

// log assembles the SARIF log of the analyzers as: one rule per analyzer,
// the results sorted by file and position.
func (r *sarifRun) log(as []*analysis.Analyzer, failures []string) sarifLog {
	var t tool
	t.Driver.Name = "redislint"
	t.Driver.InformationURI = "https://github.com/redislint/redislint"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		t.Driver.Version = bi.Main.Version
	}
	t.Driver.Rules = []reportingDescriptor{}
	r.rules = map[string]int{}
	for _, a := range as {
		rd := reportingDescriptor{
			ID:               a.Name,
			Name:             a.Name,
			ShortDescription: multiformatMessageString{Text: firstLine(a.Doc)},
			FullDescription:  multiformatMessageString{Text: a.Doc},
			Help:             multiformatMessageString{Text: a.Doc},
			HelpURI:          a.URL,
		}
		rd.DefaultConfiguration.Level = "warning"
		r.rules[a.Name] = len(t.Driver.Rules)
		t.Driver.Rules = append(t.Driver.Rules, rd)
	}
	results := r.results
	if results == nil {
		results = []result{} // an empty list: the run found nothing
	}
	for i := range results {
		results[i].RuleIndex = r.rules[results[i].RuleID]
	}
	sort.SliceStable(results, func(i, j int) bool {
		a, b := results[i].Locations[0].PhysicalLocation, results[j].Locations[0].PhysicalLocation
		if a.ArtifactLocation.URI != b.ArtifactLocation.URI {
			return a.ArtifactLocation.URI < b.ArtifactLocation.URI
		}
		if a.Region.StartLine != b.Region.StartLine {
			return a.Region.StartLine < b.Region.StartLine
		}
		return a.Region.StartColumn < b.Region.StartColumn
	})
	inv := invocation{ExecutionSuccessful: len(failures) == 0}
	for _, f := range failures {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{Level: "error", Message: message{Text: f}})
	}
	return sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []run{{
			Tool:               t,
			Invocations:        []invocation{inv},
			OriginalURIBaseIDs: map[string]artifactLocation{srcRoot: {URI: strings.TrimSuffix(fileURI(r.cwd), "/") + "/"}},
			Results:            results,
			ColumnKind:         "utf16CodeUnits",
		}},
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
