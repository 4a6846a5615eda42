package clustercheck

import (
	"strconv"
	"unsafe"

	"github.com/redislint/redislint/internal/keyspec"
)

// add appends one argument as the client sends it: strings and byte slices
// as they are, numbers and booleans formatted as go-redis and redigo format
// them, a redigo Argument as its RedisArg. Anything else (a time, a type with its own encoding) is a word that
// is not Known: it can be no key the guard checks, nor a count.
func (w *words) add(v any) {
	var a keyspec.Arg
	switch v := v.(type) {
	case string:
		a = keyspec.Arg{Text: v, Known: true}
	case []byte:
		a = keyspec.Arg{Text: unsafe.String(unsafe.SliceData(v), len(v)), Known: true}
	case nil:
		a = keyspec.Arg{Known: true}
	case bool:
		a = keyspec.Arg{Text: "0", Known: true}
		if v {
			a.Text = "1"
		}
	case int:
		a = w.int(int64(v))
	case int64:
		a = w.int(v)
	case int32:
		a = w.int(int64(v))
	case int16:
		a = w.int(int64(v))
	case int8:
		a = w.int(int64(v))
	case uint:
		a = w.uint(uint64(v))
	case uint64:
		a = w.uint(v)
	case uint32:
		a = w.uint(uint64(v))
	case uint16:
		a = w.uint(uint64(v))
	case uint8:
		a = w.uint(uint64(v))
	case float64:
		a = w.text(strconv.AppendFloat(w.num[len(w.num):], v, 'f', -1, 64))
	case float32:
		a = w.text(strconv.AppendFloat(w.num[len(w.num):], float64(v), 'f', -1, 32))
	case interface{ RedisArg() any }: // redigo's redis.Argument
		w.add(v.RedisArg())
		return
	default:
		a = keyspec.Arg{} // unknown
	}
	w.args = append(w.args, a)
}

// int formats n into w.num, as strconv.AppendInt. The text points into
// w.num, which must not grow past its capacity while the words are used:
// past it, the text is allocated.
func (w *words) int(n int64) keyspec.Arg {
	if 0 <= n && n < 100 {
		return keyspec.Arg{Text: strconv.Itoa(int(n)), Known: true} // no allocation below 100
	}
	return w.text(strconv.AppendInt(w.num[len(w.num):], n, 10))
}

func (w *words) uint(n uint64) keyspec.Arg {
	if n < 100 {
		return keyspec.Arg{Text: strconv.Itoa(int(n)), Known: true}
	}
	return w.text(strconv.AppendUint(w.num[len(w.num):], n, 10))
}

func (w *words) text(b []byte) keyspec.Arg {
	if len(w.num)+len(b) > cap(w.num) || unsafe.SliceData(b) != unsafe.SliceData(w.num[len(w.num):cap(w.num)]) {
		return keyspec.Arg{Text: string(b), Known: true} // it did not fit
	}
	w.num = w.num[:len(w.num)+len(b)]
	return keyspec.Arg{Text: unsafe.String(unsafe.SliceData(b), len(b)), Known: true}
}
