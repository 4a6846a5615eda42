package clustertest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// node is one redis-server process.
type node struct {
	port    int
	addr    string
	log     string
	cmd     *exec.Cmd
	done    chan struct{} // closed when cmd.Wait has returned
	waitErr error         // what cmd.Wait returned; read after done
	stopped atomic.Bool   // stop was called
	once    sync.Once
}

var errPortTaken = errors.New("port taken")

// startNode starts a node in dir on free ports (in cluster mode when
// cluster is true), trying other ports when
// another process takes the chosen ones first.
func startNode(bin, dir string, cluster bool) (*node, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		n, err := launch(bin, dir, port, cluster)
		if err == nil || attempt == portAttempts || !errors.Is(err, errPortTaken) {
			return n, err
		}
	}
}

// freePort returns a loopback port that is free, and whose cluster bus port
// is free too.
func freePort() (int, error) {
	for range 100 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, err
		}
		port := l.Addr().(*net.TCPAddr).Port
		if port+busOffset <= 65535 {
			bus, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port+busOffset)))
			if err == nil {
				bus.Close()
				l.Close()
				return port, nil
			}
		}
		l.Close()
	}
	return 0, errors.New("no free port whose bus port (+10000) is free too")
}

// launch starts redis-server on port and waits until it answers as itself
// (another process may have taken the port since freePort looked).
func launch(bin, dir string, port int, cluster bool) (*node, error) {
	n := &node{
		port: port,
		addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		log:  filepath.Join(dir, "redis.log"),
		done: make(chan struct{}),
	}
	clusterEnabled := "no"
	if cluster {
		clusterEnabled = "yes"
	}
	logf, err := os.Create(n.log)
	if err != nil {
		return nil, err
	}
	n.cmd = exec.Command(bin,
		"--port", strconv.Itoa(port),
		"--bind", "127.0.0.1",
		"--protected-mode", "no",
		"--cluster-enabled", clusterEnabled,
		"--cluster-config-file", "nodes.conf",
		"--dir", dir,
		"--save", "",
		"--appendonly", "no",
		"--daemonize", "no",
		// Replicas sync at once, and show in CLUSTER SLOTS soon after: only
		// once their replication offset is not 0, that is once the master
		// has sent them a PING.
		"--repl-diskless-sync-delay", "0",
		"--repl-ping-replica-period", "1",
		"--cluster-node-timeout", "5000",
	)
	n.cmd.Dir = dir
	n.cmd.Stdout, n.cmd.Stderr = logf, logf
	setProcAttr(n.cmd)
	err = n.cmd.Start()
	logf.Close() // the process has its own descriptor
	if err != nil {
		return nil, err
	}
	go func() {
		n.waitErr = n.cmd.Wait()
		close(n.done)
	}()

	deadline := time.Now().Add(startTimeout)
	for {
		select {
		case <-n.done:
			tail := logTail(n.log)
			err := fmt.Errorf("redis-server on port %d exited at start (%v); tail of %s:\n%s", port, n.waitErr, n.log, tail)
			if strings.Contains(tail, "Address already in use") {
				err = fmt.Errorf("%w: %w", errPortTaken, err)
			}
			return nil, err
		case <-time.After(20 * time.Millisecond):
		}
		r, err := do(n.addr, time.Second, "INFO", "server")
		if err == nil && strings.Contains(r.Str, "\nprocess_id:"+strconv.Itoa(n.cmd.Process.Pid)+"\r\n") {
			return n, nil
		}
		if time.Now().After(deadline) {
			n.stop()
			return nil, fmt.Errorf("redis-server on port %d not ready after %v (last: %v); tail of %s:\n%s", port, startTimeout, err, n.log, logTail(n.log))
		}
	}
}

// exited reports whether the process has exited.
func (n *node) exited() bool {
	select {
	case <-n.done:
		return true
	default:
		return false
	}
}

// stop shuts the node down without saving, kills it if it lingers, and waits
// for the process to exit.
func (n *node) stop() {
	n.once.Do(func() {
		n.stopped.Store(true)
		if !n.exited() {
			// NOW: do not wait for lagging replicas. The connection drops
			// without a reply.
			do(n.addr, time.Second, "SHUTDOWN", "NOSAVE", "NOW")
		}
		select {
		case <-n.done:
		case <-time.After(stopTimeout):
			n.cmd.Process.Kill()
			<-n.done
		}
	})
}

// logTail returns the last lines of the log at path.
func logTail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-30):], "\n")
}
