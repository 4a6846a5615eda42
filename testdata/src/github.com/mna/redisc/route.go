package redisc

import "github.com/gomodule/redigo/redis"

// dialNode mimics redisc's own cluster code: a cluster client library
// dials single nodes and follows MOVED itself, on purpose.
func dialNode(addr string) (interface{}, error) {
	c, err := redis.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	v, err := c.Do("GET", "k")
	if re := ParseRedir(err); re != nil {
		return nil, err
	}
	return v, err
}
