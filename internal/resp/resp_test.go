package resp

import (
	"bufio"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestReadReply(t *testing.T) {
	for _, tc := range []struct {
		wire string
		want Reply
	}{
		{"+OK\r\n", Reply{Kind: SimpleString, Str: "OK"}},
		{"-MOVED 1 127.0.0.1:7000\r\n", Reply{Kind: Error, Str: "MOVED 1 127.0.0.1:7000"}},
		{":-42\r\n", Reply{Kind: Integer, Int: -42}},
		{"$0\r\n\r\n", Reply{Kind: Bulk}},
		{"$5\r\na\r\n\x00\xff\r\n", Reply{Kind: Bulk, Str: "a\r\n\x00\xff"}},
		{"$-1\r\n", Reply{Kind: Bulk, Nil: true}},
		{"*-1\r\n", Reply{Kind: Array, Nil: true}},
		{"*0\r\n", Reply{Kind: Array, Elems: []Reply{}}},
		{"*2\r\n:1\r\n*1\r\n$1\r\nx\r\n", Reply{Kind: Array, Elems: []Reply{
			{Kind: Integer, Int: 1},
			{Kind: Array, Elems: []Reply{{Kind: Bulk, Str: "x"}}},
		}}},
	} {
		got, err := ReadReply(bufio.NewReader(strings.NewReader(tc.wire)))
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ReadReply(%q) = %#v, %v; want %#v", tc.wire, got, err, tc.want)
		}
	}
	deep := strings.Repeat("*1\r\n", maxDepth+1) + ":1\r\n"
	for _, wire := range []string{"?x\r\n", "+OK\n", "$3\r\nabcd\r\n", ":x\r\n", "*-2\r\n", "$-5\r\n", deep} {
		if got, err := ReadReply(bufio.NewReader(strings.NewReader(wire))); !errors.Is(err, ErrProtocol) {
			t.Errorf("ReadReply(%q) = %v, %v; want a protocol error", wire, got, err)
		}
	}
	// A length announced on the wire is not trusted: these end in an I/O
	// error once the input runs out, without allocating what they announce.
	for _, wire := range []string{"", "+OK", "$3\r\nab", "*2\r\n:1\r\n", "$4000000000000\r\nab", "*4000000000000\r\n:1\r\n"} {
		if got, err := ReadReply(bufio.NewReader(strings.NewReader(wire))); err == nil || errors.Is(err, ErrProtocol) {
			t.Errorf("ReadReply(%q) = %v, %v; want an I/O error", wire, got, err)
		}
	}
	okDeep := strings.Repeat("*1\r\n", maxDepth) + ":1\r\n"
	if _, err := ReadReply(bufio.NewReader(strings.NewReader(okDeep))); err != nil {
		t.Errorf("arrays nested %d deep: %v", maxDepth, err)
	}
	if err := (Reply{Kind: Error, Str: "ERR x"}).Err(); err == nil || err.Error() != "ERR x" {
		t.Errorf("Err() of an error reply = %v", err)
	}
	if err := (Reply{Kind: Bulk, Str: "ERR x"}).Err(); err != nil {
		t.Errorf("Err() of a bulk reply = %v", err)
	}
}

func TestWriteCommand(t *testing.T) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	WriteCommand(w, []string{"SET", "k\x00\r\n", ""})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := "*3\r\n$3\r\nSET\r\n$4\r\nk\x00\r\n\r\n$0\r\n\r\n"; b.String() != want {
		t.Errorf("writeCommand wrote %q, want %q", b.String(), want)
	}
	// What writeCommand writes, the server reads as an array of bulks, which
	// is what readReply reads too.
	got, err := ReadReply(bufio.NewReader(strings.NewReader(b.String())))
	if err != nil || got.String() != `["SET" "k\x00\r\n" ""]` {
		t.Errorf("read back: %v, %v", got, err)
	}
	var _ io.Writer = w
}
