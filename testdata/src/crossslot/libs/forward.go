package libs

import (
	redigo "github.com/gomodule/redigo/redis"
	"github.com/mna/redisc"
)

// doCmd forwards a command name and its words to the connection's Do.
func doCmd(c redigo.Conn, cmd string, args ...interface{}) (interface{}, error) {
	return c.Do(cmd, args...)
}

func forwarded(cluster *redisc.Cluster) {
	conn := cluster.Get()
	defer conn.Close()
	doCmd(conn, "MSET", "foo", 1, "bar", 2) // want `^MSET \(through libs.doCmd\) keys "foo" \(slot 12182\) and "bar" \(slot 5061\) hash to different slots: CROSSSLOT on a cluster$`
	doCmd(conn, "MSET", "{u}foo", 1, "{u}bar", 2)
}

// Not a forwarder: the command name is fixed.
func getTwo(c redigo.Conn, keys ...interface{}) (interface{}, error) {
	return c.Do("MGET", keys...)
}
