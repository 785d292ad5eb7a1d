package date

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsfacts/newsfacts/internal/analysis"
)

type candidate struct {
	start, end int // in doc.Text
	rule       int
	v          val
	clock      bool // v was a clock time before it was fixed on a day
}

func analyze(doc *analysis.Doc, rs []*rule) []Mention {
	out := []Mention{}
	loc := doc.Location
	if loc == nil {
		loc = time.UTC
	}
	pub := doc.Published
	if !pub.IsZero() {
		y, m, d := pub.Date() // the publication's calendar day, in the article's zone
		pub = time.Date(y, m, d, 0, 0, 0, 0, loc)
	}
	var cands []candidate
	var hits []hit
	lastDay := pub // the day a clock time without a day of its own is on: the story's last
	// The story's reference date starts at publication: TimeML annotators
	// anchor "the next day" or "the quarter" on the creation time when no
	// date came before.
	var ref val
	if !pub.IsZero() {
		ref = dayVal(pub)
	}
	for si := range doc.Sentences {
		s := doc.Sentences[si]
		toks := doc.SentenceTokens(si)
		var have cue
		have, hits = cues(toks, hits[:0])
		if have == 0 {
			continue
		}
		c := &ctx{doc: doc, pub: pub, loc: loc, sent: doc.Text[s.Start:s.End], base: s.Start, toks: toks, ref: ref}
		cands = cands[:0]
		for ri, r := range rs {
			if have&r.needs != r.needs {
				continue
			}
			tried := -1 // the last token a match was tried at
			for _, h := range hits {
				if h.cue&r.anchor == 0 {
					continue
				}
				limit := min(toks[h.tok].End-s.Start+reach, len(c.sent))
				for k := max(h.tok-r.back, tried+1); k <= h.tok; k++ {
					tried = k
					a0 := toks[k].Start - s.Start
					m := r.findAt(c.sent[a0:limit])
					if m == nil {
						continue
					}
					a, b := a0+m.Left, a0+m.Right
					if a >= b || midWord(c.sent, a) || midWord(c.sent, b) || !validUTF8Boundary(c.sent, a) || !validUTF8Boundary(c.sent, b) {
						continue
					}
					c.start, c.end = a, b
					if v, ok := r.resolve(c, groups{names: r.re.SubexpNames()[1:], caps: m.Captures}); ok {
						cands = append(cands, candidate{start: s.Start + a, end: s.Start + b, rule: ri, v: v})
					}
				}
			}
		}
		n := len(out)
		out = appendBest(out, cands, doc.Text, lastDay, ref)
		for _, m := range out[n:] {
			ref = refAfter(ref, val{typ: m.Type, from: deref(m.From), to: deref(m.To)})
			if ref.to.Sub(ref.from) == 24*time.Hour {
				lastDay = ref.from
			}
		}
	}
	return dropDateLine(doc, out)
}

