package date

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

// ctx is what a rule sees of a match: the sentence around it, its tokens
// (for tense) and the anchor.
type ctx struct {
	doc  *analysis.Doc
	pub  time.Time // midnight of the publication day; zero when undated
	loc  *time.Location
	sent string // the sentence text
	base int    // the sentence's offset in doc.Text
	toks []analysis.Token

	start, end int // the mention, relative to sent
}

func (c *ctx) dated() bool { return !c.pub.IsZero() }

// wordBefore is the lowercased word before the mention ("" at the start).
func (c *ctx) wordBefore() string {
	s := strings.TrimRight(c.sent[:c.start], " \t\n")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'') })
	return strings.ToLower(s[i+1:])
}

// wordAfter is the word after the mention, as written.
func (c *ctx) wordAfter() string {
	s := strings.TrimLeft(c.sent[c.end:], " \t\n")
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

type tense int

const (
	present tense = iota
	past
	future
)

// boundary tokens close a clause for the tense cues.
var boundary = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "--": true,
	"(": true, ")": true, `"`: true, "“": true, "”": true, "``": true, "''": true}

// tense reads the mention's clause: a future cue (will, 'll, scheduled,
// expected to, next, ...) makes it future; else a past-tense verb makes it
// past. A clause without a verb (an opening "On Monday,") borrows the next.
func (c *ctx) tense() tense {
	a, b := c.base+c.start, c.base+c.end
	first, last := -1, -1
	for i, t := range c.toks {
		if t.End > a && first < 0 {
			first = i
		}
		if t.Start < b {
			last = i
		}
	}
	if first < 0 || last < first {
		return present
	}
	lo, hi := first, last+1
	for lo > 0 && !boundary[c.toks[lo-1].Text] {
		lo--
	}
	for hi < len(c.toks) && !boundary[c.toks[hi].Text] {
		hi++
	}
	if !hasVerb(c.toks[lo:first]) && !hasVerb(c.toks[last+1:hi]) {
		for hi < len(c.toks) && boundary[c.toks[hi].Text] {
			hi++
		}
		for hi < len(c.toks) && !boundary[c.toks[hi].Text] {
			hi++
		}
	}
	return clauseTense(c.toks[lo:hi])
}

func hasVerb(toks []analysis.Token) bool {
	for _, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return true
		}
	}
	return false
}

var futureWords = map[string]bool{"will": true, "'ll": true, "’ll": true, "shall": true, "wo": true,
	"would": true, "next": true, "upcoming": true, "gonna": true, "slated": true, "scheduled": true}

// futureBeforeTo are cues when "to" follows: "set to", "expected to", "plans to".
var futureBeforeTo = map[string]bool{"set": true, "expected": true, "expects": true, "plans": true,
	"plan": true, "planned": true, "planning": true, "going": true, "due": true, "poised": true, "aims": true}

func clauseTense(toks []analysis.Token) tense {
	isPast := false
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if futureWords[w] {
			return future
		}
		if futureBeforeTo[w] && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "to") {
			return future
		}
		if t.Tag == "VBD" || t.Tag == "VBN" {
			isPast = true
		}
	}
	if isPast {
		return past
	}
	return present
}

// weekday resolves a bare weekday: the latest such day on or before
// publication, or the next on or after it when the clause is future.
func (c *ctx) weekday(wd time.Weekday, rel string) (time.Time, bool) {
	if !c.dated() {
		return time.Time{}, false
	}
	diff := int(wd - c.pub.Weekday())
	switch {
	case rel == "next":
		if diff <= 0 {
			diff += 7
		}
	case rel == "last":
		if diff >= 0 {
			diff -= 7
		}
	case c.tense() == future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return c.pub.AddDate(0, 0, diff), true
}

// inYear resolves a yearless period that mk builds for a year: the
// publication year, moved back when the clause is past and the period starts
// after publication, forward when it is future and ends before; with no tense,
// the year that puts it nearest publication.
func (c *ctx) inYear(mk func(y int) (val, bool)) (val, bool) {
	if !c.dated() {
		return val{}, false
	}
	y := c.pub.Year()
	v, ok := mk(y)
	if !ok {
		return v, false
	}
	const half = 183 * 24 * time.Hour
	switch c.tense() {
	case past:
		if v.from.After(c.pub) {
			y--
		}
	case future:
		if !v.to.After(c.pub) {
			y++
		}
	default:
		if d := v.from.Sub(c.pub); d > half {
			y--
		} else if d := c.pub.Sub(v.to); d > half {
			y++
		}
	}
	return mk(y)
}

// validUTF8Boundary reports whether i is a rune boundary of s.
func validUTF8Boundary(s string, i int) bool {
	return i <= 0 || i >= len(s) || utf8.RuneStart(s[i])
}
