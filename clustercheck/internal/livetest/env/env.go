// Package env gives the live programs of clustercheck their client: on the
// cluster (REDIS_MODE=cluster) a go-redis ClusterClient over
// REDIS_CLUSTER_ADDRS; on the single Redis (REDIS_MODE=single) a plain
// go-redis Client of REDIS_ADDR with the guard installed, every rule set to
// Fail; REDIS_MODE=bare is that Client without the guard. Programs end with "ok", or the error on stderr and exit status 1.
package env

import (
	"context"
	"fmt"
	"os"
	"strings"

	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
	"github.com/redis/go-redis/v9"
	"github.com/redis/rueidis"

	"github.com/redislint/redislint/clustercheck"
	"github.com/redislint/redislint/clustercheck/goredischeck"
	"github.com/redislint/redislint/clustercheck/redigocheck"
	"github.com/redislint/redislint/clustercheck/rueidischeck"
)

// strict is the guard's configuration in the live programs: every rule
// fails.
var strict = clustercheck.Options{NodeLocal: clustercheck.Fail}

func seeds() []string { return strings.Split(os.Getenv("REDIS_CLUSTER_ADDRS"), ",") }

// GoRedis returns the program's client.
func GoRedis() redis.UniversalClient {
	switch mode := os.Getenv("REDIS_MODE"); mode {
	case "cluster":
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: seeds()})
	case "single":
		rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
		rdb.AddHook(goredischeck.New(rdb, strict))
		return rdb
	case "bare":
		return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	default:
		Fail("REDIS_MODE is %q, not cluster, single or bare", mode)
		return nil
	}
}

// GoRedisRouted returns a go-redis ClusterClient with routing policies
// (which split multi-key commands by slot): over the cluster, or, on the
// single Redis, one whose every slot is on REDIS_ADDR (ClusterSlots), guarded
// there unless bare.
func GoRedisRouted() *redis.ClusterClient {
	opt := &redis.ClusterOptions{Addrs: seeds()}
	if mode := os.Getenv("REDIS_MODE"); mode != "cluster" {
		addr := os.Getenv("REDIS_ADDR")
		opt = &redis.ClusterOptions{
			Addrs: []string{addr},
			ClusterSlots: func(context.Context) ([]redis.ClusterSlot, error) {
				return []redis.ClusterSlot{{Start: 0, End: 16383, Nodes: []redis.ClusterNode{{Addr: addr}}}}, nil
			},
		}
	}
	rdb := redis.NewClusterClient(opt)
	rdb.SetCommandInfoResolver(rdb.NewDynamicResolver())
	if os.Getenv("REDIS_MODE") == "single" {
		rdb.AddHook(goredischeck.New(rdb, strict))
	}
	return rdb
}

// Rueidis returns the program's rueidis client: a cluster client, or a
// single node's, guarded or bare.
func Rueidis() rueidis.Client {
	addrs := []string{os.Getenv("REDIS_ADDR")}
	if os.Getenv("REDIS_MODE") == "cluster" {
		addrs = seeds()
	}
	client, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: addrs})
	Check(err)
	if os.Getenv("REDIS_MODE") == "single" {
		client = rueidischeck.Wrap(client, strict)
	}
	return client
}

// Redigo returns the program's redigo connection: a redisc cluster
// connection, or a single node's, guarded or bare.
func Redigo() redigo.Conn {
	if os.Getenv("REDIS_MODE") == "cluster" {
		c := &redisc.Cluster{StartupNodes: seeds()}
		Check(c.Refresh())
		return c.Get()
	}
	conn, err := redigo.Dial("tcp", os.Getenv("REDIS_ADDR"))
	Check(err)
	if os.Getenv("REDIS_MODE") == "single" {
		conn = redigocheck.Wrap(conn, strict)
	}
	return conn
}

// OneNode returns ctx allowed to run node-local commands: the program
// knows it runs them on one node.
func OneNode(ctx context.Context) context.Context {
	return clustercheck.Allow(ctx, "runs on every master, or on the only node")
}

// Check ends the program with the error, if any.
func Check(err error) {
	if err != nil && err != redis.Nil {
		Fail("error: %v", err)
	}
}

// Count ends the program with "missing keys" when it saw another number of
// keys than it wrote.
func Count(what string, saw, want int) {
	if saw != want {
		Fail("missing keys: %s: %d, expected %d", what, saw, want)
	}
}

// Fail ends the program with a message.
func Fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

// OK ends the program successfully.
func OK() {
	fmt.Println("ok")
	os.Exit(0)
}