// appendBest keeps the longest of overlapping candidates (then the earlier
// rule), resolves anaphors against ref and the dates before them, fixes
// clock times on their day, and appends them in text order.
func appendBest(out []Mention, cands []candidate, text string, def time.Time, ref val) []Mention {
	slices.SortFunc(cands, func(a, b candidate) int {
		if d := (b.end - b.start) - (a.end - a.start); d != 0 {
			return d
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return a.rule - b.rule
	})
	// Mark taken bytes: spans are short, so this stays linear in the text.
	var kept []candidate
	taken := map[int]bool{}
	for _, cd := range cands {
		free := true
		for i := cd.start; i < cd.end && free; i++ {
			free = !taken[i]
		}
		if free {
			kept = append(kept, cd)
			for i := cd.start; i < cd.end; i++ {
				taken[i] = true
			}
		}
	}
	slices.SortFunc(kept, func(a, b candidate) int { return a.start - b.start })
	day := def
	for i, k := range kept {
		if k.v.anaphor != nil {
			kept[i].v = k.v.anaphor(ref, day)
		}
		ref = refAfter(ref, kept[i].v)
		if ref.to.Sub(ref.from) == 24*time.Hour {
			day = ref.from
		}
	}
	for i, k := range kept {
		if k.v.clock != nil {
			kept[i].v, kept[i].clock = k.v.clock.atDay(dayNear(kept, i, text, def)), true
		}
	}
	for i := 0; i < len(kept); i++ {
		k := kept[i]
		// A clock time and its day with only a space between are one
		// expression: "midday Thursday", "3 p.m. Monday".
		if next := i + 1; next < len(kept) && k.clock && isDayMention(kept[next]) &&
			strings.TrimFunc(text[k.end:kept[next].start], unicode.IsSpace) == "" && kept[next].start > k.end {
			k.end = kept[i+1].end
			i++
		}
		if a := articleBefore(text, k.start); a >= 0 && takesArticle(k.v, text[k.start:k.end]) &&
			(len(out) == 0 || out[len(out)-1].End <= a) {
			k.start = a
		}
		out = append(out, k.v.mention(text, k.start, k.end))
	}
	return out
}

// articleBefore is the offset of a "the " right before off, or -1.
func articleBefore(text string, off int) int {
	s := strings.TrimRightFunc(text[:off], unicode.IsSpace)
	if len(s) == off || len(s) < 3 || !strings.EqualFold(s[len(s)-3:], "the") || len(s) > 3 && isWordByte(s[len(s)-4]) {
		return -1
	}
	return len(s) - 3
}

// takesArticle reports whether TimeML puts a "the" before the mention in its
// extent: durations ("the past three years"), decades and centuries ("the
// 1990s"), not days ("the Monday") nor vague references ("the coming days").
func takesArticle(v val, mention string) bool {
	if v.typ == Duration {
		return !adjectival(mention)
	}
	if v.typ != Date || strings.HasSuffix(v.value, "_REF") { // HeidelTime: "coming days", "recent years"
		return false
	}
	first, _, _ := strings.Cut(lower(mention), " ")
	switch first {
	case "past", "last", "next", "coming", "previous", "recent", "upcoming":
		return true
	}
	return len(v.value) == 2 || len(v.value) == 3 // a century or a decade
}

// isDayMention reports whether a kept mention names a day or a part of one,
// resolved or not.
func isDayMention(k candidate) bool {
	v := k.v
	return !k.clock && (v.typ == Date || v.typ == Time) && !strings.HasSuffix(v.value, "_REF") &&
		v.to.Sub(v.from) <= 24*time.Hour
}

// reach is how far a match may end after its trigger word (", 2021",
// "p.m. local time").
const reach = 48

// refAfter is the story's reference date after a mention: a calendar date,
// or the day of a time.
func refAfter(ref, v val) val {
	switch {
	case v.from.IsZero():
		return ref
	case v.typ == Date:
		return v
	case v.typ == Time:
		return dayVal(v.from)
	}
	return ref
}

func deref(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}

// dropDateLine drops a date that opens the article on a line of its own
// when the analysis did not take it for the date line (one ending in a
// no-break space, say): it is metadata, not a mention.
func dropDateLine(doc *analysis.Doc, out []Mention) []Mention {
	if doc.Dateline != nil || len(out) == 0 || len(doc.Sentences) == 0 {
		return out
	}
	m := out[0]
	if m.Start != doc.Sentences[0].Start || m.Type != Date || m.From == nil || m.To.Sub(*m.From) != 24*time.Hour {
		return out
	}
	rest := doc.Text[m.End:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	if strings.TrimFunc(rest, unicode.IsSpace) == "" {
		return out[1:]
	}
	return out
}

// dayNear is the day a clock time is on: that of a day mention joined to it
// ("Monday at 3 p.m.", "3 p.m. Monday"), else the nearest day mention of
// the sentence before it, else after it ("At 2:49 a.m. local time (7:49
// a.m. UTC) on Saturday"), else def: the last day the article named, or
// the publication day.
func dayNear(kept []candidate, i int, text string, def time.Time) time.Time {
	joined := func(gap string) bool {
		if strings.Contains(gap, "(") { // a parenthesis opens on another zone's clock
			return false
		}
		switch strings.ToLower(strings.Trim(gap, " ,)")) {
		case "", "at", "on", "of", "from":
			return true
		}
		return false
	}
	isDay := func(j int) bool {
		v := kept[j].v
		return v.clock == nil && !kept[j].clock && !v.from.IsZero() && v.to.Sub(v.from) <= 24*time.Hour
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(kept) || !isDay(j) {
			continue
		}
		a, b := kept[min(i, j)], kept[max(i, j)]
		if b.start-a.end < 12 && joined(text[a.end:b.start]) {
			return midnight(kept[j].v.from)
		}
	}
	for j := i - 1; j >= 0; j-- {
		if isDay(j) {
			return midnight(kept[j].v.from)
		}
	}
	for j := i + 1; j < len(kept); j++ {
		if isDay(j) {
			return midnight(kept[j].v.from)
		}
	}
	return def
}

func (v val) mention(text string, start, end int) Mention {
	m := Mention{Text: text[start:end], Start: start, End: end, Type: v.typ, Mod: v.mod}
	if v.value != "" {
		s := v.value
		m.Value = &s
	}
	if !v.from.IsZero() {
		f, t := v.from, v.to
		m.From, m.To = &f, &t
	}
	return m
}

// adjectival reports whether a duration modifies a noun, where TimeML leaves
// the article out: "the year-long inquiry", "the two hour barrier".
func adjectival(mention string) bool {
	if strings.Contains(mention, "-") && !strings.Contains(mention, " ") {
		return true
	}
	words := strings.Fields(lower(mention))
	if len(words) < 2 || !singularUnits[words[len(words)-1]] {
		return false
	}
	n, ok := numberOf(words[len(words)-2])
	return ok && n != "1" && n != "X"
}

var singularUnits = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true}
