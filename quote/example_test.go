package quote_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/quote"
)

func ExampleFind() {
	text := `"It was a very robust meeting," Liccardo said.`
	for _, q := range quote.Find(text) {
		fmt.Printf("%s %q %s by %q\n", q.Kind, q.Text, *q.Cue, q.SpeakerMention.Text)
	}
	// Output:
	// direct "It was a very robust meeting," said by "Liccardo"
}

func ExampleAnalyze() {
	doc := analysis.Parse(`Hochul said she is looking at the data.`, analysis.Options{})
	for _, q := range quote.Analyze(doc, entity.Analyze(doc)) {
		fmt.Printf("%s %q %s by %q\n", q.Kind, q.Text, *q.Cue, q.SpeakerMention.Text)
	}
	// Output:
	// indirect "she is looking at the data" said by "Hochul"
}
