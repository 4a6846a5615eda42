package plain // no Redis client, directly or through others: not relevant

import "fmt"

func F() string { return fmt.Sprint("user:", 1) }
