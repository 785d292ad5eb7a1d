package analysis

import (
	"fmt"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that any bytes parse without panic, quickly, into spans
// inside the input, on rune boundaries, in order, with sentences inside their
// paragraphs and tokens inside their sentences (see checkDoc).
func FuzzParse(f *testing.F) {
	// Short seeds: the fuzzer minimizes every input that finds new coverage,
	// which takes seconds per kilobyte here.
	for _, text := range sampleTexts(f) {
		f.Add(seed(text))
	}
	corpus := corpusTexts(f)
	for i := 0; i < len(corpus); i += 40 {
		f.Add(seed(corpus[i]))
	}
	for _, tc := range adversarial {
		f.Add(tc.gen(200))
	}
	f.Add(" date 2022-01-26 NEW YORK (CBSNewYork) — “Where?” Hochul said.\r\n\r\nMr. U.S. p.m. ‘x’")
	Load()
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		timer := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("Parse hangs on %q", text)) })
		doc := Parse(text, Options{})
		timer.Stop()
		// Generous: the fuzzer's instrumentation and GC pauses add noise;
		// TestLinear measures the growth properly.
		if d := time.Since(start); d > time.Second+time.Duration(len(text))*100*time.Microsecond {
			t.Fatalf("%d bytes took %v", len(text), d)
		}
		checkDoc(t, doc)
	})
}

// seed is the start of text, at most 600 bytes, cut at a rune boundary.
func seed(text string) string {
	n := min(len(text), 600)
	for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}
