package lsp

import (
	"bufio"
	"strings"
	"testing"
)

func TestReadMessage(t *testing.T) {
	r := bufio.NewReader(strings.NewReader("Content-Length: 2\r\nContent-Type: x\r\n\r\n{}Content-Length: 4\r\n\r\nnull" + "\r\n\r\n"))
	for _, want := range []string{"{}", "null"} {
		got, err := ReadMessage(r)
		if err != nil || string(got) != want {
			t.Fatalf("ReadMessage = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := ReadMessage(r); err == nil {
		t.Error("a message without Content-Length: no error")
	}
	if _, err := ReadMessage(bufio.NewReader(strings.NewReader("Content-Length: 9\r\n\r\nshort"))); err == nil {
		t.Error("a short body: no error")
	}
}
