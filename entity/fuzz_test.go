package entity_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
)

// FuzzAnalyze checks entity.Analyze on any input: no panic, bounded time,
// every mention inside the input on rune boundaries with text[start:end]
// equal to its text, mentions sorted, entities sorted by first mention with
// unique ids, and Resolve returning an index into the entities or -1.
//
//	go test -run '^$' -fuzz FuzzAnalyze -fuzztime 30s -fuzzminimizetime 5s ./entity
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzcheck.Seeds(f, "..") {
		f.Add(s)
		// Load the model and word lists before the clock of the first input.
		entity.Analyze(analysis.Parse(s, analysis.Options{}))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, done := fuzzcheck.Parse(t, text)
		ents := entity.Analyze(doc)
		for _, e := range doc.Tokens {
			if r := entity.Resolve(doc, ents, e.Start, e.End); r < -1 || r >= len(ents) {
				t.Fatalf("Resolve(%q) = %d, %d entities", e.Text, r, len(ents))
			}
		}
		done()
		if ents == nil {
			t.Fatal("nil entities")
		}
		ids := map[string]bool{}
		for _, e := range ents {
			if len(e.Mentions) == 0 {
				t.Fatalf("entity %s has no mention", e.ID)
			}
			if ids[e.ID] {
				t.Fatalf("entity id %s twice", e.ID)
			}
			ids[e.ID] = true
			for _, m := range e.Mentions {
				fuzzcheck.Span(t, text, "mention of "+e.ID, m.Start, m.End, m.Text)
			}
			fuzzcheck.Sorted(t, "mention of "+e.ID, len(e.Mentions), func(i int) (int, int) { return e.Mentions[i].Start, e.Mentions[i].End })
		}
		fuzzcheck.Sorted(t, "entity", len(ents), func(i int) (int, int) { return ents[i].Mentions[0].Start, ents[i].Mentions[0].End })
	})
}
