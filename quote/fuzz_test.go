package quote_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
	"github.com/newsfacts/newsfacts/quote"
)

// FuzzAnalyze checks quote.Analyze on any input: no panic, bounded time, every
// quote and speaker mention inside the input on rune boundaries with
// text[start:end] equal to its text, quotes sorted, and a speaker id naming
// one of the entities.
//
//	go test -run '^$' -fuzz FuzzAnalyze -fuzztime 30s -fuzzminimizetime 5s ./quote
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzcheck.Seeds(f, "..") {
		f.Add(s)
		// Load the model and word lists before the clock of the first input.
		d := analysis.Parse(s, analysis.Options{})
		quote.Analyze(d, entity.Analyze(d))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, done := fuzzcheck.Parse(t, text)
		ents := entity.Analyze(doc)
		qs := quote.Analyze(doc, ents)
		done()
		if qs == nil {
			t.Fatal("nil quotes")
		}
		ids := map[string]bool{}
		for _, e := range ents {
			ids[e.ID] = true
		}
		for i, q := range qs {
			fuzzcheck.Span(t, text, "quote", q.Start, q.End, q.Text)
			if m := q.SpeakerMention; m != nil {
				fuzzcheck.Span(t, text, "speaker mention", m.Start, m.End, m.Text)
			}
			if q.SpeakerID != nil && !ids[*q.SpeakerID] {
				t.Fatalf("quote %d: speaker_id %q is no entity", i, *q.SpeakerID)
			}
		}
		fuzzcheck.Sorted(t, "quote", len(qs), func(i int) (int, int) { return qs[i].Start, qs[i].End })
	})
}
