package date

import (
	"regexp"
	"strings"

	"github.com/olebedev/when/rules"
)

// A rule finds one kind of temporal expression and resolves it. It is a
// when rules.Rule, so rules compose the way when's do, but it resolves to a
// TIMEX3 value itself: when's single time.Time cannot say "a week" from
// "a day", nor "no value" from "now".
type rule struct {
	name string
	re   *regexp.Regexp
	// resolve gives the value of a match, or false to reject it (a modal
	// "may", a phone number). The mention is the group named x if the
	// pattern has one, else the whole match.
	resolve func(c *ctx, g groups) (val, bool)
}

var _ rules.Rule = (*rule)(nil)

// groups reads a match's named groups; "" when a group did not take part.
type groups struct {
	names []string
	caps  []string
}

func (g groups) get(name string) string {
	for i, n := range g.names {
		if n == name && g.caps[i] != "" {
			return g.caps[i]
		}
	}
	return ""
}

func newRule(name, pattern string, resolve func(c *ctx, g groups) (val, bool)) *rule {
	return &rule{name: name, re: regexp.MustCompile(pattern), resolve: resolve}
}

// Find returns the rule's first match in s, as when's rules do: Left and
// Right are the mention's bounds and Captures its groups by index.
func (r *rule) Find(s string) *rules.Match {
	loc := r.re.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil
	}
	m := &rules.Match{Left: loc[0], Right: loc[1], Captures: make([]string, r.re.NumSubexp())}
	for i, name := range r.re.SubexpNames()[1:] {
		a, b := loc[2*i+2], loc[2*i+3]
		if a < 0 {
			continue
		}
		m.Captures[i] = s[a:b]
		if name == "x" {
			m.Left, m.Right = a, b
		}
	}
	m.Text = s[m.Left:m.Right]
	// Resume after the whole match, not just x, so one phrase is read once.
	m.Order = float64(loc[1])
	return m
}

// findAll runs a when rule over s until it finds nothing more: when's
// Parser stops at the first cluster of matches.
func findAll(r rules.Rule, s string, yield func(m *rules.Match, off int)) {
	for off := 0; off < len(s); {
		m := r.Find(s[off:])
		if m == nil {
			return
		}
		yield(m, off)
		next := off + max(m.Right, int(m.Order))
		if next <= off {
			next = off + 1
		}
		off = next
	}
}

// midWord reports whether a match at i of s would start inside a word, which
// happens when findAll resumes mid-sentence and \b sees a fresh start.
func midWord(s string, i int) bool {
	return i > 0 && i < len(s) && isWordByte(s[i-1]) && isWordByte(s[i])
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

func lower(s string) string { return strings.ToLower(s) }
