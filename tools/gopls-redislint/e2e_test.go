package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redislint/redislint/analyzers"
	"github.com/redislint/redislint/internal/drivertest"
	"github.com/redislint/redislint/tools/internal/gobuild"
	"github.com/redislint/redislint/tools/internal/lsp"
)

// TestGopls builds gopls with redislint, as the README says, starts it as
// an editor does (LSP over stdin and stdout), opens the corpus and checks
// that it publishes the corpus' diagnostics, that the hash-tag fix is a
// quick fix whose edit gives the golden file, and that the "analyses"
// setting turns an analyzer off.
func TestGopls(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gopls from its module: slow")
	}
	ctx := t.Context()
	bin := filepath.Join(t.TempDir(), "gopls-redislint")
	start := time.Now()
	gobuild.Log = io.Discard
	if _, err := Build(ctx, bin, DefaultGopls, drivertest.RepoRoot(t)); err != nil {
		t.Fatal(err)
	}
	t.Logf("built gopls %s with redislint in %s", DefaultGopls, time.Since(start).Round(time.Second))

	ours := map[string]bool{}
	for _, a := range analyzers.New(analyzers.DefaultConfig()) {
		ours[a.Name] = true
	}

	t.Run("diagnostics and quick fix", func(t *testing.T) {
		c := drivertest.New(t)
		s := startGopls(t, bin, c.Dir, map[string]any{})
		uris := s.openAll(c)
		var diags map[string][]diagnostic
		deadline := time.Now().Add(3 * time.Minute)
		for {
			diags = s.waitDiagnostics(deadline)
			if diags == nil || len(c.Diff("gopls", s.findings(c, diags, ours), nil)) == 0 {
				break
			}
		}
		c.Check(t, "gopls", s.findings(c, diags, ours), nil)

		// The MSET diagnostic of main.go offers the hash-tag fix.
		var mset *diagnostic
		for i, d := range diags[uris["main.go"]] {
			if d.Source == "crossslot" && strings.HasPrefix(d.Message, "MSET") {
				mset = &diags[uris["main.go"]][i]
			}
		}
		if mset == nil {
			t.Fatalf("no MSET diagnostic in main.go: %+v", diags[uris["main.go"]])
		}
		edits := s.quickFix(uris["main.go"], *mset, "hash tag {user:101}")
		file := filepath.Join(c.Dir, "main.go")
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var es []drivertest.Edit
		for _, e := range edits {
			start, err1 := drivertest.Offset(data, e.Range.Start.Line+1, e.Range.Start.Character+1)
			end, err2 := drivertest.Offset(data, e.Range.End.Line+1, e.Range.End.Character+1)
			if err := errors.Join(err1, err2); err != nil {
				t.Fatal(err)
			}
			es = append(es, drivertest.Edit{Start: start, End: end, Text: e.NewText})
		}
		fixed, err := drivertest.ApplyEdits(data, es)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, fixed, 0o666); err != nil {
			t.Fatal(err)
		}
		// One quick fix edits the constants: main.go is as after -fix.
		c.CheckFixedFile(t, "gopls quick fix", "main.go", true)
	})

	t.Run("dependency builders", func(t *testing.T) {
		// gopls analyzes every dependency from source with facts: the key
		// builders of example.com/commons, a module without Redis that the
		// standalone driver reads from export data, are facts here.
		dir := filepath.Join(drivertest.RepoRoot(t), "testdata", "facts")
		s := startGopls(t, bin, dir, map[string]any{})
		uri := s.open(filepath.Join(dir, "orders", "orders.go"))
		deadline := time.Now().Add(3 * time.Minute)
		for {
			diags := s.waitDiagnostics(deadline)
			if diags == nil {
				t.Fatal("no diagnostic of the keys example.com/commons builds in orders.go")
			}
			for _, d := range diags[uri] {
				if d.Source == "crossslot" && strings.Contains(d.Message, `commons.OrderKey(org, 101) = "order:%s:101"`) {
					return
				}
			}
		}
	})

	t.Run("analyses setting", func(t *testing.T) {
		c := drivertest.New(t)
		// A printf mistake: gopls' own printf analyzer shows that analysis
		// ran, so that the absence of crossslot diagnostics means something.
		probe := "package main\n\nimport \"fmt\"\n\nfunc probe() { fmt.Printf(\"%d\", \"x\") }\n"
		if err := os.WriteFile(filepath.Join(c.Dir, "probe.go"), []byte(probe), 0o666); err != nil {
			t.Fatal(err)
		}
		s := startGopls(t, bin, c.Dir, map[string]any{"analyses": map[string]bool{"crossslot": false}})
		uris := s.openAll(c)
		uris["probe.go"] = s.open(filepath.Join(c.Dir, "probe.go"))
		deadline := time.Now().Add(3 * time.Minute)
		for {
			diags := s.waitDiagnostics(deadline)
			if diags == nil {
				t.Fatal("no printf diagnostic in probe.go: did analysis run?")
			}
			printf := false
			for _, d := range diags[uris["probe.go"]] {
				printf = printf || d.Source == "printf"
			}
			for uri, ds := range diags {
				for _, d := range ds {
					if d.Source == "crossslot" {
						t.Fatalf("analyses: {crossslot: false}, yet %s: %s", uri, d.Message)
					}
				}
			}
			if printf {
				break
			}
		}
	})
}

