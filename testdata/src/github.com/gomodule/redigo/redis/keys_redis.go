package redis

// This file stubs what sends commands with keys beyond Conn's methods:
// the Do helpers, Args and Script (redigo v1.9.3's redis.go, scan.go and
// script.go).

import (
	"context"
	"time"
)

func DoContext(c Conn, ctx context.Context, cmd string, args ...interface{}) (interface{}, error) {
	return nil, nil
}

func DoWithTimeout(c Conn, timeout time.Duration, cmd string, args ...interface{}) (interface{}, error) {
	return nil, nil
}

// Args is a helper for constructing command arguments from structured values.
type Args []interface{}

func (args Args) Add(value ...interface{}) Args { return append(args, value...) }
func (args Args) AddFlat(v interface{}) Args    { return append(args, v) }

// Script is a Lua script with its key count.
type Script struct {
	keyCount int
	src      string
}

func NewScript(keyCount int, src string) *Script { return &Script{keyCount, src} }

func (s *Script) Hash() string { return "" }
func (s *Script) DoContext(ctx context.Context, c Conn, keysAndArgs ...interface{}) (interface{}, error) {
	return nil, nil
}
func (s *Script) Do(c Conn, keysAndArgs ...interface{}) (interface{}, error) { return nil, nil }
func (s *Script) SendHash(c Conn, keysAndArgs ...interface{}) error          { return nil }
func (s *Script) Send(c Conn, keysAndArgs ...interface{}) error              { return nil }
func (s *Script) Load(c Conn) error                                          { return nil }
