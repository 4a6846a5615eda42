// Package redis is a stub of github.com/gomodule/redigo/redis (v1.9.3) for
// redislint's tests: the dial functions, Conn and Pool.
package redis

import (
	"context"
	"time"
)

type Conn interface {
	Close() error
	Err() error
	Do(commandName string, args ...interface{}) (reply interface{}, err error)
	Send(commandName string, args ...interface{}) error
	Flush() error
	Receive() (reply interface{}, err error)
}

type ConnWithTimeout interface {
	Conn
	DoWithTimeout(timeout time.Duration, commandName string, args ...interface{}) (reply interface{}, err error)
	ReceiveWithTimeout(timeout time.Duration) (reply interface{}, err error)
}

type ConnWithContext interface {
	Conn
	DoContext(ctx context.Context, commandName string, args ...interface{}) (reply interface{}, err error)
	ReceiveContext(ctx context.Context) (reply interface{}, err error)
}

type DialOption struct{ f func() }

func DialPassword(password string) DialOption { return DialOption{} }
func DialDatabase(db int) DialOption          { return DialOption{} }

func Dial(network, address string, options ...DialOption) (Conn, error) { return nil, nil }
func DialContext(ctx context.Context, network, address string, options ...DialOption) (Conn, error) {
	return nil, nil
}
func DialTimeout(network, address string, connectTimeout, readTimeout, writeTimeout time.Duration) (Conn, error) {
	return nil, nil
}
func DialURL(rawurl string, options ...DialOption) (Conn, error) { return nil, nil }
func DialURLContext(ctx context.Context, rawurl string, options ...DialOption) (Conn, error) {
	return nil, nil
}

type Pool struct {
	Dial        func() (Conn, error)
	DialContext func(ctx context.Context) (Conn, error)
	MaxIdle     int
	MaxActive   int
}

func NewPool(newFn func() (Conn, error), maxIdle int) *Pool {
	return &Pool{Dial: newFn, MaxIdle: maxIdle}
}
func (p *Pool) Get() Conn                                    { return nil }
func (p *Pool) GetContext(ctx context.Context) (Conn, error) { return nil, nil }
func (p *Pool) Close() error                                 { return nil }

func Strings(reply interface{}, err error) ([]string, error) { return nil, err }
func Int(reply interface{}, err error) (int, error)          { return 0, err }
func String(reply interface{}, err error) (string, error)    { return "", err }
