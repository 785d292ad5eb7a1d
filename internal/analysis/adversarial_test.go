package analysis

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Adversarial inputs: each is parsed without panic, with the invariants of
// checkDoc, in time linear in its size.
var adversarial = []struct {
	name string
	gen  func(n int) string // about n bytes
}{
	{"quote marks", func(n int) string { return strings.Repeat("“", n/3) }},
	{"straight quotes and spaces", func(n int) string { return strings.Repeat(`" `, n/2) }},
	{"quoted sentences", func(n int) string { return strings.Repeat(`“Go.” he said. `, n/18) }},
	{"no punctuation", func(n int) string { return strings.Repeat("word after word ", n/16) }},
	{"abbreviations", func(n int) string { return strings.Repeat("Mr. ", n/4) }},
	{"dots", func(n int) string { return strings.Repeat(".", n) }},
	{"initials", func(n int) string { return strings.Repeat("A. ", n/3) }},
	{"binary", func(n int) string { return string(garbage(n)) }},
	{"invalid UTF-8", func(n int) string { return strings.Repeat("\xff\xfe a\xc3 \xe2\x80 İ ", n/14) }},
	{"CRLF", func(n int) string { return strings.Repeat("He said Monday.\r\n\r\nShe left.\r\n", n/30) }},
	{"one line per paragraph", func(n int) string { return strings.Repeat("A line.\n", n/8) }},
	{"long word", func(n int) string { return strings.Repeat("a", n) }},
	{"brackets", func(n int) string { return strings.Repeat("((((", n/4) + strings.Repeat("))))", n/4) }},
	{"spaces", func(n int) string { return strings.Repeat(" \t\n\r\u00a0", n/6) }},
}

func TestAdversarial(t *testing.T) {
	Load()
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.gen(20_000), Options{})
			checkDoc(t, doc)
		})
	}
}

// TestLinear compares the time of inputs of size n and 10n.
func TestLinear(t *testing.T) {
	if testing.Short() || raceEnabled() {
		t.Skip("timing: not in -short or -race runs")
	}
	Load()
	n := 100_000
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			small, big := tc.gen(n), tc.gen(10*n)
			ts := minTime(func() { Parse(small, Options{}) })
			tb := minTime(func() { Parse(big, Options{}) })
			// Below a millisecond, timer and cache noise dominate.
			ratio := float64(tb) / float64(max(ts, time.Millisecond))
			t.Logf("%d bytes: %v, %d bytes: %v, ×%.1f", len(small), ts, len(big), tb, ratio)
			// 10× the input costs about 10× the time; quadratic would be 100×.
			// The bound leaves room for a noisy shared machine and for memory:
			// 100 kB stays in cache and 1 MB in one sentence does not (measured
			// ×10 to ×38 here; 1 MB → 2 MB is about ×2.3).
			assert.Less(t, ratio, 60.0, "time grows faster than the input")
		})
	}
}

// minTime returns the best of a few runs of f.
func minTime(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		runtime.GC() // start each run from the same heap
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// raceEnabled and garbage are fuzzcheck's RaceEnabled and Garbage, which
// this package's own tests cannot import: fuzzcheck imports analysis.
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" && s.Value == "true" {
			return true
		}
	}
	return false
}

func garbage(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}
