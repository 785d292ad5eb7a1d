package extract_test

import (
	"cmp"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
)

// FuzzExtract checks the output contract on any input: no panic, no error,
// every offset inside the input on rune boundaries with text[start:end] equal
// to the fact's text, every list sorted (Facts.Validate), in bounded time.
//
//	go test -run '^$' -fuzz FuzzExtract -fuzztime 30s -fuzzminimizetime 5s ./extract
func FuzzExtract(f *testing.F) {
	// Short seeds: the fuzzer minimizes every input that finds new coverage,
	// which takes seconds per kilobyte on this pipeline.
	for _, a := range benchSamples(f) {
		f.Add(fuzzSeed(a.text))
	}
	corpus := benchCorpus(f)
	for i := 0; i < len(corpus); i += 30 {
		f.Add(fuzzSeed(corpus[i].text))
	}
	for _, a := range adversarialInputs {
		f.Add(a.gen(300))
	}
	f.Add(" date 2022-01-26 NEW YORK (CBSNewYork) — “Where are the guns coming from?” Hochul said Monday.\r\n\r\n" +
		"Mayor Eric Adams, who took office Jan. 1, said the $1.9 trillion plan “will work.” ‘x’ — he added.")
	ex := extract.New(extract.WithPublished(time.Date(2022, 1, 26, 0, 0, 0, 0, time.UTC)))
	// Load the extractors' word lists before the clock of the first input.
	if _, err := ex.Extract(benchSamples(f)[0].text); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		facts, err := ex.Extract(text)
		// Generous: instrumentation and GC pauses add noise; the adversarial
		// tests measure growth properly.
		if d := time.Since(start); d > 2*time.Second+time.Duration(len(text))*200*time.Microsecond {
			t.Fatalf("%d bytes took %v", len(text), d)
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := facts.Validate(text); err != nil {
			t.Fatal(err)
		}
		checkNonNil(t, facts)
	})
}

