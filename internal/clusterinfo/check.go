package clusterinfo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"

	"github.com/redislint/redislint/internal/resp"
	"github.com/redislint/redislint/internal/slot"
)

// MinSeeds is how many seeds a client should be given (see few-seeds).
const MinSeeds = 3

// Report is what Run found.
type Report struct {
	Seeds    []SeedResult `json:"seeds"`
	Cluster  *Summary     `json:"cluster,omitempty"` // nil when no seed answered as a cluster node
	Nodes    []NodeResult `json:"nodes,omitempty"`
	Findings []Finding    `json:"findings"`
	Keys     []KeyResult  `json:"keys,omitempty"`
	Exit     int          `json:"exit"`
}

// SeedResult is what one seed answered.
type SeedResult struct {
	Addr     string `json:"addr"`
	Answered bool   `json:"answered"`          // it answered as a cluster node
	Error    string `json:"error,omitempty"`   // why not
	NodeID   string `json:"node_id,omitempty"` // the node it is
	Shard    string `json:"shard,omitempty"`   // the id of its master (its own if a master)
}

// Summary is the cluster as the first seed that answered sees it.
type Summary struct {
	Seed          string `json:"seed"` // whose view this is
	State         string `json:"state"`
	SlotsAssigned int    `json:"slots_assigned"`
	Masters       int    `json:"masters"` // masters that serve slots
	Replicas      int    `json:"replicas"`
	EndpointsFrom string `json:"endpoints_from"` // CLUSTER SHARDS or CLUSTER SLOTS
}

// NodeResult is one node, and whether this process reaches the endpoint it
// announces.
type NodeResult struct {
	ID        string   `json:"id"`
	Endpoint  string   `json:"endpoint"`
	Role      string   `json:"role"` // master or replica
	MasterID  string   `json:"master_id,omitempty"`
	Slots     string   `json:"slots,omitempty"`
	Flags     []string `json:"flags"`
	Reachable bool     `json:"reachable"`
	Error     string   `json:"error,omitempty"` // why not
}

// KeyResult is where a key lives, and whether this process reaches it.
type KeyResult struct {
	Key       string `json:"key"`
	Slot      int    `json:"slot"`
	Tag       string `json:"tag,omitempty"` // the hash tag, if any
	HasTag    bool   `json:"has_tag"`
	OwnerID   string `json:"owner_id,omitempty"`
	Endpoint  string `json:"endpoint,omitempty"`
	Reachable bool   `json:"reachable"`
	Problem   string `json:"problem,omitempty"`
}

// Options says what to check and how to connect.
type Options struct {
	Dialer Dialer
	Keys   []string
}

// view is the cluster as one seed sees it.
type view struct {
	seed          string
	myself        string
	info          map[string]string
	nodes         []*Node
	byID          map[string]*Node
	owner         []string // slot -> master id, "" when unassigned
	endpointsFrom string
}

// seedAnswer is what asking one seed gave: a view, or why not.
type seedAnswer struct {
	view       *view
	err        error
	notCluster string // the seed answered, but not as a cluster node
}

