// Package resp reads and writes the RESP2 protocol of Redis: commands as
// arrays of bulk strings, and the five reply kinds.
//
// It is shared by the live-test harness (internal/clustertest) and by
// `redislint cluster`, which talks to servers it does not trust: replies
// are read as they arrive (a length announced on the wire allocates nothing
// before its bytes come), and nesting is bounded.
package resp

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Kind is the type of a RESP2 reply, named by its first byte on the wire.
type Kind byte

// The RESP2 reply kinds.
const (
	SimpleString Kind = '+'
	Error        Kind = '-'
	Integer      Kind = ':'
	Bulk         Kind = '$'
	Array        Kind = '*'
)

// Reply is one RESP2 reply.
type Reply struct {
	Kind  Kind
	Str   string  // SimpleString, Error and Bulk
	Int   int64   // Integer
	Elems []Reply // Array
	Nil   bool    // a nil Bulk ($-1) or nil Array (*-1)
}

// ReplyError is an error reply from the server, such as "MOVED 3999 127.0.0.1:7001".
type ReplyError struct{ Msg string }

func (e *ReplyError) Error() string { return e.Msg }

// Err returns the reply as a *ReplyError when it is an error reply, else nil.
func (r Reply) Err() error {
	if r.Kind == Error {
		return &ReplyError{r.Str}
	}
	return nil
}

// String renders the reply in the style of redis-cli.
func (r Reply) String() string {
	switch {
	case r.Nil:
		return "(nil)"
	case r.Kind == Error:
		return "(error) " + r.Str
	case r.Kind == Integer:
		return "(integer) " + strconv.FormatInt(r.Int, 10)
	case r.Kind == Bulk:
		return strconv.Quote(r.Str)
	case r.Kind == Array:
		parts := make([]string, len(r.Elems))
		for i, e := range r.Elems {
			parts[i] = e.String()
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	return r.Str
}

// WriteCommand writes cmd as a RESP array of bulk strings. Errors stick in w
// and come out of its Flush.
func WriteCommand(w *bufio.Writer, cmd []string) {
	fmt.Fprintf(w, "*%d\r\n", len(cmd))
	for _, a := range cmd {
		fmt.Fprintf(w, "$%d\r\n", len(a))
		w.WriteString(a)
		w.WriteString("\r\n")
	}
}

// ErrProtocol is wrapped by the errors of ReadReply about malformed input.
var ErrProtocol = errors.New("RESP protocol error")

// maxDepth bounds the nesting of arrays: Redis's deepest replies (CLUSTER
// SHARDS, COMMAND DOCS) nest a handful of levels.
const maxDepth = 32

// ReadReply reads one RESP2 reply.
func ReadReply(r *bufio.Reader) (Reply, error) { return readReply(r, 0) }

func readReply(r *bufio.Reader, depth int) (Reply, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return Reply{}, err
	}
	if len(line) < 3 || !strings.HasSuffix(line, "\r\n") {
		return Reply{}, fmt.Errorf("%w: line %q", ErrProtocol, line)
	}
	kind, body := Kind(line[0]), line[1:len(line)-2]
	rep := Reply{Kind: kind}
	switch kind {
	case SimpleString, Error:
		rep.Str = body
		return rep, nil
	case Integer, Bulk, Array:
		n, err := strconv.ParseInt(body, 10, 64)
		if err != nil || (kind != Integer && n < -1) {
			return Reply{}, fmt.Errorf("%w: line %q", ErrProtocol, line)
		}
		switch {
		case kind == Integer:
			rep.Int = n
		case n == -1:
			rep.Nil = true
		case kind == Bulk:
			// Copy as the bytes arrive rather than allocate n up front.
			var b strings.Builder
			if _, err := io.CopyN(&b, r, n); err != nil {
				return Reply{}, err
			}
			crlf := make([]byte, 2)
			if _, err := io.ReadFull(r, crlf); err != nil {
				return Reply{}, err
			}
			if string(crlf) != "\r\n" {
				return Reply{}, fmt.Errorf("%w: bulk of %d bytes not ended by CRLF", ErrProtocol, n)
			}
			rep.Str = b.String()
		default:
			if depth >= maxDepth {
				return Reply{}, fmt.Errorf("%w: arrays nested deeper than %d", ErrProtocol, maxDepth)
			}
			rep.Elems = make([]Reply, 0, min(n, 1024))
			for range n {
				e, err := readReply(r, depth+1)
				if err != nil {
					return Reply{}, err
				}
				rep.Elems = append(rep.Elems, e)
			}
		}
		return rep, nil
	}
	return Reply{}, fmt.Errorf("%w: line %q", ErrProtocol, line)
}
