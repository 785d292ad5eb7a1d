package entity

import "github.com/newsfacts/newsfacts/internal/analysis"

// Type is an entity's kind, as in OntoNotes.
type Type string

// The entity types.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	GPE    Type = "GPE" // countries, states, cities
	Loc    Type = "LOC" // other places
	Fac    Type = "FAC" // buildings, rooms, facilities
	NORP   Type = "NORP"
	Event  Type = "EVENT"
	Law    Type = "LAW"
)

// Mention is a stretch of the input that names an entity: Text is input[Start:End].
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one real-world person, organization or place of an article with
// every mention that refers to it.
type Entity struct {
	ID       string    `json:"id"`   // "E1", "E2"… in order of first mention
	Name     string    `json:"name"` // the fullest proper name in the article
	Type     Type      `json:"type"`
	Titles   []string  `json:"titles"`
	Mentions []Mention `json:"mentions"`
}

// Find returns the entities of an article.
func Find(text string) []Entity {
	return Analyze(analysis.Parse(text, analysis.Options{}))
}

// Analyze returns the entities of an analysed article, sorted by first mention.
// It is the entry point for the other extractors, which share one analysis.
func Analyze(doc *analysis.Doc) []Entity {
	return []Entity{}
}

// Resolve returns the index in ents of the entity that the words at
// doc.Text[start:end] refer to — a name ("Liccardo"), a title nominal
// ("the mayor") or a pronoun ("he") — or -1 when none can be told.
func Resolve(doc *analysis.Doc, ents []Entity, start, end int) int {
	return -1
}
