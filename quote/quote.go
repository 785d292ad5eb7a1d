package quote

import (
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Kind tells how the words were reported.
type Kind string

// The kinds of quote.
const (
	Direct   Kind = "direct"   // a whole quoted utterance
	Partial  Kind = "partial"  // a quoted fragment inside the writer's own sentence
	Indirect Kind = "indirect" // reported speech without quote marks
)

// Quote is something a speaker said: Text is input[Start:End], the words
// without their quote marks.
type Quote struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
	// Speaker is the Name of the entity the quote is attributed to and
	// SpeakerID its ID; both nil when no speaker can be found.
	Speaker   *string `json:"speaker"`
	SpeakerID *string `json:"speaker_id"`
	// SpeakerMention is the words that name the speaker where the attribution
	// is made ("he", "the mayor", "Hochul").
	SpeakerMention *entity.Mention `json:"speaker_mention"`
	// Cue is the reporting verb or phrase as written ("said", "according to").
	Cue *string `json:"cue"`
}

// Find returns the quotes of an article, sorted by offset.
func Find(text string) []Quote {
	doc := analysis.Parse(text, analysis.Options{})
	return Analyze(doc, entity.Analyze(doc))
}

// Analyze returns the quotes of an analysed article whose entities are ents.
// It is the entry point for package extract.
func Analyze(doc *analysis.Doc, ents []entity.Entity) []Quote {
	return []Quote{}
}
