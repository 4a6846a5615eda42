package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	lspio "github.com/redislint/redislint/tools/internal/lsp"
)

// The gopls figure: how long gopls-redislint takes from an edit of a file
// that uses go-redis to the diagnostics of that edit, with redislint's
// analyzers and with them turned off (the "analyses" setting), the same
// binary in both. It speaks just enough LSP over stdin and stdout:
// initialize, didOpen, didChange, publishDiagnostics.

// ourAnalyzers are turned off for the floor.
var ourAnalyzers = []string{"crossslot", "nodelocal", "singleseed", "standaloneclient"}

type lsp struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	wmu    sync.Mutex
	nextID int
	diags  chan published
}

type published struct {
	uri     string
	version int
	sources []string // each diagnostic's source (analyzer, or "compiler")
}

func startLSP(bin, dir string, options map[string]any) (*lsp, error) {
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &lsp{cmd: cmd, in: in, diags: make(chan published, 1000)}
	responses := make(chan json.RawMessage, 10)
	go s.read(bufio.NewReader(out), responses)
	root := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}).String()
	s.send("initialize", map[string]any{
		"processId":             os.Getpid(),
		"rootUri":               root,
		"workspaceFolders":      []any{map[string]string{"uri": root, "name": "service"}},
		"initializationOptions": options,
		"capabilities":          map[string]any{},
	}, true)
	select {
	case <-responses:
	case <-time.After(2 * time.Minute):
		s.close()
		return nil, fmt.Errorf("gopls: no answer to initialize")
	}
	s.send("initialized", map[string]any{}, false)
	return s, nil
}

func (s *lsp) send(method string, params any, call bool) {
	m := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if call {
		s.nextID++
		m["id"] = s.nextID
	}
	data, _ := json.Marshal(m)
	s.wmu.Lock()
	defer s.wmu.Unlock()
	fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(data), data)
}

// read sends responses to responses, the diagnostics published to s.diags,
// and answers gopls' own requests with null.
func (s *lsp) read(r *bufio.Reader, responses chan<- json.RawMessage) {
	defer close(s.diags)
	for {
		body, err := lspio.ReadMessage(r)
		if err != nil {
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			Result json.RawMessage `json:"result"`
		}
		if json.Unmarshal(body, &m) != nil {
			continue
		}
		switch {
		case m.Method == "" && m.ID != nil:
			select {
			case responses <- m.Result:
			default:
			}
		case m.ID != nil:
			data, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
			s.wmu.Lock()
			fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(data), data)
			s.wmu.Unlock()
		case m.Method == "textDocument/publishDiagnostics":
			var p struct {
				URI         string `json:"uri"`
				Version     int    `json:"version"`
				Diagnostics []struct {
					Source string `json:"source"`
				} `json:"diagnostics"`
			}
			if json.Unmarshal(m.Params, &p) == nil {
				pub := published{uri: p.URI, version: p.Version}
				for _, d := range p.Diagnostics {
					pub.sources = append(pub.sources, d.Source)
				}
				s.diags <- pub
			}
		}
	}
}

// waitFor waits for diagnostics of uri that satisfy ok.
func (s *lsp) waitFor(uri string, ok func(published) bool, timeout time.Duration) error {
	deadline := time.After(timeout)
	for {
		select {
		case p, open := <-s.diags:
			if !open {
				return fmt.Errorf("gopls exited")
			}
			if p.uri == uri && ok(p) {
				return nil
			}
		case <-deadline:
			return fmt.Errorf("no diagnostics of %s in %s", uri, timeout)
		}
	}
}

func (s *lsp) close() {
	s.send("shutdown", nil, true)
	s.send("exit", nil, false)
	s.in.Close()
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// goplsLatency opens file in dir and times edits. Each adds a function
// with a self-assignment, which vet's assign analyzer (on in gopls by
// default) reports: the time runs until the diagnostics of that version of
// the file arrive with the analyses' among them (assign's, and crossslot's
// when withOurs), not the quicker first report gopls may publish before it
// has analyzed the package.
func goplsLatency(bin, dir, file string, withOurs bool, edits int) ([]time.Duration, error) {
	opts := map[string]any{}
	if !withOurs {
		off := map[string]bool{}
		for _, a := range ourAnalyzers {
			off[a] = false
		}
		opts["analyses"] = off
	}
	s, err := startLSP(bin, dir, opts)
	if err != nil {
		return nil, err
	}
	defer s.close()
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	text := string(data)
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()
	s.send("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text},
	}, false)
	of := func(version int) func(published) bool {
		return func(p published) bool {
			if p.version != version {
				return false
			}
			has := map[string]bool{}
			for _, src := range p.sources {
				has[src] = true
			}
			return (version == 1 || has["assign"]) && (!withOurs || has["crossslot"])
		}
	}
	if err := s.waitFor(uri, of(1), 3*time.Minute); err != nil {
		return nil, err
	}
	var out []time.Duration
	// The first edit is a warm-up: gopls analyzes the dependencies then.
	for i := range edits + 1 {
		version := i + 2
		start := time.Now()
		s.send("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": version},
			"contentChanges": []any{map[string]string{"text": text + fmt.Sprintf("\nfunc benchEdit%d() { x := 0; x = x; _ = x }\n", i)}},
		}, false)
		if err := s.waitFor(uri, of(version), time.Minute); err != nil {
			return nil, err
		}
		if i > 0 {
			out = append(out, time.Since(start))
		}
	}
	return out, nil
}
