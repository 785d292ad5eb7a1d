package policy_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/policy"
)

func ExampleFind() {
	text := "San Jose has approved sweeping gun-control measures, including requiring gun buyers " +
		"to buy liability insurance and require gun sales to be recorded on video."
	for _, m := range policy.Find(text) {
		fmt.Printf("%s | %s %s | %s\n", m.Text, m.Kind, m.Status, *m.Actor)
	}
	// Output:
	// requiring gun buyers to buy liability insurance | law passed | San Jose
	// require gun sales to be recorded on video | law passed | San Jose
}

func ExampleAnalyze() {
	text := "President Biden is expected to discuss a portion of the $1.9 trillion stimulus bill " +
		"that's earmarked for improving community policing. Congress is divided."
	doc := analysis.Parse(text, analysis.Options{})
	for _, m := range policy.Analyze(doc, entity.Analyze(doc)) {
		fmt.Printf("%s | %s %s | %s | %s\n", m.Text, m.Kind, m.Status, *m.Amount, *m.Actor)
	}
	// Output:
	// the $1.9 trillion stimulus bill that's earmarked for improving community policing | bill passed | $1.9 trillion | Congress
}
