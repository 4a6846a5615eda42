package clusterinfo

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/redislint/redislint/internal/resp"
)

// Dialer connects to nodes the way a client would: over TLS when TLS is
// set, authenticated when Password is set, every dial and every command
// bounded by a timeout.
type Dialer struct {
	Username, Password string
	TLS                *tls.Config // nil: plain TCP
	DialTimeout        time.Duration
	IOTimeout          time.Duration // one command: write and read its reply
}

// Conn is a connection to one node.
type Conn struct {
	addr    string
	nc      net.Conn
	r       *bufio.Reader
	w       *bufio.Writer
	timeout time.Duration
}

// Dial connects to addr (host:port), completes the TLS handshake and
// authenticates, all within d.DialTimeout and ctx.
func (d *Dialer) Dial(ctx context.Context, addr string) (*Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, d.DialTimeout)
	defer cancel()
	nd := &net.Dialer{}
	var nc net.Conn
	var err error
	if d.TLS != nil {
		nc, err = (&tls.Dialer{NetDialer: nd, Config: d.TLS}).DialContext(ctx, "tcp", addr)
	} else {
		nc, err = nd.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return nil, err
	}
	c := &Conn{addr: addr, nc: nc, r: bufio.NewReader(nc), w: bufio.NewWriter(nc), timeout: d.IOTimeout}
	if d.Password != "" {
		args := []string{"AUTH", d.Password}
		if d.Username != "" {
			args = []string{"AUTH", d.Username, d.Password}
		}
		if _, err := c.Do(args...); err != nil {
			c.Close()
			return nil, fmt.Errorf("AUTH: %w", err)
		}
	}
	return c, nil
}

// Do sends one command and reads its reply within the connection's timeout.
// An error reply is returned both as the Reply and as a *resp.ReplyError.
func (c *Conn) Do(args ...string) (resp.Reply, error) {
	if err := c.nc.SetDeadline(time.Now().Add(c.timeout)); err != nil {
		return resp.Reply{}, err
	}
	resp.WriteCommand(c.w, args)
	if err := c.w.Flush(); err != nil {
		return resp.Reply{}, err
	}
	r, err := resp.ReadReply(c.r)
	if err != nil {
		return resp.Reply{}, err
	}
	return r, r.Err()
}

// Close closes the connection.
func (c *Conn) Close() error { return c.nc.Close() }

// Seed is one address given on the command line, with what its URL says.
type Seed struct {
	Given    string // as given
	Addr     string // host:port
	TLS      bool   // rediss://
	Username string
	Password string
	HasAuth  bool // the URL carries a user or a password
}

// DefaultPort is the port of a seed given without one.
const DefaultPort = "6379"

// ParseSeed parses host, host:port, [v6]:port, redis://[user[:password]@]host[:port][/0]
// or rediss://… (TLS).
func ParseSeed(s string) (Seed, error) {
	seed := Seed{Given: s}
	hostport := s
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return Seed{}, err
		}
		switch u.Scheme {
		case "redis":
		case "rediss":
			seed.TLS = true
		default:
			return Seed{}, fmt.Errorf("%q: scheme %q, want redis:// or rediss://", s, u.Scheme)
		}
		if db := strings.TrimPrefix(u.Path, "/"); db != "" && db != "0" {
			return Seed{}, fmt.Errorf("%q: database %s: a cluster has only database 0 (SELECT fails in cluster mode)", s, db)
		}
		if u.User != nil {
			seed.HasAuth = true
			seed.Username = u.User.Username()
			seed.Password, _ = u.User.Password()
			if _, ok := u.User.Password(); !ok {
				// redis://secret@host: the password alone, as redis-cli reads it.
				seed.Username, seed.Password = "", u.User.Username()
			}
		}
		hostport = u.Host
	}
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		var ae *net.AddrError
		if !errors.As(err, &ae) || !strings.Contains(ae.Err, "missing port") {
			return Seed{}, fmt.Errorf("%q: %w", s, err)
		}
		host, port = strings.Trim(hostport, "[]"), DefaultPort
	}
	if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
		return Seed{}, fmt.Errorf("%q: bad port %q", s, port)
	}
	if host == "" {
		return Seed{}, fmt.Errorf("%q: no host", s)
	}
	seed.Addr = net.JoinHostPort(host, port)
	return seed, nil
}
