package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/redislint/redislint/internal/clusterinfo"
)

const clusterUsage = `usage: redislint cluster [flags] ADDR...

Connects to the seeds ADDR (host:port, host, redis://[user:password@]host:port
or rediss://… for TLS) as a cluster client would from this host, dials every
address the cluster announces to clients, and reports what would fail here,
each finding with what it means for a client and its fix (docs/cluster.md).
It sends only AUTH, PING-class and CLUSTER INFO/MYID/NODES/SHARDS/SLOTS.

Flags may come before or after the addresses. Exit codes: 0 clean (notes only), 1 warnings only, 2 bad usage,
3 errors: a client here would fail.

Flags:
`

// clusterFlags are the flags of "redislint cluster".
type clusterFlags struct {
	user, password           string
	tls, insecure            bool
	caFile, certFile, keyFil string
	serverName               string
	dialTimeout, timeout     time.Duration
	json                     bool
	keys                     []string
}

// runCluster implements "redislint cluster [flags] ADDR…".
func runCluster(args []string, stdout, stderr io.Writer) int {
	var f clusterFlags
	fs := flag.NewFlagSet("redislint cluster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, clusterUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.user, "user", "", "ACL user name (AUTH user password)")
	fs.StringVar(&f.password, "password", os.Getenv("REDISCLI_AUTH"), "password; defaults to $REDISCLI_AUTH, as for redis-cli")
	fs.BoolVar(&f.tls, "tls", false, "connect with TLS (as rediss:// does)")
	fs.StringVar(&f.caFile, "tls-ca", "", "PEM file of the CA that signed the nodes' certificates (default: the system's)")
	fs.StringVar(&f.certFile, "tls-cert", "", "PEM client certificate, for tls-auth-clients")
	fs.StringVar(&f.keyFil, "tls-key", "", "PEM private key of -tls-cert")
	fs.StringVar(&f.serverName, "tls-server-name", "", "name to verify the nodes' certificates against (default: each node's host)")
	fs.BoolVar(&f.insecure, "tls-insecure", false, "do not verify the nodes' certificates")
	fs.DurationVar(&f.dialTimeout, "dial-timeout", 2*time.Second, "bound on each dial, TLS handshake and AUTH included")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Second, "bound on each command and its reply")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON")
	fs.Func("key", "a key to locate: its slot, hash tag, owner and whether it is reachable from here (repeatable)", func(k string) error {
		f.keys = append(f.keys, k)
		return nil
	})
	// Flags may follow addresses: redislint cluster HOST:PORT -key k.
	var addrs []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return clusterinfo.ExitUsage
		}
		if rest = fs.Args(); len(rest) == 0 {
			break
		}
		addrs, rest = append(addrs, rest[0]), rest[1:]
	}
	opt, seeds, err := f.options(addrs)
	if err != nil {
		fmt.Fprintf(stderr, "redislint cluster: %v\n", err)
		return clusterinfo.ExitUsage
	}
	rep := clusterinfo.Run(context.Background(), seeds, opt)
	if f.json {
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "redislint cluster: %v\n", err)
	}
	return rep.Exit
}

// options turns the flags and addresses into clusterinfo's options and the
// seeds' host:port.
func (f *clusterFlags) options(addrs []string) (clusterinfo.Options, []string, error) {
	var opt clusterinfo.Options
	if len(addrs) == 0 {
		return opt, nil, errors.New("no address given (redislint cluster -h for help)")
	}
	if f.dialTimeout <= 0 || f.timeout <= 0 {
		return opt, nil, errors.New("-dial-timeout and -timeout must be positive")
	}
	useTLS := f.tls
	user, password := f.user, f.password
	var fromURL *clusterinfo.Seed
	var seeds []string
	seen := map[string]bool{}
	for _, a := range addrs {
		s, err := clusterinfo.ParseSeed(a)
		if err != nil {
			return opt, nil, err
		}
		useTLS = useTLS || s.TLS
		if s.HasAuth {
			if fromURL != nil && (fromURL.Username != s.Username || fromURL.Password != s.Password) {
				return opt, nil, fmt.Errorf("%s and %s carry different credentials: a cluster has one set", fromURL.Given, s.Given)
			}
			fromURL = &s
		}
		if !seen[s.Addr] {
			seen[s.Addr] = true
			seeds = append(seeds, s.Addr)
		}
	}
	if fromURL != nil && user == "" && password == "" {
		user, password = fromURL.Username, fromURL.Password
	}
	if user != "" && password == "" {
		return opt, nil, errors.New("-user without a password (-password or $REDISCLI_AUTH)")
	}
	opt.Dialer = clusterinfo.Dialer{Username: user, Password: password, DialTimeout: f.dialTimeout, IOTimeout: f.timeout}
	if useTLS {
		cfg, err := f.tlsConfig()
		if err != nil {
			return opt, nil, err
		}
		opt.Dialer.TLS = cfg
	} else if f.caFile != "" || f.certFile != "" || f.keyFil != "" || f.serverName != "" || f.insecure {
		return opt, nil, errors.New("-tls-* flags given without -tls or a rediss:// address")
	}
	opt.Keys = f.keys
	return opt, seeds, nil
}

func (f *clusterFlags) tlsConfig() (*tls.Config, error) {
	cfg := &tls.Config{ServerName: f.serverName, InsecureSkipVerify: f.insecure}
	if f.caFile != "" {
		pem, err := os.ReadFile(f.caFile)
		if err != nil {
			return nil, err
		}
		cfg.RootCAs = x509.NewCertPool()
		if !cfg.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("-tls-ca %s: no PEM certificate in it", f.caFile)
		}
	}
	if (f.certFile == "") != (f.keyFil == "") {
		return nil, errors.New("-tls-cert and -tls-key go together")
	}
	if f.certFile != "" {
		cert, err := tls.LoadX509KeyPair(f.certFile, f.keyFil)
		if err != nil {
			return nil, err
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}
