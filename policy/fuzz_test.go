package policy_test

import (
	"testing"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/internal/fuzzcheck"
	"github.com/newsfacts/newsfacts/policy"
)

// FuzzAnalyze checks policy.Analyze on any input: no panic, bounded time,
// every mention inside the input on rune boundaries with text[start:end]
// equal to its text, mentions sorted, and an actor id naming one of the
// entities.
//
//	go test -run '^$' -fuzz FuzzAnalyze -fuzztime 30s -fuzzminimizetime 5s ./policy
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzcheck.Seeds(f, "..") {
		f.Add(s)
		// Load the model and word lists before the clock of the first input.
		d := analysis.Parse(s, analysis.Options{})
		policy.Analyze(d, entity.Analyze(d))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, done := fuzzcheck.Parse(t, text)
		ents := entity.Analyze(doc)
		ps := policy.Analyze(doc, ents)
		done()
		if ps == nil {
			t.Fatal("nil mentions")
		}
		ids := map[string]bool{}
		for _, e := range ents {
			ids[e.ID] = true
		}
		for i, p := range ps {
			fuzzcheck.Span(t, text, "policy", p.Start, p.End, p.Text)
			if p.ActorID != nil && !ids[*p.ActorID] {
				t.Fatalf("policy %d: actor_id %q is no entity", i, *p.ActorID)
			}
		}
		fuzzcheck.Sorted(t, "policy", len(ps), func(i int) (int, int) { return ps[i].Start, ps[i].End })
	})
}
