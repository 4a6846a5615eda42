// Package config is a stub of github.com/valkey-io/valkey-glide/go/v2/config
// (v2.5.3) for redislint's tests: the client configurations, built by
// chains of With… methods.
package config

type NodeAddress struct {
	Host string
	Port int
}

type ClientConfiguration struct{ addresses []NodeAddress }

func NewClientConfiguration() *ClientConfiguration { return &ClientConfiguration{} }

func (config *ClientConfiguration) WithAddress(address *NodeAddress) *ClientConfiguration {
	config.addresses = append(config.addresses, *address)
	return config
}

func (config *ClientConfiguration) WithDatabaseId(id int) *ClientConfiguration { return config }

type ClusterClientConfiguration struct{ addresses []NodeAddress }

func NewClusterClientConfiguration() *ClusterClientConfiguration {
	return &ClusterClientConfiguration{}
}

func (config *ClusterClientConfiguration) WithAddress(address *NodeAddress) *ClusterClientConfiguration {
	config.addresses = append(config.addresses, *address)
	return config
}

func (config *ClusterClientConfiguration) WithUseTLS(useTLS bool) *ClusterClientConfiguration {
	return config
}

func (config *ClusterClientConfiguration) WithSubscriptionConfig(
	subscriptionConfig *ClusterSubscriptionConfig,
) *ClusterClientConfiguration {
	return config
}

type PubSubClusterChannelMode int

const (
	ExactClusterChannelMode PubSubClusterChannelMode = iota
	PatternClusterChannelMode
	ShardedClusterChannelMode
)

type ClusterSubscriptionConfig struct{ subscriptions map[uint32][]string }

func NewClusterSubscriptionConfig() *ClusterSubscriptionConfig { return &ClusterSubscriptionConfig{} }

func (config *ClusterSubscriptionConfig) WithSubscription(
	mode PubSubClusterChannelMode,
	channelOrPattern string,
) *ClusterSubscriptionConfig {
	return config
}
