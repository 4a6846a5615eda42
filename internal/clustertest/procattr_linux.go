package clustertest

import (
	"os/exec"
	"syscall"
)

// setProcAttr has the kernel kill the node if the test process dies first
// (say, killed by go test's -timeout), so that no node outlives its test.
func setProcAttr(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
