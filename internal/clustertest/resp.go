package clustertest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
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

// String renders the reply for test messages, in the style of redis-cli.
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

// ioTimeout bounds one Do or DoMany call, dial included.
const ioTimeout = 60 * time.Second

// Do sends one command to addr on a fresh connection and returns its reply.
// An error reply is returned both as the Reply and as a *ReplyError.
func (c *Cluster) Do(addr string, args ...string) (Reply, error) {
	return do(addr, ioTimeout, args...)
}

// DoMany sends cmds to addr pipelined on one connection, in one round trip,
// and returns their replies in order. The error is about the connection only:
// error replies are in the replies (see Reply.Err).
func (c *Cluster) DoMany(addr string, cmds [][]string) ([]Reply, error) {
	return doMany(addr, ioTimeout, cmds)
}

func do(addr string, timeout time.Duration, args ...string) (Reply, error) {
	rs, err := doMany(addr, timeout, [][]string{args})
	if err != nil {
		return Reply{}, err
	}
	return rs[0], rs[0].Err()
}

func doMany(addr string, timeout time.Duration, cmds [][]string) ([]Reply, error) {
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(timeout)); err != nil {
		return nil, err
	}
	// Write while reading, so that neither side's buffers can fill up and
	// stall the other however many commands there are.
	written := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(conn, 64<<10)
		for _, cmd := range cmds {
			writeCommand(w, cmd)
		}
		written <- w.Flush()
	}()
	r := bufio.NewReaderSize(conn, 64<<10)
	replies := make([]Reply, len(cmds))
	for i := range replies {
		if replies[i], err = readReply(r); err != nil {
			return nil, fmt.Errorf("%s: reply %d of %d: %w", addr, i+1, len(cmds), err)
		}
	}
	if err := <-written; err != nil {
		return nil, fmt.Errorf("%s: %w", addr, err)
	}
	return replies, nil
}

// writeCommand writes cmd as a RESP array of bulk strings. Errors stick in w
// and come out of its Flush.
func writeCommand(w *bufio.Writer, cmd []string) {
	fmt.Fprintf(w, "*%d\r\n", len(cmd))
	for _, a := range cmd {
		fmt.Fprintf(w, "$%d\r\n", len(a))
		w.WriteString(a)
		w.WriteString("\r\n")
	}
}

var errProtocol = errors.New("RESP protocol error")

// readReply reads one RESP2 reply.
func readReply(r *bufio.Reader) (Reply, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return Reply{}, err
	}
	if len(line) < 3 || !strings.HasSuffix(line, "\r\n") {
		return Reply{}, fmt.Errorf("%w: line %q", errProtocol, line)
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
			return Reply{}, fmt.Errorf("%w: line %q", errProtocol, line)
		}
		switch {
		case kind == Integer:
			rep.Int = n
		case n == -1:
			rep.Nil = true
		case kind == Bulk:
			buf := make([]byte, n+2)
			if _, err := io.ReadFull(r, buf); err != nil {
				return Reply{}, err
			}
			if string(buf[n:]) != "\r\n" {
				return Reply{}, fmt.Errorf("%w: bulk of %d bytes not ended by CRLF", errProtocol, n)
			}
			rep.Str = string(buf[:n])
		default:
			rep.Elems = make([]Reply, n)
			for i := range rep.Elems {
				if rep.Elems[i], err = readReply(r); err != nil {
					return Reply{}, err
				}
			}
		}
		return rep, nil
	}
	return Reply{}, fmt.Errorf("%w: line %q", errProtocol, line)
}
