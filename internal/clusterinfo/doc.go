// Package clusterinfo implements `redislint cluster`: it asks a Redis
// Cluster's seeds for their view (CLUSTER INFO, NODES, and SHARDS or
// SLOTS), dials every endpoint the cluster announces to clients, as a client
// would after MOVED, and reports what would fail from where it runs, each
// finding with what it means for a client and its fix (docs/cluster.md).
//
// It is read-only: it sends AUTH, CLUSTER INFO, MYID, NODES, SHARDS and
// SLOTS, each dial and command bounded by the Dialer's timeouts.
package clusterinfo