// Run asks every seed for its view of the cluster, dials every endpoint the
// first view announces, and reports. It sends only AUTH, PING and CLUSTER
// INFO, MYID, NODES, SHARDS and SLOTS.
func Run(ctx context.Context, seeds []string, opt Options) *Report {
	rep := &Report{Findings: []Finding{}}
	answers := make([]seedAnswer, len(seeds))
	var wg sync.WaitGroup
	for i, s := range seeds {
		wg.Go(func() { answers[i] = ask(ctx, &opt.Dialer, s) })
	}
	wg.Wait()

	var views []*view
	for i, a := range answers {
		sr := SeedResult{Addr: seeds[i]}
		switch {
		case a.notCluster != "":
			sr.Error = a.notCluster
			rep.add(finding("not-cluster", Error, "%s: %s", seeds[i], a.notCluster))
		case a.err != nil:
			sr.Error = a.err.Error()
		default:
			sr.Answered, sr.NodeID = true, a.view.myself
			if me := a.view.byID[a.view.myself]; me != nil {
				sr.Shard = shardOf(me)
			}
			views = append(views, a.view)
		}
		rep.Seeds = append(rep.Seeds, sr)
	}
	checkSeeds(rep, seeds, answers, len(views))
	if len(views) == 0 {
		rep.Exit = ExitCode(rep.Findings)
		return rep
	}

	v := views[0]
	reach := dialAll(ctx, &opt.Dialer, v)
	v.nodes = sortedNodes(v) // findings in slot order
	rep.Cluster = summarize(v)
	for _, n := range v.nodes {
		if n.Has("handshake") {
			continue
		}
		nr := NodeResult{ID: n.ID, Endpoint: n.Endpoint, Role: "master", MasterID: n.MasterID, Slots: rangesText(n.Slots), Flags: n.Flags}
		if !n.IsMaster() {
			nr.Role = "replica"
		}
		if err := reach[n.ID]; err != nil {
			nr.Error = err.Error()
		} else {
			nr.Reachable = true
		}
		rep.Nodes = append(rep.Nodes, nr)
	}
	checkState(rep, views)
	checkSlots(rep, v)
	checkNodes(rep, v, reach)
	checkSplit(rep, views)
	checkShards(rep, v)
	for _, k := range opt.Keys {
		rep.Keys = append(rep.Keys, locate(v, reach, k))
	}
	rep.Exit = ExitCode(rep.Findings)
	return rep
}

func (rep *Report) add(f Finding) { rep.Findings = append(rep.Findings, f) }

// shardOf returns the id of n's master, n's own if it is one.
func shardOf(n *Node) string {
	if n.MasterID != "" {
		return n.MasterID
	}
	return n.ID
}

// ask connects to one seed and reads its view.
func ask(ctx context.Context, d *Dialer, seed string) seedAnswer {
	c, err := d.Dial(ctx, seed)
	if err != nil {
		return seedAnswer{err: err}
	}
	defer c.Close()
	info, err := c.Do("CLUSTER", "INFO")
	if err != nil {
		var re *resp.ReplyError
		if errors.As(err, &re) {
			return seedAnswer{notCluster: notClusterReason(re.Msg)}
		}
		return seedAnswer{err: fmt.Errorf("CLUSTER INFO: %w", err)}
	}
	v := &view{seed: seed, info: ParseInfo(info.Str), byID: map[string]*Node{}, owner: make([]string, slot.Count)}
	nodes, err := c.Do("CLUSTER", "NODES")
	if err == nil {
		v.nodes, err = ParseNodes(nodes.Str)
	}
	if err != nil {
		return seedAnswer{err: fmt.Errorf("CLUSTER NODES: %w", err)}
	}
	for _, n := range v.nodes {
		v.byID[n.ID] = n
		if n.Has("myself") {
			v.myself = n.ID
		}
		for _, r := range n.Slots {
			for s := r.Lo; s <= r.Hi; s++ {
				v.owner[s] = n.ID
			}
		}
	}
	eps, from, err := endpoints(c, d.TLS != nil)
	if err != nil {
		return seedAnswer{err: err}
	}
	v.endpointsFrom = from
	host, _, _ := net.SplitHostPort(seed)
	for _, n := range v.nodes {
		ep, ok := eps[n.ID]
		if !ok { // not in CLUSTER SLOTS (no slots, or a replica not yet synced)
			ep = n.Addr
		}
		if h, p, err := net.SplitHostPort(ep); err == nil && h == "" {
			// unknown-endpoint: the client reuses the host it asked.
			ep = net.JoinHostPort(host, p)
		}
		n.Endpoint = ep
	}
	return seedAnswer{view: v}
}

// notClusterReason explains the error a non-cluster endpoint gives to
// CLUSTER INFO.
func notClusterReason(msg string) string {
	switch {
	case strings.Contains(msg, "cluster support disabled"):
		return fmt.Sprintf("a single Redis with cluster mode disabled (cluster-enabled no): CLUSTER INFO answered %q", msg)
	case strings.Contains(strings.ToLower(msg), "unknown command"):
		return fmt.Sprintf("not a cluster node: the endpoint does not know the CLUSTER command (%q): a proxy (twemproxy, Envoy, a managed service's endpoint) or a server with CLUSTER renamed", msg)
	}
	return fmt.Sprintf("not a cluster node: CLUSTER INFO answered %q (a proxy, or a server that restricts CLUSTER commands)", msg)
}

