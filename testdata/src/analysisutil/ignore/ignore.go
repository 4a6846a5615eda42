// Package ignore exercises //redislint:ignore with a test analyzer that
// reports every call of bad.
package ignore

func bad(...any) {}

func directives() {
	//redislint:ignore crossslot a directive alone on its line covers the next line
	bad()

	bad() //redislint:ignore crossslot a trailing directive covers its own line only
	bad() // want "call of bad"

	bad(1, // want "call of bad"
		2) //redislint:ignore crossslot trailing: covers its own line, not the call's first // want "silences nothing"
	bad() // want "call of bad"

	bad(1, //redislint:ignore crossslot trailing on the call's first line
		2)

	//redislint:ignore crosslot misspelled // want `redislint:ignore names "crosslot", which is no redislint analyzer: did you mean crossslot\?`
	bad() // want "call of bad"

	//redislint:ignore crossslot,nodelocl one name of two misspelled // want `names "nodelocl", which is no redislint analyzer: did you mean nodelocal\?`
	bad()

	//redislint:ignore frobnicate far from every name // want `names "frobnicate", which is no redislint analyzer \(([a-z0-9]+, )*crossslot, ([a-z0-9]+, )*nodelocal, ([a-z0-9]+, )*singleseed, ([a-z0-9]+, )*standaloneclient(, [a-z0-9]+)*\)`
	bad() // want "call of bad"

	//redislint:ignore nodelocal another analyzer's directive is not this one's
	bad() // want "call of bad"

	//redislint:ignore crossslot // want "needs a reason"
	bad() // want "call of bad"

	//redislint:ignore crossslot nothing below // want "silences nothing"
}
