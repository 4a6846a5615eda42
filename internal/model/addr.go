package model

// This file is about addresses: how a constructor takes them (AddrForm),
// splitting a constant address into host and port (HostPort), and the
// library functions that parse a URL into a constructor's options.

import (
	"go/types"
	"net"
	"net/url"
	"strings"
)

// AddrForm is how a constructor takes its addresses.
type AddrForm uint8

const (
	// AddrHostPort: one string "host:port".
	AddrHostPort AddrForm = iota + 1
	// AddrList: a []string of "host:port".
	AddrList
	// AddrURL: one string URL, redis://[user:pass@]host:port[/db].
	AddrURL
	// AddrChain: a configuration built by a chain of method calls, each
	// call of the constructor's AddrMethod adding one address (GLIDE
	// config.NewClusterClientConfiguration().WithAddress(…)).
	AddrChain
)

// HostPort splits a constant address of the given form into host and port
// (port "" when it has none). ok is false when it is not an address.
func HostPort(addr string, form AddrForm) (host, port string, ok bool) {
	addr = strings.TrimSpace(addr)
	if addr == "" || strings.ContainsAny(addr, " %\t,;") {
		return "", "", false
	}
	if form == AddrURL || strings.Contains(addr, "://") {
		u, err := url.Parse(addr)
		if err != nil || u.Host == "" {
			return "", "", false
		}
		return u.Hostname(), u.Port(), true
	}
	if h, p, err := net.SplitHostPort(addr); err == nil {
		return h, p, h != ""
	}
	if strings.ContainsAny(addr, ":/") {
		return "", "", false
	}
	return addr, "", true
}

// URLParser is a function that parses a URL into a constructor's options.
type URLParser struct {
	Lib  Lib
	Name string
}

// IsURLParser reports whether fn parses a URL (its first argument) into
// options.
func IsURLParser(fn *types.Func) bool {
	lib, recv := funcKey(fn)
	return find(tables().urlParsers, func(u *URLParser) bool { return lib != LibNone && recv == "" && u.Lib == lib && u.Name == fn.Name() }) != nil
}
