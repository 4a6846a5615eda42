package forms

import (
	"context"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// A function that builds several keys at once and returns them as its
// results (ka, kb := s.keys(id)): each result is a builder of its own.
type roomStore struct {
	rdb *redis.ClusterClient
}

func (s *roomStore) keys(room string) (members, messages string) {
	return "room:" + room + ":members", fmt.Sprintf("room:%s:messages", room)
}

func taggedRoomKeys(room string) (string, string, error) {
	if room == "" {
		return "", "", errors.New("no room")
	}
	return "{room:" + room + "}:members", "{room:" + room + "}:messages", nil
}

// keysOf returns another function's results: not read.
func (s *roomStore) keysOf(room string) (string, string) { return s.keys(room) }

func (s *roomStore) join(ctx context.Context, room, user string) {
	members, messages := s.keys(room)
	s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SAdd(ctx, members, user) // want `^transaction keys members \(SADD\) and messages \(LPUSH\) carry no hash tag: they hash to different slots for almost every room: the whole transaction fails with CROSSSLOT on a cluster$`
		p.LPush(ctx, messages, user+" joined")
		return nil
	})
	tm, tmsg, err := taggedRoomKeys(room)
	if err != nil {
		return
	}
	s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SAdd(ctx, tm, user)
		p.LPush(ctx, tmsg, user+" joined")
		return nil
	})
	var vm, vmsg = s.keys(room)
	s.rdb.Del(ctx, vm, vmsg) // want `^DEL keys vm and vmsg carry no hash tag: they hash to different slots for almost every room`
	a, b := s.keysOf(room)
	s.rdb.Del(ctx, a, b)
	// Written again: not the call's result any more.
	m2, _ := s.keys(room)
	m2 = "{" + room + "}"
	s.rdb.Del(ctx, m2, "{"+room+"}:x")
}
