package main

import (
	"errors"
	"sync/atomic"
	"testing"
)

func TestOrderedMapKeepsOrder(t *testing.T) {
	var got []int
	err := orderedMap(200, 4, func(i int) (int, error) { return i * i, nil }, func(i, v int) error {
		got = append(got, v)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d is %d, want %d", i, v, i*i)
		}
	}
	if len(got) != 200 {
		t.Fatalf("%d results, want 200", len(got))
	}
}

func TestOrderedMapStopsAtTheFirstError(t *testing.T) {
	bad := errors.New("bad file")
	var started atomic.Int32
	used := 0
	err := orderedMap(1000, 2, func(i int) (int, error) {
		started.Add(1)
		if i == 10 {
			return 0, bad
		}
		return i, nil
	}, func(i, v int) error {
		used++
		return nil
	})
	if !errors.Is(err, bad) {
		t.Fatalf("error %v, want %v", err, bad)
	}
	if used != 10 {
		t.Errorf("%d results used before the error, want 10", used)
	}
	if n := started.Load(); n > 10+2*2+2 {
		t.Errorf("%d items started: the work did not stop near the error", n)
	}
}
