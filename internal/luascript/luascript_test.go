package luascript

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// firstKey treats the first argument of every command as its only key,
// which is right for the commands used below.
func firstKey(words []Word) ([]int, bool) {
	if len(words) < 2 {
		return nil, true
	}
	return []int{1}, true
}

func TestUndeclaredKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string // "COMMAND how text"
	}{
		{"declared", `return redis.call('GET', KEYS[1])`, nil},
		{"declared via local", "local k = KEYS[1]\nreturn redis.call('GET', k)", nil},
		{"built from ARGV", `return redis.call('GET', 'user:' .. ARGV[1])`, []string{"GET built user: 'user:' .. ARGV[1]"}},
		{"prefix from ARGV may carry a tag", `return redis.call('HGET', ARGV[1] .. id, 'f')`, nil},
		{"built from KEYS", `return redis.call("INCR", KEYS[1] .. ":count")`, nil},
		{"argv", `redis.pcall('DEL', ARGV[2])`, nil},
		{"literal", `redis.call('SET', 'config', 1)`, []string{"SET literal config 'config'"}},
		{"server alias", `server.call('GET', "x")`, []string{`GET literal x "x"`}},
		{"long string command", `redis.call([[GET]], KEYS[1])`, nil},
		{"dynamic command", `redis.call(ARGV[1], 'x')`, nil},
		{"unknown variable", `local k = cjson.decode(ARGV[1]).key; return redis.call('GET', k)`, nil},
		{"variable reassigned", "local k = KEYS[1]\nk = 'x'\nreturn redis.call('GET', k)", nil},
		{"comments", "-- redis.call('GET', 'a')\n--[[ redis.call('GET', 'b') ]]\nreturn redis.call('GET', KEYS[1])", nil},
		{"nested call args", `redis.call('SET', KEYS[1], string.format('%d', tonumber(ARGV[1])))`, nil},
		{"two calls", "redis.call('SET', KEYS[1], 1)\nredis.call('SET', 'b:' .. ARGV[1], 1)", []string{"SET built b: 'b:' .. ARGV[1]"}},
		{"tagged prefix", `redis.call('SET', '{b}:' .. ARGV[1], 1)`, []string{"SET built {b}: '{b}:' .. ARGV[1]"}},
		{"unterminated", `redis.call('GET', 'a`, nil},
		{"empty", ``, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range UndeclaredKeys(tc.src, firstKey) {
				how := "built"
				if a.Literal {
					how = "literal"
				}
				got = append(got, a.Command+" "+how+" "+a.Prefix+" "+a.Key)
				if !strings.HasPrefix(tc.src[a.Off:], a.Key) {
					t.Errorf("offset %d does not point at %q", a.Off, a.Key)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzUndeclaredKeys(f *testing.F) {
	f.Add(`return redis.call('GET', 'user:' .. ARGV[1])`)
	f.Add("--[==[ x ]==] redis.call([=[SET]=], KEYS[1], '\\'')")
	f.Add(`redis.call(`)
	f.Fuzz(func(t *testing.T, src string) {
		for _, a := range UndeclaredKeys(src, firstKey) {
			if a.Off < 0 || a.Off > len(src) {
				t.Fatalf("offset %d out of range", a.Off)
			}
		}
	})
}

func TestKeysFromReplies(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // "COMMAND key of"
	}{
		{"ipairs of a call", `for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('HGETALL', k) end`, []string{"HGETALL k ZRANGE"}},
		{"pairs with index", `for i, k in pairs(redis.pcall('SMEMBERS', KEYS[1])) do redis.call('DEL', k) end`, []string{"DEL k SMEMBERS"}},
		{"through a local", "local ks = redis.call('KEYS', 'x*')\nfor _, k in ipairs(ks) do redis.call('DEL', k) end", []string{"DEL k KEYS"}},
		{"local reassigned", "local ks = redis.call('KEYS', 'x*')\nks = KEYS\nfor _, k in ipairs(ks) do redis.call('DEL', k) end", nil},
		{"loop variable reassigned", `for _, k in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do k = KEYS[2]; redis.call('DEL', k) end`, nil},
		{"over KEYS", `for _, k in ipairs(KEYS) do redis.call('DEL', k) end`, nil},
		{"reply as an argument", `for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do redis.call('SADD', KEYS[2], m) end`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			acc, _ := Keys(tc.src, firstKey)
			for _, a := range acc {
				if a.Reply {
					got = append(got, a.Command+" "+a.Key+" "+a.ReplyOf)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDerivedKeys(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // "COMMAND index suffix known"
	}{
		{"literal suffix", `redis.call('SET', KEYS[1] .. ':lock', 1)`, []string{"SET 1 :lock true"}},
		{"run-time suffix", `redis.call('SET', KEYS[2] .. ARGV[1], 1)`, []string{"SET 2  false"}},
		{"plain KEYS", `redis.call('SET', KEYS[1], 1)`, nil},
		{"prefix before KEYS", `redis.call('SET', 'x' .. KEYS[1], 1)`, nil},
		{"through a local", "local lock = KEYS[1] .. ':lock' -- the lock\nredis.call('SET', lock, 1)", []string{"SET 1 :lock true"}},
		{"local reassigned", "local lock = KEYS[1] .. ':lock'\nlock = KEYS[2]\nredis.call('SET', lock, 1)", nil},
		{"string.format", `redis.call('SET', string.format('%s:lock', KEYS[2]), 1)`, []string{"SET 2 :lock true"}},
		{"string.format with more verbs", `redis.call('SET', string.format('%s:%s', KEYS[1], ARGV[1]), 1)`, nil},
		{"string.format through a local", "local k = string.format('%s:n', KEYS[1]); redis.call('INCR', k)", []string{"INCR 1 :n true"}},
		{"a helper function", "local function lockKey(k) return k .. ':lock' end\nredis.call('SET', lockKey(KEYS[1]), 1)", []string{"SET 1 :lock true"}},
		{"a helper defined twice", "local function lockKey(k) return k .. ':lock' end\nlocal function lockKey(k) return k end\nredis.call('SET', lockKey(KEYS[1]), 1)", nil},
		{"a helper of ARGV", "local function lockKey(k) return k .. ':lock' end\nredis.call('SET', lockKey(ARGV[1]), 1)", nil},
		{"a local of a local", "local lk = KEYS[1]\nlocal ck = lk .. ':count:' .. ARGV[1]\nredis.call('INCR', ck)", []string{"INCR 1  false"}},
		{"a local of a local, literal suffix", "local lk = KEYS[2]\nlocal ck = lk .. ':n'\nredis.call('INCR', ck)", []string{"INCR 2 :n true"}},
		{"tagged by KEYS", "local lk = '{' .. KEYS[1] .. '}'\nlocal ck = lk .. ':count:' .. ARGV[1]\nredis.call('SET', lk, 1)\nredis.call('INCR', ck)", nil},
		{"tagged by KEYS, inline", `redis.call('SET', '{' .. KEYS[1] .. '}:n', 1)`, nil},
		{"a local called", "local lk = KEYS[1]\nredis.call('SET', lk:upper(), 1)", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			_, ds := Keys(tc.src, firstKey)
			for _, d := range ds {
				got = append(got, strings.Join([]string{d.Command, strconv.Itoa(d.Index), d.Suffix, strconv.FormatBool(d.SuffixKnown)}, " "))
				if !strings.HasPrefix(tc.src[d.Off:], d.Key) {
					t.Errorf("offset %d does not point at %q", d.Off, d.Key)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestModeOf(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want Mode
	}{
		{"return redis.call('GET', KEYS[1])", ModeNode},
		{"\n#!lua\nreturn 1", ModeNode}, // not at the start: no shebang (and a Lua syntax error)
		{"#!lua\nreturn 1", ModeSlot},
		{"#!lua flags=no-writes\nreturn 1", ModeSlot},
		{"#!lua flags=no-writes,allow-oom,allow-stale\r\nreturn 1", ModeSlot},
		{"#!lua flags=\nreturn 1", ModeSlot},
		{"#!lua flags=allow-cross-slot-keys\nreturn 1", ModeNode},
		{"#!lua   flags=no-writes,allow-cross-slot-keys\nreturn 1", ModeNode},
		{"#!lua flags=no-writes flags=allow-cross-slot-keys\nreturn 1", ModeNode},
		{"#!lua flags=no-cluster\nreturn 1", ModeOther},
		{"#!lua flags=allow-cross-slot-keys,bogus\nreturn 1", ModeOther},
		{"#!lua name=x\nreturn 1", ModeOther},
		{"#!python\nreturn 1", ModeOther},
		{"#!lua", ModeOther},
		{"#! lua\nreturn 1", ModeOther},
	} {
		if got := ModeOf(tc.src); got != tc.want {
			t.Errorf("ModeOf(%q) = %d, want %d", tc.src, got, tc.want)
		}
	}
}

func TestShebangLine(t *testing.T) {
	src := "#!lua flags=allow-cross-slot-keys\nredis.call('SET', 'seen', 1)"
	acc := UndeclaredKeys(src, firstKey)
	if len(acc) != 1 || acc[0].Key != "'seen'" || !strings.HasPrefix(src[acc[0].Off:], "'seen'") {
		t.Fatalf("got %+v, want the one access 'seen' at its offset", acc)
	}
	if acc := UndeclaredKeys("#!lua redis.call('SET', 'seen', 1)", firstKey); len(acc) != 0 {
		t.Errorf("a script that is all shebang line: got %+v, want nothing", acc)
	}
}

func TestPCall(t *testing.T) {
	acc, der := Keys("redis.call('GET', 'a'); redis.pcall('GET', 'b'); server.pcall('SET', KEYS[1] .. ':x', 1)", firstKey)
	if len(acc) != 2 || acc[0].PCall || !acc[1].PCall {
		t.Errorf("accesses %+v: want 'a' by call, 'b' by pcall", acc)
	}
	if len(der) != 1 || !der[0].PCall {
		t.Errorf("derived %+v: want one, by pcall", der)
	}
}
