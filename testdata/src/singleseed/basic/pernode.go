package basic

import (
	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
)

// exporter scrapes one node: it dials that node alone, and builds a
// cluster client from the same setting for key lookups. A second seed
// would not keep it working while that node is down: not reported.
type exporter struct{ addr string }

func (e *exporter) node() redigo.Conn {
	uri := e.addr
	c, _ := redigo.DialURL("redis://" + uri)
	return c
}

func (e *exporter) cluster() *redisc.Cluster {
	uri := e.addr
	return &redisc.Cluster{StartupNodes: []string{uri}}
}

// A library that builds a cluster client from one address it is given,
// with no single-node connection to that setting: hedged, as before.
type lib struct{ seed string }

func (l *lib) cluster() *redisc.Cluster {
	return &redisc.Cluster{StartupNodes: []string{l.seed}} // want `has a single seed \(unless l.seed resolves to every node\)`
}
