package direct // want `relevant`

import "github.com/redis/go-redis/v9"

var Cluster *redis.ClusterClient
