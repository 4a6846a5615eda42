package count

// A client on an endpoint that the program treats as a cluster elsewhere.

import (
	"log"
	"strings"

	"github.com/redis/go-redis/v9"
)

// NewUniversalClient of a run-time list that is given to a cluster client
// in another function.
type Seeds struct {
	Nodes []string // want Nodes:`cluster address`
}

func cacheClient(s Seeds) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: s.Nodes}) // want `^redis.NewUniversalClient builds a single-node client when the address list holds one address \(as a configuration endpoint does\), but the same field Nodes is given to the cluster client redis.NewClusterClient at line \d+: set IsClusterMode: true$`
}

func sessionClient(s Seeds) *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: s.Nodes})
}

// NewUniversalClient of a run-time list that is sent CLUSTER commands.
func universalSlots(addrs []string) {
	u := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs}) // want `but it is sent CLUSTER commands: set IsClusterMode: true`
	u.Do(ctx, "cluster", "slots")
	u.Get(ctx, "k")
}

// cluster_enabled read from INFO: the program expects a cluster there.
func infoCheck(addr string) {
	rdb := redis.NewClient(&redis.Options{Addr: addr}) // want `^redis.NewClient builds a single-node client, but the code around it reads cluster_enabled from INFO: use NewClusterClient`
	info, _ := rdb.Info(ctx, "cluster").Result()
	if strings.Contains(info, "cluster_enabled:1") {
		log.Print("cluster mode")
	}
	rdb.Get(ctx, "k")
}

// The twin: INFO as a probe, the cluster client kept when it says so.
func probeInfo(addr string) redis.UniversalClient {
	probe := redis.NewClient(&redis.Options{Addr: addr})
	if info, _ := probe.Info(ctx, "cluster").Result(); strings.Contains(info, "cluster_enabled:1") {
		probe.Close()
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
	}
	return probe
}

// The twin written another way: the probe sits in a helper method, and the
// function that calls it builds the cluster client on its answer.
type driver struct {
	rdb redis.UniversalClient
}

func (d *driver) open(host, port string) {
	addr := host + ":" + port
	d.rdb = redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{addr}})
	if d.clusterEnabled() {
		d.rdb.Close()
		d.rdb = redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{addr}})
	}
}

func (d *driver) clusterEnabled() bool {
	info, _ := d.rdb.Info(ctx, "cluster").Result()
	return strings.Contains(info, "cluster_enabled:1")
}

// The helper's answer only logged: the single-node client stays.
type logDriver struct {
	rdb *redis.Client
}

func (d *logDriver) open(addr string) {
	d.rdb = redis.NewClient(&redis.Options{Addr: addr}) // want `^redis.NewClient builds a single-node client, but the code around it reads cluster_enabled from INFO: use NewClusterClient`
	if d.clusterEnabled() {
		log.Print("cluster mode")
	}
	d.rdb.Get(ctx, "k")
}

func (d *logDriver) clusterEnabled() bool {
	info, _ := d.rdb.Info(ctx, "cluster").Result()
	return strings.Contains(info, "cluster_enabled:1")
}

// Both built on one path: the cache's client still answers MOVED.
func setup(s Seeds) (redis.UniversalClient, *redis.ClusterClient) {
	return cacheClient(s), sessionClient(s)
}

// The twin: a connection to the node itself, kept on every path, beside a
// cluster client built in the program's cluster mode (an exporter that
// scrapes one node and reads keys through the cluster).
type scraper struct {
	addr      string // want addr:`cluster address`
	isCluster bool
}

func (e *scraper) nodeConn() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: e.addr})
}

func (e *scraper) clusterConn() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{e.addr}})
}

func (e *scraper) scrape() {
	c := e.nodeConn()
	c.Info(ctx, "all")
	if e.isCluster {
		cc := e.clusterConn()
		cc.Get(ctx, "k")
	} else {
		c.Get(ctx, "k")
	}
}

// The same clients with the cluster client built unconditionally: the
// node's connection is given the cluster's address for its keys.
type scraperAll struct {
	addr string // want addr:`cluster address`
}

func (e *scraperAll) nodeConn() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: e.addr}) // want `^redis.NewClient builds a single-node client, but the same field addr is given to the cluster client redis.NewClusterClient at line \d+`
}

func (e *scraperAll) clusterConn() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{e.addr}})
}

func (e *scraperAll) scrape() {
	c := e.nodeConn()
	cc := e.clusterConn()
	cc.Get(ctx, "k")
	c.Get(ctx, "k")
}
