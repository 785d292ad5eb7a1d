package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// A task does the work for one input (read, extract, encode) on a worker.
type task func() result

// result is what a task writes: out on stdout, msg (one line) on stderr.
type result struct {
	out    []byte
	msg    string
	failed bool
}

type stats struct {
	done, failed int
	interrupted  bool
	writeErr     error
}

// pipeline runs the tasks that produce emits on workers goroutines and writes
// their results in the order they were emitted, each as soon as it and all
// before it are done. At most 2×workers results wait to be written, so memory
// stays bounded however long the input is. When ctx is cancelled, emit
// returns false, and pipeline writes the results already queued and returns
// without waiting for produce.
func pipeline(ctx context.Context, workers int, stdout, stderr io.Writer, p *progress, produce func(emit func(task) bool)) stats {
	type job struct {
		t    task
		done chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, 2*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.done <- j.t()
			}
		}()
	}
	var st stats
	go func() {
		defer close(order)
		defer close(jobs)
		produce(func(t task) bool {
			if ctx.Err() != nil {
				return false
			}
			done := make(chan result, 1)
			select {
			case order <- done:
			case <-ctx.Done():
				return false
			}
			jobs <- job{t, done}
			return true
		})
	}()

	write := func(done chan result) {
		r := <-done
		st.done++
		if r.failed {
			st.failed++
		}
		if r.msg != "" {
			p.clear()
			fmt.Fprintln(stderr, r.msg)
		}
		if len(r.out) > 0 && st.writeErr == nil {
			_, st.writeErr = stdout.Write(r.out)
		}
		p.update(st)
	}
	for {
		select {
		case done, ok := <-order:
			if !ok {
				return st
			}
			write(done)
		case <-ctx.Done():
			// Flush what is queued; the producer may be blocked reading input.
			st.interrupted = true
			for {
				select {
				case done, ok := <-order:
					if !ok {
						return st
					}
					write(done)
				default:
					return st
				}
			}
		}
	}
}

// progress redraws one status line on stderr. A nil *progress does nothing.
// On a terminal the line is redrawn in place; elsewhere (-progress into a
// file) a new line is written at most every few seconds.
type progress struct {
	w     io.Writer
	tty   bool
	every time.Duration
	start time.Time
	last  time.Time
	shown bool
	st    stats
}

func newProgress(w io.Writer, tty bool) *progress {
	// The wall clock only measures the run's rate; it never reaches extraction.
	p := &progress{w: w, tty: tty, every: 200 * time.Millisecond, start: time.Now()}
	if !tty {
		p.every = 5 * time.Second
		p.last = p.start
	}
	return p
}

func (p *progress) update(st stats) {
	if p == nil {
		return
	}
	p.st = st
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.draw()
	}
}

func (p *progress) draw() {
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.st.done) / secs
	}
	line := fmt.Sprintf("newsfacts: %d done, %.1f/s, %d errors", p.st.done, rate, p.st.failed)
	if !p.tty {
		fmt.Fprintln(p.w, line)
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K"+line)
	p.shown = true
}

// clear erases the status line before another message is printed.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// finish draws the final figures and ends the line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.draw()
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
