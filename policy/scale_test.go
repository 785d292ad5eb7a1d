package policy

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// hostile inputs for TestLinear: each is repeated to the wanted size.
var hostile = map[string]string{
	"no punctuation": "the city council passed the law that requires gun buyers to buy insurance and his plan includes federal funding for police ",
	"names":          "Interstate Task Force Act Bill Plan Blueprint Order Fund ",
	"part of":        "services are part of his plan providing housing ",
	"we quotes":      "\"We passed the ordinance that we passed to ban guns,\" he said. ",
	"including":      "measures, including requiring buyers to buy insurance, such as plans ",
	"under":          "Under the new law, owners must store guns. ",
	"noun list":      "the city ban on guns, knives, swords, taxes, fees, tolls, ",
}

// TestLinear checks that Analyze costs about linear time on hostile inputs:
// ten times the input may not take forty times as long.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for name, unit := range hostile {
		t.Run(name, func(t *testing.T) {
			run := func(n int) time.Duration {
				text := strings.Repeat(unit, n/len(unit)+1)
				doc := analysis.Parse(text, analysis.Options{})
				best := time.Duration(1 << 62)
				for range 3 {
					runtime.GC()
					start := time.Now()
					Analyze(doc, nil)
					best = min(best, time.Since(start))
				}
				return best
			}
			small, big := run(20_000), run(200_000)
			ratio := float64(big) / float64(max(small, time.Microsecond))
			t.Logf("%v → %v (×%.1f)", small, big, ratio)
			if ratio > 40 {
				t.Errorf("10× the input took ×%.1f the time", ratio)
			}
		})
	}
}
