package store

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used, user and system: on
// a shared machine a benchmark's CPU time per item varies far less with
// the load than its rate does.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
