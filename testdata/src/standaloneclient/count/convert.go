package count

// The count switch written with the universal options' conversions
// (opts.Cluster(), opts.Simple(), opts.Failover()), over a list that a
// helper of another package splits from the configuration.

import (
	"github.com/redis/go-redis/v9"

	"splitutil"
)

type Settings struct {
	Address    string
	MasterName string
	Cluster    bool
}

func byConversion(s Settings) redis.UniversalClient {
	opts := &redis.UniversalOptions{
		Addrs:      splitutil.SplitAndTrim(s.Address, ","),
		MasterName: s.MasterName,
	}
	if opts.MasterName != "" {
		return redis.NewFailoverClient(opts.Failover())
	} else if len(opts.Addrs) > 1 {
		return redis.NewClusterClient(opts.Cluster())
	}
	return redis.NewClient(opts.Simple()) // want `^with one address, as a cluster's configuration endpoint gives, redis.NewClient builds a single-node client \(len\(opts.Addrs\) > 1 is false\) and every key of another node answers MOVED: pick redis.NewClusterClient \(line \d+\) by an explicit mode, not by the address count: a cluster client works from one seed$`
}

// The twin: an explicit setting picks the cluster client.
func byConversionMode(s Settings) redis.UniversalClient {
	opts := &redis.UniversalOptions{
		Addrs:      splitutil.SplitAndTrim(s.Address, ","),
		MasterName: s.MasterName,
	}
	if opts.MasterName != "" {
		return redis.NewFailoverClient(opts.Failover())
	} else if s.Cluster {
		return redis.NewClusterClient(opts.Cluster())
	}
	return redis.NewClient(opts.Simple())
}
