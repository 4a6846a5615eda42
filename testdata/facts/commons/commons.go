// Package commons is a module of key builders shared by services: another
// module, without Redis, that the standalone driver and go vet read from
// export data.
package commons

import (
	"fmt"
	"strconv"
)

// OrderKey is the key of order id of org: the orders of one org spread
// over the cluster.
func OrderKey(org string, id int64) string {
	return fmt.Sprintf("order:%s:%d", org, id)
}

// InvoiceKey is the key of the invoice of order id of org.
func InvoiceKey(org string, id int64) string {
	return "invoice:" + org + ":" + strconv.FormatInt(id, 10)
}

// CartKey is the key of cart id of org: every cart of org in one slot.
func CartKey(org string, id int64) string {
	return fmt.Sprintf("cart:{%s}:%d", org, id)
}

// CartItemsKey is in the slot of the carts of org.
func CartItemsKey(org string, id int64) string {
	return "cart:{" + org + "}:" + strconv.FormatInt(id, 10) + ":items"
}

// Scheme names the keys of one service.
type Scheme struct {
	Service string
}

// Key is the key of id in the service's scheme.
func (s Scheme) Key(id string) string {
	return s.Service + ":" + id
}