// A minimal LSP client.

type position struct {
	Line      int `json:"line"`
	Character int `json:"character"` // UTF-16 code units
}

type lspRange struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

type diagnostic struct {
	Range   lspRange `json:"range"`
	Source  string   `json:"source"`
	Message string   `json:"message"`
	raw     json.RawMessage
}

type textEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type workspaceEdit struct {
	Changes         map[string][]textEdit `json:"changes"`
	DocumentChanges []struct {
		TextDocument struct {
			URI string `json:"uri"`
		} `json:"textDocument"`
		Edits []textEdit `json:"edits"`
	} `json:"documentChanges"`
}

type message struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

type session struct {
	t       *testing.T
	in      io.WriteCloser
	wmu     sync.Mutex
	mu      sync.Mutex
	nextID  int
	pending map[string]chan message
	events  chan message // notifications, and workspace/applyEdit requests
	diags   map[string][]diagnostic
}

// startGopls starts gopls in dir with the given initialization options and
// initializes the session; the session ends with the test.
func startGopls(t *testing.T, bin, dir string, options map[string]any) *session {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "serve")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, in: in, pending: map[string]chan message{}, events: make(chan message, 1000), diags: map[string][]diagnostic{}}
	go s.read(bufio.NewReader(out))
	t.Cleanup(func() {
		s.call("shutdown", nil)
		s.notify("exit", nil)
		in.Close()
		done := make(chan error)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cancel()
			<-done
		}
		cancel()
		if t.Failed() {
			t.Logf("gopls stderr:\n%s", stderr.String())
		}
	})
	root := fileURI(dir)
	s.call("initialize", map[string]any{
		"processId":             os.Getpid(),
		"rootUri":               root,
		"workspaceFolders":      []any{map[string]string{"uri": root, "name": "drivers"}},
		"initializationOptions": options,
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"applyEdit":     true,
				"workspaceEdit": map[string]any{"documentChanges": true},
			},
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{"relatedInformation": true},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{"valueSet": []string{"quickfix", "refactor", "source"}},
					},
				},
			},
		},
	})
	s.notify("initialized", map[string]any{})
	return s
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func (s *session) write(m any) {
	data, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(data), data)
}

func (s *session) notify(method string, params any) {
	s.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and waits for its result.
func (s *session) call(method string, params any) json.RawMessage {
	s.t.Helper()
	s.mu.Lock()
	s.nextID++
	id := s.nextID
	ch := make(chan message, 1)
	s.pending[strconv.Itoa(id)] = ch
	s.mu.Unlock()
	s.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	select {
	case m := <-ch:
		if m.Error != nil {
			s.t.Fatalf("%s: %s", method, m.Error.Message)
		}
		return m.Result
	case <-time.After(3 * time.Minute):
		s.t.Fatalf("%s: no answer from gopls", method)
		return nil
	}
}

// read dispatches gopls' messages: responses to their callers, requests
// answered at once, notifications to events.
func (s *session) read(r *bufio.Reader) {
	defer close(s.events)
	for {
		body, err := lsp.ReadMessage(r)
		if err != nil {
			return
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			continue
		}
		switch {
		case m.Method == "" && m.ID != nil: // a response
			s.mu.Lock()
			ch := s.pending[string(m.ID)]
			delete(s.pending, string(m.ID))
			s.mu.Unlock()
			if ch != nil {
				ch <- m
			}
		case m.ID != nil: // a request from gopls
			var result any
			if m.Method == "workspace/applyEdit" {
				result = map[string]bool{"applied": true}
			}
			s.write(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": result})
			fallthrough
		default:
			s.events <- m
		}
	}
}

// open opens a file in the editor and returns its URI.
func (s *session) open(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		s.t.Fatal(err)
	}
	uri := fileURI(path)
	s.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(data)},
	})
	return uri
}

