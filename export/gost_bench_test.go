//go:build linux || darwin

package export

import (
	"io"
	"syscall"
	"testing"
	"time"
)

// BenchmarkGOSTCPU is BenchmarkGOST measured in CPU time as well: on a
// machine loaded by other work the wall clock counts the time the
// process waited for a processor, which works/s then reports as the
// writer's. works/cpu-s counts the process's user and system time (the
// garbage collector's included).
func BenchmarkGOSTCPU(b *testing.B) {
	items := generated(b, 100000)
	start := cpuTime(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := GOST(io.Discard, items, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	cpu := cpuTime(b) - start
	n := float64(len(items) * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "works/s")
	b.ReportMetric(n/cpu.Seconds(), "works/cpu-s")
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
