// Package lsp reads the framing of the Language Server Protocol, for the
// tools that talk to gopls (the benchmark's latency and gopls-redislint's
// end-to-end test).
package lsp

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
)

// ReadMessage reads one message: its headers (Content-Length) and the body
// they announce.
func ReadMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			length, _ = strconv.Atoi(v)
		}
	}
	if length < 0 {
		return nil, errors.New("lsp: a message without Content-Length")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, err
	}
	return body, nil
}
