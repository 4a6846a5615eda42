package app

import (
	"clientflow/store"
)

func mark(any) {}

func _() {
	mark(store.NewStore(store.Config{}))   // want `single\|cluster`
	mark(store.NewCluster(store.Config{})) // want `^cluster$`
	mark(store.NewNode("a:1"))             // want `^single$`
	mark(store.Wrap(nil))                  // want `^unknown$`
	c := store.NewCluster(store.Config{})
	p := c.Pipeline()
	mark(p) // want `^cluster$`
}
