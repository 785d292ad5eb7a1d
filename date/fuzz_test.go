package date_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
)

// FuzzAnalyze checks date.Analyze on any input: no panic, bounded time, every
// mention inside the input on rune boundaries with text[start:end] equal to
// its text, mentions sorted, and a resolved interval that is not empty.
//
//	go test -run '^$' -fuzz FuzzAnalyze -fuzztime 30s -fuzzminimizetime 5s ./date
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzcheck.Seeds(f, "..") {
		f.Add(s)
		// Load the model and word lists before the clock of the first input.
		date.Analyze(analysis.Parse(s, analysis.Options{}))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, done := fuzzcheck.Parse(t, text)
		ms := date.Analyze(doc)
		done()
		if ms == nil {
			t.Fatal("nil mentions")
		}
		for i, m := range ms {
			fuzzcheck.Span(t, text, "date", m.Start, m.End, m.Text)
			if (m.From == nil) != (m.To == nil) {
				t.Fatalf("date %d %q: from %v, to %v: both or neither", i, m.Text, m.From, m.To)
			}
			if m.From != nil && !m.From.Before(*m.To) {
				t.Fatalf("date %d %q: empty interval [%v, %v)", i, m.Text, m.From, m.To)
			}
		}
		fuzzcheck.Sorted(t, "date", len(ms), func(i int) (int, int) { return ms[i].Start, ms[i].End })
	})
}
