package clusterinfo

import (
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"

	"github.com/redislint/redislint/internal/resp"
	"github.com/redislint/redislint/internal/slot"
)

// Range is the slots Lo to Hi, both included.
type Range struct{ Lo, Hi int }

func (r Range) String() string {
	if r.Lo == r.Hi {
		return strconv.Itoa(r.Lo)
	}
	return fmt.Sprintf("%d-%d", r.Lo, r.Hi)
}

// Node is one line of CLUSTER NODES, with the endpoint that CLUSTER SHARDS
// or CLUSTER SLOTS gives clients for it.
type Node struct {
	ID        string
	Addr      string // ip:port as CLUSTER NODES shows it (cluster-announce-ip/-port)
	Hostname  string // cluster-announce-hostname, when set
	Flags     []string
	MasterID  string // for a replica; "" for a master
	LinkState string // connected or disconnected
	Slots     []Range
	Migrating map[int]string // slot -> id of the node it migrates to
	Importing map[int]string // slot -> id of the node it imports from
	// Endpoint is what a client dials after MOVED or a slot-map refresh:
	// host:port from CLUSTER SHARDS (or SLOTS), which follow
	// cluster-preferred-endpoint-type. Host "?" means the node has no
	// endpoint of the preferred type; "" that none is announced
	// (unknown-endpoint): clients reuse the host they asked.
	Endpoint string
}

// Has reports whether the node has flag f (master, slave, myself, fail,
// fail?, handshake, noaddr, nofailover).
func (n *Node) Has(f string) bool { return slices.Contains(n.Flags, f) }

// IsMaster reports whether the node is a master.
func (n *Node) IsMaster() bool { return n.Has("master") }

// Failing says how the node is flagged as down: "fail" (the cluster agrees
// it is down), "pfail" (this view suspects it), or "".
func (n *Node) Failing() string {
	switch {
	case n.Has("fail"):
		return "fail"
	case n.Has("fail?"):
		return "pfail"
	}
	return ""
}

// ParseNodes parses the reply of CLUSTER NODES.
func ParseNodes(text string) ([]*Node, error) {
	var nodes []*Node
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(line)
		if len(f) < 8 {
			return nil, fmt.Errorf("CLUSTER NODES line %q: %d fields, want at least 8", line, len(f))
		}
		n := &Node{ID: f[0], Flags: strings.Split(f[2], ","), LinkState: f[7]}
		// ip:port@cport[,hostname]
		addr, hostname, _ := strings.Cut(f[1], ",")
		addr, _, _ = strings.Cut(addr, "@")
		n.Addr, n.Hostname = addr, hostname
		if f[3] != "-" {
			n.MasterID = f[3]
		}
		for _, s := range f[8:] {
			if err := n.addSlots(s); err != nil {
				return nil, fmt.Errorf("CLUSTER NODES line %q: %w", line, err)
			}
		}
		nodes = append(nodes, n)
	}
	return nodes, nil
}

// addSlots adds one slot field of CLUSTER NODES: N, LO-HI, [N->-ID]
// (migrating to ID) or [N-<-ID] (importing from ID).
func (n *Node) addSlots(s string) error {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		body := s[1 : len(s)-1]
		if num, id, ok := strings.Cut(body, "->-"); ok {
			sl, err := slotNumber(num)
			if n.Migrating == nil {
				n.Migrating = map[int]string{}
			}
			n.Migrating[sl] = id
			return err
		}
		if num, id, ok := strings.Cut(body, "-<-"); ok {
			sl, err := slotNumber(num)
			if n.Importing == nil {
				n.Importing = map[int]string{}
			}
			n.Importing[sl] = id
			return err
		}
		return fmt.Errorf("bad open slot %q", s)
	}
	lo, hi, isRange := strings.Cut(s, "-")
	if !isRange {
		hi = lo
	}
	l, err := slotNumber(lo)
	if err != nil {
		return err
	}
	h, err := slotNumber(hi)
	if err != nil || h < l {
		return fmt.Errorf("bad slot range %q", s)
	}
	n.Slots = append(n.Slots, Range{l, h})
	return nil
}

func slotNumber(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n >= slot.Count {
		return 0, fmt.Errorf("bad slot %q", s)
	}
	return n, nil
}

// ParseInfo parses the field:value lines of CLUSTER INFO or INFO.
func ParseInfo(text string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok && !strings.HasPrefix(k, "#") {
			m[k] = v
		}
	}
	return m
}

// ParseShards returns each node's endpoint from the reply of CLUSTER SHARDS
// (Redis 7.0+): node id -> host:port, the TLS port when tls is set and the
// node has one.
func ParseShards(r resp.Reply, tls bool) (map[string]string, error) {
	if r.Kind != resp.Array {
		return nil, fmt.Errorf("CLUSTER SHARDS: %v, want an array", r)
	}
	eps := map[string]string{}
	for _, shard := range r.Elems {
		nodes, ok := field(shard, "nodes")
		if !ok || nodes.Kind != resp.Array {
			return nil, fmt.Errorf("CLUSTER SHARDS: shard without nodes: %v", shard)
		}
		for _, nd := range nodes.Elems {
			id, _ := field(nd, "id")
			ep, _ := field(nd, "endpoint")
			port, hasPort := field(nd, "port")
			tlsPort, hasTLS := field(nd, "tls-port")
			if tls && hasTLS || !hasPort {
				port = tlsPort
			}
			if id.Str == "" || port.Kind != resp.Integer {
				return nil, fmt.Errorf("CLUSTER SHARDS: node without id or port: %v", nd)
			}
			eps[id.Str] = net.JoinHostPort(ep.Str, strconv.FormatInt(port.Int, 10))
		}
	}
	return eps, nil
}

// field returns the value of key in a RESP2 rendering of a map (an array of
// alternating keys and values).
func field(m resp.Reply, key string) (resp.Reply, bool) {
	for i := 0; i+1 < len(m.Elems); i += 2 {
		if m.Elems[i].Str == key {
			return m.Elems[i+1], true
		}
	}
	return resp.Reply{}, false
}

// ParseSlots returns each node's endpoint from the reply of CLUSTER SLOTS
// (all versions; only nodes that serve slots, and their replicas).
func ParseSlots(r resp.Reply) (map[string]string, error) {
	if r.Kind != resp.Array {
		return nil, fmt.Errorf("CLUSTER SLOTS: %v, want an array", r)
	}
	eps := map[string]string{}
	for _, rg := range r.Elems {
		if len(rg.Elems) < 3 {
			return nil, fmt.Errorf("CLUSTER SLOTS: range %v", rg)
		}
		for _, nd := range rg.Elems[2:] {
			if len(nd.Elems) < 3 || nd.Elems[1].Kind != resp.Integer {
				return nil, fmt.Errorf("CLUSTER SLOTS: node %v", nd)
			}
			eps[nd.Elems[2].Str] = net.JoinHostPort(nd.Elems[0].Str, strconv.FormatInt(nd.Elems[1].Int, 10))
		}
	}
	return eps, nil
}
