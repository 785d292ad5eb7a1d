package extract

import (
	"errors"
	"fmt"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// ErrInvalid is wrapped by the errors Validate returns.
var ErrInvalid = errors.New("extract: invalid facts")

// Validate checks the output contract of f against the text it was extracted
// from: every offset lies inside text on rune boundaries with
// text[start:end] equal to the fact's text, and every list is sorted by
// start, then end. Extract's output always passes; Validate lets users check
// facts that were stored or edited.
func (f *Facts) Validate(text string) error {
	var errs []error
	check := func(what string, start, end int, s string) {
		switch {
		case start < 0 || end < start || end > len(text):
			errs = append(errs, fmt.Errorf("%s [%d:%d]: outside the input (%d bytes)", what, start, end, len(text)))
		case !analysis.RuneBoundary(text, start) || !analysis.RuneBoundary(text, end):
			errs = append(errs, fmt.Errorf("%s [%d:%d]: not on a rune boundary", what, start, end))
		case text[start:end] != s:
			errs = append(errs, fmt.Errorf("%s [%d:%d]: text %q, input has %q", what, start, end, s, text[start:end]))
		}
	}
	sorted := func(what string, n int, span func(i int) (int, int)) {
		for i := 1; i < n; i++ {
			s0, e0 := span(i - 1)
			s1, e1 := span(i)
			if s1 < s0 || (s1 == s0 && e1 < e0) {
				errs = append(errs, fmt.Errorf("%s %d: not sorted by start, then end", what, i))
				return
			}
		}
	}

	for _, e := range f.Entities {
		if len(e.Mentions) == 0 {
			errs = append(errs, fmt.Errorf("entity %s: no mention", e.ID))
			continue
		}
		for _, m := range e.Mentions {
			check("entity "+e.ID+" mention", m.Start, m.End, m.Text)
		}
		sorted("entity "+e.ID+" mention", len(e.Mentions), func(j int) (int, int) { return e.Mentions[j].Start, e.Mentions[j].End })
	}
	sorted("entity", len(f.Entities), func(i int) (int, int) {
		return f.Entities[i].Mentions[0].Start, f.Entities[i].Mentions[0].End
	})
	for i, q := range f.Quotes {
		check(fmt.Sprintf("quote %d", i), q.Start, q.End, q.Text)
		if m := q.SpeakerMention; m != nil {
			check(fmt.Sprintf("quote %d speaker mention", i), m.Start, m.End, m.Text)
		}
	}
	sorted("quote", len(f.Quotes), func(i int) (int, int) { return f.Quotes[i].Start, f.Quotes[i].End })
	for i, d := range f.Dates {
		check(fmt.Sprintf("date %d", i), d.Start, d.End, d.Text)
	}
	sorted("date", len(f.Dates), func(i int) (int, int) { return f.Dates[i].Start, f.Dates[i].End })
	for i, p := range f.Policies {
		check(fmt.Sprintf("policy %d", i), p.Start, p.End, p.Text)
	}
	sorted("policy", len(f.Policies), func(i int) (int, int) { return f.Policies[i].Start, f.Policies[i].End })

	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
}
