package policy

import (
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Kind is what sort of public measure a policy is.
type Kind string

// The kinds of policy.
const (
	Law             Kind = "law"
	Ordinance       Kind = "ordinance"
	Bill            Kind = "bill"
	Regulation      Kind = "regulation"
	ExecutiveAction Kind = "executive_action"
	Program         Kind = "program"
	Plan            Kind = "plan"
	Funding         Kind = "funding"
	TaskForce       Kind = "task_force"
	Measure         Kind = "measure"
)

// Status is where a policy stands, as the article tells it.
type Status string

// The statuses.
const (
	Proposed  Status = "proposed"
	Announced Status = "announced"
	Passed    Status = "passed"
	InEffect  Status = "in_effect"
	Rejected  Status = "rejected"
	Repealed  Status = "repealed"
	Unknown   Status = "unknown"
)

// Mention is a law, bill, program, funding or other public measure that an
// article mentions: Text is input[Start:End].
type Mention struct {
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Kind    Kind    `json:"kind"`
	Status  Status  `json:"status"`
	Name    *string `json:"name"`  // its proper name, if it has one
	Actor   *string `json:"actor"` // the entity that enacts, proposes or runs it
	ActorID *string `json:"actor_id"`
	Amount  *string `json:"amount"` // money as written ("$1.9 trillion")
}

// Find returns the policy mentions of an article, sorted by offset.
func Find(text string) []Mention {
	doc := analysis.Parse(text, analysis.Options{})
	return Analyze(doc, entity.Analyze(doc))
}

// Analyze returns the policy mentions of an analysed article whose entities
// are ents. It is the entry point for package extract.
func Analyze(doc *analysis.Doc, ents []entity.Entity) []Mention {
	return []Mention{}
}
