package date

import (
	"regexp"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// A rule finds one kind of temporal expression and resolves it. It is a
// when rules.Rule, so rules compose the way when's do, but it resolves to a
// TIMEX3 value itself: when's single time.Time cannot say "a week" from
// "a day", nor "no value" from "now".
type rule struct {
	name string
	trigger
	re *regexp.Regexp
	// at is re anchored at the start of its input: analyze tries it at the
	// few word starts before each trigger word rather than scanning.
	at *regexp.Regexp
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

// trigger says where a rule is tried: at the words of the anchor class and
// up to back words before them, in sentences that have all the needs.
type trigger struct {
	anchor, needs cue
	back          int
}

// on is the trigger anchored on a class, with back words of prefix ("less
// than two months" is three words before "months"), needing also the others.
func on(anchor cue, back int, also ...cue) trigger {
	t := trigger{anchor: anchor, needs: anchor, back: back}
	for _, c := range also {
		t.needs |= c
	}
	return t
}

func newRule(name string, t trigger, pattern string, resolve func(c *ctx, g groups) (val, bool)) *rule {
	pattern = unicodeSpaces.Replace(pattern)
	return &rule{name: name, trigger: t, re: regexp.MustCompile(pattern),
		at: regexp.MustCompile(`^(?:` + pattern + `)`), resolve: resolve}
}

// unicodeSpaces widens the patterns' \s, which is ASCII in Go, to the
// no-break and thin spaces that news copy puts in "October 8" and "3 p.m.".
var unicodeSpaces = strings.NewReplacer(`[\s-]`, `[\s\x{00A0}\x{2009}\x{202F}-]`, `\s`, `[\s\x{00A0}\x{2009}\x{202F}]`)

// Find returns the rule's first match in s, as when's rules do: Left and
// Right are the mention's bounds and Captures its groups by index.
func (r *rule) Find(s string) *rules.Match {
	return r.match(s, r.re.FindStringSubmatchIndex(s))
}

// findAt is Find for a match that starts at s[0].
func (r *rule) findAt(s string) *rules.Match {
	return r.match(s, r.at.FindStringSubmatchIndex(s))
}

func (r *rule) match(s string, loc []int) *rules.Match {
	if loc == nil {
		return nil
	}
	m := &rules.Match{Left: loc[0], Right: loc[1], Captures: make([]string, r.re.NumSubexp()), Applier: noApply}
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
	return m
}

// noApply lets a when.Parser hold our rules without effect: values are
// resolved by rule.resolve, which when's Context cannot express.
func noApply(*rules.Match, *rules.Context, *rules.Options, time.Time) (bool, error) {
	return false, nil
}

// midWord reports whether i of s is inside a word: a pattern run on a part
// of a sentence sees a word boundary at the part's ends.
func midWord(s string, i int) bool {
	return i > 0 && i < len(s) && isWordByte(s[i-1]) && isWordByte(s[i])
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

func lower(s string) string { return strings.ToLower(s) }
