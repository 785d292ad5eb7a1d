package extract

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/date"
	"github.com/newsfacts/newsfacts/entity"
	"github.com/newsfacts/newsfacts/internal/analysis"
	"github.com/newsfacts/newsfacts/policy"
	"github.com/newsfacts/newsfacts/quote"
)

// Facts is everything extracted from one article. Lists are sorted by start
// offset, then end; they are empty, never nil.
type Facts struct {
	// Published is the date relative dates were resolved against: the
	// WithPublished option, else a date header or date line in the text;
	// nil for an undated article.
	Published *Day `json:"published"`
	// Dateline is the dateline's place ("NEW YORK") or date line, nil if none.
	Dateline *string          `json:"dateline"`
	Entities []entity.Entity  `json:"entities"`
	Quotes   []quote.Quote    `json:"quotes"`
	Dates    []date.Mention   `json:"dates"`
	Policies []policy.Mention `json:"policies"`
}

// Day is a calendar day; it reads and writes JSON as "2006-01-02".
type Day struct{ time.Time }

const dayLayout = "2006-01-02"

// MarshalJSON writes the day as "2006-01-02".
func (d Day) MarshalJSON() ([]byte, error) {
	return []byte(`"` + d.Format(dayLayout) + `"`), nil
}

// UnmarshalJSON reads a "2006-01-02" string.
func (d *Day) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("extract: day %s: want a quoted YYYY-MM-DD string", b)
	}
	t, err := time.Parse(dayLayout, string(b[1:len(b)-1]))
	if err != nil {
		return fmt.Errorf("extract: day: %w", err)
	}
	d.Time = t
	return nil
}

// ErrTooLarge is returned for an input longer than WithMaxBytes allows.
var ErrTooLarge = errors.New("extract: input too large")

type options struct {
	published time.Time
	location  *time.Location
	maxBytes  int
}

// Option configures an Extractor.
type Option func(*options)

// WithPublished sets the article's publication date, which overrides a date
// in the text and anchors relative dates ("Monday", "next week").
func WithPublished(t time.Time) Option { return func(o *options) { o.published = t } }

// WithLocation sets the time zone of the article's dates; UTC by default.
func WithLocation(loc *time.Location) Option { return func(o *options) { o.location = loc } }

// WithMaxBytes makes Extract refuse inputs longer than n bytes with
// ErrTooLarge; 0, the default, means no limit.
func WithMaxBytes(n int) Option { return func(o *options) { o.maxBytes = n } }

// Extractor extracts facts from articles. It is safe for concurrent use.
type Extractor struct {
	opts options
}

// New returns an Extractor. It loads the tagging model, once per process.
func New(opts ...Option) *Extractor {
	e := &Extractor{}
	for _, opt := range opts {
		opt(&e.opts)
	}
	analysis.Load()
	return e
}

// Extract returns the facts of one article. The analysis of the text is
// done once and shared by every extractor.
func (e *Extractor) Extract(text string) (*Facts, error) {
	return e.extract(text, e.opts.published)
}

// ExtractPublished is Extract with the publication date of this article,
// overriding the Extractor's (zero keeps the Extractor's).
func (e *Extractor) ExtractPublished(text string, published time.Time) (*Facts, error) {
	if published.IsZero() {
		published = e.opts.published
	}
	return e.extract(text, published)
}

func (e *Extractor) extract(text string, published time.Time) (*Facts, error) {
	if e.opts.maxBytes > 0 && len(text) > e.opts.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), e.opts.maxBytes)
	}
	doc := analysis.Parse(text, analysis.Options{Published: published, Location: e.opts.location})
	ents := entity.Analyze(doc)
	f := &Facts{
		Entities: ents,
		Quotes:   quote.Analyze(doc, ents),
		Dates:    date.Analyze(doc),
		Policies: policy.Analyze(doc, ents),
	}
	if !doc.Published.IsZero() {
		f.Published = &Day{doc.Published}
	}
	if dl := doc.Dateline; dl != nil {
		s := dl.Place
		if s.Len() == 0 {
			s = dl.Date
		}
		v := text[s.Start:s.End]
		f.Dateline = &v
	}
	return f, nil
}

// Extract returns the facts of one article with a one-off Extractor.
func Extract(text string, opts ...Option) (*Facts, error) {
	return New(opts...).Extract(text)
}
