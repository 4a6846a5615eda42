// Package conf is a service's configuration, filled at run time by a
// loader that applies the defaults of the struct tags.
package conf

type Store struct {
	Prefix    string `yaml:"Prefix" default:"{}"`
	Tagged    string `yaml:"Tagged" default:"{a}"`
	Plain     string `yaml:"Plain"`
	EnvPrefix string `env:"PREFIX" envDefault:"app"`
}

type Config struct {
	Store Store `yaml:"Store"`
}

// C is filled by the loader.
var C = Config{}