// endpoints reads each node's client endpoint from CLUSTER SHARDS, or from
// CLUSTER SLOTS on servers older than 7.0.
func endpoints(c *Conn, tls bool) (map[string]string, string, error) {
	r, err := c.Do("CLUSTER", "SHARDS")
	if err == nil {
		eps, err := ParseShards(r, tls)
		return eps, "CLUSTER SHARDS", err
	}
	var re *resp.ReplyError
	if !errors.As(err, &re) {
		return nil, "", fmt.Errorf("CLUSTER SHARDS: %w", err)
	}
	if r, err = c.Do("CLUSTER", "SLOTS"); err != nil {
		return nil, "", fmt.Errorf("CLUSTER SLOTS: %w", err)
	}
	eps, err := ParseSlots(r)
	return eps, "CLUSTER SLOTS", err
}

// dialAll dials the endpoint of every node of v, as a client would after
// MOVED, and checks it reaches that node. It returns why, for each node that
// it cannot reach. A node shows its open slots only in its own CLUSTER
// NODES: dialAll copies those of each node it reaches into v.
func dialAll(ctx context.Context, d *Dialer, v *view) map[string]error {
	errs := make([]error, len(v.nodes))
	selves := make([]*Node, len(v.nodes))
	var wg sync.WaitGroup
	for i, n := range v.nodes {
		if n.Has("handshake") {
			continue
		}
		wg.Go(func() { selves[i], errs[i] = reachNode(ctx, d, n) })
	}
	wg.Wait()
	m := map[string]error{}
	for i, n := range v.nodes {
		if errs[i] != nil {
			m[n.ID] = errs[i]
		}
		if me := selves[i]; me != nil && n.ID != v.myself {
			n.Migrating, n.Importing = me.Migrating, me.Importing
		}
	}
	return m
}

// reachNode dials n's endpoint and returns n as it sees itself.
func reachNode(ctx context.Context, d *Dialer, n *Node) (*Node, error) {
	if h, _, err := net.SplitHostPort(n.Endpoint); err != nil || h == "?" {
		return nil, fmt.Errorf("announces no endpoint of the preferred type (%q): cluster-preferred-endpoint-type is hostname but the node has no cluster-announce-hostname", n.Endpoint)
	}
	c, err := d.Dial(ctx, n.Endpoint)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	r, err := c.Do("CLUSTER", "MYID")
	if err != nil {
		return nil, fmt.Errorf("CLUSTER MYID: %w", err)
	}
	if r.Str != n.ID {
		return nil, fmt.Errorf("%s answers as node %s, not as %s: the address leads to another node (a port mapping or announced address mixed up)", n.Endpoint, short(r.Str), short(n.ID))
	}
	r, err = c.Do("CLUSTER", "NODES")
	if err != nil {
		return nil, nil // reachable; its open slots unknown
	}
	nodes, _ := ParseNodes(r.Str)
	for _, me := range nodes {
		if me.Has("myself") {
			return me, nil
		}
	}
	return nil, nil
}

func summarize(v *view) *Summary {
	s := &Summary{Seed: v.seed, State: v.info["cluster_state"], EndpointsFrom: v.endpointsFrom}
	for _, id := range v.owner {
		if id != "" {
			s.SlotsAssigned++
		}
	}
	for _, n := range v.nodes {
		switch {
		case n.IsMaster() && len(n.Slots) > 0:
			s.Masters++
		case !n.IsMaster() && !n.Has("handshake"):
			s.Replicas++
		}
	}
	return s
}

// checkSeeds reports seeds that do not answer, and too few seeds.
func checkSeeds(rep *Report, seeds []string, answers []seedAnswer, answered int) {
	var down []string
	for i, a := range answers {
		if a.err != nil {
			down = append(down, fmt.Sprintf("%s: %v", seeds[i], a.err))
		}
	}
	if len(down) == len(seeds) {
		rep.add(finding("no-seed", Error, "none of the %d seeds answers: %s", len(seeds), strings.Join(down, "; ")))
		return
	}
	for _, d := range down {
		rep.add(finding("seed-down", Warning, "seed %s", d))
	}
	if answered > 0 && len(seeds) < MinSeeds {
		rep.add(finding("few-seeds", Warning, "%d seed(s) given, want at least %d on different masters", len(seeds), MinSeeds))
	}
}