// fuzzSeed is the start of text, at most 600 bytes, cut at a rune boundary.
func fuzzSeed(text string) string {
	n := min(len(text), 600)
	for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// checkNonNil checks that empty lists are empty, not nil (null in JSON).
func checkNonNil(t *testing.T, f *extract.Facts) {
	t.Helper()
	if f.Entities == nil || f.Quotes == nil || f.Dates == nil || f.Policies == nil {
		t.Fatalf("a nil list: %+v", f)
	}
	if _, err := json.Marshal(f); err != nil {
		t.Fatal(err)
	}
}

// adversarialInputs each generate about n bytes of hostile text.
var adversarialInputs = []struct {
	name string
	gen  func(n int) string
}{
	{"quote marks", func(n int) string { return strings.Repeat("“", n/3) }},
	{"spaced quote marks", func(n int) string { return strings.Repeat("“ ” \" ", n/10) }},
	{"quoted attributions", func(n int) string { return strings.Repeat(`“Go,” Mr. Smith said. `, n/24) }},
	{"no punctuation", func(n int) string { return strings.Repeat("the mayor said that the bill ", n/29) }},
	{"abbreviations", func(n int) string { return strings.Repeat("Mr. ", n/4) }},
	{"capitalized words", func(n int) string { return strings.Repeat("Mayor Sam Liccardo ", n/19) }},
	{"dates", func(n int) string { return strings.Repeat("Monday, Jan. 3, 2022 at 5 p.m. ", n/31) }},
	{"binary", func(n int) string { return string(fuzzcheck.Garbage(n)) }},
	{"invalid UTF-8", func(n int) string { return strings.Repeat("\xff\xfe Gov.\xc3 said “\xe2\x80 İ ", n/24) }},
	{"CRLF", func(n int) string {
		return strings.Repeat("“We will act,” Gov. Kathy Hochul said Monday.\r\n\r\nThe law passed.\r\n", n/66)
	}},
}

// TestAdversarial extracts hostile inputs: 10,000 quote marks, 1 MB without
// punctuation, a line of 100,000 abbreviations, binary garbage, invalid
// UTF-8, CRLF text. Each gives valid facts, and (outside -short and -race)
// 10× the input costs about 10× the time.
func TestAdversarial(t *testing.T) {
	// The larger size of each pair; 1 MB unless the issue names another.
	large := map[string]int{
		"quote marks":   30_000,  // 10,000 marks
		"abbreviations": 400_000, // "Mr. " × 100,000
	}
	timing := !testing.Short() && !fuzzcheck.RaceEnabled()
	for _, a := range adversarialInputs {
		t.Run(a.name, func(t *testing.T) {
			n := 20_000
			if timing {
				n = cmp.Or(large[a.name], 1<<20) / 10
			}
			small := a.gen(n)
			ts := extractTimed(t, small)
			if !timing {
				return
			}
			big := a.gen(10 * n)
			tb := extractTimed(t, big)
			// Keep the best of two runs of each against a noisy machine.
			ts = min(ts, extractTimed(t, small))
			tb = min(tb, extractTimed(t, big))
			ratio := float64(tb) / float64(max(ts, time.Microsecond))
			t.Logf("%d bytes: %v; %d bytes: %v; ×%.1f", len(small), ts, len(big), tb, ratio)
			// Linear is ×10, quadratic ×100; the bound leaves room for noise
			// and for memory: 100 kB stays in cache, 1 MB in one sentence
			// does not (measured ×8 to ×23).
			if ratio > 60 {
				t.Errorf("10× the input took ×%.1f the time", ratio)
			}
		})
	}
}

// extractDeadline bounds one adversarial extraction: linear code takes well
// under a second per megabyte.
const extractDeadline = 20 * time.Second

func extractTimed(t *testing.T, text string) time.Duration {
	t.Helper()
	type res struct {
		f   *extract.Facts
		err error
		d   time.Duration
	}
	runtime.GC() // start each measurement from the same heap
	done := make(chan res, 1)
	go func() {
		start := time.Now()
		f, err := benchExtractor.Extract(text)
		done <- res{f, err, time.Since(start)}
	}()
	var r res
	select {
	case r = <-done:
	case <-time.After(extractDeadline):
		// Fail now rather than at the test binary's timeout; the
		// extraction goes on in the background until the binary exits.
		t.Fatalf("%d bytes: no result after %v", len(text), extractDeadline)
	}
	f, err, d := r.f, r.err, r.d
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Validate(text); err != nil {
		t.Fatal(err)
	}
	checkNonNil(t, f)
	return d
}

// TestConcurrentExtract shares one Extractor between goroutines and requires
// the same facts as a sequential run (run it with -race).
func TestConcurrentExtract(t *testing.T) {
	var texts []string
	for _, a := range benchSamples(t) {
		texts = append(texts, a.text)
	}
	corpus := benchCorpus(t)
	for i := 0; i < len(corpus); i += 8 {
		texts = append(texts, corpus[i].text)
	}
	ex := extract.New(extract.WithPublished(time.Date(2021, 7, 12, 0, 0, 0, 0, time.UTC)))
	encode := func(text string) string {
		f, err := ex.Extract(text)
		if err != nil {
			return "error: " + err.Error()
		}
		b, err := json.Marshal(f)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = encode(text)
	}
	const goroutines = 8
	got := make([][]string, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		got[g] = make([]string, len(texts))
		wg.Go(func() {
			// Each goroutine walks the articles from a different start, so
			// that different articles are extracted at the same time.
			for k := range texts {
				i := (k + g*len(texts)/goroutines) % len(texts)
				got[g][i] = encode(texts[i])
			}
		})
	}
	wg.Wait()
	for g := range goroutines {
		for i := range texts {
			if got[g][i] != want[i] {
				t.Fatalf("goroutine %d, article %d: concurrent output differs from the sequential one:\n%s\nvs\n%s",
					g, i, abbrev(got[g][i]), abbrev(want[i]))
			}
		}
	}
}

func abbrev(s string) string {
	if len(s) > 2000 {
		return fmt.Sprintf("%s… (%d bytes)", s[:2000], len(s))
	}
	return s
}
