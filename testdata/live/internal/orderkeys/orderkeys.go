// Package orderkeys is the key scheme that services share: a module of its
// own, without Redis, that redislint reads from export data (and from
// source for the builders a key calls).
package orderkeys

import (
	"fmt"
	"strconv"
)

// Order is the key of order id of org.
func Order(org string, id int64) string {
	return fmt.Sprintf("order:%s:%d", org, id)
}

// Invoice is the key of the invoice of order id of org.
func Invoice(org string, id int64) string {
	return "invoice:" + org + ":" + strconv.FormatInt(id, 10)
}

// TaggedOrder and TaggedInvoice keep the keys of one org in one slot.
func TaggedOrder(org string, id int64) string {
	return fmt.Sprintf("order:{%s}:%d", org, id)
}

func TaggedInvoice(org string, id int64) string {
	return "invoice:{" + org + "}:" + strconv.FormatInt(id, 10)
}