// openAll opens every Go file of the corpus: name → URI.
func (s *session) openAll(c *drivertest.Corpus) map[string]string {
	uris := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(c.Dir, "*.go"))
	for _, f := range files {
		uris[filepath.Base(f)] = s.open(f)
	}
	return uris
}

// waitDiagnostics waits for the next publishDiagnostics notification and
// returns the latest diagnostics of every file, or nil at the deadline.
func (s *session) waitDiagnostics(deadline time.Time) map[string][]diagnostic {
	for {
		select {
		case m, ok := <-s.events:
			if !ok {
				s.t.Fatal("gopls exited")
			}
			if m.Method != "textDocument/publishDiagnostics" {
				continue
			}
			var p struct {
				URI         string            `json:"uri"`
				Diagnostics []json.RawMessage `json:"diagnostics"`
			}
			if err := json.Unmarshal(m.Params, &p); err != nil {
				s.t.Fatal(err)
			}
			var ds []diagnostic
			for _, raw := range p.Diagnostics {
				var d diagnostic
				if err := json.Unmarshal(raw, &d); err != nil {
					s.t.Fatal(err)
				}
				d.raw = raw
				ds = append(ds, d)
			}
			s.diags[p.URI] = ds
			return s.diags
		case <-time.After(time.Until(deadline)):
			return nil
		}
	}
}

// findings converts the diagnostics of redislint's analyzers.
func (s *session) findings(c *drivertest.Corpus, diags map[string][]diagnostic, ours map[string]bool) []drivertest.Finding {
	var fs []drivertest.Finding
	for uri, ds := range diags {
		u, _ := url.Parse(uri)
		for _, d := range ds {
			if ours[d.Source] {
				fs = append(fs, drivertest.Finding{File: c.Rel(filepath.FromSlash(u.Path)), Line: d.Range.Start.Line + 1, Column: d.Range.Start.Character + 1, Analyzer: d.Source, Message: d.Message})
			}
		}
	}
	return fs
}

// quickFix asks for the quick fixes of d and returns the edits of the one
// whose title contains title, resolving a command-only action through
// workspace/executeCommand as an editor does.
func (s *session) quickFix(uri string, d diagnostic, title string) []textEdit {
	s.t.Helper()
	res := s.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": uri},
		"range":        d.Range,
		"context":      map[string]any{"diagnostics": []json.RawMessage{d.raw}, "only": []string{"quickfix"}},
	})
	var actions []struct {
		Title   string         `json:"title"`
		Kind    string         `json:"kind"`
		Edit    *workspaceEdit `json:"edit"`
		Command *struct {
			Command   string            `json:"command"`
			Arguments []json.RawMessage `json:"arguments"`
		} `json:"command"`
	}
	if err := json.Unmarshal(res, &actions); err != nil {
		s.t.Fatalf("codeAction: %v: %s", err, res)
	}
	var titles []string
	for _, a := range actions {
		titles = append(titles, a.Title)
		if !strings.Contains(a.Title, title) {
			continue
		}
		if a.Kind != "quickfix" {
			s.t.Errorf("code action %q has kind %q, want quickfix", a.Title, a.Kind)
		}
		edit := a.Edit
		s.t.Logf("quick fix %q: edit in the code action: %v, command: %v", a.Title, edit != nil, a.Command != nil)
		if edit == nil && a.Command != nil {
			s.call("workspace/executeCommand", a.Command)
			for m := range s.events {
				if m.Method == "workspace/applyEdit" {
					var p struct {
						Edit workspaceEdit `json:"edit"`
					}
					if err := json.Unmarshal(m.Params, &p); err != nil {
						s.t.Fatal(err)
					}
					edit = &p.Edit
					break
				}
			}
		}
		if edit == nil {
			s.t.Fatalf("code action %q has neither edit nor command", a.Title)
		}
		edits := edit.Changes[uri]
		for _, dc := range edit.DocumentChanges {
			if dc.TextDocument.URI == uri {
				edits = append(edits, dc.Edits...)
			}
		}
		return edits
	}
	s.t.Fatalf("no quick fix %q among %q", title, titles)
	return nil
}
