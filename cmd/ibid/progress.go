package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// orderedMap runs work(i) for i in 0..n-1 on up to workers goroutines and
// hands each result to use in order of i. At most 2×workers results wait
// at once, so memory stays bounded. The first error, from work or use,
// stops it.
func orderedMap[T any](n, workers int, work func(int) (T, error), use func(int, T) error) error {
	type slot struct {
		v   T
		err error
	}
	workers = max(1, workers)
	slots := make([]chan slot, n)
	for i := range slots {
		slots[i] = make(chan slot, 1)
	}
	next := make(chan int)
	stop := make(chan struct{})
	window := make(chan struct{}, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				v, err := work(i)
				slots[i] <- slot{v, err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := 0; i < n && err == nil; i++ {
		s := <-slots[i]
		<-window
		if err = s.err; err == nil {
			err = use(i, s.v)
		}
	}
	close(stop)
	wg.Wait()
	return err
}

// progress draws a bar with counts and rate on standard error when it is a
// terminal, at most ten times a second; elsewhere, or with --quiet, it
// draws nothing.
type progress struct {
	w           io.Writer
	label, unit string
	total, n    int
	start, last time.Time
	now         func() time.Time
	drawn       bool
}

func newProgress(e *env, quiet bool, label string, total int, unit string) *progress {
	p := &progress{label: label, unit: unit, total: total, now: e.now}
	if f, ok := e.stderr.(*os.File); ok && !quiet && isTerminal(f) {
		p.w = f
	}
	p.start = p.now()
	return p
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) add(k int) {
	p.n += k
	if p.w == nil {
		return
	}
	t := p.now()
	if p.n < p.total && t.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = t
	const width = 30
	fill := width
	if p.total > 0 {
		fill = width * p.n / p.total
	}
	rate := float64(p.n) / max(t.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d %s, %.0f/s ", p.label, strings.Repeat("#", fill), strings.Repeat(".", width-fill), p.n, p.total, p.unit, rate)
	p.drawn = true
}

// done clears the bar.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
		p.drawn = false
	}
}