// checkShards reports seeds that all sit in one shard of a cluster of
// several, and masters without a replica.
func checkShards(rep *Report, v *view) {
	shards := map[string]bool{}
	for _, s := range rep.Seeds {
		if s.Shard != "" {
			shards[s.Shard] = true
		}
	}
	masters := 0
	replicas := map[string]int{}
	for _, n := range v.nodes {
		if n.IsMaster() && len(n.Slots) > 0 {
			masters++
		}
		if !n.IsMaster() && n.MasterID != "" && n.Failing() == "" {
			replicas[n.MasterID]++
		}
	}
	if len(shards) == 1 && masters > 1 {
		var one string
		for s := range shards {
			one = s
		}
		rep.add(finding("seeds-one-shard", Warning, "every seed that answers is master %s or one of its replicas, of %d masters", nodeName(v, one), masters))
	}
	for _, n := range v.nodes {
		if n.IsMaster() && len(n.Slots) > 0 && replicas[n.ID] == 0 && n.Failing() == "" {
			rep.add(finding("no-replica", Note, "master %s, slots %s, has no replica that is up", nodeName(v, n.ID), rangesText(n.Slots)))
		}
	}
}

// checkState reports seeds whose cluster_state is not ok.
func checkState(rep *Report, views []*view) {
	for _, v := range views {
		if st := v.info["cluster_state"]; st != "ok" {
			rep.add(finding("cluster-down", Error, "seed %s: cluster_state:%s (%s of %d slots assigned, %s ok)", v.seed, st, v.info["cluster_slots_assigned"], slot.Count, v.info["cluster_slots_ok"]))
		}
	}
}

// checkSlots reports uncovered slots, slots of failing masters and open
// slots.
func checkSlots(rep *Report, v *view) {
	var uncovered []int
	for s, id := range v.owner {
		if id == "" {
			uncovered = append(uncovered, s)
		}
	}
	if len(uncovered) > 0 {
		rep.add(finding("uncovered-slots", Error, "%d slots have no master: %s", len(uncovered), rangesText(toRanges(uncovered))))
	}
	for _, n := range v.nodes {
		var open []string
		for _, s := range sortedKeys(n.Migrating) {
			open = append(open, fmt.Sprintf("%d migrating to %s", s, nodeName(v, n.Migrating[s])))
		}
		for _, s := range sortedKeys(n.Importing) {
			open = append(open, fmt.Sprintf("%d importing from %s", s, nodeName(v, n.Importing[s])))
		}
		if len(open) > 0 {
			rep.add(finding("open-slots", Warning, "node %s has open slots: %s", nodeName(v, n.ID), strings.Join(open, ", ")))
		}
	}
}

// checkNodes reports failing nodes and endpoints this process cannot reach.
func checkNodes(rep *Report, v *view, reach map[string]error) {
	for _, n := range v.nodes {
		fail := n.Failing()
		switch {
		case fail == "":
		case n.IsMaster() && len(n.Slots) > 0:
			sev := Error
			if fail == "pfail" {
				sev = Warning // not yet agreed: the cluster may still reach it
			}
			rep.add(finding("failing-master", sev, "master %s is flagged %s; its slots %s are not served", nodeName(v, n.ID), fail, rangesText(n.Slots)))
		default:
			rep.add(finding("failing-node", Warning, "%s %s is flagged %s", roleOf(n), nodeName(v, n.ID), fail))
		}
	}
	for _, n := range v.nodes {
		err := reach[n.ID]
		if err == nil || n.Failing() == "fail" {
			continue // a failed node is reported as such
		}
		sev, what := Warning, "replica of "+nodeName(v, n.MasterID)
		if n.IsMaster() {
			what = "master without slots"
			if len(n.Slots) > 0 {
				sev, what = Error, "master of slots "+rangesText(n.Slots)
			}
		}
		rep.add(finding("unreachable", sev, "%s (node %s, %s) is announced to clients but cannot be reached from here: %v", n.Endpoint, short(n.ID), what, err))
	}
}

