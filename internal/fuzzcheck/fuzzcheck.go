// Package fuzzcheck is shared by the fuzz, robustness and linearity tests of
// every package: the seeds they start from, hostile inputs, and the checks
// every fact must pass (offsets inside the input on rune boundaries, text
// equal to the input's bytes, lists sorted, time bounded).
package fuzzcheck

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Seeds are short texts from the sample articles and the corpus under the
// repository root, and a few hostile ones. Short, because the fuzzer
// minimizes every input that finds new coverage, which takes seconds per
// kilobyte.
func Seeds(tb testing.TB, root string) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(root, "testdata/articles/*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	file, err := os.Open(filepath.Join(root, "testdata/corpus/wikinews_2019.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer file.Close()
	rows, err := csv.NewReader(file).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	for i := 1; i < len(rows); i += 40 {
		texts = append(texts, rows[i][3])
	}
	var seeds []string
	for _, t := range texts {
		n := min(len(t), 600)
		for n > 0 && n < len(t) && !utf8.RuneStart(t[n]) {
			n--
		}
		seeds = append(seeds, t[:n])
	}
	return append(seeds,
		" date 2022-01-26 NEW YORK (CBSNewYork) — “Where?” Gov. Kathy Hochul said Monday.\r\n\r\nHe said the $5 million plan would pass next week.",
		strings.Repeat("“", 100), strings.Repeat("Mr. ", 50), "\xff\xfe Mayor \xc3 said \xe2\x80 İ", "")
}

// Parse analyses text, dated 2022-01-26, and returns a function that fails
// the test if the work since took unreasonably long for the text's size.
func Parse(t *testing.T, text string) (*analysis.Doc, func()) {
	start := time.Now()
	doc := analysis.Parse(text, analysis.Options{Published: time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC)})
	return doc, func() {
		// Generous: instrumentation and GC pauses add noise.
		if d := time.Since(start); d > 2*time.Second+time.Duration(len(text))*200*time.Microsecond {
			t.Fatalf("%d bytes took %v", len(text), d)
		}
	}
}

// Span checks that text[start:end] == s with offsets on rune boundaries.
func Span(t *testing.T, text, what string, start, end int, s string) {
	t.Helper()
	switch {
	case start < 0 || end < start || end > len(text):
		t.Fatalf("%s [%d:%d]: outside the input (%d bytes)", what, start, end, len(text))
	case !analysis.RuneBoundary(text, start) || !analysis.RuneBoundary(text, end):
		t.Fatalf("%s [%d:%d]: not on a rune boundary", what, start, end)
	case text[start:end] != s:
		t.Fatalf("%s [%d:%d]: text %q, input has %q", what, start, end, s, text[start:end])
	}
}

// Sorted checks that n spans are sorted by start, then end.
func Sorted(t *testing.T, what string, n int, span func(i int) (int, int)) {
	t.Helper()
	for i := 1; i < n; i++ {
		s0, e0 := span(i - 1)
		s1, e1 := span(i)
		if s1 < s0 || (s1 == s0 && e1 < e0) {
			t.Fatalf("%s %d [%d:%d] after [%d:%d]: not sorted", what, i, s1, e1, s0, e0)
		}
	}
}

// RaceEnabled reports whether the test binary was built with -race, where
// timings mean little.
func RaceEnabled() bool {
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

// Garbage is n deterministic pseudo-random bytes.
func Garbage(n int) []byte {
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
