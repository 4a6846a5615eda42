package clustertest

import (
	"bufio"
	"fmt"
	"net"
	"time"

	"github.com/redislint/redislint/internal/resp"
)

// The reply types are those of internal/resp, which reads and writes RESP2
// for this package and for `redislint cluster`.
type (
	Kind       = resp.Kind
	Reply      = resp.Reply
	ReplyError = resp.ReplyError
)

// The RESP2 reply kinds.
const (
	SimpleString = resp.SimpleString
	Error        = resp.Error
	Integer      = resp.Integer
	Bulk         = resp.Bulk
	Array        = resp.Array
)

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
			resp.WriteCommand(w, cmd)
		}
		written <- w.Flush()
	}()
	r := bufio.NewReaderSize(conn, 64<<10)
	replies := make([]Reply, len(cmds))
	for i := range replies {
		if replies[i], err = resp.ReadReply(r); err != nil {
			return nil, fmt.Errorf("%s: reply %d of %d: %w", addr, i+1, len(cmds), err)
		}
	}
	if err := <-written; err != nil {
		return nil, fmt.Errorf("%s: %w", addr, err)
	}
	return replies, nil
}
