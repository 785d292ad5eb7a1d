package date

import (
	"time"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// Type is a TIMEX3 type.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Mention is a temporal expression: Text is input[Start:End].
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  Type   `json:"type"`
	// Value is the TIMEX3 value ("2022-02-03", "2022-W05", "P18M", "PAST_REF"),
	// nil when it cannot be resolved (a relative date in an undated article).
	Value *string `json:"value"`
	// Mod is the TIMEX3 modifier: LESS_THAN, MORE_THAN, APPROX, START, END.
	Mod string `json:"mod,omitempty"`
	// From and To are the half-open interval a calendar value covers.
	From *time.Time `json:"from"`
	To   *time.Time `json:"to"`
}

type options struct {
	published time.Time
	location  *time.Location
}

// Option configures Find.
type Option func(*options)

// WithPublished sets the publication date that relative dates are resolved against.
func WithPublished(t time.Time) Option { return func(o *options) { o.published = t } }

// WithLocation sets the time zone of the article's dates (UTC by default).
func WithLocation(loc *time.Location) Option { return func(o *options) { o.location = loc } }

// Find returns the temporal expressions of an article, sorted by offset.
func Find(text string, opts ...Option) []Mention {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	return Analyze(analysis.Parse(text, analysis.Options{Published: o.published, Location: o.location}))
}

// Analyze returns the temporal expressions of an analysed article, anchored on
// doc.Published. It is the entry point for package extract.
func Analyze(doc *analysis.Doc) []Mention {
	return analyze(doc, englishRules)
}
