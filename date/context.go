package date

import (
	"sort"
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

	// ref is the last calendar date mentioned before this sentence: the
	// narrative time that "a month later" counts from.
	ref val
}

func (c *ctx) dated() bool { return !c.pub.IsZero() }

// wordBefore is the lowercased word before the mention ("" at the start).
func (c *ctx) wordBefore() string {
	s := strings.TrimRightFunc(c.sent[:c.start], unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'') })
	return strings.ToLower(s[i+1:])
}

// wordAfter is the word after the mention, as written.
func (c *ctx) wordAfter() string {
	s := strings.TrimLeftFunc(c.sent[c.end:], unicode.IsSpace)
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
	// pastFuture is future seen from the past: "was expected to", "would".
	pastFuture
)

// boundary tokens close a clause for the tense cues.
var boundary = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "--": true,
	"(": true, ")": true, `"`: true, "“": true, "”": true, "``": true, "''": true}

// tense reads the verb group that governs the mention: the nearest one
// before it in its clause, else the first after it (an opening "On Monday,"
// borrows the next clause's verb).
func (c *ctx) tense() tense {
	a, b := c.base+c.start, c.base+c.end
	first := sort.Search(len(c.toks), func(i int) bool { return c.toks[i].End > a })
	last := c.startingFrom(b) - 1
	if first >= len(c.toks) || last < first {
		return present
	}
	// Clauses are short; the bounds keep a sentence of ten thousand
	// weekdays linear.
	for i := first - 1; i >= max(first-maxClause, 0) && !boundary[c.toks[i].Text]; i-- {
		if isVerb(c.toks[i]) {
			return groupTense(c.toks, i)
		}
	}
	crossed := 0
	for i := last + 1; i < min(last+1+maxClause, len(c.toks)) && crossed < 2; i++ {
		if boundary[c.toks[i].Text] {
			crossed++
			continue
		}
		if isVerb(c.toks[i]) {
			j := i
			for j+1 < len(c.toks) && (isVerb(c.toks[j+1]) || c.toks[j+1].Tag == "RB" || c.toks[j+1].Tag == "TO") {
				j++
			}
			return groupTense(c.toks, j)
		}
	}
	return present
}

// modifiesNoun reports whether the mention is a noun's modifier: the next
// token is a common noun.
func (c *ctx) modifiesNoun() bool {
	if i := c.startingFrom(c.base + c.end); i < len(c.toks) {
		return c.toks[i].Tag == "NN" || c.toks[i].Tag == "NNS"
	}
	return false
}

// startingFrom is the index of the first token that starts at or after off.
func (c *ctx) startingFrom(off int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].Start >= off })
}

// maxClause bounds the tokens read for a clause's verb.
const maxClause = 40

// afterName reports whether the mention follows a proper noun that does
// not open the sentence.
func (c *ctx) afterName() bool {
	prev := c.startingFrom(c.base+c.start) - 1
	if prev < 1 || c.toks[prev].Tag != "NNP" && c.toks[prev].Tag != "NNPS" {
		return false
	}
	w := c.toks[prev].Text
	_, isWeekday := weekdays[strings.ToLower(w)]
	return month(w) == 0 && !isWeekday
}

func isVerb(t analysis.Token) bool { return strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" }

var futureWords = map[string]bool{"will": true, "'ll": true, "’ll": true, "shall": true, "wo": true,
	"gonna": true, "slated": true, "scheduled": true, "would": true, "upcoming": true,
	"predict": true, "predicts": true, "predicted": true, "forecast": true, "forecasts": true,
	"anticipate": true, "anticipates": true, "anticipated": true}

// futureBeforeTo are cues when "to" follows: "set to", "expected to", "plans to".
var futureBeforeTo = map[string]bool{"set": true, "expected": true, "expects": true, "expect": true, "plans": true,
	"plan": true, "planned": true, "planning": true, "going": true, "due": true, "poised": true, "aims": true}

// groupTense reads the verb group ending at token i: its auxiliaries, "to"
// and adverbs back to the first non-verb.
func groupTense(toks []analysis.Token, i int) tense {
	j := i
	for j > 0 && (isVerb(toks[j-1]) || toks[j-1].Tag == "RB" || toks[j-1].Tag == "TO") {
		j--
	}
	isFuture, isPast, perfect := false, false, j == i
	for k := j; k <= i; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "have", "has", "had", "'ve", "’ve":
			perfect = true
		}
	}
	for k := j; k <= i; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case w == "would" || w == "'d":
			if k+1 <= i && strings.EqualFold(toks[k+1].Text, "have") {
				isPast = true // "would have allowed"
			} else {
				isFuture, isPast = true, true
			}
		case futureWords[w]:
			isFuture = true
		case futureBeforeTo[w] && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "to"):
			isFuture = true
		case toks[k].Tag == "VBD" || toks[k].Tag == "VBN" && perfect:
			isPast = true // a participle is past after "have" or alone ("the plan announced Monday")
		}
	}
	switch {
	case isFuture && isPast:
		return pastFuture
	case isFuture:
		return future
	case isPast:
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
	default:
		switch c.tense() {
		case future:
			if diff < 0 {
				diff += 7
			}
		case pastFuture: // the nearest: "was expected to land Wednesday"
			if diff > 3 {
				diff -= 7
			} else if diff < -3 {
				diff += 7
			}
		default:
			if diff > 0 {
				diff -= 7
			}
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
	t := c.tense()
	if v.to.Sub(v.from) <= 24*time.Hour && c.modifiesNoun() {
		t = present // "the November 13 deadline" is no event of the clause
	}
	switch t {
	case past:
		if v.from.After(c.pub) {
			y--
		}
	case future:
		if !v.to.After(c.pub) {
			y++
		}
	case pastFuture:
		// "would take effect Jan. 1" in May is next January; "was expected to
		// arrive May 20" in late May may be just past.
		if c.pub.Sub(v.to) > pastFutureReach {
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

// pastFutureReach is how far before publication a past-future clause's
// yearless date may lie before it is read as next year's.
const pastFutureReach = 45 * 24 * time.Hour

// validUTF8Boundary reports whether i is a rune boundary of s.
func validUTF8Boundary(s string, i int) bool {
	return i <= 0 || i >= len(s) || utf8.RuneStart(s[i])
}
