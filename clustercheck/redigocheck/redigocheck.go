// Package redigocheck installs clustercheck in redigo (github.com/gomodule/redigo)
// as a wrapper of redis.Conn:
//
//	conn = redigocheck.Wrap(conn, clustercheck.Options{})
//	pool := &redis.Pool{Dial: redigocheck.Dial(func() (redis.Conn, error) {
//		return redis.Dial("tcp", addr)
//	}, clustercheck.Options{})}
//
// Do, Send and their timeout and context variants check each command
// before it is sent. A refused command is not sent: Do returns the error;
// Send returns it too, and the Receive of its turn returns it again, so
// that replies keep their order. In a MULTI … EXEC transaction the
// command whose key is in another slot is refused (its reply is the
// error), and EXEC fails with it, as a cluster answers EXEC with CROSSSLOT;
// DISCARD is sent in EXEC's place. Allow works through
// DoContext and ReceiveContext's context only: redigo's other calls take
// none.
package redigocheck

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/gomodule/redigo/redis"

	"github.com/redislint/redislint/clustercheck"
)

// Wrap returns conn guarded with opts. With opts.Disabled it returns conn.
func Wrap(conn redis.Conn, opts clustercheck.Options) redis.Conn {
	return WrapWith(conn, clustercheck.New(opts))
}

// WrapWith is Wrap with a Checker shared with other connections.
func WrapWith(conn redis.Conn, c *clustercheck.Checker) redis.Conn {
	if c.Disabled() {
		return conn
	}
	return &conn_{Conn: conn, c: c}
}

// Dial returns a Pool.Dial that guards every connection dial makes, with
// one Checker.
func Dial(dial func() (redis.Conn, error), opts clustercheck.Options) func() (redis.Conn, error) {
	c := clustercheck.New(opts)
	return func() (redis.Conn, error) {
		conn, err := dial()
		if err != nil {
			return nil, err
		}
		return WrapWith(conn, c), nil
	}
}

// DialContext is Dial for Pool.DialContext.
func DialContext(dial func(context.Context) (redis.Conn, error), opts clustercheck.Options) func(context.Context) (redis.Conn, error) {
	c := clustercheck.New(opts)
	return func(ctx context.Context) (redis.Conn, error) {
		conn, err := dial(ctx)
		if err != nil {
			return nil, err
		}
		return WrapWith(conn, c), nil
	}
}

type conn_ struct {
	redis.Conn
	c *clustercheck.Checker

	inTx  bool
	tx    clustercheck.Tx
	txErr error // the first command of the transaction that was refused

	// replies are the replies to come of the commands sent with Send, in
	// order; head is the next one.
	replies []reply
	head    int
}

// reply is the reply to come of one command sent with Send.
type reply struct {
	// err, when not nil, is the reply: the command was refused. With
	// discard, DISCARD was sent in its place: its reply is read and
	// dropped.
	err     error
	discard bool
}

var (
	errNoTimeout = errors.New("redigocheck: the connection does not support timeouts (redis.ConnWithTimeout)")
	errNoContext = errors.New("redigocheck: the connection does not support contexts (redis.ConnWithContext)")
)

// admit checks a command about to be sent, and follows MULTI, EXEC and
// DISCARD. It returns the error to fail with; discard: send DISCARD instead
// (an EXEC of a transaction with a refusal).
func (w *conn_) admit(ctx context.Context, name string, args []any) (refuse error, discard bool) {
	switch {
	case strings.EqualFold(name, "MULTI"):
		w.inTx, w.tx, w.txErr = true, clustercheck.Tx{}, nil
		return nil, false
	case strings.EqualFold(name, "EXEC"):
		w.inTx = false
		err := w.txErr
		w.txErr = nil
		return err, err != nil
	case strings.EqualFold(name, "DISCARD"):
		w.inTx, w.txErr = false, nil
		return nil, false
	}
	var tx *clustercheck.Tx
	if w.inTx {
		tx = &w.tx
	}
	err := w.c.Handle(ctx, w.c.NameArgs(tx, name, args))
	if err != nil && w.inTx && w.txErr == nil {
		w.txErr = err
	}
	return err, false
}

func (w *conn_) Do(name string, args ...any) (any, error) {
	return w.do(context.Background(), name, args, func(name string, args []any) (any, error) {
		return w.Conn.Do(name, args...)
	})
}

func (w *conn_) DoWithTimeout(timeout time.Duration, name string, args ...any) (any, error) {
	cwt, ok := w.Conn.(redis.ConnWithTimeout)
	if !ok {
		return nil, errNoTimeout
	}
	return w.do(context.Background(), name, args, func(name string, args []any) (any, error) {
		return cwt.DoWithTimeout(timeout, name, args...)
	})
}

func (w *conn_) DoContext(ctx context.Context, name string, args ...any) (any, error) {
	cwc, ok := w.Conn.(redis.ConnWithContext)
	if !ok {
		return nil, errNoContext
	}
	return w.do(ctx, name, args, func(name string, args []any) (any, error) {
		return cwc.DoContext(ctx, name, args...)
	})
}

// do runs Do. redigo's Do reads every pending reply first: the replies to
// come are forgotten.
func (w *conn_) do(ctx context.Context, name string, args []any, do func(string, []any) (any, error)) (any, error) {
	if name == "" { // flush and read the pending replies: redigo's
		w.forget()
		return do(name, args)
	}
	err, discard := w.admit(ctx, name, args)
	switch {
	case discard:
		w.forget()
		do("DISCARD", nil)
		return nil, err
	case err != nil:
		return nil, err
	}
	w.forget()
	return do(name, args)
}

func (w *conn_) forget() {
	clear(w.replies)
	w.replies, w.head = w.replies[:0], 0
}

func (w *conn_) Send(name string, args ...any) error {
	err, discard := w.admit(context.Background(), name, args)
	switch {
	case discard:
		if serr := w.Conn.Send("DISCARD"); serr != nil {
			return serr
		}
		w.replies = append(w.replies, reply{err: err, discard: true})
		return nil // as EXEC's Send: the error is EXEC's reply
	case err != nil:
		w.replies = append(w.replies, reply{err: err})
		return err
	}
	if err := w.Conn.Send(name, args...); err != nil {
		return err
	}
	w.replies = append(w.replies, reply{})
	return nil
}

func (w *conn_) Receive() (any, error) {
	return w.receive(w.Conn.Receive)
}

func (w *conn_) ReceiveWithTimeout(timeout time.Duration) (any, error) {
	cwt, ok := w.Conn.(redis.ConnWithTimeout)
	if !ok {
		return nil, errNoTimeout
	}
	return w.receive(func() (any, error) { return cwt.ReceiveWithTimeout(timeout) })
}

func (w *conn_) ReceiveContext(ctx context.Context) (any, error) {
	cwc, ok := w.Conn.(redis.ConnWithContext)
	if !ok {
		return nil, errNoContext
	}
	return w.receive(func() (any, error) { return cwc.ReceiveContext(ctx) })
}

// receive returns the next reply: a refusal's error, or the server's.
func (w *conn_) receive(recv func() (any, error)) (any, error) {
	if w.head == len(w.replies) { // none to come that Send knows of (Pub/Sub)
		return recv()
	}
	r := w.replies[w.head]
	w.head++
	if w.head == len(w.replies) {
		w.forget()
	}
	switch {
	case r.discard:
		recv() // DISCARD's OK
		return nil, r.err
	case r.err != nil:
		return nil, r.err
	}
	return recv()
}

var (
	_ redis.ConnWithTimeout = (*conn_)(nil)
	_ redis.ConnWithContext = (*conn_)(nil)
)
