// Package universaloff: with -standaloneclient.universal=false, a run-time
// address list that nothing shows to be a cluster's is left alone; one
// whose name says cluster is still reported.
package universaloff

import "github.com/redis/go-redis/v9"

type Config struct {
	Addresses        []string
	ClusterAddresses []string
}

func NoName(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.Addresses})
}

func Named(conf Config) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: conf.ClusterAddresses}) // want `whose name says cluster: set IsClusterMode: true$`
}
