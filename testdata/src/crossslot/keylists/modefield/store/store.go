// Package store wraps go-redis: its Redis value keeps the mode in a field
// and picks the client from it on every call.
package store

import (
	"context"
	"errors"

	"github.com/redis/go-redis/v9"
)

const (
	ClusterType = "cluster"
	NodeType    = "node"
)

type Node interface {
	redis.Cmdable
}

type Redis struct {
	Addr string
	Type string
}

var (
	clusters = map[string]*redis.ClusterClient{}
	nodes    = map[string]*redis.Client{}
)

func getCluster(r *Redis) (*redis.ClusterClient, error) {
	if c, ok := clusters[r.Addr]; ok {
		return c, nil
	}
	return nil, errors.New("no cluster")
}

func getClient(r *Redis) (*redis.Client, error) {
	if c, ok := nodes[r.Addr]; ok {
		return c, nil
	}
	return nil, errors.New("no node")
}

func getRedis(r *Redis) (Node, error) {
	switch r.Type {
	case ClusterType:
		return getCluster(r)
	case NodeType:
		return getClient(r)
	default:
		return nil, errors.New("unknown type " + r.Type)
	}
}

// Del deletes keys, in a circuit breaker: the command under its own name.
func (r *Redis) Del(ctx context.Context, keys ...string) error {
	return breaker(func() error {
		conn, err := getRedis(r)
		if err != nil {
			return err
		}
		return conn.Del(ctx, keys...).Err()
	})
}

// Evict deletes keys, in a circuit breaker.
func (r *Redis) Evict(ctx context.Context, keys ...string) error {
	return breaker(func() error {
		conn, err := getRedis(r)
		if err != nil {
			return err
		}
		return conn.Del(ctx, keys...).Err() // want `^DEL of the caller's key list keys \(Evict is exported\)`
	})
}

func breaker(fn func() error) error { return fn() }

// Store keeps its mode in a bool-like string and picks the client with an
// if rather than a switch.
type Store struct {
	Addr string
	Mode string
}

func (s *Store) node() (Node, error) {
	if s.Mode == ClusterType {
		return getCluster(&Redis{Addr: s.Addr})
	}
	return getClient(&Redis{Addr: s.Addr})
}

// MGet reads keys: the command under its own name.
func (s *Store) MGet(ctx context.Context, keys ...string) error {
	n, err := s.node()
	if err != nil {
		return err
	}
	return n.MGet(ctx, keys...).Err()
}

// Load reads keys.
func (s *Store) Load(ctx context.Context, keys ...string) error {
	n, err := s.node()
	if err != nil {
		return err
	}
	return n.MGet(ctx, keys...).Err() // want `^MGET of the caller's key list keys \(Load is exported\)`
}