// checkSplit reports seeds whose slot maps differ from the first one's.
func checkSplit(rep *Report, views []*view) {
	a := views[0]
	for _, b := range views[1:] {
		var diff []string
		count := 0
		for s := 0; s < slot.Count; {
			if a.owner[s] == b.owner[s] {
				s++
				continue
			}
			e := s
			for e+1 < slot.Count && a.owner[e+1] == a.owner[s] && b.owner[e+1] == b.owner[s] {
				e++
			}
			count += e - s + 1
			if len(diff) < 5 {
				diff = append(diff, fmt.Sprintf("%s: %s says %s, %s says %s", Range{s, e}, a.seed, ownerName(a, a.owner[s]), b.seed, ownerName(b, b.owner[s])))
			}
			s = e + 1
		}
		if count > 0 {
			rep.add(finding("split-view", Warning, "seeds %s and %s disagree on the owner of %d slots: %s", a.seed, b.seed, count, strings.Join(diff, "; ")))
		}
	}
}

// locate finds where key lives in v.
func locate(v *view, reach map[string]error, key string) KeyResult {
	s := int(slot.Of(key))
	k := KeyResult{Key: key, Slot: s}
	k.Tag, k.HasTag = slot.Tag(key)
	k.OwnerID = v.owner[s]
	n := v.byID[k.OwnerID]
	switch {
	case n == nil:
		k.Problem = "slot not served by any master"
	case n.Failing() == "fail":
		k.Endpoint = n.Endpoint
		k.Problem = "its master is flagged fail"
	case reach[n.ID] != nil:
		k.Endpoint = n.Endpoint
		k.Problem = "its master cannot be reached from here: " + reach[n.ID].Error()
	default:
		k.Endpoint, k.Reachable = n.Endpoint, true
	}
	return k
}

func roleOf(n *Node) string {
	if n.IsMaster() {
		return "master"
	}
	return "replica"
}

// short abbreviates a node id as redis-cli does.
func short(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// nodeName names a node by its endpoint and short id.
func nodeName(v *view, id string) string {
	if n := v.byID[id]; n != nil {
		return fmt.Sprintf("%s (%s)", n.Endpoint, short(id))
	}
	return short(id)
}

func ownerName(v *view, id string) string {
	if id == "" {
		return "no master"
	}
	return nodeName(v, id)
}

func sortedKeys(m map[int]string) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// toRanges turns sorted slots into ranges.
func toRanges(slots []int) []Range {
	var rs []Range
	for _, s := range slots {
		if len(rs) > 0 && rs[len(rs)-1].Hi == s-1 {
			rs[len(rs)-1].Hi = s
			continue
		}
		rs = append(rs, Range{s, s})
	}
	return rs
}

// rangesText renders ranges, at most 8 of them.
func rangesText(rs []Range) string {
	const maxShown = 8
	var parts []string
	for i, r := range rs {
		if i == maxShown {
			parts = append(parts, fmt.Sprintf("and %d more ranges", len(rs)-maxShown))
			break
		}
		parts = append(parts, r.String())
	}
	return strings.Join(parts, ",")
}

// sortedNodes returns v's nodes: masters in the order of their first slot
// (those without slots last), each followed by its replicas.
func sortedNodes(v *view) []*Node {
	first := func(n *Node) int {
		if m := v.byID[n.MasterID]; m != nil {
			n = m
		}
		if len(n.Slots) == 0 {
			return slot.Count
		}
		return n.Slots[0].Lo
	}
	ns := slices.Clone(v.nodes)
	slices.SortStableFunc(ns, func(a, b *Node) int {
		if c := first(a) - first(b); c != 0 {
			return c
		}
		if c := strings.Compare(shardOf(a), shardOf(b)); c != 0 {
			return c
		}
		if a.IsMaster() != b.IsMaster() {
			if a.IsMaster() {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Endpoint, b.Endpoint)
	})
	return ns
}
