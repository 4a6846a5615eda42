package clusterinfo

import "fmt"

// Severity says what a finding means for a client here.
type Severity string

const (
	// Error: a client here fails, now, for some keys or for all.
	Error Severity = "error"
	// Warning: a client works now, but fails or stalls on the next failover,
	// restart or resharding.
	Warning Severity = "warning"
	// Note: worth knowing; the exit code does not change.
	Note Severity = "note"
)

// Exit codes of `redislint cluster`.
const (
	ExitClean    = 0 // no error or warning (notes may be printed)
	ExitWarnings = 1 // warnings, no error
	ExitUsage    = 2 // bad flags or addresses: nothing was checked
	ExitErrors   = 3 // errors: a client here would fail
)

// Check is one kind of finding: what it means for a client and the fix.
// docs/cluster.md explains each, and a test holds it to this table.
type Check struct {
	Code   string
	Client string // what it means for a client
	Fix    string
}

// Checks returns the kinds of finding, in the order they are reported.
func Checks() []Check {
	return []Check{
		{"not-cluster",
			"a cluster client fails at start, since it cannot load the slot map; a single-node client works against this endpoint",
			"give the addresses of cluster nodes; if this endpoint is meant to be a single Redis or a proxy, use a single-node client (the standaloneclient analyzer's advice does not apply); to make it a cluster, start nodes with cluster-enabled yes and create it (redis-cli --cluster create)"},
		{"no-seed",
			"a client started here with these seeds fails at start: it cannot load the slot map from any of them",
			"check the addresses, ports, TLS and credentials, and that this host may reach the nodes (firewall, security groups, Docker networks)"},
		{"seed-down",
			"the client skips this seed; if the seeds that answer go down too, a client that restarts cannot start",
			"remove or fix the seed; keep at least three that answer"},
		{"few-seeds",
			"a client that starts while its only seeds are down cannot start, even though the rest of the cluster is up",
			"give the client at least three seeds, on different masters (the singleseed analyzer reports cluster clients with one seed in code)"},
		{"seeds-one-shard",
			"when that master and its replicas are down or failing over, a client that starts cannot load the slot map",
			"pick seeds on different masters (a hostname that resolves to several nodes also works)"},
		{"cluster-down",
			"the node answers CLUSTERDOWN to every command for every key, not only for the missing slots, until the cluster is ok",
			"cover every slot with a master that is up (see uncovered-slots and failing-master); cluster-require-full-coverage no keeps the other slots served, if serving part of the data is acceptable"},
		{"uncovered-slots",
			"commands on keys of these slots fail with CLUSTERDOWN Hash slot not served",
			"assign the slots (redis-cli --cluster fix, or CLUSTER ADDSLOTSRANGE on a master)"},
		{"failing-master",
			"commands on keys of its slots fail (connection refused or timeout, then CLUSTERDOWN) until a replica takes over or the master is back",
			"restart the master, or give each master a replica so that the cluster fails over by itself (redis-cli --cluster add-node --cluster-slave)"},
		{"failing-node",
			"reads routed to this replica fail (clients that read from replicas), and its master has one copy less to fail over to",
			"restart the node, or remove it with CLUSTER FORGET on every node if it is gone for good"},
		{"open-slots",
			"commands on keys of these slots are answered with ASK during the migration; multi-key commands on keys being moved fail with TRYAGAIN; a slot left open after an interrupted resharding stays that way",
			"let the resharding finish; if it was interrupted, redis-cli --cluster fix closes the slots"},
		{"no-replica",
			"if this master fails, commands on keys of its slots fail until it is back (with cluster-require-full-coverage yes, every command fails)",
			"add a replica to each master (redis-cli --cluster add-node NEW EXISTING --cluster-slave); without one, a cluster is fine for caches and development only"},
		{"split-view",
			"clients that load the slot map from different seeds route the same key to different nodes: MOVED redirects, or errors if a node is not reachable",
			"wait for the resharding or failover to settle and run again; if it persists, the seeds belong to different clusters or a node has a stale config (compare CLUSTER NODES on each, redis-cli --cluster check)"},
		{"unreachable",
			"this process cannot reach an address the cluster gives clients (after MOVED, or when it loads the slot map): commands on keys of that node's slots fail here, although they work from inside the cluster's network (the NAT / Docker case)",
			"make the node announce an address clients can reach: cluster-announce-ip and cluster-announce-port (cluster-announce-tls-port with TLS), or cluster-announce-hostname with cluster-preferred-endpoint-type hostname; under Docker, publish the ports and announce the host's address, or use host networking"},
	}
}

// Finding is one problem found, with what it means for a client and its fix.
type Finding struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Client   string   `json:"client"`
	Fix      string   `json:"fix"`
}

// finding builds a finding of the check named code.
func finding(code string, sev Severity, format string, args ...any) Finding {
	for _, c := range Checks() {
		if c.Code == code {
			return Finding{Code: code, Severity: sev, Message: fmt.Sprintf(format, args...), Client: c.Client, Fix: c.Fix}
		}
	}
	panic("clusterinfo: unknown check " + code)
}

// ExitCode returns the exit code for findings: ExitErrors, ExitWarnings or
// ExitClean.
func ExitCode(fs []Finding) int {
	code := ExitClean
	for _, f := range fs {
		switch f.Severity {
		case Error:
			return ExitErrors
		case Warning:
			code = ExitWarnings
		}
	}
	return code
}
